import type { NewsItem } from '../../src/core/news';
import { json, RecordedRequest } from './fakeFetch';
import { matchesKql, parseKql } from './kqlModel';

/**
 * Graph search over a list of news items, in Graph's wire shape: answers
 * POST /search/query, and search requests inside a JSON $batch. As Graph v1.0, a body with
 * more than one search request is refused (400).
 */
export interface SearchRequestBody {
  entityTypes: string[];
  query: { queryString: string };
  fields?: string[];
  from?: number;
  size?: number;
  sortProperties?: Array<{ name: string; isDescending?: boolean }>;
}

export interface FakeSearchOptions {
  /**
   * Whether hits carry ModernAudienceAadObjectIds in `fields`. Whether Graph returns it is not
   * documented, so the feed must be right without it.
   */
  audienceInFields?: boolean;
}

export function searchResponse(items: NewsItem[], request: SearchRequestBody, options: FakeSearchOptions = {}): unknown {
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
        ...(options.audienceInFields === false ? {} : { ModernAudienceAadObjectIds: item.audienceIds }),
        SamverkaBoostUntilOWSDATE: item.boostedUntil
      }
    }
  }));
  return { searchTerms: [], hitsContainers: [{ hits, total: matches.length, moreResultsAvailable: from + size < matches.length }] };
}

const ONE_REQUEST_ONLY = { error: { code: 'BadRequest', message: 'The service supports only a single searchRequest at a time.' } };

/** Handler for POST /v1.0/search/query. */
export function searchEndpoint(items: NewsItem[], options: FakeSearchOptions = {}) {
  return (request: RecordedRequest) => {
    const body = request.body as { requests: SearchRequestBody[] };
    if (body.requests.length !== 1) {
      return json(ONE_REQUEST_ONLY, 400);
    }
    return json({ value: [searchResponse(items, body.requests[0], options)] });
  };
}

/** Handler for POST /v1.0/$batch whose inner requests are searches; `inner` may answer some itself. */
export function searchBatchEndpoint(
  items: NewsItem[],
  inner?: (id: string, round: number) => { status: number; headers?: Record<string, string> } | undefined,
  options: FakeSearchOptions = {}
) {
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
        if (r.body.requests.length !== 1) {
          return { id: r.id, status: 400, headers: {}, body: ONE_REQUEST_ONLY };
        }
        return { id: r.id, status: 200, headers: {}, body: { value: [searchResponse(items, r.body.requests[0], options)] } };
      })
    });
  };
}
