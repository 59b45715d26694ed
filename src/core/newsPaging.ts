import type { NewsItem } from './news';
import { compareNewestFirst, isBoosted, newsKey, rankNews } from './newsRanking';

/**
 * Paging over one or more search queries (the KQL may be split), with boosted news first.
 *
 * Every query is sorted newest first by the search engine. A page is a k-way merge of the
 * next hits of every query: we only take a hit while every query that may still have
 * newer hits has one in hand, so no item is skipped; how many hits of each query a page
 * consumed is the cursor. Boosted news comes from a separate query on the first page and
 * is then left out of every page's regular hits (judged at the first page's moment).
 */
export interface NewsCursorState {
  /** ISO time of the first page; boost is judged at this moment on every page. */
  asOf: string;
  /** Fingerprint of the queries the offsets belong to. */
  queries: string;
  /** Hits consumed per query; -1 once a query has no more. */
  offsets: number[];
  /** The first page showed every boosted item, so later pages leave them out. */
  boostShown: boolean;
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
  /** The client-side re-check (audience, site); a rejected hit is consumed and not shown. */
  accept: (item: NewsItem) => boolean;
}

export interface TakeNewsPageResult {
  items: NewsItem[];
  /** null when every query is exhausted. */
  next: NewsCursorState | null;
}

export function initialNewsCursorState(queries: readonly string[], asOf: Date): NewsCursorState {
  return {
    asOf: asOf.toISOString(), queries: fingerprint(queries), offsets: queries.map(() => 0), boostShown: false, boundary: null
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
  const asOf = new Date(state.asOf);
  const boostShown = input.firstPage ? Array.isArray(input.boosted) : state.boostShown;
  const seen = new Set<string>(state.boundary ? state.boundary.keys : []);

  const boosted: NewsItem[] = [];
  if (input.firstPage && input.boosted) {
    for (const item of rankNews(input.boosted, asOf)) {
      if (isBoosted(item, asOf) && accept(item)) {
        seen.add(newsKey(item));
        boosted.push(item);
      }
    }
  }

  const skip = (item: NewsItem): boolean =>
    seen.has(newsKey(item)) || (boostShown && isBoosted(item, asOf)) || !accept(item);
  const regular: NewsItem[] = [];
  const wanted = Math.max(0, pageSize - boosted.length);
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
    : { asOf: state.asOf, queries: state.queries, offsets, boostShown, boundary: nextBoundary(state.boundary, regular) };
  return { items: rankNews(boosted.concat(regular), asOf), next };
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
    v: 1, a: state.asOf, q: state.queries, o: state.offsets, b: state.boostShown,
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
  const { v, a, q, o, b, e } = raw as { v?: unknown; a?: unknown; q?: unknown; o?: unknown; b?: unknown; e?: unknown };
  const validOffsets = Array.isArray(o) && o.length === queries.length &&
    o.every(n => typeof n === 'number' && Math.floor(n) === n && n >= -1);
  const validBoundary = e === null || (Array.isArray(e) && e.length === 2 && typeof e[0] === 'number' &&
    Array.isArray(e[1]) && (e[1] as unknown[]).every(k => typeof k === 'string'));
  if (v !== 1 || typeof a !== 'string' || isNaN(Date.parse(a)) || q !== fingerprint(queries) ||
    !validOffsets || typeof b !== 'boolean' || !validBoundary) {
    return null;
  }
  const boundary = Array.isArray(e) ? { time: e[0] as number, keys: e[1] as string[] } : null;
  return { asOf: a, queries: q, offsets: o as number[], boostShown: b, boundary };
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
