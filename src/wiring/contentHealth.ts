import type { IContentHealthService } from '../core/contentHealthPorts';
import type { TenantConfig } from '../core/municipality';
import type { IMustReadReportService } from '../core/mustReadReportPorts';
import type { Connection } from '../services/connection';
import { ContentHealthService } from '../services/contentHealthService';
import { BaseOptions, baseOf } from './base';

/** What Städa innehåll is given. */
export interface ContentHealthWiring {
  service: IContentHealthService;
  getConfig: () => Promise<TenantConfig>;
  /** The editors' must-read view's service, in a chunk of its own: loaded when an editor opens that view. */
  loadMustReadReport: () => Promise<IMustReadReportService>;
}

/** Städa innehåll: the report's service over the page's clients and configuration. */
export function wire(connection: Connection, options?: BaseOptions): ContentHealthWiring {
  const base = baseOf(connection, options);
  return {
    service: new ContentHealthService({
      sp: base.sp, graph: base.graph, tenantUrl: base.tenantUrl, tenantConfig: base.tenantConfig, policy: base.retryPolicy, now: base.now
    }),
    getConfig: () => base.tenantConfig.getConfig(),
    loadMustReadReport: () => import(/* webpackChunkName: 'must-read-editors-services' */ './mustReadReport')
      .then((mustRead) => mustRead.wire(connection, options))
  };
}
