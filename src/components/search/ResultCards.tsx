import * as React from 'react';
import type { DocumentResult, GuideResult, ISearchService, PageResult, PersonResult, SearchResultItem } from '../../core/search';
import { initialsOf } from '../../core/search';
import { DateText } from '../common/DateText';
import { formatText } from '../common/formatText';
import { SearchSummary } from '../common/SearchSummary';
import { fileColour, initialsColour } from './searchStyles';
import type { SearchClassNames } from './searchStyles';
import { useSearchFormatter, useSearchStrings } from './searchStrings';

// The page's clock, read at each render; dates in the UI language.

export interface IResultProps<T extends SearchResultItem> {
  item: T;
  classNames: SearchClassNames;
  /** Focus lands here when "Visa fler" added this item. */
  focusRef?: React.Ref<HTMLAnchorElement & HTMLButtonElement>;
}

export function PageCard(props: IResultProps<PageResult>): React.ReactElement {
  const strings = useSearchStrings();
  const formatter = useSearchFormatter();
  const { item, classNames } = props;
  return (
    <article className={classNames.card}>
      <div className={classNames.cardBody}>
        <div className={classNames.kind}>
          <span className={classNames.badge}>{strings.Verticals.pages}</span>
          {item.siteTitle && <span>{formatText(strings.Results.PageIn, item.siteTitle)}</span>}
        </div>
        <h3 className={classNames.title}>
          <a className={classNames.link} href={item.url} ref={props.focusRef}>{item.title}</a>
        </h3>
        {item.summary && <SearchSummary className={classNames.summary} summary={item.summary} />}
        <div className={classNames.meta}>
          <DateText iso={item.date} formatter={formatter} />
        </div>
      </div>
    </article>
  );
}

export function FileTypeIcon(props: { fileType: string; classNames: SearchClassNames }): React.ReactElement {
  const strings = useSearchStrings();
  const label = (props.fileType || '?').slice(0, 4).toUpperCase();
  return (
    <span className={props.classNames.fileIcon} style={{ background: fileColour(props.fileType) }} role="img" aria-label={formatText(strings.Results.FileType, label)}>
      <span aria-hidden="true">{label}</span>
    </span>
  );
}

export function DocumentCard(props: IResultProps<DocumentResult>): React.ReactElement {
  const strings = useSearchStrings();
  const formatter = useSearchFormatter();
  const { item, classNames } = props;
  return (
    <article className={classNames.card}>
      <FileTypeIcon fileType={item.fileType} classNames={classNames} />
      <div className={classNames.cardBody}>
        <h3 className={classNames.title}>
          <a className={classNames.link} href={item.url} ref={props.focusRef}>{item.title || item.fileName}</a>
        </h3>
        {item.summary && <SearchSummary className={classNames.summary} summary={item.summary} />}
        <div className={classNames.meta}>
          <span>{formatText(strings.Results.Location, item.siteTitle || item.folderUrl)}</span>
          {item.modifiedBy && <span>{formatText(strings.Results.ModifiedBy, item.modifiedBy)}</span>}
          <DateText iso={item.modified} formatter={formatter} />
        </div>
      </div>
    </article>
  );
}

/** A person's photo when the directory has one, else initials; loaded once per person. */
export function PersonPhoto(props: { person: PersonResult; service: ISearchService; classNames: SearchClassNames }): React.ReactElement {
  const { person, service, classNames } = props;
  const [url, setUrl] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    let live = true;
    service.getPhotoUrl(person.id).then((found) => {
      if (live) {
        setUrl(found);
      }
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [person.id, service]);
  if (url) {
    // The name is right beside the photo: the image adds nothing for a screen reader.
    return <img className={classNames.avatar} src={url} alt="" />;
  }
  return <span className={classNames.initials} style={{ background: initialsColour(person.id) }} aria-hidden="true">{initialsOf(person.displayName)}</span>;
}

/** A person's card; `compact` (Allt's row of people): name, title and municipality, the e-mail address on hover. */
export function PersonCard(props: IResultProps<PersonResult> & { service: ISearchService; compact?: boolean }): React.ReactElement {
  const strings = useSearchStrings();
  const { item, classNames } = props;
  return (
    <article className={classNames.card}>
      <PersonPhoto person={item} service={props.service} classNames={classNames} />
      <div className={classNames.cardBody}>
        <h3 className={classNames.title}>
          <a className={classNames.link} href={`mailto:${item.email}`} title={props.compact ? item.email : undefined} ref={props.focusRef}>{item.displayName}</a>
        </h3>
        <div className={classNames.meta}>
          {item.jobTitle && <span>{item.jobTitle}</span>}
          {item.department && !props.compact && <span>{item.department}</span>}
          {item.municipality && <span>{item.municipality}</span>}
        </div>
        {!props.compact && <div className={classNames.contact}>
          {item.phone && <span>{strings.Results.Phone}: <a className={classNames.link} href={`tel:${item.phone.replace(/[^\d+]/g, '')}`}>{item.phone}</a></span>}
          {item.mobilePhone && <span>{strings.Results.Mobile}: <a className={classNames.link} href={`tel:${item.mobilePhone.replace(/[^\d+]/g, '')}`}>{item.mobilePhone}</a></span>}
          {item.email && <span>{strings.Results.Email}: <a className={classNames.link} href={`mailto:${item.email}`}>{item.email}</a></span>}
        </div>}
      </div>
    </article>
  );
}

export function GuideCard(props: IResultProps<GuideResult> & { onOpen(guide: GuideResult): void; municipalityName(id: string): string }): React.ReactElement {
  const strings = useSearchStrings();
  const formatter = useSearchFormatter();
  const { item, classNames } = props;
  const external = item.source === 'connector';
  return (
    <article className={classNames.card}>
      {item.thumbnail ? <img className={classNames.thumb} src={item.thumbnail.url} alt={item.thumbnail.alt} loading="lazy" /> : null}
      <div className={classNames.cardBody}>
        <div className={classNames.kind}>
          <span className={classNames.badge}>{strings.Verticals.guides}</span>
          <span className={`${classNames.badge} ${classNames.badgeExternal}`}>
            {external ? formatText(strings.Results.GuideFromConnector, strings.Results.ConnectorName) : strings.Results.GuideFromList}
          </span>
          {item.pinned && <span className={classNames.badge}>{strings.Results.GuidePinned}</span>}
          {item.category && <span>{item.category}</span>}
        </div>
        <h3 className={classNames.title}>
          <button type="button" className={classNames.titleButton} onClick={() => props.onOpen(item)} ref={props.focusRef} aria-haspopup="dialog">
            {item.title}
          </button>
        </h3>
        {item.summary && <p className={classNames.summary}>{item.summary}</p>}
        <div className={classNames.meta}>
          <span>{formatText(strings.Results.Steps, formatter.number(item.stepCount))}</span>
          <span>{item.municipalities.map(props.municipalityName).join(', ')}</span>
          <DateText iso={item.modified} formatter={formatter} />
        </div>
      </div>
    </article>
  );
}
