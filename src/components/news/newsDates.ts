import { relativeDate } from '../../core/dates';
import { formatText } from '../common/formatText';
import { swedishFormat } from '../common/swedishFormat';
import type { INewsFeedStrings } from './newsStrings';

/** The date of an item as shown ("i går") and in full for its tooltip ("27 november 2026 14:05"). */
export type NewsDateFormatter = (iso: string, now: Date) => { text: string; title: string };

/**
 * The rules (calendar days in Stockholm, four weeks of "ago") are core's; the words come from
 * loc/, and dates themselves are written as in Sweden whatever the UI language: "12 mars 2025",
 * or as `absolute` writes them (Min sida: "12 okt. 2025").
 */
export function createNewsDateFormatter(strings: INewsFeedStrings['Dates'], absolute: (iso: string) => string = swedishFormat.longDate): NewsDateFormatter {
  return (iso: string, now: Date) => {
    const relative = relativeDate(iso, now);
    let text: string;
    switch (relative.kind) {
      case 'today': text = strings.Today; break;
      case 'yesterday': text = strings.Yesterday; break;
      case 'days': text = formatText(strings.DaysAgo, relative.count); break;
      case 'weeks': text = relative.count === 1 ? strings.WeekAgo : formatText(strings.WeeksAgo, relative.count); break;
      default: text = absolute(iso);
    }
    return { text, title: swedishFormat.dateTime(iso) };
  };
}
