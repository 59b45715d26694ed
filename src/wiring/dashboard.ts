import type { IDashboardService } from '../core/dashboard';
import type { ITenantConfigService, IUserContextService } from '../core/ports';
import type { Connection } from '../services/connection';
import { DashboardService } from '../services/dashboardService';
import { BaseOptions, baseOf } from './base';
import { readConfirmationsOn } from './readConfirmations';

/** What "Min sida" is given (the view's DashboardServices) and the tenant its links are made for. */
export interface DashboardWiring {
  services: { dashboard: IDashboardService; tenantConfig: ITenantConfigService; userContext: IUserContextService };
  tenantUrl: string;
}

/** The personal dashboard ("Min sida"): its service over the page's clients, session cache and user. */
export function wire(connection: Connection, options?: BaseOptions): DashboardWiring {
  const base = baseOf(connection, options);
  const dashboard = new DashboardService({
    graph: base.graph,
    tenantUrl: base.tenantUrl,
    tenantConfig: base.tenantConfig,
    userContext: base.userContext,
    policy: base.retryPolicy,
    now: base.now,
    cache: base.cache,
    ttlMs: base.ttlMs,
    userKey: base.userKey,
    userMail: base.userMail,
    batch: base.graphBatch,
    confirmations: readConfirmationsOn(base)
  });
  return { services: { dashboard, tenantConfig: base.tenantConfig, userContext: base.userContext }, tenantUrl: base.tenantUrl };
}
