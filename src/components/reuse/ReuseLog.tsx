import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { ReuseLogEntry } from '../../core/reuse';
import { errorText } from '../common/commonStrings';
import type { IReuseStrings } from './reuseStrings';
import { formatReuse } from './reuseStrings';
import type { IPartProps } from './reuseView';
import { shortNameOf } from './reuseView';
import { DateText } from '../common/DateText';
import { Filled } from './ReuseControls';
import { useReuseLog } from './useReuseLog';

/** Why a send published nothing, in the editor's words: a failure entry keeps the code in its details. */
function failureText(entry: ReuseLogEntry, strings: IReuseStrings): string {
  if (entry.details === 'audienceFailed') {
    return strings.Log.FailedAudience;
  }
  return formatReuse(strings.Log.FailedOther, errorText(entry.details, strings.Errors));
}

/**
 * The record (Samverkanslogg): the newest sends, offers, answers and borrows, failed sends among
 * them, read when the editor opens it (not on the first render) and again after each send or answer made here.
 */
export function ReuseLog(props: IPartProps & { recorded: number }): React.ReactElement {
  const { strings, service, config, classNames, id } = props;
  const { open, toggle, entries, failed } = useReuseLog(service, props.recorded);
  const nameOf = (mid: string | null): string => shortNameOf(config, mid) ?? (mid || strings.Log.Shared);
  return (
    <section className={classNames.part} aria-labelledby={`${id}-heading`} data-log="">
      <h3 id={`${id}-heading`} className={classNames.heading}>{strings.Log.Heading}</h3>
      <p className={classNames.meta}>{strings.Log.Intro}</p>
      <DefaultButton aria-expanded={open} aria-controls={`${id}-entries`} onClick={toggle} text={open ? strings.Log.Hide : strings.Log.Show} />
      <div id={`${id}-entries`} hidden={!open} aria-live="polite">
        {open && (failed ? <p>{strings.Log.Failed}</p>
          : entries === null ? <Spinner size={SpinnerSize.small} label={strings.Log.Loading} />
            : entries.length === 0 ? <p>{strings.Log.Empty}</p> : (
              <ul className={classNames.offers} aria-labelledby={`${id}-heading`}>
                {entries.map((entry, index) => (
                  <li key={`${entry.at || ''}-${index}`} className={entry.action === 'sendFailed' ? classNames.logFailure : classNames.logEntry} data-log-action={entry.action}>
                    <strong>{strings.Log.Actions[entry.action]}</strong>{': '}
                    {entry.sourceUrl ? <a href={entry.sourceUrl}>{entry.title || entry.sourceUrl}</a> : entry.title}
                    <p className={classNames.meta}>
                      <Filled template={strings.Log.Meta} values={[nameOf(entry.fromMunicipalityId), nameOf(entry.toMunicipalityId), entry.actor,
                        <DateText key="at" iso={entry.at} formatter={props.formatter} />]} />
                    </p>
                    {entry.action === 'sendFailed' && <p className={classNames.logReason}>{failureText(entry, strings)}</p>}
                  </li>
                ))}
              </ul>
            ))}
      </div>
    </section>
  );
}
