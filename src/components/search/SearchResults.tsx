import * as React from 'react';
import type { GuideResult, ISearchService, PersonResult, SearchPage, SearchResultItem } from '../../core/search';
import { collapseDuplicates, PEOPLE_ROW_SIZE, queryLooksLikeName, unknownCounts } from '../../core/searchRanking';
import type { CollapsedResult } from '../../core/searchRanking';
import { errorText } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { formatText } from '../common/formatText';
import { DocumentCard, GuideCard, PageCard, PersonCard } from './ResultCards';
import type { SearchClassNames } from './searchStyles';
import { useSearchFormatter, useSearchStrings } from './searchStrings';
import type { ISearchView } from './useSearch';

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
export function FailureButton(props: { code: string | undefined; retry: () => void; className: string }): React.ReactElement {
  const action = failureAction(props.code, props.retry);
  return <button type="button" className={props.className} onClick={action.onClick}>{action.text}</button>;
}

interface IResultsProps {
  view: ISearchView;
  classNames: SearchClassNames;
  service: ISearchService;
  onOpenGuide(guide: GuideResult): void;
  municipalityName(value: string): string;
}

/**
 * The results of a search: content first, near-duplicates collapsed under "N liknande"; on Allt
 * the people as a short row (the searcher's own municipality first, as the service ranks them),
 * above the content only when the query looks like a name.
 */
export function Results(props: IResultsProps): React.ReactElement {
  const strings = useSearchStrings();
  const format = useSearchFormatter();
  const { view, classNames } = props;
  const { page } = view;
  const firstAdded = React.useRef<HTMLAnchorElement & HTMLButtonElement>(null);

  React.useEffect(() => {
    if (view.firstAdded >= 0 && firstAdded.current) {
      firstAdded.current.focus();
    }
  }, [view.firstAdded]);

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
  const known = !unknownCounts(page).has(view.state.vertical);
  const refined = Object.keys(view.state.refiners).length > 0;
  const groups = collapseDuplicates(page.items);
  // After "Visa fler", focus goes to the first result that is new on the page.
  const focusAt = view.firstAdded >= 0 ? groups.filter((g) => g.index >= view.firstAdded).map((g) => g.index)[0] : undefined;
  const people = page.people.slice(0, PEOPLE_ROW_SIZE);
  const peopleFirst = people.length > 0 && queryLooksLikeName(view.state.text, page.people, page.items);
  const peopleRow = people.length > 0 && (
    <PeopleRow people={people} more={page.counts.people > people.length} onShowAll={() => view.setVertical('people')} classNames={classNames} service={props.service} />
  );
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
        {view.loading ? strings.Search.Loading : known ? formatText(total === 1 ? strings.Search.ResultCountOne : strings.Search.ResultCount, format.number(total)) : ''}
      </p>
      {peopleFirst && peopleRow}
      {page.items.length === 0 && page.people.length === 0 ? (
        known && <p className={classNames.state}>{refined ? strings.Search.EmptyRefined : strings.Search.Empty}</p>
      ) : (
        <ul className={classNames.list}>
          {groups.map((group) => (
            <li key={`${group.item.kind}:${group.item.id}:${group.index}`}>
              <ResultGroup group={group} focusRef={group.index === focusAt ? firstAdded : undefined} {...props} />
            </li>
          ))}
        </ul>
      )}
      {!peopleFirst && peopleRow}
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

/** The people of Allt: a few compact cards, and the way to all of them. */
function PeopleRow(props: { people: PersonResult[]; more: boolean; onShowAll(): void; classNames: SearchClassNames; service: ISearchService }): React.ReactElement {
  const strings = useSearchStrings();
  const { classNames } = props;
  return (
    <section aria-labelledby="search-people-heading" data-search-people>
      <h3 className={classNames.peopleHeading} id="search-people-heading">{strings.Search.PeopleHeading}</h3>
      <ul className={classNames.people}>
        {props.people.map((p) => (
          <li key={p.id}><PersonCard item={p} classNames={classNames} service={props.service} compact={true} /></li>
        ))}
      </ul>
      {props.more && (
        <p><button type="button" className={classNames.linkButton} onClick={props.onShowAll}>{strings.Search.ShowAllPeople}</button></p>
      )}
    </section>
  );
}

/** One result with its near-duplicates folded under "N liknande", shown on demand. */
function ResultGroup(props: IResultsProps & { group: CollapsedResult; focusRef?: React.Ref<HTMLAnchorElement & HTMLButtonElement> }): React.ReactElement {
  const strings = useSearchStrings();
  const format = useSearchFormatter();
  const { group, classNames } = props;
  const [open, setOpen] = React.useState(false);
  const listId = `search-similar-${group.index}`;
  const card = (item: SearchResultItem, focusRef?: React.Ref<HTMLAnchorElement & HTMLButtonElement>): React.ReactElement => {
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
  if (group.similar.length === 0) {
    return card(group.item, props.focusRef);
  }
  return (
    <>
      {card(group.item, props.focusRef)}
      <button type="button" className={classNames.similar} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? strings.Results.HideSimilar : formatText(strings.Results.Similar, format.number(group.similar.length))}
      </button>
      <ul id={listId} className={classNames.similarList} hidden={!open}>
        {open && group.similar.map((item, i) => <li key={`${item.kind}:${item.id}:${i}`}>{card(item)}</li>)}
      </ul>
    </>
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
