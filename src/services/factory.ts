import type { SamverkaServices } from '../core/ports';
import { normalizeSitePath } from '../core/tenantConfig';
import { Connection, createGraph, createSp, tenantUrlOf, userIdentityOf } from './connection';
import type { SamverkaGraph } from './graphClient';
import type { SamverkaSp } from './spClient';
import { graphBatchOf } from './graphBatchCoalescer';
import { NewsService } from './newsService';
import { ReadConfirmationService } from './readConfirmationService';
import { defaultRetryPolicy, FetchFunction, RetryPolicy } from './retry';
import { defaultReturningStorage, defaultSessionStorage, SessionCache, StorageLike, userCacheKey } from './sessionCache';
import { TenantConfigService } from './tenantConfigService';
import { UserContextService } from './userContextService';

export interface ServiceOptions {
  /** Where session data is cached; sessionStorage when the browser allows it, else memory. */
  storage?: StorageLike;
  /** How long cached profile, groups and configuration stay fresh within a session. */
  cacheTtlMs?: number;
  /**
   * Where a returning user's groups and the tenant configuration are kept beyond the session
   * (null: nowhere). In SharePoint and Teams localStorage when allowed; on a local connection
   * only when given.
   */
  returningStorage?: StorageLike | null;
  /** How long a returning user's groups and the configuration are trusted (default 8 hours). */
  returningTtlMs?: number;
  /** Retry on 429/503; tests inject `sleep` and `random`. */
  retry?: Partial<RetryPolicy>;
  now?: () => Date;
  /** Replaces fetch for every request (tests). */
  fetch?: FetchFunction;
  /** KQL length limit (tests force the split with a small one). */
  maxQueryLength?: number;
}

/** Everything the web parts use, plus the configured clients for what comes later. */
export interface Services extends SamverkaServices {
  /** Scheme and host of the tenant. */
  tenantUrl: string;
  /** The configured SharePoint client of a site ("/" is the tenant root). */
  sp(sitePath: string): SamverkaSp;
  graph: SamverkaGraph;
  retryPolicy: RetryPolicy;
  /** The clock the services judge boosts by. */
  now: () => Date;
}

const HOUR = 3600000;
/** A working day: group changes and a new configuration reach a returning user by the next one. */
export const RETURNING_TTL_MS = 8 * HOUR;

/** The storage for a returning user's cache entries (see ServiceOptions.returningStorage). */
export function returningStorageOf(connection: Connection, options: { returningStorage?: StorageLike | null }): StorageLike | undefined {
  if (options.returningStorage !== undefined) {
    return options.returningStorage || undefined;
  }
  return connection.kind === 'spfx' ? defaultReturningStorage() : undefined;
}

/**
 * The one place where clients are configured: one Graph client and one SharePoint client
 * per site, all with the same retry on 429/503, and one session cache for personal data.
 * Web parts call this once and pass the services down; nothing else creates a client.
 * (The benchmark's baseline is built apart, by createNaiveNewsService, to keep it and the
 * PnPjs list modules it needs out of the web parts' bundles.)
 */
export function createServices(connection: Connection, options: ServiceOptions = {}): Services {
  const now = options.now || (() => new Date());
  const retryPolicy = defaultRetryPolicy({ now, ...options.retry });
  const tenantUrl = tenantUrlOf(connection);
  const storage = options.storage || (connection.kind === 'local' ? connection.storage : undefined) || defaultSessionStorage();
  const cache = new SessionCache(storage, () => now().getTime(), returningStorageOf(connection, options));
  const ttlMs = options.cacheTtlMs === undefined ? HOUR : options.cacheTtlMs;
  const returningTtlMs = options.returningTtlMs === undefined ? RETURNING_TTL_MS : options.returningTtlMs;

  const spBySite: Record<string, SamverkaSp> = {};
  const sp = (sitePath: string): SamverkaSp => {
    const path = normalizeSitePath(sitePath);
    const key = path.toLowerCase();
    if (!spBySite[key]) {
      spBySite[key] = createSp(connection, path === '/' ? tenantUrl : tenantUrl + path, retryPolicy, options.fetch);
    }
    return spBySite[key];
  };
  const graph = createGraph(connection, retryPolicy, options.fetch);

  const tenantConfig = new TenantConfigService({ rootSp: sp('/'), cache, ttlMs, returningTtlMs, tenantKey: userCacheKey(tenantUrl) });
  const userContext = new UserContextService({
    graph, cache, ttlMs, returningTtlMs, userKey: userCacheKey(`${tenantUrl}|${userIdentityOf(connection)}`), policy: retryPolicy
  });
  const news = new NewsService({ graph, tenantUrl, tenantConfig, now, maxQueryLength: options.maxQueryLength, batch: graphBatchOf(graph, retryPolicy), policy: retryPolicy });

  const readConfirmations = new ReadConfirmationService({ sp, tenantConfig, userContext });

  return { tenantConfig, userContext, news, readConfirmations, tenantUrl, sp, graph, retryPolicy, now };
}
