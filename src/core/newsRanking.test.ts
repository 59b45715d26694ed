import type { NewsItem } from './news';
import { appendNewsPage, dedupeNews, DEFAULT_BOOST_POLICY, isBoosted, newsKey, orderFeed, rankNews } from './newsRanking';

const NOW = new Date('2026-11-28T12:00:00Z');

function news(name: string, publishedAt: string, extra: Partial<NewsItem> = {}): NewsItem {
  return {
    url: `https://contoso.sharepoint.com/sites/eksjo/SitePages/${name}.aspx`,
    title: name, description: '', publishedAt, sitePath: '/sites/eksjo', municipalityId: 'eksjo', audienceIds: [],
    ...extra
  };
}

describe('news ranking', () => {
  const old = news('old', '2026-10-01T08:00:00Z');
  const recent = news('recent', '2026-11-27T08:00:00Z');
  const newest = news('newest', '2026-11-28T08:00:00Z');
  const boosted = (name: string, publishedAt: string, boostedUntil = '2026-12-24T00:00:00Z'): NewsItem => news(name, publishedAt, { boostedUntil });

  it('is boosted until its boost date, and at the latest the configured days after publishing', () => {
    const lastWeek = boosted('last-week', '2026-11-21T08:00:00Z', '2026-12-01T00:00:00Z');
    expect(isBoosted(lastWeek, NOW)).toBe(true);
    expect(isBoosted(lastWeek, new Date('2026-12-01T00:00:00Z'))).toBe(false);
    expect(isBoosted(boosted('ended', '2026-11-20T08:00:00Z', '2026-11-28T11:59:59Z'), NOW)).toBe(false);
    expect(isBoosted(news('x', '2026-11-01T00:00:00Z', { boostedUntil: 'not a date' }), NOW)).toBe(false);
    expect(isBoosted(boosted('no-date', 'yesterday'), NOW)).toBe(false);
    // Published 2026-11-14T08:00: the 14 days by default end 2026-11-28T08:00, before NOW.
    const twoWeeks = boosted('two-weeks', '2026-11-14T08:00:00Z');
    expect(DEFAULT_BOOST_POLICY.maxDays).toBe(14);
    expect(isBoosted(twoWeeks, NOW)).toBe(false);
    expect(isBoosted(twoWeeks, new Date('2026-11-28T07:59:59Z'))).toBe(true);
    expect(isBoosted(twoWeeks, NOW, 15)).toBe(true);
  });

  it('keeps six-week-old boosted news (boost dates still ahead) below last week\'s news', () => {
    const pinned = [1, 2, 3, 4, 5].map(i => boosted(`pinned-${i}`, `2026-10-1${i}T08:00:00Z`, '2027-01-31T00:00:00Z'));
    const lastWeek = news('last-week', '2026-11-23T08:00:00Z');
    expect(rankNews([...pinned, lastWeek, recent], NOW).map(n => n.title))
      .toEqual(['recent', 'last-week', 'pinned-5', 'pinned-4', 'pinned-3', 'pinned-2', 'pinned-1']);
    // The same with a tenant that lets a boost run 60 days: then the week rule keeps them down.
    expect(rankNews([...pinned, lastWeek, recent], NOW, { limit: 2, maxDays: 60 })[0].title).toBe('recent');
  });

  it('places at most the limit of boosted news above the rest, the newest of them; the others come in their place', () => {
    const b1 = boosted('b1', '2026-11-27T06:00:00Z');
    const b2 = boosted('b2', '2026-11-26T08:00:00Z');
    const b3 = boosted('b3', '2026-11-25T08:00:00Z');
    const mid = news('mid', '2026-11-25T12:00:00Z');
    const items = [old, b3, mid, newest, b1, recent, b2];
    expect(DEFAULT_BOOST_POLICY.limit).toBe(2);
    expect(rankNews(items, NOW).map(n => n.title)).toEqual(['b1', 'b2', 'newest', 'recent', 'mid', 'b3', 'old']);
    expect(rankNews(items, NOW, { limit: 1, maxDays: 14 }).map(n => n.title)).toEqual(['b1', 'newest', 'recent', 'b2', 'mid', 'b3', 'old']);
    expect(rankNews(items, NOW, { limit: 0, maxDays: 14 }).map(n => n.title)).toEqual(['newest', 'recent', 'b1', 'b2', 'mid', 'b3', 'old']);
  });

  it('does not place boosted news older than the newest unboosted week above it', () => {
    // Newest unboosted: 2026-11-28T08:00; its week begins 2026-11-21T08:00.
    const inWeek = boosted('in-week', '2026-11-21T08:00:00Z');
    const beforeWeek = boosted('before-week', '2026-11-21T07:59:00Z');
    expect(rankNews([beforeWeek, newest, inWeek, old], NOW).map(n => n.title)).toEqual(['in-week', 'newest', 'before-week', 'old']);
    // A feed with nothing but boosted news has no such week: the limit alone applies.
    expect(rankNews([beforeWeek, inWeek, boosted('b', '2026-11-20T08:00:00Z')], NOW).map(n => n.title)).toEqual(['in-week', 'before-week', 'b']);
  });

  it('ranks an ended boost as ordinary news', () => {
    const ended = boosted('ended', '2026-11-27T09:00:00Z', '2026-11-28T11:00:00Z');
    expect(rankNews([recent, ended, newest], NOW).map(n => n.title)).toEqual(['newest', 'ended', 'recent']);
  });

  it('puts a lifted item first in a page it is given with, then the rest newest first', () => {
    const b = boosted('b', '2026-11-20T08:00:00Z');
    expect(orderFeed([old, recent, b, newest, recent], [newsKey(b)]).map(n => n.title)).toEqual(['b', 'newest', 'recent', 'old']);
  });

  it('breaks ties by URL so the order is stable, and puts unreadable dates last', () => {
    const b = news('b', '2026-11-28T08:00:00Z');
    const a = news('a', '2026-11-28T08:00:00Z');
    const broken = news('broken', 'yesterday');
    expect(rankNews([broken, b, a], NOW).map(n => n.title)).toEqual(['a', 'b', 'broken']);
  });

  it('keeps each URL once, whatever its letter case, the first occurrence winning', () => {
    const copy = { ...recent, url: recent.url.toUpperCase(), title: 'copy' };
    expect(dedupeNews([recent, copy, old]).map(n => n.title)).toEqual(['recent', 'old']);
    expect(rankNews([old, recent, copy, newest], NOW).map(n => n.title)).toEqual(['newest', 'recent', 'old']);
  });

  it('appends a next page below what is shown, leaving out what is already there', () => {
    const shown = [newest, recent];
    expect(appendNewsPage(shown, [recent, old]).map(n => n.title)).toEqual(['newest', 'recent', 'old']);
  });
});
