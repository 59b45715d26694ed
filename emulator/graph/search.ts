import { KqlSyntaxError } from '../kql/ast.ts';
import { parseKql } from '../kql/parse.ts';
import type { KqlNode } from '../kql/ast.ts';
import { EMPTY_ENTITY_TYPES } from '../search/catalog.ts';
import { SearchRequestError } from '../search/search-index.ts';
import type { SearchHit, SortProperty } from '../search/search-index.ts';
import { graphError, GRAPH_JSON, json } from '../http/errors.ts';
import { aggregationFilterNode, mergeAggregations } from '../search/aggregations.ts';
import type { AggregationOption, SearchAggregation } from '../search/aggregations.ts';
import { alterQuery } from '../search/speller.ts';
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
  query?: { queryString?: unknown; queryTemplate?: unknown };
  from?: unknown;
  size?: unknown;
  fields?: unknown;
  sortProperties?: unknown;
  aggregations?: unknown;
  aggregationFilters?: unknown;
  queryAlterationOptions?: { enableSuggestion?: unknown; enableModification?: unknown };
  contentSources?: unknown;
}

class BadSearchRequest extends Error {}

/**
 * Entity types that are evolvable enum members of `entityType`: a request may name them only
 * with `Prefer: include-unknown-enum-members` (searchRequest, entityTypes). The documentation
 * says "use the header to get" them; read strictly, a request without it is refused.
 */
const EVOLVABLE_ENTITY_TYPES: readonly string[] = ['chatMessage', 'person', 'acronym', 'bookmark'];

/**
 * The entity types one search request may combine (search API overview, known limitations):
 * SharePoint, OneDrive and connector content together; acronym, bookmark and qna together;
 * message, chatMessage, event and person only alone.
 */
const COMBINABLE_GROUPS: readonly (readonly string[])[] = [
  ['drive', 'driveItem', 'externalItem', 'list', 'listItem', 'site'],
  ['acronym', 'bookmark', 'qna'],
];

/** Entity types the speller serves (speller, known limitations). */
const SPELLER_ENTITY_TYPES: readonly string[] = ['message', 'event', 'site', 'drive', 'driveItem', 'list', 'listItem', 'externalItem'];

/** Entity types without aggregations (search API overview, known limitations). */
const NO_AGGREGATION_ENTITY_TYPES: readonly string[] = ['acronym', 'bookmark', 'message', 'event', 'site', 'person', 'qna', 'drive'];

/** True when a Prefer header asks for evolvable enum members (preferences are comma-separated). */
export function prefersUnknownEnumMembers(prefer: string | undefined): boolean {
  return (prefer ?? '').split(',').some((p) => p.trim().toLowerCase() === 'include-unknown-enum-members');
}

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
  /** aggregationFilters as restrictions, ANDed with the query (also a corrected one). */
  filters: KqlNode[];
  queryString: string;
  template?: string;
  aggregations: AggregationOption[];
  /** Connection ids of `contentSources` (externalItem). */
  connections: string[];
  suggest: boolean;
  modify: boolean;
}

function validate(tenant: Tenant, raw: SearchRequestBody, unknownEnumMembers: boolean): ValidRequest {
  if (!isStringArray(raw.entityTypes) || raw.entityTypes.length === 0) throw new BadSearchRequest('entityTypes is required: a list such as ["listItem"].');
  const entityTypes = raw.entityTypes;
  for (const type of entityTypes) {
    if (!tenant.search.schema(type) && !EMPTY_ENTITY_TYPES.includes(type)) throw new BadSearchRequest(`Requested entity type '${type}' is not valid.`);
    if (EVOLVABLE_ENTITY_TYPES.includes(type) && !unknownEnumMembers) {
      throw new BadSearchRequest(`Requested entity type '${type}' is an evolvable enum member: send the header 'Prefer: include-unknown-enum-members' to use it.`);
    }
  }
  if (entityTypes.includes('person') && entityTypes.length > 1) throw new BadSearchRequest("The entity type 'person' cannot be combined with other entity types.");
  if (entityTypes.length > 1) {
    const group = COMBINABLE_GROUPS.find((g) => g.includes(entityTypes[0]));
    if (!group || !entityTypes.every((t) => group.includes(t))) {
      throw new BadSearchRequest(`The entity types ${entityTypes.map((t) => `'${t}'`).join(', ')} cannot be combined in one search request.`);
    }
  }
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
  // queryTemplate decorates what the user typed: "{searchTerms}" stands for the queryString
  // (https://learn.microsoft.com/graph/search-concept-query-template).
  const template = raw.query?.queryTemplate;
  if (template !== undefined && (typeof template !== 'string' || !template.includes('{searchTerms}'))) {
    throw new BadSearchRequest('query.queryTemplate must be a string that contains {searchTerms}.');
  }
  const fullQuery = typeof template === 'string' ? template.split('{searchTerms}').join(queryString) : queryString;
  if (fullQuery.length > MAX_QUERY_LENGTH) {
    throw new BadSearchRequest(`The query is ${fullQuery.length} characters long with its template; the limit is ${MAX_QUERY_LENGTH}.`);
  }
  let query: KqlNode;
  try {
    query = parseKql(fullQuery);
  } catch (error) {
    if (error instanceof KqlSyntaxError) throw new BadSearchRequest(`The query string is not valid KQL: ${error.message}.`);
    throw error;
  }
  const aggregations = validateAggregations(tenant, raw.aggregations, entityTypes);
  let filters: KqlNode[] = [];
  if (raw.aggregationFilters !== undefined) {
    if (!isStringArray(raw.aggregationFilters)) throw new BadSearchRequest('aggregationFilters must be a list of strings.');
    filters = raw.aggregationFilters.map((f) => {
      const node = aggregationFilterNode(f);
      if (!node) throw new BadSearchRequest(`The aggregation filter '${f}' is not valid.`);
      return node;
    });
  }
  let connections: string[] = [];
  if (entityTypes.includes('externalItem')) {
    if (!isStringArray(raw.contentSources) || raw.contentSources.length === 0) {
      throw new BadSearchRequest("contentSources is required for the entity type 'externalItem': a list such as [\"/external/connections/{id}\"].");
    }
    connections = raw.contentSources.map((c) => {
      const m = /^\/external\/connections\/([A-Za-z0-9]+)$/.exec(c);
      if (!m) throw new BadSearchRequest(`The content source '${c}' is not valid: use /external/connections/{connectionId}.`);
      return m[1];
    });
  }
  const alteration = raw.queryAlterationOptions ?? {};
  if (alteration.enableSuggestion === true || alteration.enableModification === true) {
    const unsupported = entityTypes.find((t) => !SPELLER_ENTITY_TYPES.includes(t));
    if (unsupported) throw new BadSearchRequest(`Spelling correction (queryAlterationOptions) is not supported for the entity type '${unsupported}'.`);
  }
  return {
    entityTypes, query, from: from as number, size: size as number, fields: (raw.fields as string[] | undefined) ?? [], sort,
    filters, queryString, template: typeof template === 'string' ? template : undefined, aggregations, connections, suggest: alteration.enableSuggestion === true, modify: alteration.enableModification === true,
  };
}

function validateAggregations(tenant: Tenant, raw: unknown, entityTypes: string[]): AggregationOption[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new BadSearchRequest('aggregations must be a list.');
  const unsupported = entityTypes.find((t) => NO_AGGREGATION_ENTITY_TYPES.includes(t));
  if (raw.length > 0 && unsupported) throw new BadSearchRequest(`Aggregations are not supported for the entity type '${unsupported}'.`);
  return raw.map((a: unknown) => {
    const option = a as AggregationOption;
    if (typeof option?.field !== 'string' || option.field === '') throw new BadSearchRequest('Each aggregation needs a field.');
    // Only a property that is refinable in the search schema can be aggregated (search API overview, aggregations).
    for (const type of entityTypes) {
      const property = tenant.search.schema(type)?.properties.find((p) => p.name.toLowerCase() === option.field.toLowerCase());
      if (!property?.refinable) throw new BadSearchRequest(`The property '${option.field}' is not refinable or does not exist for the entity type '${type}'.`);
    }
    if (option.size !== undefined && (!Number.isInteger(option.size) || option.size < 1 || option.size > 65535)) throw new BadSearchRequest('An aggregation size is from 1 to 65535.');
    return option;
  });
}

/**
 * `fields` on a driveItem request: only listItem and externalItem return managed properties
 * ("to retrieve an extended property on a file, specify the listItem type"); for the others
 * `fields` selects the type's own properties, and names that are none are silently ignored
 * (search API overview, get selected properties). So a driveItem hit never has `fields`, and
 * carries only the driveItem properties named (with its `@odata.type` and `id`).
 */
function selectDriveItemProperties(resource: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const wanted = new Set(fields.map((f) => f.toLowerCase()));
  return Object.fromEntries(Object.entries(resource).filter(([name]) => name === '@odata.type' || name === 'id' || wanted.has(name.toLowerCase())));
}

interface TypedHit extends SearchHit {
  entityType: string;
}

/** Runs one search request over each requested entity type that has content, merging by rank. */
function run(tenant: Tenant, caller: Caller, origin: string, request: ValidRequest): Record<string, unknown> {
  const searchable = request.entityTypes.filter((t) => tenant.search.schema(t));
  let alteration: ReturnType<typeof alterQuery>;
  if (request.suggest || request.modify) {
    // The dictionary is the tenant's whole index, as Graph's speller is not limited to the entity types asked for.
    const everything = tenant.search.entityTypes();
    alteration = alterQuery(request.queryString, (word) => everything.some((t) => tenant.search.hasWord(t, word)), function* () {
      for (const t of everything) yield* tenant.search.vocabulary(t);
    });
  }
  const collect = (typed: KqlNode): { total: number; terms: string[]; hits: TypedHit[]; aggregations: SearchAggregation[][] } => {
    let total = 0;
    let terms: string[] = [];
    const hits: TypedHit[] = [];
    const aggregations: SearchAggregation[][] = [];
    const query: KqlNode = request.filters.length > 0 ? { kind: 'and', children: [typed, ...request.filters] } : typed;
    for (const entityType of searchable) {
      // A connector's items are searched only in the connections the request names.
      const scoped: KqlNode =
        entityType === 'externalItem'
          ? { kind: 'and', children: [query, { kind: 'or', children: request.connections.map((c) => ({ kind: 'property' as const, name: 'ConnectionId', op: '=' as const, value: c, phrase: false, prefix: false })) }] }
          : query;
      // Each type returns its first from+size hits; the merged page is cut from them.
      const result = tenant.search.search({
        entityType,
        query: scoped,
        principals: caller.principals,
        from: 0,
        size: request.from + request.size,
        sort: request.sort,
        origin,
        aggregations: request.aggregations,
      });
      total += result.total;
      terms = [...new Set([...terms, ...result.searchTerms])];
      hits.push(...result.hits.map((h) => ({ ...h, entityType })));
      if (result.aggregations) aggregations.push(result.aggregations);
    }
    return { total, terms, hits, aggregations };
  };
  let collected = collect(request.query);
  let alterationType: 'suggestion' | 'modification' | undefined = alteration && (request.suggest || request.modify) ? 'suggestion' : undefined;
  // Modification: no results for what was typed, so the corrected query's results are returned.
  if (alteration && request.modify && collected.total === 0) {
    const altered = request.template ? request.template.split('{searchTerms}').join(alteration.alteredQueryString) : alteration.alteredQueryString;
    collected = collect(parseKql(altered));
    alterationType = 'modification';
  }
  const { total, terms, hits } = collected;
  hits.sort((a, b) => a.rank - b.rank);
  const page = hits.slice(request.from, request.from + request.size);
  const container: Record<string, unknown> = {};
  // Graph leaves `hits` out when there are none.
  if (page.length > 0) {
    container.hits = page.map((hit, i) => {
      const schema = tenant.search.schema(hit.entityType)!;
      let resource = schema.resource(hit.document, origin);
      if (request.fields.length > 0 && hit.entityType === 'driveItem') {
        resource = selectDriveItemProperties(resource, request.fields);
      } else if (request.fields.length > 0) {
        // A connector's items carry their schema properties in `properties`, SharePoint items in `fields`.
        resource[hit.entityType === 'externalItem' ? 'properties' : 'fields'] = tenant.search.fields(hit.entityType, hit.document, request.fields, origin);
      }
      return { hitId: hit.document.key, rank: request.from + i + 1, summary: hit.summary, resource };
    });
  }
  container.total = total;
  container.moreResultsAvailable = request.from + page.length < total;
  if (request.aggregations.length > 0) container.aggregations = mergeAggregations(collected.aggregations);
  const response: Record<string, unknown> = { searchTerms: terms, hitsContainers: [container] };
  if (alteration && alterationType) {
    response.queryAlterationResponse = { originalQueryString: request.queryString, queryAlteration: alteration, queryAlterationType: alterationType };
  }
  return response;
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
  // "The service currently supports only a single searchRequest at a time" (search API overview, known limitations).
  if (body.requests.length > 1) {
    return graphError(request, 400, 'BadRequest', `The body has ${body.requests.length} search requests; the service supports only a single searchRequest at a time.`);
  }
  const unknownEnumMembers = prefersUnknownEnumMembers(request.headers.prefer);
  try {
    const valid = body.requests.map((r: unknown) => validate(tenant, (r ?? {}) as SearchRequestBody, unknownEnumMembers));
    const value = valid.map((r) => run(tenant, caller, request.url.origin, r));
    return json(200, { value, '@odata.context': `${request.url.origin}/v1.0/$metadata#Collection(microsoft.graph.searchResponse)` }, GRAPH_JSON);
  } catch (error) {
    if (error instanceof BadSearchRequest || error instanceof SearchRequestError) return graphError(request, 400, 'BadRequest', error.message);
    throw error;
  }
}
