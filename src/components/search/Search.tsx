import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { SamverkaServices } from '../../core/ports';
import type { GuideResult, ISearchService, RefinerBucket, RefinerKey, SearchSuggestion } from '../../core/search';
import { ALL_MUNICIPALITIES, SEARCH_VERTICALS, VERTICAL_REFINERS } from '../../core/search';
import { narrowingBuckets, unknownCounts } from '../../core/searchRanking';
import { resolveHostTheme } from '../common/hostTheme';
import type { HostTheme } from '../common/hostTheme';
import { uiFormatter } from '../common/commonStrings';
import type { IFormatter } from '../../core/formatting';
import { GuideViewer } from '../guides/GuideViewer';
import { Results } from './SearchResults';
import { SearchBox } from './SearchBox';
import { SearchStart } from './SearchStart';
import { getSearchClassNames } from './searchStyles';
import type { SearchClassNames } from './searchStyles';
import { SearchFormatterContext, SearchStringsContext, useSearchFormatter, useSearchStrings } from './searchStrings';
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
  /** Numbers and dates as the page writes them; the UI language by default. */
  formatter?: IFormatter;
}

/**
 * The search web part's view: one box, verticals with their counts, refiners, results that fit
 * their kind, "Visa fler", did-you-mean, and the guide viewer. The state is in the address.
 */
export function Search(props: ISearchProps): React.ReactElement {
  const theme = React.useMemo(() => resolveHostTheme(props.hostTheme), [props.hostTheme]);
  const classNames = React.useMemo(() => getSearchClassNames(theme), [theme]);
  const location = React.useMemo(() => props.location || browserLocation(), [props.location]);
  const formatter = React.useMemo(() => props.formatter || uiFormatter(), [props.formatter]);
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
      <SearchFormatterContext.Provider value={formatter}>
      <ThemeProvider theme={theme} applyTo="none">
        <section className={classNames.root} aria-label={props.title || props.strings.Search.Heading}>
          <h2 className={classNames.heading}>{props.title || props.strings.Search.Heading}</h2>
          <SearchBox service={props.search} text={view.state.text} classNames={classNames} onSearch={view.submit} onPickSuggestion={pick} />
          <Verticals view={view} classNames={classNames} />
          <div className={classNames.body}>
            <Refiners view={view} classNames={classNames} municipalityName={municipalityName} />
            {view.state.text === '' && view.state.vertical !== 'guides'
              ? <SearchStart services={props.services} search={props.search} classNames={classNames} onOpenGuide={openGuide}
                onShowAllGuides={() => view.setVertical('guides')} municipalityName={municipalityName} />
              : <Results view={view} classNames={classNames} service={props.search} onOpenGuide={openGuide} municipalityName={municipalityName} />}
          </div>
        </section>
        {guide && <GuideViewer guide={guide} loadSteps={(g) => props.search.getGuideSteps(g)} strings={props.strings.GuideViewer} theme={theme} onClose={closeGuide} />}
      </ThemeProvider>
      </SearchFormatterContext.Provider>
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
  const format = useSearchFormatter();
  const { view, classNames } = props;
  const counts = view.page && !view.loading ? view.page.counts : undefined;
  const unknown = view.page ? unknownCounts(view.page) : new Set<string>();
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
            {counts && (unknown.has(v)
              ? <span className={classNames.count}><span aria-hidden="true">–</span><span className={classNames.visuallyHidden}>{strings.Search.CountUnknown}</span></span>
              : <span className={classNames.count}>{format.number(counts[v])}</span>)}
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
  const format = useSearchFormatter();
  const { view, classNames } = props;
  const keys = VERTICAL_REFINERS[view.state.vertical];
  const page = view.page;
  if (keys.length === 0 || !page) {
    return null;
  }
  const selectedAny = keys.some((k) => (view.state.refiners[k] || []).length > 0);
  // Only options that would narrow the results; a selected one stays visible (and can be unchecked) even without hits.
  const total = unknownCounts(page).has(view.state.vertical) ? undefined : page.counts[view.state.vertical];
  const groups = keys.map((key) => {
    const selected = view.state.refiners[key] || [];
    const buckets: RefinerBucket[] = narrowingBuckets(page.refiners[key] || [], total, selected);
    selected.forEach((value) => {
      if (!buckets.some((b) => b.value === value)) {
        buckets.push({ value, count: 0 });
      }
    });
    return { key, selected, buckets };
  }).filter((group) => group.buckets.length > 0);
  if (groups.length === 0) {
    return null;
  }
  return (
    <aside className={classNames.refiners} aria-labelledby="search-refiners-heading">
      <h3 className={classNames.refinersHeading} id="search-refiners-heading">{strings.Refiners.Heading}</h3>
      {groups.map(({ key, selected, buckets }) => (
        <fieldset key={key} className={classNames.refiner}>
          <legend className={classNames.refinerLegend}>{strings.Refiners[key]}</legend>
          {buckets.map((bucket) => {
            const id = `refiner-${key}-${bucket.value.replace(/[^A-Za-z0-9]/g, '_')}`;
            return (
              <label key={bucket.value} htmlFor={id} className={classNames.refinerOption}>
                <input id={id} type="checkbox" checked={selected.indexOf(bucket.value) >= 0} onChange={() => view.toggle(key, bucket.value)} />
                <span>{bucket.label || refinerLabel(strings, key, bucket.value, props.municipalityName)}</span>
                <span className={classNames.refinerCount}>{format.number(bucket.count)}</span>
              </label>
            );
          })}
        </fieldset>
      ))}
      {selectedAny && <button type="button" className={classNames.button} onClick={view.clearRefiners}>{strings.Refiners.Clear}</button>}
    </aside>
  );
}

export default Search;
