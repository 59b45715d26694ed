import type { Municipality } from './municipality';
import { BorrowedCopy, borrowedCopyOf, borrowKql, changeOf, copyFileName, provenanceFields, sourceChanged } from './borrow';
import { logEntryOf, logFields } from './reuse';

const TENANT = 'https://contoso.sharepoint.com/';
const groups = { root: 'r', allStaff: 'a', managers: 'm' };
const MUNICIPALITIES: Municipality[] = [
  { id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups },
  { id: 'eksjo-skola', name: 'Eksjö skola', shortName: 'Skola', hubPath: '/sites/eksjo-skola', emailDomain: 'skola.eksjo.se', groups },
  { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/Vetlanda', emailDomain: 'vetlanda.se', groups }
];

const COPY: BorrowedCopy = {
  id: 7, url: `${TENANT}sites/vetlanda/SitePages/a.aspx`, title: 'Ny förskola', description: 'Öppnar i maj',
  sourceUrl: `${TENANT}sites/eksjo/SitePages/a.aspx`, sourceMunicipalityId: 'eksjo', sourceModified: '2026-05-01T10:00:00Z',
  copiedBy: 'johan.ek@vetlanda.se', copiedAt: '2026-05-02T08:00:00Z'
};

describe('when a borrowed copy\'s source has changed', () => {
  it('is changed only when the source was modified after the copy knows', () => {
    expect(sourceChanged('2026-05-01T10:00:00Z', '2026-05-01T10:00:01Z')).toBe(true);
    expect(sourceChanged('2026-05-01T10:00:00Z', '2026-05-01T10:00:00Z')).toBe(false);
    expect(sourceChanged('2026-05-01T10:00:00Z', '2026-04-30T23:00:00Z')).toBe(false);
    // Time zones: the same instant written two ways is no change.
    expect(sourceChanged('2026-05-01T12:00:00+02:00', '2026-05-01T10:00:00Z')).toBe(false);
    // A copy that never knew its source's date counts as changed; an unknown source date never does.
    expect(sourceChanged('', '2026-05-01T10:00:00Z')).toBe(true);
    expect(sourceChanged('2026-05-01T10:00:00Z', '')).toBe(false);
  });

  it('says what differs: title and description, compared with the copy as it is', () => {
    const source = { title: 'Ny förskola i Eksjö', description: 'Öppnar i maj ', modified: '2026-06-01T09:00:00Z', modifiedBy: 'Lena Holm' };
    expect(changeOf(COPY, source)).toEqual({ copy: COPY, source, titleChanged: true, descriptionChanged: false });
    expect(changeOf(COPY, { ...source, modified: COPY.sourceModified })).toBeNull();
  });
});

describe('the browse of other municipalities\' pages', () => {
  it('searches site pages of the chosen hubs only, never the editor\'s own, by the hub\'s path with a slash', () => {
    const kql = borrowKql(MUNICIPALITIES, 'vetlanda', { municipalityIds: [] }, TENANT);
    expect(kql).toBe('(Path:"https://contoso.sharepoint.com/sites/eksjo/" OR Path:"https://contoso.sharepoint.com/sites/eksjo-skola/") AND contentclass:STS_ListItem_WebPageLibrary AND FileExtension:aspx');
    expect(borrowKql(MUNICIPALITIES, 'eksjo', { municipalityIds: ['eksjo', 'vetlanda'] }, TENANT)).toMatch(/^Path:"https:\/\/contoso\.sharepoint\.com\/sites\/vetlanda\/" AND/);
    expect(() => borrowKql(MUNICIPALITIES, 'eksjo', { municipalityIds: ['eksjo'] }, TENANT)).toThrow();
  });

  it('filters by kind, date and words, the words as literal text', () => {
    const kql = borrowKql(MUNICIPALITIES, 'vetlanda', { municipalityIds: ['eksjo'], kind: 'news', since: '2026-01-01', text: 'lön OR semester' }, TENANT);
    expect(kql).toContain(' AND PromotedState:2 AND LastModifiedTime>=2026-01-01 AND ');
    expect(kql).not.toMatch(/ lön OR semester/);
    expect(borrowKql(MUNICIPALITIES, 'vetlanda', { municipalityIds: ['eksjo'], kind: 'page' }, TENANT)).toContain('PromotedState:0');
    expect(borrowKql(MUNICIPALITIES, 'vetlanda', { municipalityIds: ['eksjo'], since: '1 maj' }, TENANT)).not.toContain('LastModifiedTime');
  });
});

describe('the copy and its provenance', () => {
  it('names the copy as the source, with -2, -3 when taken', () => {
    expect(copyFileName(`${TENANT}sites/eksjo/SitePages/Ny%20f%C3%B6rskola.aspx?web=1`, [])).toBe('Ny förskola.aspx');
    expect(copyFileName(`${TENANT}sites/eksjo/SitePages/a.aspx`, ['A.aspx', 'a-2.aspx'])).toBe('a-3.aspx');
  });

  it('writes the provenance columns and reads a copy back from them', () => {
    const fields = provenanceFields(COPY.sourceUrl, 'eksjo', COPY.sourceModified, COPY.copiedBy, new Date(COPY.copiedAt));
    expect(fields).toEqual({
      SamverkaSourceUrl: COPY.sourceUrl, SamverkaSourceMunicipality: 'eksjo', SamverkaSourceModified: COPY.sourceModified,
      SamverkaCopiedBy: COPY.copiedBy, SamverkaCopiedAt: '2026-05-02T08:00:00.000Z'
    });
    const raw = { Id: 7, Title: COPY.title, Description: COPY.description, FileRef: '/sites/vetlanda/SitePages/a.aspx', ...fields, SamverkaCopiedAt: COPY.copiedAt };
    expect(borrowedCopyOf(raw, ref => `${TENANT}${ref.slice(1)}`)).toEqual(COPY);
    expect(borrowedCopyOf({ Id: 8, FileRef: '/sites/vetlanda/SitePages/b.aspx' }, ref => ref)).toBeNull();
  });

  it('records borrow, take and keep in the same log as sending', () => {
    for (const action of ['borrowed', 'tookSource', 'keptOurs'] as const) {
      const entry = { action, actor: 'johan.ek@vetlanda.se', title: 'T', sourceUrl: COPY.sourceUrl, fromMunicipalityId: 'eksjo', toMunicipalityId: 'vetlanda', targetUrl: COPY.url, audienceIds: [], details: '' };
      expect(logEntryOf({ Id: 1, ...logFields(entry) })).toEqual(entry);
    }
  });
});
