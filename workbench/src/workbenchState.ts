import type { TeamsThemeName } from '../../src/components/common/teamsHost';
import type { NewsLayout } from '../../src/settings/targetedNews';
import { SEARCH_PARAMS } from '../../src/core/search';
import { personaToken } from './personas';

/** Everything the workbench's controls choose, kept in the address so a view can be linked to. */
export interface IWorkbenchState {
  /** The token of who is signed in: a persona's key or `upn:<address>` (personas.ts). */
  persona: string;
  view: 'sharepoint' | 'teams';
  /**
   * The news start page, the personal dashboard ("Min sida"), a hub page of its own (content health,
   * search, reuse, the guide editor), or one news page with the must-read bar of the application
   * customizer (SharePoint only).
   */
  page: 'news' | 'dashboard' | 'stada' | 'sok' | 'samverka' | 'guider' | 'nyhet';
  /** The news page shown on `nyhet` (server-relative URL); empty: the newest must-read news of the persona's hub. */
  item: string;
  layout: NewsLayout;
  lang: 'sv' | 'en';
  theme: TeamsThemeName;
  /** The search web part's own address parameters (q, v, …), handed on to the Teams tab's frame. */
  search: string;
}

export function readState(search: string): IWorkbenchState {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const page = readPage(params.get('page'));
  return {
    persona: personaToken(params.get('persona')),
    // An application customizer has no Teams host: its news page is a SharePoint page.
    view: params.get('view') === 'teams' && page !== 'nyhet' ? 'teams' : 'sharepoint',
    // A persona switch keeps the page, so an editor's page can be seen as an employee too.
    page,
    item: page === 'nyhet' ? params.get('item') || '' : '',
    layout: params.get('layout') === 'list' ? 'list' : 'cards',
    lang: params.get('lang') === 'en' ? 'en' : 'sv',
    theme: theme === 'dark' || theme === 'contrast' ? theme : 'default',
    search: new URLSearchParams([...params].filter(([key]) => SEARCH_PARAMS.indexOf(key) >= 0)).toString()
  };
}

export function stateUrl(page: '/' | '/teams', state: IWorkbenchState): string {
  const params = new URLSearchParams({ persona: state.persona, page: state.page, layout: state.layout, lang: state.lang, theme: state.theme });
  if (page === '/') params.set('view', state.view);
  if (state.page === 'nyhet' && state.item) params.set('item', state.item);
  // On the page itself Sök writes these into the address; in Teams the frame's address is its own.
  const search = page === '/teams' && state.page === 'sok' && state.search ? `&${state.search}` : '';
  return `${page}?${params.toString()}${search}`;
}

function readPage(value: string | null): IWorkbenchState['page'] {
  return value === 'dashboard' || value === 'stada' || value === 'sok' || value === 'samverka' || value === 'guider' || value === 'nyhet' ? value : 'news';
}
