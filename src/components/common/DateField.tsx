import * as React from 'react';
import { DatePicker } from '@fluentui/react/lib/DatePicker';
import { DayOfWeek, FirstWeekOfYear } from '@fluentui/react/lib/DateTimeUtilities';
import type { IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import { commonStrings } from './commonStrings';

export interface IDateFieldProps {
  /** The text field's id, for a <label htmlFor> beside it. */
  id: string;
  /** The day as yyyy-mm-dd, or '' for none. */
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
}

/** A day written as yyyy-mm-dd: the Swedish way (SS-ISO 8601), and the value the forms keep. */
export function dayText(date: Date): string {
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** yyyy-mm-dd (also with one-digit month and day) as that day, local time; null when it is not a day. */
export function parseDay(text: string): Date | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (!m) {
    return null;
  }
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.getFullYear() === Number(m[1]) && date.getMonth() === Number(m[2]) - 1 && date.getDate() === Number(m[3]) ? date : null;
}

/** Month and day names in the UI language, from the browser's Intl, and the calendar's texts. */
function pickerStrings(): IDatePickerStrings {
  const locale = commonStrings.Locale;
  const names = (count: number, date: (i: number) => Date, options: Intl.DateTimeFormatOptions): string[] =>
    Array.from({ length: count }, (_, i) => new Intl.DateTimeFormat(locale, options).format(date(i)));
  const month = (i: number): Date => new Date(2026, i, 1);
  // 2026-01-04 is a Sunday: Fluent's day names begin with Sunday.
  const day = (i: number): Date => new Date(2026, 0, 4 + i);
  const s = commonStrings.DateField;
  return {
    months: names(12, month, { month: 'long' }),
    shortMonths: names(12, month, { month: 'short' }).map((m) => m.replace(/\.$/, '')),
    days: names(7, day, { weekday: 'long' }),
    shortDays: names(7, day, { weekday: 'narrow' }),
    goToToday: s.GoToToday,
    prevMonthAriaLabel: s.PreviousMonth,
    nextMonthAriaLabel: s.NextMonth,
    prevYearAriaLabel: s.PreviousYear,
    nextYearAriaLabel: s.NextYear,
    closeButtonAriaLabel: s.Close,
    weekNumberFormatString: s.Week,
    invalidInputErrorMessage: s.Invalid,
    openCalendarTitle: s.OpenCalendar
  } as IDatePickerStrings;
}

/**
 * A date field that looks and reads the same in every host and theme (a native date field stays
 * bright in Teams' dark theme and writes the browser's format, "mm/dd/yyyy"): Fluent's DatePicker,
 * written yyyy-mm-dd, weeks from Monday with their numbers as Swedish calendars have them, and
 * typing allowed, so the keyboard needs no calendar.
 */
export function DateField(props: IDateFieldProps): React.ReactElement {
  const strings = React.useMemo(pickerStrings, []);
  const value = props.value ? parseDay(props.value) : null;
  return (
    <DatePicker
      value={value || undefined}
      onSelectDate={(date) => props.onChange(date ? dayText(date) : '')}
      formatDate={(date) => (date ? dayText(date) : '')}
      parseDateFromString={(text) => parseDay(text)}
      allowTextInput={true}
      firstDayOfWeek={DayOfWeek.Monday}
      firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
      showWeekNumbers={true}
      showGoToToday={true}
      strings={strings}
      placeholder={commonStrings.DateField.Format}
      disabled={props.disabled}
      textField={{ id: props.id }}
    />
  );
}
