import { PUBLISHED_GUIDES_CLAUSE } from './guideStatus';
import { kqlAllOf, kqlAnyOf, kqlPhrase, kqlRestriction } from './kql';
import { UNTARGETED_CLAUSE } from './newsKql';
import { ALL_MUNICIPALITIES, ModifiedRange, RefinerKey, SearchState, SearchVertical, VERTICAL_REFINERS } from './search';
import {
  CONTENT_CLASS, ContentSource, LIST_DOCUMENT_FIELDS, REFINER_FIELDS, SEARCH_FIELDS, SearchSource, SHAREPOINT_SOURCES,
  SharePointSource, SITE_REFINER, SOURCE_CONTENT_CLASS, SOURCE_ENTITY_TYPE, SOURCE_VERTICAL
} from './searchSources';

/**
 * The Microsoft Search requests of a search page. Graph v1.0 takes one searchRequest per
 * `/search/query` (search API overview, known limitations); the service sends the requests of a
 * moment as inner requests of one JSON $batch: one round trip. Page Diagnostics counts each
 * searchRequest against its 3 per page, so the sources share requests where Graph lets them:
 *
 * - SharePoint's three sources are all list items (a file of a library is a listItem too), told
 *   apart by `contentclass`: pages STS_ListItem_WebPageLibrary, documents
 *   STS_ListItem_DocumentLibrary, the guide list STS_ListItem_GenericList. One listItem request
 *   over them, with an aggregation on `contentclass` (refinable), counts each in its bucket.
 * - People (`person`) are alone, as Graph requires; so is the guide connector (`externalItem`):
 *   an aggregation must be on a property refinable in every entity type of its request, and a
 *   connector's items have no `contentclass` nor a list item the connector's `category`.
 *
 * A page view: All is people + one listItem request (its page and the three counts) + the
 * connector: 3 (2 without a connector). People: people + the listItem counts + the connector's
 * count: 3. Webbsidor, Dokument and Guider: people's count + the vertical's page with its
 * refiners (guides: the list's and the connector's, each with its own refiners) + the listItem
 * counts of the other SharePoint sources + the connector's count (Guider: its page): 4, 3 without
 * a connector. A vertical's page cannot carry another vertical's count: one request has one set
 * of hits, and the refiners are counted over them. "Visa fler": one request per paged source of
 * the vertical that has more.
 *
 * What the user typed is the `queryString`, the same in every request; our restrictions are in
 * `queryTemplate` around `{searchTerms}`. The typed text goes through kqlSearchText, so no input
 * changes the meaning of the query. The speller is asked once per page view, on the vertical's
 * first page of content, so the page gets one suggestion (never on `person`: the speller does not
 * support it).
 */

// The sources and their managed properties, and reading the speller's corrections, are modules of
// their own; the search service takes them from here, with the plan.
export * from './searchSources';
export * from './searchSpelling';

export interface SearchContext {
  /** Scheme and host of the tenant, e.g. "https://contoso.sharepoint.com". */
  tenantUrl: string;
  /** Absolute URL of the guide list (…/sites/gemensamt/Lists/Guider). */
  guideListUrl: string;
  /** Connection id of the external guide system; no connector requests without one. */
  guideConnectionId?: string;
  /** The user's audiences (transitive groups), for audience-targeted pages. */
  groupIds: readonly string[];
  /** The user's municipalities: guides of other municipalities are left out unless asked for. */
  municipalityIds: readonly string[];
  /** Today (YYYY-MM-DD): date refiners count from it, by the day, so a link keeps its meaning all day. */
  today: string;
  pageSize: number;
  /** People asked for beside content in All (Allt shows the most relevant few of them, the own municipality first). */
  peopleInAll: number;
  /** Longest query (with template) Microsoft Search takes. */
  maxQueryLength?: number;
}

export interface AggregationPlan {
  refiner: RefinerKey;
  field: string;
  /** Date refiners: one range per ModifiedRange, in MODIFIED_RANGES order. */
  ranges?: Array<{ key: ModifiedRange; from?: string; to?: string }>;
}

/** A request whose hits are paged: one source's, or All's one request over SharePoint's sources. */
export type PagedKey = SearchSource | 'sharepoint';

export interface PlannedRequest {
  /** One source's request, All's request over SharePoint's sources ('sharepoint'), or the counts of other verticals' SharePoint sources ('counts'). */
  source: PagedKey | 'counts';
  /** The sources whose hits or counts it carries. */
  sources: SearchSource[];
  /** Its hits are shown; else it is asked for its counts only (size 1). */
  shown: boolean;
  /** Counts per source from the buckets of an aggregation on contentclass (several SharePoint sources). */
  classCounts: boolean;
  entityTypes: string[];
  queryString: string;
  queryTemplate?: string;
  contentSources?: string[];
  from: number;
  size: number;
  fields: string[];
  aggregations: AggregationPlan[];
  spelling: boolean;
}

const RESERVED = /^(AND|OR|NOT|NEAR|ONEAR|WORDS|XRANK|ANY|ALL|NONE)$/i;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const DAY = 86400000;
/** Audience groups written into a query: 40 clauses of about 67 characters leave room for the text in 4 KB. */
export const MAX_AUDIENCE_CLAUSES = 40;

/**
 * What a person typed, as KQL: every word must match, literally, or as the start of a longer
 * word. A plain word becomes `(word OR word*)` (the bare word lets the speller correct it);
 * anything else, a quoted phrase with quotes, wildcards and escapes taken out. Operators typed
 * by the user (OR, NOT, Title:x, parentheses) are text. Null when nothing searchable is left.
 */
export function kqlSearchText(text: string): string | null {
  const parts: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (raw === '') {
      continue;
    }
    if (PLAIN_WORD.test(raw) && !RESERVED.test(raw)) {
      parts.push(`(${raw} OR ${raw}*)`);
      continue;
    }
    const phrase = kqlPhrase(raw);
    if (/[\p{L}\p{N}]/u.test(phrase)) {
      parts.push(phrase);
    }
  }
  return parts.length === 0 ? null : parts.join(' AND ');
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date bounds of each modified range, counted back from today. */
export function modifiedRanges(today: string): Array<{ key: ModifiedRange; from?: string; to?: string }> {
  const t = Date.parse(`${today}T00:00:00Z`);
  const week = isoDay(t - 7 * DAY);
  const month = isoDay(t - 30 * DAY);
  const year = isoDay(t - 365 * DAY);
  return [
    { key: 'week', from: week },
    { key: 'month', from: month },
    { key: 'year', from: year },
    { key: 'older', to: year }
  ];
}

function modifiedClause(field: string, range: string, today: string): string | undefined {
  const bounds = modifiedRanges(today).find(r => r.key === range);
  if (!bounds) {
    return undefined;
  }
  return bounds.from ? kqlRestriction(field, bounds.from, '>=') : kqlRestriction(field, bounds.to as string, '<');
}

/**
 * The restrictions of one content source: its scope, the refiners set, and the audience rules:
 * pages targeted at none of the user's groups and guides of other municipalities are left out.
 * SharePoint's sources name their contentclass, so they can share a request and its buckets.
 * Undefined when the source cannot match (a refiner it does not have is set).
 */
function sourceClauses(source: ContentSource, state: SearchState, ctx: SearchContext, withAudiences: boolean): string[] | undefined {
  const clauses: string[] = [];
  switch (source) {
    case 'pages': {
      clauses.push(kqlRestriction(CONTENT_CLASS, SOURCE_CONTENT_CLASS.pages));
      // Someone in very many groups would pass the query length limit: then the audiences are
      // checked on the client only (the service re-checks every page anyway).
      const groups = uniqueSorted(ctx.groupIds);
      if (withAudiences && groups.length <= MAX_AUDIENCE_CLAUSES) {
        clauses.push(kqlAnyOf(groups.map(id => kqlRestriction('ModernAudienceAadObjectIds', id)).concat([UNTARGETED_CLAUSE])));
      }
      break;
    }
    case 'documents':
      // A library's files, not its folders (IsDocument), nor the pages of Site Pages (a library too).
      clauses.push(kqlRestriction(CONTENT_CLASS, SOURCE_CONTENT_CLASS.documents), kqlRestriction('IsDocument', 'true'));
      break;
    case 'guideList':
      // Drafts of the guide editor are for editors only (core/guideEditor).
      clauses.push(kqlRestriction(CONTENT_CLASS, SOURCE_CONTENT_CLASS.guideList), kqlRestriction('Path', ctx.guideListUrl), PUBLISHED_GUIDES_CLAUSE);
      break;
    case 'guideConnector':
      break;
  }
  const fields = REFINER_FIELDS[source];
  // Refiners narrow the vertical they belong to; the other verticals' counts stay those of the text.
  const refiners = SOURCE_VERTICAL[source] === state.vertical ? state.refiners : {};
  for (const key of VERTICAL_REFINERS[state.vertical]) {
    const values = refiners[key];
    if (!values || values.length === 0) {
      continue;
    }
    const field = fields[key];
    if (!field) {
      return undefined;
    }
    const options = key === 'modified'
      ? values.map(v => modifiedClause(field, v, ctx.today)).filter((c): c is string => c !== undefined)
      : field === SITE_REFINER
        ? values.map(v => kqlRestriction(field, v.charAt(0) === '/' ? `${ctx.tenantUrl.replace(/\/+$/, '')}${v}` : v))
        : values.map(v => kqlRestriction(field, v));
    clauses.push(kqlAnyOf(options));
  }
  const isGuide = source === 'guideList' || source === 'guideConnector';
  if (isGuide && !(refiners.municipality && refiners.municipality.length > 0)) {
    const own = [ALL_MUNICIPALITIES].concat(ctx.municipalityIds.slice().sort());
    clauses.push(kqlAnyOf(own.map(m => kqlRestriction(fields.municipality as string, m))));
  }
  return clauses;
}

/** The template of one content source: what was typed, within the source's restrictions. Undefined when it cannot match. */
export function sourceTemplate(source: ContentSource, state: SearchState, ctx: SearchContext, withAudiences: boolean = true): string | undefined {
  const clauses = sourceClauses(source, state, ctx, withAudiences);
  return clauses === undefined ? undefined : ['({searchTerms})'].concat(clauses).join(' AND ');
}

/**
 * The template of several SharePoint sources in one listItem request: what was typed, within
 * any of the sources' restrictions (each with its contentclass, so each hit has one source).
 */
export function sharePointTemplate(sources: readonly SharePointSource[], state: SearchState, ctx: SearchContext, withAudiences: boolean = true): string | undefined {
  const each = sources.map(s => sourceClauses(s, state, ctx, withAudiences)).filter((c): c is string[] => c !== undefined);
  if (each.length <= 1) {
    return each.length === 0 ? undefined : ['({searchTerms})'].concat(each[0]).join(' AND ');
  }
  return `({searchTerms}) AND (${each.map(clauses => `(${clauses.join(' AND ')})`).join(' OR ')})`;
}

function uniqueSorted(values: readonly string[]): string[] {
  const lower = values.map(v => v.toLowerCase());
  return lower.filter((v, i) => lower.indexOf(v) === i).sort();
}

/** Offsets per paged request for "Visa fler". */
export type SearchCursor = Partial<Record<PagedKey, number>>;

export function encodeCursor(cursor: SearchCursor): string {
  return Object.keys(cursor).sort().map(k => `${k}:${cursor[k as PagedKey]}`).join(',');
}

export function decodeCursor(text: string): SearchCursor {
  const cursor: SearchCursor = {};
  for (const part of text.split(',')) {
    const m = /^(people|pages|documents|guideList|guideConnector|sharepoint):(\d{1,6})$/.exec(part);
    if (m) {
      cursor[m[1] as PagedKey] = Number(m[2]);
    }
  }
  return cursor;
}

/** The requests whose hits a vertical pages through. */
function pagedKeys(vertical: SearchVertical, ctx: SearchContext): PagedKey[] {
  const connector: PagedKey[] = ctx.guideConnectionId ? ['guideConnector'] : [];
  switch (vertical) {
    case 'all':
      return (['sharepoint'] as PagedKey[]).concat(connector);
    case 'guides':
      return (['guideList'] as PagedKey[]).concat(connector);
    default:
      return [vertical];
  }
}

/** The template, with the audiences written out when the query stays within Microsoft Search's length limit. */
function fitted(build: (withAudiences: boolean) => string | undefined, queryString: string, ctx: SearchContext): string | undefined {
  const maxLength = ctx.maxQueryLength || 4096;
  let template = build(true);
  if (template !== undefined && template.length + queryString.length > maxLength) {
    // Too long with the audiences written out: they are checked on the client instead.
    template = build(false);
  }
  return template === undefined || template.length + queryString.length > maxLength ? undefined : template;
}

/**
 * The search requests of a search, one searchRequest each (see the header for what each page
 * view sends). Without a cursor: the first page, with every vertical's count and the vertical's
 * refiners. With a cursor: the next page of the vertical's paged requests that have more. Empty
 * when there is nothing to search for.
 */
export function planSearch(state: SearchState, ctx: SearchContext, cursor?: SearchCursor): PlannedRequest[] {
  const typed = kqlSearchText(state.text);
  // Guides can be browsed without a search text; everything else needs one.
  const queryString = typed !== null ? typed : state.vertical === 'guides' ? '*' : null;
  if (queryString === null) {
    return [];
  }
  const vertical = state.vertical;
  const base = { queryString, spelling: false };

  const people = (from: number, size: number, shown: boolean): PlannedRequest =>
    ({ ...base, source: 'people', sources: ['people'], shown, classCounts: false, entityTypes: ['person'], from, size, fields: [], aggregations: [] });

  const sharePoint = (key: 'sharepoint' | 'counts', sources: readonly SharePointSource[], from: number, size: number): PlannedRequest | undefined => {
    const template = fitted(withAudiences => sharePointTemplate(sources, state, ctx, withAudiences), queryString, ctx);
    if (template === undefined) {
      return undefined;
    }
    const shown = key === 'sharepoint';
    const fields = shown ? SEARCH_FIELDS.pages.concat(LIST_DOCUMENT_FIELDS, SEARCH_FIELDS.guideList, [CONTENT_CLASS]) : [];
    return {
      ...base, source: key, sources: sources.slice(), shown, classCounts: true, entityTypes: ['listItem'], queryTemplate: template,
      from, size, fields: fields.filter((f, i) => fields.indexOf(f) === i), aggregations: []
    };
  };

  const own = (source: ContentSource, from: number, shown: boolean, refiners: boolean): PlannedRequest | undefined => {
    const template = fitted(withAudiences => sourceTemplate(source, state, ctx, withAudiences), queryString, ctx);
    if (template === undefined || (source === 'guideConnector' && !ctx.guideConnectionId)) {
      return undefined;
    }
    const aggregations: AggregationPlan[] = [];
    if (refiners) {
      for (const key of VERTICAL_REFINERS[vertical]) {
        const field = REFINER_FIELDS[source][key];
        if (field) {
          aggregations.push(key === 'modified' ? { refiner: key, field, ranges: modifiedRanges(ctx.today) } : { refiner: key, field });
        }
      }
    }
    return {
      ...base, source, sources: [source], shown, classCounts: false, entityTypes: [SOURCE_ENTITY_TYPE[source]], queryTemplate: template,
      contentSources: source === 'guideConnector' ? [`/external/connections/${ctx.guideConnectionId}`] : undefined,
      from,
      // A source of another vertical is asked for its count only.
      size: shown ? ctx.pageSize : 1,
      fields: SEARCH_FIELDS[source].slice(),
      aggregations
    };
  };

  const page = (key: PagedKey, from: number): PlannedRequest | undefined => {
    if (key === 'people') {
      return typed === null ? undefined : people(from, Math.min(ctx.pageSize, 25), true);
    }
    if (key === 'sharepoint') {
      // All's page: as many as a page of each SharePoint source, ranked together.
      return sharePoint('sharepoint', SHAREPOINT_SOURCES, from, ctx.pageSize * SHAREPOINT_SOURCES.length);
    }
    return own(key, from, true, !cursor);
  };

  const requests: PlannedRequest[] = [];
  const add = (request: PlannedRequest | undefined): void => {
    if (request) {
      requests.push(request);
    }
  };
  const paged = pagedKeys(vertical, ctx);
  if (cursor) {
    paged.filter(key => cursor[key] !== undefined).forEach(key => add(page(key, cursor[key] as number)));
    return requests;
  }
  if (typed !== null && vertical !== 'people') {
    add(people(0, vertical === 'all' ? ctx.peopleInAll : 1, vertical === 'all'));
  }
  paged.forEach(key => add(page(key, 0)));
  // The other verticals' counts: SharePoint's sources in one request, the connector's own.
  const counted = vertical === 'all' ? [] : SHAREPOINT_SOURCES.filter(s => SOURCE_VERTICAL[s] !== vertical);
  if (counted.length > 0) {
    add(sharePoint('counts', counted, 0, 1));
  }
  if (vertical !== 'all' && vertical !== 'guides') {
    add(own('guideConnector', 0, false, false));
  }
  // One suggestion per page view: from the first page of the vertical's own content.
  const speller = typed === null ? undefined : requests.find(r => r.shown && r.source !== 'people');
  if (speller) {
    speller.spelling = true;
  }
  return requests;
}

/**
 * The start page's guide requests (before anything is typed): the guides' own pages only, no
 * refiners and no counts (the start page shows neither). The list is read `listWindow` deep, so
 * the pinned guides are found among its guides; the connector `count`.
 */
export function planStartGuides(ctx: SearchContext, listWindow: number, count: number): PlannedRequest[] {
  return planSearch({ text: '', vertical: 'guides', refiners: {} }, { ...ctx, pageSize: listWindow })
    .filter(r => r.shown)
    .map(r => ({ ...r, aggregations: [], size: r.source === 'guideList' ? listWindow : count }));
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The start page's guide list request narrowed to pinned guides its window missed, by UniqueId; null if none is a list guide's. */
export function planPinnedGuides(start: readonly PlannedRequest[], missingKeys: readonly string[]): PlannedRequest | null {
  const list = start.filter(r => r.source === 'guideList')[0];
  const ids = missingKeys.filter(key => GUID.test(key));
  if (!list || ids.length === 0) {
    return null;
  }
  const byId = kqlAnyOf(ids.map(id => kqlRestriction('UniqueId', id)));
  return {
    ...list,
    queryString: list.queryString === '*' ? byId : kqlAllOf([list.queryString, byId]),
    from: 0,
    size: ids.length
  };
}
