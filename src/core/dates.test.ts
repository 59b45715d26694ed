import { relativeDate, stockholmDayNumber } from './dates';

describe('Calendar days in Stockholm', () => {
  const now = new Date('2026-11-28T10:00:00Z'); // 11:00 in Stockholm

  it('says today, yesterday, days and weeks (the feed\'s words), then the date', () => {
    expect(relativeDate('2026-11-28T06:00:00Z', now)).toEqual({ kind: 'today' });
    expect(relativeDate('2026-11-27T06:00:00Z', now)).toEqual({ kind: 'yesterday' });
    expect(relativeDate('2026-11-25T12:00:00Z', now)).toEqual({ kind: 'days', count: 3 });
    expect(relativeDate('2026-11-22T12:00:00Z', now)).toEqual({ kind: 'days', count: 6 });
    expect(relativeDate('2026-11-21T12:00:00Z', now)).toEqual({ kind: 'weeks', count: 1 });
    expect(relativeDate('2026-11-14T12:00:00Z', now)).toEqual({ kind: 'weeks', count: 2 });
    expect(relativeDate('2026-11-01T12:00:00Z', now)).toEqual({ kind: 'weeks', count: 3 });
    expect(relativeDate('2026-10-31T12:00:00Z', now)).toEqual({ kind: 'date' });
    expect(relativeDate('2025-03-12T09:00:00Z', now)).toEqual({ kind: 'date' });
  });

  it('counts calendar days in Stockholm, not 24-hour periods or UTC days', () => {
    const lateEvening = new Date('2026-11-28T22:30:00Z'); // 23:30 in Stockholm
    expect(relativeDate('2026-11-28T00:30:00Z', lateEvening)).toEqual({ kind: 'today' }); // 01:30 the same day
    const justAfterMidnight = new Date('2026-11-28T23:05:00Z'); // 00:05 on the 29th in Stockholm
    expect(relativeDate('2026-11-28T22:55:00Z', justAfterMidnight)).toEqual({ kind: 'yesterday' });
    // Summer time: 23:30 UTC on 30 June is already 1 July in Stockholm.
    expect(stockholmDayNumber(new Date('2026-06-30T23:30:00Z')) - stockholmDayNumber(new Date('2026-06-30T21:30:00Z'))).toBe(1);
  });

  it('gives Stockholm\'s calendar date on the days the clocks are changed, to the second, and every hour of 2024 to 2027', () => {
    const calendar = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
    const expected = (time: number): number => {
      const [month, day, year] = calendar.format(new Date(time)).split('/').map(Number);
      return Date.UTC(year, month - 1, day) / 86400000;
    };
    const wrong: string[] = [];
    const check = (time: number): void => {
      if (stockholmDayNumber(new Date(time)) !== expected(time)) {
        wrong.push(new Date(time).toISOString());
      }
    };
    // Summer time starts and ends at 01:00 UTC on the last Sundays of March and October.
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '1980-04-06T01:00:00Z']) {
      for (let second = -3 * 3600; second <= 3 * 3600; second++) {
        check(Date.parse(change) + second * 1000);
      }
    }
    // Midnight in Stockholm on those days: 23:00 UTC in winter, 22:00 UTC in summer.
    ['2026-03-28T22:59:59Z', '2026-03-28T23:00:00Z', '2026-03-29T21:59:59Z', '2026-03-29T22:00:00Z',
      '2026-10-24T21:59:59Z', '2026-10-24T22:00:00Z', '2026-10-25T22:59:59Z', '2026-10-25T23:00:00Z'].forEach(iso => check(Date.parse(iso)));
    for (let time = Date.parse('2024-01-01T00:00:00Z'); time < Date.parse('2028-01-01T00:00:00Z'); time += 3600000 - 1000) {
      check(time);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the date for the future and for unreadable dates', () => {
    expect(relativeDate('2026-12-24T12:00:00Z', now)).toEqual({ kind: 'date' });
    expect(relativeDate('garbage', now)).toEqual({ kind: 'date' });
  });
});
