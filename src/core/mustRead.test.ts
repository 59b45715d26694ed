import type { NewsItem } from './news';
import { compareToRead, isOverdue, isToRead, mustReadPageKeys, rankMustReadFirst, toReadItems, withConfirmations } from './mustRead';

const KEY_A = '11111111-1111-1111-1111-111111111111/aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa';
const KEY_B = '11111111-1111-1111-1111-111111111111/bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb';
const KEY_C = '11111111-1111-1111-1111-111111111111/cccccccc-cccc-cccc-cccc-cccccccccccc';

function news(name: string, publishedAt: string, extra: Partial<NewsItem> = {}): NewsItem {
  return {
    url: `https://contoso.sharepoint.com/sites/vetlanda/SitePages/${name}.aspx`,
    title: name, description: '', publishedAt, sitePath: '/sites/vetlanda', municipalityId: 'vetlanda', audienceIds: [],
    ...extra
  };
}

// "Läses senast 4 december" as SharePoint stores a date-only column of a Swedish site: Stockholm midnight, in UTC.
const DEC_4 = '2026-12-03T23:00:00Z';
const NOV_25 = '2026-11-24T23:00:00Z';

describe('must-read in the readers\' views', () => {
  const newest = news('newest', '2026-11-29T08:00:00Z');
  const older = news('older', '2026-11-20T08:00:00Z');
  const managers = news('managers', '2026-11-24T14:00:00Z', { mustRead: true, readBy: DEC_4, pageKey: KEY_A });
  const overdue = news('overdue', '2026-11-21T08:00:00Z', { mustRead: true, readBy: NOV_25, pageKey: KEY_B });
  const undated = news('undated', '2026-11-27T08:00:00Z', { mustRead: true, pageKey: KEY_C });

  it('is to read while must-read and not confirmed', () => {
    expect(isToRead(managers)).toBe(true);
    expect(isToRead(newest)).toBe(false);
    expect(isToRead({ ...managers, confirmedAt: '2026-11-30T08:00:00Z' })).toBe(false);
  });

  it('is overdue from the Stockholm day after its day, not on the day itself', () => {
    expect(isOverdue(managers, new Date('2026-12-04T22:59:00Z'))).toBe(false); // 23:59 on 4 December in Stockholm
    expect(isOverdue(managers, new Date('2026-12-04T23:00:00Z'))).toBe(true); // 00:00 on 5 December
    expect(isOverdue(undated, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue(news('x', '2026-11-01T00:00:00Z', { readBy: 'not a date' }), new Date())).toBe(false);
    // A day stored as UTC midnight (another tenant's setting) is the same day.
    expect(isOverdue({ readBy: '2026-12-04T00:00:00Z' }, new Date('2026-12-04T20:00:00Z'))).toBe(false);
  });

  it('orders what is to read by its day, the earliest first, items without a day last', () => {
    expect([undated, managers, overdue].sort(compareToRead).map(n => n.title)).toEqual(['overdue', 'managers', 'undated']);
    const sameDay = news('same-day-newer', '2026-11-28T08:00:00Z', { mustRead: true, readBy: DEC_4, pageKey: KEY_C });
    expect([managers, sameDay].sort(compareToRead).map(n => n.title)).toEqual(['same-day-newer', 'managers']);
  });

  it('asks about each must-read page once, and only must-read pages', () => {
    expect(mustReadPageKeys([newest, managers, overdue, managers, news('no-key', '2026-11-01T00:00:00Z', { mustRead: true })])).toEqual([KEY_A, KEY_B]);
    expect(mustReadPageKeys([newest, older])).toEqual([]);
  });

  it('sets the confirmation dates on the confirmed must-read items only', () => {
    const items = withConfirmations([newest, managers, overdue], { [KEY_A]: '2026-11-30T08:00:00Z' });
    expect(items.map(i => i.confirmedAt)).toEqual([undefined, '2026-11-30T08:00:00Z', undefined]);
    expect(toReadItems(items).map(i => i.title)).toEqual(['overdue']);
  });

  it('puts the unconfirmed must-read items first, also those found beyond the page, then the page in its order', () => {
    expect(rankMustReadFirst([newest, managers, older], [overdue, managers]).map(n => n.title))
      .toEqual(['overdue', 'managers', 'newest', 'older']);
  });

  it('leaves a confirmed item where it is on the page, and does not add one found beyond it', () => {
    const [confirmedManagers, confirmedOverdue] = withConfirmations([managers, overdue], { [KEY_A]: '2026-11-30T08:00:00Z', [KEY_B]: '2026-11-30T08:00:00Z' });
    expect(rankMustReadFirst([newest, confirmedManagers, older], [confirmedOverdue, confirmedManagers]).map(n => n.title))
      .toEqual(['newest', 'managers', 'older']);
  });

  it('shows each item once', () => {
    expect(rankMustReadFirst([managers, managers, newest], [managers]).map(n => n.title)).toEqual(['managers', 'newest']);
  });
});
