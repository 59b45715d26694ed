import * as React from 'react';
import { resolveHostTheme } from '../common/hostTheme';
import type { HostTheme } from '../common/hostTheme';
import { uiFormatter } from '../common/commonStrings';
import { getNewsFeedClassNames } from './newsFeedStyles';
import { NewsFeedView } from './NewsFeedView';
import { NewsStringsContext } from './newsStrings';
import type { INewsFeedStrings } from './newsStrings';
import { useNewsFeed } from './useNewsFeed';
import type { SamverkaServices } from '../../core/ports';
import { checkTargetedNewsProperties } from '../../settings/targetedNews';
import type { SavedTargetedNewsProps } from '../../settings/targetedNews';

export interface ITargetedNewsProps {
  services: SamverkaServices;
  /** The web part properties as saved on the page; read here with the web part's own parsers. */
  properties: SavedTargetedNewsProps;
  strings: INewsFeedStrings;
  /** The SharePoint section's theme or the Teams theme; Fluent's default without one. */
  hostTheme?: HostTheme;
  /** The clock relative dates and boosts are measured against; now when not given. */
  now?: Date;
}

/**
 * The Targeted news web part's view: news of the user's municipalities and the shared site,
 * aimed at them, with chips per municipality and paging. Rendered by the SPFx web part and by
 * the local workbench alike.
 */
export function TargetedNews(props: ITargetedNewsProps): React.ReactElement {
  const settings = checkTargetedNewsProperties(props.properties).values;
  const theme = React.useMemo(() => resolveHostTheme(props.hostTheme), [props.hostTheme]);
  const classNames = React.useMemo(() => getNewsFeedClassNames(theme), [theme]);
  const now = props.now;
  // Dates in the one style of every page, in the UI language, on the clock handed in.
  const formatter = React.useMemo(() => uiFormatter(now ? () => now : undefined), [now]);
  const feed = useNewsFeed(props.services, settings.itemCount, settings.sources, settings.boostedOnTop);

  return (
    <NewsStringsContext.Provider value={props.strings}>
      {/* No Fluent component inside: the feed's own class names carry the theme, so no ThemeProvider (nor its code) is needed. */}
      <NewsFeedView feed={feed} settings={settings} classNames={classNames} now={now || new Date()} formatter={formatter} />
    </NewsStringsContext.Provider>
  );
}

export default TargetedNews;
