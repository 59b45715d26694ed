import * as React from 'react';
import { sanitizeGuideStepHtml } from '../guides/guideStepHtml';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';

export interface IStepTextEditorProps {
  id: string;
  labelId: string;
  /** The step's text as stored (already through the step sanitizer). */
  html: string;
  /** {0} in the toolbar's label. */
  stepNumber: number;
  invalid: boolean;
  strings: IGuideEditorStrings['Editor'];
  classNames: IGuideEditorClassNames;
  onChange(html: string): void;
}

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';

/** The browser's editing commands; absent where there is no editing (jsdom), which then only stores what is typed. */
function exec(command: string, value?: string): void {
  if (typeof document.execCommand === 'function') {
    document.execCommand(command, false, value);
  }
}

/**
 * A step's text: a contentEditable area with bold, italic, lists and links, nothing more. What
 * is typed or pasted is kept only after the step sanitizer (the allow-list the viewer renders),
 * so markup beyond it never reaches the list.
 */
export function StepTextEditor(props: IStepTextEditorProps): React.ReactElement {
  const { strings, classNames } = props;
  const area = React.useRef<HTMLDivElement>(null);
  const selection = React.useRef<Range | null>(null);
  const [linkOpen, setLinkOpen] = React.useState(false);
  const [address, setAddress] = React.useState('');

  // Written into the area only when the stored text changed from outside (a restored or loaded
  // guide): while typing, the stored text is the area's own, and rewriting it would move the caret.
  // A stored text is anyone's who may edit the list: only its sanitized form enters the page.
  React.useLayoutEffect(() => {
    const el = area.current;
    const safe = sanitizeGuideStepHtml(props.html);
    if (el && sanitizeGuideStepHtml(el.innerHTML) !== safe) {
      el.innerHTML = safe;
    }
  }, [props.html]);

  const changed = (): void => {
    if (area.current) {
      props.onChange(sanitizeGuideStepHtml(area.current.innerHTML));
    }
  };

  const command = (name: Command): void => {
    if (area.current) {
      area.current.focus();
    }
    exec(name);
    changed();
  };

  const rememberSelection = (): void => {
    const current = window.getSelection();
    selection.current = current && current.rangeCount > 0 && area.current && area.current.contains(current.anchorNode)
      ? current.getRangeAt(0).cloneRange() : null;
  };

  const insertLink = (): void => {
    const url = address.trim();
    setLinkOpen(false);
    setAddress('');
    const el = area.current;
    if (!el || !url) {
      return;
    }
    el.focus();
    const current = window.getSelection();
    if (current && selection.current) {
      current.removeAllRanges();
      current.addRange(selection.current);
    }
    if (current && !current.isCollapsed) {
      exec('createLink', url);
    } else {
      // Nothing selected: the address itself becomes the link's text.
      const link = document.createElement('a');
      link.setAttribute('href', url);
      link.textContent = url;
      el.appendChild(link);
    }
    changed();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && (event.key === 'b' || event.key === 'B')) {
      event.preventDefault();
      command('bold');
    } else if (mod && (event.key === 'i' || event.key === 'I')) {
      event.preventDefault();
      command('italic');
    } else if (mod && (event.key === 'k' || event.key === 'K')) {
      event.preventDefault();
      rememberSelection();
      setLinkOpen(true);
    }
  };

  // Pasted markup is reduced to the allow-list before it enters the area.
  const onPaste = (event: React.ClipboardEvent<HTMLDivElement>): void => {
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    event.preventDefault();
    if (html) {
      exec('insertHTML', sanitizeGuideStepHtml(html));
    } else if (text) {
      exec('insertText', text);
    }
    changed();
  };

  // The buttons say what they do in words: the visible text is the accessible name (WCAG 2.5.3).
  const button = (label: string, name: Command, shortcut?: string): React.ReactElement => (
    <button type="button" className={classNames.richButton} title={shortcut ? `${label} (${shortcut})` : undefined}
      onMouseDown={(event) => event.preventDefault()} onClick={() => command(name)}>{label}</button>
  );

  return (
    <div>
      <div role="toolbar" aria-label={strings.Formatting.replace('{0}', String(props.stepNumber))} className={classNames.richToolbar}>
        {button(strings.Bold, 'bold', 'Ctrl+B')}
        {button(strings.Italic, 'italic', 'Ctrl+I')}
        {button(strings.BulletList, 'insertUnorderedList')}
        {button(strings.NumberedList, 'insertOrderedList')}
        <button type="button" className={classNames.richButton} aria-expanded={linkOpen} title={`${strings.Link} (Ctrl+K)`}
          onMouseDown={(event) => { event.preventDefault(); rememberSelection(); }} onClick={() => setLinkOpen(!linkOpen)}>{strings.Link}</button>
      </div>
      {linkOpen && (
        <div className={classNames.linkRow}>
          <div className={classNames.field}>
            <label htmlFor={`${props.id}-link`}>{strings.LinkAddress}</label>
            <input id={`${props.id}-link`} type="url" value={address} autoFocus
              onChange={(event) => setAddress(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') { event.preventDefault(); insertLink(); }
                if (event.key === 'Escape') { event.preventDefault(); setLinkOpen(false); if (area.current) { area.current.focus(); } }
              }} />
          </div>
          <button type="button" className={classNames.richButton} onClick={insertLink}>{strings.LinkInsert}</button>
        </div>
      )}
      <div
        id={props.id}
        ref={area}
        className={`${classNames.richText} ${props.invalid ? classNames.invalid : ''}`}
        contentEditable={true}
        suppressContentEditableWarning={true}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={props.labelId}
        aria-invalid={props.invalid || undefined}
        tabIndex={0}
        onInput={changed}
        onBlur={changed}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
    </div>
  );
}
