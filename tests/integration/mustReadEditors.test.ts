import { notConfirmed } from '../../src/core/mustReadReport';
import type { MustReadItem } from '../../src/core/mustReadReportPorts';
import * as mustReadReport from '../../src/wiring/mustReadReport';
import type { MustReadReportService } from '../../src/services/mustReadReportService';
import { readConfirmationsOn } from '../../src/wiring/readConfirmations';
import { localPage, LocalPage } from '../support/localPage';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * Läs och bekräfta, the editors' view, through PnPjs against the local tenant: Johan (editor of
 * Vetlanda's hub) follows up the must-read news of his hub, sees Per's confirmation and the other
 * managers as not confirmed, counts that add up, and reminds exactly those who have not confirmed.
 */
jest.setTimeout(180000);

const VETLANDA_MANAGERS = 'Chefsinformation: budgetuppföljning för november';
const PER = 'per.sandberg@vetlanda.se';

function servicesFor(tenant: LocalTenant, token: string): LocalPage {
  return localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage() });
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

async function sentMail(tenant: LocalTenant): Promise<Array<{ from: string; subject: string; bcc: string[]; to: string[] }>> {
  return (await (await fetch(`${tenant.url}/_emulator/sent-mail`)).json()).value;
}

describe('the editors\' view of must-read news', () => {
  let tenant: LocalTenant;
  const reportFor = (token: string): ReturnType<typeof mustReadReport.wire> => {
    const page = servicesFor(tenant, token);
    return mustReadReport.wire(page.connection, page.options);
  };

  beforeAll(async () => {
    tenant = await startLocalTenant();
  });

  afterAll(async () => {
    if (tenant) {
      await tenant.stop();
    }
  });

  async function managersItem(): Promise<MustReadItem> {
    const overview = await reportFor('johan').getOverview();
    expect(overview.failures).toEqual([]);
    const item = overview.items.filter(i => i.title === VETLANDA_MANAGERS)[0];
    expect(item).toBeDefined();
    return item;
  }

  it('shows Johan the must-read news of the sites he may edit (Vetlanda\'s hub, the shared site), none of the other hubs', async () => {
    const overview = await reportFor('johan').getOverview();
    const sites = overview.sites.map(s => s.sitePath);
    expect(sites).toContain('/sites/vetlanda');
    expect(sites).not.toContain('/sites/eksjo');
    expect(sites).not.toContain('/sites/savsjo');
    expect(overview.items.filter(i => i.sitePath === '/sites/vetlanda').length).toBeGreaterThanOrEqual(2);
    expect(overview.items.every(i => sites.indexOf(i.sitePath) >= 0)).toBe(true);
    // The seeded overdue item for Vetlanda's staff, and it comes first.
    expect(overview.items[0].overdue).toBe(true);
    expect(overview.items.every(i => i.tally.audience > 0)).toBe(true);
  });

  it('shows Per as confirmed after he confirms, another manager as not, and counts per unit that add up to the audience', async () => {
    const before = await managersItem();
    expect(before.targeted).toBe(true);
    const perBefore = before.people.filter(p => p.userPrincipalName.toLowerCase() === PER)[0];
    expect(perBefore).toBeDefined();
    expect(perBefore.confirmed).toBe(false);
    expect(before.people.some(p => p.userPrincipalName.toLowerCase() === 'sara.nilsson@vetlanda.se')).toBe(false);

    await readConfirmationsOn(servicesFor(tenant, 'per')).confirm(before.pageKey);

    const item = await managersItem();
    const per = item.people.filter(p => p.userPrincipalName.toLowerCase() === PER)[0];
    expect(per.confirmed).toBe(true);
    const others = item.people.filter(p => p.userPrincipalName.toLowerCase() !== PER);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every(p => !p.confirmed)).toBe(true);
    expect(item.tally.confirmed).toBe(before.tally.confirmed + 1);
    expect(item.tally.audience).toBe(item.people.length);
    expect(new Set(item.people.map(p => p.id)).size).toBe(item.people.length);
    expect(sum(item.tally.byMunicipality.map(m => m.audience))).toBe(item.tally.audience);
    expect(sum(item.tally.byMunicipality.map(m => m.confirmed))).toBe(item.tally.confirmed);
    for (const m of item.tally.byMunicipality) {
      expect(sum(m.units.map(u => u.audience))).toBe(m.audience);
      expect(sum(m.units.map(u => u.confirmed))).toBe(m.confirmed);
    }
    const perUnit = item.tally.byMunicipality.filter(m => m.municipalityId === 'vetlanda')[0].units.filter(u => u.unit === per.department)[0];
    expect(perUnit.confirmed).toBeGreaterThanOrEqual(1);
  });

  it('counts a person once when they are in two of the audience\'s groups (the managers\' and all staff\'s)', async () => {
    const overview = await reportFor('johan').getOverview();
    const managers = overview.items.filter(i => i.title === VETLANDA_MANAGERS)[0];
    const staff = overview.items.filter(i => i.overdue)[0];
    // Per is a manager and one of all staff: once in each item's audience.
    for (const item of [managers, staff]) {
      expect(item.people.filter(p => p.userPrincipalName.toLowerCase() === PER)).toHaveLength(1);
    }
  });

  it('gives Sara, who may edit no hub, no view: no sites and no items', async () => {
    const overview = await reportFor('sara').getOverview();
    expect(overview).toEqual({ sites: [], items: [], failures: [] });
  });

  it('reminds exactly those who have not confirmed, by mail from Johan\'s mailbox', async () => {
    const item = await managersItem();
    const pending = notConfirmed(item.people, ['eksjo', 'savsjo', 'vetlanda']);
    await fetch(`${tenant.url}/_emulator/sent-mail`, { method: 'DELETE' });
    const result = await reportFor('johan').remindByMail(pending, 'Påminnelse', 'Läs nyheten');
    expect(result).toEqual({ recipients: pending.length, messages: 1 });
    const mails = await sentMail(tenant);
    expect(mails).toHaveLength(1);
    expect(mails[0].from).toBe('johan.ek@vetlanda.se');
    expect(mails[0].to).toEqual([]);
    expect(mails[0].bcc.slice().sort()).toEqual(pending.map(p => p.mail.toLowerCase()).sort());
    expect(mails[0].bcc).not.toContain(PER);
  });

  const SUMMARY = "/sites/gemensamt/_api/web/getFileByServerRelativePath(decodedUrl='/sites/gemensamt/Lasbekraftelser-sammanstallning/sammanstallning.json')";

  async function summaryAs(token: string): Promise<{ status: number; upTo?: number }> {
    const r = await fetch(`${tenant.url}${SUMMARY}/$value`, { headers: { Authorization: `Bearer ${token}` } });
    return r.status === 200 ? { status: 200, upTo: (JSON.parse(await r.text()) as { upTo: number }).upTo } : { status: r.status };
  }

  function counts(overview: { items: MustReadItem[] }): Record<string, [number, number]> {
    const out: Record<string, [number, number]> = {};
    overview.items.forEach(i => { out[i.pageKey] = [i.tally.audience, i.tally.confirmed]; });
    return out;
  }

  it('reads the audience groups\' members in one JSON batch and the confirmations in one SharePoint $batch of ID windows, the highest and lowest IDs asked with the shared site\'s permission check', async () => {
    // No summary yet: the list from its lowest ID.
    await fetch(`${tenant.url}${SUMMARY}`, { method: 'DELETE', headers: { Authorization: 'Bearer admin', 'IF-MATCH': '*' } });
    await tenant.clearRequests();
    const report = reportFor('johan') as MustReadReportService;
    const overview = await report.getOverview();
    expect(overview.items.length).toBeGreaterThan(1);
    const log = await tenant.requests();
    const memberReads = log.filter(r => r.path.endsWith('$batch') && (r.inner || []).some(i => /transitiveMembers\/microsoft\.graph\.user\?/i.test(i.path)));
    expect(memberReads).toHaveLength(1);
    // The list's highest and lowest IDs go with the shared site's permission check, in one $batch, before the search.
    const first = log.filter(r => r.path === '/sites/gemensamt/_api/$batch' && (r.inner || []).some(i => /EffectiveBasePermissions/.test(i.path)));
    expect(first).toHaveLength(1);
    expect((first[0].inner || []).map(i => decodeURIComponent(i.path))).toEqual([
      expect.stringMatching(/getByTitle\('Site Pages'\)\?\$select=EffectiveBasePermissions$/),
      expect.stringMatching(/L.sbekr.ftelser'\)\/items\?\$select=Id&\$orderby=ID(\+| )desc&\$top=1$/),
      expect.stringMatching(/L.sbekr.ftelser'\)\/items\?\$select=Id&\$orderby=ID(\+| )asc&\$top=1$/),
      expect.stringMatching(/getFileByServerRelativePath\(decodedUrl='\/sites\/gemensamt\/Lasbekraftelser-sammanstallning\/sammanstallning\.json'\)\/\$value$/i),
      expect.stringMatching(/getFileByServerRelativePath\(decodedUrl='\/sites\/gemensamt\/Lasbekraftelser-sammanstallning\/sammanstallning\.json'\)\?\$select=ETag$/i)
    ]);
    expect(log.filter(r => r.method === 'GET' && /L%C3%A4sbekr/i.test(r.path))).toEqual([]);
    const search = log.findIndex(r => r.path === '/v1.0/$batch' && (r.inner || []).some(i => /search\/query/.test(i.path)));
    expect(log.indexOf(first[0])).toBeLessThan(search);
    const confirmationReads = log.filter(r => r !== first[0] && r.path === '/sites/gemensamt/_api/$batch' && (r.inner || []).some(i => /L%C3%A4sbekr/i.test(i.path)));
    expect(confirmationReads).toHaveLength(1);
    const windows = (confirmationReads[0].inner || []).filter(i => /L%C3%A4sbekr/i.test(i.path));
    // The seeded list is small: one window of 5,000 IDs from its lowest, instead of 8 bucket queries a page.
    expect(windows.map(w => decodeURIComponent(w.path))).toEqual([expect.stringMatching(/\$skiptoken=Paged=TRUE&p_ID=\d+&\$top=5000$/)]);
    // In the same $batch as the shared site's pages' audiences: the shared site gets no other round trip for them.
    const sharedPages = overview.items.filter(i => i.sitePath === '/sites/gemensamt').length;
    expect(sharedPages).toBeGreaterThan(0);
    expect((confirmationReads[0].inner || []).filter(i => /Site%20Pages|Site Pages/.test(i.path) && /ModernAudienceTargetUserField/.test(i.path))).toHaveLength(sharedPages);
    // Besides those two: the summary, written after the answer (it was read, as none, in the first) once its
    // ETag is asked again and there is still none.
    expect(await report.summaryWritten()).toBe(true);
    const shared = (await tenant.requests()).filter(r => r.path.startsWith('/sites/gemensamt/'));
    expect(shared.map(r => `${r.method} ${decodeURIComponent(r.path).replace(/\(decodedUrl='[^']*'\)/gi, '(…)')}`)).toEqual([
      'POST /sites/gemensamt/_api/$batch', 'POST /sites/gemensamt/_api/$batch',
      expect.stringMatching(/^GET \/sites\/gemensamt\/_api\/web\/getFileByServerRelativePath\(…\)\?\$select=ETag$/i),
      expect.stringMatching(/^POST \/sites\/gemensamt\/_api\/web\/getFolderByServerRelativePath\(…\)\/files\/AddUsingPath\(/i)
    ]);
  });

  /** Johan's view an hour from now: the confirmations this file's tests made have settled (SUMMARY_SETTLE_MS) and go under the summary's id. */
  const laterReportFor = (token: string): MustReadReportService => {
    const page = servicesFor(tenant, token);
    return mustReadReport.wire(page.connection, { ...page.options, now: () => new Date(Date.now() + 3600000) }) as MustReadReportService;
  };

  it('reads only the confirmations after its summary the next time, with the same counts; a confirmation after it counts at once', async () => {
    // A confirmation of the shared site's all-staff item, so the list has a settled one however the tests before ran.
    const anyItem = (await reportFor('johan').getOverview()).items.filter(i => i.people.some(p => p.userPrincipalName.toLowerCase() === 'sara.nilsson@vetlanda.se'))[0];
    expect(anyItem).toBeDefined();
    await readConfirmationsOn(servicesFor(tenant, 'sara')).confirm(anyItem.pageKey);
    const first = laterReportFor('johan');
    const before = await first.getOverview();
    await first.summaryWritten();
    const summary = await summaryAs('johan');
    expect(summary.status).toBe(200);
    expect(summary.upTo).toBeGreaterThan(0);

    const windowsRead = async (): Promise<string[]> => ([] as Array<{ path: string }>).concat(...(await tenant.requests())
      .filter(r => r.path === '/sites/gemensamt/_api/$batch').map(r => r.inner || []))
      .map(i => decodeURIComponent(i.path)).filter(p => /skiptoken/.test(p));
    // Nothing added since the summary: no confirmation is read at all.
    await tenant.clearRequests();
    const again = await laterReportFor('johan').getOverview();
    expect(counts(again)).toEqual(counts(before));
    expect(await windowsRead()).toEqual([]);

    // Someone not yet confirmed in the Vetlanda managers' item confirms: the next overview counts them.
    const item = again.items.filter(i => i.title === VETLANDA_MANAGERS)[0];
    const waiting = item.people.filter(p => !p.confirmed)[0];
    expect(waiting).toBeDefined();
    await readConfirmationsOn(servicesFor(tenant, `upn:${waiting.userPrincipalName}`)).confirm(item.pageKey);
    await tenant.clearRequests();
    const after = (await laterReportFor('johan').getOverview()).items.filter(i => i.pageKey === item.pageKey)[0];
    // Only what came after the summary's id: one window from it.
    expect(await windowsRead()).toEqual([expect.stringContaining(`p_ID=${summary.upTo}&`)]);
    expect(after.tally.confirmed).toBe(item.tally.confirmed + 1);
    expect(after.people.filter(p => p.id === waiting.id)[0].confirmed).toBe(true);
  });

  it('gets the same counts from the list alone when the summary is gone or is not a summary', async () => {
    const report = reportFor('johan') as MustReadReportService;
    const withSummary = counts(await report.getOverview());
    await report.summaryWritten();
    await fetch(`${tenant.url}${SUMMARY}`, { method: 'DELETE', headers: { Authorization: 'Bearer admin', 'IF-MATCH': '*' } });
    expect((await summaryAs('johan')).status).toBe(404);
    expect(counts(await reportFor('johan').getOverview())).toEqual(withSummary);
    // A file that is no summary (written by hand, or by another release): read as none.
    const put = await fetch(`${tenant.url}/sites/gemensamt/_api/web/getFolderByServerRelativePath(decodedUrl='/sites/gemensamt/Lasbekraftelser-sammanstallning')/files/AddUsingPath(decodedurl='sammanstallning.json',Overwrite=true)`,
      { method: 'POST', headers: { Authorization: 'Bearer johan' }, body: '{"version":1,"upTo":999999,"readers":["x"],"pages":{"a":"%%"}}' });
    expect(put.status).toBe(200);
    expect(counts(await reportFor('johan').getOverview())).toEqual(withSummary);
  });

  it('counts the all-staff groups in the search\'s batch and reads those over a page in parts side by side, finding the same people', async () => {
    const people = (overview: { items: MustReadItem[] }): Record<string, string[]> => {
      const out: Record<string, string[]> = {};
      overview.items.forEach(i => { out[i.pageKey] = i.people.map(p => `${p.id}:${p.confirmed}`).sort(); });
      return out;
    };
    const whole = await reportFor('johan').getOverview();
    await tenant.clearRequests();
    // Pages of 100 and parts of about 40: the demo's all-staff groups (about 200 each) are read as in a tenant of thousands.
    const page = servicesFor(tenant, 'johan');
    const split = await mustReadReport.wire(page.connection, page.options, { memberPaging: { partTarget: 40, pageSize: 100 } }).getOverview();
    expect(split.failures).toEqual([]);
    expect(counts(split)).toEqual(counts(whole));
    expect(people(split)).toEqual(people(whole));
    const log = await tenant.requests();
    const graphInner = ([] as Array<{ path: string; status: number }>).concat(...log.filter(r => r.path === '/v1.0/$batch').map(r => r.inner || []));
    // The sizes ride with the search: one batch, no round trip of their own.
    const search = log.filter(r => r.path === '/v1.0/$batch' && (r.inner || []).some(i => /search\/query/.test(i.path)));
    expect(search).toHaveLength(1);
    const roots = (search[0].inner || []).filter(i => /transitiveMembers\/microsoft\.graph\.user\/\$count$/.test(decodeURIComponent(i.path)))
      .map(i => /groups\/([^/]+)\//.exec(i.path)![1]);
    // The root and all-staff groups of the three municipalities.
    expect(roots).toHaveLength(6);
    const readInParts = roots.filter(root => graphInner.some(i => i.path.indexOf(`/groups/${root}/transitiveMembers/microsoft.graph.user?`) >= 0));
    // Johan's news (Vetlanda's hub, the shared site) are for Vetlanda's staff or for everyone: those groups, each over 100 people here.
    expect(readInParts.length).toBeGreaterThanOrEqual(2);
    for (const root of readInParts) {
      const reads = graphInner.filter(i => i.path.indexOf(`/groups/${root}/transitiveMembers/microsoft.graph.user?`) >= 0).map(i => decodeURIComponent(i.path));
      expect(reads.length).toBeGreaterThan(2);
      reads.forEach(read => expect(read).toMatch(/\$filter=userPrincipalName (le|ge) '[a-z]{2}'/));
      // Each part fits a page: no root group is read by a next link, one after another.
      expect(reads.filter(read => /\$skiptoken=/.test(read))).toEqual([]);
    }
  });

  describe('when the summary changes between the view\'s read and its write (a retention run, another editor)', () => {
    // What the others write: a summary of nothing, marked so that it is told from the view's.
    const MARKED = JSON.stringify({ version: 1, upTo: 0, readers: ['meanwhile@vetlanda.se'], pages: {} });
    const put = (): Promise<Response> => fetch(`${tenant.url}/sites/gemensamt/_api/web/getFolderByServerRelativePath(decodedUrl='/sites/gemensamt/Lasbekraftelser-sammanstallning')/files/AddUsingPath(decodedurl='sammanstallning.json',Overwrite=true)`,
      { method: 'POST', headers: { Authorization: 'Bearer johan' }, body: MARKED });
    const summaryText = async (): Promise<string | number> => {
      const r = await fetch(`${tenant.url}${SUMMARY}/$value`, { headers: { Authorization: 'Bearer johan' } });
      return r.status === 200 ? r.text() : r.status;
    };
    const remove = (): Promise<Response> => fetch(`${tenant.url}${SUMMARY}`, { method: 'DELETE', headers: { Authorization: 'Bearer admin', 'IF-MATCH': '*' } });

    beforeAll(async () => {
      // A confirmation the view takes into the summary, whichever tests ran before (confirming again adds nothing).
      const item = (await reportFor('johan').getOverview()).items.filter(i => i.people.some(p => p.userPrincipalName.toLowerCase() === 'sara.nilsson@vetlanda.se'))[0];
      await readConfirmationsOn(servicesFor(tenant, 'sara')).confirm(item.pageKey);
    });

    /** Opens the view with its search held up 2 s, and does `meanwhile` once the summary has been read (the first `$batch` answered). */
    async function openWhile(meanwhile: () => Promise<unknown>): Promise<boolean> {
      await tenant.clearRequests();
      await tenant.addFaults([{ pattern: '/search/query', latencyMs: 2000, times: 1 }]);
      const report = laterReportFor('johan');
      const overview = report.getOverview();
      const read = async (): Promise<boolean> => (await tenant.requests()).some(r => r.path === '/sites/gemensamt/_api/$batch' && (r.inner || []).some(i => /EffectiveBasePermissions/.test(i.path)));
      for (let tries = 0; !(await read()); tries++) {
        expect(tries).toBeLessThan(100);
        await new Promise(resolve => setTimeout(resolve, 10));
      }
      await meanwhile();
      expect((await overview).failures).toEqual([]);
      return report.summaryWritten();
    }

    it('writes one when nothing happened meanwhile (the view has confirmations to add)', async () => {
      await remove();
      expect(await openWhile(() => Promise.resolve())).toBe(true);
      expect((await summaryAs('johan')).upTo).toBeGreaterThan(0);
      expect((await put()).status).toBe(200);
      expect(await openWhile(() => Promise.resolve())).toBe(true);
      expect(await summaryText()).not.toBe(MARKED);
    });

    it('leaves a summary written meanwhile where there was none', async () => {
      await remove();
      expect(await openWhile(async () => expect((await put()).status).toBe(200))).toBe(false);
      expect(await summaryText()).toBe(MARKED);
    });

    it('does not bring back a summary removed meanwhile, nor overwrite one written over it', async () => {
      expect((await put()).status).toBe(200);
      expect(await openWhile(async () => expect((await remove()).status).toBe(200))).toBe(false);
      expect(await summaryText()).toBe(404);
      expect((await put()).status).toBe(200);
      expect(await openWhile(async () => expect((await put()).status).toBe(200))).toBe(false);
      expect(await summaryText()).toBe(MARKED);
    });
  });

  it('keeps the summary from readers: Sara can neither read it nor write one', async () => {
    const report = laterReportFor('johan');
    await report.getOverview();
    await report.summaryWritten();
    expect((await summaryAs('johan')).status).toBe(200);
    expect([403, 404]).toContain((await summaryAs('sara')).status);
    const write = await fetch(`${tenant.url}/sites/gemensamt/_api/web/getFolderByServerRelativePath(decodedUrl='/sites/gemensamt/Lasbekraftelser-sammanstallning')/files/AddUsingPath(decodedurl='sammanstallning.json',Overwrite=true)`,
      { method: 'POST', headers: { Authorization: 'Bearer sara' }, body: '{"version":1,"upTo":0,"readers":[],"pages":{}}' });
    expect([403, 404]).toContain(write.status);
    expect((await summaryAs('johan')).upTo).toBeGreaterThan(0);
  });
});
