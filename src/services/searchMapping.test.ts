import type { SearchHit } from '@microsoft/microsoft-graph-types';
import type { TenantConfig } from '../core/municipality';
import { documentOf, knownSitesOf, listDocumentOf, pageOf, personOf, sharePointSourceOf, siteOfFile } from './searchMapping';
import { summarySegments } from '../core/searchSummary';

const TENANT = 'https://contoso.sharepoint.com';
const config = {
  municipalities: [{ id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: 'r', allStaff: 'a', managers: 'm' } }],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
} as TenantConfig;
const sites = knownSitesOf(config, TENANT);

/** A driveItem hit as Graph search returns it: driveItem properties, no `fields`. */
function fileHit(webUrl: string, parentSiteUrl?: string): SearchHit {
  return {
    hitId: 'hit-1', rank: 1, summary: 'Rutin för <c0>nyckel</c0>hantering<ddd/>',
    resource: {
      '@odata.type': '#microsoft.graph.driveItem', id: '01ABCDEF', name: 'Rutin för nyckelhantering.DOCX', webUrl,
      lastModifiedDateTime: '2026-11-20T08:30:00Z', lastModifiedBy: { user: { displayName: 'Maria Berg' } },
      parentReference: { driveId: 'b!x', id: 'list', sharepointIds: parentSiteUrl ? { listId: 'l', listItemId: '7', siteUrl: parentSiteUrl } : { listId: 'l', listItemId: '7' } }
    } as SearchHit['resource']
  };
}

describe('a document from a driveItem hit', () => {
  it('takes name, address, editor, time and folder from driveItem properties, and the site title from the configuration', () => {
    const url = `${TENANT}/sites/eksjo/Delade%20dokument/Socialf%C3%B6rvaltningen/Rutin%20f%C3%B6r%20nyckelhantering.DOCX`;
    expect(documentOf(fileHit(url, `${TENANT}/sites/eksjo`), sites)).toEqual({
      kind: 'document', id: '01ABCDEF', title: 'Rutin för nyckelhantering', fileName: 'Rutin för nyckelhantering.DOCX', fileType: 'docx',
      url, summary: 'Rutin för <c0>nyckel</c0>hantering<ddd/>', siteTitle: 'Eksjö kommun',
      folderUrl: `${TENANT}/sites/eksjo/Delade%20dokument/Socialf%C3%B6rvaltningen`,
      modified: '2026-11-20T08:30:00Z', modifiedBy: 'Maria Berg'
    });
  });

  it('finds the site from the address when parentReference has no site URL', () => {
    const shared = `${TENANT}/sites/gemensamt/Delade%20dokument/Avtal.pdf`;
    expect(siteOfFile(fileHit(shared).resource!, sites)).toEqual({ siteUrl: `${TENANT}/sites/gemensamt`, siteTitle: 'Gemensamt' });
    // A site the configuration does not know: its address, no title.
    const team = `${TENANT}/sites/ekonomi/Delade%20dokument/Budget.xlsx`;
    expect(siteOfFile(fileHit(team).resource!, sites)).toEqual({ siteUrl: `${TENANT}/sites/ekonomi`, siteTitle: '' });
    expect(siteOfFile(fileHit(team, `${TENANT}/sites/ekonomi`).resource!, sites).siteTitle).toBe('');
  });
});

describe('a person hit', () => {
  const resource = {
    '@odata.type': '#microsoft.graph.person', displayName: 'Anna Lindqvist', jobTitle: 'Undersköterska', companyName: 'Eksjö kommun',
    userPrincipalName: 'anna.lindqvist@eksjo.se', emailAddresses: [{ address: 'anna.lindqvist@eksjo.se', rank: 1 }],
    phones: [{ type: 'business', number: '0381-123 45' }, { type: 'mobile', number: '070-123 45 67' }]
  };

  it('is keyed by userPrincipalName for its photo, never by hitId (which is no user id)', () => {
    const person = personOf({ hitId: 'fc138b85-18ac-48e0-80a4-633ae4b594e0@41f988bf-86f1-53af-91ab-2d7cd034db47', resource } as SearchHit);
    expect(person).toMatchObject({ id: 'anna.lindqvist@eksjo.se', email: 'anna.lindqvist@eksjo.se', phone: '0381-123 45', mobilePhone: '070-123 45 67' });
  });

  it('falls back to the resource id without a userPrincipalName, and to nothing without either', () => {
    const byId = { ...resource, id: 'a0000000-0000-4000-8000-000000000001', userPrincipalName: undefined };
    expect(personOf({ hitId: 'other', resource: byId } as SearchHit).id).toBe('a0000000-0000-4000-8000-000000000001');
    expect(personOf({ hitId: 'other', resource: { ...resource, userPrincipalName: undefined } } as SearchHit).id).toBe('');
  });
});

describe('pageOf', () => {
  it("keeps Graph's hit summary as it came", () => {
    expect(pageOf({ summary: 'Ny <c0>lön</c0><ddd/>', resource: { fields: { Description: 'annat' } } } as SearchHit).summary).toBe('Ny <c0>lön</c0><ddd/>');
  });

  it('falls back to the description as text: its markup never turns into highlights', () => {
    const description = 'Läs <c0>detta</c0> & <img src="https://tracker.example/p.gif"><ddd/>';
    const page = pageOf({ summary: '', resource: { fields: { Description: description } } } as SearchHit);
    expect(summarySegments(page.summary)).toEqual([{ text: description, highlight: false }]);
  });
});

describe('a document from a listItem hit (All: documents share a request with pages and guides)', () => {
  const url = `${TENANT}/sites/eksjo/Delade%20dokument/Socialf%C3%B6rvaltningen/Protokoll%20APT.docx`;
  const hit = (fields: Record<string, unknown>): SearchHit => ({
    hitId: 'hit-2', rank: 1, summary: '<c0>Protokoll</c0> APT',
    resource: {
      '@odata.type': '#microsoft.graph.listItem', id: 'b1e1d0c0-0000-4000-8000-000000000009', webUrl: url,
      lastModifiedBy: { user: { displayName: 'Maria Berg' } }, fields
    } as SearchHit['resource']
  });

  it('takes name, type, site, editor and time from its managed properties, the site title from the configuration', () => {
    const fields = {
      contentclass: 'STS_ListItem_DocumentLibrary', Title: 'Protokoll APT', Filename: 'Protokoll APT.docx', FileType: 'DOCX',
      Path: url, SPSiteURL: `${TENANT}/sites/eksjo`, SiteTitle: 'Eksjö intranät', LastModifiedTime: '2026-11-20T08:30:00Z', ModifiedBy: 'Erik Johansson'
    };
    expect(listDocumentOf(hit(fields), sites)).toEqual({
      kind: 'document', id: 'b1e1d0c0-0000-4000-8000-000000000009', title: 'Protokoll APT', fileName: 'Protokoll APT.docx', fileType: 'docx',
      url, summary: '<c0>Protokoll</c0> APT', siteTitle: 'Eksjö kommun', folderUrl: `${TENANT}/sites/eksjo/Delade%20dokument/Socialf%C3%B6rvaltningen`,
      modified: '2026-11-20T08:30:00Z', modifiedBy: 'Erik Johansson'
    });
    // Without those properties: the address, and the editor and time of the list item.
    expect(listDocumentOf(hit({}), sites)).toMatchObject({ title: 'Protokoll APT', fileName: 'Protokoll APT.docx', fileType: 'docx', siteTitle: '', modifiedBy: 'Maria Berg' });
  });

  it('belongs to its source by contentclass, else by where it lies and what it is', () => {
    const guides = `${TENANT}/sites/gemensamt/Lists/Guider`;
    expect(sharePointSourceOf(hit({ contentclass: 'STS_ListItem_DocumentLibrary' }), guides)).toBe('documents');
    expect(sharePointSourceOf(hit({ contentclass: 'STS_ListItem_WebPageLibrary' }), guides)).toBe('pages');
    expect(sharePointSourceOf(hit({ contentclass: 'STS_ListItem_GenericList' }), guides)).toBe('guideList');
    expect(sharePointSourceOf(hit({ Path: `${guides}/DispForm.aspx?ID=3` }), guides)).toBe('guideList');
    expect(sharePointSourceOf(hit({ Path: `${TENANT}/sites/eksjo/SitePages/Nyhet.aspx` }), guides)).toBe('pages');
    expect(sharePointSourceOf(hit({}), guides)).toBe('documents');
  });
});
