import type { TenantConfig } from './municipality';
import {
  reachCountedBy, reachOfCounts, reachOfMembers, reachRequestUrls, answerFields, audienceIdsFor, canPublishNews, logEntryOf, logFields, municipalityById, municipalityOfUrl, odataString, offerFields,
  offerOf, repostBody, ReuseError, sameSource, samePage, sourceLinkKey
} from './reuse';

const TENANT = 'https://contoso.sharepoint.com';
const CONFIG: TenantConfig = {
  municipalities: [
    { id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se',
      groups: { root: '11111111-1111-4111-8111-111111111111', allStaff: '11111111-1111-4111-8111-111111111112', managers: '11111111-1111-4111-8111-111111111113' } },
    { id: 'eksjo-skola', name: 'Eksjö skola', shortName: 'Skola', hubPath: '/sites/eksjo-skola', emailDomain: 'skola.eksjo.se',
      groups: { root: '33333333-3333-4333-8333-333333333331', allStaff: '33333333-3333-4333-8333-333333333332', managers: '33333333-3333-4333-8333-333333333333' } },
    { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se',
      groups: { root: '22222222-2222-4222-8222-222222222221', allStaff: '22222222-2222-4222-8222-222222222222', managers: '22222222-2222-4222-8222-222222222223' } }
  ],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};
const PAGE = { url: `${TENANT}/sites/eksjo/SitePages/Ny%20f%C3%B6rskola.aspx`, title: 'Ny förskola', description: 'Öppnar i maj', imageUrl: `${TENANT}/sites/eksjo/SiteAssets/a.jpg` };

describe('who may publish news', () => {
  it('needs add and edit items on Site Pages: members and owners, not visitors', () => {
    expect(canPublishNews({ High: '2147483647', Low: '4294967295' })).toBe(true);
    expect(canPublishNews({ High: '432', Low: '1011030767' })).toBe(true);
    expect(canPublishNews({ High: '176', Low: '138612833' })).toBe(false);
    expect(canPublishNews({ High: 0, Low: 4 })).toBe(false); // edit without add
    expect(canPublishNews(null)).toBe(false);
  });
});

describe('audiences', () => {
  const vetlanda = municipalityById(CONFIG, 'vetlanda');
  it('targets all staff with the municipality\'s all-staff group', () => {
    expect(audienceIdsFor(vetlanda, { kind: 'allStaff' })).toEqual(['22222222-2222-4222-8222-222222222222']);
  });
  it('targets chosen groups once each, in lower case', () => {
    expect(audienceIdsFor(vetlanda, { kind: 'groups', groupIds: ['22222222-2222-4222-8222-22222222222A', '22222222-2222-4222-8222-22222222222a'] }))
      .toEqual(['22222222-2222-4222-8222-22222222222a']);
  });
  it('refuses an empty choice and an unknown municipality', () => {
    expect(() => audienceIdsFor(vetlanda, { kind: 'groups', groupIds: [] })).toThrow(ReuseError);
    expect(() => municipalityById(CONFIG, 'savsjo')).toThrow(ReuseError);
  });
});

describe('a news link\'s key of the page it links to', () => {
  it('is the same for every spelling of one page\'s address, short enough for a text column', () => {
    const key = sourceLinkKey(PAGE.url);
    expect(key).toMatch(/^sv1-[0-9a-f]{16}$/);
    expect(sourceLinkKey(`${TENANT}/sites/eksjo/SitePages/Ny förskola.aspx`)).toBe(key);
    expect(sourceLinkKey(`${TENANT}/SITES/Eksjo/SitePages/NY%20F%C3%B6rskola.aspx?web=1#top`)).toBe(key);
    // The workbench serves the tenant on another host: the same page.
    expect(sourceLinkKey(`http://127.0.0.1:4321/sites/eksjo/SitePages/Ny%20f%C3%B6rskola.aspx`)).toBe(key);
    expect(samePage(PAGE.url, `http://127.0.0.1:4321/sites/eksjo/SitePages/Ny förskola.aspx`)).toBe(true);
  });

  it('differs between pages, however alike their addresses', () => {
    const urls = [PAGE.url, `${TENANT}/sites/eksjo/SitePages/Ny%20f%C3%B6rskola2.aspx`, `${TENANT}/sites/vetlanda/SitePages/Ny%20f%C3%B6rskola.aspx`,
      `${TENANT}/sites/eksjo/SitePages/Ny%20forskola.aspx`, `${TENANT}/sites/eksjo/SitePages/a.aspx`, `${TENANT}/sites/eksjo/SitePages/b.aspx`];
    expect(new Set(urls.map(sourceLinkKey)).size).toBe(urls.length);
    const many = Array.from({ length: 5000 }, (_, i) => sourceLinkKey(`${TENANT}/sites/eksjo/SitePages/Nyhet-${i}.aspx`));
    expect(new Set(many).size).toBe(many.length);
    expect(samePage(PAGE.url, urls[1])).toBe(false);
  });
});

describe('pages and their municipality', () => {
  it('finds the hub by the longest path that prefixes the URL, encoded or not', () => {
    expect(municipalityOfUrl(CONFIG, PAGE.url, TENANT)!.id).toBe('eksjo');
    expect(municipalityOfUrl(CONFIG, `${TENANT}/sites/eksjo-skola/SitePages/x.aspx`, TENANT)!.id).toBe('eksjo-skola');
    expect(municipalityOfUrl(CONFIG, `${TENANT}/sites/gemensamt/SitePages/x.aspx`, TENANT)).toBeNull();
    expect(municipalityOfUrl(CONFIG, `https://other.example/sites/eksjo/x.aspx`, TENANT)).toBeNull();
  });
  it('compares source URLs in one spelling', () => {
    expect(sameSource(PAGE.url, `${TENANT}/sites/eksjo/SitePages/Ny förskola.aspx`)).toBe(true);
    expect(sameSource(PAGE.url, `${PAGE.url}?web=1`)).toBe(true);
    expect(sameSource(PAGE.url, `${TENANT}/sites/eksjo/SitePages/Annan.aspx`)).toBe(false);
  });
  it('writes OData string literals with quotes doubled', () => {
    expect(odataString("Kommunens 'nya' sida")).toBe("'Kommunens ''nya'' sida'");
  });
});

describe('list items', () => {
  it('a news link carries the source URL, title, description and banner, saved as a draft until its audience is set', () => {
    expect(repostBody(PAGE)).toEqual({
      Title: 'Ny förskola', Description: 'Öppnar i maj', BannerImageUrl: PAGE.imageUrl, IsBannerImageUrlExternal: false,
      OriginalSourceUrl: PAGE.url, ShouldSaveAsDraft: true
    });
  });
  it('an offer reads back as it was written', () => {
    const fields = offerFields(PAGE, 'eksjo', 'vetlanda', ['g1', 'g2'], 'karin@eksjo.se');
    const offer = offerOf({ ...fields, Id: 7, Created: '2026-11-28T10:00:00Z' })!;
    expect(offer).toMatchObject({
      id: 7, title: PAGE.title, sourceUrl: PAGE.url, fromMunicipalityId: 'eksjo', toMunicipalityId: 'vetlanda',
      audienceIds: ['g1', 'g2'], status: 'pending', offeredBy: 'karin@eksjo.se', offeredAt: '2026-11-28T10:00:00Z'
    });
    expect(offer.offeredByName).toBe('');
    // The sender's name is the item's author, expanded.
    expect(offerOf({ ...fields, Id: 7, Author: { Title: 'Karin Ek' } })!.offeredByName).toBe('Karin Ek');
    expect(offerOf({ Id: 8, SamverkaSourceUrl: 'x', SamverkaOfferStatus: 'maybe' })).toBeNull();
    expect(offerOf({ ...fields, Id: 9, SamverkaAudienceIds: 'not json' })!.audienceIds).toEqual([]);
  });
  it('an answer: a decline needs a reason, trimmed', () => {
    const at = new Date('2026-11-28T12:00:00Z');
    expect(() => answerFields('declined', 'johan@vetlanda.se', at, '  ', '')).toThrow(ReuseError);
    expect(answerFields('declined', 'johan@vetlanda.se', at, ' Gäller inte oss ', '')).toMatchObject({ SamverkaOfferStatus: 'declined', SamverkaAnswerReason: 'Gäller inte oss', SamverkaAnsweredAt: at.toISOString() });
    expect(answerFields('accepted', 'johan@vetlanda.se', at, '', 'https://x/l.aspx')).toMatchObject({ SamverkaOfferStatus: 'accepted', SamverkaRepostUrl: 'https://x/l.aspx' });
  });
  it('a record entry reads back as it was written', () => {
    const entry = { action: 'sent' as const, actor: 'johan@vetlanda.se', title: 't', sourceUrl: PAGE.url, fromMunicipalityId: 'eksjo', toMunicipalityId: 'vetlanda', targetUrl: 'u', audienceIds: ['g'], details: '' };
    expect(logEntryOf({ ...logFields(entry), Created: '2026-11-28T12:00:00Z' })).toEqual({ ...entry, at: '2026-11-28T12:00:00Z' });
    expect(logEntryOf({ SamverkaAction: 'deleted' })).toBeNull();
  });
});

describe('audience reach', () => {
  const person = (id: string, mail: string, userPrincipalName = mail): { id: string; displayName: string; userPrincipalName: string; mail: string; department: string } =>
    ({ id, displayName: id, userPrincipalName, mail, department: '' });

  it('counts one group by Graph: users in all, and per municipality by e-mail domain', () => {
    expect(reachCountedBy(['g1'])).toBe('count');
    const urls = reachRequestUrls('g1', CONFIG.municipalities.slice(0, 1));
    expect(urls).toEqual([
      { municipalityId: null, url: '/groups/g1/transitiveMembers/microsoft.graph.user/$count' },
      { municipalityId: 'eksjo', url: `/groups/g1/transitiveMembers/microsoft.graph.user/$count?$filter=${encodeURIComponent("endswith(mail,'@eksjo.se')")}` }
    ]);
    expect(reachOfCounts(13, [{ municipalityId: 'vetlanda', count: 12 }, { municipalityId: 'eksjo', count: 1 }, { municipalityId: 'eksjo-skola', count: 0 }], ['eksjo', 'eksjo-skola', 'vetlanda']))
      .toEqual({ total: 13, byMunicipality: [{ municipalityId: 'eksjo', count: 1 }, { municipalityId: 'vetlanda', count: 12 }] });
  });

  it('counts several groups by their people: a person in two of them counts once', () => {
    expect(reachCountedBy(['g1', 'g2'])).toBe('members');
    const anna = person('A1', 'anna@vetlanda.se');
    const managers = [anna, person('b2', 'bo@vetlanda.se')];
    // Graph gives the same id in every group; case is not part of it.
    const unit = [{ ...anna, id: 'a1' }, person('c3', 'cia@eksjo.se'), person('d4', '', 'dan@skola.eksjo.se'), person('e5', 'gast@example.com')];
    expect(reachOfMembers(CONFIG, [managers, unit])).toEqual({
      total: 5,
      byMunicipality: [{ municipalityId: 'eksjo', count: 1 }, { municipalityId: 'eksjo-skola', count: 1 }, { municipalityId: 'vetlanda', count: 2 }]
    });
    expect(reachOfMembers(CONFIG, [managers, managers])).toEqual({ total: 2, byMunicipality: [{ municipalityId: 'vetlanda', count: 2 }] });
    expect(reachOfMembers(CONFIG, [[], []])).toEqual({ total: 0, byMunicipality: [] });
  });
});
