import '@pnp/graph/search';
import type { SearchRequest, SearchResponse } from '@microsoft/microsoft-graph-types';
import { NewsSearchRequest, NewsSearchResult, readNewsPage } from '../core/newsFeed';
import type { INewsService, ITenantConfigService, NewsPage, NewsQuery } from '../core/ports';
import { failureCodeOf } from '../core/failures';
import type { SamverkaGraph } from './graphClient';
import { runSearch, searchCall } from './graphBatchCoalescer';
import type { GraphBatchCoalescer } from './graphBatchCoalescer';
import { defaultRetryPolicy } from './retry';
import type { RetryPolicy } from './retry';
import { canonicalPageUrl, NEWS_SEARCH_FIELDS, newsItemFromSearchHit, siteResolverFor, SiteResolver } from './newsMapping';

export interface NewsServiceDeps {
  graph: SamverkaGraph;
  tenantUrl: string;
  /** Tells which municipality a site belongs to. */
  tenantConfig: ITenantConfigService;
  now: () => Date;
  /** KQL length limit; Microsoft Search's unless a test needs to force a split. */
  maxQueryLength?: number;
  /** Shares a Graph batch with what other parts of the page ask at the same moment. */
  batch?: GraphBatchCoalescer;
  /** Retries of throttled searches inside a batch when there is no coalescer (the client's own otherwise). */
  policy?: RetryPolicy;
}

/**
 * Targeted news through Microsoft Search (Graph POST /search/query, entity type listItem).
 * A page costs one round trip, whatever it needs to ask (the first page also asks for the
 * boosted news; a user in very many groups needs the KQL split): Graph takes one search
 * request per body, so the searches of a page go as inner requests of one JSON batch. The
 * audience trimming is in the KQL; the audiences a hit may carry in `fields` only hide more.
 * The rules (KQL, paging, audience re-check, ranking) are in core/newsFeed; this class only
 * talks to Graph and maps its answers.
 */
export class NewsService implements INewsService {
  private readonly deps: NewsServiceDeps;

  public constructor(deps: NewsServiceDeps) {
    this.deps = deps;
  }

  public async getNews(query: NewsQuery): Promise<NewsPage> {
    const { tenantUrl } = this.deps;
    const resolveSite = await siteResolverFor(this.deps.tenantConfig, tenantUrl, query.sitePaths);
    return readNewsPage({
      query,
      siteUrlOf: sitePath => canonicalPageUrl(sitePath, tenantUrl),
      now: this.deps.now(),
      search: requests => this.search(requests, resolveSite),
      maxQueryLength: this.deps.maxQueryLength
    });
  }

  private async search(requests: NewsSearchRequest[], resolveSite: SiteResolver): Promise<NewsSearchResult[]> {
    const bodies = requests.map(toSearchRequest);
    try {
      // One search request per body: the feed, the boosted news and any split of the KQL are
      // inner requests of one batch (a lone one goes direct); a throttled one is retried alone.
      const responses = this.deps.batch
        ? await this.deps.batch.run(searchCall(this.deps.graph, bodies))
        : await runSearch(this.deps.graph, bodies, this.deps.policy || defaultRetryPolicy());
      return bodies.map((_, i) => this.toResult(responses[i], resolveSite));
    } catch (error) {
      const code = failureCodeOf(error);
      return bodies.map(() => ({ ok: false as const, code }));
    }
  }

  private toResult(response: SearchResponse | undefined, resolveSite: SiteResolver): NewsSearchResult {
    const container = response && response.hitsContainers ? response.hitsContainers[0] : undefined;
    if (!response) {
      return { ok: false, code: 'unknown' };
    }
    // No container at all is how Search answers a query without hits.
    const hits = container && container.hits ? container.hits : [];
    return {
      ok: true,
      hits: hits.map(hit => newsItemFromSearchHit(hit, this.deps.tenantUrl, resolveSite)),
      total: container && typeof container.total === 'number' ? container.total : hits.length,
      more: !!(container && container.moreResultsAvailable)
    };
  }
}

function toSearchRequest(request: NewsSearchRequest): SearchRequest {
  return {
    entityTypes: ['listItem'],
    query: { queryString: request.queryString },
    fields: NEWS_SEARCH_FIELDS,
    from: request.from,
    size: request.size,
    sortProperties: [{ name: 'FirstPublishedDate', isDescending: true }]
  };
}
