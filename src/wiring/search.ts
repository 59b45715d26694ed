import type { ITenantConfigService } from '../core/ports';
import type { ISearchService } from '../core/search';
import type { Connection } from '../services/connection';
import { SearchService } from '../services/searchService';
import { BaseOptions, baseOf } from './base';
import { isConnectionId } from '../settings/search';

export interface SearchSettings {
  /** Connection id of the external guide system's Graph connector (web part property); none: list guides only. */
  guideConnectionId?: string;
  pageSize?: number;
}

/** What Sök is given: the search and the configuration that names the municipalities. */
export interface SearchWiring {
  services: { tenantConfig: ITenantConfigService };
  search: ISearchService;
}

/** Sök: the search service over the page's clients, configuration and user. */
export function wire(connection: Connection, settings: SearchSettings = {}, options?: BaseOptions): SearchWiring {
  const base = baseOf(connection, options);
  const search = new SearchService({
    graph: base.graph,
    sp: base.sp,
    tenantUrl: base.tenantUrl,
    tenantConfig: base.tenantConfig,
    userContext: base.userContext,
    now: base.now,
    guideConnectionId: settings.guideConnectionId && isConnectionId(settings.guideConnectionId) ? settings.guideConnectionId : undefined,
    pageSize: settings.pageSize,
    batch: base.graphBatch
  });
  return { services: { tenantConfig: base.tenantConfig }, search };
}
