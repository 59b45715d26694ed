import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { failureCodeOf } from '../../core/failures';
import type { IGuideEditorService } from '../../core/guideEditorPorts';
import { guideChanges } from '../../core/guideVersions';
import type { GuideChange, GuideVersion } from '../../core/guideVersions';
import { formatText } from '../common/formatText';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';
import { fieldId, formatWhen } from './guideFormText';
import { commonStrings, errorText } from '../common/commonStrings';

export interface IGuideVersionsProps {
  guideId: number;
  service: Pick<IGuideEditorService, 'versions'>;
  /** The form's id prefix. */
  base: string;
  /** Raised by every save of the form: an open list is read again. */
  saves: number;
  /** Whether a save or restore is under way: no restore meanwhile. */
  busy: boolean;
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
  /** The editor confirmed: the form restores the version (with its ETag) and says how it went. */
  onRestore(version: GuideVersion): void;
}

/** One version's changes from the one before it, as text. */
export function changesText(strings: IGuideEditorStrings, changes: GuideChange[], label: string): string {
  const v = strings.Versions;
  if (changes.length === 1 && changes[0].kind === 'created') {
    return label === '1.0' ? v.Created : v.Earliest;
  }
  if (changes.length === 0) {
    return v.NoChanges;
  }
  const parts = changes.map(change => {
    if (change.kind === 'field') return v.Fields[change.field];
    if (change.kind === 'step') return formatText(change.change === 'added' ? v.StepAdded : change.change === 'removed' ? v.StepRemoved : v.StepChanged, change.step);
    return v.Created;
  });
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/**
 * Versioner: who saved each version of the guide, when, and what it changed from the one
 * before; an earlier version is restored (after a confirmation) as a new version. The list is
 * read when the editor asks for it, not with every guide opened.
 */
export function GuideVersions(props: IGuideVersionsProps): React.ReactElement {
  const { strings, classNames } = props;
  const v = strings.Versions;
  const [open, setOpen] = React.useState(false);
  const [versions, setVersions] = React.useState<GuideVersion[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [attempt, setAttempt] = React.useState(0);
  const [confirming, setConfirming] = React.useState<GuideVersion | null>(null);
  const restoreButtons = React.useRef<Record<number, HTMLElement | null>>({});
  const headingId = fieldId(props.base, 'versions');

  React.useEffect(() => {
    if (!open) {
      return undefined;
    }
    let live = true;
    setError(null);
    props.service.versions(props.guideId).then(found => {
      if (live) setVersions(found);
    }, failure => {
      if (live) setError(failureCodeOf(failure));
    });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, props.guideId, props.saves, attempt]);

  const closeConfirm = (): void => {
    const version = confirming;
    setConfirming(null);
    // The dialog leaves: focus goes back to the button that opened it.
    setTimeout(() => { const button = version && restoreButtons.current[version.versionId]; if (button) button.focus(); }, 0);
  };

  const body = (): React.ReactNode => {
    if (error) {
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton text={commonStrings.Retry} onClick={() => setAttempt(n => n + 1)} />}>
          {`${v.LoadFailed} ${errorText(error)}`}
        </MessageBar>
      );
    }
    if (!versions) {
      return <Spinner size={SpinnerSize.small} label={v.Loading} labelPosition="right" />;
    }
    return (
      <table className={classNames.table} data-guide-versions="">
        <caption className={classNames.caption}>{v.Intro}</caption>
        <thead>
          <tr>
            <th scope="col">{v.Version}</th>
            <th scope="col">{v.SavedBy}</th>
            <th scope="col">{v.SavedAt}</th>
            <th scope="col">{v.Changes}</th>
            <th scope="col">{v.Actions}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version, i) => {
            const older = versions[i + 1];
            return (
              <tr key={version.versionId} data-version={version.label}>
                <th scope="row">{version.isCurrent ? `${version.label} ${v.Current}` : version.label}</th>
                <td>{version.editorName || version.editorEmail}</td>
                <td>{version.created ? formatWhen(version.created) : ''}</td>
                <td>{changesText(strings, guideChanges(older ? older.draft : undefined, version.draft), version.label)}</td>
                <td>
                  {!version.isCurrent && (
                    <DefaultButton text={v.Restore} ariaLabel={formatText(v.RestoreLabel, version.label)} disabled={props.busy}
                      elementRef={(el: HTMLElement | null) => { restoreButtons.current[version.versionId] = el; }}
                      onClick={() => setConfirming(version)} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  };

  return (
    <section className={classNames.fieldset} aria-labelledby={headingId}>
      <h4 id={headingId} className={classNames.title}>{v.Heading}</h4>
      <DefaultButton text={open ? v.Hide : v.Show} aria-expanded={open} onClick={() => setOpen(!open)} />
      {open && body()}
      <Dialog hidden={!confirming} onDismiss={closeConfirm}
        dialogContentProps={{
          type: DialogType.normal,
          title: confirming ? formatText(v.ConfirmTitle, confirming.label) : '',
          subText: confirming ? formatText(v.ConfirmText, confirming.label) : ''
        }}>
        <DialogFooter>
          <PrimaryButton text={v.ConfirmRestore} onClick={() => { const version = confirming; setConfirming(null); if (version) props.onRestore(version); }} />
          <DefaultButton text={v.Cancel} onClick={closeConfirm} />
        </DialogFooter>
      </Dialog>
    </section>
  );
}
