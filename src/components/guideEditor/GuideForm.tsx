import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { IButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { formatCalendarDay, stockholmDay, stockholmMidnight } from '../../core/contentHealth';
import { failureCodeOf } from '../../core/failures';
import { addStep, GUIDE_DRAFT, GUIDE_PUBLISHED, moveStep, newGuideDraft, parseKeywords, removeStep, updateStep } from '../../core/guideEditor';
import type { GuideDraft, GuideOwner } from '../../core/guideEditor';
import { isGuideEditorError } from '../../core/guideEditorPorts';
import type { GuideConflict, IGuideEditorService } from '../../core/guideEditorPorts';
import type { LocalGuideDraft, LocalGuideDrafts } from '../../core/guideEditorDrafts';
import type { GuideProblem } from '../../core/guideEditorValidation';
import type { TenantConfig } from '../../core/municipality';
import type { CurrentUser } from '../../core/ports';
import { ALL_MUNICIPALITIES } from '../../core/search';
import type { GuideResult, GuideStep } from '../../core/search';
import { errorText } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { formatText } from '../common/formatText';
import { GuideViewer } from '../guides/GuideViewer';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';
import { StepTextEditor } from './StepTextEditor';
import { StepUpload } from './StepUpload';
import type { IStepUpload, PictureScaler } from './StepUpload';

export interface IGuideFormProps {
  /** The guide to edit; undefined for a new one. */
  guideId?: number;
  service: IGuideEditorService;
  config: TenantConfig;
  user: CurrentUser;
  /** Categories in use, offered in the category field. */
  categories: string[];
  /** Unsaved edits kept in the browser; null when the browser keeps nothing. */
  drafts: GuideDraftStore | null;
  now(): Date;
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
  theme: ITheme;
  /** Scales a chosen or pasted picture before it is uploaded. */
  scalePicture: PictureScaler;
  /** Back to the overview; `saved` when something was saved, so the overview reads the list again. */
  onBack(saved: boolean): void;
}

type SaveKind = 'draft' | 'publish';
/** What the form needs of the browser's store of unsaved edits. */
export type GuideDraftStore = Pick<LocalGuideDrafts, 'find' | 'keep' | 'clear'>;
type Notice = { kind: 'success' | 'error' | 'info'; text: string } | null;

let forms = 0;

/** The date input's value (yyyy-mm-dd, the day in Stockholm) of a stored review date, and back. */
function dayInput(iso: string | null): string {
  if (!iso || isNaN(Date.parse(iso))) {
    return '';
  }
  return formatCalendarDay(stockholmDay(new Date(iso)));
}

function dayValue(input: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  return m ? stockholmMidnight({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }).toISOString() : null;
}

function formatWhen(iso: string): string {
  const time = Date.parse(iso);
  return isNaN(time) ? iso : new Date(time).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
}

/**
 * One guide being written: its fields, its steps (added, removed and moved with buttons and with
 * Alt+arrow keys, focus following the moved step), a preview in the viewer itself, save as draft
 * and publish. Every edit is kept in the browser until it is saved; a save on top of someone
 * else's newer one is refused and the editor chooses whose version stays.
 */
export function GuideForm(props: IGuideFormProps): React.ReactElement {
  const { strings, classNames, config } = props;
  const s = strings.Editor;
  const [base] = React.useState(() => `samverka-guide-form-${++forms}`);
  const [draft, setDraft] = React.useState<GuideDraft | null>(null);
  const [keys, setKeys] = React.useState<number[]>([]);
  const nextKey = React.useRef(0);
  const [id, setId] = React.useState<number | undefined>(props.guideId);
  const [etag, setEtag] = React.useState<string | undefined>(undefined);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [attempt, setAttempt] = React.useState(0);
  /** Raised when the whole draft is replaced (restored, theirs loaded): fields holding their own text start again. */
  const [revision, setRevision] = React.useState(0);
  const [keywordsText, setKeywordsText] = React.useState('');
  const [someMunicipalities, setSomeMunicipalities] = React.useState<string[]>([]);
  const [offer, setOffer] = React.useState<LocalGuideDraft | undefined>(undefined);
  const [problems, setProblems] = React.useState<GuideProblem[] | null>(null);
  const [conflict, setConflict] = React.useState<{ conflict: GuideConflict; kind: SaveKind } | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const [localWarning, setLocalWarning] = React.useState(false);
  const [preview, setPreview] = React.useState(false);
  const savedOnce = React.useRef(false);
  const pendingFocus = React.useRef<{ key: number; role: string } | null>(null);
  const problemsRef = React.useRef<HTMLDivElement>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const previewButton = React.useRef<IButton>(null);
  const stepList = React.useRef<HTMLOListElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const opened = React.useRef(false);
  /** The latest draft and step keys, for an upload that finishes after later edits. */
  const latest = React.useRef<{ draft: GuideDraft | null; keys: number[] }>({ draft: null, keys: [] });
  latest.current = { draft, keys };
  /** Each step's picture upload, by the step's key: a picture pasted into the step goes there. */
  const pictureUploads = React.useRef(new Map<number, IStepUpload>());

  const freshKeys = (count: number): number[] => Array.from({ length: count }, () => nextKey.current++);

  const start = (next: GuideDraft): void => {
    setDraft(next);
    setKeys(freshKeys(next.steps.length));
    setKeywordsText(next.keywords.join('; '));
    setSomeMunicipalities(next.municipalities === ALL_MUNICIPALITIES ? [] : next.municipalities.slice());
    setRevision(r => r + 1);
  };

  React.useEffect(() => {
    let live = true;
    setLoadError(null);
    const key = props.guideId === undefined ? 'new' : props.guideId;
    const found = props.drafts ? props.drafts.find(key) : undefined;
    if (props.guideId === undefined) {
      start(newGuideDraft({ email: props.user.mail, name: props.user.displayName }, props.now(), config));
      setOffer(found);
      return undefined;
    }
    props.service.load(props.guideId).then(loaded => {
      if (live) {
        start(loaded.draft);
        setEtag(loaded.etag);
        setOffer(found);
      }
    }, error => {
      if (live) {
        setLoadError(failureCodeOf(error));
      }
    });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.guideId, attempt]);

  // Focus follows a moved step: the control that moved it, or the step itself at the list's edge.
  React.useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || !stepList.current) {
      return;
    }
    pendingFocus.current = null;
    const step = stepList.current.querySelector<HTMLElement>(`[data-step-key="${pending.key}"]`);
    if (!step) {
      return;
    }
    const control = step.querySelector<HTMLElement>(`[data-focus="${pending.role}"]`);
    if (control && !(control as HTMLButtonElement).disabled) {
      control.focus();
    } else {
      step.focus();
    }
  }, [keys]);

  // The overview's button that opened the form has gone: focus starts at the form's heading.
  React.useEffect(() => {
    if (draft && !opened.current && headingRef.current) {
      opened.current = true;
      headingRef.current.focus();
    }
  }, [draft]);

  const storeKey = id === undefined ? 'new' : id;

  /** Every change of the editor's: into the state, and kept in the browser at once. */
  const edit = (next: GuideDraft): void => {
    setDraft(next);
    if (props.drafts) {
      setLocalWarning(!props.drafts.keep(storeKey, next, etag));
    }
  };

  if (loadError) {
    const action = failureAction(loadError, () => setAttempt(n => n + 1));
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true}
        actions={<div><DefaultButton text={action.text} onClick={action.onClick} /> <DefaultButton text={s.Back} onClick={() => props.onBack(false)} /></div>}>
        {`${s.LoadFailed} ${errorText(loadError)}`}
      </MessageBar>
    );
  }
  if (!draft) {
    return <Spinner size={SpinnerSize.medium} label={s.Loading} />;
  }

  const field = (name: string): string => `${base}-${name}`;
  const stepField = (i: number, name: string): string => `${base}-step-${i}-${name}`;

  const problemTarget = (problem: GuideProblem): string => {
    switch (problem.code) {
      case 'noTitle': return field('title');
      case 'noSummary': return field('summary');
      case 'noCategory': return field('category');
      case 'noMunicipality': return field('municipality-all');
      case 'noSteps': return field('add-step');
      case 'stepWithoutTitle': return stepField(problem.step, 'title');
      case 'pictureWithoutAlt': return stepField(problem.step, 'alt');
      case 'filmWithoutCaptions': return stepField(problem.step, 'captions');
      case 'disallowedMarkup': return stepField(problem.step, 'text');
      default: {
        const step = draft.steps[problem.step];
        if (step && step.image && step.image.url === problem.url) return stepField(problem.step, 'picture');
        if (step && step.video && step.video.url === problem.url) return stepField(problem.step, 'film');
        if (step && step.video && step.video.captionsUrl === problem.url) return stepField(problem.step, 'captions');
        return stepField(problem.step, 'text');
      }
    }
  };
  const problemText = (problem: GuideProblem): string => {
    const p = strings.Problems;
    switch (problem.code) {
      case 'stepWithoutTitle':
      case 'pictureWithoutAlt':
      case 'filmWithoutCaptions':
        return formatText(p[problem.code], problem.step + 1);
      case 'disallowedMarkup': return formatText(p.disallowedMarkup, problem.step + 1, problem.tag);
      case 'unsafeLink': return formatText(p.unsafeLink, problem.step + 1, problem.url);
      case 'linkToOtherHost':
      case 'mediaOnOtherHost':
        return formatText(p[problem.code], problem.step + 1, problem.host);
      default: return p[problem.code];
    }
  };
  const invalidTargets = new Set((problems || []).map(problemTarget));
  const invalid = (target: string): boolean => invalidTargets.has(target);

  const save = (kind: SaveKind, ifMatch: string | undefined = etag): void => {
    setSaving(true);
    setProblems(null);
    setConflict(null);
    setNotice(null);
    const request = kind === 'draft' ? props.service.saveDraft(draft, id, ifMatch) : props.service.publish(draft, id, ifMatch);
    request.then(saved => {
      if (props.drafts) {
        props.drafts.clear(storeKey);
        props.drafts.clear(saved.id);
      }
      savedOnce.current = true;
      setId(saved.id);
      setEtag(saved.etag);
      setDraft(current => (current ? { ...current, status: kind === 'publish' ? GUIDE_PUBLISHED : GUIDE_DRAFT } : current));
      setOffer(undefined);
      setLocalWarning(false);
      setNotice({ kind: 'success', text: kind === 'publish' ? s.Published : formatText(s.SavedDraft, formatWhen(saved.modified || props.now().toISOString())) });
      setSaving(false);
      if (noticeRef.current) noticeRef.current.focus();
    }, error => {
      setSaving(false);
      if (isGuideEditorError(error) && error.code === 'invalid' && error.problems) {
        setProblems(error.problems);
        // After the layout: the summary of every problem takes focus, so it is read out at once.
        setTimeout(() => { if (problemsRef.current) problemsRef.current.focus(); }, 0);
      } else if (isGuideEditorError(error) && error.code === 'conflict' && error.conflict) {
        setConflict({ conflict: error.conflict, kind });
        setTimeout(() => { if (noticeRef.current) noticeRef.current.focus(); }, 0);
      } else {
        setNotice({ kind: 'error', text: formatText(s.SaveFailed, errorText(failureCodeOf(error))) });
        setTimeout(() => { if (noticeRef.current) noticeRef.current.focus(); }, 0);
      }
    });
  };

  const loadTheirs = (theirs: GuideConflict['theirs']): void => {
    if (props.drafts) props.drafts.clear(storeKey);
    setConflict(null);
    setEtag(theirs.etag);
    start(theirs.draft);
    setNotice({ kind: 'info', text: s.TheirsLoaded });
  };

  const restore = (kept: LocalGuideDraft): void => {
    setOffer(undefined);
    // The edit goes on from the version it started from: a newer save in between is a conflict, not overwritten.
    if (kept.baseEtag) setEtag(kept.baseEtag);
    start(kept.draft);
  };

  const discard = (): void => {
    if (props.drafts) props.drafts.clear(storeKey);
    setOffer(undefined);
  };

  const setSteps = (steps: GuideStep[]): void => edit({ ...draft, steps });

  /** An uploaded file's address into the step it was chosen in, wherever that step is now, keeping every other edit. */
  const fillStep = (key: number, change: (step: GuideStep) => Partial<GuideStep>): void => {
    const current = latest.current.draft;
    const index = latest.current.keys.indexOf(key);
    if (!current || index < 0) {
      return;
    }
    edit({ ...current, steps: updateStep(current.steps, index, change(current.steps[index])) });
  };

  const onStepPaste = (key: number): ((event: React.ClipboardEvent<HTMLLIElement>) => void) => (event: React.ClipboardEvent<HTMLLIElement>): void => {
    const files = event.clipboardData ? Array.prototype.slice.call(event.clipboardData.files || []) as File[] : [];
    const picture = files.filter(f => /^image\//i.test(f.type))[0];
    const uploader = pictureUploads.current.get(key);
    if (!picture || !uploader) {
      return;
    }
    event.preventDefault();
    // The library gives every file a unique name: a pasted screenshot without one is named for what it is.
    uploader.uploadFile(picture.name ? picture : Object.assign(picture.slice(0, picture.size, picture.type), { name: 'skarmbild' }));
  };

  const move = (index: number, direction: 'up' | 'down', role: string): void => {
    const moved = moveStep(draft.steps, index, direction);
    if (moved.index === index) {
      return;
    }
    const nextKeys = keys.slice();
    nextKeys[index] = keys[moved.index];
    nextKeys[moved.index] = keys[index];
    pendingFocus.current = { key: keys[index], role };
    setKeys(nextKeys);
    setSteps(moved.steps);
    setAnnouncement(formatText(s.Moved, index + 1, moved.index + 1));
  };

  const add = (): void => {
    const key = nextKey.current++;
    pendingFocus.current = { key, role: 'title' };
    setKeys(keys.concat([key]));
    setSteps(addStep(draft.steps));
    setAnnouncement(s.Added);
  };

  const remove = (index: number): void => {
    const nextKeys = keys.filter((_, i) => i !== index);
    // Focus goes to the step that takes its place, or the one before, or the add button.
    const neighbour = nextKeys[Math.min(index, nextKeys.length - 1)];
    if (neighbour !== undefined) {
      pendingFocus.current = { key: neighbour, role: 'remove' };
    } else {
      setTimeout(() => { const addButton = document.getElementById(field('add-step')); if (addButton) addButton.focus(); }, 0);
    }
    setKeys(nextKeys);
    setSteps(removeStep(draft.steps, index));
    setAnnouncement(formatText(s.Removed, index + 1));
  };

  const onStepKeyDown = (index: number): ((event: React.KeyboardEvent<HTMLLIElement>) => void) => (event: React.KeyboardEvent<HTMLLIElement>): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) {
      return;
    }
    event.preventDefault();
    const target = event.target as HTMLElement;
    move(index, event.key === 'ArrowUp' ? 'up' : 'down', target.getAttribute('data-focus') || 'step');
  };

  const setOwner = (email: string): void => {
    const original = draft.owner;
    const owner: GuideOwner | null = !email.trim() ? null
      : original && original.email.toLowerCase() === email.trim().toLowerCase() ? original : { email: email.trim(), name: email.trim() };
    edit({ ...draft, owner });
  };

  const renderStep = (step: GuideStep, i: number): React.ReactElement => {
    // Outside React's event handlers (a load's promise) the steps and their keys arrive in two renders: a key of its own meanwhile.
    const key = keys[i] !== undefined ? keys[i] : -1 - i;
    const legend = formatText(s.StepLegend, i + 1);
    const patch = (change: Partial<GuideStep>): void => setSteps(updateStep(draft.steps, i, change));
    const image = step.image || { url: '', alt: '' };
    const video = step.video || { url: '', captionsUrl: '' };
    const setImage = (next: { url: string; alt: string }): void => patch({ image: next.url || next.alt ? next : undefined });
    const setVideo = (next: { url: string; captionsUrl?: string }): void =>
      patch({ video: next.url || next.captionsUrl ? { url: next.url, captionsUrl: next.captionsUrl || undefined, captionsLanguage: 'sv' } : undefined });
    return (
      <li key={key} data-step-key={key} className={classNames.step} tabIndex={-1} aria-labelledby={stepField(i, 'legend')}
        onKeyDown={onStepKeyDown(i)} onPaste={onStepPaste(key)}>
        <div className={classNames.stepHeader}>
          <h4 id={stepField(i, 'legend')} style={{ margin: 0 }}>{legend}</h4>
          <div className={classNames.stepButtons}>
            <DefaultButton text={formatText(s.MoveUp, i + 1)} data-focus="up" disabled={i === 0} onClick={() => move(i, 'up', 'up')} />
            <DefaultButton text={formatText(s.MoveDown, i + 1)} data-focus="down" disabled={i === draft.steps.length - 1} onClick={() => move(i, 'down', 'down')} />
            <DefaultButton text={formatText(s.RemoveStep, i + 1)} data-focus="remove" onClick={() => remove(i)} />
          </div>
        </div>
        <div className={classNames.field}>
          <label htmlFor={stepField(i, 'title')}>{s.StepTitle}</label>
          <input id={stepField(i, 'title')} data-focus="title" value={step.title} aria-invalid={invalid(stepField(i, 'title')) || undefined}
            className={invalid(stepField(i, 'title')) ? classNames.invalid : undefined} onChange={e => patch({ title: e.target.value })} />
        </div>
        <div className={classNames.field}>
          <span id={stepField(i, 'text-label')} style={{ fontWeight: 600, padding: '5px 0' }}>{s.StepText}</span>
          <StepTextEditor key={`${revision}`} id={stepField(i, 'text')} labelId={stepField(i, 'text-label')} html={step.html} stepNumber={i + 1}
            invalid={invalid(stepField(i, 'text'))} strings={s} classNames={classNames} onChange={html => patch({ html })} />
        </div>
        <div className={classNames.field}>
          <label htmlFor={stepField(i, 'picture')}>{s.PictureUrl}</label>
          <input id={stepField(i, 'picture')} type="url" value={image.url} aria-describedby={stepField(i, 'picture-hint')}
            aria-invalid={invalid(stepField(i, 'picture')) || undefined} onChange={e => setImage({ ...image, url: e.target.value })} />
          <p id={stepField(i, 'picture-hint')} className={classNames.hint}>{s.PictureHint}</p>
        </div>
        <StepUpload kind="picture" id={stepField(i, 'picture-file')} upload={(file, onProgress) => props.service.uploadPicture(file, onProgress)}
          scale={props.scalePicture} strings={strings} classNames={classNames}
          ref={uploader => { if (uploader) pictureUploads.current.set(key, uploader); else pictureUploads.current.delete(key); }}
          onUploaded={url => fillStep(key, current => ({ image: { url, alt: current.image ? current.image.alt : '' } }))} />
        <div className={classNames.field}>
          <label htmlFor={stepField(i, 'alt')}>{s.PictureAlt}</label>
          <input id={stepField(i, 'alt')} value={image.alt} aria-invalid={invalid(stepField(i, 'alt')) || undefined}
            className={invalid(stepField(i, 'alt')) ? classNames.invalid : undefined} onChange={e => setImage({ ...image, alt: e.target.value })} />
        </div>
        <div className={classNames.field}>
          <label htmlFor={stepField(i, 'film')}>{s.FilmUrl}</label>
          <input id={stepField(i, 'film')} type="url" value={video.url} aria-describedby={stepField(i, 'film-hint')}
            aria-invalid={invalid(stepField(i, 'film')) || undefined} onChange={e => setVideo({ ...video, url: e.target.value })} />
        </div>
        <div className={classNames.field}>
          <label htmlFor={stepField(i, 'captions')}>{s.CaptionsUrl}</label>
          <input id={stepField(i, 'captions')} type="url" value={video.captionsUrl || ''} aria-describedby={stepField(i, 'film-hint')}
            aria-invalid={invalid(stepField(i, 'captions')) || undefined} className={invalid(stepField(i, 'captions')) ? classNames.invalid : undefined}
            onChange={e => setVideo({ ...video, captionsUrl: e.target.value })} />
          <p id={stepField(i, 'film-hint')} className={classNames.hint}>{s.FilmHint}</p>
        </div>
        <StepUpload kind="captions" id={stepField(i, 'captions-file')} upload={(file, onProgress) => props.service.uploadCaptions(file, onProgress)}
          strings={strings} classNames={classNames}
          onUploaded={url => fillStep(key, current => ({
            video: { url: current.video ? current.video.url : '', captionsUrl: url, captionsLanguage: 'sv' }
          }))} />
      </li>
    );
  };

  const previewGuide: GuideResult = {
    kind: 'guide', id: `preview-${base}`, source: 'list', title: draft.title, summary: draft.summary, stepCount: draft.steps.length,
    category: draft.category, municipalities: draft.municipalities === ALL_MUNICIPALITIES ? [ALL_MUNICIPALITIES] : draft.municipalities,
    url: '', modified: ''
  };
  const all = draft.municipalities === ALL_MUNICIPALITIES;
  const heading = id === undefined ? s.NewTitle : formatText(s.EditTitle, draft.title);

  return (
    <div className={classNames.form} data-guide-form="">
      <div className={classNames.toolbar}>
        <DefaultButton text={s.Back} onClick={() => props.onBack(savedOnce.current)} />
      </div>
      <h3 className={classNames.title} ref={headingRef} tabIndex={-1}>{heading}</h3>
      <p className={classNames.meta} data-guide-status={draft.status}>{draft.status === GUIDE_PUBLISHED ? s.StatusPublished : s.StatusDraft}</p>
      {draft.provenance && <p className={classNames.meta}>{formatText(s.CopiedFrom, draft.provenance.sourceUrl)}</p>}

      {offer && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}
          actions={<div><PrimaryButton text={s.Restore} onClick={() => restore(offer)} /> <DefaultButton text={s.Discard} onClick={discard} /></div>}>
          {formatText(s.LocalFound, formatWhen(offer.savedAt))}
        </MessageBar>
      )}

      <fieldset className={classNames.fieldset}>
        <legend>{s.GuideFields}</legend>
        <div className={classNames.field}>
          <label htmlFor={field('title')}>{s.TitleLabel}</label>
          <input id={field('title')} value={draft.title} aria-invalid={invalid(field('title')) || undefined}
            className={invalid(field('title')) ? classNames.invalid : undefined} onChange={e => edit({ ...draft, title: e.target.value })} />
        </div>
        <div className={classNames.field}>
          <label htmlFor={field('summary')}>{s.SummaryLabel}</label>
          <textarea id={field('summary')} value={draft.summary} rows={2} aria-invalid={invalid(field('summary')) || undefined}
            className={invalid(field('summary')) ? classNames.invalid : undefined} onChange={e => edit({ ...draft, summary: e.target.value })} />
        </div>
        <div className={classNames.field}>
          <label htmlFor={field('category')}>{s.CategoryLabel}</label>
          <input id={field('category')} list={field('categories')} value={draft.category} aria-describedby={field('category-hint')}
            aria-invalid={invalid(field('category')) || undefined} className={invalid(field('category')) ? classNames.invalid : undefined}
            onChange={e => edit({ ...draft, category: e.target.value })} />
          <datalist id={field('categories')}>{props.categories.map(c => <option key={c} value={c} />)}</datalist>
          <p id={field('category-hint')} className={classNames.hint}>{s.CategoryHint}</p>
        </div>
        <fieldset className={classNames.fieldset} aria-invalid={invalid(field('municipality-all')) || undefined}>
          <legend>{s.MunicipalityLabel}</legend>
          <div className={classNames.radios}>
            <label className={classNames.check}>
              <input type="radio" id={field('municipality-all')} name={field('municipality')} checked={all}
                onChange={() => edit({ ...draft, municipalities: ALL_MUNICIPALITIES })} />
              {s.MunicipalityAll}
            </label>
            <label className={classNames.check}>
              <input type="radio" name={field('municipality')} checked={!all} onChange={() => edit({ ...draft, municipalities: someMunicipalities.slice() })} />
              {s.MunicipalitySome}
            </label>
          </div>
          {!all && (
            <div className={classNames.radios}>
              {config.municipalities.map(m => (
                <label key={m.id} className={classNames.check}>
                  <input type="checkbox" checked={(draft.municipalities as string[]).indexOf(m.id) >= 0} onChange={e => {
                    const current = draft.municipalities as string[];
                    const next = e.target.checked ? current.concat([m.id]) : current.filter(x => x !== m.id);
                    setSomeMunicipalities(next);
                    edit({ ...draft, municipalities: next });
                  }} />
                  {m.shortName}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <div className={classNames.field}>
          <label htmlFor={field('forvaltning')}>{s.ForvaltningLabel}</label>
          <input id={field('forvaltning')} value={draft.forvaltning} onChange={e => edit({ ...draft, forvaltning: e.target.value })} />
        </div>
        <div className={classNames.field}>
          <label htmlFor={field('keywords')}>{s.KeywordsLabel}</label>
          <input id={field('keywords')} value={keywordsText} aria-describedby={field('keywords-hint')} onChange={e => {
            setKeywordsText(e.target.value);
            edit({ ...draft, keywords: parseKeywords(e.target.value) });
          }} />
          <p id={field('keywords-hint')} className={classNames.hint}>{s.KeywordsHint}</p>
        </div>
        <div className={classNames.field}>
          <label htmlFor={field('owner')}>{s.OwnerLabel}</label>
          <input id={field('owner')} type="email" autoComplete="off" defaultValue={draft.owner ? draft.owner.email : ''} key={`owner-${revision}`}
            aria-describedby={field('owner-hint')} onChange={e => setOwner(e.target.value)} />
          <p id={field('owner-hint')} className={classNames.hint}>{draft.owner && draft.owner.name !== draft.owner.email ? `${draft.owner.name}. ` : ''}{s.OwnerHint}</p>
        </div>
        <div className={classNames.field}>
          <label htmlFor={field('review')}>{s.ReviewLabel}</label>
          <input id={field('review')} type="date" value={dayInput(draft.reviewDate)} onChange={e => edit({ ...draft, reviewDate: dayValue(e.target.value) })} />
        </div>
      </fieldset>

      <h4 className={classNames.title}>{s.StepsHeading}</h4>
      <p className={classNames.hint}>{s.StepsHint}</p>
      <ol className={classNames.steps} ref={stepList}>
        {draft.steps.map(renderStep)}
      </ol>
      <DefaultButton id={field('add-step')} text={s.AddStep} onClick={add} />
      <div aria-live="polite" className={classNames.hint}>{announcement}</div>

      {problems && problems.length > 0 && (
        <div className={classNames.problems} ref={problemsRef} tabIndex={-1} role="alert" aria-labelledby={field('problems')} data-guide-problems="">
          <h3 id={field('problems')}>{problems.length === 1 ? s.ProblemsHeadingOne : formatText(s.ProblemsHeading, problems.length)}</h3>
          <ul>
            {problems.map((problem, i) => {
              const target = problemTarget(problem);
              return (
                <li key={i} data-problem={problem.code}>
                  <a href={`#${target}`} onClick={e => {
                    e.preventDefault();
                    const el = document.getElementById(target);
                    if (el) el.focus();
                  }}>{problemText(problem)}</a>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <div className={classNames.actions}>
        <DefaultButton componentRef={previewButton} text={s.Preview} onClick={() => setPreview(true)} />
        <DefaultButton text={s.SaveDraft} disabled={saving} onClick={() => save('draft')} />
        <PrimaryButton text={s.Publish} disabled={saving} onClick={() => save('publish')} />
        {saving && <Spinner size={SpinnerSize.small} label={s.Saving} labelPosition="right" />}
      </div>
      {props.drafts && <p className={classNames.hint}>{s.LocalKept}</p>}
      <div className={classNames.status} ref={noticeRef} tabIndex={-1} role="status">
        {localWarning && <MessageBar messageBarType={MessageBarType.warning}>{s.LocalNotKept}</MessageBar>}
        {notice && (
          <MessageBar messageBarType={notice.kind === 'success' ? MessageBarType.success : notice.kind === 'error' ? MessageBarType.error : MessageBarType.info} isMultiline={true}>
            {notice.text}
          </MessageBar>
        )}
        {conflict && (
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline={true} data-guide-conflict=""
            actions={<div>
              <DefaultButton text={s.LoadTheirs} onClick={() => loadTheirs(conflict.conflict.theirs)} />{' '}
              <PrimaryButton text={s.KeepMine} onClick={() => save(conflict.kind, conflict.conflict.theirs.etag)} />
            </div>}>
            {formatText(s.ConflictText, conflict.conflict.modifiedBy || '?', formatWhen(conflict.conflict.modified))}
          </MessageBar>
        )}
      </div>

      {preview && (
        <GuideViewer guide={previewGuide} loadSteps={() => Promise.resolve(draft.steps)} strings={strings.GuideViewer} theme={props.theme}
          onClose={() => {
            setPreview(false);
            setTimeout(() => { if (previewButton.current) previewButton.current.focus(); }, 0);
          }} />
      )}
    </div>
  );
}
