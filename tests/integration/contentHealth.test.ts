import { ContentRecord } from '../../src/core/contentHealth';
import type { IContentHealthService } from '../../src/core/contentHealthPorts';
import * as contentHealth from '../../src/wiring/contentHealth';
import * as guideEditor from '../../src/wiring/guideEditor';
import { localPage, LocalPage } from '../support/localPage';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * Content health through PnPjs against the local tenant: who gets a report, what it finds,
 * and a bulk "mark as reviewed" that SharePoint (here, the local tenant) takes.
 */
jest.setTimeout(120000);

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

function serviceFor(token: string): IContentHealthService {
  const services = localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage(), now: () => NOW });
  return contentHealth.wire(services.connection, services.options).service;
}

async function rawJson(path: string, token: string): Promise<any> {
  const response = await fetch(`${tenant.url}${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  expect(response.status).toBe(200);
  return response.json();
}

describe('content health report', () => {
  it('gives an employee no sites and no items (she may edit none)', async () => {
    const report = await serviceFor('anna').getReport();
    expect(report.sites).toEqual([]);
    expect(report.items).toEqual([]);
    expect(report.failures).toEqual([]);
  });

  it('gives Vetlanda\'s editor the pages, news and guides of the sites he may edit, most stale first', async () => {
    await tenant.clearRequests();
    const report = await serviceFor('johan').getReport();
    const log = await tenant.requests();
    expect(report.failures).toEqual([]);
    expect(report.sites.map(s => s.sitePath).sort()).toEqual(['/sites/gemensamt', '/sites/vetlanda']);
    expect(report.guidesIncluded).toBe(true);

    // Every published item of the Vetlanda hub, as SharePoint lists it.
    const raw = await rawJson("/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id&$top=5000", 'johan');
    expect(report.items.filter(i => i.record.sitePath === '/sites/vetlanda').length).toBe(raw.value.length);
    const kinds = new Set(report.items.map(i => i.record.kind));
    expect(kinds).toEqual(new Set(['page', 'news', 'guide']));

    const stale = report.items.filter(i => i.assessment.status === 'stale');
    const reasons = new Set(([] as string[]).concat(...stale.map(i => i.assessment.reasons)));
    for (const reason of ['reviewOverdue', 'unchanged', 'noOwner', 'ownerLeft']) {
      expect(reasons.has(reason)).toBe(true);
    }
    expect(report.items.some(i => i.assessment.status === 'due')).toBe(true);
    expect(report.items.some(i => i.assessment.status === 'fresh')).toBe(true);
    // Sorted: what to act on now first, then soon, then fine; within a level stale before due, and
    // among stale the longest overdue first.
    const levels = ['now', 'soon', 'fine'];
    const statuses = ['stale', 'due', 'fresh'];
    for (let i = 1; i < report.items.length; i++) {
      const [a, b] = [report.items[i - 1].assessment, report.items[i].assessment];
      expect(levels.indexOf(a.urgency)).toBeLessThanOrEqual(levels.indexOf(b.urgency));
      if (a.urgency === b.urgency) {
        expect(statuses.indexOf(a.status)).toBeLessThanOrEqual(statuses.indexOf(b.status));
        if (a.status === 'stale' && b.status === 'stale') {
          expect(a.overdueDays).toBeGreaterThanOrEqual(b.overdueDays);
        }
      }
    }
    expect(report.items.some(i => i.assessment.urgency === 'now')).toBe(true);

    // An owner who left is one whose account Graph reports disabled.
    const left = stale.find(i => i.assessment.reasons.indexOf('ownerLeft') >= 0)!;
    const user = await rawJson(`/v1.0/users/${encodeURIComponent(left.record.owner!.userPrincipalName)}?$select=accountEnabled`, 'johan');
    expect(user.accountEnabled).toBe(false);

    // Requests: permissions of four sites, one page of items per editable site and the guide list (the shared
    // site's two in one $batch), Graph batches of 20 owners.
    const owners = new Set(report.items.filter(i => i.record.owner).map(i => i.record.owner!.userPrincipalName.toLowerCase()));
    const count = (pattern: RegExp): number => log.filter(r => pattern.test(r.path)).length;
    const inner = log.reduce((sum, r) => sum + (r.inner || []).filter(i => /\/items/i.test(i.path)).length, 0);
    expect({
      permissions: count(/effectivebasepermissions/i), items: count(/\/items/i) + inner, siteBatches: count(/\/_api\/\$batch/),
      ownerBatches: count(/\/v1\.0\/\$batch/)
    }).toEqual({ permissions: 4, items: 3, siteBatches: 1, ownerBatches: Math.ceil(owners.size / 20) });
  });

  it('asks a guide list the shared site\'s batch answered with 429 again alone, after its Retry-After', async () => {
    await tenant.addFaults([{ pattern: "getByTitle\\('Guider'\\)/items", status: 429, retryAfter: 1, times: 1 }]);
    await tenant.clearRequests();
    try {
      const started = Date.now();
      const report = await serviceFor('johan').getReport();
      const elapsed = Date.now() - started;
      const log = await tenant.requests();
      expect(report.failures).toEqual([]);
      expect(report.guidesIncluded).toBe(true);
      expect(report.items.some(i => i.record.kind === 'guide')).toBe(true);
      const shared = log.filter(r => r.path.startsWith('/sites/gemensamt/') && /\$batch|items/.test(r.path));
      expect(shared.map(r => `${r.path.split('?')[0].replace(/^.*\/_api\//, '')} ${r.status}`))
        .toEqual(['$batch 200', "web/lists/getByTitle('Guider')/items 200"]);
      expect(shared[0].inner!.map(i => i.status)).toEqual([200, 429]);
      expect(elapsed).toBeGreaterThanOrEqual(1000);
    } finally {
      await tenant.clearFaults();
    }
  });

  it('leaves out a guide still being written (utkast): it is nobody\'s stale content until it is published', async () => {
    const services = localPage({ kind: 'local', baseUrl: tenant.url, token: 'johan' }, { storage: new MemoryStorage(), now: () => NOW });
    const editor = guideEditor.wire(services.connection, services.options).service;
    const original = (await serviceFor('johan').getReport()).items.find(i => i.record.kind === 'guide')!;
    const copy = await editor.copy(original.record.itemId);
    try {
      expect((await editor.load(copy.id)).draft.status).toBe('utkast');
      const report = await serviceFor('johan').getReport();
      const guideIds = report.items.filter(i => i.record.kind === 'guide').map(i => i.record.itemId);
      expect(guideIds).toContain(original.record.itemId);
      expect(guideIds).not.toContain(copy.id);
    } finally {
      await editor.recycle(copy.id);
    }
  });

  it('goes without guides, and says nothing failed, when the shared site has no guide list (404 inside its batch)', async () => {
    await tenant.addFaults([{ pattern: "getByTitle\\('Guider'\\)/items", status: 404, times: 1 }]);
    try {
      const report = await serviceFor('johan').getReport();
      expect(report.failures).toEqual([]);
      expect(report.guidesIncluded).toBe(false);
      expect(report.items.some(i => i.record.kind === 'guide')).toBe(false);
      expect(report.items.some(i => i.record.sitePath === '/sites/gemensamt')).toBe(true);
    } finally {
      await tenant.clearFaults();
    }
  });

  it('tells a site whose batch failed as a whole, pages and guides, and shows the other site', async () => {
    await tenant.addFaults([{ pattern: '^/sites/gemensamt/_api/\\$batch', status: 500, times: 1 }]);
    try {
      const report = await serviceFor('johan').getReport();
      expect(report.failures).toEqual([
        { sitePath: '/sites/gemensamt', source: 'pages', code: 'unknown' },
        { sitePath: '/sites/gemensamt', source: 'guides', code: 'unknown' }
      ]);
      expect(report.guidesIncluded).toBe(false);
      expect(new Set(report.items.map(i => i.record.sitePath))).toEqual(new Set(['/sites/vetlanda']));
    } finally {
      await tenant.clearFaults();
    }
  });

  it('marks items reviewed in one batch per site: they become fresh, with the next review a year ahead', async () => {
    const service = serviceFor('johan');
    const before = await service.getReport();
    const chosen = before.items
      .filter(i => i.assessment.status === 'stale' && i.assessment.reasons.every(r => r === 'reviewOverdue' || r === 'unchanged'))
      .slice(0, 5)
      .map(i => i.record);
    expect(chosen.length).toBe(5);
    await tenant.clearRequests();
    const result = await service.markReviewed(chosen);
    expect(result.failed).toEqual([]);
    expect(result.succeeded.sort()).toEqual(chosen.map(c => c.url).sort());
    const log = await tenant.requests();
    expect(log.filter(r => /\$batch/.test(r.path)).length).toBe(new Set(chosen.map(c => c.sitePath)).size);

    const after = await service.getReport();
    for (const record of chosen) {
      const now = after.items.find(i => i.record.url === record.url)!;
      expect(now.assessment.status).toBe('fresh');
      expect(now.record.reviewDate).toBe('2027-11-27T23:00:00Z');
    }
  });

  it('hands items over to another owner and unpublishes a page; a reader gets 403 for each item', async () => {
    const service = serviceFor('johan');
    const report = await service.getReport();
    const orphans = report.items.filter(i => i.assessment.reasons.indexOf('noOwner') >= 0 && i.record.kind !== 'guide').slice(0, 2).map(i => i.record);
    const handOver = await service.handOver(orphans, 'sara.nilsson@vetlanda.se');
    expect(handOver).toEqual({ succeeded: expect.arrayContaining(orphans.map(o => o.url)), failed: [] });
    const unknown = await service.handOver(orphans.slice(0, 1), 'ingen.alls@vetlanda.se');
    expect(unknown.failed).toEqual([{ url: orphans[0].url, code: 'notFound' }]);

    const page = report.items.find(i => i.record.kind === 'news' && i.record.sitePath === '/sites/vetlanda')!.record;
    const guide = report.items.find(i => i.record.kind === 'guide')!.record;
    const unpublished = await service.unpublish([page, guide]);
    expect(unpublished).toEqual({ succeeded: [page.url], failed: [{ url: guide.url, code: 'notSupported' }] });
    const again = await service.getReport();
    expect(again.items.some(i => i.record.url === page.url)).toBe(false);
    const owned = again.items.filter(i => orphans.some(o => o.url === i.record.url));
    owned.forEach(i => expect(i.record.owner!.email).toBe('sara.nilsson@vetlanda.se'));

    const sara = serviceFor('sara');
    const asReader = await sara.markReviewed(orphans as ContentRecord[]);
    expect(asReader.failed.map(f => f.code)).toEqual(['forbidden', 'forbidden']);
  });
});
