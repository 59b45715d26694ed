import type { IDashboardService } from '../core/dashboard';
import { Connection, tenantUrlOf, userIdentityOf } from './connection';
import { DashboardService } from './dashboardService';
import { graphBatchOf } from './graphBatchCoalescer';
import { returningStorageOf } from './factory';
import type { Services } from './factory';
import { defaultSessionStorage, SessionCache, StorageLike, userCacheKey } from './sessionCache';

export interface DashboardServiceOptions {
  /** The same storage as createServices was given (sessionStorage by default). */
  storage?: StorageLike;
  cacheTtlMs?: number;
  /** The same returning-user storage as createServices was given (see ServiceOptions). */
  returningStorage?: StorageLike | null;
  /** The signed-in user's address, when the host knows it and the connection does not tell it. */
  userMail?: string;
}

const HOUR = 3600000;

/**
 * The dashboard's service, on the clients createServices configured (same Graph client, retry
 * policy and session cache keys). Built apart from createServices so the other web parts'
 * bundles do not carry it.
 */
export function createDashboardService(services: Services, connection: Connection, options: DashboardServiceOptions = {}): IDashboardService {
  const storage = options.storage || (connection.kind === 'local' ? connection.storage : undefined) || defaultSessionStorage();
  const tenantUrl = tenantUrlOf(connection);
  return new DashboardService({
    graph: services.graph,
    tenantUrl,
    tenantConfig: services.tenantConfig,
    policy: services.retryPolicy,
    // The returning user's entries too, so a profile kept from an earlier visit is not asked again.
    cache: new SessionCache(storage, () => services.now().getTime(), returningStorageOf(connection, options)),
    ttlMs: options.cacheTtlMs === undefined ? HOUR : options.cacheTtlMs,
    userKey: userCacheKey(`${tenantUrl}|${userIdentityOf(connection)}`),
    userMail: options.userMail || hostMail(connection),
    batch: graphBatchOf(services.graph, services.retryPolicy),
    confirmations: services.readConfirmations
  });
}

/** SharePoint and Teams tell the signed-in user's address in the page context; a local `upn:` token names it too. */
function hostMail(connection: Connection): string | undefined {
  if (connection.kind === 'spfx') {
    const user = connection.context.pageContext.user as { email?: unknown };
    return typeof user.email === 'string' && user.email !== '' ? user.email : undefined;
  }
  const upn = /^upn:(.+@.+)$/i.exec(connection.token);
  return upn ? upn[1] : undefined;
}
