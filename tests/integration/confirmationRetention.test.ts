import * as fs from 'fs';
import * as path from 'path';
import { parseSetupConfig, type SetupConfig } from '../../setup/setupConfig';
import type { ProvisioningAssets } from '../../setup/provisioningAssets';
import { CONFIRMATION_LIST, confirmationFields, confirmationOf, pageKeyOf } from '../../src/core/readConfirmation';
import { confirmedReaders, parseSummary, SUMMARY_FILE, SUMMARY_LIBRARY_URL } from '../../src/core/confirmationSummary';
import { readAssetFolder, runSetup, type SetupReport } from '../../setup/run';
import { createTenantClients } from '../../setup/tenantClients';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * `npm run setup -- --remove-confirmations-after-months N` (setup/confirmationRetention.ts) against the
 * seeded local tenant: the plan counts per municipality what it would remove and a dry run removes
 * nothing; the run removes exactly the confirmations whose page's due date is more than N months past,
 * in `$batch`es of DELETEs, and a second run finds nothing to do. The editors' summary of who has
 * confirmed which page (src/core/confirmationSummary.ts) is deleted before removing and written anew
 * after, of the checked confirmations kept, by a run that removes confirmations only; should the write
 * fail, the file is deleted instead.
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

async function upnOf(token: string): Promise<string> {
  return ((await rest(token, '/v1.0/me')).body.userPrincipalName as string).toLowerCase();
}

/** Adds an item as `token`, in the reader column `asReader` (the token's own user unless given: else a forged one). */
async function confirmAs(token: string, pageKey: string, asReader?: string): Promise<number> {
  const added = await rest(token, `${LIST}/items`, { method: 'POST', body: JSON.stringify(confirmationFields(pageKey, asReader || await upnOf(token))) });
  expect(added.status).toBe(201);
  return added.body.Id;
}

/**
 * What the list holds, read as an editor (johan) reads it, each item checked as the editors' view
 * checks it: the readers of each page, sorted, and the highest checked item's id.
 */
async function checkedReadersAsEditor(): Promise<{ pages: Record<string, string[]>; highest: number }> {
  const pages: Record<string, string[]> = {};
  let highest = 0;
  let next: string | undefined = `${LIST}/items?$select=Id,Created,SamverkaReader,SamverkaPageBucket,Author/Name,Author/Title&$expand=Author&$top=5000`;
  while (next) {
    const page = await rest('johan', next.replace(tenant.url, ''));
    expect(page.status).toBe(200);
    for (const raw of page.body.value) {
      const c = confirmationOf(raw);
      if (c) {
        pages[c.pageKey] = Array.from(new Set([...(pages[c.pageKey] || []), c.reader.userPrincipalName])).sort();
        highest = Math.max(highest, c.itemId);
      }
    }
    next = page.body['odata.nextLink'];
  }
  return { pages, highest };
}

/** The summary's readers of each page it has any for, sorted. */
function summaryReaders(text: string): Record<string, string[]> {
  const summary = parseSummary(text);
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(summary.pages)) {
    const readers = Array.from(confirmedReaders(summary, key)).sort();
    if (readers.length > 0) {
      out[key] = readers;
    }
  }
  return out;
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
  const pageOf: Record<string, string> = {};

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
    pageOf.per = dueOn(vetlanda, '2026-12-03'); // Vetlanda's managers, due 4 December
    pageOf.erik = dueOn(eksjo, '2026-12-10'); // Eksjö's managers, due 11 December
    pageOf.anna = dueOn(eksjo, '2026-12-17'); // Eksjö's social services, due 18 December
    added.per = await confirmAs('per', pageOf.per);
    added.erik = await confirmAs('erik', pageOf.erik);
    added.anna = await confirmAs('anna', pageOf.anna);
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
      detail: `remove 2 of ${SEEDED + 3} (Eksjö 1, Sävsjö 0, Vetlanda 1): 2 more than 1 months after their page's due date, 0 more than 1 months after they were made (page without a due date, or gone); and rewrite the editors' summary ${SUMMARY_FILE} with those kept`
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

  it('removes exactly those two with DELETEs in one $batch, and writes the editors\' summary of the checked confirmations kept; a second run finds nothing to remove and leaves a new summary be', async () => {
    // Anna's item naming Erik as its reader: kept (Anna's page is not due yet), but it counts for no one.
    const erik = await upnOf('erik');
    const forged = await confirmAs('anna', pageOf.anna, erik);
    await tenant.clearRequests();
    const { report, log } = await setup(1, '2027-01-12T12:00:00Z', false);
    expect(report.failed).toBeUndefined();
    const held = await checkedReadersAsEditor();
    const keptCount = Object.values(held.pages).reduce((n, readers) => n + readers.length, 0);
    expect(log.join('\n')).toContain(`removed 2 read confirmations (Eksjö 1, Vetlanda 1); wrote the editors' summary ${SUMMARY_PATH} of the ${keptCount} confirmations kept`);
    // Deleted before the confirmations, then written (AddUsingPath with Overwrite) after them.
    const fileRequests = (await tenant.requests()).filter(r => r.path.includes(SUMMARY_LIBRARY_URL));
    expect(fileRequests.map(r => `${r.method} ${r.status} ${/AddUsingPath\(decodedurl='sammanstallning\.json',Overwrite=true\)/i.test(r.path) ? 'write' : 'delete'}`))
      .toEqual(['POST 200 delete', 'POST 200 write']);
    expect(report.changed.map(s => s.id)).toEqual(['confirmation-retention:/sites/gemensamt']);
    const left = (await confirmations()).map(c => c.Id);
    expect(left).toHaveLength(SEEDED + 2);
    expect(left).toContain(forged);

    // The summary is the list's checked confirmations as an editor reads them, and up to the highest
    // of them (all made more than 15 minutes before the run's clock).
    const text = await readSummary();
    expect(typeof text).toBe('string');
    const summary = parseSummary(text as string);
    expect(summary.upTo).toBeGreaterThan(0);
    expect(summary.upTo).toBe(held.highest);
    expect(summaryReaders(text as string)).toEqual(held.pages);
    expect(keptCount).toBe(SEEDED + 1);
    // None of the removed, and not the forged reader.
    expect(confirmedReaders(summary, pageOf.per).has(await upnOf('per'))).toBe(false);
    expect(confirmedReaders(summary, pageOf.erik).has(erik)).toBe(false);
    expect(Array.from(confirmedReaders(summary, pageOf.anna))).toEqual([await upnOf('anna')]);
    // The forged item goes, so that the runs below count as before.
    expect((await rest('admin', `${LIST}/items(${forged})`, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } })).status).toBe(200);
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
    expect(log.join('\n')).toMatch(new RegExp(`removed ${SEEDED} read confirmations \\([^)]*\\); wrote the editors' summary ${SUMMARY_PATH} of the 1 confirmations kept`));
    expect((await confirmations()).map(c => c.Id)).toEqual([added.anna]);
    const text = await readSummary();
    expect(typeof text).toBe('string');
    expect(parseSummary(text as string).upTo).toBe(added.anna);
    expect(summaryReaders(text as string)).toEqual({ [pageOf.anna]: [await upnOf('anna')] });
    const batches = (await tenant.requests()).filter(r => (r.inner || []).some(i => /DELETE/.test(i.method)));
    expect(batches.map(b => (b.inner || []).length)).toEqual([100, 100, 100]);
  });

  it('deletes the editors\' summary when it cannot write it, and says so as the step\'s error', async () => {
    await writeSummary();
    // The delete before removing answers 404 as if there were no file (the editors' view then writes
    // one while the confirmations go), and the write after them fails: the file must be deleted then.
    await tenant.addFaults([
      { pattern: 'getFileByServerRelativePath', method: 'POST', status: 404, times: 1 },
      { pattern: 'AddUsingPath', method: 'POST', status: 500, times: 1 }
    ]);
    await tenant.clearRequests();
    // 18 December plus one month has passed: Anna's goes too.
    const { report } = await setup(1, '2027-01-20T12:00:00Z', false);
    expect(report.failed && report.failed.step.id).toBe('confirmation-retention:/sites/gemensamt');
    expect(report.failed && report.failed.error).toMatch(
      /^removed 1 read confirmations, but could not write the editors' summary \/sites\/gemensamt\/Lasbekraftelser-sammanstallning\/sammanstallning\.json: .*; deleted it instead/
    );
    expect(await confirmations()).toEqual([]);
    const fileRequests = (await tenant.requests()).filter(r => r.path.includes(SUMMARY_LIBRARY_URL));
    expect(fileRequests.map(r => `${r.method} ${r.status}`)).toEqual(['POST 404', 'POST 500', 'POST 200']);
    expect(await readSummary()).toBe(404);
  });
});
