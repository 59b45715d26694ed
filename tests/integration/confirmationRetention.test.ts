import * as fs from 'fs';
import * as path from 'path';
import { parseSetupConfig, type SetupConfig } from '../../setup/setupConfig';
import type { ProvisioningAssets } from '../../setup/provisioningAssets';
import { CONFIRMATION_LIST, confirmationFields, pageKeyOf } from '../../src/core/readConfirmation';
import { SUMMARY_FILE, SUMMARY_LIBRARY_URL } from '../../src/core/confirmationSummary';
import { readAssetFolder, runSetup, type SetupReport } from '../../setup/run';
import { createTenantClients } from '../../setup/tenantClients';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * `npm run setup -- --remove-confirmations-after-months N` (setup/confirmationRetention.ts) against the
 * seeded local tenant: the plan counts per municipality what it would remove and a dry run removes
 * nothing; the run removes exactly the confirmations whose page's due date is more than N months past,
 * in `$batch`es of DELETEs, and a second run finds nothing to do. With them goes the editors' summary
 * of who has confirmed which page (src/core/confirmationSummary.ts), which only a run that removes
 * confirmations deletes.
 */
jest.setTimeout(180000);

const ROOT = path.resolve(__dirname, '..', '..');
const LIST = `/sites/gemensamt/_api/web/lists/getByTitle('${encodeURIComponent(CONFIRMATION_LIST)}')`;
const SEEDED = 300;

let config: SetupConfig;
let assets: ProvisioningAssets;
let tenant: LocalTenant;

async function rest(token: string, pathAndQuery: string, init: RequestInit = {}): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(`${tenant.url}${pathAndQuery}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...(init.headers || {}) }
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The must-read pages of a site as the admin reads them: page key by due date (ISO, as stored). */
async function mustReadPages(site: string): Promise<Array<{ key: string; readBy: string | null }>> {
  const siteId = (await rest('admin', `${site}/_api/site?$select=Id`)).body.Id;
  const items = await rest('admin', `${site}/_api/web/lists/getByTitle('Site Pages')/items?$select=UniqueId,SamverkaReadBy&$filter=SamverkaMustRead eq 1&$top=500`);
  expect(items.status).toBe(200);
  return items.body.value.map((i: { UniqueId: string; SamverkaReadBy: string | null }) => ({ key: pageKeyOf(siteId, i.UniqueId), readBy: i.SamverkaReadBy }));
}

function dueOn(pages: Array<{ key: string; readBy: string | null }>, day: string): string {
  const found = pages.filter(p => p.readBy && p.readBy.startsWith(day));
  expect(found).toHaveLength(1);
  return found[0].key;
}

async function confirmAs(token: string, pageKey: string): Promise<number> {
  const me = await rest(token, '/v1.0/me');
  const added = await rest(token, `${LIST}/items`, { method: 'POST', body: JSON.stringify(confirmationFields(pageKey, me.body.userPrincipalName)) });
  expect(added.status).toBe(201);
  return added.body.Id;
}

/** Every item of the list as its owner reads it. */
async function confirmations(): Promise<Array<{ Id: number; SamverkaReader: string }>> {
  const all: Array<{ Id: number; SamverkaReader: string }> = [];
  let next: string | undefined = `${LIST}/items?$select=Id,SamverkaReader&$top=5000`;
  while (next) {
    const page = await rest('admin', next.replace(tenant.url, ''));
    expect(page.status).toBe(200);
    all.push(...page.body.value);
    next = page.body['odata.nextLink'];
  }
  return all;
}

async function setup(months: number | undefined, now: string, dryRun: boolean): Promise<{ report: SetupReport; log: string[] }> {
  const log: string[] = [];
  const report = await runSetup({
    config,
    clients: createTenantClients({ tenantUrl: tenant.url, spToken: 'admin' }),
    assets,
    dryRun,
    removeConfirmationsAfterMonths: months,
    now: () => new Date(now),
    manualSteps: [],
    log: line => log.push(line)
  });
  return { report, log };
}

const SUMMARY_FOLDER = `/sites/gemensamt/${SUMMARY_LIBRARY_URL}`;
const SUMMARY_PATH = `${SUMMARY_FOLDER}/${SUMMARY_FILE}`;
const SUMMARY_TEXT = '{"version":1,"upTo":300,"readers":[],"pages":{}}';

/** The editors' view writing its summary, as johan (Vetlanda's communicators). */
async function writeSummary(): Promise<void> {
  const response = await fetch(`${tenant.url}/sites/gemensamt/_api/web/getFolderByServerRelativePath(decodedUrl='${SUMMARY_FOLDER}')/files/AddUsingPath(decodedurl='${SUMMARY_FILE}',Overwrite=true)`, {
    method: 'POST', headers: { Authorization: 'Bearer johan', Accept: 'application/json' }, body: SUMMARY_TEXT
  });
  expect(response.status).toBe(200);
}

/** The summary as johan reads it: its text, or the status when there is none. */
async function readSummary(): Promise<string | number> {
  const response = await fetch(`${tenant.url}/sites/gemensamt/_api/web/getFileByServerRelativePath(decodedUrl='${SUMMARY_PATH}')/$value`, { headers: { Authorization: 'Bearer johan' } });
  return response.status === 200 ? response.text() : response.status;
}

function retention(report: SetupReport): { action: string; detail?: string } {
  const step = report.plan.find(s => s.id.startsWith('confirmation-retention:'));
  return step ? { action: step.action, detail: step.detail } : { action: 'missing' };
}

describe('removing read confirmations some months after the due date', () => {
  const added: Record<string, number> = {};

  beforeAll(async () => {
    const parsed = parseSetupConfig(fs.readFileSync(path.join(ROOT, 'setup', 'municipalities.example.json'), 'utf8'));
    if (!parsed.ok) {
      throw new Error(parsed.problems.join('\n'));
    }
    config = parsed.config;
    assets = await readAssetFolder(path.join(ROOT, 'sharepoint', 'assets'));
    // SEEDED confirmations of the shared news for Sävsjö's and Vetlanda's staff, due 14 December 2026.
    tenant = await startLocalTenant(['--news', '60', '--confirmations', String(SEEDED)]);
    const vetlanda = await mustReadPages('/sites/vetlanda');
    const eksjo = await mustReadPages('/sites/eksjo');
    added.per = await confirmAs('per', dueOn(vetlanda, '2026-12-03')); // Vetlanda's managers, due 4 December
    added.erik = await confirmAs('erik', dueOn(eksjo, '2026-12-10')); // Eksjö's managers, due 11 December
    added.anna = await confirmAs('anna', dueOn(eksjo, '2026-12-17')); // Eksjö's social services, due 18 December
    // The tenant as setup leaves it for this configuration, so that the runs below change only what the option does.
    const first = await setup(undefined, '2027-01-12T12:00:00Z', false);
    expect(first.report.failed).toBeUndefined();
  });

  afterAll(async () => {
    if (tenant) {
      await tenant.stop();
    }
  });

  it('plans, on 12 January 2027 with one month, the two confirmations due before 12 December, per municipality, and a dry run removes nothing', async () => {
    await writeSummary();
    await tenant.clearRequests();
    const { report, log } = await setup(1, '2027-01-12T12:00:00Z', true);
    expect(report.failed).toBeUndefined();
    expect(retention(report)).toEqual({
      action: 'update',
      detail: `remove 2 of ${SEEDED + 3} (Eksjö 1, Sävsjö 0, Vetlanda 1): 2 more than 1 months after their page's due date, 0 more than 1 months after they were made (page without a due date, or gone); and delete the editors' summary ${SUMMARY_FILE}`
    });
    expect(log.join('\n')).toContain('Dry run: nothing was changed.');
    const requests = await tenant.requests();
    expect(requests.filter(r => r.method !== 'GET' && !/\/_api\/\$batch$/.test(r.path)).map(r => `${r.method} ${r.path}`)).toEqual([]);
    expect(requests.flatMap(r => r.inner || []).filter(i => i.method !== 'GET')).toEqual([]);
    expect((await confirmations()).length).toBe(SEEDED + 3);
    expect(await readSummary()).toBe(SUMMARY_TEXT);
  });

  it('stops before removing any confirmation when the editors\' summary cannot be deleted, so the next run does it all', async () => {
    await tenant.addFaults([{ pattern: SUMMARY_LIBRARY_URL, method: 'POST', status: 500, times: 1 }]);
    const { report } = await setup(1, '2027-01-12T12:00:00Z', false);
    expect(report.failed && report.failed.step.id).toBe('confirmation-retention:/sites/gemensamt');
    expect(report.failed && report.failed.error).toMatch(/could not delete the editors' summary \/sites\/gemensamt\/Lasbekraftelser-sammanstallning\/sammanstallning\.json/);
    expect((await confirmations()).length).toBe(SEEDED + 3);
    expect(await readSummary()).toBe(SUMMARY_TEXT);
  });

  it('removes exactly those two with DELETEs in one $batch, and the editors\' summary; a second run finds nothing to remove and leaves a new summary be', async () => {
    await tenant.clearRequests();
    const { report, log } = await setup(1, '2027-01-12T12:00:00Z', false);
    expect(report.failed).toBeUndefined();
    expect(log.join('\n')).toContain(`removed 2 read confirmations (Eksjö 1, Vetlanda 1); deleted the editors' summary ${SUMMARY_PATH}`);
    // Deleted before the confirmations (the first) and after them (the second finds none: 404).
    const fileRequests = (await tenant.requests()).filter(r => r.path.includes(SUMMARY_LIBRARY_URL));
    expect(fileRequests.map(r => `${r.method} ${r.status}`)).toEqual(['POST 200', 'POST 404']);
    expect(await readSummary()).toBe(404);
    expect(report.changed.map(s => s.id)).toEqual(['confirmation-retention:/sites/gemensamt']);
    const left = (await confirmations()).map(c => c.Id);
    expect(left).toHaveLength(SEEDED + 1);
    expect(left).not.toContain(added.per);
    expect(left).not.toContain(added.erik);
    expect(left).toContain(added.anna);
    const deletes = (await tenant.requests()).flatMap(r => (r.inner || []).map(i => ({ batch: r.path, ...i })))
      .filter(i => i.method === 'DELETE' || /DELETE/.test(i.method));
    expect(deletes.map(d => d.path.replace(/\?.*$/, ''))).toEqual(
      [added.per, added.erik].sort((a, b) => a - b).map(id => expect.stringMatching(new RegExp(`/sites/gemensamt/_api/web/lists/getByTitle\\(.*\\)/items(\\(|/getById\\()${id}\\)$`, 'i')))
    );
    expect(deletes.every(d => d.status === 200 && /^\/sites\/gemensamt\/_api\/\$batch/.test(d.batch))).toBe(true);

    // The editors' view writes a new summary from what the list holds; a run that removes nothing keeps it.
    await writeSummary();
    const again = await setup(1, '2027-01-12T12:00:00Z', false);
    expect(retention(again.report)).toEqual({ action: 'exists', detail: `none to remove (${SEEDED + 1} kept)` });
    expect(again.report.changed).toEqual([]);
    expect(await readSummary()).toBe(SUMMARY_TEXT);
  });

  it('four days later removes the shared news\' confirmations too, counted by the readers\' municipalities, in batches of 100', async () => {
    const before = await confirmations();
    const expected = (domain: string): number => before.filter(c => c.Id !== added.anna && c.SamverkaReader.endsWith(`@${domain}`)).length;
    // Shared services' staff of Sävsjö and Vetlanda may have an address of another municipality: they count there.
    expect(expected('eksjo.se') + expected('savsjo.se') + expected('vetlanda.se')).toBe(SEEDED);
    expect(expected('savsjo.se')).toBeGreaterThan(0);
    const plan = await setup(1, '2027-01-16T12:00:00Z', true);
    expect(retention(plan.report).detail).toMatch(new RegExp(`^remove ${SEEDED} of ${SEEDED + 1} \\(Eksjö ${expected('eksjo.se')}, Sävsjö ${expected('savsjo.se')}, Vetlanda ${expected('vetlanda.se')}\\): ${SEEDED} more than 1 months after`));

    // No summary this time (an owner deleted it, or the editors' view has not written one): not a failure.
    const deleted = await fetch(`${tenant.url}/sites/gemensamt/_api/web/getFileByServerRelativePath(decodedUrl='${SUMMARY_PATH}')`, {
      method: 'POST', headers: { Authorization: 'Bearer johan', 'X-HTTP-Method': 'DELETE' }
    });
    expect(deleted.status).toBe(200);
    await tenant.clearRequests();
    const { report, log } = await setup(1, '2027-01-16T12:00:00Z', false);
    expect(report.failed).toBeUndefined();
    expect(log.join('\n')).toMatch(new RegExp(`removed ${SEEDED} read confirmations \\([^)]*\\); there was no editors' summary to delete`));
    expect((await confirmations()).map(c => c.Id)).toEqual([added.anna]);
    const batches = (await tenant.requests()).filter(r => (r.inner || []).some(i => /DELETE/.test(i.method)));
    expect(batches.map(b => (b.inner || []).length)).toEqual([100, 100, 100]);
  });
});
