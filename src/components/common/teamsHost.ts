/**
 * The part of the Teams SDK the feed needs: the host's theme and its changes. Kept structural
 * so the web part passes the SDK instance SPFx hands over (context.sdks.microsoftTeams.teamsJs.app)
 * and the local workbench passes a stand-in; the project never bundles @microsoft/teams-js.
 */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

export interface ITeamsAppLike {
  getContext(): Promise<{ app: { theme: string } }>;
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
}

/** Teams reports 'default', 'dark' or 'contrast'; anything else is treated as the light theme. */
export function toTeamsThemeName(theme: string | undefined): TeamsThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/** Calls onTheme with the current Teams theme, then again whenever the user switches it. */
export function followTeamsTheme(app: ITeamsAppLike, onTheme: (theme: TeamsThemeName) => void): Promise<void> {
  app.registerOnThemeChangeHandler((theme: string) => onTheme(toTeamsThemeName(theme)));
  return app.getContext().then(
    (context) => onTheme(toTeamsThemeName(context.app.theme)),
    // Without a context the light theme stays: a theme is never worth failing the web part over.
    () => onTheme('default')
  );
}
