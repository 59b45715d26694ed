import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { IPartProps } from './reuseView';
import { shortNameOf } from './reuseView';
import { formatReuse } from './reuseStrings';
import { AudienceRadios, focusNotice, NoticeBar, Reach } from './ReuseControls';
import { useSendNews } from './useSendNews';

/** "Skicka en nyhet": a news item of the editor's hub to another municipality, for an audience there. */
export function SendForm(props: IPartProps & { editorOf: string[]; onRecorded: () => void }): React.ReactElement {
  const { strings, service, config, classNames, id } = props;
  const sender = useSendNews(service, config, props.editorOf, strings, props.onRecorded);
  const { fromId, others, toId, news, pageUrl, audience, page, to, busy } = sender;
  const statusRef = React.useRef<HTMLDivElement>(null);
  const nameOf = (mid: string): string => shortNameOf(config, mid) ?? mid;

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const sent = sender.send();
    if (sent) {
      sent.then(() => focusNotice(statusRef), () => undefined);
    }
  };

  return (
    <form className={classNames.part} aria-labelledby={`${id}-send`} onSubmit={submit}>
      <h3 id={`${id}-send`} className={classNames.heading}>{strings.Send.Heading}</h3>
      <div className={classNames.fields}>
        {props.editorOf.length > 1 && (
          <div className={classNames.field}>
            <label htmlFor={`${id}-from`}>{strings.Send.From}</label>
            <select id={`${id}-from`} value={fromId} disabled={busy} onChange={e => sender.setFromId(e.target.value)}>
              {props.editorOf.map(m => <option key={m} value={m}>{nameOf(m)}</option>)}
            </select>
          </div>
        )}
        <div className={classNames.field}>
          <label htmlFor={`${id}-news`}>{strings.Send.News}</label>
          {news === null ? <Spinner size={SpinnerSize.small} label={strings.View.Loading} />
            : news.length === 0 ? <p>{strings.Send.NoNews}</p>
              : (
                <select id={`${id}-news`} value={pageUrl} disabled={busy} onChange={e => sender.setPageUrl(e.target.value)}>
                  {news.map(p => <option key={p.url} value={p.url}>{p.title}</option>)}
                </select>
              )}
        </div>
        <div className={classNames.field}>
          <label htmlFor={`${id}-to`}>{strings.Send.To}</label>
          <select id={`${id}-to`} value={toId} disabled={busy} onChange={e => sender.setToId(e.target.value)}
            aria-describedby={sender.offering ? `${id}-offering` : undefined}>
            {others.map(m => <option key={m.id} value={m.id}>{m.shortName}</option>)}
          </select>
          {/* Before the button is pressed: a send where the editor may not publish becomes an offer. */}
          {to && sender.offering && (
            <p id={`${id}-offering`} className={classNames.meta} data-offering="">{formatReuse(strings.Send.WillOffer, to.shortName)}</p>
          )}
        </div>
        <div>
          <AudienceRadios name={`${id}-audience`} legend={strings.Send.Audience} value={audience} strings={strings} disabled={busy}
            onChange={sender.setAudience} className={classNames.audience} />
          {to && <Reach service={service} config={config} municipality={to} audience={audience} strings={strings} className={classNames.meta} />}
        </div>
      </div>
      <PrimaryButton type="submit" disabled={busy || !page || !to}
        text={busy ? strings.Send.Sending : sender.offering ? strings.Send.SubmitOffer : strings.Send.Submit} />
      <NoticeBar notice={sender.notice} strings={strings} focusRef={statusRef} />
    </form>
  );
}
