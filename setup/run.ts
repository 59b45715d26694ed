import { promises as fsp, type Dirent } from 'fs';
import { join, relative } from 'path';
import { readProvisioningAssets, type AssetFile, type ProvisioningAssets } from './provisioningAssets';
import type { SetupConfig } from './setupConfig';
import type { AppPackage } from './appPackage';
import { confirmationRetentionStep } from './confirmationRetention';
import { manualSteps } from './manualSteps';
import { buildSteps, SetupContext, type Inspection, type Step, type StepAction } from './steps';
import type { TenantClients } from './tenantClients';

/** Plans and runs the setup: the plan first (reads only), then each step that is not yet in place. */

export interface PlannedStep {
  id: string;
  title: string;
  action: StepAction;
  detail?: string;
}

export interface SetupOptions {
  config: SetupConfig;
  clients: TenantClients;
  assets: ProvisioningAssets;
  appPackage?: AppPackage;
  dryRun?: boolean;
  /** Where the log goes (one line per call). */
  log?: (line: string) => void;
  /** The steps (tests replace them); buildSteps by default. */
  steps?: (context: SetupContext) => Step[];
  /** What an admin does by hand because no API does it; printed with the plan and after the run (setup/manualSteps.ts by default). */
  manualSteps?: string[];
  /** `--remove-confirmations-after-months N`: a last step removes read confirmations N months after their page's due date. */
  removeConfirmationsAfterMonths?: number;
  /** Today, for that step (tests fix it). */
  now?: () => Date;
}

export interface SetupReport {
  plan: PlannedStep[];
  counts: Record<StepAction, number>;
  /** Steps that changed something in this run. */
  changed: PlannedStep[];
  /** The step that failed, when one did; nothing after it ran. */
  failed?: { step: PlannedStep; error: string };
  durationMs: number;
  permissionRequests: Array<{ resource: string; scope: string }>;
}

const SYMBOL: Record<StepAction, string> = { create: '+', update: '~', exists: '=', skip: '!' };
const LABEL: Record<StepAction, string> = { create: 'create', update: 'update', exists: 'exists', skip: 'skip  ' };

/**
 * The *.xml under the assets folder (element files and list schemas), names relative to it, in
 * name order: the order in which the setup creates what they define.
 */
export async function readAssetFolder(folder: string): Promise<ProvisioningAssets> {
  const files: AssetFile[] = [];
  const visit = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') {
        return;
      }
      throw error;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        await visit(full);
      } else if (/\.xml$/i.test(entry.name)) {
        files.push({ name: relative(folder, full).replace(/\\/g, '/'), text: await fsp.readFile(full, 'utf8') });
      }
    }
  };
  await visit(folder);
  // Schema files are named by their ListInstance relative to the element file's folder: index them by base name too.
  const withBaseNames = files.concat(files.filter(f => f.name.includes('/')).map(f => ({ name: f.name.split('/').pop() as string, text: f.text })));
  return readProvisioningAssets(withBaseNames.filter((f, i, all) => all.findIndex(o => o.name === f.name) === i));
}

function line(step: PlannedStep): string {
  return `  ${SYMBOL[step.action]} ${LABEL[step.action]}  ${step.title}${step.detail ? `: ${step.detail}` : ''}`;
}

function errorText(error: unknown): string {
  const e = error as { status?: number; message?: string; cause?: { code?: string; message?: string } };
  if (e.cause && (e.cause.code || e.cause.message)) {
    return `${e.message || 'the request failed'} (${e.cause.code || e.cause.message}): is the tenant's address right, and is it reachable?`;
  }
  const message = (e.message || String(error)).replace(/^Error making HttpClient request in queryable \[(\d+)\] [^:]*::> /, '$1 ');
  return message.length > 600 ? `${message.slice(0, 600)}…` : message;
}

export async function runSetup(options: SetupOptions): Promise<SetupReport> {
  const started = Date.now();
  const baseSteps = options.steps || buildSteps;
  const months = options.removeConfirmationsAfterMonths;
  const makeSteps = (context: SetupContext): Step[] => months === undefined ? baseSteps(context) : baseSteps(context).concat(confirmationRetentionStep(context, months, options.now));
  const log = options.log || ((text: string) => process.stdout.write(`${text}\n`));
  const counts: Record<StepAction, number> = { create: 0, update: 0, exists: 0, skip: 0 };
  const permissionRequests = options.appPackage ? options.appPackage.permissionRequests : [];
  const report: SetupReport = { plan: [], counts, changed: [], durationMs: 0, permissionRequests };

  for (const problem of options.assets.problems) {
    log(`Warning: sharepoint/assets: ${problem}`);
  }

  // 1. The plan: reads only.
  const planContext = new SetupContext(options.config, options.clients, options.assets, options.appPackage);
  for (const step of makeSteps(planContext)) {
    let inspection: Inspection;
    try {
      inspection = await step.inspect();
    } catch (error) {
      const planned = { id: step.id, title: step.title, action: 'skip' as StepAction };
      report.failed = { step: planned, error: errorText(error) };
      log(`Could not look at ${step.title}: ${errorText(error)}`);
      log(`Nothing was changed.${/^40[13]\b/.test(errorText(error)) ? ' Run setup with the tokens of an account that is SharePoint Administrator and may create groups (Groups Administrator).' : ''}`);
      report.durationMs = Date.now() - started;
      return report;
    }
    const planned = { id: step.id, title: step.title, action: inspection.action, detail: inspection.detail };
    report.plan.push(planned);
    counts[inspection.action]++;
  }
  const toChange = counts.create + counts.update;
  log(`Plan for ${options.clients.tenantUrl}: ${report.plan.length} steps, ${counts.create} to create, ${counts.update} to update, ${counts.exists} already in place${counts.skip ? `, ${counts.skip} skipped` : ''}.`);
  for (const step of report.plan) {
    log(line(step));
  }

  if (options.dryRun) {
    log('Dry run: nothing was changed.');
  } else if (toChange === 0) {
    log(`Nothing to change: all ${counts.exists} steps are already in place.`);
  } else {
    // 2. The run: each step looks again (the tenant may have changed, or a run was interrupted) and acts when needed.
    log('');
    log('Setting up:');
    const runContext = new SetupContext(options.config, options.clients, options.assets, options.appPackage);
    const steps = makeSteps(runContext);
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      const stepStarted = Date.now();
      let planned: PlannedStep = { id: step.id, title: step.title, action: 'exists' };
      try {
        const inspection = await step.inspect();
        planned = { ...planned, action: inspection.action, detail: inspection.detail };
        if (inspection.action === 'create' || inspection.action === 'update') {
          const done = await step.apply(inspection);
          report.changed.push(planned);
          log(`  [${i + 1}/${steps.length}] ${done} (${Date.now() - stepStarted} ms)`);
        } else if (inspection.action === 'skip') {
          log(`  [${i + 1}/${steps.length}] skipped ${step.title}: ${inspection.detail || ''}`);
        }
      } catch (error) {
        report.failed = { step: planned, error: errorText(error) };
        log(`  [${i + 1}/${steps.length}] FAILED: ${step.title}: ${errorText(error)}`);
        if (/^40[13]\b/.test(errorText(error))) {
          log('The account lacks a permission: setup needs a SharePoint Administrator who may create groups (Groups Administrator).');
        }
        log(`Stopped after ${report.changed.length} changes. Run the same command again: what is done is skipped, the rest is done.`);
        break;
      }
    }
    if (!report.failed) {
      log(`Done: ${report.changed.length} steps changed the tenant, ${steps.length - report.changed.length} were already in place.`);
    }
  }

  if (permissionRequests.length > 0) {
    log('');
    log('An admin must approve these API permissions (SharePoint admin center → Advanced → API access):');
    for (const p of permissionRequests) {
      log(`  ${p.resource}: ${p.scope}`);
    }
  }
  const manual = options.manualSteps || manualSteps(options.clients.tenantUrl);
  if (manual.length > 0) {
    log('');
    log('An admin must also do by hand (no API does it):');
    for (const step of manual) {
      log(`  - ${step}`);
    }
  }
  report.durationMs = Date.now() - started;
  log(`(${report.durationMs} ms)`);
  return report;
}
