import * as React from 'react';
import type { INewsFeedClassNames } from './newsFeedStyles';

export interface IFeedNoticeProps {
  text: string;
  /** An error is announced at once (role alert); information waits its turn (role status). */
  severity: 'error' | 'info';
  actionText?: string;
  onAction?(): void;
  classNames: INewsFeedClassNames;
}

/** A message inside the feed, with an optional action such as "Försök igen". */
export function FeedNotice(props: IFeedNoticeProps): React.ReactElement {
  const { classNames } = props;
  return (
    <div
      className={props.severity === 'error' ? `${classNames.notice} ${classNames.noticeError}` : classNames.notice}
      role={props.severity === 'error' ? 'alert' : 'status'}
    >
      <p className={classNames.noticeText}>{props.text}</p>
      {props.actionText && props.onAction && (
        <button type="button" className={classNames.button} onClick={props.onAction}>{props.actionText}</button>
      )}
    </div>
  );
}
