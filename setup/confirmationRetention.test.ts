import { describePlan, keptSummary, lastDayKept, planRemoval, type ConfirmationRow } from './confirmationRetention';
import { dayNumber } from '../src/core/contentHealth';
import { confirmedReaders, parseSummary } from '../src/core/confirmationSummary';
import type { ReadConfirmation } from '../src/core/readConfirmation';

const SITE = '11111111-1111-1111-1111-111111111111';
const page = (n: number): string => `${SITE}/00000000-0000-0000-0000-00000000000${n}`;
const MUNICIPALITIES = [
  { id: 'eksjo', shortName: 'Eksjö', emailDomain: 'eksjo.se' },
  { id: 'vetlanda', shortName: 'Vetlanda', emailDomain: 'vetlanda.se' }
];

function row(id: number, pageKey: string, reader: string, created: string): ConfirmationRow {
  return { id, pageBucket: `${pageKey}#3`, reader, created };
}

// Due dates as SharePoint stores a date-only column of a Swedish site: Stockholm midnight in UTC.
const DUE = new Map<string, string | null>([
  [page(1), '2026-12-03T23:00:00Z'], // 4 December 2026
  [page(2), '2027-01-14T23:00:00Z'], // 15 January 2027
  [page(3), null]
]);

describe('which read confirmations the retention option removes', () => {
  test('a confirmation goes when its page\'s due day plus the months has passed in Stockholm, not on that day', () => {
    const rows = [row(1, page(1), 'per@vetlanda.se', '2026-11-30T08:00:00Z')];
    // 4 December + 2 months = 4 February 2027: kept through that day, removed on the 5th.
    expect(planRemoval(rows, DUE, 2, new Date('2027-02-04T22:30:00Z'), MUNICIPALITIES).remove).toEqual([]);
    expect(planRemoval(rows, DUE, 2, new Date('2027-02-04T23:30:00Z'), MUNICIPALITIES).remove).toEqual([1]);
  });

  test('the due date decides, not when the person confirmed', () => {
    // Confirmed long ago, but the page is due on 15 January 2027: kept until 15 February.
    const rows = [row(1, page(2), 'anna@eksjo.se', '2026-06-01T08:00:00Z')];
    expect(planRemoval(rows, DUE, 1, new Date('2027-02-15T12:00:00Z'), MUNICIPALITIES).remove).toEqual([]);
    expect(planRemoval(rows, DUE, 1, new Date('2027-02-16T12:00:00Z'), MUNICIPALITIES).remove).toEqual([1]);
  });

  test('a page without a due date, or one that is gone, counts from the confirmation\'s own date', () => {
    const rows = [
      row(1, page(3), 'anna@eksjo.se', '2026-10-10T08:00:00Z'),
      row(2, `${SITE}/99999999-9999-9999-9999-999999999999`, 'anna@eksjo.se', '2026-10-10T08:00:00Z'),
      row(3, page(3), 'erik@eksjo.se', '2026-12-20T08:00:00Z')
    ];
    const plan = planRemoval(rows, DUE, 2, new Date('2027-01-11T12:00:00Z'), MUNICIPALITIES);
    expect(plan.remove).toEqual([1, 2]);
    expect(plan).toMatchObject({ byDueDate: 0, byConfirmationDate: 2, kept: 1 });
  });

  test('counts per municipality by the reader\'s address, every municipality named, others apart', () => {
    const rows = [
      row(1, page(1), 'per@vetlanda.se', '2026-11-30T08:00:00Z'),
      row(2, page(1), 'sara@VETLANDA.se', '2026-11-30T08:00:00Z'),
      row(3, page(1), 'gast@example.com', '2026-11-30T08:00:00Z'),
      row(4, page(2), 'anna@eksjo.se', '2026-11-30T08:00:00Z')
    ];
    const plan = planRemoval(rows, DUE, 1, new Date('2027-01-10T12:00:00Z'), MUNICIPALITIES);
    expect(plan.remove).toEqual([1, 2, 3]);
    expect(plan.perMunicipality).toEqual([{ name: 'Eksjö', count: 0 }, { name: 'Vetlanda', count: 2 }, { name: 'other', count: 1 }]);
    expect(describePlan(plan, 1)).toMatch(/^remove 3 of 4 \(Eksjö 0, Vetlanda 2, other 1\): 3 more than 1 months after their page's due date, 0 /);
  });

  test('months are calendar months: 31 January plus one month is the end of February', () => {
    expect(lastDayKept('2027-01-30T23:00:00Z', 1)).toBe(dayNumber({ year: 2027, month: 2, day: 28 }));
    expect(lastDayKept('2028-02-28T23:00:00Z', 12)).toBe(dayNumber({ year: 2029, month: 2, day: 28 }));
  });

  test('the summary it writes holds the confirmations read less those removed, up to the highest settled when read', () => {
    const confirmation = (itemId: number, pageKey: string, upn: string, confirmedAt: string): ReadConfirmation =>
      ({ itemId, pageKey, reader: { userPrincipalName: upn, displayName: upn, email: upn }, confirmedAt });
    const read = [
      confirmation(4, page(1), 'per@vetlanda.se', '2027-01-10T08:00:00Z'),
      confirmation(7, page(1), 'anna@eksjo.se', '2027-01-10T08:00:00Z'),
      confirmation(9, page(2), 'anna@eksjo.se', '2027-01-10T08:00:00Z'),
      // Made 5 minutes before the read: not settled, so the summary stays below it.
      confirmation(12, page(2), 'erik@eksjo.se', '2027-01-12T11:55:00Z'),
      confirmation(14, page(3), 'lars@eksjo.se', '2027-01-10T08:00:00Z'),
      confirmation(15, page(3), 'sara@vetlanda.se', '2027-01-10T08:00:00Z')
    ];
    const summary = parseSummary(keptSummary(read, new Set([7, 15]), new Date('2027-01-12T12:00:00Z')));
    expect(summary.upTo).toBe(11);
    expect(Array.from(confirmedReaders(summary, page(1)))).toEqual(['per@vetlanda.se']);
    expect(Array.from(confirmedReaders(summary, page(2))).sort()).toEqual(['anna@eksjo.se', 'erik@eksjo.se']);
    expect(Array.from(confirmedReaders(summary, page(3)))).toEqual(['lars@eksjo.se']);
    expect(summary.readers).not.toContain('sara@vetlanda.se');
  });
});
