import { createFakeFetch, json } from '../tests/support/fakeFetch';
import { wire } from './naiveNews';
import { MemoryStorage } from '../src/services/sessionCache';
import { TEST_GROUPS, testTenantConfig, testUsers } from '../src/services/testDoubles';

const TENANT = 'http://tenant.test';

function listItem(name: string, day: number, audiences: string[] = [], site = 'eksjo') {
  return {
    Id: day, Title: name, Description: 'Ingress', FileRef: `/sites/${site}/SitePages/${name}.aspx`, PromotedState: 2,
    FirstPublishedDate: new Date(Date.UTC(2026, 10, day, 8)).toISOString(), BannerImageUrl: null,
    OData__ModernAudienceAadObjectIds: audiences, SamverkaBoostUntil: null, Author: { Title: 'Johan Ek' }
  };
}

function services(fake: ReturnType<typeof createFakeFetch>) {
  fake.on('GET', /getStorageEntity/, json({ Value: JSON.stringify(testTenantConfig) }));
  return wire({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage: new MemoryStorage(), now: () => new Date('2026-11-28T12:00:00Z') });
}

describe('NaiveNewsService (the benchmark baseline)', () => {
  it('reads every news page of each site over REST, following nextLink, and filters on the client', async () => {
    const itemsUrl = /\/sites\/eksjo\/_api\/web\/lists\/getByTitle\('Site%20Pages'\)\/items/;
    const fake = createFakeFetch()
      .on('GET', /skiptoken=Paged%3dTRUE%26p_ID%3d2/, json({ value: [listItem('c', 20, [TEST_GROUPS.eksjo.managers])] }))
      .on('GET', itemsUrl, json({
        value: [listItem('a', 27), listItem('b', 25, [TEST_GROUPS.eksjo.allStaff])],
        'odata.nextLink': `${TENANT}/sites/eksjo/_api/web/lists/getByTitle('Site%20Pages')/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d2&%24top=2`
      }))
      .on('GET', /\/sites\/gemensamt\/_api\/web\/lists/, json({ value: [listItem('shared', 26, [], 'gemensamt'), { ...listItem('Home', 28, [], 'gemensamt'), PromotedState: 0 }] }));
    const s = services(fake);
    const page = await s.news.getNews({ sitePaths: ['/sites/eksjo', '/sites/gemensamt'], audienceGroupIds: testUsers.anna.groupIds, pageSize: 2 });

    expect(page.items.map(i => i.title)).toEqual(['a', 'shared']);
    expect(page.total).toBe(3);
    expect(page.items[0]).toMatchObject({ municipalityId: 'eksjo', url: `${TENANT}/sites/eksjo/SitePages/a.aspx`, authorName: 'Johan Ek' });
    const first = fake.requests.filter(r => itemsUrl.test(r.url) && !/skiptoken/.test(r.url))[0];
    const params = new URL(first.url).searchParams;
    expect(params.get('$filter')).toBeNull();
    expect(params.get('$orderby')).toBe('FirstPublishedDate desc');
    expect(params.get('$expand')).toBe('Author');
    expect(params.get('$select')).toBe('Id,Title,Description,FileRef,FirstPublishedDate,PromotedState,BannerImageUrl,_ModernAudienceAadObjectIds,SamverkaBoostUntil,SamverkaExpires,Author/Title');
    expect(fake.requests.some(r => /skiptoken/.test(r.url))).toBe(true);

    const next = await s.news.getNews({ sitePaths: ['/sites/eksjo', '/sites/gemensamt'], audienceGroupIds: testUsers.anna.groupIds, pageSize: 2, cursor: page.nextCursor });
    expect(next.items.map(i => i.title)).toEqual(['b']);
    expect(next.nextCursor).toBeUndefined();
  });

  it('reports a site that fails while the others render', async () => {
    const fake = createFakeFetch()
      .on('GET', /\/sites\/eksjo\/_api\/web\/lists/, json({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } }, 403))
      .on('GET', /\/sites\/gemensamt\/_api\/web\/lists/, json({ value: [listItem('shared', 26, [], 'gemensamt')] }));
    const page = await services(fake).news.getNews({ sitePaths: ['/sites/eksjo', '/sites/gemensamt'], audienceGroupIds: [], pageSize: 5 });
    expect(page.items.map(i => i.title)).toEqual(['shared']);
    expect(page.failures).toEqual([{ sitePath: '/sites/eksjo', code: 'forbidden' }]);
  });
});
