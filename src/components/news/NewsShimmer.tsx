import * as React from 'react';
import type { NewsLayout } from '../../settings/targetedNews';
import type { INewsFeedClassNames } from './newsFeedStyles';

export interface INewsShimmerProps {
  layout: NewsLayout;
  count: number;
  label: string;
  classNames: INewsFeedClassNames;
}

/**
 * Placeholders shaped like the layout that is coming, so the page does not jump when it arrives.
 * Plain blocks styled by the feed (newsFeedStyles): the first render downloads no placeholder
 * component of its own.
 */
export function NewsShimmer(props: INewsShimmerProps): React.ReactElement {
  const { classNames } = props;
  const rows = Math.min(props.count, props.layout === 'cards' ? 4 : 3);
  const placeholders: React.ReactElement[] = [];
  for (let i = 0; i < rows; i++) {
    placeholders.push(props.layout === 'cards'
      ? <li key={i} className={i === 0 ? `${classNames.card} ${classNames.hero}` : classNames.card}>
        <span className={classNames.shimmer} style={{ height: i === 0 ? 220 : 140 }} />
      </li>
      : <li key={i} className={classNames.shimmerRow}>
        <span className={classNames.shimmer} style={{ width: 168, height: 94 }} />
        <span className={`${classNames.shimmer} ${classNames.shimmerLine}`} />
      </li>);
  }
  return (
    <div aria-busy="true">
      <span className={classNames.visuallyHidden} role="status">{props.label}</span>
      <ul className={props.layout === 'cards' ? classNames.cards : classNames.list} aria-hidden="true">{placeholders}</ul>
    </div>
  );
}
