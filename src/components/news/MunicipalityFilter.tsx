import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import type { NewsSource } from '../../core/membership';
import { useNewsStrings } from './newsStrings';
import type { INewsFeedClassNames } from './newsFeedStyles';
import { isSameSite } from './newsSources';

export interface IMunicipalityFilterProps {
  sources: NewsSource[];
  /** Site path of the selected source; undefined: all. */
  selected: string | undefined;
  onSelect(sitePath: string | undefined): void;
  classNames: INewsFeedClassNames;
}

/**
 * Chips that narrow the feed to one municipality (or the shared site). Toggle buttons with
 * aria-pressed: each is reachable with Tab and says whether it is the one in effect.
 */
export function MunicipalityFilter(props: IMunicipalityFilterProps): React.ReactElement {
  const strings = useNewsStrings();
  const labelId = React.useMemo(() => getId('news-filter-label'), []);
  const { classNames } = props;
  const chip = (key: string, label: string, sitePath: string | undefined): React.ReactElement => {
    const pressed = sitePath === undefined ? props.selected === undefined : !!props.selected && isSameSite(props.selected, sitePath);
    return (
      <button
        key={key}
        type="button"
        className={pressed ? `${classNames.chip} ${classNames.chipSelected}` : classNames.chip}
        aria-pressed={pressed}
        onClick={() => { if (!pressed) props.onSelect(sitePath); }}
      >
        {label}
      </button>
    );
  };

  return (
    <div className={classNames.filter} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={classNames.filterLabel}>{strings.Feed.FilterLabel}</span>
      {chip('all', strings.Feed.FilterAll, undefined)}
      {props.sources.map((source) => chip(source.sitePath, source.title, source.sitePath))}
    </div>
  );
}
