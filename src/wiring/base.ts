import type { ITenantConfigService, IUserContextService } from '../core/ports';
import { normalizeSitePath } from '../core/tenantConfig';
import { Connection, createGraph, createSp, hostMailOf, tenantUrlOf, userIdentityOf } from '../services/connection';
import type { SamverkaGraph } from '../services/graphClient';
import { GraphBatchCoalescer, graphBatchOf } from '../services/graphBatchCoalescer';
import { defaultRetryPolicy, FetchFunction, RetryPolicy } from '../services/retry';
import { defaultReturningStorage, defaultSessionStorage, SessionCache, StorageLike, userCacheKey } from '../services/sessionCache';
import { TenantConfigService } from '../services/tenantConfigService';
import { UserContextService } from '../services/userContextService';
import type { SamverkaSp } from '../services/spClient';

export interface BaseOptions {
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
  /** Replaces fetch for every request (tests, the tenant check's recorder). */
  fetch?: FetchFunction;
  /** A configuration in place of the tenant property's (the tenant check's writes aim at a site of their own). */
  tenantConfig?: ITenantConfigService;
}

/**
 * What every capability is built on: the configured clients of one connection, one session
 * cache, the tenant configuration and the signed-in user. Only src/wiring builds services on it.
 */
export interface Base {
  /** Scheme and host of the tenant. */
  tenantUrl: string;
  /** The configured SharePoint client of a site ("/" is the tenant root); one per site. */
  sp(sitePath: string): SamverkaSp;
  graph: SamverkaGraph;
  retryPolicy: RetryPolicy;
  /** The clock the services judge dates by. */
  now: () => Date;
  /** The session cache of personal data and the configuration: one per page. */
  cache: SessionCache;
  /** How long what a service keeps in the cache for the session stays fresh. */
  ttlMs: number;
  /** Cache key scope of the signed-in user (see userCacheKey). */
  userKey: string;
  /** The signed-in user's address when the host tells it without a request. */
  userMail?: string;
  /** Graph requests asked at the same moment share one $batch. */
  graphBatch: GraphBatchCoalescer;
  tenantConfig: ITenantConfigService;
  userContext: IUserContextService;
}

const HOUR = 3600000;
/** A working day: group changes and a new configuration reach a returning user by the next one. */
export const RETURNING_TTL_MS = 8 * HOUR;

/** The storage for a returning user's cache entries (see BaseOptions.returningStorage). */
function returningStorageOf(connection: Connection, options: BaseOptions): StorageLike | undefined {
  if (options.returningStorage !== undefined) {
    return options.returningStorage || undefined;
  }
  return connection.kind === 'spfx' ? defaultReturningStorage() : undefined;
}

function createBase(connection: Connection, options: BaseOptions): Base {
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
  const userKey = userCacheKey(`${tenantUrl}|${userIdentityOf(connection)}`);

  return {
    tenantUrl, sp, graph, retryPolicy, now, cache, ttlMs, userKey,
    userMail: hostMailOf(connection),
    graphBatch: graphBatchOf(graph, retryPolicy),
    tenantConfig: options.tenantConfig || new TenantConfigService({ rootSp: sp('/'), cache, ttlMs, returningTtlMs, tenantKey: userCacheKey(tenantUrl) }),
    userContext: new UserContextService({ graph, cache, ttlMs, returningTtlMs, userKey, policy: retryPolicy })
  };
}

/** The bases built so far: per options object, per storage the connection brings (or the page's), per who and where. */
const PAGE: BaseOptions = {};
const bases = new WeakMap<object, WeakMap<object, Map<string, Base>>>();

function connectionKey(connection: Connection): string {
  return connection.kind === 'spfx'
    ? `${tenantUrlOf(connection)}|${userIdentityOf(connection)}`
    : [tenantUrlOf(connection), userIdentityOf(connection), connection.graphUrl || '', connection.graphToken || '', connection.userMail || ''].join('|');
}

/**
 * The base of a connection, built once: every capability wired (in this bundle) for the same user
 * gets the same clients, session cache, configuration and user context, so what one of them loads
 * (or is loading) the others do not ask again. Bundles of other web parts on the page have bases
 * of their own over the same session storage. Given `options` (tests, the tenant check), a base of
 * their own, shared by the wirings given that same options object.
 */
export function baseOf(connection: Connection, options: BaseOptions = PAGE): Base {
  let byStorage = bases.get(options);
  if (!byStorage) {
    byStorage = new WeakMap();
    bases.set(options, byStorage);
  }
  const storageScope = (connection.kind === 'local' && connection.storage) || PAGE;
  let byConnection = byStorage.get(storageScope);
  if (!byConnection) {
    byConnection = new Map();
    byStorage.set(storageScope, byConnection);
  }
  const key = connectionKey(connection);
  let base = byConnection.get(key);
  if (!base) {
    base = createBase(connection, options);
    byConnection.set(key, base);
  }
  return base;
}
