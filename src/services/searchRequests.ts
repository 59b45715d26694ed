import type { SearchRequest } from '@microsoft/microsoft-graph-types';
import { CONTENT_CLASS, type PlannedRequest } from '../core/searchQuery';

/*
 * A planned search request as Graph's searchRequest (core/searchQuery plans it), and the date
 * buckets of its answer read back as their ranges.
 */

/** The range a date bucket stands for: by its filter token `range(from, to)`, else by position. */
export function rangeKeyOf(ranges: NonNullable<PlannedRequest['aggregations'][number]['ranges']>, token: string | null | undefined, index: number): string | undefined {
  const m = /^range\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)$/.exec(token || '');
  if (m) {
    const found = ranges.find(r => (r.from || 'min') === m[1] && (r.to || 'max') === m[2]);
    if (found) {
      return found.key;
    }
  }
  return ranges[index] ? ranges[index].key : undefined;
}

/** A planned request as the body Graph's `/search/query` takes (one searchRequest). */
export function toGraphRequest(request: PlannedRequest): SearchRequest {
  const body: SearchRequest & Record<string, unknown> = {
    entityTypes: request.entityTypes as SearchRequest['entityTypes'],
    query: request.queryTemplate ? { queryString: request.queryString, queryTemplate: request.queryTemplate } as SearchRequest['query'] : { queryString: request.queryString },
    from: request.from,
    size: request.size
  };
  if (request.fields.length > 0) {
    body.fields = request.fields;
  }
  if (request.contentSources) {
    body.contentSources = request.contentSources;
  }
  const aggregations: Array<Record<string, unknown>> = request.aggregations.map(a => ({
    field: a.field,
    size: 20,
    bucketDefinition: a.ranges
      ? { sortBy: 'keyAsString', isDescending: false, minimumCount: 0, ranges: a.ranges.map(r => ({ ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) })) }
      : { sortBy: 'count', isDescending: true, minimumCount: 1 }
  }));
  if (request.classCounts) {
    // One bucket per SharePoint source of the request: its count.
    aggregations.push({ field: CONTENT_CLASS, size: 10, bucketDefinition: { sortBy: 'count', isDescending: true, minimumCount: 1 } });
  }
  if (aggregations.length > 0) {
    body.aggregations = aggregations as SearchRequest['aggregations'];
  }
  if (request.spelling) {
    body.queryAlterationOptions = { enableSuggestion: true, enableModification: true };
  }
  return body;
}
