import { formatRelativeDateSv, formatSwedishDate, formatSwedishDateTime, relativeDate, stockholmDayNumber } from './dates';

describe('Swedish dates', () => {
  const now = new Date('2026-11-28T10:00:00Z'); // 11:00 in Stockholm

  it('says i dag, i går, days and weeks, then the date', () => {
    expect(formatRelativeDateSv('2026-11-28T06:00:00Z', now)).toBe('i dag');
    expect(formatRelativeDateSv('2026-11-27T06:00:00Z', now)).toBe('i går');
    expect(formatRelativeDateSv('2026-11-25T12:00:00Z', now)).toBe('för 3 dagar sedan');
    expect(formatRelativeDateSv('2026-11-22T12:00:00Z', now)).toBe('för 6 dagar sedan');
    expect(formatRelativeDateSv('2026-11-21T12:00:00Z', now)).toBe('för en vecka sedan');
    expect(formatRelativeDateSv('2026-11-14T12:00:00Z', now)).toBe('för 2 veckor sedan');
    expect(formatRelativeDateSv('2026-11-01T12:00:00Z', now)).toBe('för 3 veckor sedan');
    expect(formatRelativeDateSv('2026-10-31T12:00:00Z', now)).toBe('31 oktober 2026');
    expect(formatRelativeDateSv('2025-03-12T09:00:00Z', now)).toBe('12 mars 2025');
  });

  it('counts calendar days in Stockholm, not 24-hour periods or UTC days', () => {
    const lateEvening = new Date('2026-11-28T22:30:00Z'); // 23:30 in Stockholm
    expect(relativeDate('2026-11-28T00:30:00Z', lateEvening)).toEqual({ kind: 'today' }); // 01:30 the same day
    const justAfterMidnight = new Date('2026-11-28T23:05:00Z'); // 00:05 on the 29th in Stockholm
    expect(relativeDate('2026-11-28T22:55:00Z', justAfterMidnight)).toEqual({ kind: 'yesterday' });
    // Summer time: 23:30 UTC on 30 June is already 1 July in Stockholm.
    expect(formatSwedishDate('2026-06-30T23:30:00Z')).toBe('1 juli 2026');
    expect(stockholmDayNumber(new Date('2026-06-30T23:30:00Z')) - stockholmDayNumber(new Date('2026-06-30T21:30:00Z'))).toBe(1);
  });

  it('gives the date for the future and nothing for unreadable dates', () => {
    expect(formatRelativeDateSv('2026-12-24T12:00:00Z', now)).toBe('24 december 2026');
    expect(relativeDate('garbage', now)).toEqual({ kind: 'date' });
    expect(formatSwedishDate('garbage')).toBe('');
    expect(formatRelativeDateSv('garbage', now)).toBe('');
  });

  it('formats date and time in Swedish time', () => {
    expect(formatSwedishDateTime('2026-11-28T13:05:00Z')).toMatch(/^28 november 2026( kl\.)? 14:05$/);
  });
});
