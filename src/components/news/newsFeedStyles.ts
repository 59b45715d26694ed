// From Fluent's own packages, not the @fluentui/react/lib/Styling barrel: the barrel's module
// sets up Fluent components' theme loading (Customizations, load-themed-styles), which the feed,
// having no Fluent component, would download for nothing.
import { keyframes, mergeStyleSets } from '@fluentui/merge-styles';
import type { IRawStyle } from '@fluentui/merge-styles';
import { FontWeights } from '@fluentui/theme';
import type { ITheme } from '@fluentui/theme';

/**
 * Styles of the feed, from the host's theme (a SharePoint section, or Teams light, dark and
 * high contrast). CSS-in-JS rather than SCSS so the same code renders in the SPFx bundle,
 * in the esbuild workbench and in Jest without a style loader.
 */
export interface INewsFeedClassNames {
  root: string;
  header: string;
  title: string;
  filter: string;
  filterLabel: string;
  chip: string;
  chipSelected: string;
  list: string;
  cards: string;
  row: string;
  rowMedia: string;
  card: string;
  cardBody: string;
  hero: string;
  heroBody: string;
  heroTitle: string;
  heroDescription: string;
  media: string;
  image: string;
  placeholder: string;
  body: string;
  meta: string;
  source: string;
  date: string;
  boosted: string;
  mustRead: string;
  overdue: string;
  itemTitle: string;
  link: string;
  description: string;
  footer: string;
  button: string;
  notice: string;
  noticeError: string;
  noticeText: string;
  state: string;
  shimmerRow: string;
  /** A grey placeholder block with a light passing over it (none when the reader asks for less motion). */
  shimmer: string;
  shimmerLine: string;
  visuallyHidden: string;
}

/** Read by screen readers, not shown (Fluent's hiddenContentStyle). */
const HIDDEN_CONTENT: IRawStyle = { position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, border: 0, overflow: 'hidden', whiteSpace: 'nowrap' };

/** The light that passes over the placeholders while the news load. */
const SHIMMER_WAVE = keyframes({ '0%': { backgroundPosition: '100% 0' }, '100%': { backgroundPosition: '-100% 0' } });

export function getNewsFeedClassNames(theme: ITheme): INewsFeedClassNames {
  const { palette, semanticColors, fonts, effects } = theme;
  const focusRing: IRawStyle = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' };
  const resetList: IRawStyle = { listStyle: 'none', margin: 0, padding: 0 };
  const pill: IRawStyle = {
    ...fonts.medium,
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: 32,
    padding: '0 14px',
    borderRadius: 16,
    border: `1px solid ${palette.neutralSecondary}`,
    background: semanticColors.bodyBackground,
    color: semanticColors.bodyText,
    cursor: 'pointer',
    selectors: {
      ':hover': { background: palette.neutralLighter },
      ':focus-visible': focusRing
    }
  };

  return mergeStyleSets({
    root: { ...fonts.medium, color: semanticColors.bodyText, background: semanticColors.bodyBackground },
    header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 12, marginBottom: 12 },
    title: { ...fonts.xLarge, fontWeight: FontWeights.semibold, margin: 0, color: semanticColors.bodyText },
    filter: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBottom: 16 },
    filterLabel: { ...fonts.medium, color: palette.neutralSecondary, marginRight: 4 },
    chip: pill,
    chipSelected: {
      background: palette.themePrimary,
      borderColor: palette.themePrimary,
      color: palette.white,
      fontWeight: FontWeights.semibold,
      selectors: { ':hover': { background: palette.themeDarkAlt, borderColor: palette.themeDarkAlt } }
    },
    list: { ...resetList, borderTop: `1px solid ${palette.neutralLight}` },
    cards: {
      ...resetList,
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
      gap: 20
    },
    row: {
      position: 'relative',
      display: 'flex',
      gap: 16,
      padding: '16px 0',
      borderBottom: `1px solid ${palette.neutralLight}`,
      alignItems: 'flex-start'
    },
    rowMedia: { flex: '0 0 168px', borderRadius: effects.roundedCorner4 },
    card: {
      position: 'relative',
      display: 'flex',
      flexDirection: 'column',
      borderRadius: effects.roundedCorner6,
      overflow: 'hidden',
      background: semanticColors.bodyBackground,
      border: `1px solid ${palette.neutralLight}`,
      boxShadow: effects.elevation4,
      transition: 'box-shadow 120ms ease-out',
      selectors: { ':hover': { boxShadow: effects.elevation16 } }
    },
    cardBody: { padding: '12px 16px 16px' },
    hero: {
      gridColumn: '1 / -1',
      display: 'grid',
      // Image beside the text when there is room, above it when the section is narrow.
      gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))'
    },
    heroBody: { padding: '24px 28px', alignSelf: 'center', gap: 10 },
    heroTitle: { ...fonts.xxLarge, fontWeight: FontWeights.semibold },
    heroDescription: { ...fonts.mediumPlus, WebkitLineClamp: '4' },
    media: {
      position: 'relative',
      overflow: 'hidden',
      background: palette.neutralLighter,
      selectors: { '::before': { content: '""', display: 'block', paddingTop: '56.25%' } }
    },
    image: { position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', objectFit: 'cover' },
    placeholder: {
      position: 'absolute',
      top: 0,
      left: 0,
      width: '100%',
      height: '100%',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      color: palette.themePrimary,
      background: `linear-gradient(135deg, ${palette.themeLighterAlt}, ${palette.themeLighter})`
    },
    body: { display: 'flex', flexDirection: 'column', gap: 6, minWidth: 0, flex: '1 1 auto' },
    meta: { ...fonts.small, order: -1, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px', color: palette.neutralSecondary },
    source: { fontWeight: FontWeights.semibold, color: palette.themeDarkAlt, textTransform: 'uppercase', letterSpacing: '0.04em' },
    date: { color: palette.neutralSecondary },
    boosted: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 4,
      padding: '1px 8px',
      borderRadius: 10,
      fontWeight: FontWeights.semibold,
      background: palette.themePrimary,
      color: palette.white
    },
    // Läs och bekräfta: outlined labels in the theme's text colours, so they read in every theme and in high contrast.
    mustRead: {
      padding: '0 8px',
      borderRadius: 10,
      border: `1px solid ${palette.themeDarkAlt}`,
      fontWeight: FontWeights.semibold,
      color: palette.themeDarkAlt
    },
    overdue: {
      padding: '0 8px',
      borderRadius: 10,
      border: `1px solid ${semanticColors.errorText}`,
      fontWeight: FontWeights.semibold,
      color: semanticColors.errorText
    },
    itemTitle: { ...fonts.large, fontWeight: FontWeights.semibold, margin: 0, overflowWrap: 'anywhere' },
    link: {
      color: semanticColors.bodyText,
      textDecoration: 'none',
      selectors: {
        // The whole item is the link's target area; only the title is in the tab order.
        '::after': { content: '""', position: 'absolute', top: 0, right: 0, bottom: 0, left: 0, zIndex: 1 },
        ':hover': { textDecoration: 'underline', color: semanticColors.linkHovered },
        ':focus': { outline: 'none' },
        ':focus-visible::after': { ...focusRing, outlineOffset: '-2px', borderRadius: effects.roundedCorner4 }
      }
    },
    description: {
      margin: 0,
      color: palette.neutralSecondary,
      display: '-webkit-box',
      WebkitLineClamp: '2',
      WebkitBoxOrient: 'vertical',
      overflow: 'hidden'
    },
    footer: { display: 'flex', justifyContent: 'center', marginTop: 20 },
    button: {
      ...pill,
      borderRadius: effects.roundedCorner4,
      padding: '0 20px',
      fontWeight: FontWeights.semibold,
      selectors: { ...(pill.selectors as object), ':disabled': { cursor: 'default', color: palette.neutralSecondary, background: palette.neutralLighter } }
    },
    notice: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: '8px 16px',
      padding: '8px 12px',
      marginBottom: 12,
      borderLeft: `4px solid ${palette.neutralSecondary}`,
      background: palette.neutralLighter,
      color: semanticColors.bodyText
    },
    noticeError: { borderLeftColor: semanticColors.errorIcon, background: semanticColors.errorBackground, color: semanticColors.errorText },
    noticeText: { flex: '1 1 240px', margin: 0 },
    state: { padding: '24px 0', color: semanticColors.bodyText, selectors: { p: { margin: '0 0 12px' } } },
    shimmerRow: { display: 'flex', alignItems: 'center', gap: 16, padding: '16px 0', borderBottom: `1px solid ${palette.neutralLight}` },
    shimmer: {
      display: 'block',
      flexShrink: 0,
      background: `linear-gradient(to right, ${palette.neutralLighter} 0%, ${palette.neutralLight} 50%, ${palette.neutralLighter} 100%)`,
      backgroundSize: '200% 100%',
      animationName: SHIMMER_WAVE,
      animationDuration: '2s',
      animationTimingFunction: 'ease-in-out',
      animationIterationCount: 'infinite',
      selectors: {
        '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
        '@media screen and (forced-colors: active)': { background: 'GrayText', forcedColorAdjust: 'none' }
      }
    },
    shimmerLine: { flex: '1 1 auto', height: 18 },
    visuallyHidden: HIDDEN_CONTENT
  });
}
