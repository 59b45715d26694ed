import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { IButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { failureCodeOf } from '../../core/failures';
import { GUIDE_DRAFT, GUIDE_PUBLISHED, newGuideDraft, updateStep } from '../../core/guideEditor';
import type { GuideDraft } from '../../core/guideEditor';
import { isGuideEditorError } from '../../core/guideEditorPorts';
import type { GuideConflict, IGuideEditorService } from '../../core/guideEditorPorts';
import type { LocalGuideDraft, LocalGuideDrafts } from '../../core/guideEditorDrafts';
import type { GuideProblem } from '../../core/guideEditorValidation';
import type { GuideVersion } from '../../core/guideVersions';
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
import { GuideFields } from './GuideFields';
import { formatWhen, problemTarget, problemText } from './guideFormText';
import { GuideProblemList } from './GuideProblemList';
import { GuideStepList } from './GuideStepList';
import { GuideVersions } from './GuideVersions';
import type { PictureScaler } from './StepUpload';

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
  /** A save refused for someone else's newer one: whose, and how "keep mine" saves again on top of theirs. */
  const [conflict, setConflict] = React.useState<{ conflict: GuideConflict; keepLabel: string; keep(etag: string): void } | null>(null);
  /** Counts saves and restores: an open list of versions is read again. */
  const [saves, setSaves] = React.useState(0);
  const [saving, setSaving] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [localWarning, setLocalWarning] = React.useState(false);
  const [preview, setPreview] = React.useState(false);
  const savedOnce = React.useRef(false);
  const problemsRef = React.useRef<HTMLDivElement>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const previewButton = React.useRef<IButton>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const opened = React.useRef(false);
  /** The latest draft and step keys, for an upload that finishes after later edits. */
  const latest = React.useRef<{ draft: GuideDraft | null; keys: number[] }>({ draft: null, keys: [] });
  latest.current = { draft, keys };

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

  const invalidTargets = new Set((problems || []).map(problem => problemTarget(base, draft, problem)));
  const invalid = (target: string): boolean => invalidTargets.has(target);

  /** A save or restore that failed: every problem, a conflict to choose in, or why. */
  const failed = (error: unknown, failedText: string, retry: { keepLabel: string; keep(etag: string): void }, showProblems: boolean = true): void => {
    setSaving(false);
    if (isGuideEditorError(error) && error.code === 'invalid' && error.problems && showProblems) {
      setProblems(error.problems);
      // After the layout: the summary of every problem takes focus, so it is read out at once.
      setTimeout(() => { if (problemsRef.current) problemsRef.current.focus(); }, 0);
      return;
    }
    if (isGuideEditorError(error) && error.code === 'conflict' && error.conflict) {
      setConflict({ conflict: error.conflict, ...retry });
    } else if (isGuideEditorError(error) && error.code === 'invalid' && error.problems) {
      setNotice({ kind: 'error', text: formatText(failedText, error.problems.map(problem => problemText(strings, problem)).join(' ')) });
    } else {
      setNotice({ kind: 'error', text: formatText(failedText, errorText(failureCodeOf(error))) });
    }
    setTimeout(() => { if (noticeRef.current) noticeRef.current.focus(); }, 0);
  };

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
      setSaves(n => n + 1);
      setNotice({ kind: 'success', text: kind === 'publish' ? s.Published : formatText(s.SavedDraft, formatWhen(saved.modified || props.now().toISOString())) });
      setSaving(false);
      if (noticeRef.current) noticeRef.current.focus();
    }, error => failed(error, s.SaveFailed, { keepLabel: s.KeepMine, keep: theirs => save(kind, theirs) }));
  };

  /** An earlier version's values saved again as a new version (with the ETag this edit started from), then loaded. */
  const restoreVersion = (version: GuideVersion, ifMatch: string | undefined = etag): void => {
    if (id === undefined) {
      return;
    }
    const guideId = id;
    setSaving(true);
    setProblems(null);
    setConflict(null);
    setNotice(null);
    props.service.restoreVersion(guideId, version.versionId, ifMatch).then(() => props.service.load(guideId)).then(loaded => {
      if (props.drafts) props.drafts.clear(storeKey);
      savedOnce.current = true;
      setEtag(loaded.etag);
      start(loaded.draft);
      setOffer(undefined);
      setLocalWarning(false);
      setSaves(n => n + 1);
      setNotice({ kind: 'success', text: formatText(strings.Versions.Restored, version.label) });
      setSaving(false);
      setTimeout(() => { if (noticeRef.current) noticeRef.current.focus(); }, 0);
    }, error => failed(error, strings.Versions.RestoreFailed, { keepLabel: strings.Versions.RestoreAnyway, keep: theirs => restoreVersion(version, theirs) }, false));
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

  /** An uploaded file's address into the step it was chosen in, wherever that step is now, keeping every other edit. */
  const fillStep = (key: number, change: (step: GuideStep) => Partial<GuideStep>): void => {
    const current = latest.current.draft;
    const index = latest.current.keys.indexOf(key);
    if (!current || index < 0) {
      return;
    }
    edit({ ...current, steps: updateStep(current.steps, index, change(current.steps[index])) });
  };

  const previewGuide: GuideResult = {
    kind: 'guide', id: `preview-${base}`, source: 'list', title: draft.title, summary: draft.summary, stepCount: draft.steps.length,
    category: draft.category, municipalities: draft.municipalities === ALL_MUNICIPALITIES ? [ALL_MUNICIPALITIES] : draft.municipalities,
    url: '', modified: ''
  };
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

      <GuideFields draft={draft} base={base} revision={revision} invalid={invalid} categories={props.categories} config={config}
        keywordsText={keywordsText} someMunicipalities={someMunicipalities} strings={strings} classNames={classNames}
        onEdit={edit} onKeywordsText={setKeywordsText} onSomeMunicipalities={setSomeMunicipalities}
        findPeople={text => props.service.findPeople(text)} />

      <GuideStepList steps={draft.steps} keys={keys} base={base} revision={revision} invalid={invalid} service={props.service}
        scalePicture={props.scalePicture} strings={strings} classNames={classNames} newKey={() => nextKey.current++}
        onChange={(steps, nextKeys) => { setKeys(nextKeys); edit({ ...draft, steps }); }} onFill={fillStep} />

      {problems && problems.length > 0 && (
        <GuideProblemList ref={problemsRef} problems={problems} draft={draft} base={base} strings={strings} classNames={classNames} />
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
          // The marker holds the message and its two choices (a MessageBar puts its own data attributes on the text alone).
          <div data-guide-conflict="">
            <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline={true}
              actions={<div>
                <DefaultButton text={s.LoadTheirs} onClick={() => loadTheirs(conflict.conflict.theirs)} />{' '}
                <PrimaryButton text={conflict.keepLabel} onClick={() => conflict.keep(conflict.conflict.theirs.etag)} />
              </div>}>
              {formatText(s.ConflictText, conflict.conflict.modifiedBy || '?', formatWhen(conflict.conflict.modified))}
            </MessageBar>
          </div>
        )}
      </div>

      {id !== undefined && (
        <GuideVersions guideId={id} service={props.service} base={base} saves={saves} busy={saving} strings={strings} classNames={classNames}
          onRestore={version => restoreVersion(version)} />
      )}

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
