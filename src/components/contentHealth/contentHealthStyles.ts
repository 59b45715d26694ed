import { FontWeights, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';

/** Styles of the report, from the host's theme; text colours keep 4.5:1 against their background (WCAG AA). */
export interface IContentHealthClassNames {
  root: string;
  title: string;
  intro: string;
  meta: string;
  summary: string;
  filters: string;
  filter: string;
  attention: string;
  actions: string;
  buttons: string;
  status: string;
  table: string;
  caption: string;
  selectCell: string;
  titleCell: string;
  reasons: string;
  date: string;
  /** The levels: only 'now' has a colour; each is written out as well. */
  now: string;
  soon: string;
  fine: string;
  contact: string;
  more: string;
}

/** Narrower than this (a phone, or a narrow column) each row of the report is a card. */
export const CARD_WIDTH = 640;

export function getContentHealthClassNames(theme: ITheme): IContentHealthClassNames {
  const { palette, semanticColors, fonts } = theme;
  const visuallyHidden = { position: 'absolute' as const, width: 1, height: 1, padding: 0, margin: -1, border: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' as const };
  const cell = { padding: '6px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const, borderBottom: `1px solid ${palette.neutralLight}` };
  const badge = (background: string, color: string): object => ({
    display: 'inline-block', padding: '0 6px', borderRadius: 2, fontWeight: FontWeights.semibold, background, color
  });
  return mergeStyleSets({
    // The container the card layout measures; native checkboxes drawn in the theme's light or dark.
    root: {
      color: semanticColors.bodyText, background: semanticColors.bodyBackground, fontFamily: fonts.medium.fontFamily, padding: '8px 0',
      containerType: 'inline-size', colorScheme: theme.isInverted ? 'dark' : 'light', accentColor: palette.themePrimary
    } as object,
    title: [fonts.xLarge, { margin: '0 0 8px', fontWeight: FontWeights.semibold }],
    intro: [fonts.medium, { margin: '0 0 4px', maxWidth: 760 }],
    meta: [fonts.small, { color: semanticColors.bodySubtext, margin: '4px 0' }],
    summary: {
      borderCollapse: 'collapse', margin: '12px 0', maxWidth: '100%',
      selectors: {
        caption: [fonts.mediumPlus, { textAlign: 'left', fontWeight: FontWeights.semibold, padding: '4px 0' }], 'th, td': cell, 'td': { textAlign: 'right' },
        [`@container (max-width: ${CARD_WIDTH - 1}px)`]: { selectors: { 'th, td': { padding: '4px 4px' } } }
      }
    },
    filters: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '12px 0' },
    filter: { flex: '1 1 180px', maxWidth: 320 },
    attention: [fonts.medium, {
      display: 'flex', alignItems: 'center', gap: 8, minHeight: 32,
      selectors: { input: { width: 18, height: 18, margin: 0 } }
    }],
    actions: { margin: '8px 0' },
    buttons: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
    status: { marginTop: 8 },
    table: {
      borderCollapse: 'collapse', width: '100%',
      selectors: {
        'th, td': cell, 'thead th': { fontWeight: FontWeights.semibold, whiteSpace: 'nowrap' },
        // A card per row: the column heads go (the select-all box stays), each cell says what it is.
        [`@container (max-width: ${CARD_WIDTH - 1}px)`]: {
          display: 'block',
          selectors: {
            'tbody, tr, tbody th, tbody td': { display: 'block' },
            thead: { display: 'block' },
            'thead tr': { display: 'flex' },
            'thead th': { borderBottom: 'none' },
            'thead th:not(:first-child)': visuallyHidden,
            'tbody tr': { position: 'relative', border: `1px solid ${palette.neutralQuaternaryAlt}`, borderRadius: 4, margin: '0 0 8px', padding: '4px 0' },
            'tbody th, tbody td': { borderBottom: 'none', padding: '2px 12px 2px 44px' },
            'tbody td:first-child': { position: 'absolute', left: 4, top: 6, padding: 0, width: 'auto' },
            'td[data-label]::before': { content: 'attr(data-label) ": "', fontWeight: FontWeights.semibold }
          }
        }
      }
    },
    caption: [fonts.small, { textAlign: 'left', color: semanticColors.bodySubtext, padding: '4px 0' }],
    selectCell: { width: 32, selectors: { input: { width: 18, height: 18, margin: 2, cursor: 'pointer' } } },
    titleCell: { fontWeight: FontWeights.regular, selectors: { a: { color: semanticColors.link, fontWeight: FontWeights.semibold }, 'a:hover': { color: semanticColors.linkHovered } } },
    reasons: [fonts.small, { display: 'block', color: semanticColors.bodySubtext }],
    date: {},
    // Red on light pink, or light on dark red in a dark theme: 4.5:1 either way.
    now: theme.isInverted ? badge('#442726', '#f1bbbc') : badge('#fde7e9', '#a4262c'),
    soon: { fontWeight: FontWeights.semibold },
    fine: { color: semanticColors.bodyText },
    contact: { whiteSpace: 'nowrap', selectors: { a: { color: semanticColors.link, marginRight: 8 } } },
    more: { marginTop: 8 }
  });
}
