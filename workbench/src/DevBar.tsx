import * as React from 'react';
import type { TeamsThemeName } from '../../src/components/common/teamsHost';
import { knownPersona, PERSONAS } from './personas';
import type { IPersona } from './personas';
import type { IWorkbenchState } from './workbenchState';

export interface IDevBarProps {
  state: IWorkbenchState;
  /** Who the address signs in as; undefined when it names nobody the local tenant knows. */
  persona?: IPersona;
  /** A change that needs a fresh page (persona, language, layout, view). */
  onNavigate(next: IWorkbenchState): void;
  onThemeChange(theme: TeamsThemeName): void;
}

/** Every page of the workbench, on the SharePoint page as in the Teams frame. */
const PAGES: Array<[IWorkbenchState['page'], string]> = [
  ['news', 'Nyhetssida'], ['dashboard', 'Min sida'], ['sok', 'Sök'], ['stada', 'Städa innehåll'], ['samverka', 'Samverka'], ['guider', 'Guideredigeraren'], ['nyhet', 'Nyhet att läsa']
];
const THEMES: Array<[TeamsThemeName, string]> = [['default', 'Standard'], ['dark', 'Mörkt'], ['contrast', 'Hög kontrast']];

/** The workbench's own controls, above the page it simulates. */
export function DevBar(props: IDevBarProps): React.ReactElement {
  const { state } = props;
  const set = (patch: Partial<IWorkbenchState>): void => props.onNavigate({ ...state, ...patch });

  return (
    <aside className="wb-devbar" aria-label="Lokal arbetsyta">
      <span className="wb-devbar__brand">Samverka <span>lokal arbetsyta</span></span>

      <label className="wb-field">
        <span>Inloggad som</span>
        <select value={state.persona} onChange={(e) => set({ persona: e.target.value })} data-testid="persona">
          {PERSONAS.map((p) => (
            <option key={p.key} value={p.key}>{`${p.name} – ${p.title.toLowerCase()}, ${p.place} (${p.role})`}</option>
          ))}
          {/* Anyone else the address names (`?persona=upn:<address>`) is listed too, so the switcher tells who it is. */}
          {!knownPersona(state.persona) && (
            <option value={state.persona}>
              {props.persona ? `${props.persona.name} – ${[props.persona.title.toLowerCase(), props.persona.place].filter(Boolean).join(', ')}` : `${state.persona} (finns inte)`}
            </option>
          )}
        </select>
      </label>

      <div className="wb-tabs" role="group" aria-label="Sida">
        {PAGES.map(([page, label]) => (
          <button key={page} type="button" aria-pressed={state.page === page} onClick={() => set({ page })} data-testid={`page-${page}`}>{label}</button>
        ))}
      </div>

      <div className="wb-tabs" role="group" aria-label="Visa webbdelen">
        <button type="button" aria-pressed={state.view === 'sharepoint'} onClick={() => set({ view: 'sharepoint' })}>SharePoint-sida</button>
        <button type="button" aria-pressed={state.view === 'teams'} onClick={() => set({ view: 'teams' })}>Teams-flik</button>
      </div>

      <label className="wb-field">
        <span>Layout</span>
        <select value={state.layout} onChange={(e) => set({ layout: e.target.value === 'list' ? 'list' : 'cards' })}>
          <option value="cards">Kort</option>
          <option value="list">Lista</option>
        </select>
      </label>

      <label className="wb-field">
        <span>Språk</span>
        <select value={state.lang} onChange={(e) => set({ lang: e.target.value === 'en' ? 'en' : 'sv' })}>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </label>

      {state.view === 'teams' && (
        <label className="wb-field">
          <span>Teams-tema</span>
          <select value={state.theme} onChange={(e) => props.onThemeChange(e.target.value as TeamsThemeName)} data-testid="teams-theme">
            {THEMES.map(([key, label]) => <option key={key} value={key}>{label}</option>)}
          </select>
        </label>
      )}
    </aside>
  );
}
