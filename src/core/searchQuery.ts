import { kqlAnyOf, kqlPhrase, kqlRestriction } from './kql';
import { UNTARGETED_CLAUSE } from './newsKql';
import { ALL_MUNICIPALITIES, ModifiedRange, RefinerKey, SearchState, SearchVertical, VERTICAL_REFINERS } from './search';

/**
 * The Microsoft Search requests of a search page. Graph v1.0 takes one searchRequest per
 * `/search/query` (search API overview, known limitations), so every source is a request of its
 * own: people (`person` cannot be combined with another type), pages, documents, the guide list
 * and the guide connector. The service sends the requests of a moment in one JSON $batch: one
 * round trip. A page view costs 4 search requests, 5 with the connector (each is counted against
 * Page Diagnostics' 3 per page); "Visa fler" one per source of the vertical that has more.
 * Sources are not merged into one interleaved request: each vertical needs its own total, size
 * and refiners, which one request cannot give.
 *
 * What the user typed is the `queryString`, the same in every request; our restrictions are in
 * `queryTemplate` around `{searchTerms}`. The typed text goes through kqlSearchText, so no input
 * changes the meaning of the query. The speller is asked once per page view, on the vertical's
 * first content source, so the page gets one suggestion (never on `person`: the speller does not
 * support it).
 */

export type ContentSource = 'pages' | 'documents' | 'guideList' | 'guideConnector';

/** A refinable managed property with a site's URL (SiteTitle is not refinable). */
export const SITE_REFINER = 'SiteName';
export type SearchSource = ContentSource | 'people';

export const CONTENT_SOURCES: readonly ContentSource[] = ['guideList', 'guideConnector', 'pages', 'documents'];

/**
 * The Graph entity type of each source. Documents are driveItems: their hits carry driveItem
 * properties (name, webUrl, lastModifiedBy, parentReference), never managed-property `fields`.
 */
export const SOURCE_ENTITY_TYPE: Readonly<Record<ContentSource, string>> = {
  pages: 'listItem',
  documents: 'driveItem',
  guideList: 'listItem',
  guideConnector: 'externalItem'
};

export const SOURCE_VERTICAL: Readonly<Record<SearchSource, SearchVertical>> = {
  people: 'people',
  pages: 'pages',
  documents: 'documents',
  guideList: 'guides',
  guideConnector: 'guides'
};

/**
 * Managed properties behind each refiner, per source: aggregations only on refinable ones.
 * Guide columns are mapped to refinable properties in the tenant's search schema (README);
 * SiteName (the site's URL), FileType and LastModifiedTime are refinable out of the box,
 * SiteTitle is not. A source without a refiner drops out when that refiner is set.
 */
export const REFINER_FIELDS: Readonly<Record<ContentSource, Partial<Record<RefinerKey, string>>>> = {
  pages: { municipality: SITE_REFINER, modified: 'LastModifiedTime' },
  documents: { municipality: SITE_REFINER, fileType: 'FileType', modified: 'LastModifiedTime' },
  guideList: { guideCategory: 'RefinableString110', municipality: 'RefinableString111', forvaltning: 'RefinableString112' },
  guideConnector: { guideCategory: 'category', municipality: 'municipality' }
};

/**
 * The site refiner of pages and documents: its values are a site's server-relative path
 * ("/sites/eksjo", short in the page address), the restriction the site's absolute URL.
 */
export function siteRefinerValue(siteUrl: string, tenantUrl: string): string {
  const origin = tenantUrl.replace(/\/+$/, '').toLowerCase();
  const url = siteUrl.replace(/\/+$/, '');
  return url.toLowerCase().indexOf(origin) === 0 ? url.slice(origin.length) || '/' : url;
}

export const SEARCH_FIELDS: Readonly<Record<ContentSource, readonly string[]>> = {
  pages: ['Title', 'Description', 'Path', 'SiteTitle', 'SPSiteURL', 'LastModifiedTime', 'FirstPublishedDate', 'PromotedState', 'ModernAudienceAadObjectIds'],
  // Graph returns managed properties for listItem and externalItem only: a document is read from its driveItem properties.
  documents: [],
  guideList: [
    'Title', 'Path', 'ListItemId', 'LastModifiedTime', 'SamverkaGuideSummaryOWSMTXT', 'SamverkaGuideStepCountOWSNMBR',
    'SamverkaGuideThumbnailOWSURLH', 'RefinableString110', 'RefinableString111'
  ],
  guideConnector: ['title', 'summary', 'stepCount', 'thumbnailUrl', 'category', 'municipality', 'url', 'steps', 'lastModifiedDateTime']
};

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
  /** People shown beside content in All. */
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

export interface PlannedRequest {
  source: SearchSource;
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
 * The template of one content source: its scope, the refiners set, and the audience rules:
 * pages targeted at none of the user's groups and guides of other municipalities are left out.
 * Undefined when the source cannot match (a refiner it does not have is set).
 */
export function sourceTemplate(source: ContentSource, state: SearchState, ctx: SearchContext, withAudiences: boolean = true): string | undefined {
  const clauses: string[] = [];
  switch (source) {
    case 'pages': {
      clauses.push(kqlRestriction('contentclass', 'STS_ListItem_WebPageLibrary'));
      // Someone in very many groups would pass the query length limit: then the audiences are
      // checked on the client only (the service re-checks every page anyway).
      const groups = uniqueSorted(ctx.groupIds);
      if (withAudiences && groups.length <= MAX_AUDIENCE_CLAUSES) {
        clauses.push(kqlAnyOf(groups.map(id => kqlRestriction('ModernAudienceAadObjectIds', id)).concat([UNTARGETED_CLAUSE])));
      }
      break;
    }
    case 'documents':
      clauses.push(kqlRestriction('IsDocument', 'true'));
      break;
    case 'guideList':
      clauses.push(kqlRestriction('Path', ctx.guideListUrl));
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
  return ['({searchTerms})'].concat(clauses).join(' AND ');
}

function uniqueSorted(values: readonly string[]): string[] {
  const lower = values.map(v => v.toLowerCase());
  return lower.filter((v, i) => lower.indexOf(v) === i).sort();
}

/** Offsets per source for "Visa fler". */
export type SearchCursor = Partial<Record<SearchSource, number>>;

export function encodeCursor(cursor: SearchCursor): string {
  return Object.keys(cursor).sort().map(k => `${k}:${cursor[k as SearchSource]}`).join(',');
}

export function decodeCursor(text: string): SearchCursor {
  const cursor: SearchCursor = {};
  for (const part of text.split(',')) {
    const m = /^(people|pages|documents|guideList|guideConnector):(\d{1,6})$/.exec(part);
    if (m) {
      cursor[m[1] as SearchSource] = Number(m[2]);
    }
  }
  return cursor;
}

function sourcesOf(vertical: SearchVertical): SearchSource[] {
  if (vertical === 'all') {
    return ['people'].concat(CONTENT_SOURCES) as SearchSource[];
  }
  return (['people'] as SearchSource[]).concat(CONTENT_SOURCES).filter(s => SOURCE_VERTICAL[s] === vertical);
}

/**
 * The search requests of a search, one searchRequest each. Without a cursor: the first page,
 * with every vertical's count and the vertical's refiners. With a cursor: the next page of the
 * vertical's sources that have more. Empty when there is nothing to search for.
 */
export function planSearch(state: SearchState, ctx: SearchContext, cursor?: SearchCursor): PlannedRequest[] {
  const typed = kqlSearchText(state.text);
  // Guides can be browsed without a search text; everything else needs one.
  const queryString = typed !== null ? typed : state.vertical === 'guides' ? '*' : null;
  if (queryString === null) {
    return [];
  }
  const active = sourcesOf(state.vertical);
  const wanted: SearchSource[] = cursor ? active.filter(s => cursor[s] !== undefined) : (['people'] as SearchSource[]).concat(CONTENT_SOURCES);
  const requests: PlannedRequest[] = [];
  for (const source of wanted) {
    const isActive = active.indexOf(source) >= 0;
    const from = cursor ? (cursor[source] as number) : 0;
    if (source === 'people') {
      if (typed === null) {
        continue;
      }
      const size = state.vertical === 'people' ? Math.min(ctx.pageSize, 25) : state.vertical === 'all' ? ctx.peopleInAll : 1;
      requests.push({ source, entityTypes: ['person'], queryString, from, size, fields: [], aggregations: [], spelling: false });
      continue;
    }
    if (source === 'guideConnector' && !ctx.guideConnectionId) {
      continue;
    }
    const maxLength = ctx.maxQueryLength || 4096;
    let template = sourceTemplate(source, state, ctx);
    if (template !== undefined && template.length + queryString.length > maxLength) {
      // Too long with the audiences written out: they are checked on the client instead.
      template = sourceTemplate(source, state, ctx, false);
    }
    if (template === undefined || template.length + queryString.length > maxLength) {
      continue;
    }
    const aggregations: AggregationPlan[] = [];
    if (!cursor && isActive && state.vertical !== 'all') {
      for (const key of VERTICAL_REFINERS[state.vertical]) {
        const field = REFINER_FIELDS[source][key];
        if (field) {
          aggregations.push(key === 'modified' ? { refiner: key, field, ranges: modifiedRanges(ctx.today) } : { refiner: key, field });
        }
      }
    }
    requests.push({
      source,
      entityTypes: [SOURCE_ENTITY_TYPE[source]],
      queryString,
      queryTemplate: template,
      contentSources: source === 'guideConnector' ? [`/external/connections/${ctx.guideConnectionId}`] : undefined,
      from,
      // Sources of other verticals are asked for their count only.
      size: isActive ? ctx.pageSize : 1,
      fields: SEARCH_FIELDS[source].slice(),
      aggregations,
      spelling: false
    });
  }
  // One suggestion per page view: from the first page of the vertical's own results.
  const speller = typed === null || cursor ? undefined : requests.find(r => r.source !== 'people' && active.indexOf(r.source) >= 0);
  if (speller) {
    speller.spelling = true;
  }
  return requests;
}

export interface AlteredToken {
  offset: number;
  length: number;
  suggestion: string;
}

/**
 * "Did you mean": the user's words with the speller's corrections. The corrections point into
 * the query string we sent (kqlSearchText of the text), so a word is replaced when a correction
 * covers exactly that word there. Undefined when nothing the user typed was corrected.
 */
export function spellingSuggestion(text: string, queryString: string, tokens: readonly AlteredToken[]): string | undefined {
  const corrections = new Map<string, string>();
  for (const t of tokens) {
    const original = queryString.slice(t.offset, t.offset + t.length);
    if (original !== '' && typeof t.suggestion === 'string' && t.suggestion !== '') {
      corrections.set(original.toLocaleLowerCase('sv-SE'), t.suggestion);
    }
  }
  let changed = false;
  const words = text.split(/\s+/).filter(w => w !== '').map(w => {
    const fix = corrections.get(w.toLocaleLowerCase('sv-SE'));
    if (fix && fix.toLocaleLowerCase('sv-SE') !== w.toLocaleLowerCase('sv-SE')) {
      changed = true;
      return fix;
    }
    return w;
  });
  return changed ? words.join(' ') : undefined;
}
