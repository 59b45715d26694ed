import * as fs from 'fs';
import * as path from 'path';
import { membershipsOf } from '../../src/core/membership';
import { parseSetupConfig, type SetupConfig } from '../../setup/setupConfig';
import type { ProvisioningAssets } from '../../setup/provisioningAssets';
import { CONFIRMATION_LIST, pageKeyOf } from '../../src/core/readConfirmation';
import { SUMMARY_FILE, SUMMARY_LIBRARY, SUMMARY_LIBRARY_URL } from '../../src/core/confirmationSummary';
import * as contentHealth from '../../src/wiring/contentHealth';
import { readConfirmationsOn } from '../../src/wiring/readConfirmations';
import { localPage, LocalPage } from '../support/localPage';
import { MemoryStorage } from '../../src/services/sessionCache';
import { readAppPackage, type AppPackage } from '../../setup/appPackage';
import { readAssetFolder, runSetup, type SetupReport } from '../../setup/run';
import { createTenantClients } from '../../setup/tenantClients';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * The setup command's real code (setup/run.ts, PnPjs) against an empty local tenant: the plan,
 * a run, a second run that changes nothing, a run interrupted half way and run again, and the
 * news services working on the tenant it set up.
 */
jest.setTimeout(180000);

const ROOT = path.resolve(__dirname, '..', '..');
const NOW = new Date('2026-11-28T12:00:00Z');
let config: SetupConfig;
let assets: ProvisioningAssets;
let appPackage: AppPackage;

beforeAll(async () => {
  const parsed = parseSetupConfig(fs.readFileSync(path.join(ROOT, 'setup', 'municipalities.example.json'), 'utf8'));
  if (!parsed.ok) {
    throw new Error(parsed.problems.join('\n'));
  }
  config = parsed.config;
  assets = await readAssetFolder(path.join(ROOT, 'sharepoint', 'assets'));
  appPackage = await readAppPackage(await testPackage());
});

/** The built package when there is one; otherwise a package with the same manifest, zipped here. */
async function testPackage(): Promise<string> {
  const built = path.join(ROOT, 'sharepoint', 'solution', 'samverka.sppkg');
  if (fs.existsSync(built)) {
    return built;
  }
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  zip.file('AppManifest.xml', '<?xml version="1.0"?><App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="Samverka" ProductID="db827069-6171-4be0-bb41-667bc2dccaa1" Version="0.1.0.0" SkipFeatureDeployment="true"><Properties><Title>Samverka</Title></Properties>' +
    '<WebApiPermissionRequests><WebApiPermissionRequest ResourceId="Microsoft Graph" Scope="User.Read"></WebApiPermissionRequest></WebApiPermissionRequests></App>');
  const file = path.join(ROOT, 'temp', 'setup-test.sppkg');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function setup(tenant: LocalTenant, options: { dryRun?: boolean; token?: string } = {}): Promise<{ report: SetupReport; log: string[] }> {
  const log: string[] = [];
  const report = await runSetup({
    config,
    clients: createTenantClients({ tenantUrl: tenant.url, spToken: options.token || 'admin' }),
    assets,
    appPackage,
    dryRun: options.dryRun,
    log: line => log.push(line)
  });
  return { report, log };
}

async function graph(tenant: LocalTenant, token: string, pathAndQuery: string): Promise<{ value: Array<Record<string, string>> }> {
  const response = await fetch(`${tenant.url}/v1.0/${pathAndQuery}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.json() as Promise<{ value: Array<Record<string, string>> }>;
}

const writes = (requests: Array<{ method: string; path: string }>): string[] =>
  requests.filter(r => r.method !== 'GET').map(r => `${r.method} ${r.path}`);

/** SharePoint REST of the local tenant as a persona, or the status when it refuses. */
async function rest(tenant: LocalTenant, token: string, pathAndQuery: string): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(`${tenant.url}${pathAndQuery}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' } });
  return response.status === 200 ? response.json() : response.status;
}

/** What content health, boosting, must-read news, borrowing and sending news read and write on a page. */
const PAGE_COLUMNS = ['SamverkaOwner', 'SamverkaReviewDate', 'SamverkaExpires', 'SamverkaBoostUntil', 'SamverkaMustRead', 'SamverkaReadBy',
  'SamverkaSourceUrl', 'SamverkaSourceMunicipality', 'SamverkaSourceModified', 'SamverkaCopiedBy', 'SamverkaCopiedAt', 'SamverkaSourceKey'];
const READ = 1073741826;

/** Site Pages of a site: whether it allows content types, their names, its columns. */
async function sitePages(tenant: LocalTenant, site: string): Promise<{ enabled: boolean; types: string[]; columns: string[] }> {
  const at = `${site}/_api/web/lists/getByTitle('Site Pages')`;
  const list = await rest(tenant, 'admin', `${at}?$select=ContentTypesEnabled`);
  const types = await rest(tenant, 'admin', `${at}/contenttypes?$select=Name,StringId`);
  const fields = await rest(tenant, 'admin', `${at}/fields?$select=InternalName`);
  return { enabled: list.ContentTypesEnabled, types: types.value.map((t: { Name: string }) => t.Name), columns: fields.value.map((f: { InternalName: string }) => f.InternalName) };
}

/** The groups with the role Read on a site, by display name. */
async function readers(tenant: LocalTenant, site: string): Promise<string[]> {
  const assignments = await rest(tenant, 'admin', `${site}/_api/web/roleassignments?$expand=Member,RoleDefinitionBindings`);
  return assignments.value
    .filter((a: { Member: { PrincipalType: number }; RoleDefinitionBindings: Array<{ Id: number }> }) => a.Member.PrincipalType === 4 && a.RoleDefinitionBindings.some(r => r.Id === READ))
    .map((a: { Member: { Title: string } }) => a.Member.Title);
}

describe('setup on an empty local tenant', () => {
  let tenant: LocalTenant;

  beforeAll(async () => {
    tenant = await startLocalTenant(['--empty']);
  });
  afterAll(async () => {
    if (tenant) {
      await tenant.stop();
    }
  });

  it('reads every element file of sharepoint/assets, the one definition of what it creates', async () => {
    const files = fs.readdirSync(path.join(ROOT, 'sharepoint', 'assets')).filter(n => /\.xml$/i.test(n)).sort();
    expect(new Set([...assets.fields.map(f => f.source), ...assets.contentTypes.map(ct => ct.source), ...assets.lists.flatMap(l => l.fields.map(f => f.source)),
      ...assets.lists.map(l => l.schemaSource).filter((n): n is string => !!n)])).toEqual(new Set(files));
    expect(assets.problems).toEqual([]);
    expect(assets.fields.map(f => f.name)).toContain('SamverkaReviewDate');
    expect(assets.contentTypes.map(ct => ct.name)).toContain('Samverka-sida');
    expect(assets.lists.map(l => l.title)).toContain('Guider');
  });

  it('--dry-run plans every step as "create" and changes nothing', async () => {
    await tenant.clearRequests();
    const { report, log } = await setup(tenant, { dryRun: true });
    expect(report.failed).toBeUndefined();
    expect(report.counts.update).toBe(0);
    expect(report.counts.exists).toBe(1); // the app catalog, which an admin creates before
    expect(report.counts.create).toBe(report.plan.length - 1);
    const ids = report.plan.map(s => s.id);
    for (const id of ['group:eksjo', 'members:eksjo:allStaff', 'site:/sites/vetlanda', 'hub:/sites/vetlanda', 'join:/sites/eksjo-social',
      'visitors:/sites/gemensamt', 'field:/sites/eksjo:SamverkaReviewDate', 'field:/sites/eksjo:SamverkaBoostUntil', 'list:/sites/gemensamt:Guider',
      'list:/sites/gemensamt:Guidebilder',
      'library:/sites/eksjo:SitePages', 'library:/sites/gemensamt:SitePages', 'borrowers:/sites/vetlanda', 'audience:/sites/savsjo', 'tenant-config', 'app',
      'field:/sites/eksjo:SamverkaMustRead', 'list:/sites/gemensamt:Läsbekräftelser', 'indexes:/sites/gemensamt:Läsbekräftelser',
      'list-security:/sites/gemensamt:Läsbekräftelser', 'roles:/sites/gemensamt:Läsbekräftelser', 'list-roles:/sites/gemensamt:Läsbekräftelser',
      `list:/sites/gemensamt:${SUMMARY_LIBRARY}`, `list-security:/sites/gemensamt:${SUMMARY_LIBRARY}`, `list-roles:/sites/gemensamt:${SUMMARY_LIBRARY}`]) {
      expect(ids).toContain(id);
    }
    expect(ids.indexOf('group:eksjo')).toBeLessThan(ids.indexOf('visitors:/sites/eksjo'));
    expect(ids.indexOf('site:/sites/eksjo')).toBeLessThan(ids.indexOf('hub:/sites/eksjo'));
    // The site's content type exists before Site Pages gets it; the groups before they are given Read.
    expect(ids.indexOf('contenttype:/sites/eksjo:0x0101009D1CB255DA76424F860D91F20E6C411800167B43F656044D83B95D1CA263303B8D')).toBeLessThan(ids.indexOf('library:/sites/eksjo:SitePages'));
    expect(ids.indexOf('group:savsjo:unit:Kommunikation')).toBeLessThan(ids.indexOf('borrowers:/sites/eksjo'));
    // Every column exists on a site before a content type there links it.
    for (const site of ['/sites/eksjo', '/sites/gemensamt', '/sites/eksjo-social']) {
      for (const ct of assets.contentTypes) {
        const at = ids.indexOf(`contenttype:${site}:${ct.id}`);
        expect(at).toBeGreaterThan(0);
        for (const name of ct.fieldNames) {
          const field = ids.indexOf(`field:${site}:${name}`);
          expect(`${site} ${ct.name} ${name}: ${field >= 0 && field < at}`).toBe(`${site} ${ct.name} ${name}: true`);
        }
      }
    }
    expect(ids).not.toContain('library:/sites/eksjo-social:SitePages'); // hubs and the shared site only
    // The summary library on the shared site only; its permissions once the communicators' groups exist.
    expect(ids.filter(id => id.includes(SUMMARY_LIBRARY))).toEqual([
      `list:/sites/gemensamt:${SUMMARY_LIBRARY}`, `list-security:/sites/gemensamt:${SUMMARY_LIBRARY}`, `list-roles:/sites/gemensamt:${SUMMARY_LIBRARY}`
    ]);
    expect(ids.indexOf('group:vetlanda:unit:Kommunikation')).toBeLessThan(ids.indexOf(`list-roles:/sites/gemensamt:${SUMMARY_LIBRARY}`));
    expect(report.plan.find(s => s.id === `list-security:/sites/gemensamt:${SUMMARY_LIBRARY}`)).toEqual(expect.objectContaining({ action: 'create', detail: 'set NoCrawl true' }));
    expect(report.plan.find(s => s.id === `list-roles:/sites/gemensamt:${SUMMARY_LIBRARY}`))
      .toEqual(expect.objectContaining({ action: 'create', detail: 'stop inheriting the site\'s permissions, give 3 groups their level' }));
    expect(report.plan.find(s => s.id === 'borrowers:/sites/eksjo')).toEqual(expect.objectContaining({ action: 'create', detail: 'give 2 groups the role Read' }));
    expect(log.join('\n')).toMatch(/Dry run: nothing was changed/);
    expect(log.join('\n')).toMatch(/An admin must also do by hand \(no API does it\):\n {2}- Search schema \(no API\): map ows_SamverkaGuideCategory → RefinableString110/);
    expect(writes(await tenant.requests())).toEqual([]);
  });

  it('sets the tenant up, then a second run changes nothing and says so', async () => {
    await tenant.clearRequests();
    const first = await setup(tenant);
    const firstRequests = (await tenant.requests()).length;
    expect(first.report.failed).toBeUndefined();
    expect(first.report.changed.length).toBe(first.report.counts.create + first.report.counts.update);
    expect(first.report.permissionRequests).toContainEqual({ resource: 'Microsoft Graph', scope: 'User.Read' });

    await tenant.clearRequests();
    const second = await setup(tenant);
    expect(second.report.failed).toBeUndefined();
    expect(second.report.changed).toEqual([]);
    expect(second.report.counts.create + second.report.counts.update).toBe(0);
    expect(second.log.join('\n')).toMatch(/Nothing to change: all \d+ steps are already in place/);
    const secondRequests = await tenant.requests();
    expect(writes(secondRequests)).toEqual([]);
    process.stdout.write(`setup on an empty tenant: ${first.report.durationMs} ms, ${firstRequests} requests; second run: ${second.report.durationMs} ms, ${secondRequests.length} requests\n`);
  });

  it('does not deploy a package whose feature would provision columns again, and says why', async () => {
    expect(appPackage.featureElements).toEqual([]); // the package of this version
    const log: string[] = [];
    const report = await runSetup({
      config,
      clients: createTenantClients({ tenantUrl: tenant.url, spToken: 'admin' }),
      assets,
      appPackage: { ...appPackage, version: '0.0.9.0', featureElements: ['Field', 'ContentType'] },
      log: line => log.push(line)
    });
    expect(report.failed).toBeUndefined();
    expect(report.plan.find(s => s.id === 'app')).toEqual(expect.objectContaining({ action: 'skip', detail: expect.stringMatching(/^not deployed: its feature provisions Field, ContentType, which setup creates from sharepoint\/assets/) }));
    expect(log.join('\n')).toMatch(/skip\s+app package [^\n]*: not deployed: its feature provisions Field, ContentType/);
    const apps = await rest(tenant, 'admin', `${config.appCatalogPath || '/sites/appcatalog'}/_api/web/tenantappcatalog/AvailableApps?$select=AppCatalogVersion`);
    expect(apps.value.map((a: { AppCatalogVersion: string }) => a.AppCatalogVersion)).toEqual([appPackage.version]);
  });

  it('gives Site Pages of each hub and the shared site the Samverka columns, through the content type "Samverka-sida"', async () => {
    for (const site of ['/sites/eksjo', '/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt']) {
      const pages = await sitePages(tenant, site);
      expect({ site, enabled: pages.enabled, hasType: pages.types.includes('Samverka-sida') }).toEqual({ site, enabled: true, hasType: true });
      expect(pages.columns).toEqual(expect.arrayContaining(PAGE_COLUMNS));
    }
    // An associated site's pages are not the hub's: setup leaves its Site Pages as SharePoint made it.
    expect((await sitePages(tenant, '/sites/eksjo-social')).columns).not.toContain('SamverkaReviewDate');
  });

  it('creates the guide pictures library "Guidebilder" on the shared site: a document library that its owner adds to and its readers read, not add to', async () => {
    const library = await rest(tenant, 'admin', "/sites/gemensamt/_api/web/lists/getByTitle('Guidebilder')?$select=Title,BaseTemplate");
    expect(library).toEqual(expect.objectContaining({ Title: 'Guidebilder', BaseTemplate: 101 }));
    const add = (token: string, name: string): Promise<Response> => fetch(
      `${tenant.url}/sites/gemensamt/_api/web/lists/getByTitle('Guidebilder')/rootFolder/files/AddUsingPath(decodedurl='${name}')`,
      { method: 'POST', headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, body: 'WEBVTT\n' });
    const added = await add('admin', 'setup-prov.vtt');
    expect(added.status).toBe(200);
    expect(((await added.json()) as { ServerRelativeUrl: string }).ServerRelativeUrl).toBe('/sites/gemensamt/Guidebilder/setup-prov.vtt');
    const read = await fetch(`${tenant.url}/sites/gemensamt/Guidebilder/setup-prov.vtt`, { headers: { Authorization: 'Bearer sara' } });
    expect(read.status).toBe(200);
    expect(await read.text()).toBe('WEBVTT\n');
    expect((await add('sara', 'sara.vtt')).status).toBe(403);
  });

  it('indexes the columns the services filter and sort on, as the seeded tenant has them (list view threshold)', async () => {
    for (const site of ['/sites/eksjo', '/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt']) {
      const fields = await rest(tenant, 'admin', `${site}/_api/web/lists/getByTitle('Site%20Pages')/fields?$select=InternalName,Indexed`);
      const indexed = fields.value.filter((f: { Indexed: boolean }) => f.Indexed).map((f: { InternalName: string }) => f.InternalName).sort();
      expect({ site, indexed }).toEqual({ site, indexed: ['FirstPublishedDate', 'ID', 'PromotedState', 'SamverkaCopiedAt', 'SamverkaSourceKey', 'Title'] });
    }
    const offers = await rest(tenant, 'admin', "/sites/gemensamt/_api/web/lists/getByTitle('Erbjudanden')/fields?$select=InternalName,Indexed");
    expect(offers.value.filter((f: { Indexed: boolean }) => f.Indexed).map((f: { InternalName: string }) => f.InternalName).sort()).toEqual(['ID', 'SamverkaOfferStatus', 'SamverkaToMunicipality']);
  });

  it('gives the other municipalities\' communicators Read on each hub, so they can borrow its pages', async () => {
    expect((await readers(tenant, '/sites/eksjo')).sort()).toEqual(expect.arrayContaining(['Sävsjö – Kommunikation', 'Vetlanda – Kommunikation']));
    expect(await readers(tenant, '/sites/eksjo')).not.toContain('Eksjö – Kommunikation');
    expect(await readers(tenant, '/sites/vetlanda')).toEqual(expect.arrayContaining(['Eksjö – Kommunikation', 'Sävsjö – Kommunikation']));
    // johan is a communicator in Vetlanda only (setup/municipalities.example.json): he reads Eksjö's hub, as borrowing needs.
    expect(await rest(tenant, 'johan', '/sites/eksjo/_api/web?$select=Title')).toEqual(expect.objectContaining({ Title: 'Eksjö kommun' }));
  });

  it('leaves groups nested so a person\'s transitive groups resolve, and one group per definition', async () => {
    const groups = await graph(tenant, 'admin', 'groups?$select=id,displayName,mailNickname&$top=999');
    expect(groups.value.length).toBe(config.groups.length);
    const anna = await graph(tenant, 'anna', 'me/transitiveMemberOf/microsoft.graph.group?$select=id,displayName');
    expect(anna.value.map(g => g.displayName).sort()).toEqual(['Eksjö kommun', 'Eksjö – Hemtjänst Norr', 'Eksjö – Socialförvaltningen', 'Eksjö – alla medarbetare']);
    const maria = await graph(tenant, 'maria', 'me/transitiveMemberOf/microsoft.graph.group?$select=id,displayName');
    expect(maria.value.map(g => g.displayName)).toEqual(expect.arrayContaining(['Sävsjö kommun', 'Vetlanda kommun']));
  });

  it('the news services work on it: configuration, memberships and news of readable hubs', async () => {
    const services = localPage({ kind: 'local', baseUrl: tenant.url, token: 'erik' }, { storage: new MemoryStorage(), now: () => NOW });
    const tenantConfig = await services.tenantConfig.getConfig();
    expect(tenantConfig.municipalities.map(m => m.id)).toEqual(['eksjo', 'savsjo', 'vetlanda']);
    const user = await services.userContext.getCurrentUser();
    const memberships = membershipsOf(tenantConfig, user);
    expect(memberships.home && memberships.home.id).toBe('eksjo');
    expect(user.groupIds).toContain(tenantConfig.municipalities[0].groups.managers);
    const page = await services.news.getNews({ sitePaths: ['/sites/eksjo', '/sites/gemensamt'], audienceGroupIds: user.groupIds, pageSize: 10 });
    expect(page.failures).toEqual([]);
    expect(page.items).toEqual([]); // a new intranet has no news yet
  });

  // After the news services' check: a new intranet has no news until this test adds a news link.
  it('content health works on a set-up hub: it finds a new page and "mark as reviewed" writes its review date', async () => {
    const created = await fetch(`${tenant.url}/sites/eksjo/_api/sitepages/pages/reposts`, {
      method: 'POST',
      headers: { Authorization: 'Bearer admin', Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'Välkommen till nya intranätet', OriginalSourceUrl: 'https://www.eksjo.se/' })
    });
    expect(created.status).toBe(201);
    const services = localPage({ kind: 'local', baseUrl: tenant.url, token: 'admin' }, { storage: new MemoryStorage(), now: () => NOW });
    const health = contentHealth.wire(services.connection, services.options).service;
    const report = await health.getReport();
    expect(report.failures).toEqual([]);
    const page = report.items.find(i => i.record.title === 'Välkommen till nya intranätet');
    expect(page && page.record.sitePath).toBe('/sites/eksjo');
    const result = await health.markReviewed([(page as { record: Parameters<typeof health.markReviewed>[0][0] }).record]);
    expect(result.failed).toEqual([]);
    expect(result.succeeded).toHaveLength(1);
    const stored = await rest(tenant, 'admin', `/sites/eksjo/_api/web/lists/getByTitle('Site Pages')/items(${page && page.record.itemId})?$select=SamverkaReviewDate`);
    expect(Date.parse(stored.SamverkaReviewDate)).toBeGreaterThan(NOW.getTime() + 300 * 86400000); // a year on (the hub's review months)
  });

  it('Läs och bekräfta works on a set-up tenant: readers confirm and see only their own, the communicators see all', async () => {
    const list = `/sites/gemensamt/_api/web/lists/getByTitle('${encodeURIComponent(CONFIRMATION_LIST)}')`;
    const settings = await rest(tenant, 'admin', `${list}?$select=ReadSecurity,WriteSecurity,NoCrawl,HasUniqueRoleAssignments`);
    expect([settings.ReadSecurity, settings.WriteSecurity, settings.NoCrawl, settings.HasUniqueRoleAssignments]).toEqual([2, 2, true, true]);
    const fields = await rest(tenant, 'admin', `${list}/fields?$select=InternalName,Indexed`);
    expect(fields.value.filter((f: { Indexed: boolean }) => f.Indexed).map((f: { InternalName: string }) => f.InternalName).sort()).toEqual(['ID', 'SamverkaPageBucket', 'SamverkaReader']);
    const gemensamt = await rest(tenant, 'admin', '/sites/gemensamt/_api/site?$select=Id');
    const page = pageKeyOf(gemensamt.Id, '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    const confirmer = (token: string): ReturnType<typeof readConfirmationsOn> =>
      readConfirmationsOn(localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage(), now: () => NOW }));
    const sara = await confirmer('sara').confirm(page);
    expect(sara.outcome).toBe('confirmed');
    expect((await confirmer('erik').confirm(page)).outcome).toBe('confirmed');
    expect(await confirmer('sara').confirm(page)).toEqual({ outcome: 'alreadyConfirmed', confirmedAt: sara.confirmedAt });
    expect((await confirmer('sara').confirmationsFor(page)).map(c => c.reader.userPrincipalName)).toEqual(['sara.nilsson@vetlanda.se']);
    expect((await confirmer('johan').confirmationsFor(page)).map(c => c.reader.userPrincipalName).sort()).toEqual(['erik.johansson@eksjo.se', 'sara.nilsson@vetlanda.se']);
  });

  it('creates the editors\' summary library at its own address, out of search: the communicators add, overwrite and read its file, the site\'s readers neither read nor write it', async () => {
    const at = `/sites/gemensamt/_api/web/lists/getByTitle('${encodeURIComponent(SUMMARY_LIBRARY)}')`;
    const library = await rest(tenant, 'admin', `${at}?$select=Title,BaseTemplate,NoCrawl,HasUniqueRoleAssignments`);
    expect(library).toEqual(expect.objectContaining({ Title: SUMMARY_LIBRARY, BaseTemplate: 101, NoCrawl: true, HasUniqueRoleAssignments: true }));
    // Its own roles: Contribute for each municipality's communicators and no one else (the admin is the site's owner, Full Control as such).
    const assignments = await rest(tenant, 'admin', `${at}/roleassignments?$expand=Member,RoleDefinitionBindings`);
    expect(assignments.value.map((a: { Member: { Title: string }; RoleDefinitionBindings: Array<{ Id: number }> }) => [a.Member.Title, a.RoleDefinitionBindings.map(r => r.Id)])
      .sort()).toEqual([['Eksjö – Kommunikation', [1073741827]], ['Sävsjö – Kommunikation', [1073741827]], ['Vetlanda – Kommunikation', [1073741827]]]);

    const folder = `/sites/gemensamt/${SUMMARY_LIBRARY_URL}`;
    const write = (token: string, text: string): Promise<Response> => fetch(
      `${tenant.url}/sites/gemensamt/_api/web/getFolderByServerRelativePath(decodedUrl='${folder}')/files/AddUsingPath(decodedurl='${SUMMARY_FILE}',Overwrite=true)`,
      { method: 'POST', headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, body: text });
    const read = (token: string): Promise<Response> => fetch(
      `${tenant.url}/sites/gemensamt/_api/web/getFileByServerRelativePath(decodedUrl='${folder}/${SUMMARY_FILE}')/$value`, { headers: { Authorization: `Bearer ${token}` } });
    // johan is in Vetlanda's communicators (setup/municipalities.example.json), not an owner of the shared site.
    expect((await read('johan')).status).toBe(404);
    const first = await write('johan', '{"version":1,"upTo":1,"readers":[],"pages":{}}');
    expect(first.status).toBe(200);
    expect(((await first.json()) as { ServerRelativeUrl: string }).ServerRelativeUrl).toBe(`${folder}/${SUMMARY_FILE}`);
    expect((await write('johan', '{"version":1,"upTo":2,"readers":[],"pages":{}}')).status).toBe(200);
    const back = await read('johan');
    expect(back.status).toBe(200);
    expect(await back.text()).toBe('{"version":1,"upTo":2,"readers":[],"pages":{}}');
    // Sara and Erik read the shared site, and confirm news, but the summary is not theirs to open or write.
    for (const reader of ['sara', 'erik']) {
      expect([reader, (await read(reader)).status]).toEqual([reader, 404]);
      expect([reader, (await write(reader, '{}')).status]).toEqual([reader, 403]);
    }
    expect(await (await read('johan')).text()).toBe('{"version":1,"upTo":2,"readers":[],"pages":{}}');
  });

  it('renames a group whose name changed in the configuration, and nothing else', async () => {
    const original = config;
    config = { ...config, groups: config.groups.map(g => (g.key === 'eksjo:unit:Hemtjänst Norr' ? { ...g, displayName: 'Eksjö – Hemtjänsten Norr' } : g)) };
    try {
      const renamed = await setup(tenant);
      expect(renamed.report.changed.map(s => [s.id, s.action, s.detail])).toEqual([['group:eksjo:unit:Hemtjänst Norr', 'update', 'rename from "Eksjö – Hemtjänst Norr"']]);
      const anna = await graph(tenant, 'anna', 'me/transitiveMemberOf/microsoft.graph.group?$select=displayName');
      expect(anna.value.map(g => g.displayName)).toContain('Eksjö – Hemtjänsten Norr');
    } finally {
      config = original;
    }
    const back = await setup(tenant);
    expect(back.report.changed.map(s => s.id)).toEqual(['group:eksjo:unit:Hemtjänst Norr']);
    expect((await setup(tenant)).report.changed).toEqual([]);
  });

  it('a column added to "Samverka-sida" later reaches Site Pages of each hub and the shared site on the next run', async () => {
    const original = assets;
    const xml = '<Field ID="{aaaaaaaa-1111-2222-3333-444444444444}" Name="SamverkaTestColumn" StaticName="SamverkaTestColumn" DisplayName="Test" Type="Text" Group="Samverka" />';
    const extra = { id: 'aaaaaaaa-1111-2222-3333-444444444444', name: 'SamverkaTestColumn', displayName: 'Test', type: 'Text', group: 'Samverka', schemaXml: xml, source: 'content-health.xml' };
    assets = {
      ...assets,
      fields: [...assets.fields, extra],
      contentTypes: assets.contentTypes.map(ct => (ct.name === 'Samverka-sida' ? { ...ct, fieldNames: [...ct.fieldNames, extra.name] } : ct))
    };
    const libraries = ['/sites/eksjo', '/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt'];
    try {
      const run = await setup(tenant);
      expect(run.report.failed).toBeUndefined();
      // SharePoint does not push a site content type's new column down to the lists that use it: the step adds it.
      expect(run.report.changed.filter(s => s.id.startsWith('library:')).map(s => [s.id, s.action, s.detail]))
        .toEqual(libraries.map(p => [`library:${p}:SitePages`, 'update', '1 column (SamverkaTestColumn)']));
      for (const site of libraries) {
        expect((await sitePages(tenant, site)).columns).toContain('SamverkaTestColumn');
      }
      expect((await setup(tenant)).report.changed).toEqual([]);
    } finally {
      assets = original;
    }
  });

  it('site readers are the municipality\'s groups: Vetlanda\'s hub is closed to Eksjö\'s staff', async () => {
    const read = async (token: string, site: string): Promise<number> =>
      (await fetch(`${tenant.url}${site}/_api/web?$select=Title`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } })).status;
    expect(await read('anna', '/sites/eksjo')).toBe(200);
    expect(await read('anna', '/sites/gemensamt')).toBe(200);
    expect(await read('anna', '/sites/vetlanda')).toBe(403);
    expect(await read('sara', '/sites/vetlanda')).toBe(200);
  });
});

describe('setup interrupted half way', () => {
  let tenant: LocalTenant;

  beforeAll(async () => {
    tenant = await startLocalTenant(['--empty']);
  });
  afterAll(async () => {
    if (tenant) {
      await tenant.stop();
    }
  });

  it('stops at the failing step, and the next run finishes without doing anything twice', async () => {
    await tenant.addFaults([{ pattern: '/sites/savsjo/_api/site/RegisterHubSite', method: 'POST', status: 500, times: 1 }]);
    const interrupted = await setup(tenant);
    expect(interrupted.report.failed && interrupted.report.failed.step.id).toBe('hub:/sites/savsjo');
    expect(interrupted.report.changed.length).toBeGreaterThan(config.groups.length);
    expect(interrupted.log.join('\n')).toMatch(/Run the same command again/);

    const resumed = await setup(tenant);
    expect(resumed.report.failed).toBeUndefined();
    const resumedIds = resumed.report.changed.map(s => s.id);
    expect(resumedIds).toContain('hub:/sites/savsjo');
    expect(resumedIds).not.toContain('group:eksjo');
    expect(resumedIds).not.toContain('site:/sites/eksjo');
    expect(interrupted.report.changed.length + resumed.report.changed.length).toBe(interrupted.report.counts.create + interrupted.report.counts.update);

    const third = await setup(tenant);
    expect(third.report.changed).toEqual([]);
    const groups = await graph(tenant, 'admin', 'groups?$select=id&$top=999');
    expect(groups.value.length).toBe(config.groups.length);
  });

  it('interrupted while giving Read or adding the content type to Site Pages, the next run finishes the step', async () => {
    const fresh = await startLocalTenant(['--empty']);
    try {
      await fresh.addFaults([{ pattern: '^/sites/vetlanda/_api/web/roleassignments/addroleassignment', method: 'POST', status: 500, times: 1 }]);
      const first = await setup(fresh);
      expect(first.report.failed && first.report.failed.step.id).toBe('borrowers:/sites/vetlanda');

      await fresh.addFaults([{ pattern: '^/sites/savsjo/_api/.*/addAvailableContentType', method: 'POST', status: 500, times: 1 }]);
      const second = await setup(fresh);
      expect(second.report.failed && second.report.failed.step.id).toBe('library:/sites/savsjo:SitePages');
      // The library already allows content types: the step that resumes it says only what is left.
      await fresh.clearRequests();
      const third = await setup(fresh);
      expect(third.report.failed).toBeUndefined();
      expect(third.report.changed.find(s => s.id === 'library:/sites/savsjo:SitePages')).toEqual(expect.objectContaining({ action: 'create', detail: expect.not.stringContaining('allow content types') }));
      const resumedWrites = writes(await fresh.requests());
      expect(resumedWrites.filter(w => /^POST \/sites\/savsjo\/_api\/web\/lists\/getByTitle\([^)]*\)\/?(\?|$)/i.test(w))).toEqual([]); // no second ContentTypesEnabled
      expect(resumedWrites.filter(w => /^POST \/sites\/savsjo\/.*addAvailableContentType/i.test(w))).toHaveLength(1);

      expect(await readers(fresh, '/sites/vetlanda')).toEqual(expect.arrayContaining(['Eksjö – Kommunikation', 'Sävsjö – Kommunikation']));
      expect((await sitePages(fresh, '/sites/savsjo')).columns).toEqual(expect.arrayContaining(PAGE_COLUMNS));
      expect((await setup(fresh)).report.changed).toEqual([]);
    } finally {
      await fresh.stop();
    }
  });

  it('needs a tenant admin: for another account it stops while planning, with 403, and changes nothing', async () => {
    const fresh = await startLocalTenant(['--empty']);
    try {
      await fresh.clearRequests();
      const run = await setup(fresh, { token: 'anna' });
      expect(run.report.failed && run.report.failed.step.id).toBe('app');
      expect(run.report.failed && run.report.failed.error).toMatch(/^403/);
      expect(run.report.changed).toEqual([]);
      expect(run.log.join('\n')).toMatch(/Nothing was changed\. Run setup with the tokens of an account that is SharePoint Administrator/);
      expect(writes(await fresh.requests())).toEqual([]);
      const createGroup = await fetch(`${fresh.url}/v1.0/groups`, {
        method: 'POST',
        headers: { Authorization: 'Bearer anna', 'Content-Type': 'application/json' },
        body: JSON.stringify({ displayName: 'X', mailNickname: 'x', securityEnabled: true, mailEnabled: false })
      });
      expect(createGroup.status).toBe(403);
    } finally {
      await fresh.stop();
    }
  });
});
