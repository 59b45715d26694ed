import { addDays, stockholmDate } from '../../core/dashboardRules';
import type { UiLocale } from '../../core/formatting';

/**
 * The text of "Min sida", handed in by the web part from its loc/ files (or by the workbench and
 * tests): the groups of PersonalDashboardWebPartStrings the components read. Retry, reload,
 * loading and why something failed come from CommonStrings.
 */
export type IDashboardStrings = Pick<IPersonalDashboardWebPartStrings, 'Dashboard' | 'FileTypes' | 'Permission'>;

/** The Graph permission each section needs, named in the message an admin acts on. */
export const SECTION_SCOPES = {
  calendar: 'Calendars.ReadBasic',
  documents: 'Files.Read.All',
  settings: 'User.ReadWrite'
} as const;

// A wall-clock day (YYYY-MM-DD) written at noon UTC, so no time zone moves it to another day.
const dayFormats: Record<UiLocale, Intl.DateTimeFormat> = {
  'sv-SE': new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }),
  'en-US': new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
};

/** A calendar day's heading: "I dag", "I morgon" or "Onsdag 2 december" ("Wednesday 2 December" in the English UI). */
export function dayHeading(strings: IDashboardStrings, date: string, now: Date, locale: UiLocale = 'sv-SE'): string {
  const dayFormat = dayFormats[locale];
  const today = stockholmDate(now);
  if (date === today) {
    return `${strings.Dashboard.Today}, ${dayFormat.format(new Date(`${date}T12:00:00Z`))}`;
  }
  if (date === addDays(today, 1)) {
    return `${strings.Dashboard.Tomorrow}, ${dayFormat.format(new Date(`${date}T12:00:00Z`))}`;
  }
  const text = dayFormat.format(new Date(`${date}T12:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "09:00–10:30" from wall-clock times; an event that runs past midnight shows its end as is. */
export function timeRange(start: string, end: string): string {
  return `${start.slice(11, 16)}–${end.slice(11, 16)}`;
}

export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(w => w !== '');
  const first = words[0] ? words[0].charAt(0) : '';
  const last = words.length > 1 ? words[words.length - 1].charAt(0) : '';
  return (first + last).toUpperCase();
}
