import { FontWeights, hiddenContentStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IRawStyle, ITheme } from '@fluentui/react/lib/Styling';

/** Styles of the search page, from the host's theme (SharePoint section or Teams). */
export type SearchClass =
  'root' | 'heading' | 'form' | 'boxWrap' | 'box' | 'boxIcon' | 'clear' | 'submit' | 'suggestions' | 'suggestion' | 'suggestionActive' | 'suggestionKind' | 'suggestionDetail' | 'verticals' | 'vertical' | 'verticalSelected' | 'count' | 'body' | 'refiners' | 'refinersHeading' | 'refiner' | 'refinerLegend' | 'refinerOption' | 'refinerCount' | 'results' | 'status' | 'spelling' | 'linkButton' | 'list' | 'card' | 'cardBody' | 'kind' | 'badge' | 'badgeExternal' | 'title' | 'link' | 'titleButton' | 'summary' | 'meta' | 'thumb' | 'fileIcon' | 'avatar' | 'initials' | 'people' | 'peopleHeading' | 'contact' | 'footer' | 'button' | 'notice' | 'state' | 'visuallyHidden' | 'similar' | 'similarList' | 'start' | 'shortcuts' | 'shortcut';

export type SearchClassNames = Record<SearchClass, string>;

export function getSearchClassNames(theme: ITheme): SearchClassNames {
  const { palette, semanticColors, fonts, effects } = theme;
  const focusRing: IRawStyle = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' };
  const resetList: IRawStyle = { listStyle: 'none', margin: 0, padding: 0 };
  const button: IRawStyle = {
    ...fonts.medium,
    minHeight: 32,
    padding: '0 16px',
    borderRadius: effects.roundedCorner2,
    border: `1px solid ${palette.neutralSecondary}`,
    background: semanticColors.bodyBackground,
    color: semanticColors.bodyText,
    cursor: 'pointer',
    selectors: { ':hover': { background: palette.neutralLighter }, ':focus-visible': focusRing, ':disabled': { cursor: 'default', opacity: 0.7 } }
  };
  const card: IRawStyle = {
    display: 'flex',
    gap: 16,
    padding: 16,
    borderRadius: effects.roundedCorner4,
    border: `1px solid ${palette.neutralLight}`,
    background: semanticColors.bodyBackground,
    selectors: { ':hover': { boxShadow: effects.elevation4 } }
  };
  const styles: Record<SearchClass, IRawStyle> = {
    root: { ...fonts.medium, color: semanticColors.bodyText, background: semanticColors.bodyBackground, padding: '4px 0', colorScheme: theme.isInverted ? 'dark' : 'light', accentColor: palette.themePrimary },
    heading: { ...fonts.xLarge, fontWeight: FontWeights.semibold, margin: '0 0 12px' },
    form: { display: 'flex', gap: 8, alignItems: 'stretch', position: 'relative', maxWidth: 760 },
    boxWrap: { position: 'relative', flex: 1 },
    box: {
      ...fonts.large,
      width: '100%',
      boxSizing: 'border-box',
      height: 44,
      padding: '0 40px 0 40px',
      borderRadius: effects.roundedCorner4,
      border: `1px solid ${palette.neutralSecondary}`,
      background: semanticColors.inputBackground,
      color: semanticColors.inputText,
      selectors: { ':focus': { outline: 'none', borderColor: palette.themePrimary, boxShadow: `0 0 0 1px ${palette.themePrimary}` }, '::placeholder': { color: palette.neutralSecondary } }
    },
    boxIcon: { position: 'absolute', left: 12, top: 13, color: palette.neutralSecondary, pointerEvents: 'none' },
    clear: {
      position: 'absolute', right: 4, top: 6, width: 32, height: 32, border: 'none', background: 'transparent', color: palette.neutralSecondary,
      cursor: 'pointer', borderRadius: effects.roundedCorner2, selectors: { ':hover': { background: palette.neutralLighter }, ':focus-visible': focusRing }
    },
    submit: {
      ...button,
      ...fonts.mediumPlus,
      minHeight: 44,
      padding: '0 20px',
      background: palette.themePrimary,
      borderColor: palette.themePrimary,
      color: palette.white,
      fontWeight: FontWeights.semibold,
      selectors: { ':hover': { background: palette.themeDarkAlt }, ':focus-visible': focusRing }
    },
    suggestions: {
      ...resetList,
      position: 'absolute', zIndex: 10, left: 0, right: 0, top: 48, background: semanticColors.bodyBackground,
      border: `1px solid ${palette.neutralLight}`, borderRadius: effects.roundedCorner4, boxShadow: effects.elevation16, padding: '4px 0'
    },
    suggestion: { display: 'flex', alignItems: 'center', gap: 10, padding: '8px 12px', cursor: 'pointer' },
    suggestionActive: { background: palette.neutralLighter, boxShadow: `inset 3px 0 0 ${palette.themePrimary}` },
    suggestionKind: { ...fonts.small, color: palette.neutralSecondary, minWidth: 48 },
    suggestionDetail: { ...fonts.small, color: palette.neutralSecondary, marginLeft: 'auto', textAlign: 'right' },
    // One row that scrolls sideways on a narrow screen, rather than wrapping onto three lines.
    verticals: { display: 'flex', flexWrap: 'nowrap', overflowX: 'auto', gap: 4, margin: '16px 0 0', borderBottom: `1px solid ${palette.neutralLight}` },
    vertical: {
      ...fonts.medium,
      flex: '0 0 auto',
      whiteSpace: 'nowrap',
      padding: '10px 14px',
      border: 'none',
      borderBottom: '3px solid transparent',
      background: 'transparent',
      color: semanticColors.bodyText,
      cursor: 'pointer',
      // Inside the row that scrolls, the ring is drawn inside the tab so it is not cut off.
      selectors: { ':hover': { background: palette.neutralLighter }, ':focus-visible': { ...focusRing, outlineOffset: '-2px' } }
    },
    verticalSelected: { borderBottomColor: palette.themePrimary, fontWeight: FontWeights.semibold },
    count: { ...fonts.small, marginLeft: 6, padding: '1px 7px', borderRadius: 10, background: palette.neutralLighter, color: palette.neutralPrimary },
    body: { display: 'flex', gap: 24, marginTop: 16, alignItems: 'flex-start', selectors: { '@media (max-width: 720px)': { flexDirection: 'column' } } },
    refiners: { flex: '0 0 220px', selectors: { '@media (max-width: 720px)': { flex: 'auto', width: '100%' } } },
    refinersHeading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '0 0 8px' },
    refiner: { border: 'none', margin: '0 0 16px', padding: 0 },
    refinerLegend: { ...fonts.medium, fontWeight: FontWeights.semibold, padding: 0, marginBottom: 6 },
    refinerOption: { display: 'flex', alignItems: 'center', gap: 8, padding: '3px 0', cursor: 'pointer' },
    refinerCount: { ...fonts.small, color: palette.neutralSecondary, marginLeft: 'auto' },
    results: { flex: 1, minWidth: 0 },
    status: { ...fonts.medium, color: palette.neutralSecondary, margin: '0 0 12px' },
    spelling: { ...fonts.medium, margin: '0 0 12px' },
    // "N liknande" under a result, and the near-duplicates it opens, set in from the card.
    similar: { ...fonts.small, border: 'none', background: 'none', padding: '4px 0', margin: '2px 0 0 16px', color: semanticColors.link, textDecoration: 'underline', cursor: 'pointer', selectors: { ':focus-visible': focusRing } },
    start: { display: 'grid', gap: 20 },
    shortcuts: { ...resetList, display: 'flex', flexWrap: 'wrap', gap: 8 },
    shortcut: {
      ...fonts.medium, display: 'inline-block', padding: '6px 12px', borderRadius: effects.roundedCorner2, border: `1px solid ${palette.neutralTertiaryAlt}`,
      color: semanticColors.link, textDecoration: 'none', selectors: { ':hover': { background: palette.neutralLighter }, ':focus-visible': focusRing }
    },
    similarList: { ...resetList, display: 'grid', gap: 8, margin: '8px 0 0 16px' },
    linkButton: {
      ...fonts.medium, border: 'none', background: 'none', padding: 0, color: semanticColors.link, textDecoration: 'underline', cursor: 'pointer',
      fontWeight: FontWeights.semibold, selectors: { ':focus-visible': focusRing }
    },
    list: { ...resetList, display: 'grid', gap: 12 },
    card,
    cardBody: { minWidth: 0, flex: 1 },
    kind: { ...fonts.small, color: palette.neutralSecondary, display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 2 },
    badge: { ...fonts.small, padding: '1px 8px', borderRadius: 10, background: palette.themeLighter, color: palette.themeDarker, fontWeight: FontWeights.semibold },
    badgeExternal: { background: palette.neutralLighter, color: palette.neutralPrimary, border: `1px solid ${palette.neutralTertiaryAlt}` },
    title: { ...fonts.large, fontWeight: FontWeights.semibold, margin: '0 0 4px' },
    link: { color: semanticColors.link, textDecoration: 'none', selectors: { ':hover': { textDecoration: 'underline' }, ':focus-visible': focusRing } },
    titleButton: {
      ...fonts.large, fontWeight: FontWeights.semibold, border: 'none', background: 'none', padding: 0, textAlign: 'left', color: semanticColors.link, cursor: 'pointer',
      selectors: { ':hover': { textDecoration: 'underline' }, ':focus-visible': focusRing }
    },
    summary: { margin: '0 0 6px', color: semanticColors.bodyText, selectors: { mark: { background: 'transparent', color: 'inherit', fontWeight: FontWeights.semibold } } },
    meta: { ...fonts.small, color: palette.neutralSecondary, display: 'flex', flexWrap: 'wrap', gap: '4px 12px' },
    thumb: { flex: '0 0 120px', width: 120, height: 68, objectFit: 'cover', borderRadius: effects.roundedCorner2, border: `1px solid ${palette.neutralLight}`, background: palette.neutralLighter },
    fileIcon: {
      flex: '0 0 40px', width: 40, height: 48, borderRadius: 4, display: 'flex', alignItems: 'flex-end', justifyContent: 'center', color: '#ffffff',
      fontSize: 10, fontWeight: FontWeights.bold, paddingBottom: 6, boxSizing: 'border-box', letterSpacing: '0.5px'
    },
    avatar: { flex: '0 0 64px', width: 64, height: 64, borderRadius: '50%', objectFit: 'cover' },
    initials: {
      flex: '0 0 64px', width: 64, height: 64, borderRadius: '50%', display: 'flex', alignItems: 'center', justifyContent: 'center',
      ...fonts.xLarge, fontWeight: FontWeights.semibold, color: '#ffffff'
    },
    people: { ...resetList, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12, marginBottom: 16 },
    peopleHeading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '0 0 8px' },
    contact: { ...fonts.small, display: 'flex', flexDirection: 'column', gap: 2, marginTop: 4 },
    footer: { marginTop: 16, display: 'flex', justifyContent: 'center' },
    button,
    notice: { ...fonts.medium, padding: '8px 12px', borderRadius: effects.roundedCorner2, background: palette.neutralLighter, borderLeft: `4px solid ${semanticColors.errorText}`, marginBottom: 12, display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' },
    state: { ...fonts.mediumPlus, color: palette.neutralPrimary, padding: '24px 0' },
    visuallyHidden: hiddenContentStyle as IRawStyle
  };
  return mergeStyleSets(styles) as unknown as SearchClassNames;
}

/** Office-like colours of file types; white text keeps 4.5:1 on each. */
const FILE_COLOURS: Record<string, string> = {
  doc: '#185abd', docx: '#185abd', dotx: '#185abd', odt: '#185abd', rtf: '#185abd',
  xls: '#107c41', xlsx: '#107c41', csv: '#107c41', ods: '#107c41',
  ppt: '#c43e1c', pptx: '#c43e1c', odp: '#c43e1c',
  pdf: '#b7201a',
  one: '#7719aa', vsdx: '#3955a3',
  jpg: '#6b5f00', jpeg: '#6b5f00', png: '#6b5f00', gif: '#6b5f00', svg: '#6b5f00',
  mp4: '#5c2e91', txt: '#4a4a4a', zip: '#4a4a4a'
};

export function fileColour(fileType: string): string {
  return FILE_COLOURS[fileType.toLowerCase()] || '#4a4a4a';
}

/** A stable colour per person for the initials, each with 4.5:1 for white text. */
const INITIALS_COLOURS = ['#0e6a8a', '#8a3b12', '#2e6b30', '#5b2a86', '#7a1f3d', '#005f66', '#4f52b2', '#8f4b00'];

export function initialsColour(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) {
    hash = (hash * 31 + id.charCodeAt(i)) | 0;
  }
  return INITIALS_COLOURS[Math.abs(hash) % INITIALS_COLOURS.length];
}
