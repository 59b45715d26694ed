import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { parseArgs } from 'util';
import { parseSetupConfig } from './setupConfig';
import { readAppPackage } from './appPackage';
import { readAssetFolder, runSetup } from './run';
import { createTenantClients, isLocalTenant } from './tenantClients';

/**
 * `npm run setup -- --tenant <url> --config <file> [--dry-run] [--token <token>] [--graph-token <token>] [--package <file>]`
 */

const USAGE = `Usage: npm run setup -- --tenant <url> --config <file> [options]

  --tenant URL         the tenant, e.g. https://contoso.sharepoint.com (the local tenant: http://127.0.0.1:4401);
                       defaults to tenantUrl in the configuration file
  --config FILE        the municipalities configuration (see setup/municipalities.example.json)
  --dry-run            print the plan only; change nothing
  --token TOKEN        SharePoint access token of a SharePoint and Groups administrator (env SAMVERKA_SP_TOKEN);
                       the local tenant takes a persona: admin (the default there)
  --graph-token TOKEN  Microsoft Graph access token (env SAMVERKA_GRAPH_TOKEN); the local tenant uses --token
  --package FILE       the .sppkg to deploy (default sharepoint/solution/samverka.sppkg)
  --assets DIR         the columns, content types and lists to create (default sharepoint/assets)
  --remove-confirmations-after-months N
                       also remove read confirmations (Läsbekräftelser) N months after their page's due date
                       (Läses senast), or after they were made when the page has none or is gone; the plan
                       (and --dry-run) says how many per municipality
`;

export async function main(argv: string[], root: string): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        tenant: { type: 'string' },
        config: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        token: { type: 'string' },
        'graph-token': { type: 'string' },
        package: { type: 'string' },
        assets: { type: 'string' },
        'remove-confirmations-after-months': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (typeof values.config !== 'string') {
    process.stderr.write(`--config is needed.\n\n${USAGE}`);
    return 2;
  }
  const configPath = resolve(values.config);
  if (!existsSync(configPath)) {
    process.stderr.write(`The configuration file ${configPath} does not exist.\n`);
    return 2;
  }
  const parsed = parseSetupConfig(readFileSync(configPath, 'utf8'));
  if (!parsed.ok) {
    process.stderr.write(`${values.config} has ${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}; nothing was changed:\n`);
    for (const problem of parsed.problems) {
      process.stderr.write(`  ${problem}\n`);
    }
    return 1;
  }
  const tenantUrl = (typeof values.tenant === 'string' ? values.tenant : parsed.config.tenantUrl || '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/i.test(tenantUrl)) {
    process.stderr.write(`--tenant needs the tenant's address, such as https://contoso.sharepoint.com (got "${tenantUrl}").\n`);
    return 2;
  }
  const monthsText = values['remove-confirmations-after-months'];
  const months = typeof monthsText === 'string' ? Number(monthsText) : undefined;
  if (months !== undefined && !(Number.isInteger(months) && months >= 1 && months <= 120)) {
    process.stderr.write(`--remove-confirmations-after-months needs a whole number of months from 1 to 120 (got "${monthsText}").\n`);
    return 2;
  }
  const local = isLocalTenant(tenantUrl);
  const spToken = (values.token as string | undefined) || process.env.SAMVERKA_SP_TOKEN || (local ? 'admin' : '');
  if (!spToken) {
    process.stderr.write('A real tenant needs --token (a SharePoint access token of an administrator), e.g. from `az account get-access-token --resource https://contoso.sharepoint.com`.\n');
    return 2;
  }
  const graphToken = (values['graph-token'] as string | undefined) || process.env.SAMVERKA_GRAPH_TOKEN || (local ? spToken : '');
  if (!graphToken) {
    process.stderr.write('A real tenant needs --graph-token (a Microsoft Graph access token with Group.ReadWrite.All), e.g. from `az account get-access-token --resource https://graph.microsoft.com`.\n');
    return 2;
  }

  const packagePath = resolve(root, (values.package as string | undefined) || 'sharepoint/solution/samverka.sppkg');
  const appPackage = existsSync(packagePath) ? await readAppPackage(packagePath) : undefined;
  if (!appPackage && values.package) {
    process.stderr.write(`The package ${packagePath} does not exist.\n`);
    return 2;
  }
  // The one definition of the columns, content types and lists: the package provisions none (tenant-wide deployment ignores feature elements).
  const assets = await readAssetFolder(resolve(root, (values.assets as string | undefined) || 'sharepoint/assets'));
  process.stdout.write(`Samverka setup of ${tenantUrl} from ${values.config}: ${parsed.config.municipalities.length} municipalities, ${parsed.config.groups.length} groups, ` +
    `${assets.fields.length} site columns, ${assets.contentTypes.length} content types, ${assets.lists.length} lists` +
    `${(assets.libraries || []).length > 0 ? ` and content types for ${(assets.libraries || []).map(l => l.title).join(', ')}` : ''} from sharepoint/assets` +
    `${appPackage ? `, package ${appPackage.fileName} ${appPackage.version}` : ', no package (run npm run package to include it)'}.\n`);

  const report = await runSetup({
    config: parsed.config,
    clients: createTenantClients({ tenantUrl, spToken, graphToken }),
    assets,
    appPackage,
    dryRun: values['dry-run'] === true,
    removeConfirmationsAfterMonths: months
  });
  return report.failed ? 1 : 0;
}
