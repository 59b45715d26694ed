import * as React from 'react';
import { errorText } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { formatText } from '../common/formatText';
import type { IDashboardClassNames } from './dashboardStyles';
import type { IDashboardStrings } from './dashboardStrings';
import type { IFormatter } from '../../core/formatting';

/* The frame every dashboard section shares: its card and heading, and what it shows while it loads or once it failed. */

/** What every section of the dashboard is given. */
export interface ICommonProps {
  strings: IDashboardStrings;
  classNames: IDashboardClassNames;
  now: Date;
  /** Dates in the UI language on the page's clock: relative up to a week, then "19 okt.". */
  formatter: IFormatter;
  /** Teams: links open in a new window, as Teams users expect of pages and documents. */
  newWindow: boolean;
}

export function css(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(' ');
}

export function targetOf(newWindow: boolean): { target?: string; rel?: string } {
  return newWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {};
}

/** A card with a heading; the heading's id labels the region. */
export function Section(props: { id: string; title: string; classNames: IDashboardClassNames; wide?: boolean; action?: React.ReactNode; children: React.ReactNode }): React.ReactElement {
  const headingId = `samverka-dashboard-${props.id}`;
  return (
    <section className={css(props.classNames.card, props.wide && props.classNames.cardWide)} aria-labelledby={headingId} data-section={props.id}>
      <div className={props.classNames.cardHeader}>
        <h2 id={headingId} className={props.classNames.cardTitle}>{props.title}</h2>
        {props.action}
      </div>
      {props.children}
    </section>
  );
}

/**
 * A failed section: what happened, in the reader's language, and a retry. A 403 names the permission an admin must approve;
 * after a 401 (the sign-in ran out) the button is "Ladda om sidan" and reloads the page instead.
 */
export function SectionFailure(props: ICommonProps & { code: string; forbiddenText?: string; scope?: string; onRetry: () => void }): React.ReactElement {
  const { strings, classNames } = props;
  const permission = props.code === 'forbidden' && props.forbiddenText && props.scope;
  const action = failureAction(props.code, props.onRetry);
  return (
    <div className={classNames.notice} role="alert">
      {permission ? (
        <>
          <p className={classNames.noticeTitle}>{props.forbiddenText}</p>
          <p style={{ margin: 0 }}>{formatText(strings.Permission.AdminHint, props.scope!)}</p>
        </>
      ) : (
        <p className={classNames.noticeTitle}>{errorText(props.code)}</p>
      )}
      <button type="button" className={classNames.button} onClick={action.onClick}>{action.text}</button>
    </div>
  );
}

export function Loading(props: { classNames: IDashboardClassNames; text: string }): React.ReactElement {
  return <p className={props.classNames.empty} role="status">{props.text}</p>;
}
