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
  stale: string;
  due: string;
  fresh: string;
  contact: string;
  more: string;
}

export function getContentHealthClassNames(theme: ITheme): IContentHealthClassNames {
  const { palette, semanticColors, fonts } = theme;
  const cell = { padding: '6px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const, borderBottom: `1px solid ${palette.neutralLight}` };
  const badge = (background: string, color: string): object => ({
    display: 'inline-block', padding: '0 6px', borderRadius: 2, fontWeight: FontWeights.semibold, background, color
  });
  return mergeStyleSets({
    root: { color: semanticColors.bodyText, background: semanticColors.bodyBackground, fontFamily: fonts.medium.fontFamily, padding: '8px 0' },
    title: [fonts.xLarge, { margin: '0 0 8px', fontWeight: FontWeights.semibold }],
    intro: [fonts.medium, { margin: '0 0 4px', maxWidth: 760 }],
    meta: [fonts.small, { color: semanticColors.bodySubtext, margin: '4px 0' }],
    summary: {
      borderCollapse: 'collapse', margin: '12px 0', minWidth: 360,
      selectors: { caption: [fonts.mediumPlus, { textAlign: 'left', fontWeight: FontWeights.semibold, padding: '4px 0' }], 'th, td': cell, 'td': { textAlign: 'right' } }
    },
    filters: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '12px 0' },
    filter: {
      display: 'flex', flexDirection: 'column', minWidth: 180,
      selectors: {
        label: [fonts.medium, { fontWeight: FontWeights.semibold, padding: '5px 0' }],
        select: [fonts.medium, {
          minHeight: 32, padding: '0 8px', borderRadius: 2, border: `1px solid ${palette.neutralSecondary}`,
          background: semanticColors.inputBackground, color: semanticColors.inputText
        }]
      }
    },
    attention: [fonts.medium, {
      display: 'flex', alignItems: 'center', gap: 8, minHeight: 32,
      selectors: { input: { width: 18, height: 18, margin: 0 } }
    }],
    actions: { margin: '8px 0' },
    buttons: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
    status: { marginTop: 8 },
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': cell, 'thead th': { fontWeight: FontWeights.semibold, whiteSpace: 'nowrap' } } },
    caption: [fonts.small, { textAlign: 'left', color: semanticColors.bodySubtext, padding: '4px 0' }],
    selectCell: { width: 32, selectors: { input: { width: 18, height: 18, margin: 2, cursor: 'pointer' } } },
    titleCell: { fontWeight: FontWeights.regular, selectors: { a: { color: semanticColors.link, fontWeight: FontWeights.semibold }, 'a:hover': { color: semanticColors.linkHovered } } },
    reasons: [fonts.small, { display: 'block', color: semanticColors.bodySubtext }],
    date: { whiteSpace: 'nowrap' },
    stale: badge('#fde7e9', '#a4262c'),
    due: badge('#fff4ce', '#6b4e00'),
    fresh: badge('#dff6dd', '#0b5a08'),
    contact: { whiteSpace: 'nowrap', selectors: { a: { color: semanticColors.link, marginRight: 8 } } },
    more: { marginTop: 8 }
  });
}
