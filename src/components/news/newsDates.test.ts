import * as strings from 'TargetedNewsWebPartStrings';
import { createNewsDateFormatter } from './newsDates';

describe('createNewsDateFormatter', () => {
  const format = createNewsDateFormatter(strings.Dates);
  const now = new Date('2026-11-28T10:00:00Z');

  it('says how long ago in the words of loc/', () => {
    expect(format('2026-11-28T06:00:00Z', now).text).toBe('i dag');
    expect(format('2026-11-27T12:00:00Z', now).text).toBe('i går');
    expect(format('2026-11-25T12:00:00Z', now).text).toBe('för 3 dagar sedan');
    expect(format('2026-11-20T12:00:00Z', now).text).toBe('för en vecka sedan');
    expect(format('2026-11-10T12:00:00Z', now).text).toBe('för 2 veckor sedan');
  });

  it('gives the Swedish date for older news, and the full date and time as the title', () => {
    const date = format('2026-03-12T13:05:00Z', now);
    expect(date.text).toBe('12 mars 2026');
    expect(date.title).toContain('12 mars 2026');
    expect(date.title).toContain('14:05');
  });
});
