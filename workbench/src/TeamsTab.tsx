import * as React from 'react';
import { followTeamsTheme } from '../../src/components/common/teamsHost';
import type { ITeamsAppLike, TeamsThemeName } from '../../src/components/common/teamsHost';
import type { SamverkaServices } from '../../src/core/ports';
import type { DashboardServices } from '../../src/components/dashboard/useDashboard';
import { ContentHealthWebPart } from './ContentHealthWebPart';
import { DashboardWebPart } from './DashboardWebPart';
import { GuideEditorWebPart } from './GuideEditorWebPart';
import { NewsWebPart } from './NewsWebPart';
import { ReuseWebPart } from './ReuseWebPart';
import { SearchWebPart } from './SearchWebPart';
import type { IWorkbenchState } from './workbenchState';

export interface ITeamsTabProps {
  state: IWorkbenchState;
  services: SamverkaServices;
  teams: ITeamsAppLike;
  /** Set when the tab is "Min sida" (the personal app's first tab). */
  dashboard?: DashboardServices;
}

const RAIL = ['Aktivitet', 'Chatt', 'Team', 'Kalender', 'Samverka'];

/** The personal app's tabs, one per web part, in the order the app manifest would list them. */
export const TEAMS_TABS: Array<[IWorkbenchState['page'], string]> = [
  ['dashboard', 'Min sida'], ['news', 'Nyheter'], ['sok', 'Sök'], ['stada', 'Städa innehåll'], ['samverka', 'Samverkan'], ['guider', 'Guider']
];

/** As on the SharePoint page: which web part the tab holds, for tests and styles. */
const WEB_PARTS: Record<IWorkbenchState['page'], string> = {
  dashboard: 'personal-dashboard', news: 'targeted-news', sok: 'search', stada: 'content-health', samverka: 'content-reuse', guider: 'guide-editor',
  // The must-read bar is an application customizer, not a tab: a Teams address with it shows the news.
  nyhet: 'targeted-news'
};

export function teamsTabLabel(page: IWorkbenchState['page']): string {
  return (TEAMS_TABS.filter(([key]) => key === page)[0] || TEAMS_TABS[1])[1];
}

/**
 * Inside the frame: a Teams personal tab. The theme comes from the (stand-in) Teams SDK through
 * followTeamsTheme, the same code the web part runs in Teams.
 */
export function TeamsTab(props: ITeamsTabProps): React.ReactElement {
  const [theme, setTheme] = React.useState<TeamsThemeName | undefined>(undefined);
  React.useEffect(() => { followTeamsTheme(props.teams, setTheme).catch(() => setTheme('default')); }, [props.teams]);
  const hostTheme = React.useMemo(() => (theme ? { kind: 'teams' as const, name: theme } : undefined), [theme]);

  return (
    <div className={`teams-app teams-app--${theme || 'default'}`}>
      <nav className="teams-rail" aria-label="Appar i Teams">
        <ul>
          {RAIL.map((app) => (
            <li key={app} className={app === 'Samverka' ? 'is-active' : undefined}>
              <span className="teams-rail__icon" aria-hidden="true">{app.charAt(0)}</span>
              <span className="teams-rail__label">{app}</span>
            </li>
          ))}
        </ul>
      </nav>
      <div className="teams-main">
        <header className="teams-header">
          <span className="teams-header__icon" aria-hidden="true">S</span>
          <span className="teams-header__app">Samverka</span>
          {TEAMS_TABS.map(([page, label]) => (
            <span key={page} className="teams-header__tab" aria-current={page === props.state.page ? 'page' : undefined}>{label}</span>
          ))}
        </header>
        <main className="teams-content">
          <div className="teams-card" data-webpart={WEB_PARTS[props.state.page]}>
            {hostTheme && (props.dashboard
              ? <DashboardWebPart services={props.dashboard} hostTheme={hostTheme} />
              : props.state.page === 'sok' ? <SearchWebPart persona={props.state.persona} hostTheme={hostTheme} />
                : props.state.page === 'stada' ? <ContentHealthWebPart persona={props.state.persona} hostTheme={hostTheme} />
                  : props.state.page === 'samverka' ? <ReuseWebPart persona={props.state.persona} hostTheme={hostTheme} />
                    : props.state.page === 'guider' ? <GuideEditorWebPart persona={props.state.persona} hostTheme={hostTheme} />
                    : <NewsWebPart services={props.services} layout={props.state.layout} hostTheme={hostTheme} />)}
          </div>
        </main>
      </div>
    </div>
  );
}
