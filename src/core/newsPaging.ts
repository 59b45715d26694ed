import type { NewsItem } from './news';
import { compareNewestFirst, DEFAULT_BOOST_POLICY, isBoosted, liftBoosted, newsKey } from './newsRanking';
import type { BoostPolicy } from './newsRanking';

/**
 * Paging over one or more search queries (the KQL may be split), with boosted news first.
 *
 * Every query is sorted newest first by the search engine. A page is a k-way merge of the
 * next hits of every query: we only take a hit while every query that may still have
 * newer hits has one in hand, so no item is skipped; how many hits of each query a page
 * consumed is the cursor. Boosted news comes from a separate query on the first page; the
 * few items it places above the rest (liftBoosted, judged at the first page's moment) are kept
 * in the cursor and left out of every page's regular hits. Every other boosted item comes in its
 * place among the regular hits.
 */
export interface NewsCursorState {
  /** ISO time of the first page; boost is judged at this moment on every page. */
  asOf: string;
  /** Fingerprint of the queries the offsets belong to. */
  queries: string;
  /** Hits consumed per query; -1 once a query has no more. */
  offsets: number[];
  /** Keys of the boosted items the first page placed above the rest: later pages leave them out. */
  lifted: string[];
  /**
   * Items already shown with the publish time of the last item shown. Only these can come
   * back on the next page (from another query, when the engine orders equal times
   * differently from us), so they are the only ones the cursor must remember.
   */
  boundary: { time: number; keys: string[] } | null;
}

/** The hits of one query from its offset on, in the engine's order. */
export interface NewsStreamPage {
  /** null for a hit that could not be read as a news item: it still counts for the offset. */
  hits: Array<NewsItem | null>;
  /** The engine has more hits after these. */
  more: boolean;
}

export interface TakeNewsPageInput {
  state: NewsCursorState;
  /** One per query, in query order; null when the query was not asked (offset -1) or failed. */
  streams: Array<NewsStreamPage | null>;
  /** First page: every currently boosted item the user may see; null when unknown (query failed or incomplete). */
  boosted?: NewsItem[] | null;
  firstPage: boolean;
  pageSize: number;
  /** How many boosted items go above the rest, and how long a boost lasts at most. */
  policy?: BoostPolicy;
  /** The client-side re-check (audience, site); a rejected hit is consumed and not shown. */
  accept: (item: NewsItem) => boolean;
}

export interface TakeNewsPageResult {
  items: NewsItem[];
  /** null when every query is exhausted. */
  next: NewsCursorState | null;
  /** Keys of the items this page placed above the rest, in that order (first page only). */
  lifted: string[];
}

export function initialNewsCursorState(queries: readonly string[], asOf: Date): NewsCursorState {
  return {
    asOf: asOf.toISOString(), queries: fingerprint(queries), offsets: queries.map(() => 0), lifted: [], boundary: null
  };
}

/** The hits in hand of every query, taken newest first across queries. */
class MergedHits {
  private readonly buffers: Array<Array<NewsItem | null> | null>;
  private readonly more: boolean[];
  private readonly consumed: number[];
  private headIndex = -1;

  public constructor(streams: Array<NewsStreamPage | null>) {
    this.buffers = streams.map(stream => (stream ? stream.hits.slice() : null));
    // A query that answers no hits yet claims more would stall paging forever: treat it as done.
    this.more = streams.map(stream => !!stream && stream.more && stream.hits.length > 0);
    this.consumed = streams.map(() => 0);
  }

  /**
   * The newest hit in hand; null when there is none left, or when a query that has more
   * has nothing in hand: its next hit is unknown and may be newer than all the others.
   */
  public peek(): NewsItem | null {
    this.headIndex = -1;
    let head: NewsItem | null = null;
    for (let i = 0; i < this.buffers.length; i++) {
      const buffer = this.buffers[i];
      if (!buffer) {
        continue;
      }
      while (buffer.length > 0 && buffer[0] === null) {
        buffer.shift();
        this.consumed[i]++;
      }
      const first = buffer[0];
      if (!first) {
        if (this.more[i]) {
          return null;
        }
      } else if (!head || compareNewestFirst(first, head) < 0) {
        head = first;
        this.headIndex = i;
      }
    }
    return head;
  }

  /** Every query answered all it has and every hit in hand is taken. */
  public exhausted(): boolean {
    // A query that failed may hold anything: not exhausted.
    return this.buffers.every((buffer, i) => !!buffer && buffer.length === 0 && !this.more[i]);
  }

  /** Consumes the hit the last peek returned. */
  public consume(): void {
    (this.buffers[this.headIndex] as Array<NewsItem | null>).shift();
    this.consumed[this.headIndex]++;
  }

  /** The offsets after this page: -1 for a query with nothing more; unchanged for one that failed. */
  public offsets(previous: number[]): number[] {
    return previous.map((offset, i) => {
      const buffer = this.buffers[i];
      if (offset < 0 || !buffer) {
        return offset;
      }
      return buffer.length === 0 && !this.more[i] ? -1 : offset + this.consumed[i];
    });
  }
}

export function takeNewsPage(input: TakeNewsPageInput): TakeNewsPageResult {
  const { state, pageSize, accept } = input;
  const policy = input.policy || DEFAULT_BOOST_POLICY;
  const asOf = new Date(state.asOf);
  const seen = new Set<string>(state.boundary ? state.boundary.keys : []);

  // Boosted news unknown (the priority query failed or came back incomplete): nothing is lifted,
  // and boosted items come in their place.
  const lifted = input.firstPage && input.boosted
    ? liftBoosted(input.boosted.filter(accept), asOf, policy, newestUnboostedBound(input.streams, accept, asOf, policy.maxDays))
    : [];
  const liftedKeys = input.firstPage ? lifted.map(newsKey) : state.lifted;
  liftedKeys.forEach(key => seen.add(key));

  const skip = (item: NewsItem): boolean => seen.has(newsKey(item)) || !accept(item);
  const regular: NewsItem[] = [];
  const wanted = Math.max(0, pageSize - lifted.length);
  const merged = new MergedHits(input.streams);
  while (regular.length < wanted) {
    const head = merged.peek();
    if (!head) {
      break;
    }
    merged.consume();
    if (!skip(head)) {
      seen.add(newsKey(head));
      regular.push(head);
    }
  }

  const offsets = merged.offsets(state.offsets);
  const next = offsets.every(o => o < 0)
    ? null
    : { asOf: state.asOf, queries: state.queries, offsets, lifted: liftedKeys, boundary: nextBoundary(state.boundary, regular) };
  return { items: lifted.concat(regular), next, lifted: lifted.map(newsKey) };
}

/**
 * The publish time of the feed's newest unboosted item, or an upper bound of it. The hits come
 * newest first, so the first accepted hit whose boost is not in force is the newest; when the hits
 * in hand hold none while more may come, the last hit's time bounds it from above (fewer items
 * are lifted, never others). null: the feed has none.
 */
function newestUnboostedBound(streams: Array<NewsStreamPage | null>, accept: (item: NewsItem) => boolean, asOf: Date, maxDays: number): number | null {
  const scan = new MergedHits(streams);
  let last: number | null = null;
  for (let head = scan.peek(); head; head = scan.peek()) {
    scan.consume();
    last = publishedTime(head);
    if (accept(head) && !isBoosted(head, asOf, maxDays)) {
      return last;
    }
  }
  if (scan.exhausted()) {
    return null;
  }
  // Nothing in hand at all while more may come: lift nothing.
  return last === null ? Number.POSITIVE_INFINITY : last;
}

function nextBoundary(previous: NewsCursorState['boundary'], regular: NewsItem[]): NewsCursorState['boundary'] {
  if (regular.length === 0) {
    return previous;
  }
  const time = publishedTime(regular[regular.length - 1]);
  const keys = previous && previous.time === time ? previous.keys.slice() : [];
  for (const item of regular) {
    if (publishedTime(item) === time) {
      keys.push(newsKey(item));
    }
  }
  return { time, keys };
}

function publishedTime(item: NewsItem): number {
  const time = Date.parse(item.publishedAt);
  return isNaN(time) ? -1 : time;
}

/** The cursor handed to the UI: opaque to it, checked when it comes back. */
export function encodeNewsCursor(state: NewsCursorState): string {
  return JSON.stringify({
    v: 2, a: state.asOf, q: state.queries, o: state.offsets, l: state.lifted,
    e: state.boundary ? [state.boundary.time, state.boundary.keys] : null
  });
}

/** The state in a cursor, or null when the cursor is malformed or belongs to other queries. */
export function decodeNewsCursor(cursor: string, queries: readonly string[]): NewsCursorState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(cursor);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) {
    return null;
  }
  const { v, a, q, o, l, e } = raw as { v?: unknown; a?: unknown; q?: unknown; o?: unknown; l?: unknown; e?: unknown };
  const validOffsets = Array.isArray(o) && o.length === queries.length &&
    o.every(n => typeof n === 'number' && Math.floor(n) === n && n >= -1);
  const validBoundary = e === null || (Array.isArray(e) && e.length === 2 && typeof e[0] === 'number' &&
    Array.isArray(e[1]) && (e[1] as unknown[]).every(k => typeof k === 'string'));
  const validLifted = Array.isArray(l) && (l as unknown[]).every(k => typeof k === 'string');
  if (v !== 2 || typeof a !== 'string' || isNaN(Date.parse(a)) || q !== fingerprint(queries) ||
    !validOffsets || !validLifted || !validBoundary) {
    return null;
  }
  const boundary = Array.isArray(e) ? { time: e[0] as number, keys: e[1] as string[] } : null;
  return { asOf: a, queries: q, offsets: o as number[], lifted: l as string[], boundary };
}

/** FNV-1a over the queries: enough to notice that a cursor belongs to other queries. */
function fingerprint(queries: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = queries.join('\n');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${queries.length}:${hash.toString(16)}`;
}
