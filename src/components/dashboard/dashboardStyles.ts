import { FontWeights, hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IRawStyle, ITheme } from '@fluentui/react/lib/Styling';

/**
 * Styles of "Min sida", from the host's theme (a SharePoint section, or Teams light, dark and
 * high contrast). One column on a phone, two or three cards side by side on a wide page.
 */
export interface IDashboardClassNames {
  root: string;
  header: string;
  avatar: string;
  identity: string;
  greeting: string;
  role: string;
  chips: string;
  chip: string;
  switcher: string;
  switchOption: string;
  switchOptionSelected: string;
  grid: string;
  card: string;
  cardWide: string;
  cardHeader: string;
  cardTitle: string;
  cardAction: string;
  list: string;
  row: string;
  rowMain: string;
  rowTitle: string;
  link: string;
  meta: string;
  icon: string;
  day: string;
  dayHeading: string;
  eventTime: string;
  eventNow: string;
  joinButton: string;
  empty: string;
  overdue: string;
  notice: string;
  noticeTitle: string;
  button: string;
  iconButton: string;
  iconButtonPressed: string;
  form: string;
  field: string;
  label: string;
  input: string;
  fieldError: string;
  status: string;
  visuallyHidden: string;
}

export function getDashboardClassNames(theme: ITheme): IDashboardClassNames {
  const { palette, semanticColors, fonts, effects } = theme;
  const focusRing: IRawStyle = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' };
  const resetList: IRawStyle = { listStyle: 'none', margin: 0, padding: 0 };
  const buttonBase: IRawStyle = {
    ...fonts.medium,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 6,
    minHeight: 32,
    padding: '0 12px',
    borderRadius: effects.roundedCorner4,
    border: `1px solid ${palette.neutralSecondary}`,
    background: semanticColors.bodyBackground,
    color: semanticColors.bodyText,
    cursor: 'pointer',
    textDecoration: 'none',
    selectors: { ':hover': { background: palette.neutralLighter }, ':focus-visible': focusRing }
  };

  return mergeStyleSets({
    root: { ...fonts.medium, color: semanticColors.bodyText, background: semanticColors.bodyBackground, padding: '4px 0 16px', colorScheme: theme.isInverted ? 'dark' : 'light', accentColor: palette.themePrimary },
    header: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: 16,
      padding: '20px 24px',
      marginBottom: 20,
      borderRadius: effects.roundedCorner6,
      background: palette.themeLighterAlt,
      border: `1px solid ${palette.themeLighter}`
    },
    avatar: {
      flex: '0 0 56px',
      width: 56,
      height: 56,
      borderRadius: '50%',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      background: palette.themePrimary,
      color: palette.white,
      fontSize: 22,
      fontWeight: FontWeights.semibold
    },
    identity: { flex: '1 1 260px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: 4 },
    greeting: { ...fonts.xLarge, fontWeight: FontWeights.semibold, margin: 0, color: semanticColors.bodyText },
    role: { margin: 0, color: palette.neutralPrimaryAlt },
    chips: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, margin: 0, padding: 0, listStyle: 'none' },
    chip: {
      ...fonts.small,
      padding: '2px 10px',
      borderRadius: 12,
      border: `1px solid ${palette.neutralSecondary}`,
      color: semanticColors.bodyText
    },
    switcher: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, border: 0, margin: 0, padding: 0 },
    switchOption: {
      ...buttonBase,
      borderRadius: 16,
      // The radio itself is hidden: its label shows where keyboard focus is.
      selectors: { ...buttonBase.selectors as object, 'input': { ...hiddenContentStyle }, ':focus-within': focusRing }
    },
    switchOptionSelected: {
      background: palette.themePrimary,
      borderColor: palette.themePrimary,
      color: palette.white,
      fontWeight: FontWeights.semibold,
      selectors: { ':hover': { background: palette.themeDarkAlt } }
    },
    // Columns rather than a grid: cards of different heights stack without gaps, and the
    // reading order stays the DOM order (column by column).
    grid: { columnWidth: 320, columnGap: 20 },
    card: {
      display: 'flex',
      flexDirection: 'column',
      breakInside: 'avoid',
      marginBottom: 20,
      minWidth: 0,
      padding: '16px 20px 20px',
      borderRadius: effects.roundedCorner6,
      background: semanticColors.bodyBackground,
      border: `1px solid ${palette.neutralLight}`,
      boxShadow: effects.elevation4
    },
    cardWide: { columnSpan: 'all' },
    cardHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 8, marginBottom: 8 },
    cardTitle: { ...fonts.large, fontWeight: FontWeights.semibold, margin: 0, color: semanticColors.bodyText },
    cardAction: { ...fonts.medium },
    list: { ...resetList },
    row: {
      display: 'flex',
      alignItems: 'flex-start',
      gap: 12,
      padding: '10px 0',
      borderTop: `1px solid ${palette.neutralLight}`,
      selectors: { ':first-child': { borderTop: 0 } }
    },
    rowMain: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: '1 1 auto' },
    rowTitle: { margin: 0, fontWeight: FontWeights.semibold, overflowWrap: 'anywhere', ...fonts.medium },
    link: {
      color: semanticColors.link,
      textDecoration: 'none',
      selectors: { ':hover': { textDecoration: 'underline', color: semanticColors.linkHovered }, ':focus-visible': focusRing }
    },
    meta: { ...fonts.small, color: palette.neutralSecondary, overflowWrap: 'anywhere' },
    icon: { flex: '0 0 auto', display: 'flex', marginTop: 2 },
    day: { marginTop: 12, selectors: { ':first-child': { marginTop: 0 } } },
    dayHeading: {
      ...fonts.medium,
      fontWeight: FontWeights.semibold,
      margin: '0 0 4px',
      color: palette.neutralPrimaryAlt,
      textTransform: 'none'
    },
    eventTime: { flex: '0 0 92px', ...fonts.small, color: palette.neutralPrimaryAlt, paddingTop: 1, fontVariantNumeric: 'tabular-nums' },
    eventNow: {
      ...fonts.xSmall,
      display: 'inline-block',
      marginLeft: 6,
      padding: '0 6px',
      borderRadius: 8,
      background: palette.themePrimary,
      color: palette.white,
      fontWeight: FontWeights.semibold
    },
    joinButton: {
      ...buttonBase,
      ...fonts.small,
      minHeight: 28,
      padding: '0 10px',
      background: palette.themePrimary,
      borderColor: palette.themePrimary,
      color: palette.white,
      fontWeight: FontWeights.semibold,
      selectors: { ':hover': { background: palette.themeDarkAlt, color: palette.white }, ':focus-visible': focusRing }
    },
    empty: { margin: '4px 0', color: palette.neutralSecondary },
    // A word, not colour alone; outlined in the theme's error text colour.
    overdue: {
      display: 'inline-block', marginLeft: 8, padding: '0 8px', borderRadius: 10, fontWeight: FontWeights.semibold,
      border: `1px solid ${semanticColors.errorText}`, color: semanticColors.errorText
    },
    notice: {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'flex-start',
      gap: 8,
      padding: '12px 14px',
      borderRadius: effects.roundedCorner4,
      borderLeft: `4px solid ${semanticColors.errorIcon}`,
      background: semanticColors.bodyStandoutBackground,
      color: semanticColors.bodyText
    },
    noticeTitle: { margin: 0, fontWeight: FontWeights.semibold },
    button: buttonBase,
    iconButton: {
      ...buttonBase,
      minHeight: 32,
      minWidth: 32,
      padding: 0,
      border: '1px solid transparent',
      background: 'transparent',
      selectors: { ':hover': { background: palette.neutralLighter }, ':focus-visible': focusRing, ':disabled': { opacity: 0.4, cursor: 'default' } }
    },
    iconButtonPressed: { color: palette.themePrimary },
    form: { display: 'flex', flexDirection: 'column', gap: 10, marginTop: 12 },
    field: { display: 'flex', flexDirection: 'column', gap: 4 },
    label: { fontWeight: FontWeights.semibold },
    input: {
      ...fonts.medium,
      minHeight: 32,
      padding: '0 8px',
      borderRadius: effects.roundedCorner2,
      border: `1px solid ${palette.neutralSecondary}`,
      background: semanticColors.inputBackground,
      color: semanticColors.inputText,
      selectors: { ':focus-visible': focusRing }
    },
    fieldError: { ...fonts.small, color: semanticColors.errorText, margin: 0 },
    status: { ...fonts.small, color: palette.neutralSecondary, minHeight: 16, margin: '8px 0 0' },
    visuallyHidden: hiddenContentStyle
  });
}
