import * as React from 'react';
import type { IFormatter } from '../../core/formatting';

export interface IDateTextProps {
  /** The date or moment (ISO 8601); nothing is rendered for an empty or unreadable one. */
  iso: string | null | undefined;
  /** The page's formatter: the UI language and the page's clock. */
  formatter: IFormatter;
  /**
   * `when` (the default): something that happened, "i går", "för 3 dagar sedan" up to a week back, then
   * "19 okt." ("19 okt. 2025" in another year). `day`: a day set by someone (a due or review date),
   * always written as the date by the same year rule. `dayAgo`: a set day in full with how long ago or ahead,
   * "14 mars 2020 (för 6 år sedan)".
   */
  kind?: 'when' | 'day' | 'dayAgo';
  className?: string;
}

/**
 * A date as every page writes it: the one style of the shared formatter, in a `<time>` whose
 * `dateTime` is the date itself and whose title is the date in full.
 */
export function DateText(props: IDateTextProps): React.ReactElement | null {
  const { iso, formatter } = props;
  if (!iso) return null;
  const shown = props.kind === 'day' ? { text: formatter.shortDate(iso), title: formatter.longDate(iso) }
    : props.kind === 'dayAgo' ? { text: formatter.longDateAgo(iso), title: formatter.longDate(iso) }
      : formatter.date(iso);
  if (!shown.text) return null;
  return <time className={props.className} dateTime={iso} title={shown.title}>{shown.text}</time>;
}
