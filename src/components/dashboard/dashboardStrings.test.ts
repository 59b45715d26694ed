import * as strings from 'PersonalDashboardWebPartStrings';
import { dayHeading } from './dashboardStrings';
import type { IDashboardStrings } from './dashboardStrings';

// The English loc file's words, as SPFx would load them in the English UI.
const english = { ...strings, Dashboard: { ...strings.Dashboard, Today: 'Today', Tomorrow: 'Tomorrow' } } as IDashboardStrings;
const NOW = new Date('2026-11-30T23:30:00Z'); // 00:30 on Tuesday 1 December in Stockholm

describe('dayHeading', () => {
  it('names today and tomorrow in Stockholm, then the weekday and date, in Swedish', () => {
    expect(dayHeading(strings, '2026-12-01', NOW)).toBe('I dag, tisdag 1 december');
    expect(dayHeading(strings, '2026-12-02', NOW)).toBe('I morgon, onsdag 2 december');
    expect(dayHeading(strings, '2026-12-03', NOW)).toBe('Torsdag 3 december');
  });

  it('writes the day in English in the English UI', () => {
    expect(dayHeading(english, '2026-12-01', NOW, 'en-US')).toBe('Today, Tuesday 1 December');
    expect(dayHeading(english, '2026-12-03', NOW, 'en-US')).toBe('Thursday 3 December');
  });
});
