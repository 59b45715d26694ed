import { main } from '../../setup/checkTenantCli';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * `npm run check-tenant` (setup/checkTenantCli.ts) against the local tenant: the seeded tenant
 * passes, an answer the real service might give (503 from search, 403 on a list) fails the check
 * and names what failed, and no token ever reaches the output.
 */
jest.setTimeout(180000);

let tenant: LocalTenant;

beforeAll(async () => {
  tenant = await startLocalTenant();
});

afterAll(async () => {
  await tenant.stop();
});

afterEach(async () => {
  await tenant.clearFaults();
});

interface Run {
  code: number;
  out: string;
  err: string;
  /** The table's rows that failed. */
  failed: string[];
}

async function check(args: string[], env: Record<string, string> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(['--tenant', tenant.url, ...args], {
    env,
    out: text => { out += text; },
    err: text => { err += text; },
    // The same attempts as the product makes, without the waits between them.
    retry: { sleep: () => Promise.resolve() }
  });
  // The table: a header, a rule, one row per step (ending in "ok", "skipped: …" or the reason), the counts.
  const lines = out.split('\n');
  const rule = lines.findIndex(l => /^-+$/.test(l));
  const counts = lines.findIndex(l => /^\d+ passed, \d+ failed/.test(l));
  const rows = rule >= 0 && counts > rule ? lines.slice(rule + 1, counts) : [];
  const failed = rows.filter(r => !/  ok$/.test(r) && !/  skipped: /.test(r));
  if (counts >= 0) {
    expect(failed).toHaveLength(Number(/(\d+) failed/.exec(lines[counts])![1]));
  }
  return { code, out, err, failed };
}

test('the seeded tenant passes every read of the five web parts, as erik', async () => {
  const run = await check(['--token', 'erik', '--graph-token', 'erik']);
  expect(run.code).toBe(0);
  expect(run.failed).toEqual([]);
  for (const part of ['Configuration', 'Targeted news', 'Min sida', 'Sök: all', 'Sök: people', 'Sök: guides', 'Städa innehåll', 'Läsbekräftelser: an all-staff group read in parts', 'Samverka']) {
    expect(run.out).toContain(part);
  }
  expect(run.out).toMatch(/^2\d passed, 0 failed/m);
  expect(run.out).toContain('(the local tenant)');
  expect(run.out.toLowerCase()).not.toContain('erik');
});

test('tokens from the environment are used and never printed', async () => {
  const run = await check([], { SAMVERKA_SP_TOKEN: 'erik', SAMVERKA_GRAPH_TOKEN: 'erik' });
  expect(run.code).toBe(0);
  expect(run.out.toLowerCase()).not.toContain('erik');
});

test('a token that names nobody fails every step as signed out, and is not in the output', async () => {
  const secret = 'eyJ0eXAi.s3cr3t-token-value.sig';
  const run = await check(['--token', secret, '--graph-token', `${secret}-graph`]);
  expect(run.code).toBe(1);
  expect(run.out).toMatch(/signedOut: 401 GET \/_api\/web\/getStorageEntity\('Samverka.TenantConfig'\)/);
  expect(run.out + run.err).not.toContain('s3cr3t');
});

test('a persistent 503 on /search/query fails the check and names search', async () => {
  await tenant.addFaults([{ pattern: '/search/query', status: 503 }]);
  const run = await check(['--token', 'erik', '--graph-token', 'erik']);
  expect(run.code).toBe(1);
  expect(run.failed.length).toBeGreaterThanOrEqual(8);
  for (const row of run.failed) {
    expect(row).toMatch(/\(search\)/);
    expect(row).toMatch(/unavailable: 503 POST \/v1\.0\/search\/query/);
  }
  // What does not search still passes.
  expect(run.out).toMatch(/^Configuration: .* ok$/m);
  expect(run.out).toMatch(/^Samverka: the hub's recent news .* ok$/m);
});

test('a 403 on one list fails the step that reads it and names the list', async () => {
  await tenant.addFaults([{ pattern: "getByTitle\\('Erbjudanden'\\)", status: 403 }]);
  const run = await check(['--token', 'erik', '--graph-token', 'erik']);
  expect(run.code).toBe(1);
  expect(run.failed).toHaveLength(1);
  expect(run.failed[0]).toMatch(/^Samverka: offers .*forbidden: 403 GET \/sites\/gemensamt\/_api\/web\/lists\/getByTitle\('Erbjudanden'\)\/items \(list "Erbjudanden"\)/);
});

describe('--write-site', () => {
  const pagesOf = async (sitePath: string, token: string): Promise<number[]> => {
    const response = await fetch(`${tenant.url}${sitePath}/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id&$top=5000`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' }
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { value: Array<{ Id: number }> }).value.map(i => i.Id).sort((a, b) => a - b);
  };
  const offers = async (): Promise<number> => {
    const response = await fetch(`${tenant.url}/sites/gemensamt/_api/web/lists/getByTitle('Erbjudanden')/items?$select=Id&$top=5000`, {
      headers: { Authorization: 'Bearer johan', Accept: 'application/json;odata=nometadata' }
    });
    return ((await response.json()) as { value: unknown[] }).value.length;
  };

  test('on a hub the user publishes in: a news link with an audience found through search, an update, a copy, and nothing left behind', async () => {
    const before = await pagesOf('/sites/vetlanda', 'johan');
    const run = await check(['--token', 'johan', '--write-site', `${tenant.url}/sites/vetlanda`]);
    expect(run.failed).toEqual([]);
    expect(run.code).toBe(0);
    const writes = run.out.split('\n').filter(l => /^(Write|Cleanup): /.test(l));
    expect(writes).toHaveLength(6);
    writes.forEach(row => expect(row).toMatch(/  ok$/));
    expect(await pagesOf('/sites/vetlanda', 'johan')).toEqual(before);
  });

  test('on a site the user may not publish in: the check fails saying so, and files no offer in their place', async () => {
    const offersBefore = await offers();
    const before = await pagesOf('/sites/eksjo', 'erik');
    const run = await check(['--token', 'erik', '--write-site', `${tenant.url}/sites/eksjo`]);
    expect(run.code).toBe(1);
    expect(run.failed.length).toBeGreaterThanOrEqual(1);
    expect(run.failed[0]).toMatch(/^Write: a news link .*the user may not publish news on \/sites\/eksjo/);
    expect(await offers()).toBe(offersBefore);
    expect(await pagesOf('/sites/eksjo', 'erik')).toEqual(before);
  });
});
