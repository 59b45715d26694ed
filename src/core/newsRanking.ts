import type { TenantConfig } from './municipality';
import type { NewsItem } from './news';

/** The identity of a news item: its URL (SharePoint URLs are case-insensitive). */
export function newsKey(item: Pick<NewsItem, 'url'>): string {
  return item.url.trim().toLowerCase();
}

const DAY = 86400000;

/**
 * Boost ("Utvald") with limits. A boosted item is placed above the rest of the feed ("lifted")
 * only when all of these hold:
 *
 * 1. Its boost is in force: its boost date lies after now, and it was published less than
 *    `maxDays` days ago (the tenant configuration's `boostMaxDays`). A boost ends at whichever
 *    comes first; an ended boost is ordinary news in its date order.
 * 2. It is not older than the newest unboosted week: published at most BOOST_RECENCY_DAYS before
 *    the newest item of the feed whose boost is not in force. A feed of boosted news only has no
 *    such bound.
 * 3. It is among the `limit` newest items that meet 1 and 2 (the web part's setting).
 *
 * The lifted items come first, newest first; every other item, boosted or not, in its place
 * newest first. So at most `limit` items stand above newer news.
 */
export interface BoostPolicy {
  /** At most this many boosted items are placed above the rest; 0: none. */
  limit: number;
  /** A boost ends at the latest this many days after publishing. */
  maxDays: number;
}

export const DEFAULT_BOOST_LIMIT = 2;
export const DEFAULT_BOOST_MAX_DAYS = 14;
export const BOOST_RECENCY_DAYS = 7;
export const DEFAULT_BOOST_POLICY: BoostPolicy = { limit: DEFAULT_BOOST_LIMIT, maxDays: DEFAULT_BOOST_MAX_DAYS };

/** The policy of a feed: the web part's limit and the tenant configuration's maximum days. */
export function boostPolicyOf(limit: number, config: Pick<TenantConfig, 'boostMaxDays'>): BoostPolicy {
  return { limit, maxDays: config.boostMaxDays || DEFAULT_BOOST_MAX_DAYS };
}

/**
 * A boost is in force while its boost date lies after `now` and the item was published less than
 * `maxDays` days before `now`; an item without a readable publish date is not boosted.
 */
export function isBoosted(item: Pick<NewsItem, 'boostedUntil' | 'publishedAt'>, now: Date, maxDays: number = DEFAULT_BOOST_MAX_DAYS): boolean {
  if (!item.boostedUntil) {
    return false;
  }
  const until = Date.parse(item.boostedUntil);
  const published = Date.parse(item.publishedAt);
  if (isNaN(until) || isNaN(published)) {
    return false;
  }
  return Math.min(until, published + maxDays * DAY) > now.getTime();
}

function publishedTime(item: NewsItem): number {
  const time = Date.parse(item.publishedAt);
  // An unreadable date sorts last rather than breaking the order of the rest.
  return isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * The boosted items placed above the rest (rules 1-3), newest first. `newestUnboosted` is the
 * publish time of the feed's newest item whose boost is not in force, null when it has none; a
 * caller that only knows an upper bound of it passes the bound: fewer items are lifted, never others.
 */
export function liftBoosted(candidates: readonly NewsItem[], now: Date, policy: BoostPolicy, newestUnboosted: number | null): NewsItem[] {
  if (policy.limit <= 0) {
    return [];
  }
  const earliest = newestUnboosted === null ? Number.NEGATIVE_INFINITY : newestUnboosted - BOOST_RECENCY_DAYS * DAY;
  return dedupeNews(candidates)
    .filter(item => isBoosted(item, now, policy.maxDays) && publishedTime(item) >= earliest)
    .sort(compareNewestFirst)
    .slice(0, policy.limit);
}

/** The publish time of the newest item whose boost is not in force; null when there is none. */
export function newestUnboostedTime(items: readonly NewsItem[], now: Date, maxDays: number): number | null {
  let newest: number | null = null;
  for (const item of items) {
    if (!isBoosted(item, now, maxDays)) {
      const time = publishedTime(item);
      newest = newest === null || time > newest ? time : newest;
    }
  }
  return newest;
}

/** The lifted items (by key, in that order) first, then the others newest first; each URL once. */
export function orderFeed(items: readonly NewsItem[], lifted: readonly string[]): NewsItem[] {
  const unique = dedupeNews(items);
  const byKey = new Map(unique.map(item => [newsKey(item), item] as [string, NewsItem]));
  const first = lifted.map(key => byKey.get(key)).filter((item): item is NewsItem => !!item);
  const liftedKeys = new Set(lifted);
  return first.concat(unique.filter(item => !liftedKeys.has(newsKey(item))).sort(compareNewestFirst));
}

/** Newest first, then by URL. The order search results are merged in. */
export function compareNewestFirst(a: NewsItem, b: NewsItem): number {
  const byDate = publishedTime(b) - publishedTime(a);
  if (byDate !== 0 && !isNaN(byDate)) {
    return byDate < 0 ? -1 : 1;
  }
  const keyA = newsKey(a);
  const keyB = newsKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/** Items in their given order, each URL once (the first occurrence wins). */
export function dedupeNews(items: readonly NewsItem[]): NewsItem[] {
  const seen = new Set<string>();
  const out: NewsItem[] = [];
  for (const item of items) {
    const key = newsKey(item);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** A whole feed, deduped and in feed order: the rule above applied to all of it. */
export function rankNews(items: readonly NewsItem[], now: Date, policy: BoostPolicy = DEFAULT_BOOST_POLICY): NewsItem[] {
  const unique = dedupeNews(items);
  const lifted = liftBoosted(unique, now, policy, newestUnboostedTime(unique, now, policy.maxDays));
  return orderFeed(unique, lifted.map(newsKey));
}

/**
 * "Visa fler": the next page goes below what is shown, keeping the shown order (items do not
 * jump under the reader's eyes); anything already shown is left out.
 */
export function appendNewsPage(shown: readonly NewsItem[], page: readonly NewsItem[]): NewsItem[] {
  return dedupeNews(shown.concat(page));
}
