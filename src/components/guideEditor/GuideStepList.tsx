import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { addStep, moveStep, removeStep, updateStep } from '../../core/guideEditor';
import type { IGuideEditorService } from '../../core/guideEditorPorts';
import type { GuideStep } from '../../core/search';
import { formatText } from '../common/formatText';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';
import { fieldId } from './guideFormText';
import { GuideStepFields } from './GuideStepFields';
import type { IStepUpload, PictureScaler } from './StepUpload';

export interface IGuideStepListProps {
  steps: GuideStep[];
  /** Each step's own key (the form keeps them, so a replaced draft starts with new ones). */
  keys: number[];
  base: string;
  revision: number;
  invalid(target: string): boolean;
  service: Pick<IGuideEditorService, 'uploadPicture' | 'uploadCaptions'>;
  scalePicture: PictureScaler;
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
  /** A key no step has had. */
  newKey(): number;
  onChange(steps: GuideStep[], keys: number[]): void;
  /** An uploaded file's address into the step with this key, wherever it is when the upload ends. */
  onFill(key: number, change: (step: GuideStep) => Partial<GuideStep>): void;
}

/**
 * The guide's steps: added, removed and moved with buttons and with Alt+arrow keys, focus
 * following the moved step and each move read out; a picture pasted into a step is uploaded there.
 */
export function GuideStepList(props: IGuideStepListProps): React.ReactElement {
  const { steps, keys, strings, classNames } = props;
  const s = strings.Editor;
  const [announcement, setAnnouncement] = React.useState('');
  const pendingFocus = React.useRef<{ key: number; role: string } | null>(null);
  const stepList = React.useRef<HTMLOListElement>(null);
  /** Each step's picture upload, by the step's key: a picture pasted into the step goes there. */
  const pictureUploads = React.useRef(new Map<number, IStepUpload>());
  const addId = fieldId(props.base, 'add-step');

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
    const moved = moveStep(steps, index, direction);
    if (moved.index === index) {
      return;
    }
    const nextKeys = keys.slice();
    nextKeys[index] = keys[moved.index];
    nextKeys[moved.index] = keys[index];
    pendingFocus.current = { key: keys[index], role };
    props.onChange(moved.steps, nextKeys);
    setAnnouncement(formatText(s.Moved, index + 1, moved.index + 1));
  };

  const add = (): void => {
    const key = props.newKey();
    pendingFocus.current = { key, role: 'title' };
    props.onChange(addStep(steps), keys.concat([key]));
    setAnnouncement(s.Added);
  };

  const remove = (index: number): void => {
    const nextKeys = keys.filter((_, i) => i !== index);
    // Focus goes to the step that takes its place, or the one before, or the add button.
    const neighbour = nextKeys[Math.min(index, nextKeys.length - 1)];
    if (neighbour !== undefined) {
      pendingFocus.current = { key: neighbour, role: 'remove' };
    } else {
      setTimeout(() => { const addButton = document.getElementById(addId); if (addButton) addButton.focus(); }, 0);
    }
    props.onChange(removeStep(steps, index), nextKeys);
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

  const renderStep = (step: GuideStep, i: number): React.ReactElement => {
    // Outside React's event handlers (a load's promise) the steps and their keys arrive in two renders: a key of its own meanwhile.
    const key = keys[i] !== undefined ? keys[i] : -1 - i;
    return (
      <GuideStepFields key={key} step={step} index={i} count={steps.length} stepKey={key} base={props.base} revision={props.revision}
        invalid={props.invalid} service={props.service} scalePicture={props.scalePicture} strings={strings} classNames={classNames}
        onPatch={change => props.onChange(updateStep(steps, i, change), keys)}
        onMove={(direction, role) => move(i, direction, role)} onRemove={() => remove(i)}
        onKeyDown={onStepKeyDown(i)} onPaste={onStepPaste(key)}
        onPictureUpload={uploader => { if (uploader) pictureUploads.current.set(key, uploader); else pictureUploads.current.delete(key); }}
        onPictureUploaded={url => props.onFill(key, current => ({ image: { url, alt: current.image ? current.image.alt : '' } }))}
        onCaptionsUploaded={url => props.onFill(key, current => ({
          video: { url: current.video ? current.video.url : '', captionsUrl: url, captionsLanguage: 'sv' }
        }))} />
    );
  };

  return (
    <>
      <h4 className={classNames.title}>{s.StepsHeading}</h4>
      <p className={classNames.hint}>{s.StepsHint}</p>
      <ol className={classNames.steps} ref={stepList}>
        {steps.map(renderStep)}
      </ol>
      <DefaultButton id={addId} text={s.AddStep} onClick={add} />
      <div aria-live="polite" className={classNames.hint}>{announcement}</div>
    </>
  );
}
