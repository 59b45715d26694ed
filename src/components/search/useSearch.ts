import * as React from 'react';
import { failureCodeOf } from '../../core/failures';
import {
  decodeSearchState, encodeSearchState, ISearchService, RefinerKey, SearchPage, SearchState, SearchVertical,
  toggleRefiner, withVertical
} from '../../core/search';

/**
 * Where the search state lives: the page address. The browser's history by default; tests and
 * the workbench's Teams frame hand in their own.
 */
export interface SearchLocation {
  read(): string;
  push(search: string): void;
  /** Calls back when the user goes back or forward; returns the unsubscribe. */
  listen(onChange: () => void): () => void;
}

export function browserLocation(): SearchLocation {
  return {
    read: () => window.location.search,
    push: (search) => {
      const { pathname, hash } = window.location;
      window.history.pushState(window.history.state, '', `${pathname}${search}${hash}`);
    },
    listen: (onChange) => {
      window.addEventListener('popstate', onChange);
      return () => window.removeEventListener('popstate', onChange);
    }
  };
}

export interface ISearchView {
  state: SearchState;
  page?: SearchPage;
  loading: boolean;
  loadingMore: boolean;
  /** A failure of the whole search (every source), with its code. */
  error?: string;
  /** Index in page.items of the first item "Visa fler" added, for focus. */
  firstAdded: number;
  submit(text: string): void;
  setVertical(vertical: SearchVertical): void;
  toggle(key: RefinerKey, value: string): void;
  clearRefiners(): void;
  showMore(): void;
  retry(): void;
}


/** The search of the page: state from and to the address, results, paging, errors. */
export function useSearch(service: ISearchService, location: SearchLocation): ISearchView {
  const [state, setState] = React.useState<SearchState>(() => decodeSearchState(location.read()));
  const [page, setPage] = React.useState<SearchPage | undefined>(undefined);
  const [loading, setLoading] = React.useState(false);
  const [loadingMore, setLoadingMore] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [firstAdded, setFirstAdded] = React.useState(-1);
  const [attempt, setAttempt] = React.useState(0);
  const generation = React.useRef(0);
  const key = encodeSearchState(state);

  // Back and forward: the address is the truth.
  React.useEffect(() => location.listen(() => setState(decodeSearchState(location.read()))), [location]);

  React.useEffect(() => {
    const run = ++generation.current;
    setFirstAdded(-1);
    setError(undefined);
    if (state.text === '' && state.vertical !== 'guides') {
      setPage(undefined);
      setLoading(false);
      return;
    }
    setLoading(true);
    service.search(state).then((result) => {
      if (run === generation.current) {
        setPage(result);
        setLoading(false);
      }
    }, (e: unknown) => {
      if (run === generation.current) {
        setPage(undefined);
        setError(failureCodeOf(e));
        setLoading(false);
      }
    });
    // The key stands for the state: a new object with the same search does not search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, service, attempt]);

  const go = React.useCallback((next: SearchState) => {
    const search = encodeSearchState(next, location.read());
    if (search !== location.read()) {
      location.push(search);
    }
    setState(decodeSearchState(search));
  }, [location]);

  const showMore = React.useCallback(() => {
    if (!page || !page.nextCursor || loadingMore) {
      return;
    }
    const run = generation.current;
    setLoadingMore(true);
    service.search(page.state, page.nextCursor).then((more) => {
      if (run !== generation.current) {
        return;
      }
      // The page first, then where focus goes: outside React's batching these render one by one.
      setPage({
        ...page,
        items: page.items.concat(more.items),
        nextCursor: more.nextCursor,
        failures: more.failures
      });
      setLoadingMore(false);
      setFirstAdded(page.items.length);
    }, () => {
      if (run === generation.current) {
        setLoadingMore(false);
        setPage({ ...page, failures: page.failures.concat([{ source: page.state.vertical, code: 'unknown' }]) });
      }
    });
  }, [page, loadingMore, service]);

  return {
    state,
    page,
    loading,
    loadingMore,
    error,
    firstAdded,
    submit: (text) => go({ text, vertical: state.vertical, refiners: text === state.text ? state.refiners : {} }),
    setVertical: (vertical) => go(withVertical(state, vertical)),
    toggle: (refiner, value) => go(toggleRefiner(state, refiner, value)),
    clearRefiners: () => go({ ...state, refiners: {} }),
    showMore,
    retry: () => setAttempt((n) => n + 1)
  };
}
