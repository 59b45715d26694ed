// @fluentui/theme itself rather than the Styling barrel, whose module also sets up what Fluent
// components need (a view without them, the news feed, would download it for nothing).
import { createTheme } from '@fluentui/theme';
import type { IPalette, IPartialTheme, ISemanticColors, ITheme } from '@fluentui/theme';
import type { TeamsThemeName } from './teamsHost';

/**
 * Where the feed is shown decides its colours: a SharePoint section hands over its theme
 * (onThemeChanged), Teams names one of its three themes.
 */
export type HostTheme =
  | { kind: 'sharepoint'; theme?: IPartialTheme }
  | { kind: 'teams'; name: TeamsThemeName };

// Teams' own colours. Text colours are chosen to keep 4.5:1 against their backgrounds (WCAG AA).
const TEAMS_PALETTES: Record<TeamsThemeName, { palette: Partial<IPalette>; semanticColors?: Partial<ISemanticColors>; isInverted: boolean }> = {
  default: {
    isInverted: false,
    palette: {
      themePrimary: '#5b5fc7', themeLighterAlt: '#f7f7fd', themeLighter: '#e8ebfa', themeLight: '#d1d4f5',
      themeTertiary: '#a4a7e8', themeSecondary: '#7579eb', themeDarkAlt: '#4f52b2', themeDark: '#444791',
      themeDarker: '#33344a', neutralLighterAlt: '#fafafa', neutralLighter: '#f5f5f5', neutralLight: '#e0e0e0',
      neutralQuaternaryAlt: '#d1d1d1', neutralQuaternary: '#c7c7c7', neutralTertiaryAlt: '#bdbdbd',
      neutralTertiary: '#8a8a8a', neutralSecondary: '#616161', neutralPrimaryAlt: '#424242',
      neutralPrimary: '#242424', neutralDark: '#1b1b1b', black: '#000000', white: '#ffffff'
    }
  },
  dark: {
    isInverted: true,
    palette: {
      themePrimary: '#7f85f5', themeLighterAlt: '#2f2f4a', themeLighter: '#3d3e66', themeLight: '#444791',
      themeTertiary: '#5b5fc7', themeSecondary: '#7579eb', themeDarkAlt: '#9299f7', themeDark: '#aaaff9',
      themeDarker: '#c5cbfa', neutralLighterAlt: '#2e2e2e', neutralLighter: '#333333', neutralLight: '#3d3d3d',
      neutralQuaternaryAlt: '#474747', neutralQuaternary: '#525252', neutralTertiaryAlt: '#666666',
      neutralTertiary: '#8f8f8f', neutralSecondary: '#d1d1d1', neutralPrimaryAlt: '#e0e0e0',
      neutralPrimary: '#ffffff', neutralDark: '#f5f5f5', black: '#ffffff', white: '#292929'
    }
  },
  contrast: {
    isInverted: true,
    palette: {
      themePrimary: '#ffff01', themeLighterAlt: '#000000', themeLighter: '#000000', themeLight: '#1aebff',
      themeTertiary: '#1aebff', themeSecondary: '#ffff01', themeDarkAlt: '#ffff01', themeDark: '#ffff01',
      themeDarker: '#ffff01', neutralLighterAlt: '#000000', neutralLighter: '#000000', neutralLight: '#ffffff',
      neutralQuaternaryAlt: '#ffffff', neutralQuaternary: '#ffffff', neutralTertiaryAlt: '#ffffff',
      neutralTertiary: '#ffffff', neutralSecondary: '#ffffff', neutralPrimaryAlt: '#ffffff',
      neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
    },
    semanticColors: { link: '#ffff01', linkHovered: '#1aebff', bodyBackground: '#000000', bodyText: '#ffffff' }
  }
};

/** The complete Fluent theme for a host; without one, Fluent's default (SharePoint's blue). */
export function resolveHostTheme(host: HostTheme | undefined): ITheme {
  if (host && host.kind === 'teams') {
    return createTheme(TEAMS_PALETTES[host.name]);
  }
  return createTheme(host && host.theme ? host.theme : {});
}
