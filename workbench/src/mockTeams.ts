import type { ITeamsAppLike, TeamsThemeName } from '../../src/components/common/teamsHost';

/** Message the workbench page posts to the Teams frame when the theme selector changes. */
export interface ITeamsThemeMessage {
  type: 'samverka:teams-theme';
  theme: TeamsThemeName;
}

export function isTeamsThemeMessage(data: unknown): data is ITeamsThemeMessage {
  return typeof data === 'object' && data !== null && (data as ITeamsThemeMessage).type === 'samverka:teams-theme';
}

/**
 * A stand-in for the Teams SDK's `app` as SPFx hands it over in a Teams tab: a context with the
 * theme, and theme change events (which Teams sends when the user switches theme).
 */
export function createMockTeamsApp(initial: TeamsThemeName, userPrincipalName: string): ITeamsAppLike & { setTheme(theme: TeamsThemeName): void } {
  let theme: TeamsThemeName = initial;
  const handlers: Array<(theme: string) => void> = [];
  return {
    getContext: () => Promise.resolve({
      app: { theme, locale: document.documentElement.lang === 'en' ? 'en-us' : 'sv-se', host: { name: 'Teams', clientType: 'web' } },
      page: { id: 'samverka-news', frameContext: 'content' },
      user: { userPrincipalName }
    }),
    registerOnThemeChangeHandler: (handler) => { handlers.push(handler); },
    setTheme: (next) => {
      theme = next;
      handlers.forEach((handler) => handler(next));
    }
  };
}
