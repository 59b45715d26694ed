import type { IBorrowService } from '../core/borrowPorts';
import type { TenantConfig } from '../core/municipality';
import type { IReuseService } from '../core/reusePorts';
import { BorrowService } from '../services/borrowService';
import type { Connection } from '../services/connection';
import { NewsService } from '../services/newsService';
import { ReuseDeps, ReuseService } from '../services/reuseService';
import { sharePointBatchOf } from '../services/sharePointBatchCoalescer';
import { BaseOptions, baseOf } from './base';

/** What Samverka med andra kommuner is given. */
export interface ReuseWiring {
  /** (ReuseService: the tenant check asks canPublishIn before it writes.) */
  service: IReuseService & Pick<ReuseService, 'canPublishIn'>;
  borrow: IBorrowService;
  getConfig: () => Promise<TenantConfig>;
}

/** Samverka med andra kommuner: sending, offers and borrowing, over the page's clients, configuration and user. */
export function wire(connection: Connection, options?: BaseOptions): ReuseWiring {
  const base = baseOf(connection, options);
  // The feed's preview (Förhandsgranska nyhetsflödet) is Targeted news as an audience would see it.
  const news = new NewsService({ graph: base.graph, tenantUrl: base.tenantUrl, tenantConfig: base.tenantConfig, now: base.now, batch: base.graphBatch, policy: base.retryPolicy });
  const deps: ReuseDeps = {
    sp: base.sp, news, graph: base.graph, policy: base.retryPolicy, tenantUrl: base.tenantUrl, tenantConfig: base.tenantConfig,
    userContext: base.userContext, now: base.now, graphBatch: base.graphBatch, spBatch: sharePointBatchOf(base.sp)
  };
  const service = new ReuseService(deps);
  return { service, borrow: new BorrowService(deps, service), getConfig: () => base.tenantConfig.getConfig() };
}
