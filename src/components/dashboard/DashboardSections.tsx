import * as React from 'react';
import type { CalendarEvent, DashboardDocument, DashboardProfile, DashboardSettings, GuideRef, SectionResult } from '../../core/dashboard';
import { addLink, eventsByDay, isEventNow, LinkError, moveLink, removeLink, togglePinnedGuide } from '../../core/dashboardRules';
import type { Municipality } from '../../core/municipality';
import type { NewsItem } from '../../core/news';
import { swedishFormat } from '../common/swedishFormat';
import { isOverdue } from '../../core/mustRead';
import { commonStrings, errorText } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { formatText } from '../common/formatText';
import { ArrowDownGlyph, ArrowUpGlyph, FileTypeGlyph, GuideGlyph, LinkGlyph, PinGlyph, RemoveGlyph, VideoGlyph } from './DashboardGlyphs';
import type { IDashboardClassNames } from './dashboardStyles';
import { dayHeading, IDashboardStrings, initialsOf, relativeText, SECTION_SCOPES, timeRange } from './dashboardStrings';

interface ICommonProps {
  strings: IDashboardStrings;
  classNames: IDashboardClassNames;
  now: Date;
  /** Teams: links open in a new window, as Teams users expect of pages and documents. */
  newWindow: boolean;
}

function css(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(' ');
}

function targetOf(newWindow: boolean): { target?: string; rel?: string } {
  return newWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {};
}

/** A card with a heading; the heading's id labels the region. */
export function Section(props: { id: string; title: string; classNames: IDashboardClassNames; wide?: boolean; action?: React.ReactNode; children: React.ReactNode }): React.ReactElement {
  const headingId = `samverka-dashboard-${props.id}`;
  return (
    <section className={css(props.classNames.card, props.wide && props.classNames.cardWide)} aria-labelledby={headingId} data-section={props.id}>
      <div className={props.classNames.cardHeader}>
        <h2 id={headingId} className={props.classNames.cardTitle}>{props.title}</h2>
        {props.action}
      </div>
      {props.children}
    </section>
  );
}

/**
 * A failed section: what happened, in the reader's language, and a retry. A 403 names the permission an admin must approve;
 * after a 401 (the sign-in ran out) the button is "Ladda om sidan" and reloads the page instead.
 */
export function SectionFailure(props: ICommonProps & { code: string; forbiddenText?: string; scope?: string; onRetry: () => void }): React.ReactElement {
  const { strings, classNames } = props;
  const permission = props.code === 'forbidden' && props.forbiddenText && props.scope;
  const action = failureAction(props.code, props.onRetry);
  return (
    <div className={classNames.notice} role="alert">
      {permission ? (
        <>
          <p className={classNames.noticeTitle}>{props.forbiddenText}</p>
          <p style={{ margin: 0 }}>{formatText(strings.Permission.AdminHint, props.scope!)}</p>
        </>
      ) : (
        <p className={classNames.noticeTitle}>{errorText(props.code)}</p>
      )}
      <button type="button" className={classNames.button} onClick={action.onClick}>{action.text}</button>
    </div>
  );
}

export function Loading(props: { classNames: IDashboardClassNames; text: string }): React.ReactElement {
  return <p className={props.classNames.empty} role="status">{props.text}</p>;
}

// Who they are

export interface IProfileHeaderProps extends ICommonProps {
  profile: SectionResult<DashboardProfile> | undefined;
  municipalities: Municipality[];
  municipality?: Municipality;
  onChooseMunicipality(id: string): void;
  onRetry(): void;
}

export function ProfileHeader(props: IProfileHeaderProps): React.ReactElement {
  const { strings, classNames, profile } = props;
  const d = strings.Dashboard;
  if (!profile) {
    return <header className={classNames.header} data-section="profile"><Loading classNames={classNames} text={commonStrings.Loading} /></header>;
  }
  if (!profile.ok) {
    return (
      <header className={classNames.header} data-section="profile">
        <h1 className={classNames.greeting}>{d.Title}</h1>
        <SectionFailure {...props} code={profile.code} onRetry={props.onRetry} />
      </header>
    );
  }
  const p = profile.value;
  const role = [p.jobTitle ? p.jobTitle.charAt(0).toUpperCase() + p.jobTitle.slice(1) : undefined, p.department, p.officeLocation].filter(Boolean).join(' · ');
  return (
    <header className={classNames.header} data-section="profile">
      <div className={classNames.avatar} aria-hidden="true">{initialsOf(p.displayName)}</div>
      <div className={classNames.identity}>
        <h1 className={classNames.greeting}>{formatText(d.Greeting, p.displayName.split(' ')[0])}</h1>
        <p className={classNames.role}><span className={classNames.visuallyHidden}>{p.displayName}, </span>{role}</p>
        {props.municipalities.length === 1 && (
          <p className={classNames.meta} style={{ margin: 0 }}>{d.WorksFor} {props.municipalities[0].name}</p>
        )}
      </div>
      {props.municipalities.length > 1 && (
        <fieldset className={classNames.switcher}>
          <legend className={classNames.meta} style={{ float: 'left', marginRight: 8 }}>{d.ShowFor}</legend>
          {props.municipalities.map(m => {
            const selected = props.municipality && props.municipality.id === m.id;
            return (
              <label key={m.id} className={css(classNames.switchOption, selected && classNames.switchOptionSelected)}>
                <input type="radio" name="samverka-dashboard-municipality" value={m.id} checked={!!selected} onChange={() => props.onChooseMunicipality(m.id)} />
                {m.shortName}
              </label>
            );
          })}
        </fieldset>
      )}
    </header>
  );
}

// Att läsa

/**
 * Läs och bekräfta: the must-read news the user has not confirmed, the count in the heading, each
 * with its day and, past it, "Försenad" in words. An item links to its page, where the bar
 * confirms it (after reading, not instead of it): no confirm button here.
 */
export function ToReadSection(props: ICommonProps & { toRead: SectionResult<NewsItem[]> | undefined; onRetry(): void }): React.ReactElement {
  const { strings, classNames, toRead } = props;
  const d = strings.Dashboard;
  const title = toRead && toRead.ok ? formatText(d.ToReadTitle, toRead.value.length) : d.ToReadHeading;
  return (
    <Section id="toread" title={title} classNames={classNames}>
      {!toRead ? <Loading classNames={classNames} text={commonStrings.Loading} />
        : !toRead.ok ? <SectionFailure {...props} code={toRead.code} onRetry={props.onRetry} />
          : toRead.value.length === 0 ? <p className={classNames.empty}>{d.ToReadEmpty}</p>
            : (
              <>
                <p className={classNames.meta} style={{ margin: '0 0 4px' }}>{d.ToReadHint}</p>
                <ul className={classNames.list}>
                  {toRead.value.map(item => (
                    <li key={item.url} className={classNames.row} data-to-read="">
                      <div className={classNames.rowMain}>
                        <h3 className={classNames.rowTitle}><a className={classNames.link} href={item.url} {...targetOf(props.newWindow)}>{item.title}</a></h3>
                        <span className={classNames.meta}>
                          {item.readBy && <time dateTime={item.readBy} data-read-by="">{formatText(d.ReadBy, swedishFormat.longDate(item.readBy))}</time>}
                          {isOverdue(item, props.now) && <span className={classNames.overdue} data-overdue="">{d.Overdue}</span>}
                        </span>
                      </div>
                    </li>
                  ))}
                </ul>
              </>
            )}
    </Section>
  );
}

// News

export function NewsSection(props: ICommonProps & { news: SectionResult<NewsItem[]> | undefined; forText?: string; allNewsUrl?: string; onRetry(): void }): React.ReactElement {
  const { strings, classNames, news } = props;
  const d = strings.Dashboard;
  const action = props.allNewsUrl
    ? <a className={css(classNames.link, classNames.cardAction)} href={props.allNewsUrl} {...targetOf(props.newWindow)}>{d.AllNews}</a>
    : undefined;
  return (
    <Section id="news" title={d.NewsTitle} classNames={classNames} action={action}>
      {props.forText && <p className={classNames.meta} style={{ margin: '0 0 4px' }}>{formatText(d.NewsFor, props.forText)}</p>}
      {!news ? <Loading classNames={classNames} text={commonStrings.Loading} />
        : !news.ok ? <SectionFailure {...props} code={news.code} onRetry={props.onRetry} />
          : news.value.length === 0 ? <p className={classNames.empty}>{d.NewsEmpty}</p>
            : (
              <ul className={classNames.list}>
                {news.value.map(item => {
                  const date = relativeText(strings, item.publishedAt, props.now);
                  return (
                    <li key={item.url} className={classNames.row}>
                      <div className={classNames.rowMain}>
                        <h3 className={classNames.rowTitle}><a className={classNames.link} href={item.url} {...targetOf(props.newWindow)}>{item.title}</a></h3>
                        <span className={classNames.meta}><time dateTime={item.publishedAt} title={date.title}>{date.text}</time>{item.authorName ? ` · ${item.authorName}` : ''}</span>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
    </Section>
  );
}

// Calendar

export function CalendarSection(props: ICommonProps & { calendar: SectionResult<CalendarEvent[]> | undefined; dates: string[]; onRetry(): void }): React.ReactElement {
  const { strings, classNames, calendar } = props;
  const d = strings.Dashboard;
  return (
    <Section id="calendar" title={d.CalendarTitle} classNames={classNames}>
      {!calendar ? <Loading classNames={classNames} text={commonStrings.Loading} />
        : !calendar.ok ? <SectionFailure {...props} code={calendar.code} forbiddenText={strings.Permission.CalendarForbidden} scope={SECTION_SCOPES.calendar} onRetry={props.onRetry} />
          : eventsByDay(calendar.value, props.dates).map(day => (
            <div key={day.date} className={classNames.day}>
              <h3 className={classNames.dayHeading}>{dayHeading(strings, day.date, props.now)}</h3>
              {day.events.length === 0 ? <p className={classNames.empty}>{d.NothingBooked}</p> : (
                <ul className={classNames.list}>
                  {day.events.map(event => <EventRow key={`${day.date}:${event.id}`} {...props} event={event} />)}
                </ul>
              )}
            </div>
          ))}
    </Section>
  );
}

function EventRow(props: ICommonProps & { event: CalendarEvent }): React.ReactElement {
  const { strings, classNames, event } = props;
  const d = strings.Dashboard;
  const now = isEventNow(event, props.now);
  return (
    <li className={classNames.row}>
      <span className={classNames.eventTime}>{event.isAllDay ? d.AllDay : timeRange(event.start, event.end)}</span>
      <div className={classNames.rowMain}>
        <h4 className={classNames.rowTitle}>
          {event.webLink
            ? <a className={classNames.link} href={event.webLink} target="_blank" rel="noopener noreferrer" aria-label={formatText(d.OpenInOutlook, event.subject)}>{event.subject}</a>
            : event.subject}
          {now && <span className={classNames.eventNow}>{d.Now}</span>}
        </h4>
        {event.location && <span className={classNames.meta}>{event.location}</span>}
      </div>
      {event.joinUrl && (
        // Join links open Teams (the app or a new window), never inside the tab.
        <a className={classNames.joinButton} href={event.joinUrl} target="_blank" rel="noopener noreferrer" aria-label={formatText(d.JoinLabel, event.subject)}>
          <VideoGlyph />{d.Join}
        </a>
      )}
    </li>
  );
}

// Documents

export function DocumentsSection(props: ICommonProps & { documents: SectionResult<DashboardDocument[]> | undefined; onRetry(): void }): React.ReactElement {
  const { strings, classNames, documents } = props;
  const d = strings.Dashboard;
  return (
    <Section id="documents" title={d.DocumentsTitle} classNames={classNames}>
      {!documents ? <Loading classNames={classNames} text={commonStrings.Loading} />
        : !documents.ok ? <SectionFailure {...props} code={documents.code} forbiddenText={strings.Permission.DocumentsForbidden} scope={SECTION_SCOPES.documents} onRetry={props.onRetry} />
          : documents.value.length === 0 ? <p className={classNames.empty}>{d.DocumentsEmpty}</p>
            : (
              <ul className={classNames.list}>
                {documents.value.map(doc => {
                  const date = relativeText(strings, doc.modifiedAt, props.now);
                  const where = [doc.siteTitle, doc.folder].filter(Boolean).join(' › ');
                  return (
                    <li key={doc.id} className={classNames.row}>
                      <span className={classNames.icon}><FileTypeGlyph type={doc.fileType} /></span>
                      <div className={classNames.rowMain}>
                        <h3 className={classNames.rowTitle}>
                          <a className={classNames.link} href={doc.url} {...targetOf(props.newWindow)}>
                            <span className={classNames.visuallyHidden}>{strings.FileTypes[doc.fileType]}: </span>{doc.name}
                          </a>
                        </h3>
                        <span className={classNames.meta}>
                          <time dateTime={doc.modifiedAt} title={date.title}>{doc.modifiedBy ? formatText(d.ModifiedBy, date.text, doc.modifiedBy) : formatText(d.Modified, date.text)}</time>
                        </span>
                        {where && <span className={classNames.meta}>{where}</span>}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
    </Section>
  );
}

// Guides

export function GuidesSection(props: ICommonProps & { guides: SectionResult<GuideRef[]>; settings: DashboardSettings; onChange(next: DashboardSettings): void; onRetry(): void }): React.ReactElement {
  const { strings, classNames, guides, settings } = props;
  const d = strings.Dashboard;
  return (
    <Section id="guides" title={d.GuidesTitle} classNames={classNames}>
      {!guides.ok ? <SectionFailure {...props} code={guides.code} onRetry={props.onRetry} />
        : guides.value.length === 0 ? <p className={classNames.empty}>{d.GuidesEmpty}</p>
          : (
            <ul className={classNames.list}>
              {guides.value.map(guide => {
                const pinned = settings.pinnedGuideIds.indexOf(guide.id) >= 0;
                return (
                  <li key={guide.id} className={classNames.row}>
                    <span className={classNames.icon}><GuideGlyph /></span>
                    <div className={classNames.rowMain}>
                      <h3 className={classNames.rowTitle}><a className={classNames.link} href={guide.url} {...targetOf(props.newWindow)}>{guide.title}</a></h3>
                      {(guide.category || pinned) && <span className={classNames.meta}>{[pinned ? d.Pinned : '', guide.category].filter(Boolean).join(' · ')}</span>}
                    </div>
                    <button
                      type="button"
                      className={css(classNames.iconButton, pinned && classNames.iconButtonPressed)}
                      aria-pressed={pinned}
                      aria-label={formatText(pinned ? d.Unpin : d.Pin, guide.title)}
                      title={formatText(pinned ? d.Unpin : d.Pin, guide.title)}
                      onClick={() => props.onChange(togglePinnedGuide(settings, guide.id))}
                    >
                      <PinGlyph filled={pinned} />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
    </Section>
  );
}

// Own links

export function LinksSection(props: ICommonProps & { settings: DashboardSettings; onChange(next: DashboardSettings): void; status: string; failure?: string; onRetry(): void }): React.ReactElement {
  const { strings, classNames, settings } = props;
  const d = strings.Dashboard;
  const [adding, setAdding] = React.useState(false);
  const [title, setTitle] = React.useState('');
  const [url, setUrl] = React.useState('');
  const [error, setError] = React.useState<LinkError | undefined>(undefined);
  const titleRef = React.useRef<HTMLInputElement>(null);
  const addRef = React.useRef<HTMLButtonElement>(null);
  const listRef = React.useRef<HTMLUListElement>(null);
  // Where keyboard focus goes once the editor closes or a moved row has re-rendered: without
  // this it would fall back to the page, and a keyboard user would start over from the top.
  const focusNext = React.useRef<{ index: number; direction: 'up' | 'down' } | 'add' | undefined>(undefined);

  React.useEffect(() => {
    if (adding && titleRef.current) {
      titleRef.current.focus();
    }
  }, [adding]);

  // A layout effect: focus moves in the same task as the rows, before the browser paints. A moved
  // row's clicked button can become disabled (at the top), which drops focus to the page; with a
  // passive effect there was a frame in which nothing had focus.
  React.useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === 'add') {
      if (addRef.current) { addRef.current.focus(); }
    } else if (target && listRef.current) {
      // The same button in the moved row; at the top or bottom, where it is disabled, the other one.
      const buttons = listRef.current.querySelectorAll<HTMLButtonElement>(`li:nth-child(${target.index + 1}) button[data-move]`);
      const wanted = Array.prototype.filter.call(buttons, (b: HTMLButtonElement) => !b.disabled && b.getAttribute('data-move') === target.direction)[0]
        || Array.prototype.filter.call(buttons, (b: HTMLButtonElement) => !b.disabled)[0];
      if (wanted) { (wanted as HTMLButtonElement).focus(); }
    }
  });

  const move = (index: number, direction: 'up' | 'down'): void => {
    focusNext.current = { index: index + (direction === 'up' ? -1 : 1), direction };
    props.onChange(moveLink(settings, index, direction === 'up' ? -1 : 1));
  };

  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    const next = addLink(settings, title, url);
    if (typeof next === 'string') {
      setError(next);
      return;
    }
    props.onChange(next);
    setTitle('');
    setUrl('');
    setError(undefined);
    focusNext.current = 'add';
    setAdding(false);
  };
  const errorMessage = error === 'title' ? d.LinkTitleMissing : error === 'url' ? d.LinkUrlInvalid : error === 'full' ? d.LinksFull : undefined;

  return (
    <Section id="links" title={d.LinksTitle} classNames={classNames}>
      {props.failure && (
        // Without the stored settings the links would be saved over: say why instead.
        <SectionFailure {...props} code={props.failure} forbiddenText={strings.Permission.SettingsForbidden} scope={SECTION_SCOPES.settings} onRetry={props.onRetry} />
      )}
      {props.failure ? null : settings.links.length === 0 ? <p className={classNames.empty}>{d.LinksEmpty}</p> : (
        <ul className={classNames.list} ref={listRef}>
          {settings.links.map((link, i) => (
            <li key={`${i}:${link.url}`} className={classNames.row}>
              <span className={classNames.icon}><LinkGlyph /></span>
              <div className={classNames.rowMain}>
                <a className={classNames.link} href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}<span className={classNames.visuallyHidden}> {d.OpensInNewWindow}</span>
                </a>
              </div>
              <button type="button" className={classNames.iconButton} disabled={i === 0} data-move="up" aria-label={formatText(d.MoveUp, link.title)} title={formatText(d.MoveUp, link.title)} onClick={() => move(i, 'up')}><ArrowUpGlyph /></button>
              <button type="button" className={classNames.iconButton} disabled={i === settings.links.length - 1} data-move="down" aria-label={formatText(d.MoveDown, link.title)} title={formatText(d.MoveDown, link.title)} onClick={() => move(i, 'down')}><ArrowDownGlyph /></button>
              <button type="button" className={classNames.iconButton} aria-label={formatText(d.Remove, link.title)} title={formatText(d.Remove, link.title)} onClick={() => { props.onChange(removeLink(settings, i)); if (addRef.current) { addRef.current.focus(); } }}><RemoveGlyph /></button>
            </li>
          ))}
        </ul>
      )}
      {props.failure ? null : adding ? (
        <form className={classNames.form} onSubmit={submit} noValidate>
          <div className={classNames.field}>
            <label className={classNames.label} htmlFor="samverka-link-title">{d.LinkTitleLabel}</label>
            <input id="samverka-link-title" ref={titleRef} className={classNames.input} value={title} maxLength={80} onChange={e => setTitle(e.target.value)}
              aria-invalid={error === 'title'} aria-describedby={error === 'title' ? 'samverka-link-error' : undefined} />
          </div>
          <div className={classNames.field}>
            <label className={classNames.label} htmlFor="samverka-link-url">{d.LinkUrlLabel}</label>
            <input id="samverka-link-url" type="url" inputMode="url" className={classNames.input} value={url} placeholder="https://" onChange={e => setUrl(e.target.value)}
              aria-invalid={error === 'url'} aria-describedby={error === 'url' ? 'samverka-link-error' : undefined} />
          </div>
          {errorMessage && <p id="samverka-link-error" className={classNames.fieldError} role="alert">{errorMessage}</p>}
          <div style={{ display: 'flex', gap: 8 }}>
            <button type="submit" className={classNames.joinButton}>{d.SaveLink}</button>
            <button type="button" className={classNames.button} onClick={() => { focusNext.current = 'add'; setAdding(false); setError(undefined); }}>{d.Cancel}</button>
          </div>
        </form>
      ) : (
        <div style={{ marginTop: 12 }}>
          <button type="button" ref={addRef} className={classNames.button} onClick={() => setAdding(true)}>{d.AddLink}</button>
        </div>
      )}
      <p className={classNames.status} role="status" aria-live="polite">{props.status}</p>
    </Section>
  );
}

export function profileNewsFor(profile: SectionResult<DashboardProfile> | undefined): string | undefined {
  if (!profile || !profile.ok) {
    return undefined;
  }
  return [profile.value.department, profile.value.officeLocation].filter(Boolean).join(', ') || undefined;
}
