import * as React from 'react';
import type { SearchShortcut } from '../../core/municipality';
import type { SamverkaServices } from '../../core/ports';
import type { GuideResult, ISearchService } from '../../core/search';
import { GuideCard } from './ResultCards';
import type { SearchClassNames } from './searchStyles';
import { useSearchStrings } from './searchStrings';

/** Guides shown on the start page (more when more are pinned). */
const START_GUIDES = 4;

export interface ISearchStartProps {
  services: Pick<SamverkaServices, 'tenantConfig'>;
  search: ISearchService;
  classNames: SearchClassNames;
  onOpenGuide(guide: GuideResult): void;
  onShowAllGuides(): void;
  municipalityName(value: string): string;
}

/**
 * Sök before anything is typed: what to type, the shortcuts the tenant configuration names
 * (`searchShortcuts`) and the guides for the searcher: those they pinned in Min sida first, in the
 * order pinned, then the most relevant guides of their municipalities (the guide search without words). Either part is left out when it has nothing; a
 * failure to read them leaves the hint alone, as the search itself still works.
 */
export function SearchStart(props: ISearchStartProps): React.ReactElement {
  const strings = useSearchStrings();
  const { classNames } = props;
  const [shortcuts, setShortcuts] = React.useState<SearchShortcut[]>([]);
  const [guides, setGuides] = React.useState<GuideResult[]>([]);

  React.useEffect(() => {
    let live = true;
    props.services.tenantConfig.getConfig().then((config) => {
      if (live) setShortcuts(config.searchShortcuts || []);
    }, () => undefined);
    props.search.startGuides(START_GUIDES).then((found) => {
      if (live) setGuides(found);
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [props.services, props.search]);

  return (
    <div className={`${classNames.results} ${classNames.start}`}>
      <p className={classNames.state}>{strings.Search.Start}</p>
      {shortcuts.length > 0 && (
        <section aria-labelledby="search-shortcuts-heading">
          <h3 className={classNames.peopleHeading} id="search-shortcuts-heading">{strings.Search.Shortcuts}</h3>
          <ul className={classNames.shortcuts}>
            {shortcuts.map((s) => {
              const external = /^https:/i.test(s.url);
              return (
                <li key={`${s.title}|${s.url}`}>
                  <a className={classNames.shortcut} href={s.url} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>{s.title}</a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {guides.length > 0 && (
        <section aria-labelledby="search-start-guides-heading">
          <h3 className={classNames.peopleHeading} id="search-start-guides-heading">{strings.Search.GuidesForYou}</h3>
          <ul className={classNames.list}>
            {guides.map((g) => (
              <li key={g.id}><GuideCard item={g} classNames={classNames} onOpen={props.onOpenGuide} municipalityName={props.municipalityName} /></li>
            ))}
          </ul>
          <p><button type="button" className={classNames.linkButton} onClick={props.onShowAllGuides}>{strings.Search.AllGuides}</button></p>
        </section>
      )}
    </div>
  );
}
