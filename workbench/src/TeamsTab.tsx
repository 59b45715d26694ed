import * as React from 'react';
import { followTeamsTheme } from '../../src/components/common/teamsHost';
import type { ITeamsAppLike, TeamsThemeName } from '../../src/components/common/teamsHost';
import type { SamverkaServices } from '../../src/core/ports';
import type { DashboardServices } from '../../src/components/dashboard/useDashboard';
import { DashboardWebPart } from './DashboardWebPart';
import { NewsWebPart } from './NewsWebPart';
import type { IWorkbenchState } from './workbenchState';

export interface ITeamsTabProps {
  state: IWorkbenchState;
  services: SamverkaServices;
  teams: ITeamsAppLike;
  /** Set when the tab is "Min sida" (the personal app's first tab). */
  dashboard?: DashboardServices;
}

const RAIL = ['Aktivitet', 'Chatt', 'Team', 'Kalender', 'Samverka'];

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
          <span className="teams-header__tab" aria-current={props.dashboard ? 'page' : undefined}>Min sida</span>
          <span className="teams-header__tab" aria-current={props.dashboard ? undefined : 'page'}>Nyheter</span>
        </header>
        <main className="teams-content">
          <div className="teams-card">
            {hostTheme && (props.dashboard
              ? <DashboardWebPart services={props.dashboard} hostTheme={hostTheme} />
              : <NewsWebPart services={props.services} layout={props.state.layout} hostTheme={hostTheme} />)}
          </div>
        </main>
      </div>
    </div>
  );
}
