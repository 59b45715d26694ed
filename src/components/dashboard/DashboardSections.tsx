import * as React from 'react';
import type { CalendarEvent, DashboardDocument, DashboardProfile, DashboardSettings, GuideRef, SectionResult } from '../../core/dashboard';
import { eventsByDay, isEventNow, togglePinnedGuide } from '../../core/dashboardRules';
import type { Municipality } from '../../core/municipality';
import type { NewsItem } from '../../core/news';
import { DateText } from '../common/DateText';
import { formatParts } from '../common/formatParts';
import { commonStrings } from '../common/commonStrings';
import { isOverdue } from '../../core/mustRead';
import { formatText } from '../common/formatText';
import { FileTypeGlyph, GuideGlyph, PinGlyph, VideoGlyph } from './DashboardGlyphs';
import { dayHeading, initialsOf, SECTION_SCOPES, timeRange } from './dashboardStrings';
import { css, ICommonProps, Loading, Section, SectionFailure, targetOf } from './SectionFrame';

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
                          {item.readBy && <span data-read-by="">{formatParts(d.ReadBy, <DateText iso={item.readBy} formatter={props.formatter} kind="day" />)}</span>}
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
                  return (
                    <li key={item.url} className={classNames.row}>
                      <div className={classNames.rowMain}>
                        <h3 className={classNames.rowTitle}><a className={classNames.link} href={item.url} {...targetOf(props.newWindow)}>{item.title}</a></h3>
                        <span className={classNames.meta}><DateText iso={item.publishedAt} formatter={props.formatter} />{item.authorName ? ` · ${item.authorName}` : ''}</span>
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
              <h3 className={classNames.dayHeading}>{dayHeading(strings, day.date, props.now, props.formatter.locale)}</h3>
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
                  const date = <DateText iso={doc.modifiedAt} formatter={props.formatter} />;
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
                          {doc.modifiedBy ? formatParts(d.ModifiedBy, date, doc.modifiedBy) : formatParts(d.Modified, date)}
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

export function profileNewsFor(profile: SectionResult<DashboardProfile> | undefined): string | undefined {
  if (!profile || !profile.ok) {
    return undefined;
  }
  return [profile.value.department, profile.value.officeLocation].filter(Boolean).join(', ') || undefined;
}
