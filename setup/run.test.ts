import type { SetupConfig } from './setupConfig';
import { runSetup } from './run';
import type { SetupContext, Step } from './steps';
import type { TenantClients } from './tenantClients';

/**
 * The plan-then-run logic of the setup command, with steps over an in-memory "tenant": what the
 * plan says, that a dry run changes nothing, that a second run changes nothing and says so, and
 * that an interrupted run is finished by the next one.
 */

interface FakeTenant {
  resources: Set<string>;
  reads: string[];
  writes: string[];
  failOnce: Set<string>;
}

function fakeSteps(tenant: FakeTenant): (context: SetupContext) => Step[] {
  return context => {
    const step = (id: string, parent?: string): Step => ({
      id,
      title: `resource ${id}`,
      async inspect() {
        if (parent && context.planned.has(parent)) {
          return { action: 'create', detail: `after ${parent}` };
        }
        tenant.reads.push(id);
        if (parent && !tenant.resources.has(parent)) {
          throw new Error(`${parent} does not exist`);
        }
        if (tenant.resources.has(id)) {
          return { action: 'exists' };
        }
        context.planned.add(id);
        return { action: 'create' };
      },
      async apply() {
        if (tenant.failOnce.delete(id)) {
          throw new Error(`503 the service is unavailable (${id})`);
        }
        tenant.resources.add(id);
        tenant.writes.push(id);
        context.planned.delete(id);
        return `created ${id}`;
      }
    });
    return [step('site'), step('hub', 'site'), step('group'), step('config', 'group')];
  };
}

const config = { municipalities: [], groups: [], lists: {}, language: 1053, sharedSite: { path: '/sites/s', title: 'S', description: '', readers: [] } } as SetupConfig;
const clients = { tenantUrl: 'http://127.0.0.1:1' } as TenantClients;

async function run(tenant: FakeTenant, dryRun = false): Promise<{ report: Awaited<ReturnType<typeof runSetup>>; log: string }> {
  const lines: string[] = [];
  const report = await runSetup({ config, clients, assets: { fields: [], contentTypes: [], lists: [], problems: [] }, dryRun, steps: fakeSteps(tenant), log: line => lines.push(line) });
  return { report, log: lines.join('\n') };
}

function emptyTenant(): FakeTenant {
  return { resources: new Set(), reads: [], writes: [], failOnce: new Set() };
}

describe('the setup plan and run', () => {
  it('plans children of what is still to be created without asking the tenant, and a dry run changes nothing', async () => {
    const tenant = emptyTenant();
    const { report, log } = await run(tenant, true);
    expect(report.plan.map(s => [s.id, s.action])).toEqual([['site', 'create'], ['hub', 'create'], ['group', 'create'], ['config', 'create']]);
    expect(tenant.reads).toEqual(['site', 'group']);
    expect(tenant.writes).toEqual([]);
    expect(log).toMatch(/^Plan for http:\/\/127\.0\.0\.1:1: 4 steps, 4 to create, 0 to update, 0 already in place\.$/m);
    expect(log).toMatch(/^ {2}\+ create {2}resource hub: after site$/m);
    expect(log).toMatch(/Dry run: nothing was changed\./);
  });

  it('runs the plan in order, then a second run changes nothing and says so', async () => {
    const tenant = emptyTenant();
    const first = await run(tenant);
    expect(tenant.writes).toEqual(['site', 'hub', 'group', 'config']);
    expect(first.report.changed.map(s => s.id)).toEqual(['site', 'hub', 'group', 'config']);
    expect(first.log).toMatch(/\[2\/4\] created hub \(\d+ ms\)/);
    expect(first.log).toMatch(/Done: 4 steps changed the tenant, 0 were already in place\./);

    const second = await run(tenant);
    expect(tenant.writes).toHaveLength(4);
    expect(second.report.changed).toEqual([]);
    expect(second.report.counts).toEqual({ create: 0, update: 0, exists: 4, skip: 0 });
    expect(second.log).toMatch(/Nothing to change: all 4 steps are already in place\./);
  });

  it('stops at a failing step; the next run does only what is left', async () => {
    const tenant = emptyTenant();
    tenant.failOnce.add('group');
    const interrupted = await run(tenant);
    expect(interrupted.report.failed).toEqual({ step: expect.objectContaining({ id: 'group' }), error: '503 the service is unavailable (group)' });
    expect(tenant.writes).toEqual(['site', 'hub']);
    expect(interrupted.log).toMatch(/\[3\/4\] FAILED: resource group: 503/);
    expect(interrupted.log).toMatch(/Run the same command again/);

    const resumed = await run(tenant);
    expect(resumed.report.plan.map(s => s.action)).toEqual(['exists', 'exists', 'create', 'create']);
    expect(resumed.report.failed).toBeUndefined();
    expect(tenant.writes).toEqual(['site', 'hub', 'group', 'config']);
  });

  it('prints what an admin must do by hand, with the plan and after the run, and only then', async () => {
    const tenant = emptyTenant();
    const plan = await run(tenant, true);
    expect(plan.log).toMatch(/Dry run: nothing was changed\.\n\nAn admin must also do by hand \(no API does it\):\n {2}- Search schema \(no API\): map ows_SamverkaGuideCategory → RefinableString110, /);
    const done = await run(tenant);
    expect(done.log).toMatch(/Done: 4 steps changed the tenant[^]*An admin must also do by hand[^]*Set-PnPSearchConfiguration -Scope Subscription -Path setup\/search-configuration\.xml/);
    const lines: string[] = [];
    await runSetup({ config, clients, assets: { fields: [], contentTypes: [], lists: [], problems: [] }, steps: fakeSteps(tenant), manualSteps: [], log: line => lines.push(line) });
    expect(lines.join('\n')).not.toMatch(/by hand/);
  });

  it('changes nothing when the plan cannot be made, and says why', async () => {
    const tenant = emptyTenant();
    const lines: string[] = [];
    const report = await runSetup({
      config,
      clients,
      assets: { fields: [], contentTypes: [], lists: [], problems: [] },
      steps: context => fakeSteps(tenant)(context).map(s => (s.id === 'group' ? { ...s, inspect: () => Promise.reject(new Error('403 Access denied')) } : s)),
      log: line => lines.push(line)
    });
    expect(report.failed).toEqual({ step: expect.objectContaining({ id: 'group' }), error: '403 Access denied' });
    expect(tenant.writes).toEqual([]);
    expect(lines).toContain('Could not look at resource group: 403 Access denied');
    expect(lines.join('\n')).toMatch(/Nothing was changed\. Run setup with the tokens of an account that is SharePoint Administrator/);
  });
});
