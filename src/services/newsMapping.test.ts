import type { SearchHit } from '@microsoft/microsoft-graph-types';
import { audienceIdsOf, canonicalPageUrl, createSiteResolver, newsItemFromListItem, newsItemFromSearchHit } from './newsMapping';
import type { SiteResolver } from './newsMapping';

/** Hits as Graph's wire shape has them: resources and fields beyond what the Graph types name. */
const fromHit = (hit: unknown, tenantUrl: string, resolveSite: SiteResolver) => newsItemFromSearchHit(hit as SearchHit | null, tenantUrl, resolveSite);

const TENANT = 'http://127.0.0.1:4100';
const resolve = createSiteResolver(TENANT, [
  { sitePath: '/sites/eksjo', municipalityId: 'eksjo' },
  { sitePath: '/sites/gemensamt', municipalityId: null }
]);

describe('news links (repost pages)', () => {
  const three = createSiteResolver(TENANT, [
    { sitePath: '/sites/eksjo', municipalityId: 'eksjo' },
    { sitePath: '/sites/vetlanda', municipalityId: 'vetlanda' },
    { sitePath: '/sites/gemensamt', municipalityId: null }
  ]);
  const hit = (original?: string): unknown => ({
    resource: {
      webUrl: `${TENANT}/sites/vetlanda/SitePages/Ny-rutin.aspx`,
      fields: { title: 'Ny rutin', path: `${TENANT}/sites/vetlanda/SitePages/Ny-rutin.aspx`, FirstPublishedDate: '2026-11-27T08:30:00Z', RefinableString113: original }
    }
  });

  it('names the source page and its municipality', () => {
    const item = fromHit(hit(`${TENANT}/sites/eksjo/SitePages/Ny rutin.aspx`), TENANT, three)!;
    expect(item.municipalityId).toBe('vetlanda');
    expect(item.originalUrl).toBe(`${TENANT}/sites/eksjo/SitePages/Ny%20rutin.aspx`);
    expect(item.originalMunicipalityId).toBe('eksjo');
  });

  it('gives a source outside the configured sites no municipality, and an ordinary page nothing', () => {
    expect(fromHit(hit('https://example.org/nyhet'), TENANT, three)!.originalMunicipalityId).toBeNull();
    const plain = fromHit(hit(), TENANT, three)!;
    expect(plain.originalUrl).toBeUndefined();
    expect('originalMunicipalityId' in plain).toBe(false);
  });

  it('reads _OriginalSourceUrl of a Site Pages item too', () => {
    const item = newsItemFromListItem({
      FileRef: '/sites/vetlanda/SitePages/Ny-rutin.aspx', FirstPublishedDate: '2026-11-27T08:30:00Z', Title: 'Ny rutin',
      OData__OriginalSourceUrl: `${TENANT}/sites/eksjo/SitePages/Ny-rutin.aspx`
    }, TENANT, three)!;
    expect(item.originalMunicipalityId).toBe('eksjo');
  });
});

describe('news mapping', () => {
  it('maps a Graph search hit, reading field names in any letter case', () => {
    const item = fromHit({
      hitId: '1',
      resource: {
        '@odata.type': '#microsoft.graph.listItem',
        webUrl: `${TENANT}/sites/eksjo/SitePages/Ny%20rutin.aspx`,
        createdDateTime: '2026-11-01T08:00:00Z',
        fields: {
          title: 'Ny rutin för hemtjänsten',
          DESCRIPTION: 'Från och med måndag',
          path: `${TENANT}/sites/eksjo/SitePages/Ny rutin.aspx`,
          FirstPublishedDate: '2026-11-27T08:30:00.0000000Z',
          modernAudienceAadObjectIds: ['AAAAAAAA-0000-4000-8000-000000000001'],
          BannerImageUrlOWSURLH: '/sites/eksjo/SiteAssets/bild.svg, Hemtjänstens bil, vinter',
          SamverkaBoostUntilOWSDATE: '2026-12-01T00:00:00Z',
          AuthorOWSUSER: 'erik.johansson@eksjo.se | Erik Johansson | i:0#.f|membership|erik.johansson@eksjo.se'
        }
      }
    }, TENANT, resolve);
    expect(item).toEqual({
      url: `${TENANT}/sites/eksjo/SitePages/Ny%20rutin.aspx`,
      title: 'Ny rutin för hemtjänsten',
      description: 'Från och med måndag',
      publishedAt: '2026-11-27T08:30:00.000Z',
      sitePath: '/sites/eksjo',
      municipalityId: 'eksjo',
      imageUrl: `${TENANT}/sites/eksjo/SiteAssets/bild.svg`,
      imageAlt: 'Hemtjänstens bil, vinter',
      audienceIds: ['aaaaaaaa-0000-4000-8000-000000000001'],
      boostedUntil: '2026-12-01T00:00:00.000Z',
      authorName: 'Erik Johansson'
    });
  });

  it('falls back to webUrl and createdDateTime, and gives up without a URL or a date', () => {
    const item = fromHit({
      resource: { webUrl: `${TENANT}/sites/gemensamt/SitePages/a.aspx`, createdDateTime: '2026-11-01T08:00:00Z', fields: { Author: ['Anna Lindqvist', 'Erik'] } }
    }, TENANT, resolve)!;
    expect(item.publishedAt).toBe('2026-11-01T08:00:00.000Z');
    expect(item.municipalityId).toBeNull();
    expect(item.sitePath).toBe('/sites/gemensamt');
    expect(item.authorName).toBe('Anna Lindqvist');
    expect(item.imageUrl).toBeUndefined();
    expect(fromHit({ resource: { fields: { Title: 'x' } } }, TENANT, resolve)).toBeNull();
    expect(fromHit({ resource: { webUrl: `${TENANT}/x.aspx`, fields: { FirstPublishedDate: 'nope' } } }, TENANT, resolve)).toBeNull();
    expect(fromHit(null, TENANT, resolve)).toBeNull();
  });

  it('leaves the site empty for a page outside the configured sites (prefix look-alikes included)', () => {
    const item = fromHit({
      resource: { fields: { Path: `${TENANT}/sites/eksjo-arkiv/SitePages/a.aspx`, FirstPublishedDate: '2026-11-01T08:00:00Z' } }
    }, TENANT, resolve)!;
    expect(item.sitePath).toBe('');
  });

  it('reads audiences as arrays, joined strings or verbose results', () => {
    expect(audienceIdsOf(['A', 'b'])).toEqual(['a', 'b']);
    expect(audienceIdsOf('A;b; {C}')).toEqual(['a', 'b', 'c']);
    expect(audienceIdsOf({ results: ['A'] })).toEqual(['a']);
    expect(audienceIdsOf(null)).toEqual([]);
    expect(audienceIdsOf('')).toEqual([]);
  });

  it('maps a Site Pages item read over REST', () => {
    const item = newsItemFromListItem({
      Id: 7, Title: 'Julbord', Description: null, FileRef: '/sites/eksjo/SitePages/Julbord på Hotell.aspx',
      FirstPublishedDate: '2026-11-20T07:00:00Z', PromotedState: 2,
      BannerImageUrl: { Url: `${TENANT}/sites/eksjo/SiteAssets/jul.png`, Description: 'Julbord' },
      OData__ModernAudienceAadObjectIds: ['G1'], SamverkaBoostUntil: null, Author: { Title: 'Johan Ek' }
    }, TENANT, resolve)!;
    expect(item).toMatchObject({
      url: `${TENANT}/sites/eksjo/SitePages/Julbord%20p%C3%A5%20Hotell.aspx`,
      title: 'Julbord', description: '', sitePath: '/sites/eksjo', municipalityId: 'eksjo',
      imageUrl: `${TENANT}/sites/eksjo/SiteAssets/jul.png`, imageAlt: 'Julbord', audienceIds: ['g1'], authorName: 'Johan Ek'
    });
    expect(item.boostedUntil).toBeUndefined();
    expect(newsItemFromListItem({ Title: 'x' }, TENANT, resolve)).toBeNull();
  });

  it('spells a page URL one way, whether it came encoded or not', () => {
    expect(canonicalPageUrl('/sites/a/SitePages/Å ä.aspx', TENANT)).toBe(canonicalPageUrl(`${TENANT}/sites/a/SitePages/%C3%85%20%C3%A4.aspx`, TENANT));
    expect(canonicalPageUrl('/sites/eksjo', `${TENANT}/`)).toBe(`${TENANT}/sites/eksjo`);
  });
});

describe('must-read from a search hit', () => {
  const SITE = '{0C6D5E3A-1111-4222-8333-444455556666}';
  const UNIQUE = 'A1B2C3D4-AAAA-4BBB-8CCC-DDDDEEEEFFFF';
  const hit = (fields: Record<string, unknown>, resource: Record<string, unknown> = {}): unknown => ({
    resource: { fields: { Path: `${TENANT}/sites/eksjo/SitePages/rutin.aspx`, Title: 'Rutin', FirstPublishedDate: '2026-11-20T08:00:00Z', ...fields }, ...resource }
  });

  it('reads Ska läsas ("1"), Läses senast and the page key from the managed properties', () => {
    const item = fromHit(hit({ SamverkaMustReadOWSBOOL: '1', SamverkaReadByOWSDATE: '2026-12-03T23:00:00Z', SiteId: SITE, UniqueId: UNIQUE }), TENANT, resolve)!;
    expect(item.mustRead).toBe(true);
    expect(item.readBy).toBe('2026-12-03T23:00:00.000Z');
    expect(item.pageKey).toBe('0c6d5e3a-1111-4222-8333-444455556666/a1b2c3d4-aaaa-4bbb-8ccc-ddddeeeeffff');
  });

  it('takes the key from the hit\'s sharepointIds when the managed properties are not returned', () => {
    const item = fromHit(hit({ samverkamustreadowsbool: '1' }, { parentReference: { sharepointIds: { siteId: SITE, listItemUniqueId: UNIQUE } } }), TENANT, resolve)!;
    expect(item.mustRead).toBe(true);
    expect(item.pageKey).toBe('0c6d5e3a-1111-4222-8333-444455556666/a1b2c3d4-aaaa-4bbb-8ccc-ddddeeeeffff');
  });

  it('is not must-read when marked "0", unmarked, or without a key to confirm it by', () => {
    expect(fromHit(hit({ SamverkaMustReadOWSBOOL: '0', SiteId: SITE, UniqueId: UNIQUE }), TENANT, resolve)!.mustRead).toBeUndefined();
    expect(fromHit(hit({ SiteId: SITE, UniqueId: UNIQUE }), TENANT, resolve)!.mustRead).toBeUndefined();
    expect(fromHit(hit({ SamverkaMustReadOWSBOOL: '1', SiteId: 'not-a-guid', UniqueId: UNIQUE }), TENANT, resolve)!.mustRead).toBeUndefined();
  });
});
