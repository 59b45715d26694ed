import { stockholmDayNumber } from './dates';
import type { NewsItem } from './news';
import { dedupeNews, newsKey } from './newsRanking';

/**
 * Läs och bekräfta in the readers' views (Targeted news, Min sida's "Att läsa"), without I/O.
 *
 * A must-read item the user has not confirmed is "to read": it goes first, is marked "Läs och
 * bekräfta" and, once its day (Läses senast) has passed in Stockholm, "Försenad". A confirmed one
 * is an ordinary news item again and keeps its place in date order: "Läst" is not shown.
 */

/** Must-read items a search request asks for at most, besides what else it asks (the scale: 50). */
export const MUST_READ_WINDOW = 50;

/** Still to be read by the user: must-read, with a page key, and no confirmation known. */
export function isToRead(item: Pick<NewsItem, 'mustRead' | 'confirmedAt'>): boolean {
  return item.mustRead === true && !item.confirmedAt;
}

/**
 * Past its day: Läses senast is a date-only column (Stockholm midnight at the start of the day,
 * in UTC), so an item is overdue from the next Stockholm day on, not on the day itself.
 */
export function isOverdue(item: Pick<NewsItem, 'readBy'>, now: Date): boolean {
  if (!item.readBy) {
    return false;
  }
  const due = Date.parse(item.readBy);
  // A few hours in: the Stockholm day of the stored midnight, whichever side of UTC midnight it is.
  return !isNaN(due) && stockholmDayNumber(now) > stockholmDayNumber(new Date(due + 6 * 3600000));
}

/** The page keys of the must-read items among these, each once (what myConfirmations is asked about). */
export function mustReadPageKeys(items: readonly NewsItem[]): string[] {
  const keys: string[] = [];
  for (const item of items) {
    if (item.mustRead && item.pageKey && keys.indexOf(item.pageKey) < 0) {
      keys.push(item.pageKey);
    }
  }
  return keys;
}

/** The items with the user's confirmation dates (page key → ISO date) set on the must-read ones they confirmed. */
export function withConfirmations(items: readonly NewsItem[], confirmed: Readonly<Record<string, string>>): NewsItem[] {
  return items.map(item => (item.mustRead && item.pageKey && confirmed[item.pageKey] ? { ...item, confirmedAt: confirmed[item.pageKey] } : item));
}

function dueTime(item: NewsItem): number {
  const time = item.readBy ? Date.parse(item.readBy) : NaN;
  return isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/** To-read order: the earliest day first (overdue ones come first by themselves), items without a day last, then newest first. */
export function compareToRead(a: NewsItem, b: NewsItem): number {
  const byDue = dueTime(a) - dueTime(b);
  if (byDue !== 0 && !isNaN(byDue)) {
    return byDue < 0 ? -1 : 1;
  }
  const byPublished = (Date.parse(b.publishedAt) || 0) - (Date.parse(a.publishedAt) || 0);
  if (byPublished !== 0) {
    return byPublished < 0 ? -1 : 1;
  }
  const keyA = newsKey(a);
  const keyB = newsKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/** The items still to read, each once, in to-read order. */
export function toReadItems(items: readonly NewsItem[]): NewsItem[] {
  return dedupeNews(items.filter(isToRead)).sort(compareToRead);
}

/**
 * The feed with the unconfirmed must-read items first: those of the page and those the first
 * page's priority query found beyond it (`mustRead`, older news the user has still to read), in
 * to-read order; then the page in its own order without them. A confirmed item of `mustRead` that
 * is not on the page is not added: it is ordinary news again and comes in its place in the feed.
 */
export function rankMustReadFirst(page: readonly NewsItem[], mustRead: readonly NewsItem[]): NewsItem[] {
  const first = toReadItems(page.concat(mustRead));
  const taken = new Set(first.map(newsKey));
  return first.concat(dedupeNews(page).filter(item => !taken.has(newsKey(item))));
}
