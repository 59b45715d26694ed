import type { NewsItem } from './news';
import { appendNewsPage, dedupeNews, isBoosted, rankNews } from './newsRanking';

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
  const boostedOld = news('boosted-old', '2026-01-01T08:00:00Z', { boostedUntil: '2026-12-01T00:00:00Z' });
  const boostExpired = news('boost-expired', '2026-11-20T08:00:00Z', { boostedUntil: '2026-11-28T11:59:59Z' });

  it('is boosted only until the boost date', () => {
    expect(isBoosted(boostedOld, NOW)).toBe(true);
    expect(isBoosted(boostExpired, NOW)).toBe(false);
    expect(isBoosted(news('x', '2026-11-01T00:00:00Z', { boostedUntil: 'not a date' }), NOW)).toBe(false);
    expect(isBoosted(boostedOld, new Date('2026-12-02T00:00:00Z'))).toBe(false);
  });

  it('puts currently boosted news first, then newest first', () => {
    expect(rankNews([old, boostExpired, newest, boostedOld, recent], NOW).map(n => n.title))
      .toEqual(['boosted-old', 'newest', 'recent', 'boost-expired', 'old']);
  });

  it('orders boosted news newest first among themselves', () => {
    const boostedNew = news('boosted-new', '2026-11-01T08:00:00Z', { boostedUntil: '2026-12-24T00:00:00Z' });
    expect(rankNews([boostedOld, newest, boostedNew], NOW).map(n => n.title)).toEqual(['boosted-new', 'boosted-old', 'newest']);
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
