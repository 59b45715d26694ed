import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { IReuseService } from '../../core/reusePorts';
import type { IReuseStrings } from './reuseStrings';
import type { AudienceKey, Notice } from './reuseView';
import { useReach } from './useReach';

/** What an action in a part came to, announced (and focused by the part, so a screen reader reads it). */
export function NoticeBar(props: { notice: Notice | null; strings: IReuseStrings; focusRef: React.RefObject<HTMLDivElement> }): React.ReactElement {
  const { notice } = props;
  const type = !notice ? MessageBarType.info : notice.type === 'success' ? MessageBarType.success : notice.type === 'error' ? MessageBarType.error : MessageBarType.info;
  return (
    <div role="status" aria-live="polite" tabIndex={-1} ref={props.focusRef}>
      {notice && (
        <MessageBar messageBarType={type}>
          {notice.text}{' '}
          {notice.link && <a href={notice.link}>{notice.linkText || props.strings.Send.OpenLink}</a>}
        </MessageBar>
      )}
    </div>
  );
}

export function AudienceRadios(props: { name: string; legend: string; value: AudienceKey; strings: IReuseStrings; disabled: boolean; onChange: (value: AudienceKey) => void; className: string }): React.ReactElement {
  const options: Array<[AudienceKey, string]> = [['allStaff', props.strings.Send.AllStaff], ['managers', props.strings.Send.Managers]];
  return (
    <fieldset className={props.className}>
      <legend>{props.legend}</legend>
      {options.map(([key, label]) => (
        <label key={key}>
          <input type="radio" name={props.name} value={key} checked={props.value === key} disabled={props.disabled} onChange={() => props.onChange(key)} />
          {' '}{label}
        </label>
      ))}
    </fieldset>
  );
}

/** How many people the chosen audience reaches in the municipality, and apart the others in its groups; read again when the choice changes. */
export function Reach(props: { service: IReuseService; config: TenantConfig; municipality: Municipality; audience: AudienceKey; strings: IReuseStrings; className: string }): React.ReactElement {
  const lines = useReach(props.service, props.config, props.municipality, props.audience, props.strings);
  return (
    <div aria-live="polite">
      <p className={props.className} data-reach="">{lines.text}</p>
      {lines.others && <p className={props.className} data-reach-others="">{lines.others}</p>}
    </div>
  );
}

/**
 * A template of the loc strings with elements in its places ({0}, {1}, ...): a date as DateText,
 * a person with a title. Text values go in as text.
 */
export function Filled(props: { template: string; values: React.ReactNode[] }): React.ReactElement {
  const parts = props.template.split(/(\{\d+\})/);
  return (
    <>
      {parts.map((part, i) => {
        const m = /^\{(\d+)\}$/.exec(part);
        return <React.Fragment key={i}>{m ? props.values[Number(m[1])] ?? part : part}</React.Fragment>;
      })}
    </>
  );
}

/** Moves focus to a part's notice, so a screen reader reads what an action came to. */
export function focusNotice(ref: React.RefObject<HTMLDivElement>): void {
  if (ref.current) {
    ref.current.focus();
  }
}
