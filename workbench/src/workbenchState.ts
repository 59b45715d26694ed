import type { TeamsThemeName } from '../../src/components/common/teamsHost';
import type { NewsLayout } from '../../src/components/news/newsSettings';
import { SEARCH_PARAMS } from '../../src/core/search';
import { personaByKey } from './personas';

/** Everything the workbench's controls choose, kept in the address so a view can be linked to. */
export interface IWorkbenchState {
  persona: string;
  view: 'sharepoint' | 'teams';
  /** The news start page, the personal dashboard ("Min sida"), or a hub page of its own (content health, search, reuse, the guide editor). */
  page: 'news' | 'dashboard' | 'stada' | 'sok' | 'samverka' | 'guider';
  layout: NewsLayout;
  lang: 'sv' | 'en';
  theme: TeamsThemeName;
  /** The search web part's own address parameters (q, v, …), handed on to the Teams tab's frame. */
  search: string;
}

export function readState(search: string): IWorkbenchState {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    persona: personaByKey(params.get('persona')).key,
    view: params.get('view') === 'teams' ? 'teams' : 'sharepoint',
    // A persona switch keeps the page, so an editor's page can be seen as an employee too.
    page: readPage(params.get('page')),
    layout: params.get('layout') === 'list' ? 'list' : 'cards',
    lang: params.get('lang') === 'en' ? 'en' : 'sv',
    theme: theme === 'dark' || theme === 'contrast' ? theme : 'default',
    search: new URLSearchParams([...params].filter(([key]) => SEARCH_PARAMS.indexOf(key) >= 0)).toString()
  };
}

export function stateUrl(page: '/' | '/teams', state: IWorkbenchState): string {
  const params = new URLSearchParams({ persona: state.persona, page: state.page, layout: state.layout, lang: state.lang, theme: state.theme });
  if (page === '/') params.set('view', state.view);
  // On the page itself Sök writes these into the address; in Teams the frame's address is its own.
  const search = page === '/teams' && state.page === 'sok' && state.search ? `&${state.search}` : '';
  return `${page}?${params.toString()}${search}`;
}

function readPage(value: string | null): IWorkbenchState['page'] {
  return value === 'dashboard' || value === 'stada' || value === 'sok' || value === 'samverka' || value === 'guider' ? value : 'news';
}
