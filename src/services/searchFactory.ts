import type { ISearchService } from '../core/search';
import { isConnectionId } from '../settings/search';
import type { Services } from './factory';
import { graphBatchOf } from './graphBatchCoalescer';
import { SearchService } from './searchService';

export interface SearchServiceOptions {
  /** Connection id of the external guide system's Graph connector (web part property); none: list guides only. */
  guideConnectionId?: string;
  pageSize?: number;
}

/**
 * The search web part's service, on the clients createServices configured (same Graph client,
 * retry policy, configuration and user context). Built apart from createServices so the other
 * web parts' bundles do not carry it.
 */
export function createSearchService(services: Services, options: SearchServiceOptions = {}): ISearchService {
  return new SearchService({
    graph: services.graph,
    sp: services.sp,
    tenantUrl: services.tenantUrl,
    tenantConfig: services.tenantConfig,
    userContext: services.userContext,
    now: services.now,
    guideConnectionId: options.guideConnectionId && isConnectionId(options.guideConnectionId) ? options.guideConnectionId : undefined,
    pageSize: options.pageSize,
    batch: graphBatchOf(services.graph, services.retryPolicy)
  });
}
