import { KqlSyntaxError } from '../kql/ast.ts';
import { parseKql } from '../kql/parse.ts';
import type { KqlNode } from '../kql/ast.ts';
import { EMPTY_ENTITY_TYPES } from '../search/catalog.ts';
import { SearchRequestError } from '../search/search-index.ts';
import type { SearchHit, SortProperty } from '../search/search-index.ts';
import { graphError, GRAPH_JSON, json } from '../http/errors.ts';
import type { Caller, EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';

/**
 * POST /search/query: Microsoft Search through Graph, over the tenant's search index, with
 * KQL, paging (from/size), sortProperties, fields, and results trimmed to what the caller may read.
 */

/** KQL queries built by code may be 4,096 characters long (SharePoint's default limit). */
export const MAX_QUERY_LENGTH = 4096;
const DEFAULT_SIZE = 25;

interface SearchRequestBody {
  entityTypes?: unknown;
  query?: { queryString?: unknown };
  from?: unknown;
  size?: unknown;
  fields?: unknown;
  sortProperties?: unknown;
}

class BadSearchRequest extends Error {}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

interface ValidRequest {
  entityTypes: string[];
  query: KqlNode;
  from: number;
  size: number;
  fields: string[];
  sort: SortProperty[];
}

function validate(tenant: Tenant, raw: SearchRequestBody): ValidRequest {
  if (!isStringArray(raw.entityTypes) || raw.entityTypes.length === 0) throw new BadSearchRequest('entityTypes is required: a list such as ["listItem"].');
  const entityTypes = raw.entityTypes;
  for (const type of entityTypes) {
    if (!tenant.search.schema(type) && !EMPTY_ENTITY_TYPES.includes(type)) throw new BadSearchRequest(`Requested entity type '${type}' is not valid.`);
  }
  if (entityTypes.includes('person') && entityTypes.length > 1) throw new BadSearchRequest("The entity type 'person' cannot be combined with other entity types.");
  const queryString = raw.query?.queryString;
  if (typeof queryString !== 'string' || queryString.trim() === '') throw new BadSearchRequest('query.queryString is required and must not be empty.');
  if (queryString.length > MAX_QUERY_LENGTH) {
    throw new BadSearchRequest(`The query string is ${queryString.length} characters long; the limit is ${MAX_QUERY_LENGTH}.`);
  }
  const from = raw.from === undefined ? 0 : raw.from;
  const size = raw.size === undefined ? DEFAULT_SIZE : raw.size;
  if (!Number.isInteger(from) || (from as number) < 0) throw new BadSearchRequest('from must be a non-negative integer.');
  const maxSize = Math.min(...entityTypes.map((t) => tenant.search.schema(t)?.maxPageSize ?? 500));
  if (!Number.isInteger(size) || (size as number) < 0 || (size as number) > maxSize) {
    throw new BadSearchRequest(`size must be an integer from 0 to ${maxSize} for ${entityTypes.join(', ')}.`);
  }
  if (raw.fields !== undefined && !isStringArray(raw.fields)) throw new BadSearchRequest('fields must be a list of property names.');
  let sort: SortProperty[] = [];
  if (raw.sortProperties !== undefined) {
    if (!Array.isArray(raw.sortProperties)) throw new BadSearchRequest('sortProperties must be a list.');
    sort = raw.sortProperties.map((s: unknown) => {
      const p = s as { name?: unknown; isDescending?: unknown };
      if (typeof p?.name !== 'string' || p.name === '') throw new BadSearchRequest('Each sort property needs a name.');
      if (p.isDescending !== undefined && typeof p.isDescending !== 'boolean') throw new BadSearchRequest('isDescending must be true or false.');
      return { name: p.name, isDescending: p.isDescending === true };
    });
  }
  let query: KqlNode;
  try {
    query = parseKql(queryString);
  } catch (error) {
    if (error instanceof KqlSyntaxError) throw new BadSearchRequest(`The query string is not valid KQL: ${error.message}.`);
    throw error;
  }
  return { entityTypes, query, from: from as number, size: size as number, fields: (raw.fields as string[] | undefined) ?? [], sort };
}

interface TypedHit extends SearchHit {
  entityType: string;
}

/** Runs one search request over each requested entity type that has content, merging by rank. */
function run(tenant: Tenant, caller: Caller, origin: string, request: ValidRequest): Record<string, unknown> {
  const searchable = request.entityTypes.filter((t) => tenant.search.schema(t));
  let total = 0;
  let terms: string[] = [];
  const hits: TypedHit[] = [];
  for (const entityType of searchable) {
    // Each type returns its first from+size hits; the merged page is cut from them.
    const result = tenant.search.search({
      entityType,
      query: request.query,
      principals: caller.principals,
      from: 0,
      size: request.from + request.size,
      sort: request.sort,
      origin,
    });
    total += result.total;
    terms = [...new Set([...terms, ...result.searchTerms])];
    hits.push(...result.hits.map((h) => ({ ...h, entityType })));
  }
  hits.sort((a, b) => a.rank - b.rank);
  const page = hits.slice(request.from, request.from + request.size);
  const container: Record<string, unknown> = {};
  // Graph leaves `hits` out when there are none.
  if (page.length > 0) {
    container.hits = page.map((hit, i) => {
      const schema = tenant.search.schema(hit.entityType)!;
      const resource = schema.resource(hit.document, origin);
      if (request.fields.length > 0) resource.fields = tenant.search.fields(hit.entityType, hit.document, request.fields, origin);
      return { hitId: hit.document.key, rank: request.from + i + 1, summary: hit.summary, resource };
    });
  }
  container.total = total;
  container.moreResultsAvailable = request.from + page.length < total;
  return { searchTerms: terms, hitsContainers: [container] };
}

export function postSearchQuery(tenant: Tenant, request: EmulatorRequest, caller: Caller): EmulatorResponse {
  let body: { requests?: unknown };
  try {
    body = JSON.parse(request.body) as { requests?: unknown };
  } catch {
    return graphError(request, 400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  if (!Array.isArray(body?.requests) || body.requests.length === 0) {
    return graphError(request, 400, 'BadRequest', 'The body needs "requests": a list with one search request.');
  }
  try {
    const valid = body.requests.map((r: unknown) => validate(tenant, (r ?? {}) as SearchRequestBody));
    const value = valid.map((r) => run(tenant, caller, request.url.origin, r));
    return json(200, { value, '@odata.context': `${request.url.origin}/v1.0/$metadata#Collection(microsoft.graph.searchResponse)` }, GRAPH_JSON);
  } catch (error) {
    if (error instanceof BadSearchRequest || error instanceof SearchRequestError) return graphError(request, 400, 'BadRequest', error.message);
    throw error;
  }
}
