import * as React from 'react';
import { commonStrings, uiFormatter } from '../common/commonStrings';
import { fillIn } from './mustReadStrings';
import type { IMustReadStrings } from './mustReadStrings';
import type { MustReadState } from './useMustRead';

export interface IMustReadBarProps {
  state: MustReadState;
  strings: IMustReadStrings;
  onConfirm(): void;
}

// Fixed colours (the bar sits above the page's theme): each pair passes WCAG AA.
const BAR: React.CSSProperties = {
  display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 16px', padding: '10px 16px',
  fontFamily: '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif',
  fontSize: 14, lineHeight: '20px', color: '#201f1e', borderBottom: '1px solid #8a8886'
};
const DUE: React.CSSProperties = { ...BAR, background: '#fff4ce' };
const OVERDUE: React.CSSProperties = { ...BAR, background: '#fde7e9' };
const CONFIRMED: React.CSSProperties = { ...BAR, background: '#dff6dd' };
const TEXT: React.CSSProperties = { margin: 0, flex: '1 1 320px', overflowWrap: 'anywhere' };
const BUTTON: React.CSSProperties = {
  font: 'inherit', fontWeight: 600, padding: '5px 16px', minHeight: 32, border: '1px solid #005a9e', borderRadius: 2,
  background: '#005a9e', color: '#ffffff', cursor: 'pointer'
};
const BUTTON_BUSY: React.CSSProperties = { ...BUTTON, background: '#f3f2f1', color: '#201f1e', border: '1px solid #8a8886', cursor: 'default' };

/**
 * The bar says its dates in a sentence ("Läs senast 4 december 2026", "Du bekräftade den 7 december 2026"):
 * the shared formatter's long date in the UI language, in Swedish time.
 */
const formatter = uiFormatter();

/**
 * The bar on a must-read page (the application customizer's top placeholder): the day to read it
 * by and "Jag har läst"; once confirmed, that it is, with the date. The status line is a live
 * region that is always there, so the confirmation (or a failure) is announced when it appears,
 * and focus moves to it when the button goes away.
 */
export function MustReadBar(props: IMustReadBarProps): React.ReactElement | null {
  const { state, strings } = props;
  const status = React.useRef<HTMLParagraphElement>(null);
  const justConfirmed = state.kind === 'confirmed' && state.justNow;

  React.useEffect(() => {
    if (justConfirmed && status.current) {
      status.current.focus();
    }
  }, [justConfirmed]);

  if (state.kind === 'none') {
    return null;
  }
  const s = strings.Bar;
  const title = state.page.title;
  let text: string;
  let statusText = '';
  let style = DUE;
  if (state.kind === 'confirmed') {
    text = '';
    statusText = fillIn(s.Confirmed, formatter.longDate(state.confirmedAt));
    style = CONFIRMED;
  } else {
    const readBy = state.page.readBy ? formatter.longDate(state.page.readBy) : '';
    text = !readBy ? fillIn(s.NoDueDate, title) : state.overdue ? fillIn(s.Overdue, title, readBy) : fillIn(s.Due, title, readBy);
    style = state.overdue ? OVERDUE : DUE;
    if (state.kind === 'failed') {
      statusText = s.Failed;
    }
  }
  const busy = state.kind === 'confirming';

  return (
    <div role="region" aria-label={s.Label} style={style} data-must-read={state.kind}>
      {text && <p style={TEXT}>{text}</p>}
      <p role="status" aria-live="polite" tabIndex={-1} ref={status} style={statusText ? TEXT : { margin: 0 }}>{statusText}</p>
      {state.kind !== 'confirmed' && (
        // aria-disabled rather than disabled while saving, so keyboard focus stays on the button.
        <button type="button" style={busy ? BUTTON_BUSY : BUTTON} aria-disabled={busy || undefined} onClick={busy ? undefined : props.onConfirm}>
          {busy ? s.Confirming : state.kind === 'failed' ? commonStrings.Retry : s.Confirm}
        </button>
      )}
    </div>
  );
}
