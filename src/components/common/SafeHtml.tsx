import * as React from 'react';
import { sanitizeHtml } from './sanitizeHtml';

export interface ISafeHtmlProps {
  html: string;
  className?: string;
  /** Block content by default; spans for inline fragments. */
  as?: 'div' | 'span';
}

/** The only component allowed to set inner HTML: the markup is sanitized first. */
export function SafeHtml(props: ISafeHtmlProps): React.ReactElement {
  const Tag = props.as || 'div';
  const markup = React.useMemo(() => ({ __html: sanitizeHtml(props.html) }), [props.html]);
  // data-safe-html marks content markup, so tests can hold what is inside to the rich-text allow-list.
  return <Tag className={props.className} data-safe-html="" dangerouslySetInnerHTML={markup} />;
}
