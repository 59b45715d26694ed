import { FontWeights, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';

/** Styles of the reuse view, from the host's theme; text keeps 4.5:1 against its background (WCAG AA). */
export interface IReuseClassNames {
  root: string;
  title: string;
  intro: string;
  readOnly: string;
  part: string;
  heading: string;
  fields: string;
  field: string;
  audience: string;
  offers: string;
  offer: string;
  offerTitle: string;
  meta: string;
  preview: string;
  previewImage: string;
  /** A borrow candidate's page, scaled down to fit the preview. */
  previewPage: string;
  answer: string;
  decline: string;
  buttons: string;
  previewItem: string;
  linkButton: string;
  logEntry: string;
  /** A failed send in the log: marked by a bar at its side as well as by its words, never by colour alone. */
  logFailure: string;
  logReason: string;
}

export function getReuseClassNames(theme: ITheme): IReuseClassNames {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyleSets({
    root: {
      color: semanticColors.bodyText, background: semanticColors.bodyBackground, fontFamily: fonts.medium.fontFamily, padding: '8px 0',
      // Native controls (selects, the date field, radio buttons) drawn in the theme's scheme: dark in Teams' dark theme.
      colorScheme: theme.isInverted ? 'dark' : 'light', accentColor: palette.themePrimary,
      // The browser's own link blue is unreadable on Teams' dark and high contrast backgrounds;
      // a message bar has link colours of its own, readable on each of its backgrounds.
      selectors: {
        a: { color: semanticColors.link },
        'a:hover': { color: semanticColors.linkHovered },
        '.ms-MessageBar a': { color: semanticColors.messageLink },
        '.ms-MessageBar a:hover': { color: semanticColors.messageLinkHovered }
      }
    },
    title: [fonts.xLarge, { margin: '0 0 8px', fontWeight: FontWeights.semibold }],
    intro: [fonts.medium, { margin: '0 0 12px', maxWidth: 760 }],
    readOnly: [fonts.medium, { maxWidth: 760 }],
    part: { margin: '16px 0', padding: '12px 0', borderTop: `1px solid ${palette.neutralLight}` },
    heading: [fonts.large, { margin: '0 0 8px', fontWeight: FontWeights.semibold }],
    fields: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start', marginBottom: 12 },
    field: {
      display: 'flex', flexDirection: 'column', gap: 4, minWidth: 200, maxWidth: 420,
      selectors: {
        label: { fontWeight: FontWeights.semibold },
        'select, input': {
          padding: '4px 6px', fontSize: 14, maxWidth: 420, font: 'inherit', boxSizing: 'border-box', minHeight: 28,
          background: semanticColors.inputBackground, color: semanticColors.inputText, border: `1px solid ${semanticColors.inputBorder}`, borderRadius: 2
        }
      }
    },
    audience: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 4, selectors: { legend: { fontWeight: FontWeights.semibold, padding: 0, marginBottom: 4 } } },
    offers: { listStyle: 'none', margin: 0, padding: 0 },
    offer: { padding: '12px 0', borderBottom: `1px solid ${palette.neutralLight}` },
    offerTitle: [fonts.mediumPlus, { margin: '0 0 4px', fontWeight: FontWeights.semibold }],
    meta: [fonts.small, { color: semanticColors.bodySubtext, margin: '0 0 8px' }],
    preview: { margin: '8px 0', padding: 8, borderLeft: `3px solid ${palette.themePrimary}`, maxWidth: 640 },
    previewImage: { maxWidth: '100%', maxHeight: 180, display: 'block', marginBottom: 8 },
    previewPage: {
      fontSize: '0.875em', overflowWrap: 'anywhere',
      selectors: {
        'h2, h3, h4, h5, h6': { fontSize: '1.15em', margin: '8px 0 4px' },
        'p': { margin: '4px 0' },
        'img': { maxWidth: '100%', height: 'auto', display: 'block' },
        'table': { maxWidth: '100%', display: 'block', overflowX: 'auto' }
      }
    },
    answer: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', marginTop: 8 },
    decline: { maxWidth: 480, marginTop: 8 },
    buttons: { display: 'flex', gap: 8, marginTop: 8 },
    previewItem: { padding: '4px 0' },
    logEntry: { padding: '8px 0', borderBottom: `1px solid ${palette.neutralLight}` },
    logFailure: { padding: '8px 0 8px 8px', borderBottom: `1px solid ${palette.neutralLight}`, borderLeft: `4px solid ${semanticColors.errorIcon}` },
    logReason: [fonts.small, { margin: '0 0 4px', color: semanticColors.bodyText }],
    linkButton: [fonts.small, {
      background: 'none', border: 'none', padding: '0 2px', margin: 0, cursor: 'pointer', color: palette.themeDarkAlt, textDecoration: 'underline',
      selectors: { ':focus-visible': { outline: `2px solid ${palette.themeDark}` } }
    }]
  });
}
