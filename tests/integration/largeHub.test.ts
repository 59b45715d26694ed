import { assessContent, ContentRecord, healthPolicyFor, OwnerStatus } from '../../src/core/contentHealth';
import * as contentHealth from '../../src/wiring/contentHealth';
import * as naiveNews from '../../bench/naiveNews';
import * as reuse from '../../src/wiring/reuse';
import { localPage, LocalPage } from '../support/localPage';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * The services that read Site Pages over REST, against a hub past SharePoint's list view
 * threshold: at --news 15000 Vetlanda's Site Pages hold more than 5,000 items, and the local
 * tenant refuses what SharePoint Online refuses there (emulator/CONTRACT.md, "Lists, fields and rights").
 */
jest.setTimeout(180000);

const NOW = new Date('2026-11-28T12:00:00Z');
const PAGES = "_api/web/lists/getByTitle('Site%20Pages')";
let tenant: LocalTenant;

beforeAll(async () => {
  tenant = await startLocalTenant(['--news', '15000'], 170000);
});

afterAll(async () => {
  if (tenant) {
    await tenant.stop();
  }
});

function servicesFor(token: string) {
  return localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage(), now: () => NOW });
}

async function rawJson(path: string, token: string): Promise<any> {
  const response = await fetch(path.startsWith('http') ? path : `${tenant.url}${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  expect(response.status).toBe(200);
  return response.json();
}

/** Every item of Vetlanda's Site Pages, paged by ID as SharePoint allows on a large list. */
async function vetlandaItems(): Promise<Array<{ Id: number; OData__UIVersionString: string }>> {
  const items: Array<{ Id: number; OData__UIVersionString: string }> = [];
  let next: string | undefined = `/sites/vetlanda/${PAGES}/items?$select=Id,OData__UIVersionString&$top=5000`;
  while (next) {
    const body = await rawJson(next, 'johan');
    items.push(...body.value);
    next = body['odata.nextLink'];
  }
  return items;
}

describe('a hub of more than 5,000 pages', () => {
  it('is what the local tenant refuses an unindexed query on', async () => {
    expect((await rawJson(`/sites/vetlanda/${PAGES}?$select=ItemCount`, 'johan')).ItemCount).toBeGreaterThan(5000);
    const refused = await fetch(`${tenant.url}/sites/vetlanda/${PAGES}/items?$select=Id&$filter=PromotedState eq 2&$top=10`, { headers: { Authorization: 'Bearer johan', Accept: 'application/json' } });
    expect(refused.status).toBe(500);
  });

  it('gets a content health report with every published page of the hub: the first 5,000 and the last by ID in one $batch', async () => {
    await tenant.clearRequests();
    const report = await ((contentHealthPage: LocalPage) => contentHealth.wire(contentHealthPage.connection, contentHealthPage.options).service)(servicesFor('johan')).getReport();
    const log = await tenant.requests();
    expect(report.failures).toEqual([]);
    const published = (await vetlandaItems()).filter(i => !/^\d+\.[1-9]/.test(i.OData__UIVersionString || ''));
    expect(published.length).toBeGreaterThan(5000);
    const read = report.items.filter(i => i.record.sitePath === '/sites/vetlanda');
    expect(read.map(i => i.record.itemId).sort((a, b) => a - b)).toEqual(published.map(i => i.Id).sort((a, b) => a - b));

    // One step for the hub's pages: its list (permissions and item count), then one $batch; no page after it.
    const hub = log.filter(r => r.path.startsWith('/sites/vetlanda/'));
    expect(hub.map(r => r.path.split('?')[0])).toEqual([`/sites/vetlanda/${PAGES}`, '/sites/vetlanda/_api/$batch']);
    const inner = hub[1].inner!.map(i => decodeURIComponent(i.path));
    expect(inner).toHaveLength(2);
    expect(inner[0]).toMatch(/\$top=5000/);
    expect(inner[1]).toMatch(/\$orderby=ID[+ ]desc/);
  });

  it('reads the hub\'s pages one after another when the read from the top fails, and still gets every one', async () => {
    await tenant.addFaults([{ pattern: 'orderby=ID', status: 500, times: 1 }]);
    await tenant.clearRequests();
    try {
      const report = await ((contentHealthPage: LocalPage) => contentHealth.wire(contentHealthPage.connection, contentHealthPage.options).service)(servicesFor('johan')).getReport();
      const log = await tenant.requests();
      expect(report.failures).toEqual([]);
      const published = (await vetlandaItems()).filter(i => !/^\d+\.[1-9]/.test(i.OData__UIVersionString || ''));
      expect(report.items.filter(i => i.record.sitePath === '/sites/vetlanda').length).toBe(published.length);
      const hub = log.filter(r => r.path.startsWith('/sites/vetlanda/'));
      expect(hub[1].inner!.map(i => i.status)).toEqual([200, 500]);
      expect(hub.slice(2).map(r => `${decodeURIComponent(r.path).split('?')[0]} ${r.status}`)).toEqual([`/sites/vetlanda/${decodeURIComponent(PAGES)}/items 200`]);
    } finally {
      await tenant.clearFaults();
    }
  });

  it('finds for every published page and guide what an assessment of all its columns finds', async () => {
    const services = servicesFor('johan');
    const report = await contentHealth.wire(services.connection, services.options).service.getReport();
    const config = await services.tenantConfig.getConfig();
    expect(report.failures).toEqual([]);

    // Ground truth: every column, with metadata, page by page; each owner's account asked alone.
    const select = 'Id,Title,FileRef,Created,Modified,SamverkaReviewDate,SamverkaExpires,SamverkaOwnerId,SamverkaOwner/Title,SamverkaOwner/EMail,' +
      'SamverkaOwner/Name,PromotedState,OData__UIVersionString';
    const everything = async (sitePath: string, list: string, fields: string): Promise<any[]> => {
      const out: any[] = [];
      let next: string | undefined = `${sitePath}/_api/web/lists/getByTitle('${encodeURIComponent(list)}')/items?$select=${fields}&$expand=SamverkaOwner&$top=5000`;
      while (next) {
        const body = await rawJson(next, 'johan');
        out.push(...body.value);
        next = body['odata.nextLink'];
      }
      return out;
    };
    const accounts: Record<string, OwnerStatus> = {};
    const statusOf = async (upn: string): Promise<OwnerStatus> => {
      if (!accounts[upn]) {
        const response = await fetch(`${tenant.url}/v1.0/users/${encodeURIComponent(upn)}?$select=accountEnabled`, { headers: { Authorization: 'Bearer johan' } });
        accounts[upn] = response.status === 404 ? 'deleted' : (await response.json()).accountEnabled === false ? 'disabled' : 'active';
      }
      return accounts[upn];
    };
    const expected: Record<string, unknown> = {};
    for (const site of report.sites) {
      const lists: Array<[string, string]> = [['Site Pages', select]];
      if (site.sitePath === config.sharedSite.path) {
        lists.push(['Guider', select.replace(',PromotedState,OData__UIVersionString', '')]);
      }
      for (const [list, fields] of lists) {
        for (const raw of await everything(site.sitePath, list, fields)) {
          if (/^\d+\.[1-9]/.test(raw.OData__UIVersionString || '')) {
            continue;
          }
          const upn = raw.SamverkaOwnerId ? (raw.SamverkaOwner.Name as string).split('|').pop()!.toLowerCase() : undefined;
          const record = {
            url: '', title: raw.Title, kind: list === 'Guider' ? 'guide' : raw.PromotedState === 2 ? 'news' : 'page', sitePath: site.sitePath,
            municipalityId: site.municipalityId, listTitle: list, itemId: raw.Id, modifiedAt: raw.Modified, createdAt: raw.Created,
            reviewDate: raw.SamverkaReviewDate || undefined,
            owner: upn ? { userPrincipalName: upn, displayName: raw.SamverkaOwner.Title, email: raw.SamverkaOwner.EMail } : undefined
          } as ContentRecord;
          const assessment = assessContent(record, upn ? await statusOf(upn) : 'unknown', NOW, healthPolicyFor(config, site.municipalityId));
          expected[`${site.sitePath} ${list} ${raw.Id}`] = {
            kind: record.kind, title: record.title, status: assessment.status, reasons: assessment.reasons, overdueDays: assessment.overdueDays,
            owner: record.owner ? [record.owner.userPrincipalName, record.owner.displayName, record.owner.email] : null
          };
        }
      }
    }
    const found: Record<string, unknown> = {};
    for (const { record, assessment } of report.items) {
      found[`${record.sitePath} ${record.listTitle} ${record.itemId}`] = {
        kind: record.kind, title: record.title, status: assessment.status, reasons: assessment.reasons, overdueDays: assessment.overdueDays,
        owner: record.owner ? [record.owner.userPrincipalName.toLowerCase(), record.owner.displayName, record.owner.email] : null
      };
    }
    expect(Object.keys(found).length).toBeGreaterThan(6000);
    expect(found).toEqual(expected);
    const statuses = new Set(report.items.map(i => i.assessment.status));
    expect(statuses).toEqual(new Set(['fresh', 'due', 'stale']));
  });

  it('lists the hub\'s recent news to send, newest first, and says who a page of it reaches', async () => {
    const johan = servicesFor('johan');
    const sending = reuse.wire(johan.connection, johan.options).service;
    const recent = await sending.recentNews('vetlanda');
    expect(recent.length).toBe(30);
    const newest = await rawJson(`/sites/vetlanda/${PAGES}/items?$select=FileRef&$filter=FirstPublishedDate ge datetime'2026-11-01T00:00:00Z' and PromotedState eq 2&$orderby=FirstPublishedDate desc&$top=1`, 'johan');
    expect(recent[0].url).toBe(`${tenant.url}${newest.value[0].FileRef}`);
    const audience = await sending.pageAudience(recent[0].url);
    expect(audience.reach.total).toBeGreaterThan(0);
  });

  it('sends a news page to the hub once: the next send finds the link by its indexed key, renamed or not', async () => {
    const johan = servicesFor('johan');
    const sending = reuse.wire(johan.connection, johan.options).service;
    const source = await rawJson(`/sites/eksjo/${PAGES}/items?$select=FileRef,Title,Description&$filter=FirstPublishedDate ge datetime'2026-10-01T00:00:00Z' and PromotedState eq 2&$top=2`, 'johan');
    const raw = source.value[1];
    const page = { url: `${tenant.url}${encodeURI(raw.FileRef)}`, title: raw.Title, description: raw.Description || '' };
    const first = await sending.send(page, 'vetlanda', { kind: 'allStaff' });
    expect(first.outcome).toBe('published');
    const fileRef = decodeURI(first.repostUrl!.slice(tenant.url.length));
    const link = await rawJson(`/sites/vetlanda/_api/web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(fileRef)}')/listItemAllFields?$select=Id`, 'johan');
    const renamed = await fetch(`${tenant.url}/sites/vetlanda/${PAGES}/items(${link.Id})`, {
      method: 'POST',
      headers: { Authorization: 'Bearer johan', Accept: 'application/json', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: JSON.stringify({ Title: `${raw.Title} (från Eksjö)` })
    });
    expect(renamed.status).toBe(204);
    expect(await sending.send(page, 'vetlanda', { kind: 'allStaff' })).toEqual({ outcome: 'alreadyPublished', repostUrl: first.repostUrl });
  });

  it('borrows a page into the hub and finds the copy among the hub\'s copies', async () => {
    const services = servicesFor('johan');
    const source = await rawJson(`/sites/eksjo/${PAGES}/items?$select=FileRef,Title&$filter=FirstPublishedDate ge datetime'2026-10-01T00:00:00Z' and PromotedState eq 2&$top=1`, 'johan');
    const url = `${tenant.url}${source.value[0].FileRef}`;
    const borrow = reuse.wire(services.connection, services.options).borrow;
    const result = await borrow.borrow(url, 'vetlanda');
    expect(result.copyUrl).toMatch(/\/sites\/vetlanda\/SitePages\//);
    const again = await borrow.borrow(url, 'vetlanda');
    expect(again).toEqual({ outcome: 'alreadyBorrowed', copyUrl: result.copyUrl });
    expect(await borrow.changedCopies('vetlanda')).toEqual([]);
  });

  it('gives the naive news baseline every news page of the hub', async () => {
    const page = await ((naiveNewsPage: LocalPage) => naiveNews.wire(naiveNewsPage.connection, naiveNewsPage.options).news)(servicesFor('sara')).getNews({ sitePaths: ['/sites/vetlanda'], audienceGroupIds: [], pageSize: 5 });
    expect(page.failures).toEqual([]);
    expect(page.total).toBeGreaterThan(0);
  });
});
