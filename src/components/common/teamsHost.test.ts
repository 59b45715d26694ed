import { followTeamsTheme, toTeamsThemeName } from './teamsHost';
import type { ITeamsAppLike } from './teamsHost';
import { resolveHostTheme } from './hostTheme';

function teamsApp(theme: string, fails: boolean = false): ITeamsAppLike & { change(theme: string): void } {
  let handler: ((theme: string) => void) | undefined;
  return {
    getContext: () => (fails ? Promise.reject(new Error('no context')) : Promise.resolve({ app: { theme } })),
    registerOnThemeChangeHandler: (h) => { handler = h; },
    change: (next) => { if (handler) handler(next); }
  };
}

describe('followTeamsTheme', () => {
  it('reports the current theme, then every change', async () => {
    const app = teamsApp('dark');
    const seen: string[] = [];
    await followTeamsTheme(app, (name) => seen.push(name));
    app.change('contrast');
    app.change('default');
    expect(seen).toEqual(['dark', 'contrast', 'default']);
  });

  it('falls back to the light theme without a context', async () => {
    const seen: string[] = [];
    await followTeamsTheme(teamsApp('dark', true), (name) => seen.push(name));
    expect(seen).toEqual(['default']);
  });

  it('treats unknown theme names as the light theme', () => {
    expect(toTeamsThemeName('fluent-purple')).toBe('default');
    expect(toTeamsThemeName(undefined)).toBe('default');
  });
});

describe('resolveHostTheme', () => {
  it('makes Teams dark and high contrast inverted, light not', () => {
    expect(resolveHostTheme({ kind: 'teams', name: 'default' }).isInverted).toBe(false);
    expect(resolveHostTheme({ kind: 'teams', name: 'dark' }).isInverted).toBe(true);
    const contrast = resolveHostTheme({ kind: 'teams', name: 'contrast' });
    expect(contrast.semanticColors.bodyBackground).toBe('#000000');
    expect(contrast.semanticColors.bodyText).toBe('#ffffff');
  });

  it('keeps the colours of a SharePoint section theme', () => {
    const theme = resolveHostTheme({ kind: 'sharepoint', theme: { palette: { themePrimary: '#03787c' } } });
    expect(theme.palette.themePrimary).toBe('#03787c');
  });
});
