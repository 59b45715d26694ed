import type { NewsItem } from './news';

/** The identity of a news item: its URL (SharePoint URLs are case-insensitive). */
export function newsKey(item: Pick<NewsItem, 'url'>): string {
  return item.url.trim().toLowerCase();
}

/** An item is boosted while its boost date lies after `now`. */
export function isBoosted(item: Pick<NewsItem, 'boostedUntil'>, now: Date): boolean {
  if (!item.boostedUntil) {
    return false;
  }
  const until = Date.parse(item.boostedUntil);
  return !isNaN(until) && until > now.getTime();
}

function publishedTime(item: NewsItem): number {
  const time = Date.parse(item.publishedAt);
  // An unreadable date sorts last rather than breaking the order of the rest.
  return isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Feed order: currently boosted first, then newest first; the URL breaks ties so the order is total. */
export function compareNewsAt(now: Date): (a: NewsItem, b: NewsItem) => number {
  return (a, b) => {
    const boostedA = isBoosted(a, now);
    const boostedB = isBoosted(b, now);
    if (boostedA !== boostedB) {
      return boostedA ? -1 : 1;
    }
    return compareNewestFirst(a, b);
  };
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

/** Deduped and in feed order. */
export function rankNews(items: readonly NewsItem[], now: Date): NewsItem[] {
  return dedupeNews(items).sort(compareNewsAt(now));
}

/**
 * "Visa fler": the next page goes below what is shown, keeping the shown order (items do not
 * jump under the reader's eyes); anything already shown is left out.
 */
export function appendNewsPage(shown: readonly NewsItem[], page: readonly NewsItem[]): NewsItem[] {
  return dedupeNews(shown.concat(page));
}
