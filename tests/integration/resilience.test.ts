import * as naiveNews from '../../bench/naiveNews';
import { localPage, LocalPage } from '../support/localPage';
import type { BaseOptions as ServiceOptions } from '../../src/wiring/base';
import type { NewsSettings } from '../../src/wiring/news';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * Throttling and failures from the local tenant's fault injection: retries honour
 * Retry-After (also inside a Graph batch, for the throttled request alone), and a failing
 * source is reported while the rest renders.
 */
jest.setTimeout(120000);

const NOW = new Date('2026-11-28T12:00:00Z');
const EKSJO_AND_SHARED = ['/sites/eksjo', '/sites/gemensamt'];
let tenant: LocalTenant;

beforeAll(async () => {
  tenant = await startLocalTenant();
});

afterAll(async () => {
  if (tenant) {
    await tenant.stop();
  }
});

beforeEach(async () => {
  await tenant.clearFaults();
  await tenant.clearRequests();
});

async function ready(token: string, options: ServiceOptions = {}, settings: NewsSettings = {}): Promise<{ services: LocalPage; groupIds: string[] }> {
  const services = localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage(), now: () => NOW, ...options }, settings);
  await services.tenantConfig.getConfig();
  const { groupIds } = await services.userContext.getCurrentUser();
  await tenant.clearRequests();
  return { services, groupIds };
}

describe('throttling', () => {
  it('retries the first page\'s throttled search alone (feed and boosted news are two inner requests of one batch) after its Retry-After', async () => {
    const { services, groupIds } = await ready('anna');
    await tenant.addFaults([{ pattern: '/search/query', status: 429, retryAfter: 1, times: 1 }]);
    const started = Date.now();
    const page = await services.news.getNews({ sitePaths: EKSJO_AND_SHARED, audienceGroupIds: groupIds, pageSize: 10 });
    const elapsed = Date.now() - started;

    expect(page.failures).toEqual([]);
    expect(page.items).toHaveLength(10);
    const log = await tenant.requests();
    expect(log.map(r => `${r.path} ${r.status}`)).toEqual(['/v1.0/$batch 200', '/v1.0/$batch 200']);
    expect(log.map(r => r.inner!.map(i => `${i.path} ${i.status}`))).toEqual([
      ['/v1.0/search/query 429', '/v1.0/search/query 200'],
      ['/v1.0/search/query 200']
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
  });

  it('retries a throttled direct search after its Retry-After', async () => {
    const { services, groupIds } = await ready('anna');
    const query = { sitePaths: EKSJO_AND_SHARED, audienceGroupIds: groupIds, pageSize: 10 };
    const first = await services.news.getNews(query);
    await tenant.addFaults([{ pattern: '^/v1\\.0/search/query', status: 429, retryAfter: 1, times: 1 }]);
    await tenant.clearRequests();
    const second = await services.news.getNews({ ...query, cursor: first.nextCursor });

    expect(second.failures).toEqual([]);
    expect(second.items).toHaveLength(10);
    expect((await tenant.requests()).map(r => `${r.path} ${r.status}`)).toEqual(['/v1.0/search/query 429', '/v1.0/search/query 200']);
  });

  it('retries only the throttled request of the user context batch', async () => {
    await tenant.addFaults([{ pattern: 'transitiveMemberOf', status: 429, retryAfter: 1, times: 1 }]);
    const services = localPage({ kind: 'local', baseUrl: tenant.url, token: 'erik' }, { storage: new MemoryStorage() });
    const user = await services.userContext.getCurrentUser();

    expect(user.groupIds.length).toBeGreaterThan(3);
    const log = await tenant.requests();
    expect(log.map(r => r.inner!.map(i => `${i.path.split('?')[0]} ${i.status}`))).toEqual([
      ['/v1.0/me 200', '/v1.0/me/transitiveMemberOf/microsoft.graph.group 429'],
      ['/v1.0/me/transitiveMemberOf/microsoft.graph.group 200']
    ]);
  });

  it('gives up after a bounded number of attempts and reports the sources as unavailable, without throwing', async () => {
    const { services, groupIds } = await ready('anna', { retry: { baseDelayMs: 10 } });
    await tenant.addFaults([{ pattern: '/search/query', status: 503 }]);
    const page = await services.news.getNews({ sitePaths: EKSJO_AND_SHARED, audienceGroupIds: groupIds, pageSize: 10 });

    expect(page.items).toEqual([]);
    expect(page.failures).toEqual([{ sitePath: '/sites/eksjo', code: 'unavailable' }, { sitePath: '/sites/gemensamt', code: 'unavailable' }]);
    expect((await tenant.requests()).length).toBe(services.retryPolicy.maxAttempts);
  });
});

describe('failing sources', () => {
  it('reports a failing site of the baseline while the other sites render', async () => {
    const { services, groupIds } = await ready('maria', { retry: { baseDelayMs: 10 } });
    await tenant.addFaults([{ pattern: '^/sites/savsjo/_api/', status: 503 }]);
    const page = await naiveNews.wire(services.connection, services.options).news.getNews({
      sitePaths: ['/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt'], audienceGroupIds: groupIds, pageSize: 30
    });

    expect(page.failures).toEqual([{ sitePath: '/sites/savsjo', code: 'unavailable' }]);
    const sites = new Set(page.items.map(i => i.sitePath));
    expect(sites.has('/sites/vetlanda')).toBe(true);
    expect(sites.has('/sites/savsjo')).toBe(false);
  });

  it('reports a site the user may not read as forbidden in the baseline', async () => {
    const { services, groupIds } = await ready('anna');
    const page = await naiveNews.wire(services.connection, services.options).news.getNews({ sitePaths: ['/sites/vetlanda', '/sites/eksjo'], audienceGroupIds: groupIds, pageSize: 5 });
    expect(page.failures).toEqual([{ sitePath: '/sites/vetlanda', code: 'forbidden' }]);
    expect(page.items).toHaveLength(5);
  });

  it('sends a split query in one batch, one search per inner request; when one fails, every source says so and a retry renders', async () => {
    // A short KQL limit splits erik's groups over several searches, each alone in its body, all in one batch.
    const { services, groupIds } = await ready('erik', {}, { maxQueryLength: 300 });
    await tenant.addFaults([{ pattern: '/search/query', status: 500, times: 1 }]);
    const query = { sitePaths: EKSJO_AND_SHARED, audienceGroupIds: groupIds, pageSize: 10 };
    const failed = await services.news.getNews(query);

    const failedLog = await tenant.requests();
    expect(failedLog.map(r => `${r.path} ${r.status}`)).toEqual(['/v1.0/$batch 200']);
    expect(failedLog[0].inner!.map(i => i.status)).toEqual([500, ...failedLog[0].inner!.slice(1).map(() => 200)]);
    expect(failedLog[0].inner!.length).toBeGreaterThan(2);
    expect(failed.items).toEqual([]);
    expect(failed.failures).toEqual([{ sitePath: '/sites/eksjo', code: 'unknown' }, { sitePath: '/sites/gemensamt', code: 'unknown' }]);

    await tenant.clearRequests();
    const again = await services.news.getNews(query);
    const log = await tenant.requests();
    expect(log.map(r => `${r.path} ${r.status}`)).toEqual(['/v1.0/$batch 200']);
    expect(log[0].inner!.every(i => i.path === '/v1.0/search/query' && i.status === 200)).toBe(true);
    expect(again.failures).toEqual([]);
    expect(again.items).toHaveLength(10);
    // Targeted news came from the split searches, untargeted from the first: both are there.
    expect(again.items.some(item => item.audienceIds.length > 0)).toBe(true);
    expect(again.items.some(item => item.audienceIds.length === 0)).toBe(true);
  });

  it('reports a malformed answer as a failure instead of throwing', async () => {
    const { services, groupIds } = await ready('anna');
    const query = { sitePaths: EKSJO_AND_SHARED, audienceGroupIds: groupIds, pageSize: 10 };
    const first = await services.news.getNews(query);
    await tenant.addFaults([{ pattern: '/search/query', malformed: true, times: 1 }]);
    const page = await services.news.getNews({ ...query, cursor: first.nextCursor });
    expect(page.items).toEqual([]);
    expect(page.failures.map(f => f.code)).toEqual(['unknown', 'unknown']);
    expect(page.nextCursor).toBe(first.nextCursor);
  });
});
