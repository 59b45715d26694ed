import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { failureCodeOf } from '../../core/failures';
import { isGuideEditorError } from '../../core/guideEditorPorts';
import type { NamedBlob, UploadedGuideFile, UploadProgress } from '../../core/guideEditorPorts';
import { captionsFileProblem, GUIDE_CAPTIONS_MAX_BYTES, GUIDE_PICTURE_MAX_BYTES, GUIDE_PICTURE_TYPES, pictureFileProblem } from '../../core/guideEditorValidation';
import type { GuideFileProblem } from '../../core/guideEditorValidation';
import { commonStrings, errorText } from '../common/commonStrings';
import { formatText } from '../common/formatText';
import type { ScaledPicture } from '../guides/scalePicture';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';

/** Scales a picture before it is uploaded (scalePicture in the browser; a fake in tests, where there is no canvas). */
export type PictureScaler = (file: NamedBlob) => Promise<ScaledPicture>;

export type UploadKind = 'picture' | 'captions';

export interface IStepUploadProps {
  kind: UploadKind;
  /** The id of the file input (its button's label is the visible text). */
  id: string;
  upload(file: NamedBlob, onProgress?: UploadProgress): Promise<UploadedGuideFile>;
  /** For pictures: scales before the upload. */
  scale?: PictureScaler;
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
  /** The uploaded file's address, for the step's picture or captions field. */
  onUploaded(url: string): void;
}

/** What the step's paste handler calls with a pasted picture. */
export interface IStepUpload {
  uploadFile(file: NamedBlob): void;
}

type State =
  | { phase: 'idle' }
  | { phase: 'working'; fraction: number | undefined; name: string }
  | { phase: 'done'; name: string }
  | { phase: 'refused'; text: string }
  | { phase: 'failed'; text: string; file: NamedBlob };

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))}`;

/** The Swedish (or English) sentence naming why a file was refused, with the limit it broke. */
export function fileProblemText(strings: IGuideEditorStrings, problem: GuideFileProblem): string {
  const p = strings.FileProblems;
  switch (problem) {
    case 'pictureTooLarge': return formatText(p.pictureTooLarge, megabytes(GUIDE_PICTURE_MAX_BYTES));
    case 'captionsTooLarge': return formatText(p.captionsTooLarge, megabytes(GUIDE_CAPTIONS_MAX_BYTES));
    default: return p[problem];
  }
}

/**
 * A step's "Välj bild…" or "Välj textningsfil (.vtt)…": the file is checked (nothing is sent when
 * it cannot be used), a picture is scaled first, the upload shows its progress, and its address
 * fills the step's field. A failed upload offers Försök igen with the same file; nothing typed is lost.
 */
export const StepUpload = React.forwardRef<IStepUpload, IStepUploadProps>(function StepUpload(props, ref): React.ReactElement {
  const { strings, kind } = props;
  const s = strings.Editor;
  const [state, setState] = React.useState<State>({ phase: 'idle' });
  const [announcement, setAnnouncement] = React.useState('');
  const [note, setNote] = React.useState('');
  const input = React.useRef<HTMLInputElement>(null);
  const live = React.useRef(true);
  /** The form's latest handler: an upload may finish after a save changed where the draft is kept. */
  const onUploaded = React.useRef(props.onUploaded);
  onUploaded.current = props.onUploaded;
  React.useEffect(() => () => { live.current = false; }, []);

  const send = (file: NamedBlob): void => {
    setState({ phase: 'working', fraction: undefined, name: file.name });
    setAnnouncement('');
    props.upload(file, fraction => {
      if (live.current) setState(current => (current.phase === 'working' ? { ...current, fraction } : current));
    }).then(uploaded => {
      if (!live.current) return;
      onUploaded.current(uploaded.url);
      setState({ phase: 'done', name: uploaded.name });
      setAnnouncement(formatText(kind === 'picture' ? s.PictureUploaded : s.CaptionsUploaded, uploaded.name));
    }, error => {
      if (!live.current) return;
      if (isGuideEditorError(error) && error.code === 'invalidFile' && error.fileProblem) {
        const text = fileProblemText(strings, error.fileProblem);
        setState({ phase: 'refused', text });
        setAnnouncement(text);
        return;
      }
      const code = failureCodeOf(error);
      const text = formatText(s.UploadFailed, file.name, errorText(code));
      setState({ phase: 'failed', text, file });
      setAnnouncement(text);
    });
  };

  const refuse = (problem: GuideFileProblem): void => {
    const text = fileProblemText(strings, problem);
    setState({ phase: 'refused', text });
    setAnnouncement(text);
  };

  const uploadFile = (file: NamedBlob): void => {
    setNote('');
    if (kind === 'captions') {
      const problem = captionsFileProblem(file);
      if (problem) {
        refuse(problem);
        return;
      }
      send(file);
      return;
    }
    // A picture over the size limit may fit once scaled: its size is checked again after scaling.
    const problem = pictureFileProblem(file);
    if (problem && problem !== 'pictureTooLarge') {
      refuse(problem);
      return;
    }
    if (!props.scale) {
      send(file);
      return;
    }
    setState({ phase: 'working', fraction: undefined, name: file.name });
    props.scale(file).then(scaled => {
      if (!live.current) return;
      const after = pictureFileProblem(scaled.file);
      if (after) {
        refuse(after);
        return;
      }
      if (scaled.scaled) setNote(formatText(s.PictureScaled, scaled.width, scaled.height));
      send(scaled.file);
    }, () => {
      if (live.current) refuse('notAPicture');
    });
  };

  React.useImperativeHandle(ref, () => ({ uploadFile }));

  const working = state.phase === 'working';
  const label = kind === 'picture' ? s.ChoosePicture : s.ChooseCaptions;
  return (
    <div className={props.classNames.field} data-upload={kind}>
      <input id={props.id} ref={input} type="file" tabIndex={-1} aria-hidden={true} style={{ display: 'none' }}
        accept={kind === 'picture' ? GUIDE_PICTURE_TYPES.join(',') : '.vtt,text/vtt'}
        onChange={e => {
          const file = e.target.files && e.target.files[0];
          // The same file chosen again (after a failure) is a change again.
          e.target.value = '';
          if (file) uploadFile(file);
        }} />
      <div>
        <DefaultButton text={label} disabled={working} onClick={() => { if (input.current) input.current.click(); }} />
      </div>
      {working && (
        <ProgressIndicator label={formatText(s.Uploading, state.name)} percentComplete={state.fraction}
          description={state.fraction === undefined ? undefined : `${Math.round(state.fraction * 100)} %`} />
      )}
      {note && <p className={props.classNames.hint}>{note}</p>}
      {state.phase === 'refused' && <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>{state.text}</MessageBar>}
      {state.phase === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}
          actions={<div><DefaultButton text={commonStrings.Retry} onClick={() => send(state.file)} /></div>}>
          {state.text}
        </MessageBar>
      )}
      <div aria-live="polite" className={props.classNames.hint}>{announcement}</div>
    </div>
  );
});
