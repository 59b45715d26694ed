import { stockholmDayNumber, SWEDISH_TIME_ZONE } from './dates';

/**
 * Dates and numbers as the reader sees them, in the UI language (sv-SE or en-US) and in Swedish
 * time whatever the time zone of the browser or the server. "now" is handed in, so a page can
 * keep one clock and tests can set it.
 */
export type UiLocale = 'sv-SE' | 'en-US';

/** The UI locale for a loc Locale or an SPFx culture name ("en-us", "en-GB", "sv"); Swedish otherwise. */
export function uiLocale(name: string | undefined): UiLocale {
  return name && /^en\b/i.test(name) ? 'en-US' : 'sv-SE';
}

/** Up to this many calendar days back a date reads as "för 3 dagar sedan"; from then on as the date. */
export const RELATIVE_DAYS = 7;

/** A date as shown and in full for its hover title. */
export interface IDateText {
  text: string;
  title: string;
}

export interface IFormatter {
  readonly locale: UiLocale;
  /** "i dag", "i går", "för 3 dagar sedan" up to six days back, then "19 okt." ("19 okt. 2025" in another year); the title is the full date and time. Empty for an unreadable date. */
  date(when: string | Date): IDateText;
  /** "19 okt." this year, "19 okt. 2025" another year ("19 Oct" / "19 Oct 2025"). */
  shortDate(when: string | Date): string;
  /** "19 oktober 2026" ("19 October 2026"). */
  longDate(when: string | Date): string;
  /** "19 oktober 2026 14:05" ("19 October 2026 at 14:05"): the hover title. */
  dateTime(when: string | Date): string;
  /** Calendar days in Stockholm from the date to now (0 today, 1 yesterday, negative ahead); null for an unreadable date. */
  daysAgo(when: string | Date): number | null;
  /**
   * How long ago or ahead, in the largest whole unit that fits: "i dag", "i går", "i morgon", "för 12 dagar sedan"
   * and "om 12 dagar" up to a month, then "för 5 månader sedan"/"om 3 månader", from a year "för 6 år sedan"
   * ("today", "12 days ago", "in 3 months", "6 years ago"). Calendar days and months in Stockholm; empty for an unreadable date.
   */
  ago(when: string | Date): string;
  /** "14 mars 2020 (för 6 år sedan)" ("14 March 2020 (6 years ago)"): the long date and how long ago. */
  longDateAgo(when: string | Date): string;
  /** "1 234" ("1,234"). */
  number(value: number): string;
}

interface IFormats {
  shortThisYear: Intl.DateTimeFormat;
  shortOtherYear: Intl.DateTimeFormat;
  long: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  dayWords: Intl.RelativeTimeFormat;
  days: Intl.RelativeTimeFormat;
  number: Intl.NumberFormat;
}

/** Whole calendar months from one Stockholm day number to a later or equal one (14 March to 13 April: 0, to 14 April: 1). */
function wholeMonths(fromDay: number, toDay: number): number {
  const from = new Date(fromDay * 86400000);
  const to = new Date(toDay * 86400000);
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

const yearFormat = new Intl.DateTimeFormat('en-US', { timeZone: SWEDISH_TIME_ZONE, year: 'numeric' });

// Building an Intl format is slow next to using one: one set per locale for the page's life.
const formatsByLocale = new Map<UiLocale, IFormats>();

function formatsFor(locale: UiLocale): IFormats {
  let formats = formatsByLocale.get(locale);
  if (!formats) {
    const zone = SWEDISH_TIME_ZONE;
    // English dates in the day-month-year order of the Swedish ones: "19 Oct 2026", not "Oct 19, 2026".
    const dates = locale === 'en-US' ? 'en-GB' : locale;
    formats = {
      shortThisYear: new Intl.DateTimeFormat(dates, { timeZone: zone, day: 'numeric', month: 'short' }),
      shortOtherYear: new Intl.DateTimeFormat(dates, { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' }),
      long: new Intl.DateTimeFormat(dates, { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' }),
      dateTime: new Intl.DateTimeFormat(dates, { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
      // "i dag", "i går" (auto); "för 2 dagar sedan", not "i förrgår" (always).
      dayWords: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
      days: new Intl.RelativeTimeFormat(locale, { numeric: 'always' }),
      number: new Intl.NumberFormat(locale)
    };
    formatsByLocale.set(locale, formats);
  }
  return formats;
}

function readable(when: string | Date): Date | undefined {
  const date = typeof when === 'string' ? new Date(when) : when;
  return isNaN(date.getTime()) ? undefined : date;
}

export function createFormatter(locale: UiLocale, now: () => Date = () => new Date()): IFormatter {
  const formats = formatsFor(locale);

  const shortDate = (when: string | Date): string => {
    const date = readable(when);
    if (!date) return '';
    const sameYear = yearFormat.format(date) === yearFormat.format(now());
    return (sameYear ? formats.shortThisYear : formats.shortOtherYear).format(date);
  };
  const longDate = (when: string | Date): string => {
    const date = readable(when);
    return date ? formats.long.format(date) : '';
  };
  const dateTime = (when: string | Date): string => {
    const date = readable(when);
    return date ? formats.dateTime.format(date) : '';
  };
  const daysAgo = (when: string | Date): number | null => {
    const date = readable(when);
    return date ? stockholmDayNumber(now()) - stockholmDayNumber(date) : null;
  };

  const ago = (when: string | Date): string => {
    const date = readable(when);
    if (!date) return '';
    const today = stockholmDayNumber(now());
    const day = stockholmDayNumber(date);
    const days = today - day;
    if (Math.abs(days) <= 1) return formats.dayWords.format(-days, 'day');
    const months = days > 0 ? wholeMonths(day, today) : wholeMonths(today, day);
    const sign = days > 0 ? -1 : 1;
    if (months < 1) return formats.days.format(-days, 'day');
    if (months < 12) return formats.days.format(sign * months, 'month');
    return formats.days.format(sign * Math.floor(months / 12), 'year');
  };

  return {
    locale,
    date(when: string | Date): IDateText {
      const days = daysAgo(when);
      if (days === null) return { text: '', title: '' };
      const title = dateTime(when);
      if (days === 0 || days === 1) return { text: formats.dayWords.format(-days, 'day'), title };
      if (days > 1 && days < RELATIVE_DAYS) return { text: formats.days.format(-days, 'day'), title };
      // Older, or ahead (a date set for later): the date itself.
      return { text: shortDate(when), title };
    },
    shortDate,
    longDate,
    dateTime,
    daysAgo,
    ago,
    longDateAgo: (when: string | Date): string => {
      const text = longDate(when);
      return text ? `${text} (${ago(when)})` : '';
    },
    number: (value: number): string => formats.number.format(value)
  };
}
