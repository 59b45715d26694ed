import * as React from 'react';
import { Shimmer, ShimmerElementType } from '@fluentui/react/lib/Shimmer';
import type { NewsLayout } from '../../settings/targetedNews';
import type { INewsFeedClassNames } from './newsFeedStyles';

export interface INewsShimmerProps {
  layout: NewsLayout;
  count: number;
  label: string;
  classNames: INewsFeedClassNames;
}

const ROW = [
  { type: ShimmerElementType.line, width: 168, height: 94 },
  { type: ShimmerElementType.gap, width: 16, height: 94 },
  { type: ShimmerElementType.line, height: 18 }
];

/** Placeholders shaped like the layout that is coming, so the page does not jump when it arrives. */
export function NewsShimmer(props: INewsShimmerProps): React.ReactElement {
  const { classNames } = props;
  const rows = Math.min(props.count, props.layout === 'cards' ? 4 : 3);
  const placeholders: React.ReactElement[] = [];
  for (let i = 0; i < rows; i++) {
    placeholders.push(props.layout === 'cards'
      ? <li key={i} className={i === 0 ? `${classNames.card} ${classNames.hero}` : classNames.card}>
        <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: i === 0 ? 220 : 140 }]} />
      </li>
      : <li key={i} className={classNames.shimmerRow}><Shimmer shimmerElements={ROW} /></li>);
  }
  return (
    <div aria-busy="true">
      <span className={classNames.visuallyHidden} role="status">{props.label}</span>
      <ul className={props.layout === 'cards' ? classNames.cards : classNames.list} aria-hidden="true">{placeholders}</ul>
    </div>
  );
}
