import type { IDashboardService } from '../core/dashboard';
import type { ITenantConfigService, IUserContextService } from '../core/ports';
import type { Connection } from '../services/connection';
import { guideListReader } from '../services/dashboardGuides';
import { DashboardService } from '../services/dashboardService';
import { sharePointBatchOf } from '../services/sharePointBatchCoalescer';
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
  // The guide list and the reader's confirmations are both on the shared site: one $batch.
  const spBatch = sharePointBatchOf(base.sp);
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
    confirmations: readConfirmationsOn(base, spBatch),
    guides: guideListReader({ sp: base.sp, tenantUrl: base.tenantUrl, spBatch })
  });
  return { services: { dashboard, tenantConfig: base.tenantConfig, userContext: base.userContext }, tenantUrl: base.tenantUrl };
}
