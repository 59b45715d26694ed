import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { SamverkaServices } from '../../core/ports';
import type { GuideResult, ISearchService, PersonResult, RefinerBucket, RefinerKey, SearchPage, SearchResultItem, SearchSuggestion, SearchVertical } from '../../core/search';
import { ALL_MUNICIPALITIES, SEARCH_VERTICALS, VERTICAL_REFINERS } from '../../core/search';
import { errorText } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { formatText } from '../common/formatText';
import { resolveHostTheme } from '../common/hostTheme';
import type { HostTheme } from '../common/hostTheme';
import { swedishFormat } from '../common/swedishFormat';
import { GuideViewer } from '../guides/GuideViewer';
import { DocumentCard, GuideCard, PageCard, PersonCard } from './ResultCards';
import { SearchBox } from './SearchBox';
import { getSearchClassNames } from './searchStyles';
import type { SearchClassNames } from './searchStyles';
import { SearchStringsContext, useSearchStrings } from './searchStrings';
import type { ISearchStrings } from './searchStrings';
import { browserLocation, useSearch } from './useSearch';
import type { ISearchView, SearchLocation } from './useSearch';

export interface ISearchProps {
  /** The configuration names the municipalities of guides. */
  services: Pick<SamverkaServices, 'tenantConfig'>;
  search: ISearchService;
  strings: ISearchStrings;
  /** Heading above the box; none: the default heading. */
  title?: string;
  hostTheme?: HostTheme;
  /** Where the search state lives; the browser's address by default. */
  location?: SearchLocation;
}

/**
 * The search web part's view: one box, verticals with their counts, refiners, results that fit
 * their kind, "Visa fler", did-you-mean, and the guide viewer. The state is in the address.
 */
export function Search(props: ISearchProps): React.ReactElement {
  const theme = React.useMemo(() => resolveHostTheme(props.hostTheme), [props.hostTheme]);
  const classNames = React.useMemo(() => getSearchClassNames(theme), [theme]);
  const location = React.useMemo(() => props.location || browserLocation(), [props.location]);
  const view = useSearch(props.search, location);
  const [guide, setGuide] = React.useState<GuideResult | undefined>(undefined);
  const opener = React.useRef<HTMLElement | null>(null);
  const municipalityName = useMunicipalityNames(props.services, props.strings);

  const openGuide = (g: GuideResult): void => {
    opener.current = document.activeElement as HTMLElement | null;
    setGuide(g);
  };
  const closeGuide = (): void => {
    setGuide(undefined);
    // Focus goes back to what opened the guide.
    setTimeout(() => opener.current && opener.current.focus(), 0);
  };
  const pick = (s: SearchSuggestion): void => {
    if (s.kind === 'guide') {
      openGuide(s.item as GuideResult);
    } else {
      view.submit(s.title);
    }
  };

  return (
    <SearchStringsContext.Provider value={props.strings}>
      <ThemeProvider theme={theme} applyTo="none">
        <section className={classNames.root} aria-label={props.title || props.strings.Search.Heading}>
          <h2 className={classNames.heading}>{props.title || props.strings.Search.Heading}</h2>
          <SearchBox service={props.search} text={view.state.text} classNames={classNames} onSearch={view.submit} onPickSuggestion={pick} />
          <Verticals view={view} classNames={classNames} />
          <div className={classNames.body}>
            <Refiners view={view} classNames={classNames} municipalityName={municipalityName} />
            <Results view={view} classNames={classNames} service={props.search} onOpenGuide={openGuide} municipalityName={municipalityName} />
          </div>
        </section>
        {guide && <GuideViewer guide={guide} loadSteps={(g) => props.search.getGuideSteps(g)} strings={props.strings.GuideViewer} theme={theme} onClose={closeGuide} />}
      </ThemeProvider>
    </SearchStringsContext.Provider>
  );
}

/** Municipality ids of guides as names, from the tenant configuration ("alla": all municipalities). */
function useMunicipalityNames(services: Pick<SamverkaServices, 'tenantConfig'>, strings: ISearchStrings): (value: string) => string {
  const [names, setNames] = React.useState<Record<string, string>>({});
  React.useEffect(() => {
    let live = true;
    services.tenantConfig.getConfig().then((config) => {
      if (live) {
        const found: Record<string, string> = {};
        config.municipalities.forEach((m) => {
          found[m.id] = m.name;
        });
        setNames(found);
      }
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [services]);
  return React.useCallback((value: string) => (value === ALL_MUNICIPALITIES ? strings.Refiners.AllMunicipalities : names[value] || value), [names, strings]);
}

function Verticals(props: { view: ISearchView; classNames: SearchClassNames }): React.ReactElement | null {
  const strings = useSearchStrings();
  const { view, classNames } = props;
  const counts = view.page && !view.loading ? view.page.counts : undefined;
  const unknown = countUnknown(view.page);
  if (view.state.text === '' && view.state.vertical !== 'guides' && !view.page) {
    return null;
  }
  return (
    <nav className={classNames.verticals} aria-label={strings.Search.VerticalsLabel}>
      {SEARCH_VERTICALS.map((v) => {
        const selected = v === view.state.vertical;
        return (
          <button
            key={v}
            type="button"
            className={`${classNames.vertical} ${selected ? classNames.verticalSelected : ''}`}
            aria-current={selected ? 'page' : undefined}
            onClick={() => view.setVertical(v)}
          >
            {strings.Verticals[v]}
            {counts && (unknown(v)
              ? <span className={classNames.count}><span aria-hidden="true">–</span><span className={classNames.visuallyHidden}>{strings.Search.CountUnknown}</span></span>
              : <span className={classNames.count}>{swedishFormat.number(counts[v])}</span>)}
          </button>
        );
      })}
    </nav>
  );
}

function refinerLabel(strings: ISearchStrings, key: RefinerKey, value: string, municipalityName: (v: string) => string): string {
  if (key === 'modified') {
    return (strings.Refiners as unknown as Record<string, string>)[value] || value;
  }
  if (key === 'municipality') {
    return municipalityName(value);
  }
  if (key === 'fileType') {
    return value.toUpperCase();
  }
  return value;
}

function Refiners(props: { view: ISearchView; classNames: SearchClassNames; municipalityName(v: string): string }): React.ReactElement | null {
  const strings = useSearchStrings();
  const { view, classNames } = props;
  const keys = VERTICAL_REFINERS[view.state.vertical];
  const page = view.page;
  if (keys.length === 0 || !page) {
    return null;
  }
  const selectedAny = keys.some((k) => (view.state.refiners[k] || []).length > 0);
  return (
    <aside className={classNames.refiners} aria-labelledby="search-refiners-heading">
      <h3 className={classNames.refinersHeading} id="search-refiners-heading">{strings.Refiners.Heading}</h3>
      {keys.map((key) => {
        const selected = view.state.refiners[key] || [];
        const buckets: RefinerBucket[] = (page.refiners[key] || []).slice();
        // A selected value stays visible (and can be unchecked) even when it no longer has hits.
        selected.forEach((value) => {
          if (!buckets.some((b) => b.value === value)) {
            buckets.push({ value, count: 0 });
          }
        });
        if (buckets.length === 0) {
          return null;
        }
        return (
          <fieldset key={key} className={classNames.refiner}>
            <legend className={classNames.refinerLegend}>{strings.Refiners[key]}</legend>
            {buckets.map((bucket) => {
              const id = `refiner-${key}-${bucket.value.replace(/[^A-Za-z0-9]/g, '_')}`;
              return (
                <label key={bucket.value} htmlFor={id} className={classNames.refinerOption}>
                  <input id={id} type="checkbox" checked={selected.indexOf(bucket.value) >= 0} onChange={() => view.toggle(key, bucket.value)} />
                  <span>{bucket.label || refinerLabel(strings, key, bucket.value, props.municipalityName)}</span>
                  <span className={classNames.refinerCount}>{swedishFormat.number(bucket.count)}</span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
      {selectedAny && <button type="button" className={classNames.button} onClick={view.clearRefiners}>{strings.Refiners.Clear}</button>}
    </aside>
  );
}

/**
 * Whether a vertical's count is unknown: its source failed, so its count (and All's, which adds
 * them up) would be a 0 that is not true. The tab shows "–" instead.
 */
function countUnknown(page: SearchPage | undefined): (vertical: SearchVertical) => boolean {
  const failed = page ? page.failures.map((f) => f.source) : [];
  return (vertical) => failed.length > 0 && (vertical === 'all' || failed.indexOf(vertical) >= 0);
}

/** Names as a sentence's list, the first as written and the rest in lower case: "Personer, webbsidor och dokument". */
function listOf(names: string[], and: string): string {
  const words = names.map((name, i) => (i === 0 ? name : name.toLowerCase()));
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

/**
 * One notice for every source that failed, with one button: a reload when any sign-in ran out
 * (reloading mends them all), else "Försök igen", which searches again.
 */
function FailureNotice(props: { failures: SearchPage['failures']; retry: () => void; classNames: SearchClassNames }): React.ReactElement | null {
  const strings = useSearchStrings();
  const { failures, classNames } = props;
  if (failures.length === 0) {
    return null;
  }
  const names = failures.map((f) => strings.Verticals[f.source] || f.source);
  const code = failures.some((f) => f.code === 'signedOut') ? 'signedOut' : failures[0].code;
  return (
    <div className={classNames.notice} role="alert">
      <span>{formatText(strings.Search.SourceFailed, listOf(names, strings.Search.And), errorText(code))}</span>
      <FailureButton code={code} retry={props.retry} className={classNames.button} />
    </div>
  );
}

/** A failure's button: "Försök igen" searches again; after a 401 (the sign-in ran out) "Ladda om sidan" reloads the page. */
function FailureButton(props: { code: string | undefined; retry: () => void; className: string }): React.ReactElement {
  const action = failureAction(props.code, props.retry);
  return <button type="button" className={props.className} onClick={action.onClick}>{action.text}</button>;
}

function Results(props: {
  view: ISearchView;
  classNames: SearchClassNames;
  service: ISearchService;
  onOpenGuide(guide: GuideResult): void;
  municipalityName(value: string): string;
}): React.ReactElement {
  const strings = useSearchStrings();
  const { view, classNames } = props;
  const { page } = view;
  const firstAdded = React.useRef<HTMLAnchorElement & HTMLButtonElement>(null);

  React.useEffect(() => {
    if (view.firstAdded >= 0 && firstAdded.current) {
      firstAdded.current.focus();
    }
  }, [view.firstAdded]);

  if (view.state.text === '' && view.state.vertical !== 'guides') {
    return <div className={classNames.results}><p className={classNames.state}>{strings.Search.Start}</p></div>;
  }
  if (view.loading && !page) {
    return <div className={classNames.results}><p className={classNames.state} role="status">{strings.Search.Loading}</p></div>;
  }
  if (view.error) {
    return (
      <div className={classNames.results}>
        <div className={classNames.notice} role="alert">
          <span>{formatText(strings.Search.SourceFailed, strings.Verticals[view.state.vertical], errorText(view.error))}</span>
          <FailureButton code={view.error} retry={view.retry} className={classNames.button} />
        </div>
      </div>
    );
  }
  if (!page) {
    return <div className={classNames.results} />;
  }
  const total = page.counts[view.state.vertical];
  // With a source failed, its count and "no hits" would not be true: neither is said.
  const known = !countUnknown(page)(view.state.vertical);
  const refined = Object.keys(view.state.refiners).length > 0;
  const renderItem = (item: SearchResultItem, i: number): React.ReactElement => {
    const focusRef = i === view.firstAdded ? firstAdded : undefined;
    switch (item.kind) {
      case 'page':
        return <PageCard item={item} classNames={classNames} focusRef={focusRef} />;
      case 'document':
        return <DocumentCard item={item} classNames={classNames} focusRef={focusRef} />;
      case 'person':
        return <PersonCard item={item} classNames={classNames} focusRef={focusRef} service={props.service} />;
      case 'guide':
        return <GuideCard item={item} classNames={classNames} focusRef={focusRef} onOpen={props.onOpenGuide} municipalityName={props.municipalityName} />;
    }
  };
  return (
    <div className={classNames.results} aria-busy={view.loading}>
      {page.spelling && (
        <p className={classNames.spelling}>
          {page.spelling.applied ? (
            withEmphasis(strings.Search.ShowingResultsFor, page.spelling.suggestion)
          ) : (
            <button type="button" className={classNames.linkButton} onClick={() => view.submit(page.spelling!.suggestion)}>
              {formatText(strings.Search.DidYouMean, page.spelling.suggestion)}
            </button>
          )}
        </p>
      )}
      <FailureNotice failures={page.failures} retry={view.retry} classNames={classNames} />
      <p className={classNames.status} role="status">
        {view.loading ? strings.Search.Loading : known ? formatText(total === 1 ? strings.Search.ResultCountOne : strings.Search.ResultCount, swedishFormat.number(total)) : ''}
      </p>
      {page.people.length > 0 && (
        <section aria-labelledby="search-people-heading">
          <h3 className={classNames.peopleHeading} id="search-people-heading">{strings.Search.PeopleHeading}</h3>
          <ul className={classNames.people}>
            {page.people.map((p: PersonResult) => (
              <li key={p.id}><PersonCard item={p} classNames={classNames} service={props.service} /></li>
            ))}
          </ul>
          {page.counts.people > page.people.length && (
            <p><button type="button" className={classNames.linkButton} onClick={() => view.setVertical('people')}>{strings.Search.ShowAllPeople}</button></p>
          )}
        </section>
      )}
      {page.items.length === 0 && page.people.length === 0 ? (
        known && <p className={classNames.state}>{refined ? strings.Search.EmptyRefined : strings.Search.Empty}</p>
      ) : (
        <ul className={classNames.list}>
          {page.items.map((item, i) => <li key={`${item.kind}:${item.id}:${i}`}>{renderItem(item, i)}</li>)}
        </ul>
      )}
      {page.nextCursor && (
        <div className={classNames.footer}>
          <button type="button" className={classNames.button} onClick={view.showMore} disabled={view.loadingMore}>
            {view.loadingMore ? strings.Search.LoadingMore : strings.Search.ShowMore}
          </button>
        </div>
      )}
      {view.firstAdded >= 0 && <p className={classNames.visuallyHidden} role="status">{strings.Search.MoreLoaded}</p>}
    </div>
  );
}

/** A localized sentence with its {0} in bold (the word order stays in the translation). */
function withEmphasis(template: string, value: string): React.ReactElement {
  const at = template.indexOf('{0}');
  if (at < 0) {
    return <>{template}</>;
  }
  return <>{template.slice(0, at)}<strong>{value}</strong>{template.slice(at + 3)}</>;
}

export default Search;
