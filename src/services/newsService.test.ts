import { createFakeFetch, json } from '../../tests/support/fakeFetch';
import { searchEndpoint, SearchRequestBody } from '../../tests/support/fakeGraphSearch';
import type { NewsItem } from '../core/news';
import { createGraph } from './connection';
import { NewsService } from './newsService';
import { defaultRetryPolicy } from './retry';
import { failingService, fixedTenantConfigService, TEST_GROUPS, testNewsItem, testUsers } from './testDoubles';

const TENANT = 'http://tenant.test';
const NOW = new Date('2026-11-28T12:00:00Z');
const connection = { kind: 'local' as const, baseUrl: TENANT, token: 'anna' };
const SITES = ['/sites/eksjo', '/sites/gemensamt'];

function news(name: string, day: number, extra: Partial<NewsItem> = {}): NewsItem {
  const sitePath = extra.sitePath || '/sites/eksjo';
  return testNewsItem({ url: `${TENANT}${sitePath}/SitePages/${name}.aspx`, title: name, publishedAt: new Date(Date.UTC(2026, 10, day, 8)).toISOString(), sitePath, ...extra });
}

function service(fetchFake: ReturnType<typeof createFakeFetch>, extra: { maxQueryLength?: number; config?: boolean } = {}) {
  const slept: number[] = [];
  const policy = defaultRetryPolicy({ sleep: async ms => { slept.push(ms); }, random: () => 0, now: () => NOW });
  const news = new NewsService({
    graph: createGraph(connection, policy, fetchFake.fetch), tenantUrl: TENANT, now: () => NOW,
    tenantConfig: extra.config === false ? failingService() : fixedTenantConfigService(), maxQueryLength: extra.maxQueryLength
  });
  return { news, slept };
}

const searchesIn = (body: unknown): SearchRequestBody[] => (body as { requests: SearchRequestBody[] }).requests;
const SEARCH = /\/v1\.0\/search\/query$/;

describe('NewsService', () => {
  const anna = testUsers.anna;
  const items = [
    news('untargeted', 27),
    news('for-managers', 26, { audienceIds: [TEST_GROUPS.eksjo.managers] }),
    news('for-all-staff', 25, { audienceIds: [TEST_GROUPS.eksjo.allStaff] }),
    news('shared', 24, { sitePath: '/sites/gemensamt' }),
    news('boosted', 2, { boostedUntil: '2026-12-01T00:00:00Z' }),
    news('other-site', 27, { sitePath: '/sites/vetlanda' })
  ];

  it('reads the first page with one search request: the news search and the boost search in one body', async () => {
    const fake = createFakeFetch().on('POST', SEARCH, searchEndpoint(items));
    const { news: service1 } = service(fake);
    const page = await service1.getNews({ sitePaths: SITES, audienceGroupIds: anna.groupIds, pageSize: 3 });

    expect(fake.requests).toHaveLength(1);
    const [regular, boost] = searchesIn(fake.requests[0].body);
    expect(regular).toEqual({
      entityTypes: ['listItem'],
      query: { queryString: expect.stringMatching(/^PromotedState:2 AND \(Path:"http:\/\/tenant\.test\/sites\/eksjo" OR Path:"http:\/\/tenant\.test\/sites\/gemensamt"\) AND NOT SamverkaExpiresOWSDATE<\d{4}-\d{2}-\d{2} AND \(ModernAudienceAadObjectIds:.* OR NOT IsAudienceTargeted:true\)$/) },
      fields: expect.arrayContaining(['Title', 'Path', 'FirstPublishedDate', 'ModernAudienceAadObjectIds', 'SamverkaBoostUntilOWSDATE']),
      from: 0, size: 10,
      sortProperties: [{ name: 'FirstPublishedDate', isDescending: true }]
    });
    expect(boost.query.queryString).toContain('SamverkaBoostUntilOWSDATE>=2026-11-28');

    expect(page.items.map(i => i.title)).toEqual(['boosted', 'untargeted', 'for-all-staff']);
    expect(page.items[1]).toMatchObject({ municipalityId: 'eksjo', sitePath: '/sites/eksjo' });
    expect(page.failures).toEqual([]);
    expect(page.nextCursor).toBeDefined();
  });

  it('reads a next page with a single search request from the cursor', async () => {
    const fake = createFakeFetch().on('POST', SEARCH, searchEndpoint(items));
    const { news: s } = service(fake);
    const first = await s.getNews({ sitePaths: SITES, audienceGroupIds: anna.groupIds, pageSize: 3 });
    const second = await s.getNews({ sitePaths: SITES, audienceGroupIds: anna.groupIds, pageSize: 3, cursor: first.nextCursor });
    expect(fake.requests.map(r => r.url)).toEqual([`${TENANT}/v1.0/search/query`, `${TENANT}/v1.0/search/query`]);
    expect(searchesIn(fake.requests[1].body)).toHaveLength(1);
    expect(second.items.map(i => i.title)).toEqual(['shared']);
    expect(second.nextCursor).toBeUndefined();
    expect(second.items[0].municipalityId).toBeNull();
  });

  it('re-checks audiences on the client: a hit targeted elsewhere is not shown', async () => {
    // A search service that ignores the audience clause, as a misconfigured index would.
    const leaky = items.map(i => ({ ...i }));
    const fake = createFakeFetch().on('POST', SEARCH, (request) => json({
      value: searchesIn(request.body).map(() => ({
        hitsContainers: [{ total: leaky.length, moreResultsAvailable: false, hits: leaky.map(i => ({ resource: { webUrl: i.url, fields: { FirstPublishedDate: i.publishedAt, ModernAudienceAadObjectIds: i.audienceIds, Title: i.title } } })) }]
      }))
    }));
    const page = await service(fake).news.getNews({ sitePaths: SITES, audienceGroupIds: anna.groupIds, pageSize: 10 });
    expect(page.items.map(i => i.title)).not.toContain('for-managers');
    expect(page.items.map(i => i.title)).not.toContain('other-site');
    expect(page.items.map(i => i.title)).toContain('for-all-staff');
  });

  it('reports every source as failed, without throwing, when search keeps failing', async () => {
    const fake = createFakeFetch().on('POST', SEARCH, () => json({ error: { code: 'serviceNotAvailable', message: 'x' } }, 503));
    const { news: s, slept } = service(fake);
    const page = await s.getNews({ sitePaths: SITES, audienceGroupIds: anna.groupIds, pageSize: 3 });
    expect(page.items).toEqual([]);
    expect(page.failures).toEqual([{ sitePath: '/sites/eksjo', code: 'unavailable' }, { sitePath: '/sites/gemensamt', code: 'unavailable' }]);
    expect(slept.length).toBe(3);
  });

  it('retries a throttled search after its Retry-After and still renders', async () => {
    const answer = searchEndpoint(items);
    let calls = 0;
    const fake = createFakeFetch().on('POST', SEARCH, (request) =>
      ++calls === 1 ? json({ error: { code: 'TooManyRequests', message: 'x' } }, 429, { 'Retry-After': '2' }) : answer(request));
    const { news: s, slept } = service(fake);
    const page = await s.getNews({ sitePaths: SITES, audienceGroupIds: anna.groupIds, pageSize: 3 });
    expect(slept).toEqual([2000]);
    expect(page.failures).toEqual([]);
    expect(page.items).toHaveLength(3);
  });

  it('reports a network failure of a next page as failures, keeping the cursor usable', async () => {
    // The first search is answered; after it the network is gone.
    const fake = createFakeFetch()
      .on('POST', SEARCH, searchEndpoint(items), 1)
      .on('POST', SEARCH, () => { throw new TypeError('fetch failed'); });
    const { news: s } = service(fake);
    const first = await s.getNews({ sitePaths: SITES, audienceGroupIds: anna.groupIds, pageSize: 1 });
    const failed = await s.getNews({ sitePaths: SITES, audienceGroupIds: anna.groupIds, pageSize: 1, cursor: first.nextCursor });
    expect(failed.failures.map(f => f.code)).toEqual(['network', 'network']);
    expect(failed.nextCursor).toBe(first.nextCursor);
  });

  it('splits the query over several searches in one search request for users in very many groups', async () => {
    const fake = createFakeFetch().on('POST', SEARCH, searchEndpoint(items));
    const manyGroups = anna.groupIds.concat(Array.from({ length: 30 }, (_, i) => `99999999-0000-4000-8000-${String(i).padStart(12, '0')}`));
    const page = await service(fake, { maxQueryLength: 700 }).news.getNews({ sitePaths: SITES, audienceGroupIds: manyGroups, pageSize: 3 });
    const searches = searchesIn(fake.requests[0].body);
    expect(fake.requests).toHaveLength(1);
    expect(searches.length).toBeGreaterThan(2);
    searches.forEach(s => expect(s.query.queryString.length).toBeLessThanOrEqual(700));
    expect(page.items.map(i => i.title)).toEqual(['boosted', 'untargeted', 'for-all-staff']);
  });

  it('shows news without a municipality when the configuration cannot be read', async () => {
    const fake = createFakeFetch().on('POST', SEARCH, searchEndpoint(items));
    const page = await service(fake, { config: false }).news.getNews({ sitePaths: SITES, audienceGroupIds: [], pageSize: 5 });
    expect(page.items.map(i => i.title)).toEqual(['boosted', 'untargeted', 'shared']);
    page.items.forEach(i => expect(i.municipalityId).toBeNull());
  });

  it('asks nothing when there are no sources', async () => {
    const fake = createFakeFetch();
    const page = await service(fake).news.getNews({ sitePaths: [], audienceGroupIds: [], pageSize: 5 });
    expect(page).toEqual({ items: [], failures: [] });
    expect(fake.requests).toHaveLength(0);
  });
});
