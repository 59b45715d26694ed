import * as React from 'react';
import type { GuideOwner } from '../../core/guideEditor';
import { failureCodeOf } from '../../core/failures';
import { formatText } from '../common/formatText';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';
import { errorText } from '../common/commonStrings';

export interface IOwnerPickerProps {
  /** The input's id (its label's htmlFor). */
  id: string;
  owner: GuideOwner | null;
  findPeople(text: string): Promise<GuideOwner[]>;
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
  onChange(owner: GuideOwner | null): void;
}

/** How long typing rests before people are searched: one request per pause, not per key. */
const PAUSE_MS = 250;

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; count: number } | { kind: 'failed'; code: string };

/**
 * The guide's owner, chosen from a search of people (ARIA combobox with a list box): typing
 * searches, the arrow keys move in the list, Enter chooses, Escape closes the list (or, when it
 * is closed, puts back the chosen person's name). Only a chosen person becomes the owner; an
 * empty field removes the owner.
 */
export function OwnerPicker(props: IOwnerPickerProps): React.ReactElement {
  const { strings, classNames, owner } = props;
  const p = strings.People;
  const listId = `${props.id}-people`;
  const statusId = `${props.id}-status`;
  const chosenId = `${props.id}-chosen`;
  const [text, setText] = React.useState(owner ? owner.name : '');
  const [people, setPeople] = React.useState<GuideOwner[]>([]);
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(-1);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const asked = React.useRef(0);

  React.useEffect(() => () => { if (timer.current) clearTimeout(timer.current); asked.current++; }, []);

  const close = (): void => {
    setOpen(false);
    setActive(-1);
  };

  const search = (value: string): void => {
    if (timer.current) clearTimeout(timer.current);
    const mine = ++asked.current;
    if (value.trim().length < 2) {
      setPeople([]);
      setStatus({ kind: 'idle' });
      close();
      return;
    }
    timer.current = setTimeout(() => {
      setStatus({ kind: 'searching' });
      props.findPeople(value).then(found => {
        if (mine !== asked.current) return;
        setPeople(found);
        setActive(-1);
        setOpen(found.length > 0);
        setStatus({ kind: 'done', count: found.length });
      }, error => {
        if (mine !== asked.current) return;
        setPeople([]);
        close();
        setStatus({ kind: 'failed', code: failureCodeOf(error) });
      });
    }, PAUSE_MS);
  };

  const choose = (person: GuideOwner): void => {
    // The same person as before keeps the principal id already known.
    const same = owner && owner.email.toLowerCase() === person.email.toLowerCase();
    props.onChange(same ? owner : person);
    setText(person.name);
    setPeople([]);
    setStatus({ kind: 'idle' });
    asked.current++;
    close();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (people.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(current => (current < 0 ? (step > 0 ? 0 : people.length - 1) : (current + step + people.length) % people.length));
    } else if (event.key === 'Enter' && open && active >= 0 && people[active]) {
      event.preventDefault();
      choose(people[active]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else if (text !== (owner ? owner.name : '')) {
        event.preventDefault();
        setText(owner ? owner.name : '');
        setStatus({ kind: 'idle' });
      }
    }
  };

  const statusText = status.kind === 'searching' ? p.Searching
    : status.kind === 'failed' ? `${p.SearchFailed} ${errorText(status.code)}`
      : status.kind === 'done' ? (status.count === 0 ? p.NoneFound : status.count === 1 ? p.FoundOne : formatText(p.Found, status.count))
        : '';

  return (
    <>
      <input id={props.id} type="text" role="combobox" autoComplete="off" value={text}
        aria-autocomplete="list" aria-expanded={open} aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${chosenId} ${props.id}-hint`}
        onChange={e => {
          setText(e.target.value);
          if (!e.target.value.trim()) props.onChange(null);
          search(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          // Only a chosen person is the owner: text left unchosen gives way to the owner's name.
          if (text.trim() && text !== (owner ? owner.name : '')) setText(owner ? owner.name : '');
        }} />
      <ul id={listId} role="listbox" aria-label={strings.Editor.OwnerLabel} className={classNames.people} hidden={!open}>
        {people.map((person, i) => (
          <li key={person.email} id={`${listId}-${i}`} role="option" aria-selected={i === active}
            className={i === active ? `${classNames.person} ${classNames.personActive}` : classNames.person}
            // Before the input's blur, so the click chooses.
            onMouseDown={e => e.preventDefault()} onClick={() => choose(person)}>
            {person.name} <span>{person.email}</span>
          </li>
        ))}
      </ul>
      <p id={statusId} className={classNames.hint} aria-live="polite">{statusText}</p>
      <p id={chosenId} className={classNames.hint} data-owner-chosen="">
        {owner ? formatText(p.Chosen, owner.name || owner.email, owner.email) : p.NoneChosen}
      </p>
    </>
  );
}
