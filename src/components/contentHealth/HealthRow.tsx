import * as React from 'react';
import { formatCalendarDay, ownerMailLink, ownerTeamsChatLink } from '../../core/contentHealth';
import type { AssessedContent } from '../../core/contentHealth';
import type { IFormatter } from '../../core/formatting';
import { DateText } from '../common/DateText';
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
  formatter: IFormatter;
}

/** One item of the report: its level and why, when it is due, and a mail or Teams chat to its owner. A card at phone width. */
export function HealthRow(props: IHealthRowProps): React.ReactElement {
  const { strings, classNames, formatter } = props;
  const { record, assessment } = props.item;
  const ownerText = record.owner
    ? `${record.owner.displayName}${assessment.reasons.indexOf('ownerLeft') >= 0 ? ` ${strings.OwnerLeft}` : ''}`
    : strings.NoOwner;
  const review = assessment.effectiveReviewDay ? formatCalendarDay(assessment.effectiveReviewDay) : '';
  const changed = record.modifiedAt || record.createdAt;
  const o = record.owner;
  const c = strings.Columns;
  return (
    <tr data-status={assessment.status} data-urgency={assessment.urgency} data-reasons={assessment.reasons.join(' ')} data-url={record.url}>
      <td className={classNames.selectCell}>
        <input type="checkbox" aria-label={formatString(c.SelectItem, record.title)}
          checked={props.selected} onChange={props.onToggle} />
      </td>
      <th scope="row" className={classNames.titleCell}><a href={record.url}>{record.title}</a></th>
      <td data-label={c.Kind}>{strings.Kinds[record.kind]}</td>
      <td data-label={c.Site}>{siteTitle(props.sites, record.sitePath)}</td>
      <td data-label={c.Owner}>{ownerText}</td>
      <td data-label={c.Status}>
        <span className={classNames[assessment.urgency]}>{strings.Level[assessment.urgency]}</span>
        {assessment.reasons.length > 0 && <span className={classNames.reasons}>{assessment.reasons.map(r => strings.Reasons[r]).join(', ')}</span>}
      </td>
      <td data-label={c.Review}>
        <DateText iso={review} formatter={formatter} kind="dayAgo" className={classNames.date} />
        {changed && assessment.reasons.indexOf('unchanged') >= 0 && (
          <span className={classNames.reasons}>{formatString(strings.LastChanged, formatter.longDateAgo(changed))}</span>
        )}
      </td>
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
