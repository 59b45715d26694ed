import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ISearchService, SearchSuggestion } from '../../core/search';
import { formatText } from '../common/formatText';
import type { SearchClassNames } from './searchStyles';
import { useSearchStrings } from './searchStrings';

export interface ISearchBoxProps {
  service: ISearchService;
  /** The text of the current search (from the address). */
  text: string;
  classNames: SearchClassNames;
  onSearch(text: string): void;
  onPickSuggestion(suggestion: SearchSuggestion): void;
  /** Waiting time after a keystroke before suggestions are asked for. */
  debounceMs?: number;
}

const MIN_SUGGEST_LENGTH = 2;

export function SearchGlyph(): React.ReactElement {
  return (
    <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M6.5 1a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65a.75.75 0 0 1-1.06 1.06l-3.65-3.65A5.5 5.5 0 1 1 6.5 1zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" />
    </svg>
  );
}

/**
 * One box: type and press Enter, or pick a suggestion (guides and people first, then the search
 * itself). An ARIA 1.2 combobox: arrow keys move through the suggestions, Escape closes them.
 */
export function SearchBox(props: ISearchBoxProps): React.ReactElement {
  const strings = useSearchStrings();
  const { classNames, service } = props;
  const [value, setValue] = React.useState(props.text);
  const [suggestions, setSuggestions] = React.useState<SearchSuggestion[]>([]);
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(-1);
  const ids = React.useMemo(() => ({ input: getId('search-box'), list: getId('search-suggestions') }), []);
  const typed = React.useRef(0);

  // Back, forward or a pasted link change the search: the box follows.
  React.useEffect(() => {
    setValue(props.text);
    setOpen(false);
  }, [props.text]);

  React.useEffect(() => {
    const text = value.trim();
    if (text.length < MIN_SUGGEST_LENGTH || text === props.text) {
      setSuggestions([]);
      return undefined;
    }
    const run = ++typed.current;
    const timer = setTimeout(() => {
      service.suggest(text).then((found) => {
        if (run === typed.current) {
          setSuggestions(found);
          setActive(-1);
        }
      }, () => {
        if (run === typed.current) {
          setSuggestions([]);
        }
      });
    }, props.debounceMs === undefined ? 250 : props.debounceMs);
    return () => clearTimeout(timer);
  }, [value, service, props.text, props.debounceMs]);

  const text = value.trim();
  // The search itself is the last option, so Enter on a highlighted suggestion and plain Enter differ.
  const options: Array<SearchSuggestion | 'search'> = open && text.length >= MIN_SUGGEST_LENGTH && suggestions.length > 0 ? [...suggestions, 'search'] : [];
  const expanded = options.length > 0;

  const choose = (option: SearchSuggestion | 'search'): void => {
    setOpen(false);
    if (option === 'search') {
      props.onSearch(text);
    } else {
      props.onPickSuggestion(option);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setActive((a) => (a + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else if (value !== '') {
        setValue('');
      }
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      choose(options[active]);
    }
  };

  return (
    <form
      role="search"
      className={classNames.form}
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        props.onSearch(text);
      }}
    >
      <div className={classNames.boxWrap}>
        <label htmlFor={ids.input} className={classNames.visuallyHidden}>{strings.Search.BoxLabel}</label>
        <span className={classNames.boxIcon}><SearchGlyph /></span>
        <input
          id={ids.input}
          className={classNames.box}
          type="text"
          enterKeyHint="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.list}
          aria-activedescendant={expanded && active >= 0 ? `${ids.list}-${active}` : undefined}
          placeholder={strings.Search.Placeholder}
          value={value}
          maxLength={255}
          onChange={(event) => {
            setValue(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {value !== '' && (
          <button type="button" className={classNames.clear} aria-label={strings.Search.Clear} onClick={() => setValue('')}>
            <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M2.6 1.2 8 6.6l5.4-5.4 1.4 1.4L9.4 8l5.4 5.4-1.4 1.4L8 9.4l-5.4 5.4-1.4-1.4L6.6 8 1.2 2.6z" />
            </svg>
          </button>
        )}
        <ul id={ids.list} role="listbox" aria-label={strings.Search.SuggestionsLabel} className={classNames.suggestions} hidden={!expanded}>
          {options.map((option, i) => (
            <li
              key={option === 'search' ? 'search' : `${option.kind}:${option.item.id}`}
              id={`${ids.list}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`${classNames.suggestion} ${i === active ? classNames.suggestionActive : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option === 'search' ? (
                <>
                  <span className={classNames.suggestionKind}><SearchGlyph /></span>
                  <span>{formatText(strings.Search.SuggestionSearch, text)}</span>
                </>
              ) : (
                <>
                  <span className={classNames.suggestionKind}>{option.kind === 'guide' ? strings.Search.SuggestionGuide : strings.Search.SuggestionPerson}</span>
                  <span>{option.title}</span>
                  <span className={classNames.suggestionDetail}>{option.detail}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
      <button type="submit" className={classNames.submit}>{strings.Search.Submit}</button>
    </form>
  );
}
