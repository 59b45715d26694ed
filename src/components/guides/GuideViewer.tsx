import * as React from 'react';
import { FocusTrapZone } from '@fluentui/react/lib/FocusTrapZone';
import { FontWeights, mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import type { GuideResult, GuideStep } from '../../core/search';
import { failureCodeOf } from '../../core/failures';
import { commonStrings } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { formatText } from '../common/formatText';
import { SafeHtml } from '../common/SafeHtml';
import type { IGuideViewerStrings } from './guideStrings';

export interface IGuideViewerProps {
  guide: GuideResult;
  /** Reads the guide's steps (list guides from the list; connector guides carry theirs). */
  loadSteps(guide: GuideResult): Promise<GuideStep[]>;
  strings: IGuideViewerStrings;
  theme: ITheme;
  onClose(): void;
}

type Mode = 'step' | 'all';

/** Printing shows the guide alone: its steps, without the page behind it or the buttons. */
const PRINT_CSS = [
  '@media print {',
  '  body * { visibility: hidden !important; }',
  '  [data-guide-viewer], [data-guide-viewer] * { visibility: visible !important; }',
  '  [data-guide-viewer] { position: absolute !important; left: 0; top: 0; width: 100% !important; box-shadow: none !important; }',
  '  [data-print-hide] { display: none !important; }',
  '}'
].join('\n');

function viewerStyles(theme: ITheme): Record<string, string> {
  const { palette, semanticColors, fonts, effects } = theme;
  const focusRing = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: 2 };
  const button = {
    ...fonts.medium, minHeight: 32, padding: '0 16px', borderRadius: effects.roundedCorner2, border: `1px solid ${palette.neutralSecondary}`,
    background: semanticColors.bodyBackground, color: semanticColors.bodyText, cursor: 'pointer',
    selectors: { ':hover': { background: palette.neutralLighter }, ':focus-visible': focusRing, ':disabled': { opacity: 0.6, cursor: 'default' } }
  };
  return mergeStyleSets({
    overlay: { position: 'fixed', inset: 0, background: 'rgba(0, 0, 0, 0.45)', zIndex: 1000, display: 'flex', justifyContent: 'center', alignItems: 'flex-start', overflowY: 'auto', padding: '32px 12px' },
    dialog: {
      ...fonts.medium, width: 'min(760px, 100%)', background: semanticColors.bodyBackground, color: semanticColors.bodyText,
      borderRadius: effects.roundedCorner4, boxShadow: effects.elevation64, padding: 24, boxSizing: 'border-box'
    },
    header: { display: 'flex', justifyContent: 'space-between', gap: 12, alignItems: 'flex-start' },
    title: { ...fonts.xxLarge, fontWeight: FontWeights.semibold, margin: 0 },
    summary: { ...fonts.mediumPlus, color: palette.neutralPrimary, margin: '8px 0 16px' },
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '0 0 16px' },
    toggle: { ...button },
    toggleOn: { background: palette.themePrimary, borderColor: palette.themePrimary, color: palette.white, selectors: { ':hover': { background: palette.themeDarkAlt } } },
    button,
    primary: { ...button, background: palette.themePrimary, borderColor: palette.themePrimary, color: palette.white, selectors: { ':hover': { background: palette.themeDarkAlt }, ':focus-visible': focusRing, ':disabled': { opacity: 0.6 } } },
    progress: { margin: '0 0 16px' },
    progressText: { ...fonts.medium, fontWeight: FontWeights.semibold, marginBottom: 6, display: 'block' },
    bar: { width: '100%', height: 6, borderRadius: 3, background: palette.neutralLight, overflow: 'hidden' },
    barFill: { height: '100%', background: palette.themePrimary, transition: 'width 0.2s' },
    steps: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 24 },
    step: { outline: 'none', selectors: { ':focus-visible': focusRing } },
    stepTitle: { ...fonts.xLarge, fontWeight: FontWeights.semibold, margin: '0 0 8px' },
    stepNumber: { color: palette.themePrimary, marginRight: 8 },
    stepBody: { ...fonts.mediumPlus, lineHeight: '1.5' },
    figure: { margin: '12px 0 0' },
    image: { maxWidth: '100%', height: 'auto', borderRadius: effects.roundedCorner2, border: `1px solid ${palette.neutralLight}` },
    video: { width: '100%', marginTop: 12, borderRadius: effects.roundedCorner2, background: '#000' },
    nav: { display: 'flex', justifyContent: 'space-between', gap: 8, marginTop: 24 },
    hint: { ...fonts.small, color: palette.neutralSecondary, marginTop: 12 },
    source: { color: semanticColors.link },
    close: { ...button, padding: '0 10px' }
  }) as unknown as Record<string, string>;
}

/**
 * A guide, one step at a time or all at once: arrow keys, Home and End move between steps,
 * progress is shown and announced, Print prints every step. A modal dialog: focus stays inside
 * and Escape closes it. Step HTML goes through the shared sanitizer.
 */
export function GuideViewer(props: IGuideViewerProps): React.ReactElement {
  const { guide, strings } = props;
  const classNames = React.useMemo(() => viewerStyles(props.theme), [props.theme]);
  const [steps, setSteps] = React.useState<GuideStep[] | undefined>(undefined);
  /** The failure code of the steps' load; null while it loads or once it has. */
  const [failed, setFailed] = React.useState<string | null>(null);
  const [attempt, setAttempt] = React.useState(0);
  const [mode, setMode] = React.useState<Mode>('step');
  const [index, setIndex] = React.useState(0);
  const stepRef = React.useRef<HTMLLIElement>(null);
  const moved = React.useRef(false);
  const ids = React.useMemo(() => ({ title: getId('guide-title'), progress: getId('guide-progress') }), []);

  React.useEffect(() => {
    let live = true;
    setFailed(null);
    props.loadSteps(guide).then((found) => {
      if (live) {
        setSteps(found);
        setIndex(0);
      }
    }, (error: unknown) => {
      if (live) {
        setFailed(failureCodeOf(error));
      }
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [guide.id, attempt]);

  // After moving, the new step takes focus so a screen reader reads it. A layout effect: the
  // old step has left the DOM, and until focus moves a fast next key press would go to <body>.
  React.useLayoutEffect(() => {
    if (moved.current && stepRef.current) {
      stepRef.current.focus();
      moved.current = false;
    }
  }, [index]);

  const count = steps ? steps.length : 0;
  const go = (next: number): void => {
    const bounded = Math.max(0, Math.min(count - 1, next));
    if (bounded !== index) {
      moved.current = true;
      setIndex(bounded);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
      return;
    }
    const target = event.target as HTMLElement;
    if (mode !== 'step' || /^(INPUT|TEXTAREA|SELECT|VIDEO)$/.test(target.tagName)) {
      return;
    }
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, PageDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, PageUp: index - 1, Home: 0, End: count - 1 };
    if (event.key in moves && count > 0) {
      event.preventDefault();
      go(moves[event.key]);
    }
  };

  const print = (): void => {
    setMode('all');
    // Printed after the browser has drawn every step.
    setTimeout(() => window.print(), 50);
  };

  const renderStep = (step: GuideStep, i: number, current: boolean): React.ReactElement => (
    <li
      key={i}
      className={classNames.step}
      ref={current ? stepRef : undefined}
      tabIndex={current ? -1 : undefined}
      aria-labelledby={`${ids.title}-step-${i}`}
    >
      <h3 className={classNames.stepTitle} id={`${ids.title}-step-${i}`}>
        <span className={classNames.stepNumber}>{i + 1}.</span>
        {step.title}
      </h3>
      <SafeHtml className={classNames.stepBody} html={step.html} />
      {step.image && (
        <figure className={classNames.figure}>
          <img className={classNames.image} src={step.image.url} alt={step.image.alt} />
        </figure>
      )}
      {step.video && (
        <video className={classNames.video} controls preload="none" aria-label={formatText(strings.VideoLabel, step.title)}>
          <source src={step.video.url} />
          {step.video.captionsUrl && (
            <track kind="captions" src={step.video.captionsUrl} srcLang={step.video.captionsLanguage || 'sv'} label={strings.CaptionsLabel} default />
          )}
        </video>
      )}
    </li>
  );

  let body: React.ReactNode;
  if (failed) {
    // After a 401 (the sign-in ran out) the text says so and the button reloads the page.
    const action = failureAction(failed, () => setAttempt((n) => n + 1));
    body = (
      <p role="alert">
        {failed === 'signedOut' ? `${strings.LoadFailed} ${commonStrings.Errors.signedOut}` : strings.LoadFailed}{' '}
        <button type="button" className={classNames.button} onClick={action.onClick}>{action.text}</button>
      </p>
    );
  } else if (!steps) {
    body = <p role="status">{strings.Loading}</p>;
  } else if (steps.length === 0) {
    body = <p>{strings.NoSteps}</p>;
  } else if (mode === 'all') {
    body = <ol className={classNames.steps} data-print-guide="">{steps.map((s, i) => renderStep(s, i, false))}</ol>;
  } else {
    body = (
      <>
        <div className={classNames.progress}>
          <span className={classNames.progressText} id={ids.progress} aria-live="polite">{formatText(strings.Progress, index + 1, count)}</span>
          <div className={classNames.bar} role="progressbar" aria-labelledby={ids.progress} aria-valuemin={1} aria-valuemax={count} aria-valuenow={index + 1}>
            <div className={classNames.barFill} style={{ width: `${((index + 1) / count) * 100}%` }} />
          </div>
        </div>
        <ol className={classNames.steps} start={index + 1}>{renderStep(steps[index], index, true)}</ol>
        <div className={classNames.nav}>
          <button type="button" className={classNames.button} onClick={() => go(index - 1)} disabled={index === 0}>{strings.Previous}</button>
          <button type="button" className={classNames.primary} onClick={() => go(index + 1)} disabled={index === count - 1}>{strings.Next}</button>
        </div>
        <p className={classNames.hint}>{strings.KeyboardHint}</p>
      </>
    );
  }

  return (
    <div className={classNames.overlay} onClick={(event) => event.target === event.currentTarget && props.onClose()}>
      <FocusTrapZone isClickableOutsideFocusTrap={false} forceFocusInsideTrap={true}>
        <div className={classNames.dialog} role="dialog" aria-modal="true" aria-labelledby={ids.title} onKeyDown={onKeyDown} data-guide-viewer="">
          <style>{PRINT_CSS}</style>
          <div className={classNames.header}>
            <h2 className={classNames.title} id={ids.title}>{guide.title}</h2>
            <button type="button" className={classNames.close} onClick={props.onClose} data-print-hide="">{strings.Close}</button>
          </div>
          {guide.summary && <p className={classNames.summary}>{guide.summary}</p>}
          <div className={classNames.toolbar} role="group" aria-label={strings.ModeLabel} data-print-hide="">
            <button type="button" className={`${classNames.toggle} ${mode === 'step' ? classNames.toggleOn : ''}`} aria-pressed={mode === 'step'} onClick={() => setMode('step')}>
              {strings.OneStep}
            </button>
            <button type="button" className={`${classNames.toggle} ${mode === 'all' ? classNames.toggleOn : ''}`} aria-pressed={mode === 'all'} onClick={() => setMode('all')}>
              {strings.AllSteps}
            </button>
            <button type="button" className={classNames.button} onClick={print} disabled={!steps || steps.length === 0}>{strings.Print}</button>
            {guide.url && (
              <a className={classNames.source} href={guide.url} target="_blank" rel="noopener noreferrer">
                {formatText(strings.OpenAtSource, guide.source === 'connector' ? strings.SourceConnector : strings.SourceList)}
              </a>
            )}
          </div>
          {body}
        </div>
      </FocusTrapZone>
    </div>
  );
}

export default GuideViewer;
