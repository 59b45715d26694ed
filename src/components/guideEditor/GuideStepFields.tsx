import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { IGuideEditorService } from '../../core/guideEditorPorts';
import type { GuideStep } from '../../core/search';
import { formatText } from '../common/formatText';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';
import { stepFieldId } from './guideFormText';
import { StepTextEditor } from './StepTextEditor';
import { StepUpload } from './StepUpload';
import type { IStepUpload, PictureScaler } from './StepUpload';

export interface IGuideStepFieldsProps {
  step: GuideStep;
  /** The step's place (0-based) and how many steps there are. */
  index: number;
  count: number;
  /** The step's own key, kept while it moves: focus and uploads find it by this. */
  stepKey: number;
  /** The form's id prefix. */
  base: string;
  /** Raised when the whole draft is replaced: the text editor starts again. */
  revision: number;
  invalid(target: string): boolean;
  service: Pick<IGuideEditorService, 'uploadPicture' | 'uploadCaptions'>;
  scalePicture: PictureScaler;
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
  onPatch(change: Partial<GuideStep>): void;
  onMove(direction: 'up' | 'down', role: string): void;
  onRemove(): void;
  onKeyDown(event: React.KeyboardEvent<HTMLLIElement>): void;
  onPaste(event: React.ClipboardEvent<HTMLLIElement>): void;
  /** The step's picture upload, so a picture pasted into the step goes there; null when it leaves. */
  onPictureUpload(uploader: IStepUpload | null): void;
  /** An upload finished: its address into the step, wherever the step is by then. */
  onPictureUploaded(url: string): void;
  onCaptionsUploaded(url: string): void;
}

/** One step of the guide being written: title, text, at most one picture and one film with captions. */
export function GuideStepFields(props: IGuideStepFieldsProps): React.ReactElement {
  const { step, index: i, stepKey: key, classNames, strings, invalid } = props;
  const s = strings.Editor;
  const stepField = (name: string): string => stepFieldId(props.base, i, name);
  const image = step.image || { url: '', alt: '' };
  const video = step.video || { url: '', captionsUrl: '' };
  const setImage = (next: { url: string; alt: string }): void => props.onPatch({ image: next.url || next.alt ? next : undefined });
  const setVideo = (next: { url: string; captionsUrl?: string }): void =>
    props.onPatch({ video: next.url || next.captionsUrl ? { url: next.url, captionsUrl: next.captionsUrl || undefined, captionsLanguage: 'sv' } : undefined });
  return (
    <li data-step-key={key} className={classNames.step} tabIndex={-1} aria-labelledby={stepField('legend')}
      onKeyDown={props.onKeyDown} onPaste={props.onPaste}>
      <div className={classNames.stepHeader}>
        <h4 id={stepField('legend')} style={{ margin: 0 }}>{formatText(s.StepLegend, i + 1)}</h4>
        <div className={classNames.stepButtons}>
          <DefaultButton text={formatText(s.MoveUp, i + 1)} data-focus="up" disabled={i === 0} onClick={() => props.onMove('up', 'up')} />
          <DefaultButton text={formatText(s.MoveDown, i + 1)} data-focus="down" disabled={i === props.count - 1} onClick={() => props.onMove('down', 'down')} />
          <DefaultButton text={formatText(s.RemoveStep, i + 1)} data-focus="remove" onClick={props.onRemove} />
        </div>
      </div>
      <div className={classNames.field}>
        <label htmlFor={stepField('title')}>{s.StepTitle}</label>
        <input id={stepField('title')} data-focus="title" value={step.title} aria-invalid={invalid(stepField('title')) || undefined}
          className={invalid(stepField('title')) ? classNames.invalid : undefined} onChange={e => props.onPatch({ title: e.target.value })} />
      </div>
      <div className={classNames.field}>
        <span id={stepField('text-label')} style={{ fontWeight: 600, padding: '5px 0' }}>{s.StepText}</span>
        <StepTextEditor key={`${props.revision}`} id={stepField('text')} labelId={stepField('text-label')} html={step.html} stepNumber={i + 1}
          invalid={invalid(stepField('text'))} strings={s} classNames={classNames} onChange={html => props.onPatch({ html })} />
      </div>
      <div className={classNames.field}>
        <label htmlFor={stepField('picture')}>{s.PictureUrl}</label>
        <input id={stepField('picture')} type="url" value={image.url} aria-describedby={stepField('picture-hint')}
          aria-invalid={invalid(stepField('picture')) || undefined} onChange={e => setImage({ ...image, url: e.target.value })} />
        <p id={stepField('picture-hint')} className={classNames.hint}>{s.PictureHint}</p>
      </div>
      <StepUpload kind="picture" id={stepField('picture-file')} upload={(file, onProgress) => props.service.uploadPicture(file, onProgress)}
        scale={props.scalePicture} strings={strings} classNames={classNames}
        ref={props.onPictureUpload} onUploaded={props.onPictureUploaded} />
      <div className={classNames.field}>
        <label htmlFor={stepField('alt')}>{s.PictureAlt}</label>
        <input id={stepField('alt')} value={image.alt} aria-invalid={invalid(stepField('alt')) || undefined}
          className={invalid(stepField('alt')) ? classNames.invalid : undefined} onChange={e => setImage({ ...image, alt: e.target.value })} />
      </div>
      <div className={classNames.field}>
        <label htmlFor={stepField('film')}>{s.FilmUrl}</label>
        <input id={stepField('film')} type="url" value={video.url} aria-describedby={stepField('film-hint')}
          aria-invalid={invalid(stepField('film')) || undefined} onChange={e => setVideo({ ...video, url: e.target.value })} />
      </div>
      <div className={classNames.field}>
        <label htmlFor={stepField('captions')}>{s.CaptionsUrl}</label>
        <input id={stepField('captions')} type="url" value={video.captionsUrl || ''} aria-describedby={stepField('film-hint')}
          aria-invalid={invalid(stepField('captions')) || undefined} className={invalid(stepField('captions')) ? classNames.invalid : undefined}
          onChange={e => setVideo({ ...video, captionsUrl: e.target.value })} />
        <p id={stepField('film-hint')} className={classNames.hint}>{s.FilmHint}</p>
      </div>
      <StepUpload kind="captions" id={stepField('captions-file')} upload={(file, onProgress) => props.service.uploadCaptions(file, onProgress)}
        strings={strings} classNames={classNames} onUploaded={props.onCaptionsUploaded} />
    </li>
  );
}
