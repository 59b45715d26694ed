import './bootstrap';
import './icons';
import './workbench.css';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { TeamsThemeName } from '../../src/components/common/teamsHost';
import { DevBar } from './DevBar';
import { createMockTeamsApp, isTeamsThemeMessage } from './mockTeams';
import type { ITeamsThemeMessage } from './mockTeams';
import { lookUpPersona, personaProblemText } from './personas';
import type { IPersona, PersonaLookup } from './personas';
import { SharePointPage } from './SharePointPage';
import { TeamsTab, teamsTabLabel } from './TeamsTab';
import { createWorkbenchServices, readNewsService } from './NewsWebPart';
import { createWorkbenchDashboardServices } from './DashboardWebPart';
import { readState, stateUrl } from './workbenchState';
import type { IWorkbenchState } from './workbenchState';

const container = document.getElementById('workbench') as HTMLElement;
const state = readState(window.location.search);
// Who is signed in, for a page opened from a link that carries no address of ours (serve.mjs).
document.cookie = `samverka-workbench-persona=${encodeURIComponent(state.persona)}; path=/; SameSite=Lax`;
const services = createWorkbenchServices(state.persona, readNewsService(window.location.search));
const dashboard = state.page === 'dashboard' ? createWorkbenchDashboardServices(state.persona) : undefined;

// A new persona is a new sign-in: a fresh page, as in SharePoint (the services' session cache
// is keyed by user, so nothing of the previous persona is read).
function navigate(next: IWorkbenchState): void {
  window.location.assign(stateUrl('/', next));
}

/** In place of the page when the address signs in as nobody: what is wrong, in the workbench's language. */
function PersonaProblem(props: { lookup: Exclude<PersonaLookup, { kind: 'person' }> }): React.ReactElement {
  return (
    <main className="wb-problem">
      <p role="alert" data-testid="persona-problem">{personaProblemText(props.lookup, state.lang)}</p>
    </main>
  );
}

function WorkbenchPage(props: { lookup: PersonaLookup }): React.ReactElement {
  const persona: IPersona | undefined = props.lookup.kind === 'person' ? props.lookup.persona : undefined;
  const frame = React.useRef<HTMLIFrameElement>(null);
  const [theme, setTheme] = React.useState<TeamsThemeName>(state.theme);
  const changeTheme = (next: TeamsThemeName): void => {
    setTheme(next);
    window.history.replaceState(null, '', stateUrl('/', { ...state, theme: next }));
    const message: ITeamsThemeMessage = { type: 'samverka:teams-theme', theme: next };
    if (frame.current && frame.current.contentWindow) {
      frame.current.contentWindow.postMessage(message, window.location.origin);
    }
  };

  return (
    <>
      <DevBar state={{ ...state, theme }} persona={persona} onNavigate={navigate} onThemeChange={changeTheme} />
      {props.lookup.kind !== 'person'
        ? <PersonaProblem lookup={props.lookup} />
        : state.view === 'sharepoint'
        ? <SharePointPage state={state} persona={props.lookup.persona} services={services} dashboard={dashboard} />
        : (
          <main className="wb-teamsframe">
            {/* The initial theme travels in the address; later changes as Teams sends them, by message. */}
            <iframe ref={frame} title={`Teams-flik: Samverka ${teamsTabLabel(state.page)}`} src={stateUrl('/teams', state)} />
          </main>
        )}
    </>
  );
}

function render(lookup: PersonaLookup): void {
  if (container.getAttribute('data-host') !== 'teams') {
    ReactDom.render(<WorkbenchPage lookup={lookup} />, container);
  } else if (lookup.kind !== 'person') {
    ReactDom.render(<PersonaProblem lookup={lookup} />, container);
  } else {
    const teams = createMockTeamsApp(state.theme, lookup.persona.mail);
    window.addEventListener('message', (event) => {
      if (event.origin === window.location.origin && isTeamsThemeMessage(event.data)) {
        teams.setTheme(event.data.theme);
      }
    });
    document.title = `${teamsTabLabel(state.page)} – Samverka i Teams (${lookup.persona.name})`;
    ReactDom.render(<TeamsTab state={state} services={services} teams={teams} dashboard={dashboard} />, container);
  }
}

// A listed persona is known at once; anyone else (`?persona=upn:<address>`) is asked of the local tenant.
lookUpPersona(state.persona, window.location.origin, (url, init) => window.fetch(url, init)).then(render, () => undefined);
