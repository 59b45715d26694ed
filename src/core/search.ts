/**
 * The search model: what the user asked (text, vertical, refiners), how it lives in the page
 * address, and what comes back. Pure: the services turn it into Graph requests (searchQuery.ts
 * says which), the components render it.
 */

import { safeUrl } from './safeUrl';

export type SearchVertical = 'all' | 'pages' | 'documents' | 'people' | 'guides';

export const SEARCH_VERTICALS: readonly SearchVertical[] = ['all', 'pages', 'documents', 'people', 'guides'];

export type RefinerKey = 'municipality' | 'forvaltning' | 'fileType' | 'modified' | 'guideCategory';

export const REFINER_KEYS: readonly RefinerKey[] = ['municipality', 'forvaltning', 'guideCategory', 'fileType', 'modified'];

/** The refiners a vertical offers (people have none: Graph has no aggregations for people). */
export const VERTICAL_REFINERS: Readonly<Record<SearchVertical, readonly RefinerKey[]>> = {
  all: [],
  pages: ['municipality', 'modified'],
  documents: ['municipality', 'fileType', 'modified'],
  people: [],
  guides: ['guideCategory', 'municipality', 'forvaltning']
};

/** Modified-date buckets, relative to today. */
export type ModifiedRange = 'week' | 'month' | 'year' | 'older';
export const MODIFIED_RANGES: readonly ModifiedRange[] = ['week', 'month', 'year', 'older'];

export type RefinerSelection = Partial<Record<RefinerKey, string[]>>;

export interface SearchState {
  text: string;
  vertical: SearchVertical;
  refiners: RefinerSelection;
}

export const EMPTY_SEARCH: SearchState = { text: '', vertical: 'all', refiners: {} };

/** Longest text kept from the address or the box: more is not a search, and KQL has a 4 KB limit. */
export const MAX_SEARCH_TEXT = 255;

// The page address. Parameter names are short and stable: links are shared and bookmarked.

const PARAM_TEXT = 'q';
const PARAM_VERTICAL = 'v';
const REFINER_PARAMS: Readonly<Record<RefinerKey, string>> = {
  municipality: 'kommun',
  forvaltning: 'forvaltning',
  fileType: 'filtyp',
  modified: 'andrad',
  guideCategory: 'kategori'
};
/** The address parameters Sök keeps its state in. */
export const SEARCH_PARAMS = [PARAM_TEXT, PARAM_VERTICAL].concat(REFINER_KEYS.map(k => REFINER_PARAMS[k]));

function isVertical(value: string | null): value is SearchVertical {
  return value !== null && (SEARCH_VERTICALS as readonly string[]).indexOf(value) >= 0;
}

/** Only the refiners the vertical offers, each value once, empty lists dropped. */
export function normalizeRefiners(vertical: SearchVertical, refiners: RefinerSelection): RefinerSelection {
  const result: RefinerSelection = {};
  for (const key of VERTICAL_REFINERS[vertical]) {
    let values = (refiners[key] || []).map(v => v.trim()).filter(v => v !== '');
    if (key === 'modified') {
      values = values.filter(v => (MODIFIED_RANGES as readonly string[]).indexOf(v) >= 0);
    }
    const unique = values.filter((v, i) => values.indexOf(v) === i).sort();
    if (unique.length > 0) {
      result[key] = unique;
    }
  }
  return result;
}

export function normalizeSearchState(state: SearchState): SearchState {
  const vertical = isVertical(state.vertical) ? state.vertical : 'all';
  return {
    text: state.text.replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_TEXT),
    vertical,
    refiners: normalizeRefiners(vertical, state.refiners)
  };
}

/**
 * The state as query parameters of the page address, keeping parameters that are not ours
 * (SharePoint's own, a Teams tab's). Default values are left out, so a plain search is `?q=lön`.
 */
export function encodeSearchState(state: SearchState, existingSearch: string = ''): string {
  const params = new URLSearchParams(existingSearch);
  for (const name of SEARCH_PARAMS) {
    params.delete(name);
  }
  const normal = normalizeSearchState(state);
  if (normal.text !== '') {
    params.set(PARAM_TEXT, normal.text);
  }
  if (normal.vertical !== 'all') {
    params.set(PARAM_VERTICAL, normal.vertical);
  }
  for (const key of REFINER_KEYS) {
    for (const value of normal.refiners[key] || []) {
      params.append(REFINER_PARAMS[key], value);
    }
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export function decodeSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const vertical = params.get(PARAM_VERTICAL);
  const refiners: RefinerSelection = {};
  for (const key of REFINER_KEYS) {
    const values = params.getAll(REFINER_PARAMS[key]);
    if (values.length > 0) {
      refiners[key] = values;
    }
  }
  return normalizeSearchState({ text: params.get(PARAM_TEXT) || '', vertical: isVertical(vertical) ? vertical : 'all', refiners });
}

/** A refiner value switched on or off; other refiners stay. */
export function toggleRefiner(state: SearchState, key: RefinerKey, value: string): SearchState {
  const current = state.refiners[key] || [];
  const next = current.indexOf(value) >= 0 ? current.filter(v => v !== value) : current.concat([value]);
  return normalizeSearchState({ ...state, refiners: { ...state.refiners, [key]: next } });
}

/** Another vertical: refiners belong to a vertical, so they are cleared. */
export function withVertical(state: SearchState, vertical: SearchVertical): SearchState {
  return normalizeSearchState({ text: state.text, vertical, refiners: {} });
}

// Results

export type GuideSource = 'list' | 'connector';

export interface GuideStep {
  title: string;
  /** HTML from content: rendered through the shared sanitizer only. */
  html: string;
  image?: { url: string; alt: string };
  video?: { url: string; captionsUrl?: string; captionsLanguage?: string };
}

export interface PageResult {
  kind: 'page';
  id: string;
  title: string;
  url: string;
  /** Hit highlights: text with <c0>…</c0> around matches and <ddd/> where text was cut. */
  summary: string;
  siteTitle: string;
  siteUrl: string;
  /** ISO date: first published for news, else last modified. */
  date: string;
  audienceIds: string[];
}

export interface DocumentResult {
  kind: 'document';
  id: string;
  title: string;
  fileName: string;
  /** Lower-case extension without the dot, e.g. "docx". */
  fileType: string;
  url: string;
  summary: string;
  /** Where it lies: the site's title and the folder's URL. */
  siteTitle: string;
  folderUrl: string;
  modified: string;
  modifiedBy: string;
}

export interface PersonResult {
  kind: 'person';
  id: string;
  displayName: string;
  jobTitle: string;
  department: string;
  /** The municipality (or municipalities) the person works for. */
  municipality: string;
  officeLocation: string;
  phone: string;
  mobilePhone: string;
  email: string;
}

export interface GuideResult {
  kind: 'guide';
  id: string;
  source: GuideSource;
  title: string;
  summary: string;
  stepCount: number;
  thumbnail?: { url: string; alt: string };
  category: string;
  /**
   * The municipality ids of the tenant configuration the guide is for, or [ALL_MUNICIPALITIES]:
   * a guide may be for several (the list's multi-choice column, a multi-valued managed property).
   */
  municipalities: string[];
  /** Where the guide opens outside the viewer (the list item's form, the external system). */
  url: string;
  /** List guides: the list item id, to read the steps; connector guides carry their steps. */
  listItemId?: number;
  /** List guides: the name Min sida pins them by (dashboardRules' guidePinKey). */
  pinKey?: string;
  /** On Sök's start page: pinned by the searcher in Min sida (startPageGuides). */
  pinned?: boolean;
  steps?: GuideStep[];
  modified: string;
}

export type SearchResultItem = PageResult | DocumentResult | PersonResult | GuideResult;

/** The guide list's municipality value of a guide for everyone. */
export const ALL_MUNICIPALITIES = 'alla';

export interface RefinerBucket {
  value: string;
  count: number;
  /** What the reader sees when it is not the value itself (a site's title for its path). */
  label?: string;
}

export interface SearchSpelling {
  /** The user's text with corrections, to offer as "Did you mean". */
  suggestion: string;
  /** True when the results shown are already those of the suggestion (nothing matched the text). */
  applied: boolean;
}

export interface SearchPage {
  state: SearchState;
  /** Hits of each vertical (All: the sum of the content verticals and people). */
  counts: Record<SearchVertical, number>;
  /** The results of the vertical (All: content interleaved; people in `people`). */
  items: SearchResultItem[];
  /** All: the first people, shown beside the content. */
  people: PersonResult[];
  refiners: Partial<Record<RefinerKey, RefinerBucket[]>>;
  spelling?: SearchSpelling;
  /** Cursor for "Visa fler", when there is more. */
  nextCursor?: string;
  /** Sources that failed ('people', 'pages', 'documents', 'guides'), with what happened. */
  failures: Array<{ source: SearchVertical; code: string }>;
}

/**
 * Content of several sources as one list: round robin by rank, so each kind keeps its own
 * relevance order and no kind buries the others; guides first within a round.
 */
export function interleaveResults<T>(lists: ReadonlyArray<readonly T[]>): T[] {
  const result: T[] = [];
  const longest = lists.reduce((n, l) => Math.max(n, l.length), 0);
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      if (i < list.length) {
        result.push(list[i]);
      }
    }
  }
  return result;
}

/**
 * The municipality ids of a multi-valued value as search or REST returns it: an array (REST
 * JSON, a connector's string collection), verbose OData's { results }, or one string with the
 * values separated by ";" (a multi-valued managed property) or ";#" (a multi-choice field's
 * text). Nothing is everyone's: [ALL_MUNICIPALITIES].
 */
export function municipalityIdsOf(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value
    : value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results
      : typeof value === 'string' ? value.split(/;#|;|\n/) : [];
  const ids: string[] = [];
  for (const v of list) {
    const id = typeof v === 'string' ? v.trim().toLowerCase() : '';
    if (id && ids.indexOf(id) < 0) {
      ids.push(id);
    }
  }
  return ids.length === 0 || ids.indexOf(ALL_MUNICIPALITIES) >= 0 ? [ALL_MUNICIPALITIES] : ids;
}

/** Guides of one municipality: those for everyone and those for any of the user's municipalities. */
export function isGuideForUser(guide: Pick<GuideResult, 'municipalities'>, municipalityIds: readonly string[]): boolean {
  return guide.municipalities.some(m => m === ALL_MUNICIPALITIES || municipalityIds.indexOf(m) >= 0);
}

/** Initials for a person without a photo: first letters of the first and last name. */
export function initialsOf(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(w => /\p{L}/u.test(w));
  if (words.length === 0) {
    return '?';
  }
  const first = Array.from(words[0])[0];
  const last = words.length > 1 ? Array.from(words[words.length - 1])[0] : '';
  return (first + last).toLocaleUpperCase('sv-SE');
}

/** A suggestion while typing: guides and people first, then the search itself. */
export interface SearchSuggestion {
  kind: 'guide' | 'person';
  title: string;
  detail: string;
  item: GuideResult | PersonResult;
}

export interface ISearchService {
  /** The first page of a search, or the next one ("Visa fler") with the cursor of the previous page. */
  search(state: SearchState, cursor?: string): Promise<SearchPage>;
  /**
   * The guides of the start page, before anything is typed: the searcher's pinned guides of Min
   * sida first (in the order pinned), then the most relevant for them, `count` at least.
   */
  startGuides(count: number): Promise<GuideResult[]>;
  /** Guides and people whose names start with what was typed. */
  suggest(text: string): Promise<SearchSuggestion[]>;
  /** The steps of a guide: list guides are read from the list, connector guides carry theirs. */
  getGuideSteps(guide: GuideResult): Promise<GuideStep[]>;
  /** An address for a person's photo, or undefined when they have none (initials are shown). */
  getPhotoUrl(personId: string): Promise<string | undefined>;
}

/** Steps of a guide from the JSON of its steps field; malformed steps are left out, never thrown. */
export function parseGuideSteps(json: unknown): GuideStep[] {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(raw)) {
    return [];
  }
  const steps: GuideStep[] = [];
  for (const entry of raw) {
    const s = entry as { title?: unknown; html?: unknown; image?: { url?: unknown; alt?: unknown }; video?: { url?: unknown; captionsUrl?: unknown; captionsLanguage?: unknown } };
    if (!s || typeof s.title !== 'string' || typeof s.html !== 'string') {
      continue;
    }
    const step: GuideStep = { title: s.title, html: s.html };
    // A picture or film whose URL is a script or a document of its own is left out.
    const imageUrl = s.image && typeof s.image.url === 'string' ? safeUrl(s.image.url, 'image') : undefined;
    if (s.image && imageUrl !== undefined) {
      step.image = { url: imageUrl, alt: typeof s.image.alt === 'string' ? s.image.alt : '' };
    }
    const videoUrl = s.video && typeof s.video.url === 'string' ? safeUrl(s.video.url) : undefined;
    if (s.video && videoUrl !== undefined) {
      step.video = {
        url: videoUrl,
        captionsUrl: typeof s.video.captionsUrl === 'string' ? safeUrl(s.video.captionsUrl) : undefined,
        captionsLanguage: typeof s.video.captionsLanguage === 'string' ? s.video.captionsLanguage : undefined
      };
    }
    steps.push(step);
  }
  return steps;
}
