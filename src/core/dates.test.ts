import { stockholmDayNumber } from './dates';

const daysBetween = (iso: string, now: Date): number => stockholmDayNumber(now) - stockholmDayNumber(new Date(iso));

describe('Calendar days in Stockholm', () => {
  it('counts calendar days in Stockholm, not 24-hour periods or UTC days', () => {
    const lateEvening = new Date('2026-11-28T22:30:00Z'); // 23:30 in Stockholm
    expect(daysBetween('2026-11-28T00:30:00Z', lateEvening)).toBe(0); // 01:30 the same day
    const justAfterMidnight = new Date('2026-11-28T23:05:00Z'); // 00:05 on the 29th in Stockholm
    expect(daysBetween('2026-11-28T22:55:00Z', justAfterMidnight)).toBe(1);
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
});
