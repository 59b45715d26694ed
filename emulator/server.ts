import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseSync } from 'node:sqlite';
import { openDatabase } from './db/database.ts';
import { TenantStore } from './db/tenant-store.ts';
import { ensureSeeded, seedTenant } from './seed/seed.ts';
import { hostilePayloads, hostileSummaryPayloads, seedHostileContent } from './seed/hostile.ts';
import type { HostileSummary } from './seed/hostile.ts';
import { seedConfirmations, seedMustReadAtScale } from './seed/must-read.ts';
import { buildSearchIndex } from './search/catalog.ts';
import { dispatch, familyOf } from './http/dispatch.ts';
import { FaultInjector } from './http/faults.ts';
import { RequestLog } from './http/request-log.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from './http/types.ts';

/**
 * The Samverka local tenant: an HTTP server on 127.0.0.1 that answers the SharePoint REST and
 * Microsoft Graph requests of emulator/CONTRACT.md from a seeded SQLite database.
 *
 *   node emulator/server.ts --port 0 --seed 42 [--news 1500] [--db .data/tenant.sqlite] [--faults '[...]'] [--verbose]
 *
 * prints one line, `Samverka local tenant listening on http://127.0.0.1:PORT`, when it is ready.
 */

export interface TenantOptions {
  /** 0 (or absent) picks a free port. */
  port?: number;
  seed?: number;
  /** News pages to seed (default 1,500). */
  news?: number;
  /** SQLite file; the database is in memory when absent. A file already seeded the same way is reused. */
  dbPath?: string;
  /** Fault rules (objects, or their JSON). */
  faults?: unknown;
  /** Log each request to stderr. */
  verbose?: boolean;
  /** Start with only the root site, the app catalog and the people, for the setup command. */
  empty?: boolean;
  /**
   * XSS and CSS-injection payloads to place in every rendered field (issue 8; emulator/seed/hostile.ts):
   * strings, `{ payload }` objects, a corpus `{ payloads: [...] }`, or its JSON / @file. In memory only.
   */
  hostile?: unknown;
  /**
   * Läs och bekräfta at scale: this many items in 'Läsbekräftelser' for one must-read page
   * (emulator/seed/must-read.ts, seedConfirmations). In memory only.
   */
  confirmations?: number;
  /** People in the three municipalities together (about 650 when absent), e.g. 10,000. */
  people?: number;
  /**
   * Läs och bekräfta at scale: this many must-read news on the shared site for all staff, with
   * confirmations of a share of them (emulator/seed/must-read.ts, seedMustReadAtScale). In memory only.
   */
  mustReadItems?: number;
}

export interface RunningTenant {
  url: string;
  port: number;
  close(): Promise<void>;
  db: DatabaseSync;
  tenant: Tenant;
  /** Where the hostile payloads went, when the tenant was started with them. */
  hostile?: HostileSummary;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_NEWS = 1500;
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const HOST = '127.0.0.1';

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return {
    'access-control-allow-origin': origin ?? '*',
    ...(origin ? { 'access-control-allow-credentials': 'true', vary: 'Origin' } : {}),
    'access-control-allow-headers':
      (req.headers['access-control-request-headers'] as string | undefined) ??
      'Authorization, Content-Type, Accept, X-RequestDigest, X-HTTP-Method, IF-Match, ConsistencyLevel, Prefer, client-request-id, SdkVersion, X-ClientService-ClientTag, X-PnPjs-Tracking',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
    'access-control-expose-headers': 'Retry-After, request-id, client-request-id, SPRequestGuid, WWW-Authenticate, Content-Type',
    'access-control-max-age': '600',
    ...(req.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolveBody(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, req: IncomingMessage, response: EmulatorResponse): void {
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  res.writeHead(response.status, { ...response.headers, ...corsHeaders(req), 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handle(tenant: Tenant, port: number, verbose: boolean, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  if (req.method === 'OPTIONS') {
    // CORS preflight: a workbench on another localhost port may call the tenant with a token.
    res.writeHead(204, corsHeaders(req));
    res.end();
    return;
  }
  const host = /^[A-Za-z0-9.[\]:-]+$/.test(req.headers.host ?? '') ? req.headers.host! : `${HOST}:${port}`;
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${host}`);
  } catch {
    send(res, req, { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Bad request URL.' });
    return;
  }
  const rawBody = await readBody(req);
  if (rawBody === undefined) {
    send(res, req, { status: 413, headers: { 'content-type': 'text/plain' }, body: 'Request body too large.' });
    return;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  // App packages are binary: handlers that take files read rawBody.
  const request: EmulatorRequest = { method: (req.method ?? 'GET').toUpperCase(), url, headers, body: rawBody.toString('utf8'), rawBody };
  const response = await tenant.dispatch(request);
  send(res, req, response);

  const family = familyOf(url.pathname);
  if (family === 'admin') return;
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  tenant.requests.add({
    time: new Date().toISOString(),
    method: request.method,
    path: url.pathname + url.search,
    status: response.status,
    durationMs,
    bytes: typeof response.body === 'string' ? Buffer.byteLength(response.body, 'utf8') : response.body.length,
    family,
    ...(response.log?.caller ? { caller: response.log.caller } : {}),
    ...(response.log?.inner ? { inner: response.log.inner } : {}),
  });
  if (verbose) process.stderr.write(`${request.method} ${url.pathname}${url.search} ${response.status} ${durationMs}ms\n`);
}

function parseFaults(faults: unknown): unknown {
  if (typeof faults !== 'string') return faults;
  const text = faults.startsWith('@') ? readFileSync(faults.slice(1), 'utf8') : faults;
  return JSON.parse(text);
}

export async function startTenant(options: TenantOptions = {}): Promise<RunningTenant> {
  const seed = options.seed ?? DEFAULT_SEED;
  const news = options.news ?? DEFAULT_NEWS;
  if (!Number.isInteger(seed)) throw new Error(`The seed must be an integer, not ${seed}.`);
  if (!Number.isInteger(news) || news < 0) throw new Error(`The number of news must be a non-negative integer, not ${news}.`);
  const hostileCorpus = options.hostile === undefined ? undefined : parseFaults(options.hostile);
  const hostilePayloadList = hostileCorpus === undefined ? undefined : hostilePayloads(hostileCorpus);
  if (hostilePayloadList && (options.dbPath || options.empty)) throw new Error('Hostile content needs a full tenant in memory: leave out --db and --empty.');
  const confirmations = options.confirmations ?? 0;
  if (!Number.isInteger(confirmations) || confirmations < 0) throw new Error(`The number of confirmations must be a non-negative integer, not ${confirmations}.`);
  if (confirmations > 0 && (options.dbPath || options.empty)) throw new Error('Seeded confirmations need a full tenant in memory: leave out --db and --empty.');

  const people = options.people;
  if (people !== undefined && (!Number.isInteger(people) || people < 100 || people > 100000)) throw new Error(`The number of people must be an integer from 100 to 100000, not ${people}.`);
  const mustReadItems = options.mustReadItems ?? 0;
  if (!Number.isInteger(mustReadItems) || mustReadItems < 0 || mustReadItems > 500) throw new Error(`The number of must-read items must be an integer from 0 to 500, not ${mustReadItems}.`);
  if (mustReadItems > 0 && (options.dbPath || options.empty)) throw new Error('Seeded must-read items need a full tenant in memory: leave out --db and --empty.');

  if (options.dbPath) mkdirSync(dirname(resolve(options.dbPath)), { recursive: true });
  const db = openDatabase(options.dbPath ?? ':memory:');
  const empty = options.empty === true;
  if (options.dbPath) ensureSeeded(db, { seed, news, empty, people });
  else seedTenant(db, { seed, news, empty, people });
  const hostile = hostilePayloadList ? seedHostileContent(db, hostilePayloadList, hostileSummaryPayloads(hostileCorpus)) : undefined;
  if (confirmations > 0) seedConfirmations(db, confirmations);
  if (mustReadItems > 0) seedMustReadAtScale(db, mustReadItems);

  const store = new TenantStore(db);
  const faults = new FaultInjector();
  if (options.faults !== undefined) faults.add(parseFaults(options.faults));
  const tenant: Tenant = {
    store,
    search: buildSearchIndex(store),
    faults,
    requests: new RequestLog(),
    seed,
    news,
    dispatch: (request) => dispatch(tenant, request),
  };

  const verbose = options.verbose === true;
  let port = options.port ?? 0;
  const server: Server = createServer((req, res) => {
    handle(tenant, port, verbose, req, res).catch((error: unknown) => {
      process.stderr.write(`Samverka local tenant: ${(error as Error).stack ?? error}\n`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error.');
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closed = false;
  return {
    url: `http://${HOST}:${port}`,
    port,
    db,
    tenant,
    ...(hostile ? { hostile } : {}),
    close: () =>
      new Promise<void>((resolveClose) => {
        if (closed) return resolveClose();
        closed = true;
        server.close(() => {
          db.close();
          resolveClose();
        });
        server.closeAllConnections();
      }),
  };
}

// Command line

const USAGE = `Usage: node emulator/server.ts [--port N] [--seed N] [--news N] [--db FILE] [--faults JSON|@FILE] [--empty] [--hostile @FILE] [--confirmations N] [--people N] [--must-read-items N] [--verbose]

  --port N        port on 127.0.0.1 (0: any free port; default 4401)
  --seed N        seed of the generated data (default ${DEFAULT_SEED})
  --news N        news pages to generate (default ${DEFAULT_NEWS})
  --db FILE       keep the database in FILE (reused when seeded with the same options); in memory without it
  --faults JSON   fault rules, e.g. '[{"pattern":"/search/query","status":429,"retryAfter":1,"times":2}]' or @rules.json
  --empty         only the root site, the app catalog and the people: a tenant for \`npm run setup\`
  --hostile @FILE XSS payloads in every rendered field, e.g. @tests/fixtures/hostile-payloads.json (in memory only)
  --confirmations N  N read confirmations of one must-read page, by its audience in turn (in memory only)
  --people N      people in the three municipalities together (default about 650), e.g. 10000
  --must-read-items N  N must-read news on the shared site for all staff, confirmed by a share of them
                  (from one in ten for the newest to seven in ten for the oldest; in memory only)
  --verbose       log each request to stderr
`;

function parseArguments(argv: string[]): TenantOptions & { help?: boolean } {
  const options: TenantOptions & { help?: boolean } = { port: 4401 };
  const integer = (name: string, value: string | undefined): number => {
    if (value === undefined || !/^-?\d+$/.test(value)) throw new Error(`${name} needs an integer, not "${value ?? ''}".`);
    return Number(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--port':
        options.port = integer('--port', value());
        break;
      case '--seed':
        options.seed = integer('--seed', value());
        break;
      case '--news':
        options.news = integer('--news', value());
        break;
      case '--db':
        options.dbPath = value();
        if (!options.dbPath) throw new Error('--db needs a file name.');
        break;
      case '--faults':
        options.faults = value();
        if (!options.faults) throw new Error('--faults needs JSON or @file.');
        break;
      case '--hostile':
        options.hostile = value();
        if (!options.hostile) throw new Error('--hostile needs JSON or @file.');
        break;
      case '--confirmations':
        options.confirmations = integer('--confirmations', value());
        break;
      case '--people':
        options.people = integer('--people', value());
        break;
      case '--must-read-items':
        options.mustReadItems = integer('--must-read-items', value());
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--empty':
        options.empty = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`Unknown option ${argv[i]}.`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const running = await startTenant(options);
  process.stdout.write(`Samverka local tenant listening on ${running.url}\n`);
  const stop = (): void => {
    running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`Samverka local tenant could not start: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
