import { checkProperties, defaultsOf, parseChoice, parseCount, parseText, parseTextList } from './properties';
import type { ICheckedProperties, ICountLimits, PropertyParsers } from './properties';
import { DEFAULT_BOOST_LIMIT } from '../core/newsRanking';

/**
 * The settings of "Riktade nyheter" (Targeted news): the web part class, its property pane, the
 * feed and the workbench read them from here.
 */

/** How the feed is laid out: a list, or cards with a large first item. */
export type NewsLayout = 'list' | 'cards';
export const NEWS_LAYOUTS: readonly NewsLayout[] = ['list', 'cards'];

/** News per page. A search page larger than 30 gains little and slows the first paint. */
export const NEWS_ITEM_COUNT: ICountLimits = { min: 1, max: 30, default: 6 };

/**
 * Boosted ("Utvald") news placed above the rest at most (see BoostPolicy). 0 places none there;
 * more than 5 would bury the newest news below the fold, which is what the limit is for.
 */
export const NEWS_BOOSTED_ON_TOP: ICountLimits = { min: 0, max: 5, default: DEFAULT_BOOST_LIMIT };

export interface ITargetedNewsWebPartProps {
  /** Empty: the localized default title. */
  title: string;
  layout: NewsLayout;
  itemCount: number;
  /** At most this many boosted news above the rest. */
  boostedOnTop: number;
  /** Server-relative site paths; empty: the user's municipalities and the shared site. */
  sources: string[];
}

/** The properties as a page saved them: anything, of any shape. */
export type SavedTargetedNewsProps = { [K in keyof ITargetedNewsWebPartProps]?: unknown };

const PARSERS: PropertyParsers<ITargetedNewsWebPartProps> = {
  title: parseText,
  layout: (value) => parseChoice(value, NEWS_LAYOUTS, 'list'),
  itemCount: (value) => parseCount(value, NEWS_ITEM_COUNT),
  boostedOnTop: (value) => parseCount(value, NEWS_BOOSTED_ON_TOP),
  sources: parseTextList
};

export const TARGETED_NEWS_DEFAULTS: ITargetedNewsWebPartProps = defaultsOf(PARSERS);

/** The saved properties as the feed uses them, and the names of those it could not use as saved. */
export function checkTargetedNewsProperties(saved: unknown): ICheckedProperties<ITargetedNewsWebPartProps> {
  return checkProperties(saved, PARSERS);
}
