import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption, IDropdownStyles } from '@fluentui/react/lib/Dropdown';
import type { ITheme } from '@fluentui/react/lib/Styling';
import type { IContentHealthClassNames } from './contentHealthStyles';
import type { IContentHealthStrings } from './contentHealthStrings';

export interface IFilterOption {
  key: string;
  text: string;
}

export interface IFilterChoice {
  id: string;
  label: string;
  value: string;
  options: IFilterOption[];
  onChange: (value: string) => void;
}

export interface IHealthFiltersProps {
  choices: IFilterChoice[];
  attentionOnly: boolean;
  onAttentionOnly: (value: boolean) => void;
  strings: IContentHealthStrings;
  classNames: IContentHealthClassNames;
  theme: ITheme;
}

// The caret drawn here: Fluent's would need its icon font, which the web part does not load.
const caret = (): JSX.Element => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d="M2 4.5l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
  </svg>
);

/**
 * The report's filters: Fluent dropdowns, so they take the host's theme (a native select stays
 * white in Teams' dark theme), and the "needs attention only" checkbox.
 */
export function HealthFilters(props: IHealthFiltersProps): React.ReactElement {
  const { strings, classNames, theme } = props;
  const { semanticColors } = theme;
  const styles: Partial<IDropdownStyles> = React.useMemo(() => ({
    root: { minWidth: 180, maxWidth: '100%' },
    label: { color: semanticColors.bodyText },
    title: { background: semanticColors.inputBackground, color: semanticColors.inputText, borderColor: semanticColors.inputBorder },
    caretDownWrapper: { display: 'flex', alignItems: 'center', color: semanticColors.inputText },
    dropdownItemsWrapper: { background: semanticColors.menuBackground }
  }), [semanticColors]);
  return (
    <div role="group" aria-label={strings.Filters.Label} className={classNames.filters}>
      {props.choices.map(choice => (
        <Dropdown key={choice.id} id={choice.id} label={choice.label} selectedKey={choice.value} styles={styles}
          className={classNames.filter} onRenderCaretDown={caret} options={choice.options as IDropdownOption[]}
          onChange={(_, option) => { if (option) { choice.onChange(String(option.key)); } }} />
      ))}
      <label className={classNames.attention}>
        <input type="checkbox" checked={props.attentionOnly} onChange={event => props.onAttentionOnly(event.target.checked)} />
        {strings.Filters.AttentionOnly}
      </label>
    </div>
  );
}
