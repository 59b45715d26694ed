import { createFakeFetch, json, RecordedRequest } from '../../tests/support/fakeFetch';
import type { CurrentUser, ITenantConfigService } from '../core/ports';
import { createGraph } from './connection';
import { DashboardService } from './dashboardService';
import { GraphBatchCoalescer } from './graphBatchCoalescer';
import { defaultRetryPolicy } from './retry';
import { MemoryStorage, SessionCache } from './sessionCache';

const connection = { kind: 'local' as const, baseUrl: 'http://tenant.test', token: 'anna' };
const policy = defaultRetryPolicy({ sleep: async () => undefined, random: () => 0 });
const tenantConfig: ITenantConfigService = {
  getConfig: () => Promise.resolve({
    municipalities: [{ id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: 'r', allStaff: 'a', managers: 'm' } }],
    sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
  })
};
const NOW = new Date('2026-11-30T07:00:00Z');
/** A shared site without a guide list (the section says nothing). */
const noGuides = (): Promise<null> => Promise.resolve(null);
/** A page where no one has asked for the user yet. */
const nobodyYet = { peek: () => undefined };

type Inner = { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown };

/** A Graph $batch endpoint answering each inner request by its id. */
function batch(answers: Record<string, { status: number; body?: unknown }>) {
  return (request: RecordedRequest) => json({
    responses: (request.body as { requests: Inner[] }).requests.map(r => ({ id: r.id, status: answers[r.id] ? answers[r.id].status : 500, headers: {}, body: answers[r.id] ? answers[r.id].body : {} }))
  });
}

function service(fetch: ReturnType<typeof createFakeFetch>, userMail?: string): DashboardService {
  return new DashboardService({
    graph: createGraph(connection, policy, fetch.fetch), tenantUrl: 'http://tenant.test', tenantConfig, policy, guides: noGuides,
    cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userMail, userContext: nobodyYet, now: () => NOW
  });
}

const searchHits = (hits: unknown[]): unknown => ({ value: [{ hitsContainers: [{ hits, total: hits.length, moreResultsAvailable: false }] }] });

describe('DashboardService', () => {
  it('asks for everything of the first render in one batch, in Swedish time, and maps each answer', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, batch({
      profile: { status: 200, body: { id: 'u1', displayName: 'Anna Lindqvist', mail: 'anna@eksjo.se', department: 'Socialförvaltningen' } },
      groups: { status: 200, body: { value: [{ id: 'G1', displayName: 'Eksjö – Hemtjänst Norr' }] } },
      calendar: { status: 200, body: { value: [{ id: 'e1', subject: 'Möte', start: { dateTime: '2026-11-30T09:00:00.0000000' }, end: { dateTime: '2026-11-30T10:00:00.0000000' }, isAllDay: false, onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/x' }, location: { displayName: 'Rum 1' } }] } },
      settings: { status: 404, body: { error: { code: 'Request_ResourceNotFound' } } },
      documents: { status: 200, body: searchHits([{ resource: { id: 'd1', name: 'Plan.xlsx', webUrl: 'http://tenant.test/sites/eksjo/Delade%20dokument/Soc/Plan.xlsx', lastModifiedDateTime: '2026-11-29T10:00:00Z', lastModifiedBy: { user: { displayName: 'Erik' } }, parentReference: { driveId: 'b!1', sharepointIds: { listId: 'l1', siteUrl: 'http://tenant.test/sites/eksjo' } } } }]) }
    }));
    // (Att läsa, which needs the user's groups before it can ask, has tests of its own below.)
    const data = await service(fake, 'anna@eksjo.se').load({ calendarDays: 2, documentCount: 5, guideCount: 5, now: NOW, include: { toRead: false } });
    expect(fake.requests).toHaveLength(1);
    const inner = (fake.requests[0].body as { requests: Inner[] }).requests;
    // The guides come from their list on the shared site (dashboardGuides.ts), not from this batch.
    expect(inner.map(r => r.id)).toEqual(['profile', 'groups', 'calendar', 'settings', 'documents']);
    const calendar = inner.find(r => r.id === 'calendar')!;
    expect(calendar.url).toContain('startDateTime=2026-11-29T23:00:00Z&endDateTime=2026-12-01T23:00:00Z');
    expect(calendar.headers).toEqual({ Prefer: 'outlook.timezone="W. Europe Standard Time"' });
    const documents = inner.find(r => r.id === 'documents')!.body as { requests: Array<{ entityTypes: string[]; fields?: string[] }> };
    expect(JSON.stringify(documents)).toContain('SharedWithUsersOWSUSER:\\"anna@eksjo.se\\"');
    // A driveItem search asks no managed properties: Graph returns them for listItem only.
    expect(documents.requests).toHaveLength(1);
    expect(documents.requests[0].entityTypes).toEqual(['driveItem']);
    expect(documents.requests[0].fields).toBeUndefined();

    expect(data.profile).toEqual({ ok: true, value: expect.objectContaining({ displayName: 'Anna Lindqvist', groups: [{ id: 'g1', displayName: 'Eksjö – Hemtjänst Norr' }] }) });
    expect(data.calendar).toEqual({ ok: true, value: [expect.objectContaining({ start: '2026-11-30T09:00', end: '2026-11-30T10:00', joinUrl: 'https://teams.microsoft.com/l/x', location: 'Rum 1' })] });
    expect(data.documents).toEqual({ ok: true, value: [expect.objectContaining({ fileType: 'excel', folder: 'Delade dokument › Soc', modifiedBy: 'Erik', siteTitle: 'Eksjö kommun', siteUrl: 'http://tenant.test/sites/eksjo' })] });
    expect(data.settings).toEqual({ ok: true, value: { links: [], pinnedGuideIds: [], municipalityId: undefined } });
    expect(data.guides).toBeNull();
  });

  it('takes the profile and groups from a load of the user context under way on the page, not again in its batch', async () => {
    let answerUser: (user: CurrentUser) => void = () => undefined;
    // Targeted news (or the hub's header) is loading the user as the dashboard starts.
    const userLoad = new Promise<CurrentUser>(resolve => { answerUser = resolve; });
    const fake = createFakeFetch().on('POST', /\$batch$/, batch({
      calendar: { status: 200, body: { value: [] } }, settings: { status: 404 }, documents: { status: 200, body: searchHits([]) },
      mustRead0: { status: 200, body: searchHits([]) }
    }));
    const dashboard = new DashboardService({
      graph: createGraph(connection, policy, fake.fetch), tenantUrl: 'http://tenant.test', tenantConfig, policy, guides: noGuides,
      cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userContext: { peek: () => userLoad }, now: () => NOW
    });
    const loading = dashboard.load({ calendarDays: 1, documentCount: 5, guideCount: 5, now: NOW });
    await new Promise(resolve => setTimeout(resolve, 0));
    expect(fake.requests).toHaveLength(0);
    answerUser({ id: 'u1', displayName: 'Anna Lindqvist', mail: 'anna@eksjo.se', department: 'Socialförvaltningen', groupIds: ['G1'] });
    await userLoad;
    const data = await loading;
    expect(fake.requests).toHaveLength(1);
    // Att läsa's search too, now that the user's groups are known: in the same batch.
    expect((fake.requests[0].body as { requests: Inner[] }).requests.map(r => r.id)).toEqual(['calendar', 'settings', 'mustRead0', 'documents']);
    expect(data.toRead).toEqual({ ok: true, value: [] });
    expect(JSON.stringify(fake.requests[0].body)).toContain('SharedWithUsersOWSUSER:\\"anna@eksjo.se\\"');
    expect(data.profile).toEqual({ ok: true, value: expect.objectContaining({ displayName: 'Anna Lindqvist', department: 'Socialförvaltningen', groups: [{ id: 'g1', displayName: '' }] }) });
  });

  it('turns a 403 of one request into that section\'s failure only', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, batch({
      profile: { status: 200, body: { id: 'u1', displayName: 'A', mail: 'a@x.se' } },
      groups: { status: 200, body: { value: [] } },
      calendar: { status: 403, body: { error: { code: 'ErrorAccessDenied' } } },
      settings: { status: 200, body: { settings: '{"links":[{"title":"L","url":"https://l.example"}]}' } },
      documents: { status: 200, body: searchHits([]) }
    }));
    const data = await service(fake, 'a@x.se').load({ calendarDays: 1, documentCount: 5, guideCount: 5, now: NOW });
    expect(data.calendar).toEqual({ ok: false, code: 'forbidden' });
    expect(data.documents).toEqual({ ok: true, value: [] });
    expect(data.settings.ok && data.settings.value.links).toEqual([{ title: 'L', url: 'https://l.example' }]);
  });

  it('reads the guides from the guide list of the shared site, beside the batch, whatever becomes of Graph', async () => {
    const guide = { id: 'g1', title: 'Lönerevision', url: 'http://tenant.test/sites/gemensamt/Lists/Guider/DispForm.aspx?ID=1', municipalities: ['alla'] };
    const guides = jest.fn().mockResolvedValue({ ok: true, value: [guide] });
    const fake = createFakeFetch().on('POST', /\$batch$/, () => json({ error: { code: 'Authorization_RequestDenied' } }, 403));
    const dashboard = new DashboardService({
      graph: createGraph(connection, policy, fake.fetch), tenantUrl: 'http://tenant.test', tenantConfig, policy, guides,
      cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userMail: 'anna@eksjo.se', userContext: nobodyYet, now: () => NOW
    });
    const data = await dashboard.load({ calendarDays: 1, documentCount: 5, guideCount: 5, now: NOW });
    expect(guides).toHaveBeenCalledTimes(1);
    expect(guides).toHaveBeenCalledWith('/sites/gemensamt');
    expect(data.calendar).toEqual({ ok: false, code: 'forbidden' });
    expect(data.guides).toEqual({ ok: true, value: [guide] });
    // No search for guides in the batch.
    const inner = (fake.requests[0].body as { requests: Inner[] }).requests;
    expect(inner.filter(r => r.url === '/search/query').map(r => JSON.stringify(r.body))).toEqual([expect.stringContaining('driveItem')]);

    guides.mockClear();
    const without = await dashboard.load({ calendarDays: 1, documentCount: 5, guideCount: 5, now: NOW, include: { guides: false } });
    expect(guides).not.toHaveBeenCalled();
    expect(without.guides).toBeNull();
  });

  it('creates the settings extension on the first save and patches it after', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, (request: RecordedRequest) => {
      const inner = (request.body as { requests: Inner[] }).requests;
      if (inner[0].id === 'save') {
        return json({ responses: [{ id: 'save', status: inner[0].method === 'POST' ? 201 : 204, headers: {}, body: {} }] });
      }
      return batch({ profile: { status: 200, body: { id: 'u', mail: 'a@x.se' } }, settings: { status: 404 } })(request);
    });
    const dashboard = service(fake, 'a@x.se');
    await dashboard.load({ calendarDays: 1, documentCount: 1, guideCount: 1, now: NOW });
    await dashboard.saveSettings({ links: [], municipalityId: 'vetlanda', pinnedGuideIds: [] });
    await dashboard.saveSettings({ links: [], municipalityId: 'savsjo', pinnedGuideIds: [] });
    const saves = fake.requests.map(r => (r.body as { requests: Inner[] }).requests[0]).filter(r => r.id === 'save');
    expect(saves.map(r => [r.method, r.url])).toEqual([['POST', '/me/extensions'], ['PATCH', '/me/extensions/se.samverka.dashboard']]);
    expect(saves[0].body).toEqual({ '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: 'se.samverka.dashboard', settings: '{"links":[],"municipalityId":"vetlanda","pinnedGuideIds":[]}', version: 1 });
  });
  it('sends the news search in the first render\'s batch when both are asked at the same moment', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, (request: RecordedRequest) => json({
      responses: (request.body as { requests: Inner[] }).requests.map(r => ({
        id: r.id, status: 200, headers: {},
        body: /search/.test(r.url) ? searchHits([]) : r.url.startsWith('/me?') ? { id: 'u1', displayName: 'Anna', mail: 'anna@eksjo.se' } : { value: [] }
      }))
    }));
    const shared = createGraph(connection, policy, fake.fetch);
    const dashboard = new DashboardService({
      graph: shared, tenantUrl: 'http://tenant.test', tenantConfig, policy, guides: noGuides,
      cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userMail: 'anna@eksjo.se', userContext: nobodyYet, now: () => NOW,
      batch: new GraphBatchCoalescer(shared, policy)
    });
    const [data, news] = await Promise.all([
      dashboard.load({ calendarDays: 2, documentCount: 5, guideCount: 5, now: NOW, include: { toRead: false } }),
      dashboard.getNews({ sitePaths: ['/sites/eksjo'], audienceGroupIds: ['g1'], count: 5 })
    ]);
    expect(data.calendar.ok).toBe(true);
    expect(news).toEqual({ ok: true, value: [] });
    // One round trip: the news beside profile, groups, calendar, settings and documents.
    expect(fake.requests).toHaveLength(1);
    const inner = (fake.requests[0].body as { requests: Inner[] }).requests;
    expect(inner.filter(r => r.url === '/search/query')).toHaveLength(2);
    expect(inner.some(r => /calendarView/.test(r.url))).toBe(true);
  });

  it('reads the news of a user in very many groups from several searches in one batch, each page once, newest first', async () => {
    const news = (name: string, day: number): unknown => ({
      resource: { fields: { Title: name, Path: `http://tenant.test/sites/eksjo/SitePages/${name}.aspx`, FirstPublishedDate: `2026-11-${day}T08:00:00Z`, PromotedState: 2 } }
    });
    const answers: Record<string, unknown[]> = { 'search-0': [news('a', 20), news('c', 10)], 'search-1': [news('b', 25), news('a', 20)] };
    const fake = createFakeFetch().on('POST', /\$batch$/, (request: RecordedRequest) => json({
      responses: (request.body as { requests: Inner[] }).requests.map(r => ({ id: r.id, status: 200, headers: {}, body: searchHits(answers[r.id] || []) }))
    }));
    const dashboard = new DashboardService({
      graph: createGraph(connection, policy, fake.fetch), tenantUrl: 'http://tenant.test', tenantConfig, policy, guides: noGuides,
      cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userContext: nobodyYet, now: () => NOW
    });
    const groups = Array.from({ length: 120 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const result = await dashboard.getNews({ sitePaths: ['/sites/eksjo'], audienceGroupIds: groups, count: 5 });
    expect(fake.requests).toHaveLength(1);
    const inner = (fake.requests[0].body as { requests: Inner[] }).requests;
    expect(inner.length).toBeGreaterThan(1);
    expect(inner.every(r => r.url === '/search/query' && /ModernAudienceAadObjectIds/.test(JSON.stringify(r.body)))).toBe(true);
    expect(result.ok && result.value.map(i => i.title)).toEqual(['b', 'a', 'c']);
  });

  it('asks for the news of the förvaltning and unit only, not expired before the day of its own clock', async () => {
    const fake = createFakeFetch().on('POST', /search\/query$/, json({ value: [{ hitsContainers: [{ hits: [], total: 0, moreResultsAvailable: false }] }] }));
    const dashboard = new DashboardService({
      graph: createGraph(connection, policy, fake.fetch), tenantUrl: 'http://tenant.test', tenantConfig, policy, guides: noGuides,
      cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userContext: nobodyYet, now: () => new Date('2027-03-15T10:00:00Z')
    });
    expect(await dashboard.getNews({ sitePaths: ['/sites/eksjo', '/sites/gemensamt/'], audienceGroupIds: ['G1', 'g2'], count: 5 })).toEqual({ ok: true, value: [] });
    const query = (fake.requests[0].body as { requests: Array<{ query: { queryString: string } }> }).requests[0].query.queryString;
    expect(query).toBe('PromotedState:2 AND (Path:"http://tenant.test/sites/eksjo" OR Path:"http://tenant.test/sites/gemensamt") AND NOT SamverkaExpiresOWSDATE<2027-03-15 AND (ModernAudienceAadObjectIds:g1 OR ModernAudienceAadObjectIds:g2)');
  });

  describe('Att läsa', () => {
    const SITE = '11111111-1111-1111-1111-111111111111';
    const hit = (name: string, fields: Record<string, unknown>): unknown => ({
      resource: { fields: { Title: name, Path: `http://tenant.test/sites/eksjo/SitePages/${name}.aspx`, FirstPublishedDate: '2026-11-20T08:00:00Z', PromotedState: 2, SiteId: SITE, ...fields } }
    });
    const unique = (n: number): string => `aaaaaaaa-aaaa-aaaa-aaaa-${String(n).padStart(12, '0')}`;
    const hits = [
      hit('Rutin', { SamverkaMustReadOWSBOOL: '1', SamverkaReadByOWSDATE: '2026-12-03T23:00:00Z', UniqueId: unique(1) }),
      hit('Försenad rutin', { SamverkaMustReadOWSBOOL: '1', SamverkaReadByOWSDATE: '2026-11-24T23:00:00Z', UniqueId: unique(2) }),
      hit('Redan läst', { SamverkaMustReadOWSBOOL: '1', UniqueId: unique(3) }),
      hit('<img src=x onerror=alert(1)>', { SamverkaMustReadOWSBOOL: '1', UniqueId: unique(4), ModernAudienceAadObjectIds: ['someone-else'] })
    ];

    function withUser(confirmations: { myConfirmations: jest.Mock; readMineAhead?: jest.Mock }) {
      const anna: CurrentUser = { id: 'u1', displayName: 'Anna', mail: 'anna@eksjo.se', groupIds: ['a', 'G1'] };
      const fake = createFakeFetch().on('POST', /\$batch$/, batch({
        calendar: { status: 200, body: { value: [] } }, settings: { status: 404 },
        documents: { status: 200, body: searchHits([]) }, mustRead0: { status: 200, body: searchHits(hits) }
      }));
      const dashboard = new DashboardService({
        graph: createGraph(connection, policy, fake.fetch), tenantUrl: 'http://tenant.test', tenantConfig, policy, guides: noGuides,
        cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userMail: 'anna@eksjo.se', userContext: { peek: () => anna }, now: () => NOW,
        confirmations: { confirm: jest.fn(), confirmationsFor: jest.fn(), readMineAhead: jest.fn(), ...confirmations }
      });
      return { fake, dashboard };
    }

    it('asks the must-read query of the user\'s hubs and the shared site in the first batch, then their confirmations once', async () => {
      const myConfirmations = jest.fn().mockResolvedValue({ [`${SITE}/${unique(3)}`]: '2026-11-29T10:00:00Z' });
      let batchesWhenAhead = -1;
      const sent: { fake?: { requests: unknown[] } } = {};
      const readMineAhead = jest.fn(() => { batchesWhenAhead = sent.fake ? sent.fake.requests.length : -2; });
      const { fake, dashboard } = withUser({ myConfirmations, readMineAhead });
      sent.fake = fake;
      const data = await dashboard.load({ calendarDays: 1, documentCount: 5, guideCount: 5, now: NOW });
      // The confirmations are read beside the batch, not one step after it.
      expect(readMineAhead).toHaveBeenCalledTimes(1);
      expect(batchesWhenAhead).toBe(0);
      expect(fake.requests).toHaveLength(1);
      const inner = (fake.requests[0].body as { requests: Inner[] }).requests;
      // Documents and must-read: with the förvaltning's news, 3 searchRequests for the page.
      expect(inner.filter(r => r.url === '/search/query')).toHaveLength(2);
      const query = JSON.stringify(inner.find(r => r.id === 'mustRead0')!.body);
      expect(query).toContain('SamverkaMustReadOWSBOOL:1');
      expect(query).toContain('Path:\\"http://tenant.test/sites/eksjo\\" OR Path:\\"http://tenant.test/sites/gemensamt\\"');
      expect(myConfirmations).toHaveBeenCalledTimes(1);
      expect(myConfirmations.mock.calls[0][0]).toEqual([1, 2, 3].map(n => `${SITE}/${unique(n)}`));
      // Confirmed and not-for-her items are left out; the earliest day first.
      expect(data.toRead.ok && data.toRead.value.map(i => i.title)).toEqual(['Försenad rutin', 'Rutin']);
    });

    it('reads on past a full window of must-read hits instead of cutting the list and its count', async () => {
      const anna: CurrentUser = { id: 'u1', displayName: 'Anna', mail: 'anna@eksjo.se', groupIds: ['a'] };
      // 501 must-read items: the first window holds 500 (Graph's most), the second the oldest, unread one.
      const all = Array.from({ length: 501 }, (_, n) => hit(`Rutin ${n}`, { SamverkaMustReadOWSBOOL: '1', UniqueId: unique(100 + n), FirstPublishedDate: new Date(Date.UTC(2026, 10, 29) - n * 3600000).toISOString() }));
      const windows: Array<{ from: number; size: number }> = [];
      const fake = createFakeFetch().on('POST', /\$batch$/, (request: RecordedRequest) => json({
        responses: (request.body as { requests: Inner[] }).requests.map(r => {
          if (!/^mustRead/.test(r.id)) {
            return { id: r.id, status: r.id === 'settings' ? 404 : 200, headers: {}, body: r.id === 'calendar' ? { value: [] } : searchHits([]) };
          }
          const { from, size } = (r.body as { requests: Array<{ from: number; size: number }> }).requests[0];
          windows.push({ from, size });
          const page = all.slice(from, from + size);
          return { id: r.id, status: 200, headers: {}, body: { value: [{ hitsContainers: [{ hits: page, total: all.length, moreResultsAvailable: from + page.length < all.length }] }] } };
        })
      }));
      // Everything but the oldest and the newest confirmed.
      const confirmed: Record<string, string> = {};
      all.slice(1, 500).forEach((_, n) => { confirmed[`${SITE}/${unique(101 + n)}`] = '2026-11-29T10:00:00Z'; });
      const myConfirmations = jest.fn().mockResolvedValue(confirmed);
      const dashboard = new DashboardService({
        graph: createGraph(connection, policy, fake.fetch), tenantUrl: 'http://tenant.test', tenantConfig, policy, guides: noGuides,
        cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userMail: 'anna@eksjo.se', userContext: { peek: () => anna }, now: () => NOW,
        confirmations: { confirm: jest.fn(), confirmationsFor: jest.fn(), readMineAhead: jest.fn(), myConfirmations }
      });
      const data = await dashboard.load({ calendarDays: 1, documentCount: 5, guideCount: 5, now: NOW });
      expect(windows).toEqual([{ from: 0, size: 500 }, { from: 500, size: 500 }]);
      expect(fake.requests).toHaveLength(2);
      expect(myConfirmations.mock.calls[0][0]).toHaveLength(501);
      expect(data.toRead.ok && data.toRead.value.map(i => i.title).sort()).toEqual(['Rutin 0', 'Rutin 500']);
    });

    it('asks for no confirmations when there is nothing must-read', async () => {
      const myConfirmations = jest.fn();
      const { dashboard } = withUser({ myConfirmations });
      hits.splice(0, hits.length);
      const data = await dashboard.load({ calendarDays: 1, documentCount: 5, guideCount: 5, now: NOW });
      expect(data.toRead).toEqual({ ok: true, value: [] });
      expect(myConfirmations).not.toHaveBeenCalled();
    });
  });

  it('fails Att läsa, not the dashboard, when the confirmations cannot be read', async () => {
    const anna: CurrentUser = { id: 'u1', displayName: 'Anna', mail: 'anna@eksjo.se', groupIds: ['a'] };
    const fake = createFakeFetch().on('POST', /\$batch$/, batch({
      calendar: { status: 200, body: { value: [] } }, settings: { status: 404 }, documents: { status: 200, body: searchHits([]) },
      mustRead0: { status: 200, body: searchHits([{ resource: { fields: { Title: 'R', Path: 'http://tenant.test/sites/eksjo/SitePages/R.aspx', FirstPublishedDate: '2026-11-20T08:00:00Z', SamverkaMustReadOWSBOOL: '1', SiteId: '11111111-1111-1111-1111-111111111111', UniqueId: 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa' } } }]) }
    }));
    const forbidden = Object.assign(new Error('403'), { status: 403 });
    const dashboard = new DashboardService({
      graph: createGraph(connection, policy, fake.fetch), tenantUrl: 'http://tenant.test', tenantConfig, policy, guides: noGuides,
      cache: new SessionCache(new MemoryStorage()), ttlMs: 60000, userKey: 'k', userMail: 'anna@eksjo.se', userContext: { peek: () => anna }, now: () => NOW,
      confirmations: { confirm: jest.fn(), confirmationsFor: jest.fn(), readMineAhead: jest.fn(), myConfirmations: jest.fn().mockRejectedValue(forbidden) }
    });
    const data = await dashboard.load({ calendarDays: 1, documentCount: 5, guideCount: 5, now: NOW });
    expect(data.toRead).toEqual({ ok: false, code: 'forbidden' });
    expect(data.calendar.ok).toBe(true);
  });
});
