import { FontWeights, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';

/** Styles of the editor, from the host's theme; text colours keep 4.5:1 against their background (WCAG AA). */
export interface IGuideEditorClassNames {
  root: string;
  title: string;
  intro: string;
  meta: string;
  toolbar: string;
  filters: string;
  field: string;
  check: string;
  table: string;
  caption: string;
  rowActions: string;
  draft: string;
  published: string;
  form: string;
  fieldset: string;
  input: string;
  textarea: string;
  hint: string;
  radios: string;
  steps: string;
  step: string;
  stepHeader: string;
  stepButtons: string;
  richToolbar: string;
  richButton: string;
  richText: string;
  linkRow: string;
  problems: string;
  actions: string;
  status: string;
  invalid: string;
  /** The owner field's list of people, and one person in it (the one the arrow keys are on: active). */
  people: string;
  person: string;
  personActive: string;
}

export function getGuideEditorClassNames(theme: ITheme): IGuideEditorClassNames {
  const { palette, semanticColors, fonts } = theme;
  const cell = { padding: '6px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const, borderBottom: `1px solid ${palette.neutralLight}` };
  const control = [fonts.medium, {
    minHeight: 32, padding: '4px 8px', borderRadius: 2, border: `1px solid ${palette.neutralSecondary}`, boxSizing: 'border-box' as const,
    background: semanticColors.inputBackground, color: semanticColors.inputText, width: '100%',
    selectors: { ':focus-visible': { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: 1 } }
  }];
  const badge = (background: string, color: string): object => ({
    display: 'inline-block', padding: '0 6px', borderRadius: 2, fontWeight: FontWeights.semibold, background, color
  });
  return mergeStyleSets({
    // The browser draws a date field's calendar and a select's list in the page's colour scheme: the theme's.
    root: { color: semanticColors.bodyText, background: semanticColors.bodyBackground, fontFamily: fonts.medium.fontFamily, padding: '8px 0', colorScheme: theme.isInverted ? 'dark' : 'light' },
    title: [fonts.xLarge, { margin: '0 0 8px', fontWeight: FontWeights.semibold }],
    intro: [fonts.medium, { margin: '0 0 8px', maxWidth: 760 }],
    meta: [fonts.small, { color: semanticColors.bodySubtext, margin: '4px 0' }],
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0' },
    filters: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '12px 0' },
    field: {
      display: 'flex', flexDirection: 'column', minWidth: 180, margin: '0 0 12px',
      selectors: {
        label: [fonts.medium, { fontWeight: FontWeights.semibold, padding: '5px 0' }],
        'input, select, textarea': control
      }
    },
    check: [fonts.medium, {
      display: 'flex', alignItems: 'center', gap: 8, minHeight: 32,
      selectors: { input: { width: 18, height: 18, margin: 0 } }
    }],
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': cell, 'thead th': { fontWeight: FontWeights.semibold, whiteSpace: 'nowrap' } } },
    caption: [fonts.small, { textAlign: 'left', color: semanticColors.bodySubtext, padding: '4px 0' }],
    rowActions: { display: 'flex', flexWrap: 'wrap', gap: 4 },
    draft: badge('#fff4ce', '#6b4e00'),
    published: badge('#dff6dd', '#0b5a08'),
    form: { maxWidth: 860 },
    fieldset: {
      border: `1px solid ${palette.neutralLight}`, borderRadius: 4, padding: '8px 16px 12px', margin: '0 0 16px',
      selectors: { legend: [fonts.mediumPlus, { fontWeight: FontWeights.semibold, padding: '0 4px' }] }
    },
    input: control,
    textarea: [control, { minHeight: 64 }],
    hint: [fonts.small, { color: semanticColors.bodySubtext, margin: '2px 0 0' }],
    radios: { display: 'flex', flexWrap: 'wrap', gap: 12, margin: '4px 0' },
    steps: { listStyle: 'none', margin: 0, padding: 0 },
    step: {
      border: `1px solid ${palette.neutralTertiaryAlt}`, borderRadius: 4, padding: '8px 16px 12px', margin: '0 0 12px',
      selectors: { ':focus-visible': { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: 2 } }
    },
    stepHeader: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 8 },
    stepButtons: { display: 'flex', flexWrap: 'wrap', gap: 4 },
    richToolbar: { display: 'flex', flexWrap: 'wrap', gap: 4, margin: '4px 0' },
    richButton: [fonts.medium, {
      minHeight: 28, minWidth: 32, padding: '0 8px', borderRadius: 2, border: `1px solid ${palette.neutralSecondary}`,
      background: semanticColors.buttonBackground, color: semanticColors.buttonText, cursor: 'pointer',
      selectors: { ':hover': { background: semanticColors.buttonBackgroundHovered }, ':focus-visible': { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: 1 } }
    }],
    richText: [control, {
      minHeight: 96, lineHeight: '1.5', overflowWrap: 'anywhere',
      selectors: { a: { color: semanticColors.link }, p: { margin: '0 0 8px' } }
    }],
    linkRow: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end', margin: '4px 0' },
    problems: {
      border: `2px solid ${semanticColors.errorText}`, borderRadius: 4, padding: '8px 16px', margin: '12px 0',
      selectors: {
        h3: [fonts.mediumPlus, { margin: '0 0 4px', fontWeight: FontWeights.semibold }],
        a: { color: semanticColors.link, textDecoration: 'underline' },
        ul: { margin: 0, paddingLeft: 20 }
      }
    },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '16px 0 8px' },
    status: { margin: '8px 0' },
    invalid: { borderColor: `${semanticColors.errorText} !important`, borderWidth: '2px !important' },
    people: {
      listStyle: 'none', margin: '2px 0 0', padding: 0, maxWidth: 480, border: `1px solid ${palette.neutralSecondary}`, borderRadius: 2,
      background: semanticColors.bodyBackground
    },
    person: [fonts.medium, { padding: '6px 8px', cursor: 'pointer', color: semanticColors.bodyText, selectors: { span: { color: semanticColors.bodySubtext } } }],
    personActive: { background: semanticColors.listItemBackgroundHovered, outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: -2 }
  });
}
