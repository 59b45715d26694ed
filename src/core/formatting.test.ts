import { createFormatter, RELATIVE_DAYS, uiLocale } from './formatting';

// Intl puts a no-break space in "1 234" and, depending on the ICU version, "kl." or "at" before the time.
const NBSP = '\u00a0';

describe('createFormatter', () => {
  const now = new Date('2026-11-28T10:00:00Z'); // Saturday 11:00 in Stockholm
  const sv = createFormatter('sv-SE', () => now);
  const en = createFormatter('en-US', () => now);

  describe('relative up to a week, then the date', () => {
    it('says i dag, i går and how many days ago in Swedish', () => {
      expect(sv.date('2026-11-28T06:00:00Z').text).toBe('i dag');
      expect(sv.date('2026-11-27T06:00:00Z').text).toBe('i går');
      expect(sv.date('2026-11-26T12:00:00Z').text).toBe('för 2 dagar sedan');
      expect(sv.date('2026-11-25T12:00:00Z').text).toBe('för 3 dagar sedan');
      expect(sv.date('2026-11-22T12:00:00Z').text).toBe('för 6 dagar sedan');
    });

    it('says today, yesterday and how many days ago in English', () => {
      expect(en.date('2026-11-28T06:00:00Z').text).toBe('today');
      expect(en.date('2026-11-27T06:00:00Z').text).toBe('yesterday');
      expect(en.date('2026-11-26T12:00:00Z').text).toBe('2 days ago');
      expect(en.date('2026-11-25T12:00:00Z').text).toBe('3 days ago');
      expect(en.date('2026-11-22T12:00:00Z').text).toBe('6 days ago');
    });

    it('gives the short date from the seventh day back, without the year in the current year', () => {
      expect(RELATIVE_DAYS).toBe(7);
      expect(sv.date('2026-11-21T12:00:00Z').text).toBe('21 nov.');
      expect(en.date('2026-11-21T12:00:00Z').text).toBe('21 Nov');
      expect(sv.date('2026-10-19T12:00:00Z').text).toBe('19 okt.');
      expect(sv.date('2026-01-01T12:00:00Z').text).toBe('1 jan.');
    });

    it('adds the year for another year, however near', () => {
      expect(sv.date('2025-12-31T12:00:00Z').text).toBe('31 dec. 2025');
      expect(en.date('2025-12-31T12:00:00Z').text).toBe('31 Dec 2025');
      expect(sv.date('2025-10-19T12:00:00Z').text).toBe('19 okt. 2025');
      expect(en.date('2025-10-19T12:00:00Z').text).toBe('19 Oct 2025');
    });

    it('reads the year in Stockholm: 23:30 UTC on New Year\'s Eve is already next year there', () => {
      const newYear = createFormatter('sv-SE', () => new Date('2027-01-10T12:00:00Z'));
      expect(newYear.shortDate('2026-12-31T23:30:00Z')).toBe('1 jan.');
      expect(newYear.shortDate('2026-12-31T22:30:00Z')).toBe('31 dec. 2026');
    });

    it('gives the date for a day ahead, and nothing for an unreadable date', () => {
      expect(sv.date('2026-11-29T12:00:00Z').text).toBe('29 nov.');
      expect(en.date('2027-02-03T12:00:00Z').text).toBe('3 Feb 2027');
      expect(sv.date('garbage')).toEqual({ text: '', title: '' });
      expect(sv.shortDate('garbage')).toBe('');
      expect(sv.longDate('garbage')).toBe('');
      expect(sv.dateTime('garbage')).toBe('');
      expect(sv.daysAgo('garbage')).toBeNull();
    });

    it('takes a Date as well as an ISO string', () => {
      expect(sv.date(new Date('2026-11-27T06:00:00Z')).text).toBe('i går');
      expect(sv.shortDate(new Date('2025-03-12T09:00:00Z'))).toBe('12 mars 2025');
    });

    it('follows the injected clock', () => {
      let clock = new Date('2026-11-28T10:00:00Z');
      const moving = createFormatter('sv-SE', () => clock);
      expect(moving.date('2026-11-27T12:00:00Z').text).toBe('i går');
      clock = new Date('2026-11-29T10:00:00Z');
      expect(moving.date('2026-11-27T12:00:00Z').text).toBe('för 2 dagar sedan');
      clock = new Date('2027-01-02T10:00:00Z');
      expect(moving.date('2026-11-27T12:00:00Z').text).toBe('27 nov. 2026');
    });
  });

  describe('the full date and time for a hover title', () => {
    it('in Swedish time, in both languages', () => {
      expect(sv.date('2026-10-19T12:05:00Z').title).toMatch(/^19 oktober 2026( kl\.)? 14:05$/);
      expect(en.date('2026-10-19T12:05:00Z').title).toMatch(/^19 October 2026(,| at) 14:05$/);
      expect(sv.date('2026-11-28T06:00:00Z').title).toMatch(/^28 november 2026( kl\.)? 07:00$/);
      expect(sv.longDate('2026-06-30T23:30:00Z')).toBe('1 juli 2026');
      expect(en.longDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    });
  });

  describe('the days the clocks are changed (Europe/Stockholm)', () => {
    // Summer time starts at 01:00 UTC on 29 March 2026 and ends at 01:00 UTC on 25 October 2026.
    it('counts calendar days across the spring change: midnight is 23:00 UTC before it and 22:00 UTC after', () => {
      const justAfterMidnight = createFormatter('sv-SE', () => new Date('2026-03-29T22:00:00Z')); // 00:00 on 30 March
      expect(justAfterMidnight.date('2026-03-29T21:59:59Z').text).toBe('i går'); // 23:59:59 on 29 March
      expect(justAfterMidnight.date('2026-03-28T23:00:00Z').text).toBe('i går'); // 00:00 on 29 March
      expect(justAfterMidnight.date('2026-03-28T22:59:59Z').text).toBe('för 2 dagar sedan'); // 23:59:59 on 28 March
      expect(justAfterMidnight.date('2026-03-29T22:00:00Z').text).toBe('i dag');
    });

    it('counts calendar days across the autumn change, and writes the hour twice as it was', () => {
      const evening = createFormatter('sv-SE', () => new Date('2026-10-25T22:59:59Z')); // 23:59:59 on 25 October
      expect(evening.date('2026-10-24T22:00:00Z').text).toBe('i dag'); // 00:00 on 25 October (summer time)
      expect(evening.date('2026-10-24T21:59:59Z').text).toBe('i går');
      const nextDay = createFormatter('sv-SE', () => new Date('2026-10-25T23:00:00Z')); // 00:00 on 26 October
      expect(nextDay.date('2026-10-25T22:59:59Z').text).toBe('i går');
      // 02:30 comes twice that night: first in summer time, then in winter time.
      expect(sv.dateTime('2026-10-25T00:30:00Z')).toMatch(/^25 oktober 2026( kl\.)? 02:30$/);
      expect(sv.dateTime('2026-10-25T01:30:00Z')).toMatch(/^25 oktober 2026( kl\.)? 02:30$/);
      expect(sv.dateTime('2026-03-29T01:30:00Z')).toMatch(/^29 mars 2026( kl\.)? 03:30$/);
    });

    it('keeps seven days across a change as the date', () => {
      const afterSpring = createFormatter('sv-SE', () => new Date('2026-04-01T10:00:00Z'));
      expect(afterSpring.date('2026-03-26T10:00:00Z').text).toBe('för 6 dagar sedan');
      expect(afterSpring.date('2026-03-25T10:00:00Z').text).toBe('25 mars');
      expect(afterSpring.daysAgo('2026-03-25T10:00:00Z')).toBe(7);
    });
  });

  describe('how long ago or ahead, in the largest whole unit', () => {
    it('says days up to a month, in both languages and both directions', () => {
      expect(sv.ago('2026-11-28T06:00:00Z')).toBe('i dag');
      expect(sv.ago('2026-11-27T06:00:00Z')).toBe('i går');
      expect(sv.ago('2026-11-29T06:00:00Z')).toBe('i morgon');
      expect(sv.ago('2026-11-16T12:00:00Z')).toBe('för 12 dagar sedan');
      expect(sv.ago('2026-12-10T12:00:00Z')).toBe('om 12 dagar');
      expect(en.ago('2026-11-28T06:00:00Z')).toBe('today');
      expect(en.ago('2026-11-27T06:00:00Z')).toBe('yesterday');
      expect(en.ago('2026-11-16T12:00:00Z')).toBe('12 days ago');
      expect(en.ago('2026-12-10T12:00:00Z')).toBe('in 12 days');
      // 29 October to 28 November is one day short of a month.
      expect(sv.ago('2026-10-29T12:00:00Z')).toBe('för 30 dagar sedan');
    });

    it('says whole calendar months from a month to a year', () => {
      expect(sv.ago('2026-10-28T12:00:00Z')).toBe('för 1 månad sedan');
      expect(en.ago('2026-10-28T12:00:00Z')).toBe('1 month ago');
      expect(sv.ago('2026-06-01T12:00:00Z')).toBe('för 5 månader sedan');
      expect(sv.ago('2027-02-28T12:00:00Z')).toBe('om 3 månader');
      expect(en.ago('2027-02-28T12:00:00Z')).toBe('in 3 months');
      expect(sv.ago('2025-11-29T12:00:00Z')).toBe('för 11 månader sedan');
    });

    it('says whole years from a year on', () => {
      expect(sv.ago('2025-11-28T12:00:00Z')).toBe('för 1 år sedan');
      expect(sv.ago('2020-03-14T12:00:00Z')).toBe('för 6 år sedan');
      expect(en.ago('2020-03-14T12:00:00Z')).toBe('6 years ago');
      expect(sv.ago('2028-12-01T12:00:00Z')).toBe('om 2 år');
      expect(en.ago('2028-12-01T12:00:00Z')).toBe('in 2 years');
    });

    it('counts the day in Stockholm: 23:30 UTC on 27 November is already the 28th there', () => {
      expect(sv.ago('2026-11-27T23:30:00Z')).toBe('i dag');
      expect(sv.ago('2026-11-27T22:30:00Z')).toBe('i går');
    });

    it('writes the long date with how long ago, and nothing for an unreadable date', () => {
      expect(sv.longDateAgo('2020-03-13T23:00:00Z')).toBe('14 mars 2020 (för 6 år sedan)');
      expect(en.longDateAgo('2020-03-13T23:00:00Z')).toBe('14 March 2020 (6 years ago)');
      expect(sv.longDateAgo('2027-06-01T22:00:00Z')).toBe('2 juni 2027 (om 6 månader)');
      expect(sv.ago('garbage')).toBe('');
      expect(sv.longDateAgo('garbage')).toBe('');
    });
  });

  describe('numbers', () => {
    it('groups thousands as the locale does', () => {
      expect(sv.number(1234)).toBe(`1${NBSP}234`);
      expect(sv.number(1234567)).toBe(`1${NBSP}234${NBSP}567`);
      expect(en.number(1234)).toBe('1,234');
      expect(sv.number(999)).toBe('999');
      expect(sv.number(0)).toBe('0');
      expect(sv.number(12.5)).toBe('12,5');
      expect(en.number(12.5)).toBe('12.5');
    });
  });

  it('reads the UI locale from a loc Locale or a culture name, Swedish by default', () => {
    expect(uiLocale('en-US')).toBe('en-US');
    expect(uiLocale('en-us')).toBe('en-US');
    expect(uiLocale('en-GB')).toBe('en-US');
    expect(uiLocale('sv-SE')).toBe('sv-SE');
    expect(uiLocale('sv-se')).toBe('sv-SE');
    expect(uiLocale(undefined)).toBe('sv-SE');
    expect(uiLocale('fi-FI')).toBe('sv-SE');
    expect(sv.locale).toBe('sv-SE');
    expect(en.locale).toBe('en-US');
  });
});
