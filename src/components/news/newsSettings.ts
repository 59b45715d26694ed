/** How the feed is laid out: a list, or cards with a large first item. */
export type NewsLayout = 'list' | 'cards';

/** The web part properties, as an editor set them (or as an old page saved them). */
export interface INewsFeedProperties {
  title?: string;
  layout?: string;
  itemCount?: number | string;
  /** Server-relative site paths; empty: the user's municipalities and the shared site. */
  sources?: string[];
}

export interface INewsFeedSettings {
  /** Empty: the localized default title. */
  title: string;
  layout: NewsLayout;
  itemCount: number;
  sources: string[];
}

export const DEFAULT_ITEM_COUNT: number = 6;
export const MIN_ITEM_COUNT: number = 1;
/** A search page larger than this gains little and slows the first paint. */
export const MAX_ITEM_COUNT: number = 30;

/**
 * Properties come from page JSON that editors, scripts and older versions wrote: anything
 * unexpected falls back to a sensible value instead of breaking the page.
 */
export function normalizeSettings(properties: INewsFeedProperties | undefined): INewsFeedSettings {
  const raw = properties || {};
  const count = typeof raw.itemCount === 'string' ? parseInt(raw.itemCount, 10) : raw.itemCount;
  const itemCount = typeof count === 'number' && isFinite(count)
    ? Math.min(MAX_ITEM_COUNT, Math.max(MIN_ITEM_COUNT, Math.round(count)))
    : DEFAULT_ITEM_COUNT;
  const sources = Array.isArray(raw.sources)
    ? raw.sources.filter((path): path is string => typeof path === 'string' && path.trim() !== '').map((path) => path.trim())
    : [];
  return {
    title: typeof raw.title === 'string' ? raw.title.trim() : '',
    layout: raw.layout === 'cards' ? 'cards' : 'list',
    itemCount,
    sources
  };
}
