import * as React from 'react';
import type { DashboardSettings } from '../../core/dashboard';
import { addLink, LinkError, moveLink, removeLink } from '../../core/dashboardRules';
import { formatText } from '../common/formatText';
import { ArrowDownGlyph, ArrowUpGlyph, LinkGlyph, RemoveGlyph } from './DashboardGlyphs';
import { SECTION_SCOPES } from './dashboardStrings';
import { ICommonProps, Section, SectionFailure } from './SectionFrame';

/**
 * The user's own links: added, moved and removed here and saved with their settings. Keyboard
 * focus follows a moved row and returns to "Lägg till länk" when the editor closes.
 */
export function LinksSection(props: ICommonProps & { settings: DashboardSettings; onChange(next: DashboardSettings): void; status: string; failure?: string; onRetry(): void }): React.ReactElement {
  const { strings, classNames, settings } = props;
  const d = strings.Dashboard;
  const [adding, setAdding] = React.useState(false);
  const [title, setTitle] = React.useState('');
  const [url, setUrl] = React.useState('');
  const [error, setError] = React.useState<LinkError | undefined>(undefined);
  const titleRef = React.useRef<HTMLInputElement>(null);
  const addRef = React.useRef<HTMLButtonElement>(null);
  const listRef = React.useRef<HTMLUListElement>(null);
  // Where keyboard focus goes once the editor closes or a moved row has re-rendered: without
  // this it would fall back to the page, and a keyboard user would start over from the top.
  const focusNext = React.useRef<{ index: number; direction: 'up' | 'down' } | 'add' | undefined>(undefined);

  React.useEffect(() => {
    if (adding && titleRef.current) {
      titleRef.current.focus();
    }
  }, [adding]);

  // A layout effect: focus moves in the same task as the rows, before the browser paints. A moved
  // row's clicked button can become disabled (at the top), which drops focus to the page; with a
  // passive effect there was a frame in which nothing had focus.
  React.useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === 'add') {
      if (addRef.current) { addRef.current.focus(); }
    } else if (target && listRef.current) {
      // The same button in the moved row; at the top or bottom, where it is disabled, the other one.
      const buttons = listRef.current.querySelectorAll<HTMLButtonElement>(`li:nth-child(${target.index + 1}) button[data-move]`);
      const wanted = Array.prototype.filter.call(buttons, (b: HTMLButtonElement) => !b.disabled && b.getAttribute('data-move') === target.direction)[0]
        || Array.prototype.filter.call(buttons, (b: HTMLButtonElement) => !b.disabled)[0];
      if (wanted) { (wanted as HTMLButtonElement).focus(); }
    }
  });

  const move = (index: number, direction: 'up' | 'down'): void => {
    focusNext.current = { index: index + (direction === 'up' ? -1 : 1), direction };
    props.onChange(moveLink(settings, index, direction === 'up' ? -1 : 1));
  };

  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    const next = addLink(settings, title, url);
    if (typeof next === 'string') {
      setError(next);
      return;
    }
    props.onChange(next);
    setTitle('');
    setUrl('');
    setError(undefined);
    focusNext.current = 'add';
    setAdding(false);
  };
  const errorMessage = error === 'title' ? d.LinkTitleMissing : error === 'url' ? d.LinkUrlInvalid : error === 'full' ? d.LinksFull : undefined;

  return (
    <Section id="links" title={d.LinksTitle} classNames={classNames}>
      {props.failure && (
        // Without the stored settings the links would be saved over: say why instead.
        <SectionFailure {...props} code={props.failure} forbiddenText={strings.Permission.SettingsForbidden} scope={SECTION_SCOPES.settings} onRetry={props.onRetry} />
      )}
      {props.failure ? null : settings.links.length === 0 ? <p className={classNames.empty}>{d.LinksEmpty}</p> : (
        <ul className={classNames.list} ref={listRef}>
          {settings.links.map((link, i) => (
            <li key={`${i}:${link.url}`} className={classNames.row}>
              <span className={classNames.icon}><LinkGlyph /></span>
              <div className={classNames.rowMain}>
                <a className={classNames.link} href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}<span className={classNames.visuallyHidden}> {d.OpensInNewWindow}</span>
                </a>
              </div>
              <button type="button" className={classNames.iconButton} disabled={i === 0} data-move="up" aria-label={formatText(d.MoveUp, link.title)} title={formatText(d.MoveUp, link.title)} onClick={() => move(i, 'up')}><ArrowUpGlyph /></button>
              <button type="button" className={classNames.iconButton} disabled={i === settings.links.length - 1} data-move="down" aria-label={formatText(d.MoveDown, link.title)} title={formatText(d.MoveDown, link.title)} onClick={() => move(i, 'down')}><ArrowDownGlyph /></button>
              <button type="button" className={classNames.iconButton} aria-label={formatText(d.Remove, link.title)} title={formatText(d.Remove, link.title)} onClick={() => { props.onChange(removeLink(settings, i)); if (addRef.current) { addRef.current.focus(); } }}><RemoveGlyph /></button>
            </li>
          ))}
        </ul>
      )}
      {props.failure ? null : adding ? (
        <form className={classNames.form} onSubmit={submit} noValidate>
          <div className={classNames.field}>
            <label className={classNames.label} htmlFor="samverka-link-title">{d.LinkTitleLabel}</label>
            <input id="samverka-link-title" ref={titleRef} className={classNames.input} value={title} maxLength={80} onChange={e => setTitle(e.target.value)}
              aria-invalid={error === 'title'} aria-describedby={error === 'title' ? 'samverka-link-error' : undefined} />
          </div>
          <div className={classNames.field}>
            <label className={classNames.label} htmlFor="samverka-link-url">{d.LinkUrlLabel}</label>
            <input id="samverka-link-url" type="url" inputMode="url" className={classNames.input} value={url} placeholder="https://" onChange={e => setUrl(e.target.value)}
              aria-invalid={error === 'url'} aria-describedby={error === 'url' ? 'samverka-link-error' : undefined} />
          </div>
          {errorMessage && <p id="samverka-link-error" className={classNames.fieldError} role="alert">{errorMessage}</p>}
          <div style={{ display: 'flex', gap: 8 }}>
            <button type="submit" className={classNames.joinButton}>{d.SaveLink}</button>
            <button type="button" className={classNames.button} onClick={() => { focusNext.current = 'add'; setAdding(false); setError(undefined); }}>{d.Cancel}</button>
          </div>
        </form>
      ) : (
        <div style={{ marginTop: 12 }}>
          <button type="button" ref={addRef} className={classNames.button} onClick={() => setAdding(true)}>{d.AddLink}</button>
        </div>
      )}
      <p className={classNames.status} role="status" aria-live="polite">{props.status}</p>
    </Section>
  );
}
