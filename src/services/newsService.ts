import '@pnp/graph/search';
import type { SearchRequest, SearchResponse } from '@microsoft/microsoft-graph-types';
import { NewsSearchRequest, NewsSearchResult, readNewsPage } from '../core/newsFeed';
import type { INewsService, ITenantConfigService, NewsPage, NewsQuery } from '../core/ports';
import { failureCodeOf, failureCodeOfStatus } from './failures';
import type { SamverkaGraph } from './graphClient';
import { sendGraphBatch } from './graphBatch';
import { canonicalPageUrl, NEWS_SEARCH_FIELDS, newsItemFromSearchHit, siteResolverFor, SiteResolver } from './newsMapping';
import type { RetryPolicy } from './retry';

export interface NewsServiceDeps {
  graph: SamverkaGraph;
  tenantUrl: string;
  /** Tells which municipality a site belongs to. */
  tenantConfig: ITenantConfigService;
  policy: RetryPolicy;
  now: () => Date;
  /** KQL length limit; Microsoft Search's unless a test needs to force a split. */
  maxQueryLength?: number;
}

/**
 * Targeted news through Microsoft Search (Graph POST /search/query, entity type listItem).
 * A page costs one round trip: one search request, or one Graph $batch when it needs
 * several (the first page also asks for the boosted news; a user in very many groups
 * needs the KQL split). The rules (KQL, paging, audience re-check, ranking) are in
 * core/newsFeed; this class only talks to Graph and maps its answers.
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
    if (bodies.length === 1) {
      try {
        const responses = await this.deps.graph.query(bodies[0]);
        return [this.toResult(responses[0], resolveSite)];
      } catch (error) {
        return [{ ok: false, code: failureCodeOf(error) }];
      }
    }
    try {
      const answers = await sendGraphBatch(this.deps.graph, bodies.map((searchRequest, i) => ({
        id: String(i + 1), method: 'POST' as const, url: '/search/query', body: { requests: [searchRequest] }
      })), this.deps.policy);
      return bodies.map((_, i) => {
        const answer = answers[String(i + 1)];
        if (answer.status < 200 || answer.status >= 300) {
          return { ok: false, code: failureCodeOfStatus(answer.status) };
        }
        const value = (answer.body as { value?: SearchResponse[] } | null)?.value;
        return this.toResult(value ? value[0] : undefined, resolveSite);
      });
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
