import type { NewsItem } from '../../src/core/news';
import { isToRead } from '../../src/core/mustRead';
import { withMustRead } from '../../src/components/news/mustReadFeed';
import * as dashboardWiring from '../../src/wiring/dashboard';
import { localPage, LocalPage } from '../support/localPage';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, LoggedRequest, startLocalTenant } from './localTenant';

/**
 * Läs och bekräfta where readers meet it besides the page: Targeted news marks the must-read news
 * a person has not confirmed and keeps it first, Min sida lists it under Att läsa; both forget it
 * once confirmed. And what that costs the first render: Targeted news' must-read fields ride on the
 * news search it already makes, so the only request added is the reader's confirmations; Min sida's
 * must-read query is one searchRequest of its own, and the confirmations ride in its SharePoint
 * `$batch` of the shared site (its guide list).
 */
jest.setTimeout(180000);

const NOW = new Date('2026-11-30T07:00:00Z');
const VETLANDA_MANAGERS = 'Chefsinformation: budgetuppföljning för november';
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

/** Targeted news' first page on the hub start page, as useNewsFeed reads it: the page, then the confirmations. */
async function feedOf(services: LocalPage, hubPath: string): Promise<NewsItem[]> {
  const [config, user] = await Promise.all([services.tenantConfig.getConfig(), services.userContext.getCurrentUser()]);
  const page = await services.news.getNews({ sitePaths: [hubPath, config.sharedSite.path], audienceGroupIds: user.groupIds, pageSize: 6 });
  expect(page.failures).toEqual([]);
  return (await withMustRead(services, page, true)).items;
}

function leading(items: NewsItem[]): NewsItem[] {
  const first: NewsItem[] = [];
  for (const item of items) {
    if (!isToRead(item)) break;
    first.push(item);
  }
  return first;
}

const searchRequestsOf = (log: LoggedRequest[]): number => log.reduce((n, r) => n + (r.path.indexOf('/search/query') >= 0 ? 1 : 0)
  + (r.inner || []).filter(i => i.path.indexOf('/search/query') >= 0).length, 0);
const isConfirmationRead = (r: { method: string; path: string }): boolean => /L%C3%A4sbekr%C3%A4ftelser|Läsbekräftelser/.test(r.path) && r.method === 'GET';
/** Reads of Läsbekräftelser, alone or inside a SharePoint $batch. */
const confirmationReadsOf = (log: LoggedRequest[]): number => log.reduce((n, r) => n + (isConfirmationRead(r) ? 1 : 0) + (r.inner || []).filter(isConfirmationRead).length, 0);

async function perToRead(): Promise<NewsItem[]> {
  const storage = new MemoryStorage();
  const services = servicesFor('per', storage);
  const user = await services.userContext.getCurrentUser();
  const data = await dashboardWiring.wire({ kind: 'local', baseUrl: tenant.url, token: 'per', userMail: user.mail }, services.options).services.dashboard
    .load({ calendarDays: 3, documentCount: 8, guideCount: 5, now: NOW });
  if (!data.toRead.ok) {
    throw new Error(`Att läsa failed: ${data.toRead.code}`);
  }
  return data.toRead.value;
}

describe('Min sida before Per confirms', () => {
  it('lists Vetlanda\'s managers\' item under Att läsa with its day', async () => {
    const toRead = await perToRead();
    const managers = toRead.filter(i => i.title === VETLANDA_MANAGERS)[0];
    expect(managers).toBeDefined();
    expect(managers.readBy).toBe('2026-12-03T23:00:00.000Z');
    // The all staff's items of Vetlanda and of Sävsjö and Vetlanda too; overdue first (its day is the earliest).
    expect(toRead.length).toBeGreaterThanOrEqual(3);
    expect(toRead.map(i => i.readBy || '~')).toEqual(toRead.map(i => i.readBy || '~').sort());
  });
});

describe('Targeted news', () => {
  it('has Vetlanda\'s managers\' item among the marked must-read items first for Per, costing one request more; after confirming it is ordinary news', async () => {
    const per = servicesFor('per');
    // The user and the configuration first (the session has them on a later render).
    await Promise.all([per.tenantConfig.getConfig(), per.userContext.getCurrentUser()]);
    await tenant.clearRequests();
    const before = await feedOf(per, '/sites/vetlanda');
    const log = await tenant.requests();

    const first = leading(before);
    const managers = first.filter(i => i.title === VETLANDA_MANAGERS)[0];
    expect(managers).toBeDefined();
    expect(managers.mustRead).toBe(true);
    expect(managers.readBy).toBe('2026-12-03T23:00:00.000Z');
    // Unconfirmed must-read items come first, in their days' order; nothing else before them.
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first.map(i => i.readBy || '~')).toEqual(first.map(i => i.readBy || '~').sort());
    expect(before.slice(first.length).some(isToRead)).toBe(false);
    // The news search is as before: one batch of two searchRequests (the feed, boosted or must-read); plus the confirmations.
    expect(searchRequestsOf(log)).toBe(2);
    expect(confirmationReadsOf(log)).toBe(1);
    expect(log.length).toBe(2);

    await per.readConfirmations!.confirm(managers.pageKey!);
    const after = await feedOf(servicesFor('per'), '/sites/vetlanda');
    expect(leading(after).map(i => i.title)).not.toContain(VETLANDA_MANAGERS);
    const again = after.filter(i => i.title === VETLANDA_MANAGERS)[0];
    // On the first page it is in its date order, not marked; older it is left to "Visa fler".
    if (again) {
      expect(isToRead(again)).toBe(false);
      expect(again.confirmedAt).toBeDefined();
    }
    expect(leading(after).length).toBe(first.length - 1);
  });

  it('shows Sara (Vetlanda, not a manager) no such item', async () => {
    const items = await feedOf(servicesFor('sara'), '/sites/vetlanda');
    expect(items.map(i => i.title)).not.toContain(VETLANDA_MANAGERS);
    expect(leading(items).length).toBeGreaterThan(0); // all staff's must-read items she has to read
  });
});

describe('Min sida after Per confirmed', () => {
  it('no longer lists the managers\' item, and lists the rest', async () => {
    const toRead = await perToRead();
    expect(toRead.map(i => i.title)).not.toContain(VETLANDA_MANAGERS);
    expect(toRead.length).toBeGreaterThanOrEqual(2);
  });
});

describe('Min sida: Att läsa', () => {
  it('lists Johan\'s must-read items with their days in one searchRequest more, its confirmations read in the guide list\'s $batch; after confirming one it is gone', async () => {
    const storage = new MemoryStorage();
    const services = servicesFor('johan', storage);
    const connection = { kind: 'local' as const, baseUrl: tenant.url, token: 'johan' };
    const [, johan] = await Promise.all([services.tenantConfig.getConfig(), services.userContext.getCurrentUser()]);
    const dashboard = dashboardWiring.wire({ ...connection, userMail: johan.mail }, services.options).services.dashboard;
    await tenant.clearRequests();
    const data = await dashboard.load({ calendarDays: 3, documentCount: 8, guideCount: 5, now: NOW });
    const log = await tenant.requests();
    expect(data.toRead.ok).toBe(true);
    const toRead = data.toRead.ok ? data.toRead.value : [];
    expect(toRead.length).toBeGreaterThan(0);
    expect(toRead.every(i => i.mustRead && !i.confirmedAt)).toBe(true);
    // Documents and Att läsa in the first Graph batch, one searchRequest each (the news of the
    // förvaltning joins that batch in the web part: 3 a page, Page Diagnostics' budget); the guide
    // list and the confirmations in one SharePoint $batch of the shared site.
    expect(log.map(r => r.path).sort()).toEqual(['/sites/gemensamt/_api/$batch', '/v1.0/$batch']);
    expect(searchRequestsOf(log)).toBe(2);
    expect(confirmationReadsOf(log)).toBe(1);
    expect(data.guides && data.guides.ok && data.guides.value.length).toBeGreaterThan(0);

    await services.readConfirmations!.confirm(toRead[0].pageKey!);
    const later = await dashboardWiring.wire({ ...connection, userMail: (await services.userContext.getCurrentUser()).mail }, servicesFor('johan').options).services.dashboard
      .load({ calendarDays: 3, documentCount: 8, guideCount: 5, now: NOW });
    expect(later.toRead.ok && later.toRead.value.map(i => i.url)).toEqual(toRead.slice(1).map(i => i.url));
  });

});
