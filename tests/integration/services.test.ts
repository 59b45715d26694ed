import { defaultNewsSources, membershipsOf } from '../../src/core/membership';
import type { NewsItem } from '../../src/core/news';
import { isBoosted, newsKey } from '../../src/core/newsRanking';
import type { INewsService, NewsQuery } from '../../src/core/ports';
import * as naiveNews from '../../bench/naiveNews';
import { localPage, LocalPage } from '../support/localPage';
import { failureCodeOf } from '../../src/core/failures';
import { MemoryStorage } from '../../src/services/sessionCache';
import { expectedNews, groupsOf, pageKey } from './groundTruth';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * The real services, through PnPjs, against the local tenant: configuration, each
 * persona's context, and their news checked against a ground truth read over raw HTTP.
 */
jest.setTimeout(120000);

// The seed's moment: boosts are judged against it, whatever today's date.
const NOW = new Date('2026-11-28T12:00:00Z');
let tenant: LocalTenant;

beforeAll(async () => {
  tenant = await startLocalTenant();
});

afterAll(async () => {
  if (tenant) {
    await tenant.stop();
  }
});

function servicesFor(token: string, storage = new MemoryStorage()): LocalPage {
  return localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage, now: () => NOW });
}

async function sourcesOf(services: LocalPage): Promise<string[]> {
  const [config, user] = await Promise.all([services.tenantConfig.getConfig(), services.userContext.getCurrentUser()]);
  return defaultNewsSources(config, user).map(source => source.sitePath);
}

async function readAll(news: INewsService, query: NewsQuery): Promise<{ items: NewsItem[]; pages: number }> {
  const items: NewsItem[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await news.getNews({ ...query, cursor });
    expect(page.failures).toEqual([]);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 200);
  return { items, pages };
}

/** At most two boosted items (boosts in force) above newer news, then newest first, each page once. */
function expectFeedOrder(items: NewsItem[]): void {
  const time = (item: NewsItem): number => Date.parse(item.publishedAt);
  const above = items.filter((item, i) => items.slice(i + 1).some(later => time(later) > time(item)));
  expect(above.length).toBeLessThanOrEqual(2);
  above.forEach(item => expect(isBoosted(item, NOW)).toBe(true));
  expect(items.slice(0, above.length)).toEqual(above);
  const rest = items.slice(above.length);
  for (let i = 1; i < rest.length; i++) {
    expect(Date.parse(rest[i - 1].publishedAt)).toBeGreaterThanOrEqual(Date.parse(rest[i].publishedAt));
  }
  const keys = items.map(item => pageKey(item.url));
  expect(new Set(keys).size).toBe(keys.length);
}

async function feedOf(token: string): Promise<{ services: LocalPage; sources: string[]; items: NewsItem[]; groups: string[] }> {
  const services = servicesFor(token);
  const sources = await sourcesOf(services);
  const user = await services.userContext.getCurrentUser();
  const { items } = await readAll(services.news, { sitePaths: sources, audienceGroupIds: user.groupIds, pageSize: 100 });
  return { services, sources, items, groups: user.groupIds };
}

describe('TenantConfigService against the local tenant', () => {
  it('reads and validates the tenant configuration', async () => {
    const config = await servicesFor('anna').tenantConfig.getConfig();
    expect(config.municipalities.map(m => [m.id, m.hubPath, m.emailDomain])).toEqual([
      ['eksjo', '/sites/eksjo', 'eksjo.se'], ['savsjo', '/sites/savsjo', 'savsjo.se'], ['vetlanda', '/sites/vetlanda', 'vetlanda.se']
    ]);
    expect(config.sharedSite).toEqual({ path: '/sites/gemensamt', title: 'Gemensamt' });
  });
});

describe('UserContextService against the local tenant', () => {
  it('gives each persona their profile and transitive groups, in one Graph $batch, then from the session cache', async () => {
    const truth = await groupsOf(tenant.url, 'anna');
    const storage = new MemoryStorage();
    await tenant.clearRequests();
    const anna = await servicesFor('anna', storage).userContext.getCurrentUser();
    const log = await tenant.requests();
    expect(log.map(r => `${r.method} ${r.path}`)).toEqual(['POST /v1.0/$batch']);
    expect(log[0].inner!.map(r => r.status)).toEqual([200, 200]);
    expect(anna).toMatchObject({ displayName: 'Anna Lindqvist', mail: 'anna.lindqvist@eksjo.se', jobTitle: 'Undersköterska' });
    expect(anna.groupIds.slice().sort()).toEqual(truth.sort());

    // The next page load of the session: new services over the same storage.
    await tenant.clearRequests();
    await servicesFor('anna', storage).userContext.getCurrentUser();
    expect(await tenant.requests()).toHaveLength(0);
  });

  it('tells the municipalities of each persona', async () => {
    const config = await servicesFor('anna').tenantConfig.getConfig();
    const eksjo = config.municipalities[0].groups;
    const municipalitiesOf = async (token: string): Promise<string[]> =>
      membershipsOf(config, await servicesFor(token).userContext.getCurrentUser()).municipalities.map(m => m.id);

    const anna = await servicesFor('anna').userContext.getCurrentUser();
    const erik = await servicesFor('erik').userContext.getCurrentUser();
    expect(anna.groupIds).toEqual(expect.arrayContaining([eksjo.root, eksjo.allStaff]));
    expect(anna.groupIds).not.toContain(eksjo.managers);
    expect(erik.groupIds).toContain(eksjo.managers);
    expect(await municipalitiesOf('anna')).toEqual(['eksjo']);
    expect(await municipalitiesOf('maria')).toEqual(['savsjo', 'vetlanda']);
    expect(await municipalitiesOf('sara')).toEqual(['vetlanda']);
    expect(await municipalitiesOf('johan')).toEqual(['vetlanda']);
  });

  it('fails as signed out (401) for an unknown token', async () => {
    const error = await servicesFor('nobody').userContext.getCurrentUser().catch(e => e);
    expect(error.status).toBe(401);
    expect(failureCodeOf(error)).toBe('signedOut');
  });
});

describe('NewsService against the local tenant', () => {
  it('shows erik the news for Eksjö managers and anna not, each exactly their ground truth', async () => {
    const anna = await feedOf('anna');
    const erik = await feedOf('erik');
    expect(anna.sources).toEqual(['/sites/eksjo', '/sites/gemensamt']);
    const managersNews = 'Chefsinformation: bemanning under jul- och nyårshelgerna';
    expect(erik.items.map(i => i.title)).toContain(managersNews);
    expect(anna.items.map(i => i.title)).not.toContain(managersNews);
    const config = await anna.services.tenantConfig.getConfig();
    const managers = config.municipalities[0].groups.managers;
    expect(anna.items.some(i => i.audienceIds.indexOf(managers) >= 0)).toBe(false);
    expect(erik.items.filter(i => i.audienceIds.indexOf(managers) >= 0).length).toBeGreaterThan(0);

    for (const [token, feed] of [['anna', anna], ['erik', erik]] as const) {
      const truth = await expectedNews(tenant.url, token, feed.sources, NOW);
      expect(feed.items.map(i => pageKey(i.url)).sort()).toEqual(truth.map(t => t.key).sort());
      expectFeedOrder(feed.items);
    }
  });

  it('shows maria, who works for Sävsjö and Vetlanda, the news of both, each with its municipality', async () => {
    const maria = await feedOf('maria');
    expect(maria.sources).toEqual(['/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt']);
    const municipalities = new Set(maria.items.map(i => i.municipalityId));
    expect(municipalities).toEqual(new Set(['savsjo', 'vetlanda', null]));
    maria.items.forEach(i => expect(i.municipalityId).toBe(i.sitePath === '/sites/gemensamt' ? null : i.sitePath.replace('/sites/', '')));
    const titles = maria.items.slice(0, 12).map(i => i.title);
    expect(titles).toEqual(expect.arrayContaining([
      'Sävsjö: julmarknad i Vrigstad på första advent',
      'Vetlanda: ljusfest på Stora torget',
      'Lön: ändrade datum för tidrapportering i december (Sävsjö och Vetlanda)'
    ]));
    const truth = await expectedNews(tenant.url, 'maria', maria.sources, NOW);
    expect(maria.items.map(i => pageKey(i.url)).sort()).toEqual(truth.map(t => t.key).sort());
    expectFeedOrder(maria.items);
  });

  it('lets nothing targeted elsewhere through, for any persona, from any site', async () => {
    const config = await servicesFor('anna').tenantConfig.getConfig();
    const everySite = config.municipalities.map(m => m.hubPath).concat([config.sharedSite.path]);
    for (const token of ['anna', 'erik', 'maria', 'sara', 'johan']) {
      const services = servicesFor(token);
      const user = await services.userContext.getCurrentUser();
      const groups = new Set(user.groupIds);
      const { items } = await readAll(services.news, { sitePaths: everySite, audienceGroupIds: user.groupIds, pageSize: 200 });
      items.forEach(item => {
        expect(item.audienceIds.length === 0 || item.audienceIds.some(id => groups.has(id))).toBe(true);
        expect(everySite).toContain(item.sitePath);
      });
      // Sites the persona cannot read contribute nothing (search is security trimmed).
      const truth = await expectedNews(tenant.url, token, everySite, NOW);
      expect(items.map(i => pageKey(i.url)).sort()).toEqual(truth.map(t => t.key).sort());
    }
  });

  it('pages with the cursor at one round trip per page, this week\'s boosted news first', async () => {
    const services = servicesFor('anna');
    const user = await services.userContext.getCurrentUser();
    const query = { sitePaths: ['/sites/eksjo', '/sites/gemensamt'], audienceGroupIds: user.groupIds, pageSize: 5 };
    await services.tenantConfig.getConfig(); // read by the web part before any news
    await tenant.clearRequests();
    const first = await services.news.getNews(query);
    const second = await services.news.getNews({ ...query, cursor: first.nextCursor });
    const third = await services.news.getNews({ ...query, cursor: second.nextCursor });
    const log = await tenant.requests();

    // One round trip per page: the first carries the feed and the boosted news as two inner
    // requests of one batch (one search request per body); later pages one search request.
    expect(log.map(r => `${r.method} ${r.path}`)).toEqual(['POST /v1.0/$batch', 'POST /v1.0/search/query', 'POST /v1.0/search/query']);
    expect(log[0].inner!.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /v1.0/search/query 200', 'POST /v1.0/search/query 200']);
    // The boosted news of this week comes first on the first page; the seed's boosts of three to five
    // weeks ago (their boost dates still ahead) ended 14 days after publishing and wait in their place.
    const lifted = first.items.filter(item => (first.lifted || []).indexOf(newsKey(item)) >= 0);
    expect(lifted.map(item => item.title)).toEqual(['Ny riktlinje för distansarbete gäller från 1 januari']);
    expect(first.items[0]).toBe(lifted[0]);
    expect(first.items.length).toBe(5);
    expect([second.items.length, third.items.length]).toEqual([5, 5]);
    expectFeedOrder(first.items.concat(second.items, third.items));
    expect(first.total).toBeGreaterThan(15);
  });

  it('gives the same feed as the naive baseline, at a fraction of the requests', async () => {
    const services = servicesFor('erik');
    const user = await services.userContext.getCurrentUser();
    const query = { sitePaths: ['/sites/eksjo', '/sites/gemensamt'], audienceGroupIds: user.groupIds, pageSize: 20 };
    await services.tenantConfig.getConfig();
    await tenant.clearRequests();
    const fast = await services.news.getNews(query);
    const fastRequests = (await tenant.requests()).length;
    await tenant.clearRequests();
    const naive = await naiveNews.wire(services.connection, services.options).news.getNews(query);
    const naiveRequests = (await tenant.requests()).length;

    expect(fast.items.map(i => pageKey(i.url))).toEqual(naive.items.map(i => pageKey(i.url)));
    expect(fast.items.map(i => i.title)).toEqual(naive.items.map(i => i.title));
    expect(fastRequests).toBe(1);
    expect(naiveRequests).toBeGreaterThanOrEqual(2);
  });

  it('reads the feed from a tenant that refuses several search requests in one body, as Graph v1.0 does', async () => {
    const services = servicesFor('anna');
    const user = await services.userContext.getCurrentUser();
    const everySite = await sourcesOf(services);
    // The tenant takes one searchRequest per body: two in one body are refused.
    const twoInOne = await fetch(`${tenant.url}/v1.0/search/query`, {
      method: 'POST',
      headers: { Authorization: 'Bearer anna', 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: [
        { entityTypes: ['listItem'], query: { queryString: 'PromotedState:2' }, size: 1 },
        { entityTypes: ['listItem'], query: { queryString: 'PromotedState:2 SamverkaBoostUntilOWSDATE>=2026-11-28' }, size: 1 }
      ] })
    });
    expect(twoInOne.status).toBe(400);
    expect(((await twoInOne.json()) as { error: { code: string } }).error.code).toBe('BadRequest');

    // A user in very many groups needs the KQL split: feed, boost and splits all pass, each alone in its body.
    const manyGroups = user.groupIds.concat(Array.from({ length: 120 }, (_, i) => `99999999-0000-4000-8000-${String(i).padStart(12, '0')}`));
    await tenant.clearRequests();
    const page = await services.news.getNews({ sitePaths: everySite, audienceGroupIds: manyGroups, pageSize: 10 });
    const log = await tenant.requests();
    expect(page.failures).toEqual([]);
    expect(page.items.length).toBe(10);
    expect(log.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /v1.0/$batch 200']);
    const inner = log[0].inner!;
    expect(inner.length).toBeGreaterThan(2);
    inner.forEach(r => expect(`${r.method} ${r.path} ${r.status}`).toBe('POST /v1.0/search/query 200'));
    // The same feed as with the user's own groups (the extra ids target nothing).
    const plain = await services.news.getNews({ sitePaths: everySite, audienceGroupIds: user.groupIds, pageSize: 10 });
    expect(page.items.map(i => pageKey(i.url))).toEqual(plain.items.map(i => pageKey(i.url)));
  });
});
