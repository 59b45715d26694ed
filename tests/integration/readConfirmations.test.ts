import { failureCodeOf } from '../../src/core/failures';
import { buildMustReadKql } from '../../src/core/newsKql';
import { CONFIRMATION_LIST, pageKeyOf } from '../../src/core/readConfirmation';
import type { ReadConfirmationService } from '../../src/services/readConfirmationService';
import { readConfirmationsOn } from '../../src/wiring/readConfirmations';
import { localPage, LocalPage } from '../support/localPage';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * Läs och bekräfta through PnPjs against the local tenant: the must-read news a person finds (the
 * must-read query under the audience rules), a confirmation written once, who may read it (the
 * list's item-level permissions), and an editor's view of a page's confirmations past 5,000 items.
 */
jest.setTimeout(180000);

const VETLANDA_MANAGERS = 'Chefsinformation: budgetuppföljning för november';
const SAVSJO_VETLANDA_STAFF = 'Lön: ändrade datum för tidrapportering i december (Sävsjö och Vetlanda)';

function servicesFor(tenant: LocalTenant, token: string): LocalPage {
  return localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage() });
}

/** The must-read news a person's Targeted news would find: their hubs and the shared site, their groups, one searchRequest per body. */
async function mustReadFor(tenant: LocalTenant, token: string, hubPath: string): Promise<Record<string, string>> {
  const services = servicesFor(tenant, token);
  const [config, user] = await Promise.all([services.tenantConfig.getConfig(), services.userContext.getCurrentUser()]);
  const queries = buildMustReadKql({ siteUrls: [`${tenant.url}${hubPath}`, `${tenant.url}${config.sharedSite.path}`], groupIds: user.groupIds });
  const keys: Record<string, string> = {};
  for (const queryString of queries) {
    const response = await fetch(`${tenant.url}/v1.0/search/query`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: [{ entityTypes: ['listItem'], query: { queryString }, fields: ['Title', 'SiteId', 'UniqueId'], size: 50 }] })
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    for (const hit of body.value[0].hitsContainers[0].hits || []) {
      const f = hit.resource.fields;
      keys[f.Title] = pageKeyOf(f.SiteId, f.UniqueId);
    }
  }
  return keys;
}

async function rest(tenant: LocalTenant, path: string, token: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${tenant.url}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': 'application/json', ...(init.headers || {}) } });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const LIST = `/sites/gemensamt/_api/web/lists/getByTitle('${encodeURIComponent(CONFIRMATION_LIST)}')`;

describe('read confirmations on the seeded tenant', () => {
  let tenant: LocalTenant;
  let perKeys: Record<string, string>;
  let saraKeys: Record<string, string>;
  let per: ReadConfirmationService;
  let sara: ReadConfirmationService;
  let johan: ReadConfirmationService;

  beforeAll(async () => {
    tenant = await startLocalTenant();
    perKeys = await mustReadFor(tenant, 'per', '/sites/vetlanda');
    saraKeys = await mustReadFor(tenant, 'sara', '/sites/vetlanda');
    per = readConfirmationsOn(servicesFor(tenant, 'per'));
    sara = readConfirmationsOn(servicesFor(tenant, 'sara'));
    johan = readConfirmationsOn(servicesFor(tenant, 'johan'));
  });

  afterAll(async () => {
    if (tenant) {
      await tenant.stop();
    }
  });

  it('finds Vetlanda\'s managers\' must-read item for Per and not for Sara; both find the one for all staff', () => {
    expect(perKeys[VETLANDA_MANAGERS]).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    expect(saraKeys[VETLANDA_MANAGERS]).toBeUndefined();
    expect(perKeys[SAVSJO_VETLANDA_STAFF]).toBeDefined();
    expect(saraKeys[SAVSJO_VETLANDA_STAFF]).toBe(perKeys[SAVSJO_VETLANDA_STAFF]);
  });

  it('records Per\'s confirmation once: a second confirm, and two at once, add no item and answer the first date', async () => {
    const key = perKeys[VETLANDA_MANAGERS];
    await tenant.clearRequests();
    const first = await per.confirm(key);
    expect(first.outcome).toBe('confirmed');
    expect(Date.parse(first.confirmedAt)).toBeGreaterThan(Date.now() - 60000);
    const writes = (await tenant.requests()).filter(r => r.method === 'POST' && /L%C3%A4sbekr%C3%A4ftelser|Läsbekräftelser/i.test(decodeURIComponent(r.path)));
    expect(writes).toHaveLength(1);

    await tenant.clearRequests();
    expect(await per.confirm(key)).toEqual({ outcome: 'alreadyConfirmed', confirmedAt: first.confirmedAt });
    const [a, b] = await Promise.all([per.confirm(key), readConfirmationsOn(servicesFor(tenant, 'per')).confirm(key)]);
    expect(a).toEqual({ outcome: 'alreadyConfirmed', confirmedAt: first.confirmedAt });
    expect(b).toEqual(a);
    expect((await tenant.requests()).filter(r => r.method === 'POST' && r.path.startsWith('/sites/gemensamt/'))).toHaveLength(0);

    const items = await rest(tenant, `${LIST}/items?$select=Id,SamverkaReader,SamverkaPageBucket&$top=5000`, 'admin');
    expect(items.body.value.filter((i: any) => i.SamverkaReader === 'per.sandberg@vetlanda.se' && i.SamverkaPageBucket.startsWith(key))).toHaveLength(1);
    expect(await per.myConfirmations([key, perKeys[SAVSJO_VETLANDA_STAFF]])).toEqual({ [key]: first.confirmedAt });
  });

  it('answers a reader\'s confirmations in one request, and asks nothing for no pages', async () => {
    await tenant.clearRequests();
    expect(await sara.myConfirmations([])).toEqual({});
    await sara.myConfirmations([saraKeys[SAVSJO_VETLANDA_STAFF]]);
    const sharePoint = (await tenant.requests()).filter(r => r.path.startsWith('/sites/gemensamt/_api/web/lists'));
    expect(sharePoint).toHaveLength(1);
  });

  it('lets Sara read only her own confirmations: not Per\'s, by the service or by REST', async () => {
    const managers = perKeys[VETLANDA_MANAGERS];
    const staff = saraKeys[SAVSJO_VETLANDA_STAFF];
    const mine = await sara.confirm(staff);
    expect(mine.outcome).toBe('confirmed');
    expect(await sara.myConfirmations([managers, staff])).toEqual({ [staff]: mine.confirmedAt });
    expect(await sara.confirmationsFor(managers)).toEqual([]);

    const perItems = await rest(tenant, `${LIST}/items?$select=Id,SamverkaReader&$top=5000`, 'per');
    const persOwn = perItems.body.value.map((i: any) => i.Id);
    const visibleToSara = (await rest(tenant, `${LIST}/items?$select=Id,SamverkaReader&$top=5000`, 'sara')).body.value;
    expect(visibleToSara.map((i: any) => i.SamverkaReader)).toEqual(['sara.nilsson@vetlanda.se']);
    expect((await rest(tenant, `${LIST}/items(${persOwn[0]})`, 'sara')).status).toBe(404);
  });

  it('lets Johan, an editor, read both: Per\'s of the managers\' item and Sara\'s of the one for all staff', async () => {
    const managers = await johan.confirmationsFor(perKeys[VETLANDA_MANAGERS]);
    expect(managers.map(c => c.reader.userPrincipalName)).toEqual(['per.sandberg@vetlanda.se']);
    expect(managers[0].reader.displayName).toBe('Per Sandberg');
    const staff = await johan.confirmationsFor(saraKeys[SAVSJO_VETLANDA_STAFF]);
    expect(staff.map(c => c.reader.userPrincipalName)).toEqual(['sara.nilsson@vetlanda.se']);

    // One round trip: a $batch with a query per bucket of the page.
    await tenant.clearRequests();
    await johan.confirmationsFor(perKeys[VETLANDA_MANAGERS]);
    const requests = (await tenant.requests()).filter(r => r.path.startsWith('/sites/gemensamt/'));
    expect(requests.map(r => r.path)).toEqual(['/sites/gemensamt/_api/$batch']);
    expect((requests[0].inner || []).length).toBe(8);
  });

  it('refuses a reader who changes another\'s confirmation, or their own: a confirmation is written once', async () => {
    const items = (await rest(tenant, `${LIST}/items?$select=Id,SamverkaReader&$top=5000`, 'johan')).body.value;
    const pers = items.find((i: any) => i.SamverkaReader === 'per.sandberg@vetlanda.se').Id;
    const saras = items.find((i: any) => i.SamverkaReader === 'sara.nilsson@vetlanda.se').Id;
    const list = (token: string): any => servicesFor(tenant, token).sp('/sites/gemensamt').web.lists.getByTitle(CONFIRMATION_LIST);
    const change = { SamverkaReader: 'sara.nilsson@vetlanda.se' };
    const refused = async (attempt: Promise<unknown>): Promise<string> => attempt.then(() => 'accepted', error => failureCodeOf(error));
    expect(['forbidden', 'notFound']).toContain(await refused(list('sara').items.getById(pers).update(change)));
    expect(await refused(list('per').items.getById(pers).update(change))).toBe('forbidden');
    expect(await refused(list('sara').items.getById(saras).recycle())).toBe('forbidden');
    expect(await refused(list('johan').items.getById(pers).update(change))).toBe('forbidden');
    const after = await rest(tenant, `${LIST}/items(${pers})?$select=SamverkaReader`, 'per');
    expect(after.body.SamverkaReader).toBe('per.sandberg@vetlanda.se');
  });

  it('refuses what is no page key, before any request', async () => {
    await expect(per.confirm("x' or 1 eq 1")).rejects.toMatchObject({ code: 'invalidPage' });
    await expect(per.myConfirmations(['nope'])).rejects.toMatchObject({ code: 'invalidPage' });
  });

  it('reads a reader\'s confirmations ahead in that one request, for the next ask only; a confirmation in between is read again', async () => {
    const keys = [perKeys[VETLANDA_MANAGERS], perKeys[SAVSJO_VETLANDA_STAFF]];
    const reader = readConfirmationsOn(servicesFor(tenant, 'per'));
    const listReads = async (): Promise<number> => (await tenant.requests())
      .filter(r => r.method === 'GET' && /L%C3%A4sbekr%C3%A4ftelser|Läsbekräftelser/i.test(decodeURIComponent(r.path))).length;
    await tenant.clearRequests();
    reader.readMineAhead();
    reader.readMineAhead();
    // Sent before anyone asks (a view's search and this read go out together), once.
    for (let waited = 0; await listReads() === 0 && waited < 20000; waited += 50) {
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    expect(await listReads()).toBe(1);
    const ahead = await reader.myConfirmations(keys);
    expect(await listReads()).toBe(1);
    expect(Object.keys(ahead)).toContain(perKeys[VETLANDA_MANAGERS]);
    // The next ask reads again.
    await reader.myConfirmations(keys);
    expect(await listReads()).toBe(2);
    // A read ahead of a confirmation does not answer for after it.
    reader.readMineAhead();
    await reader.confirm(perKeys[SAVSJO_VETLANDA_STAFF]);
    expect(Object.keys(await reader.myConfirmations(keys)).sort()).toEqual(keys.slice().sort());
  });
});

describe('an editor reads a page with more than 5,000 confirmations', () => {
  let tenant: LocalTenant;

  beforeAll(async () => {
    tenant = await startLocalTenant(['--news', '60', '--confirmations', '12000']);
  });

  afterAll(async () => {
    if (tenant) {
      await tenant.stop();
    }
  });

  it('reads several pages by ID windows when that takes fewer queries (after lookAhead), with the same confirmations as by bucket', async () => {
    const keys = Object.values(await mustReadFor(tenant, 'johan', '/sites/vetlanda'));
    expect(keys.length).toBeGreaterThan(1);
    const byBucket = await readConfirmationsOn(servicesFor(tenant, 'johan')).confirmationsForPages(keys);
    const windowed = readConfirmationsOn(servicesFor(tenant, 'johan'));
    await tenant.clearRequests();
    windowed.lookAhead();
    const byId = await windowed.confirmationsForPages(keys);
    expect(byId).toEqual(byBucket);
    const requests = (await tenant.requests()).filter(r => r.path.startsWith('/sites/gemensamt/'));
    // The highest ID (one GET sorted by ID), then one $batch of a query per 5,000 IDs: 3 for 12,000 items, not 8 per page.
    expect(requests.map(r => r.method)).toEqual(['GET', 'POST']);
    expect(decodeURIComponent(requests[0].path)).toMatch(/\$orderby=ID(\+| )desc&\$top=1/);
    const windows = requests[1].inner || [];
    expect(windows.map(w => decodeURIComponent(w.path).match(/p_ID=(\d+)/)?.[1])).toEqual(['0', '5000', '10000']);
    expect(windows.every(w => w.status === 200 && !/\$filter/.test(w.path))).toBe(true);
  });

  it('reads every bucket under the list view threshold, where one query on the page would be refused', async () => {
    const key = (await mustReadFor(tenant, 'johan', '/sites/vetlanda'))[SAVSJO_VETLANDA_STAFF];
    const count = await rest(tenant, `${LIST}?$select=ItemCount`, 'admin');
    expect(count.body.ItemCount).toBeGreaterThan(5000);
    // The page's items are 12,000: filtering on the page alone (a range over its buckets) is more than an index may serve.
    const range = encodeURIComponent(`SamverkaPageBucket ge '${key}#0' and SamverkaPageBucket le '${key}#7'`);
    const naive = await rest(tenant, `${LIST}/items?$select=Id&$filter=${range}&$top=5000`, 'johan');
    expect(naive.status).toBe(500);
    expect(naive.body['odata.error'].code).toMatch(/SPQueryThrottledException/);

    const confirmations = await readConfirmationsOn(servicesFor(tenant, 'johan')).confirmationsFor(key);
    const people = new Set(confirmations.map(c => c.reader.userPrincipalName));
    expect(people.size).toBe(confirmations.length);
    // Everyone in Sävsjö and Vetlanda took part (12,000 items, a few hundred people): each once, at their first.
    expect(confirmations.length).toBeGreaterThan(300);
    expect(confirmations.length).toBeLessThan(1000);
    const times = confirmations.map(c => Date.parse(c.confirmedAt));
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(confirmations.length * 1000);
  });
});
