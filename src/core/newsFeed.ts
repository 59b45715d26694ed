import { isVisibleTo, toGroupSet } from './audience';
import type { NewsItem } from './news';
import { expiryCutoffDay, isExpired } from './newsExpiry';
import { buildNewsKql } from './newsKql';
import {
  decodeNewsCursor, encodeNewsCursor, initialNewsCursorState, NewsCursorState, NewsStreamPage, takeNewsPage
} from './newsPaging';
import { DEFAULT_BOOST_POLICY, orderFeed } from './newsRanking';
import { MUST_READ_WINDOW } from './mustRead';
import type { NewsPage, NewsQuery, NewsSourceFailure } from './ports';

/**
 * The targeted news feed over a search engine, without any I/O of its own: the caller
 * passes the function that runs searches (Microsoft Graph in production, a model in tests).
 */

/** One search: a KQL query string and a window of hits, newest first. */
export interface NewsSearchRequest {
  queryString: string;
  from: number;
  size: number;
}

export type NewsSearchResult =
  | { ok: true; hits: Array<NewsItem | null>; total: number; more: boolean }
  | { ok: false; code: string };

/** Runs all requests of one page in a single round trip; answers in request order. */
export type NewsSearch = (requests: NewsSearchRequest[]) => Promise<NewsSearchResult[]>;

export interface ReadNewsPageArgs {
  query: NewsQuery;
  /** Absolute URL of a site from its server-relative path. */
  siteUrlOf: (sitePath: string) => string;
  now: Date;
  search: NewsSearch;
  /** KQL length limit, for tests; Microsoft Search's limit otherwise. */
  maxQueryLength?: number;
  /** How many boosted items the first page's priority query asks for. */
  boostQuerySize?: number;
  /** Hits asked of each query at least (MIN_HITS_PER_QUERY unless a test needs another). */
  minHitsPerQuery?: number;
}

export const DEFAULT_BOOST_QUERY_SIZE = 25;
/** The first page's priority query asks for the boosted news and this many must-read items more. */
export const PRIORITY_EXTRA = MUST_READ_WINDOW;
/** Round trips one page takes at most to fill itself (see readNewsPage)... */
export const MAX_ROUNDS = 3;
/** ...or, while it is still empty, to find anything at all. */
export const MAX_ROUNDS_WHEN_EMPTY = 20;
/**
 * Hits asked of each query: more than a small page needs, so that hits the client drops
 * (the same item from two queries, look-alike sites) rarely leave a page short. Hits not
 * used are asked for again by the next page; size costs little, round trips cost.
 */
export const MIN_HITS_PER_QUERY = 10;
/** Microsoft Search returns at most 500 list items per request. */
export const MAX_HITS_PER_REQUEST = 500;

export async function readNewsPage(args: ReadNewsPageArgs): Promise<NewsPage> {
  const { query, now } = args;
  if (query.sitePaths.length === 0 || query.pageSize <= 0) {
    return { items: [], failures: [] };
  }
  const siteUrls = query.sitePaths.map(path => args.siteUrlOf(path).replace(/\/+$/, ''));
  const notExpiredBeforeDay = expiryCutoffDay(now);
  const queries = buildNewsKql({ siteUrls, groupIds: query.audienceGroupIds, maxLength: args.maxQueryLength, notExpiredBeforeDay });
  const fromCursor = query.cursor ? decodeNewsCursor(query.cursor, queries) : null;
  // A cursor of other queries (the user's groups changed) starts the feed over.
  const firstPage = fromCursor === null;
  const start = fromCursor || initialNewsCursorState(queries, now);
  const groups = toGroupSet(query.audienceGroupIds);
  const sitePrefixes = siteUrls.map(url => `${url.toLowerCase()}/`);
  const context: RoundContext = {
    args, queries, siteUrls, asOf: new Date(start.asOf), notExpiredBeforeDay,
    // Expiry is judged now, not at the first page's moment: an item that expired since is not shown.
    accept: item => !isExpired(item, now) && isVisibleTo(item, groups)
      && sitePrefixes.some(prefix => item.url.toLowerCase().indexOf(prefix) === 0)
  };

  const items: NewsItem[] = [];
  const failures: NewsSourceFailure[] = [];
  let mustRead: NewsItem[] | undefined;
  let lifted: string[] | undefined;
  let total: number | undefined;
  let next: NewsCursorState | null = start;
  // Usually one round trip. Another only when hits the client had to drop (duplicates,
  // look-alike sites) left the page short while a query still has more; and a page never
  // comes back empty while there is more (every round consumes at least one hit).
  for (let round = 0; next && items.length < query.pageSize; round++) {
    if (round >= MAX_ROUNDS && (items.length > 0 || round >= MAX_ROUNDS_WHEN_EMPTY)) {
      break;
    }
    const result = await readRound(context, next, firstPage && round === 0, query.pageSize - items.length);
    items.push(...result.items);
    mustRead = mustRead || result.mustRead;
    lifted = lifted || result.lifted;
    next = result.next;
    total = result.total === undefined ? total : result.total;
    if (result.failureCode) {
      for (const sitePath of query.sitePaths) {
        failures.push({ sitePath, code: result.failureCode }); // a failed query covers every site
      }
      break; // report now rather than ask a failing service again
    }
  }

  return {
    // The boosted items the first page placed above the rest, then newest first.
    items: orderFeed(items, lifted || []),
    total,
    nextCursor: next ? encodeNewsCursor(next) : undefined,
    failures,
    ...(mustRead ? { mustRead } : {}),
    ...(firstPage ? { lifted: lifted || [] } : {})
  };
}

interface RoundContext {
  args: ReadNewsPageArgs;
  queries: string[];
  siteUrls: string[];
  asOf: Date;
  notExpiredBeforeDay: string;
  accept: (item: NewsItem) => boolean;
}

interface RoundResult {
  items: NewsItem[];
  next: NewsCursorState | null;
  total?: number;
  failureCode?: string;
  mustRead?: NewsItem[];
  /** Keys of the items placed above the rest (the first page's first round only). */
  lifted?: string[];
}

/** One round trip: the next hits of every query that has more (and, first, the boosted items). */
async function readRound(context: RoundContext, state: NewsCursorState, withBoost: boolean, wanted: number): Promise<RoundResult> {
  const { args, queries } = context;
  const minHits = args.minHitsPerQuery === undefined ? MIN_HITS_PER_QUERY : args.minHitsPerQuery;
  // Twice the page: boosted items already shown, and duplicates across split queries, are
  // dropped on the client, and a page that came up short would cost another round trip.
  const size = Math.min(MAX_HITS_PER_REQUEST, Math.max(args.query.pageSize * 2, minHits));
  const requests: NewsSearchRequest[] = [];
  const requestOf: number[] = [];
  state.offsets.forEach((offset, i) => {
    if (offset >= 0) {
      requestOf[i] = requests.length;
      requests.push({ queryString: queries[i], from: offset, size });
    }
  });
  const boostStart = requests.length;
  if (withBoost) {
    const boostQueries = buildNewsKql({
      siteUrls: context.siteUrls, groupIds: args.query.audienceGroupIds,
      maxLength: args.maxQueryLength, boostedFromDay: utcDay(context.asOf), notExpiredBeforeDay: context.notExpiredBeforeDay,
      orMustRead: true
    });
    for (const queryString of boostQueries) {
      requests.push({ queryString, from: 0, size: (args.boostQuerySize || DEFAULT_BOOST_QUERY_SIZE) + PRIORITY_EXTRA });
    }
  }

  const results = await args.search(requests);
  let failureCode: string | undefined;
  const streams: Array<NewsStreamPage | null> = state.offsets.map((offset, i) => {
    const result = offset < 0 ? undefined : results[requestOf[i]];
    if (offset < 0) {
      return null;
    }
    if (!result || !result.ok) {
      failureCode = failureCode || (result ? result.code : 'unknown');
      return null;
    }
    return { hits: result.hits, more: result.more };
  });
  const single = queries.length === 1 && state.offsets[0] >= 0 ? results[requestOf[0]] : undefined;

  // The priority query's hits: boosted news (takeNewsPage lifts at most the policy's few) and must-read news.
  const priority = withBoost ? boostedItems(results.slice(boostStart)) : null;
  const page = takeNewsPage({
    state, streams, firstPage: withBoost, pageSize: wanted, accept: context.accept, boosted: priority,
    policy: args.query.boost || DEFAULT_BOOST_POLICY
  });
  const mustRead = priority ? priority.filter(item => item.mustRead === true && context.accept(item)) : undefined;
  return {
    items: page.items, next: page.next, total: single && single.ok ? single.total : undefined, failureCode, mustRead,
    ...(withBoost ? { lifted: page.lifted } : {})
  };
}

/** Boosted (and must-read) items only count as known when every priority query answered in full. */
function boostedItems(results: NewsSearchResult[]): NewsItem[] | null {
  const items: NewsItem[] = [];
  for (const result of results) {
    if (!result || !result.ok || result.more) {
      return null;
    }
    for (const hit of result.hits) {
      if (hit) {
        items.push(hit);
      }
    }
  }
  return items;
}

/** The UTC day of a moment: a boost query from that day on returns a superset of what is boosted now. */
function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
