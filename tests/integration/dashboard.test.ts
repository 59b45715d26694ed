import type { DashboardData, IDashboardService } from '../../src/core/dashboard';
import { departmentGroupIds } from '../../src/core/dashboardRules';
import { membershipsOf } from '../../src/core/membership';
import * as dashboardWiring from '../../src/wiring/dashboard';
import { localPage, LocalPage } from '../support/localPage';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, LoggedRequest, startLocalTenant } from './localTenant';

/**
 * The personal dashboard's services, through PnPjs, against the local tenant: what its first
 * render costs, a throttled request inside the batch, the calendar's 403, and the settings
 * round trip through the open extension on the user.
 */
jest.setTimeout(120000);

const NOW = new Date('2026-11-30T07:00:00Z'); // a Monday morning in Sweden
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
});

interface Rig {
  services: LocalPage;
  dashboard: IDashboardService;
}

/** Waits the retry policy asked for, in milliseconds (not waited: the test records them). */
const sleeps: number[] = [];

function rigFor(token: string, userMail?: string): Rig {
  const storage = new MemoryStorage();
  // The user's address as SharePoint's page context tells it (none: a host that does not).
  const connection = { kind: 'local' as const, baseUrl: tenant.url, token, userMail };
  const sleep = (ms: number): Promise<void> => { sleeps.push(ms); return Promise.resolve(); };
  const services = localPage(connection, { storage, now: () => NOW, retry: { sleep, baseDelayMs: 1 } });
  return { services, dashboard: dashboardWiring.wire(connection, services.options).services.dashboard };
}

/** What the web part does on its first render: configuration, the batch, then the news of the user's förvaltning and unit. */
async function firstRender(rig: Rig): Promise<{ data: DashboardData; news: Awaited<ReturnType<IDashboardService['getNews']>> }> {
  const config = await rig.services.tenantConfig.getConfig();
  const data = await rig.dashboard.load({ calendarDays: 3, documentCount: 8, guideCount: 5, now: NOW });
  if (!data.profile.ok) {
    throw new Error(`profile failed: ${data.profile.code}`);
  }
  const groups = data.profile.value.groups.map(g => g.id);
  const municipality = membershipsOf(config, { mail: data.profile.value.mail, groupIds: groups }).municipalities[0];
  const news = await rig.dashboard.getNews({
    sitePaths: [municipality.hubPath, config.sharedSite.path],
    audienceGroupIds: departmentGroupIds(config, groups),
    count: 5
  });
  return { data, news };
}

/** A raw request of a persona (GET, or POST with a JSON body): what the code under test is compared with. */
async function restJson(pathAndQuery: string, token: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${tenant.url}${pathAndQuery}`, {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined
  });
  expect(response.status).toBe(200);
  return await response.json() as Record<string, unknown>;
}

function graphRequests(log: LoggedRequest[]): LoggedRequest[] {
  return log.filter(entry => entry.path.indexOf('/v1.0/') === 0 || entry.path.indexOf('/$batch') === 0);
}

describe('the dashboard against the local tenant', () => {
  it('costs one Graph $batch and one search on the first render, and one SharePoint $batch for the guides and confirmations; shows the persona\'s own data', async () => {
    const rig = rigFor('anna', 'anna.lindqvist@eksjo.se');
    await rig.services.tenantConfig.getConfig(); // the configuration is shared with the news web part and cached
    await rig.services.userContext.getCurrentUser(); // so is the user, which the web part asks for first
    await tenant.clearRequests();
    const { data, news } = await firstRender(rig);
    const all = await tenant.requests();
    const log = graphRequests(all);
    const batches = log.filter(entry => /\$batch/.test(entry.path));
    const searches = log.filter(entry => /\/search\/query/.test(entry.path));
    expect(batches).toHaveLength(1);
    expect(searches).toHaveLength(1);
    expect(log).toHaveLength(2);
    expect(batches[0].inner!.length).toBeLessThanOrEqual(20);
    // The user from the session; documents and Att läsa's must-read news in the batch (the web part
    // sends the news search in it too, 3 searchRequests; here it follows on its own).
    expect(batches[0].inner!.map(r => r.path.replace(/\?.*$/, '')).sort()).toEqual(
      ['/v1.0/me/calendarView', '/v1.0/me/extensions/se.samverka.dashboard', '/v1.0/search/query', '/v1.0/search/query'].sort()
    );
    // The guide list and Anna's confirmations: both on the shared site, one $batch.
    const sharePoint = all.filter(entry => entry.path.indexOf('/_api/') >= 0);
    expect(sharePoint.map(entry => entry.path)).toEqual(['/sites/gemensamt/_api/$batch']);
    expect(sharePoint[0].inner!.map(r => decodeURIComponent(r.path).replace(/\?.*$/, '')).sort()).toEqual(
      ["/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items", "/sites/gemensamt/_api/web/lists/getByTitle('Läsbekräftelser')/items"]
    );
    expect(data.toRead.ok && data.toRead.value.length).toBeGreaterThan(0); // Eksjö's all staff have an overdue one

    expect(data.profile.ok && data.profile.value.displayName).toBe('Anna Lindqvist');
    expect(data.profile.ok && data.profile.value.department).toBe('Socialförvaltningen');
    // Calendar: Monday 30 November and the two days after, in Swedish time.
    expect(data.calendar.ok).toBe(true);
    const events = data.calendar.ok ? data.calendar.value : [];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every(e => e.start >= '2026-11-30T00:00' && e.start < '2026-12-03T00:00')).toBe(true);
    expect(events.some(e => e.joinUrl && /^https:\/\/teams\.microsoft\.com\//.test(e.joinUrl))).toBe(true);
    // Documents: newest first, each by, changed by or shared with Anna.
    expect(data.documents.ok).toBe(true);
    const documents = data.documents.ok ? data.documents.value : [];
    expect(documents).toHaveLength(8);
    for (let i = 1; i < documents.length; i++) {
      expect(documents[i - 1].modifiedAt >= documents[i].modifiedAt).toBe(true);
    }
    // Read from driveItem properties (no managed-property fields): the site, its title and the editor are still there.
    expect(documents.every(d => ['word', 'excel', 'powerpoint', 'pdf'].indexOf(d.fileType) >= 0 && !!d.siteTitle && !!d.siteUrl && !!d.modifiedBy && !!d.folder)).toBe(true);
    // Guides: the shared site's guide list, every published guide of it (207 in the seed, past the
    // 100 hits search gave), no drafts.
    expect(data.guides && data.guides.ok).toBe(true);
    const guides = data.guides && data.guides.ok ? data.guides.value : [];
    expect(guides.length).toBeGreaterThan(100);
    expect(guides.every(g => /\/sites\/gemensamt\/Lists\/Guider\/DispForm\.aspx\?ID=\d+$/i.test(g.url) && /^[0-9a-f-]{36}$/.test(g.id))).toBe(true);
    const published = await restJson(`/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items?$select=Id,SamverkaGuideStatus&$top=5000`, 'anna');
    expect(guides).toHaveLength((published.value as Array<{ SamverkaGuideStatus?: string }>).filter(g => g.SamverkaGuideStatus !== 'utkast').length);
    // The same id and link as search gave the same guide: guides pinned before stay pinned.
    const found = await restJson('/v1.0/search/query', 'anna', { requests: [{
      entityTypes: ['listItem'], query: { queryString: `Path:"${tenant.url}/sites/gemensamt/Lists/Guider" AND contentclass:STS_ListItem_GenericList` }, fields: ['UniqueId', 'Path'], size: 20
    }] });
    const hits = ((found.value as Array<{ hitsContainers: Array<{ hits: Array<{ resource: { fields: { uniqueId?: string; UniqueId?: string; path?: string; Path?: string } } }> }> }>)[0].hitsContainers[0].hits);
    expect(hits.length).toBe(20);
    for (const hit of hits) {
      const fields = hit.resource.fields;
      const id = String(fields.UniqueId || fields.uniqueId).replace(/^\{|\}$/g, '').toLowerCase();
      expect(guides.find(g => g.id === id)!.url).toBe(fields.Path || fields.path);
    }
    // No settings yet: empty, not a failure.
    expect(data.settings).toEqual({ ok: true, value: { links: [], pinnedGuideIds: [], municipalityId: undefined } });
    // News: only what is targeted to Anna's förvaltning or unit.
    expect(news.ok).toBe(true);
    const items = news.ok ? news.value : [];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every(item => item.audienceIds.length > 0 && item.url.indexOf('/sites/eksjo/') > 0)).toBe(true);
  });

  it('asks at most 3 searchRequests on the web part\'s first render, Att läsa\'s included, and Att läsa forgets what is confirmed', async () => {
    const rig = rigFor('erik', 'erik.johansson@eksjo.se');
    // As the page: the configuration and the user from the session (the hub header or Targeted news read them).
    const [config, user] = await Promise.all([rig.services.tenantConfig.getConfig(), rig.services.userContext.getCurrentUser()]);
    const hub = membershipsOf(config, user).municipalities[0].hubPath;
    const newsQuery = { sitePaths: [hub, config.sharedSite.path], audienceGroupIds: departmentGroupIds(config, user.groupIds), count: 5 };
    await tenant.clearRequests();
    // The batch and the news at the same moment, as useDashboard starts them.
    const [data, news] = await Promise.all([rig.dashboard.load({ calendarDays: 3, documentCount: 8, guideCount: 6, now: NOW }), rig.dashboard.getNews(newsQuery)]);
    const log = await tenant.requests();
    const searchRequests = log.reduce((n, r) => n + (/\/search\/query/.test(r.path) ? 1 : 0) + (r.inner || []).filter(i => /\/search\/query/.test(i.path)).length, 0);
    expect(searchRequests).toBe(3); // news, documents, must-read: Page Diagnostics' budget
    expect(log.filter(r => /\/search\/query/.test(r.path))).toHaveLength(0);
    // One Graph $batch and one SharePoint $batch of the shared site (guides and confirmations): Att läsa adds one searchRequest only.
    expect(log.map(r => r.path).sort()).toEqual(['/sites/gemensamt/_api/$batch', '/v1.0/$batch']);
    expect(news.ok && data.guides && data.guides.ok && data.documents.ok && data.calendar.ok).toBe(true);
    // Without Att läsa: the same round trips (the guide list alone), one searchRequest fewer.
    await tenant.clearRequests();
    await Promise.all([rig.dashboard.load({ calendarDays: 3, documentCount: 8, guideCount: 6, now: NOW, include: { toRead: false } }), rig.dashboard.getNews(newsQuery)]);
    const without = await tenant.requests();
    expect(without.length).toBe(log.length);
    expect(without.filter(r => r.path.indexOf('/_api/') >= 0).map(r => decodeURIComponent(r.path).replace(/\?.*$/, ''))).toEqual(["/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items"]);
    expect(searchRequests - without.reduce((n, r) => n + (r.inner || []).filter(i => /\/search\/query/.test(i.path)).length, 0)).toBe(1);

    // Att läsa: the must-read news meant for Erik and not confirmed, each with its day when it has one.
    expect(data.toRead.ok).toBe(true);
    const toRead = data.toRead.ok ? data.toRead.value : [];
    expect(toRead.length).toBeGreaterThan(0);
    const groups = new Set(user.groupIds.map(id => id.toLowerCase()));
    expect(toRead.every(item => item.mustRead && !item.confirmedAt && (item.audienceIds.length === 0 || item.audienceIds.some(id => groups.has(id.toLowerCase()))))).toBe(true);
    expect(toRead.some(item => !!item.readBy)).toBe(true);
    const withDay = toRead.filter(item => item.readBy).map(item => item.readBy!);
    expect(withDay).toEqual(withDay.slice().sort());

    // Confirmed on its page, it is gone from the next render (a new session), the others stay in their order.
    await rig.services.readConfirmations!.confirm(toRead[0].pageKey!);
    const later = await rigFor('erik', 'erik.johansson@eksjo.se').dashboard.load({ calendarDays: 1, documentCount: 1, guideCount: 1, now: NOW });
    expect(later.toRead.ok && later.toRead.value.map(item => item.url)).toEqual(toRead.slice(1).map(item => item.url));
  });

  it('retries a throttled request inside the batch alone, honouring Retry-After', async () => {
    const rig = rigFor('erik', 'erik.johansson@eksjo.se');
    await tenant.clearRequests();
    await tenant.addFaults([{ pattern: '/me/calendarView', status: 429, retryAfter: 2, times: 1 }]);
    sleeps.length = 0;
    const data = await rig.dashboard.load({ calendarDays: 2, documentCount: 5, guideCount: 5, now: NOW, include: { toRead: false } });
    expect(data.calendar.ok).toBe(true);
    expect(sleeps).toEqual([2000]); // Retry-After: 2
    const batches = (await tenant.requests()).filter(entry => /\$batch/.test(entry.path));
    expect(batches).toHaveLength(2);
    expect(batches[0].inner!.find(r => /calendarView/.test(r.path))!.status).toBe(429);
    // The second batch carries the throttled request only.
    expect(batches[1].inner!.map(r => r.path.replace(/\?.*$/, ''))).toEqual(['/v1.0/me/calendarView']);
    expect(batches[1].inner![0].status).toBe(200);
  });

  it('lets the calendar fail on its own: a 403 leaves the other sections intact', async () => {
    const rig = rigFor('sara', 'sara.nilsson@vetlanda.se');
    await tenant.addFaults([{ pattern: '/me/calendarView', status: 403 }]);
    const { data, news } = await firstRender(rig);
    expect(data.calendar).toEqual({ ok: false, code: 'forbidden' });
    expect(data.profile.ok && data.documents.ok && data.settings.ok && news.ok).toBe(true);
  });

  it('asks for the documents in a second batch only when the host does not tell the address', async () => {
    const rig = rigFor('johan');
    await tenant.clearRequests();
    const first = await rig.dashboard.load({ calendarDays: 1, documentCount: 3, guideCount: 5, now: NOW, include: { toRead: false } });
    expect(first.documents.ok).toBe(true);
    expect((await tenant.requests()).filter(entry => /\$batch/.test(entry.path))).toHaveLength(2);
    await tenant.clearRequests();
    await rig.dashboard.load({ calendarDays: 1, documentCount: 3, guideCount: 5, now: NOW, include: { toRead: false } });
    expect((await tenant.requests()).filter(entry => /\$batch/.test(entry.path))).toHaveLength(1);
  });

  it('keeps the settings in an open extension on the user, which a new session reads back', async () => {
    const rig = rigFor('maria', 'maria.berg@savsjo.se');
    await rig.dashboard.load({ calendarDays: 1, documentCount: 1, guideCount: 1, now: NOW });
    const settings = { links: [{ title: 'Lönesystemet', url: 'https://lon.example/start' }, { title: 'Kommunens webb', url: 'https://www.vetlanda.se' }], municipalityId: 'vetlanda', pinnedGuideIds: ['g1'] };
    await rig.dashboard.saveSettings(settings);
    const changed = { ...settings, links: [settings.links[1]], municipalityId: 'savsjo' };
    await rig.dashboard.saveSettings(changed);

    const again = await rigFor('maria', 'maria.berg@savsjo.se').dashboard.load({ calendarDays: 1, documentCount: 1, guideCount: 1, now: NOW });
    expect(again.settings).toEqual({ ok: true, value: changed });
    // Another person does not see them.
    const other = await rigFor('anna', 'anna.lindqvist@eksjo.se').dashboard.load({ calendarDays: 1, documentCount: 1, guideCount: 1, now: NOW });
    expect(other.settings.ok && other.settings.value.links).toEqual([]);
  });
});
