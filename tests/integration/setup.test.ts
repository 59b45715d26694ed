import * as fs from 'fs';
import * as path from 'path';
import { membershipsOf } from '../../src/core/membership';
import { parseSetupConfig, type SetupConfig } from '../../src/core/setupConfig';
import type { ProvisioningAssets } from '../../src/core/provisioningAssets';
import { createServices } from '../../src/services/factory';
import { MemoryStorage } from '../../src/services/sessionCache';
import { readAppPackage, type AppPackage } from '../../setup/appPackage';
import { featureAssetNames, readAssetFolder, runSetup, type SetupReport } from '../../setup/run';
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
  assets = await readAssetFolder(path.join(ROOT, 'sharepoint', 'assets'), await featureAssetNames(path.join(ROOT, 'config', 'package-solution.json')));
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

  it('reads the feature definitions of sharepoint/assets, the files the package\'s feature lists', async () => {
    const listed = await featureAssetNames(path.join(ROOT, 'config', 'package-solution.json'));
    const all = await readAssetFolder(path.join(ROOT, 'sharepoint', 'assets'));
    if (listed) {
      expect(new Set(assets.fields.map(f => f.source))).toEqual(new Set(listed.filter(n => /\.xml$/i.test(n) && all.fields.some(f => f.source === n))));
    } else {
      expect(assets).toEqual(all);
    }
    expect(assets.problems).toEqual([]);
    expect(assets.fields.length).toBeGreaterThan(0);
    expect(assets.fields.map(f => f.name)).toContain('SamverkaReviewDate');
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
      'visitors:/sites/gemensamt', 'field:/sites/eksjo:SamverkaReviewDate', 'list:/sites/gemensamt:Guider', 'audience:/sites/savsjo', 'tenant-config', 'app']) {
      expect(ids).toContain(id);
    }
    expect(ids.indexOf('group:eksjo')).toBeLessThan(ids.indexOf('visitors:/sites/eksjo'));
    expect(ids.indexOf('site:/sites/eksjo')).toBeLessThan(ids.indexOf('hub:/sites/eksjo'));
    expect(log.join('\n')).toMatch(/Dry run: nothing was changed/);
    expect(writes(await tenant.requests())).toEqual([]);
  });

  it('sets the tenant up, then a second run changes nothing and says so', async () => {
    const first = await setup(tenant);
    expect(first.report.failed).toBeUndefined();
    expect(first.report.changed.length).toBe(first.report.counts.create + first.report.counts.update);
    expect(first.report.permissionRequests).toContainEqual({ resource: 'Microsoft Graph', scope: 'User.Read' });

    await tenant.clearRequests();
    const second = await setup(tenant);
    expect(second.report.failed).toBeUndefined();
    expect(second.report.changed).toEqual([]);
    expect(second.report.counts.create + second.report.counts.update).toBe(0);
    expect(second.log.join('\n')).toMatch(/Nothing to change: all \d+ steps are already in place/);
    expect(writes(await tenant.requests())).toEqual([]);
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
    const services = createServices({ kind: 'local', baseUrl: tenant.url, token: 'erik' }, { storage: new MemoryStorage(), now: () => NOW });
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
