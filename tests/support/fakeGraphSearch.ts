import type { NewsItem } from '../../src/core/news';
import { json, RecordedRequest } from './fakeFetch';
import { matchesKql, parseKql } from './kqlModel';

/**
 * Graph search over a list of news items, in Graph's wire shape: answers
 * POST /search/query, and search requests inside a JSON $batch.
 */
export interface SearchRequestBody {
  entityTypes: string[];
  query: { queryString: string };
  fields?: string[];
  from?: number;
  size?: number;
  sortProperties?: Array<{ name: string; isDescending?: boolean }>;
}

export function searchResponse(items: NewsItem[], request: SearchRequestBody): unknown {
  const tree = parseKql(request.query.queryString);
  const matches = items
    .filter(item => matchesKql(tree, {
      Path: item.url, PromotedState: '2', ModernAudienceAadObjectIds: item.audienceIds, IsAudienceTargeted: item.audienceIds.length > 0,
      SamverkaBoostUntilOWSDATE: item.boostedUntil, FirstPublishedDate: item.publishedAt, Title: item.title
    }))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  const from = request.from || 0;
  const size = request.size || 25;
  const hits = matches.slice(from, from + size).map((item, i) => ({
    hitId: item.url, rank: from + i + 1, summary: '',
    resource: {
      '@odata.type': '#microsoft.graph.listItem', id: item.url, webUrl: item.url,
      fields: {
        Title: item.title, Description: item.description, Path: item.url, FirstPublishedDate: item.publishedAt,
        ModernAudienceAadObjectIds: item.audienceIds, SamverkaBoostUntilOWSDATE: item.boostedUntil
      }
    }
  }));
  return { searchTerms: [], hitsContainers: [{ hits, total: matches.length, moreResultsAvailable: from + size < matches.length }] };
}

/** Handler for POST /v1.0/search/query. */
export function searchEndpoint(items: NewsItem[]) {
  return (request: RecordedRequest) => {
    const body = request.body as { requests: SearchRequestBody[] };
    return json({ value: body.requests.map(r => searchResponse(items, r)) });
  };
}

/** Handler for POST /v1.0/$batch whose inner requests are searches; `inner` may answer some itself. */
export function searchBatchEndpoint(items: NewsItem[], inner?: (id: string, round: number) => { status: number; headers?: Record<string, string> } | undefined) {
  let round = 0;
  return (request: RecordedRequest) => {
    round++;
    const body = request.body as { requests: Array<{ id: string; url: string; body: { requests: SearchRequestBody[] } }> };
    return json({
      responses: body.requests.map(r => {
        const special = inner ? inner(r.id, round) : undefined;
        if (special) {
          return { id: r.id, status: special.status, headers: special.headers || {}, body: { error: { code: 'x', message: 'x' } } };
        }
        return { id: r.id, status: 200, headers: {}, body: { value: r.body.requests.map(s => searchResponse(items, s)) } };
      })
    });
  };
}
