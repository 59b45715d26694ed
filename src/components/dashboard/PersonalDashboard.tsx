import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { calendarWindow, guidesForMunicipality, pickGuides } from '../../core/dashboardRules';
import { formatText } from '../common/formatText';
import { resolveHostTheme } from '../common/hostTheme';
import type { HostTheme } from '../common/hostTheme';
import {
  CalendarSection, DocumentsSection, GuidesSection, NewsSection, ProfileHeader, profileNewsFor, ToReadSection
} from './DashboardSections';
import { LinksSection } from './LinksSection';
import { getDashboardClassNames } from './dashboardStyles';
import { errorText } from '../common/commonStrings';
import type { IDashboardStrings } from './dashboardStrings';
import { useDashboard } from './useDashboard';
import { useDayClock } from './useDayClock';
import type { DashboardServices } from './useDashboard';
import { checkPersonalDashboardProperties } from '../../settings/personalDashboard';
import type { SavedPersonalDashboardProps } from '../../settings/personalDashboard';
import { uiFormatter } from '../common/commonStrings';

export interface IPersonalDashboardProps {
  services: DashboardServices;
  /** The web part properties as saved on the page; read here with the web part's own parsers. */
  properties: SavedPersonalDashboardProps;
  strings: IDashboardStrings;
  hostTheme?: HostTheme;
  /** Scheme and host of the tenant, for the "all news" link of the hub. */
  tenantUrl: string;
  /** A fixed "now" (tests); without it the clock is read, and read again when the day changes. */
  now?: Date;
  /** The clock read when `now` is not given (tests replace it). */
  clock?: () => Date;
}

const NEWS_COUNT = 5;

/**
 * "Min sida": the personal dashboard, on a SharePoint page or as a Teams personal tab. Every
 * section loads and fails on its own; what the user chooses (links, municipality, pinned
 * guides) is saved for them and follows them between SharePoint and Teams.
 */
export function PersonalDashboard(props: IPersonalDashboardProps): React.ReactElement {
  const p = checkPersonalDashboardProperties(props.properties).values;
  const show = { news: p.showNews, calendar: p.showCalendar, documents: p.showDocuments, guides: p.showGuides, links: p.showLinks };
  const { calendarDays, documentCount } = p;
  // Read once, and again when the day has changed (a tab left open overnight): see useDayClock.
  const now = useDayClock(props.now, props.clock);
  const theme = React.useMemo(() => resolveHostTheme(props.hostTheme), [props.hostTheme]);
  const classNames = React.useMemo(() => getDashboardClassNames(theme), [theme]);
  const state = useDashboard(props.services, {
    calendarDays, documentCount, newsCount: NEWS_COUNT,
    showNews: show.news, showCalendar: show.calendar, showDocuments: show.documents, showGuides: show.guides, now
  });
  const { data, settings } = state;
  const formatter = React.useMemo(() => uiFormatter(() => now), [now]);
  const common = { strings: props.strings, classNames, now, formatter, newWindow: !!props.hostTheme && props.hostTheme.kind === 'teams' };
  const dates = React.useMemo(() => calendarWindow(now, calendarDays).dates, [now, calendarDays]);

  const guides = React.useMemo(() => {
    if (!data || !data.guides || !data.guides.ok) {
      return data ? data.guides : null;
    }
    const department = data.profile.ok ? (data.profile.value.department || '').toLowerCase() : '';
    const all = guidesForMunicipality(data.guides.value, state.municipality && state.municipality.id);
    const ofDepartment = new Set(all.filter(g => department && (g.forvaltning || '').toLowerCase().indexOf(department) >= 0).map(g => g.id));
    return { ok: true as const, value: pickGuides(all, settings.pinnedGuideIds, ofDepartment, 6) };
  }, [data, settings.pinnedGuideIds, state.municipality]);

  const save = state.save;
  const status = save.kind === 'saving' ? props.strings.Dashboard.Saving
    : save.kind === 'saved' ? props.strings.Dashboard.Saved
      : save.kind === 'failed' ? formatText(props.strings.Dashboard.SaveFailed, errorText(save.code)) : '';
  const allNewsUrl = state.municipality ? `${props.tenantUrl.replace(/\/+$/, '')}${state.municipality.hubPath}/_layouts/15/news.aspx` : undefined;

  return (
    <ThemeProvider theme={theme} applyTo="none">
      <div className={classNames.root}>
        <ProfileHeader
          {...common}
          profile={data ? data.profile : undefined}
          municipalities={state.municipalities}
          municipality={state.municipality}
          onChooseMunicipality={id => state.updateSettings({ ...settings, municipalityId: id })}
          onRetry={state.reload}
        />
        <div className={classNames.grid}>
          <ToReadSection {...common} toRead={data ? data.toRead : undefined} onRetry={state.reload} />
          {show.calendar && <CalendarSection {...common} calendar={data ? data.calendar : undefined} dates={dates} onRetry={state.reload} />}
          {show.news && (
            <NewsSection {...common} news={state.news} forText={profileNewsFor(data ? data.profile : undefined)} allNewsUrl={allNewsUrl} onRetry={state.reload} />
          )}
          {show.documents && <DocumentsSection {...common} documents={data ? data.documents : undefined} onRetry={state.reload} />}
          {show.guides && guides && <GuidesSection {...common} guides={guides} settings={settings} onChange={state.updateSettings} onRetry={state.reload} />}
          {show.links && data && (
            <LinksSection {...common} settings={settings} onChange={state.updateSettings} status={status}
              failure={data.settings.ok ? undefined : data.settings.code} onRetry={state.reload} />
          )}
        </div>
      </div>
    </ThemeProvider>
  );
}

export default PersonalDashboard;
