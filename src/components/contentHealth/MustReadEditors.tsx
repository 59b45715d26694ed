import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { commonStrings, errorText } from '../common/commonStrings';
import { swedishFormat } from '../common/swedishFormat';
import { failureCodeOf } from '../../core/failures';
import { CHAT_MEMBER_LIMIT, notConfirmed, reminderChatLink } from '../../core/mustReadReport';
import type { IMustReadReportService, MustReadItem, MustReadOverview, ReminderResult } from '../../core/mustReadReportPorts';
import type { TenantConfig } from '../../core/municipality';
import { formatString } from './contentHealthStrings';
import type { IContentHealthStrings } from './contentHealthStrings';

export interface IMustReadEditorsProps {
  service: IMustReadReportService;
  config: TenantConfig | null;
  strings: IContentHealthStrings;
  /** The class names of the report, so the view looks like the rest of Städa innehåll. */
  classNames: { table: string; caption: string; meta: string; intro: string; summary: string; now: string; buttons: string; titleCell: string };
}


/**
 * Läs och bekräfta, the editors' view inside Städa innehåll: every must-read item of the sites the
 * editor may edit with its audience, confirmed count and share (overdue said in words, not colour
 * alone); for one item its counts per municipality and unit, who has not confirmed, and Påminn.
 */
export function MustReadEditors(props: IMustReadEditorsProps): React.ReactElement {
  const s = props.strings.MustRead;
  const { classNames } = props;
  const [overview, setOverview] = React.useState<MustReadOverview | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [openKey, setOpenKey] = React.useState<string | null>(null);
  const [way, setWay] = React.useState<'mail' | 'chat' | null>(null);
  const [sending, setSending] = React.useState(false);
  const [sent, setSent] = React.useState<ReminderResult | null>(null);
  const [sendError, setSendError] = React.useState<string | null>(null);
  const detailRef = React.useRef<HTMLHeadingElement>(null);

  const load = React.useCallback(() => {
    setError(null);
    setOverview(null);
    props.service.getOverview().then(setOverview, failure => setError(failureCodeOf(failure)));
  }, [props.service]);
  React.useEffect(load, [load]);
  React.useEffect(() => {
    if (openKey && detailRef.current) {
      detailRef.current.focus();
    }
  }, [openKey]);

  const order = props.config ? props.config.municipalities.map(m => m.id) : [];
  const municipalityName = (id: string | null): string => {
    const found = id && props.config ? props.config.municipalities.filter(m => m.id === id)[0] : undefined;
    return found ? found.shortName : s.OtherMunicipality;
  };
  const reason = (code: string): string => errorText(code, props.strings.Errors);
  const percent = (item: MustReadItem): number => Math.round(item.tally.share * 100);

  if (error) {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton text={commonStrings.Retry} onClick={load} />}>
        {`${s.LoadFailed} ${reason(error)}`}
      </MessageBar>
    );
  }
  if (!overview) {
    return <Spinner size={SpinnerSize.medium} label={s.Loading} />;
  }
  if (overview.sites.length === 0) {
    return <MessageBar messageBarType={MessageBarType.info}>{props.strings.Report.OnlyEditors}</MessageBar>;
  }
  const open = overview.items.filter(i => i.pageKey === openKey)[0];
  const pending = open ? notConfirmed(open.people, order) : [];

  const send = (): void => {
    if (!open) {
      return;
    }
    setSending(true);
    setSendError(null);
    const due = open.readBy ? `(${s.ReadBy}: ${swedishFormat.longDate(open.readBy)})` : '';
    props.service.remindByMail(pending, formatString(s.MailSubject, open.title), formatString(s.MailBody, open.title, open.url, due)).then(
      result => { setSent(result); setSending(false); setWay(null); },
      failure => { setSendError(failureCodeOf(failure)); setSending(false); });
  };

  const renderDetail = (item: MustReadItem): React.ReactNode => {
    const chatLink = reminderChatLink(pending, formatString(s.MailSubject, item.title), formatString(s.MailBody, item.title, item.url, ''));
    return (
      <div data-testid="must-read-detail">
        <h4 ref={detailRef} tabIndex={-1}>{item.title}</h4>
        <table className={classNames.summary}>
          <caption>{s.ByUnit}</caption>
          <thead>
            <tr><th scope="col">{s.Municipality}</th><th scope="col">{s.Unit}</th><th scope="col">{s.Audience}</th><th scope="col">{s.Confirmed}</th></tr>
          </thead>
          <tbody>
            {item.tally.byMunicipality.map(m => m.units.map(u => (
              <tr key={`${m.municipalityId || '-'}|${u.unit}`} data-unit={u.unit}>
                <td>{municipalityName(m.municipalityId)}</td>
                <th scope="row">{u.unit || s.NoUnit}</th>
                <td>{swedishFormat.number(u.audience)}</td>
                <td>{swedishFormat.number(u.confirmed)}</td>
              </tr>
            )))}
          </tbody>
        </table>
        <h5>{s.NotConfirmedTitle} ({swedishFormat.number(pending.length)})</h5>
        {pending.length === 0 ? <p className={classNames.meta}>{s.AllConfirmed}</p> : (
          <>
            <ul data-testid="not-confirmed">
              {pending.map(p => <li key={p.id}>{p.displayName}{p.department ? `, ${p.department}` : ''}</li>)}
            </ul>
            <div role="group" aria-label={s.RemindHow} className={classNames.buttons}>
              <PrimaryButton text={s.Remind} onClick={() => { setWay('mail'); setSent(null); setSendError(null); }} aria-expanded={way !== null} />
            </div>
            {way !== null && (
              <fieldset data-testid="remind">
                <legend>{s.RemindHow}</legend>
                <label><input type="radio" name="samverka-remind-way" checked={way === 'mail'} onChange={() => setWay('mail')} /> {s.ByMail}</label>
                <label><input type="radio" name="samverka-remind-way" checked={way === 'chat'} disabled={!chatLink} onChange={() => setWay('chat')} /> {s.ByChat}</label>
                {!chatLink && <p className={classNames.meta}>{formatString(s.ChatTooMany, CHAT_MEMBER_LIMIT)}</p>}
                <p data-testid="recipients">{formatString(pending.length === 1 ? s.RecipientsOne : s.Recipients, swedishFormat.number(pending.length))}</p>
                {way === 'mail' && <PrimaryButton text={s.Send} disabled={sending} onClick={send} />}
                {way === 'chat' && chatLink && <a href={chatLink} target="_blank" rel="noopener noreferrer">{s.OpenChat}</a>}
                <DefaultButton text={s.Cancel} onClick={() => setWay(null)} />
              </fieldset>
            )}
          </>
        )}
        <div role="status">
          {sending && <Spinner size={SpinnerSize.small} label={s.Sending} labelPosition="right" />}
          {sent && <MessageBar messageBarType={MessageBarType.success}>{formatString(sent.recipients === 1 ? s.SentOne : s.Sent, sent.recipients, sent.messages)}</MessageBar>}
          {sendError && <MessageBar messageBarType={MessageBarType.error}>{`${s.SendFailed} ${reason(sendError)}`}</MessageBar>}
        </div>
      </div>
    );
  };

  return (
    <>
      <p className={classNames.intro}>{s.Intro}</p>
      {overview.failures.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} actions={<DefaultButton text={commonStrings.Retry} onClick={load} />}>
          {`${s.PartFailed} ${overview.failures.map(f => reason(f.code)).filter((t, i, all) => all.indexOf(t) === i).join(' ')}`}
        </MessageBar>
      )}
      {overview.items.length === 0 ? <p className={classNames.meta}>{s.Empty}</p> : (
        <table className={classNames.table} data-testid="must-read-items">
          <caption className={classNames.caption}>{s.Caption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.Item}</th><th scope="col">{s.ReadBy}</th><th scope="col">{s.Audience}</th>
              <th scope="col">{s.Confirmed}</th><th scope="col">{s.Municipality}</th><th scope="col"><span>{s.Details}</span></th>
            </tr>
          </thead>
          <tbody>
            {overview.items.map(item => (
              <tr key={item.pageKey} data-overdue={item.overdue ? 'true' : 'false'} data-title={item.title}>
                <th scope="row" className={classNames.titleCell}><a href={item.url}>{item.title}</a></th>
                <td>
                  {item.readBy ? <time dateTime={item.readBy}>{swedishFormat.longDate(item.readBy)}</time> : s.NoDate}
                  {item.overdue && <> <strong className={classNames.now}>{s.Overdue}</strong></>}
                </td>
                <td>{swedishFormat.number(item.tally.audience)}{item.targeted ? '' : ` (${s.NotTargeted})`}</td>
                <td data-testid="confirmed">{formatString(s.ConfirmedOf, swedishFormat.number(item.tally.confirmed), swedishFormat.number(item.tally.audience), percent(item))}</td>
                <td>{item.tally.byMunicipality.map(m => `${municipalityName(m.municipalityId)} ${swedishFormat.number(m.confirmed)}/${swedishFormat.number(m.audience)}`).join(', ')}</td>
                <td>
                  <DefaultButton text={s.Details} ariaLabel={formatString(s.DetailsLabel, item.title)} aria-expanded={openKey === item.pageKey}
                    onClick={() => { setOpenKey(openKey === item.pageKey ? null : item.pageKey); setWay(null); setSent(null); setSendError(null); }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && renderDetail(open)}
    </>
  );
}

export default MustReadEditors;
