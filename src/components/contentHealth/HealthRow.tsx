import * as React from 'react';
import { formatCalendarDay, ownerMailLink, ownerTeamsChatLink } from '../../core/contentHealth';
import type { AssessedContent } from '../../core/contentHealth';
import type { IContentHealthClassNames } from './contentHealthStyles';
import { formatString } from './contentHealthStrings';
import type { IContentHealthStrings } from './contentHealthStrings';

export function siteTitle(sites: ReadonlyArray<{ sitePath: string; title: string }>, sitePath: string): string {
  const found = sites.filter(s => s.sitePath.toLowerCase() === sitePath.toLowerCase())[0];
  return found ? found.title : sitePath;
}

export interface IHealthRowProps {
  item: AssessedContent;
  sites: ReadonlyArray<{ sitePath: string; title: string }>;
  selected: boolean;
  onToggle: () => void;
  strings: IContentHealthStrings;
  classNames: IContentHealthClassNames;
}

/** One item of the report: its status and why, when it is due, and a mail or Teams chat to its owner. */
export function HealthRow(props: IHealthRowProps): React.ReactElement {
  const { strings, classNames } = props;
  const { record, assessment } = props.item;
  const ownerText = record.owner
    ? `${record.owner.displayName}${assessment.reasons.indexOf('ownerLeft') >= 0 ? ` ${strings.OwnerLeft}` : ''}`
    : strings.NoOwner;
  const review = assessment.effectiveReviewDay ? formatCalendarDay(assessment.effectiveReviewDay) : '';
  const when = assessment.status === 'stale'
    ? (assessment.overdueDays > 0 ? formatString(strings.OverdueDays, assessment.overdueDays) : '')
    : assessment.daysToReview === 0 ? strings.DueToday
      : assessment.daysToReview !== undefined ? formatString(strings.DueInDays, assessment.daysToReview) : '';
  const o = record.owner;
  return (
    <tr data-status={assessment.status} data-reasons={assessment.reasons.join(' ')} data-url={record.url}>
      <td className={classNames.selectCell}>
        <input type="checkbox" aria-label={formatString(strings.Columns.SelectItem, record.title)}
          checked={props.selected} onChange={props.onToggle} />
      </td>
      <th scope="row" className={classNames.titleCell}><a href={record.url}>{record.title}</a></th>
      <td>{strings.Kinds[record.kind]}</td>
      <td>{siteTitle(props.sites, record.sitePath)}</td>
      <td>{ownerText}</td>
      <td>
        <span className={assessment.status === 'stale' ? classNames.stale : assessment.status === 'due' ? classNames.due : classNames.fresh}>
          {strings.Status[assessment.status]}
        </span>
        {assessment.reasons.length > 0 && <span className={classNames.reasons}>{assessment.reasons.map(r => strings.Reasons[r]).join(', ')}</span>}
      </td>
      <td>{review ? <time dateTime={review} className={classNames.date}>{review}</time> : null}{when ? <span className={classNames.reasons}>{when}</span> : null}</td>
      <td className={classNames.contact}>
        {o && (
          <>
            <a href={ownerMailLink(o, formatString(strings.Actions.MailSubject, record.title), formatString(strings.Actions.MailBody, record.title, record.url))}
              aria-label={formatString(strings.Actions.MailLabel, o.displayName, record.title)}>{strings.Actions.Mail}</a>
            <a href={ownerTeamsChatLink(o, formatString(strings.Actions.TeamsMessage, record.title, record.url))} target="_blank" rel="noopener noreferrer"
              aria-label={formatString(strings.Actions.TeamsLabel, o.displayName, record.title)}>{strings.Actions.Teams}</a>
          </>
        )}
      </td>
    </tr>
  );
}
