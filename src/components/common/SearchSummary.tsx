import * as React from 'react';
import { summarySegments } from '../../core/searchSummary';

export interface ISearchSummaryProps {
  /** A search hit's summary as Graph returns it (`<c0>` highlights, `<ddd/>` elisions). */
  summary: string;
  className?: string;
}

/**
 * A search hit's summary: highlights as <mark>, elisions as "…", and everything else as text.
 * Never HTML: an editor's markup in a description must not load a picture or stand in as content.
 */
export function SearchSummary(props: ISearchSummaryProps): React.ReactElement {
  const segments = React.useMemo(() => summarySegments(props.summary), [props.summary]);
  return (
    <div className={props.className} data-search-summary="">
      {segments.map((segment, i) => ('ellipsis' in segment ? '…' : segment.highlight ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </div>
  );
}
