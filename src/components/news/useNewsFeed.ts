import * as React from 'react';
import type { TenantConfig } from '../../core/municipality';
import type { NewsItem } from '../../core/news';
import type { CurrentUser, NewsPage, NewsQuery, NewsSourceFailure, SamverkaServices } from '../../core/ports';
import type { NewsSource } from '../../core/membership';
import { appendNewsPage, boostPolicyOf, dedupeNews, DEFAULT_BOOST_LIMIT } from '../../core/newsRanking';
import { isSameSite, resolveNewsSources } from './newsSources';
import { failureCodeOf } from '../../core/failures';
import { withMustRead } from './mustReadFeed';

/** What the feed knows once the configuration and the user are loaded. */
export interface INewsFeedContext {
  config: TenantConfig;
  user: CurrentUser;
  sources: NewsSource[];
  /** Configured site paths that no longer exist. */
  skipped: string[];
}

export interface INewsFeedState {
  phase: 'loading' | 'ready' | 'error';
  /** Why the feed as a whole failed (phase 'error'). */
  errorCode?: string;
  context?: INewsFeedContext;
  /** Site path of the selected chip; undefined shows all sources. */
  filter?: string;
  items: NewsItem[];
  nextCursor?: string;
  /** Sources that failed while the rest rendered. */
  failures: NewsSourceFailure[];
  loadingMore: boolean;
  /** Why "Visa fler" failed; the items already shown stay. */
  moreErrorCode?: string;
  /** How many items the last "Visa fler" added (announced, and focus moves to the first). */
  added: number;
}

export interface INewsFeed {
  state: INewsFeedState;
  setFilter(filter: string | undefined): void;
  showMore(): void;
  retry(): void;
}

const INITIAL: INewsFeedState = { phase: 'loading', items: [], failures: [], loadingMore: false, added: 0 };

function queryFor(context: INewsFeedContext, filter: string | undefined, pageSize: number, boostedOnTop: number, cursor?: string): NewsQuery {
  const selected = context.sources.filter((source) => !filter || isSameSite(source.sitePath, filter));
  return {
    sitePaths: selected.map((source) => source.sitePath),
    audienceGroupIds: context.user.groupIds,
    pageSize,
    cursor,
    boost: boostPolicyOf(boostedOnTop, context.config)
  };
}

/** A failed search covers every site it asked: nothing came back and no site answered. */
function everySourceFailed(page: NewsPage, query: NewsQuery): boolean {
  return page.items.length === 0 && query.sitePaths.length > 0 &&
    query.sitePaths.every((path) => page.failures.some((failure) => isSameSite(failure.sitePath, path)));
}

function mergeFailures(known: NewsSourceFailure[], more: NewsSourceFailure[]): NewsSourceFailure[] {
  return known.concat(more.filter((f) => !known.some((k) => k.sitePath === f.sitePath)));
}

/**
 * Loads the feed: configuration and user once, then the first page for the selected chip, and
 * further pages on "Visa fler". Answers that arrive after the user moved on are dropped.
 */
export function useNewsFeed(services: SamverkaServices, pageSize: number, configuredSources: string[], boostedOnTop: number = DEFAULT_BOOST_LIMIT): INewsFeed {
  const [state, setState] = React.useState<INewsFeedState>(INITIAL);
  const latest = React.useRef(0);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const sourcesKey = configuredSources.join('|');

  const load = React.useCallback((filter: string | undefined, known: INewsFeedContext | undefined): void => {
    const request = ++latest.current;
    const current = (): boolean => request === latest.current;
    setState({ ...INITIAL, context: known, filter });

    const fail = (error: unknown, context?: INewsFeedContext): void => {
      if (current()) setState({ ...INITIAL, phase: 'error', errorCode: failureCodeOf(error), context, filter });
    };
    const show = (context: INewsFeedContext, query: NewsQuery, page: NewsPage): void => {
      if (!current()) return;
      if (everySourceFailed(page, query)) {
        // Not "no news": the feed could not be read at all.
        fail({ code: page.failures[0].code }, context);
        return;
      }
      setState({
        ...INITIAL,
        phase: 'ready',
        context,
        filter,
        items: dedupeNews(page.items),
        nextCursor: page.nextCursor,
        failures: page.failures
      });
    };

    const contextPromise: Promise<INewsFeedContext> = known
      ? Promise.resolve(known)
      : Promise.all([services.tenantConfig.getConfig(), services.userContext.getCurrentUser()]).then(([config, user]) => {
        const resolved = resolveNewsSources(config, user, configuredSources);
        return { config, user, sources: resolved.sources, skipped: resolved.skipped };
      });
    contextPromise.then((context) => {
      const query = queryFor(context, filter, pageSize, boostedOnTop);
      // The user's confirmations are read beside the news search, not one step after it.
      if (services.readConfirmations) services.readConfirmations.readMineAhead();
      services.news.getNews(query).then((page) => withMustRead(services, page, true)).then((page) => show(context, query, page), (error: unknown) => fail(error, context));
    }, (error: unknown) => fail(error));
    // configuredSources is captured through sourcesKey: a new array with the same paths is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, pageSize, boostedOnTop, sourcesKey]);

  React.useEffect(() => {
    load(undefined, undefined);
    // Leaving the page makes every answer still on its way stale.
    return () => { latest.current++; };
  }, [load]);

  const showMore = React.useCallback((): void => {
    const shown = stateRef.current;
    if (shown.phase !== 'ready' || shown.loadingMore || !shown.nextCursor || !shown.context) return;
    const request = latest.current;
    const context = shown.context;
    setState((previous) => ({ ...previous, loadingMore: true, moreErrorCode: undefined, added: 0 }));
    const query = queryFor(context, shown.filter, pageSize, boostedOnTop, shown.nextCursor);
    services.news.getNews(query).then((page) => withMustRead(services, page, false)).then((page) => {
      if (request !== latest.current) return;
      if (everySourceFailed(page, query)) {
        // The shown items and the cursor stay, so "Visa fler" tries the same page again.
        setState((previous) => ({ ...previous, loadingMore: false, moreErrorCode: page.failures[0].code }));
        return;
      }
      setState((previous) => {
        const items = appendNewsPage(previous.items, page.items);
        return {
          ...previous,
          items,
          nextCursor: page.nextCursor,
          failures: mergeFailures(previous.failures, page.failures),
          loadingMore: false,
          added: items.length - previous.items.length
        };
      });
    }, (error: unknown) => {
      if (request !== latest.current) return;
      setState((previous) => ({ ...previous, loadingMore: false, moreErrorCode: failureCodeOf(error) }));
    });
  }, [services, pageSize, boostedOnTop]);

  const setFilter = React.useCallback((filter: string | undefined): void => {
    load(filter, stateRef.current.context);
  }, [load]);

  const retry = React.useCallback((): void => {
    load(stateRef.current.filter, stateRef.current.context);
  }, [load]);

  return { state, setFilter, showMore, retry };
}
