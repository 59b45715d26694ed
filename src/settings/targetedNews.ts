import { checkProperties, defaultsOf, parseChoice, parseCount, parseText, parseTextList } from './properties';
import type { ICheckedProperties, ICountLimits, PropertyParsers } from './properties';

/**
 * The settings of "Riktade nyheter" (Targeted news): the web part class, its property pane, the
 * feed and the workbench read them from here.
 */

/** How the feed is laid out: a list, or cards with a large first item. */
export type NewsLayout = 'list' | 'cards';
export const NEWS_LAYOUTS: readonly NewsLayout[] = ['list', 'cards'];

/** News per page. A search page larger than 30 gains little and slows the first paint. */
export const NEWS_ITEM_COUNT: ICountLimits = { min: 1, max: 30, default: 6 };

export interface ITargetedNewsWebPartProps {
  /** Empty: the localized default title. */
  title: string;
  layout: NewsLayout;
  itemCount: number;
  /** Server-relative site paths; empty: the user's municipalities and the shared site. */
  sources: string[];
}

/** The properties as a page saved them: anything, of any shape. */
export type SavedTargetedNewsProps = { [K in keyof ITargetedNewsWebPartProps]?: unknown };

const PARSERS: PropertyParsers<ITargetedNewsWebPartProps> = {
  title: parseText,
  layout: (value) => parseChoice(value, NEWS_LAYOUTS, 'list'),
  itemCount: (value) => parseCount(value, NEWS_ITEM_COUNT),
  sources: parseTextList
};

export const TARGETED_NEWS_DEFAULTS: ITargetedNewsWebPartProps = defaultsOf(PARSERS);

/** The saved properties as the feed uses them, and the names of those it could not use as saved. */
export function checkTargetedNewsProperties(saved: unknown): ICheckedProperties<ITargetedNewsWebPartProps> {
  return checkProperties(saved, PARSERS);
}
