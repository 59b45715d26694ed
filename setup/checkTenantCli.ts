import { parseArgs } from 'util';
import { CheckReport, runCheck, StepReport } from './checkTenant';
import type { FetchFunction, RetryPolicy } from '../src/services/retry';
import type { WriteTarget } from './checkTenantWrites';

/**
 * `npm run check-tenant -- --tenant <url> --token <token> --graph-token <token> [--graph <url>] [--query <words>]`
 */

export const USAGE = `Usage: npm run check-tenant -- --tenant <url> --token <token> --graph-token <token> [options]

  Runs, read-only and as the user the tokens belong to, every read the five web parts make on
  first render and on their main actions, through the product's own services; prints one line
  per request and exits 0 only when every one passed.

  --tenant URL         SharePoint's root, e.g. https://contoso.sharepoint.com (the local tenant: http://127.0.0.1:4401)
  --token TOKEN        SharePoint access token (env SAMVERKA_SP_TOKEN); the local tenant takes a persona, e.g. erik
  --graph-token TOKEN  Microsoft Graph access token (env SAMVERKA_GRAPH_TOKEN); the local tenant: the same as --token
  --graph URL          Graph's version root (default https://graph.microsoft.com/v1.0; the local tenant's own <tenant>/v1.0)
  --query WORDS        what Sök searches for (default "semester")
  --guide-connection ID
                       the connection id of Sök's guide connector (its web part property), to search it too
  --write-site URL     also try the writes on this site (a news link with an audience, read back through search;
                       a list item update; a page copy), then recycle what they made; the user must be able to
                       publish news there, and the site needs what setup gives a hub (see README)
  --search-wait SEC    with --write-site: how long search may take to show the new link (default 600)
`;

export interface CliIo {
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
  fetch?: FetchFunction;
  retry?: Partial<RetryPolicy>;
}

const HEALTH_TIMEOUT_MS = 5000;

/**
 * Whether the address is the local tenant: it answers `GET /_emulator/health` (no token sent) with
 * `{"status":"ok","seed":…}`. SharePoint Online has no such address (404 or a sign-in), so a real
 * tenant is never taken for the local one, and the local tenant is found on any host and port.
 */
export async function isLocalTenantAt(tenantUrl: string, fetchFunction: FetchFunction = (u, i) => fetch(u, i)): Promise<boolean> {
  try {
    const response = await fetchFunction(`${tenantUrl}/_emulator/health`, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    if (response.status !== 200) {
      return false;
    }
    const body = await response.json() as { status?: unknown; seed?: unknown };
    return body.status === 'ok' && body.seed !== undefined;
  } catch {
    return false;
  }
}

/** Every token, wherever it might have slipped in (an address, a message), as "***". */
export function redactor(secrets: string[]): (text: string) => string {
  const wanted = Array.from(new Set(secrets.filter(s => s.length > 0))).sort((a, b) => b.length - a.length);
  return text => wanted.reduce((t, secret) => t.split(secret).join('***'), text);
}

export function formatTable(report: CheckReport): string[] {
  const header: StepReport = { name: 'request', status: 'HTTP', outcome: 'passed', reason: 'result', ms: 0 };
  const rows = [header].concat(report.steps);
  const nameWidth = Math.max(...rows.map(r => r.name.length));
  const statusWidth = Math.max(...rows.map(r => r.status.length));
  const msText = (r: StepReport): string => (r === header ? 'ms' : String(r.ms));
  const msWidth = Math.max(...rows.map(r => msText(r).length));
  const lines = rows.map(r => `${r.name.padEnd(nameWidth)}  ${r.status.padEnd(statusWidth)}  ${msText(r).padStart(msWidth)}  ${r.reason}`);
  lines.splice(1, 0, '-'.repeat(nameWidth + statusWidth + msWidth + 14));
  lines.push(`${report.passed} passed, ${report.failed} failed${report.skipped > 0 ? `, ${report.skipped} skipped` : ''}`);
  return lines;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        tenant: { type: 'string' },
        token: { type: 'string' },
        'graph-token': { type: 'string' },
        graph: { type: 'string' },
        query: { type: 'string' },
        'guide-connection': { type: 'string' },
        'write-site': { type: 'string' },
        'search-wait': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values;
  } catch (error) {
    // parseArgs names the option, never a value; the usage has no tokens either.
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const tenantUrl = (typeof values.tenant === 'string' ? values.tenant : '').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/i.test(tenantUrl)) {
    io.err(`--tenant needs SharePoint's root address, such as https://contoso.sharepoint.com.\n\n${USAGE}`);
    return 2;
  }
  const spToken = (values.token as string | undefined) || io.env.SAMVERKA_SP_TOKEN || '';
  if (!spToken) {
    io.err('--token is needed (a SharePoint access token, e.g. from `az account get-access-token --resource https://contoso.sharepoint.com`), or SAMVERKA_SP_TOKEN.\n');
    return 2;
  }
  const local = await isLocalTenantAt(tenantUrl, io.fetch);
  const graphToken = (values['graph-token'] as string | undefined) || io.env.SAMVERKA_GRAPH_TOKEN || (local ? spToken : '');
  if (!graphToken) {
    io.err('--graph-token is needed (a Microsoft Graph access token, e.g. from `az account get-access-token --resource https://graph.microsoft.com`), or SAMVERKA_GRAPH_TOKEN.\n');
    return 2;
  }
  const graphUrl = ((values.graph as string | undefined) || (local ? `${tenantUrl}/v1.0` : 'https://graph.microsoft.com/v1.0')).replace(/\/+$/, '');
  let write: WriteTarget | undefined;
  if (typeof values['write-site'] === 'string') {
    const site = /^(https?:\/\/[^/]+)(\/[^?#]*?)\/*$/i.exec(values['write-site']);
    if (!site || site[1].toLowerCase() !== tenantUrl.toLowerCase() || site[2] === '') {
      io.err(`--write-site needs the address of a site on ${tenantUrl}, such as ${tenantUrl}/sites/samverka-test.\n`);
      return 2;
    }
    const waitSeconds = values['search-wait'] === undefined ? 600 : Number(values['search-wait']);
    if (!(waitSeconds >= 0)) {
      io.err('--search-wait takes seconds, such as 600.\n');
      return 2;
    }
    write = { sitePath: decodeURI(site[2]), searchWaitMs: waitSeconds * 1000, pollMs: local ? 500 : 15000 };
  }
  const redact = redactor([spToken, graphToken]);
  const say = (text: string): void => io.out(redact(text));

  say(`Checking ${tenantUrl} (${local ? 'the local tenant' : 'SharePoint Online'}) and ${graphUrl}, as the tokens' user: ` +
    `${write ? `reads, and writes on ${write.sitePath} (removed at the end)` : 'read-only'}.\n`);
  let report: CheckReport;
  try {
    report = await runCheck({
      tenantUrl, graphUrl, spToken, graphToken, searchText: (values.query as string | undefined) || 'semester', guideConnectionId: values['guide-connection'] as string | undefined, fetch: io.fetch, retry: io.retry, write
    });
  } catch (error) {
    io.err(redact(`The check stopped: ${(error as { name?: string }).name || 'error'}.\n`));
    return 1;
  }
  say(`${formatTable(report).join('\n')}\n`);
  return report.failed === 0 ? 0 : 1;
}
