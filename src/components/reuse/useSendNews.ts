import * as React from 'react';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { ReusePage } from '../../core/reuse';
import type { IReuseService, SendResult } from '../../core/reusePorts';
import type { IReuseStrings } from './reuseStrings';
import { formatReuse } from './reuseStrings';
import { audienceOf, errorCode } from './reuseView';
import type { AudienceKey, Notice } from './reuseView';

export interface ISendNews {
  fromId: string;
  setFromId(id: string): void;
  /** The municipalities the news may go to: all but the sender's. */
  others: Municipality[];
  toId: string;
  setToId(id: string): void;
  /** The sender's newest news; null while they load. */
  news: ReusePage[] | null;
  pageUrl: string;
  setPageUrl(url: string): void;
  audience: AudienceKey;
  setAudience(audience: AudienceKey): void;
  /** The chosen page and municipality, when both are there. */
  page: ReusePage | undefined;
  to: Municipality | undefined;
  /** The editor may not publish in the chosen municipality: the send will be an offer to its editors. */
  offering: boolean;
  busy: boolean;
  notice: Notice | null;
  /** Sends the chosen page; resolves once the notice says what happened. Undefined when there is nothing to send or a send is out. */
  send(): Promise<void> | undefined;
}

/** Sending a news item of one of the editor's hubs to another municipality: the choices and the send. */
export function useSendNews(service: IReuseService, config: TenantConfig, editorOf: string[], strings: IReuseStrings, onRecorded: () => void): ISendNews {
  const [fromId, setFromId] = React.useState(editorOf[0]);
  const others = config.municipalities.filter(m => m.id !== fromId);
  const [toId, setToId] = React.useState(others.length ? others[0].id : '');
  const [news, setNews] = React.useState<ReusePage[] | null>(null);
  const [pageUrl, setPageUrl] = React.useState('');
  const [audience, setAudience] = React.useState<AudienceKey>('allStaff');
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);

  React.useEffect(() => {
    let live = true;
    setNews(null);
    service.recentNews(fromId).then(pages => {
      if (live) {
        setNews(pages);
        setPageUrl(pages.length ? pages[0].url : '');
      }
    }, () => { if (live) { setNews([]); } });
    return () => { live = false; };
  }, [service, fromId]);

  React.useEffect(() => {
    if (toId === fromId || !config.municipalities.some(m => m.id === toId)) {
      setToId(others.length ? others[0].id : '');
    }
  }, [fromId]);

  const page = (news || []).filter(p => p.url === pageUrl)[0];
  const to = config.municipalities.filter(m => m.id === toId)[0];
  const offering = !!to && editorOf.indexOf(to.id) < 0;

  const send = (): Promise<void> | undefined => {
    if (!page || !to || busy) {
      return undefined;
    }
    setBusy(true);
    setNotice(null);
    return service.send(page, to.id, audienceOf(to, audience)).then((result: SendResult) => {
      const text = {
        published: strings.Send.Published, alreadyPublished: strings.Send.AlreadyPublished,
        offered: strings.Send.Offered, alreadyOffered: strings.Send.AlreadyOffered
      }[result.outcome];
      // An offer is what the editor was told it would be: information, not a success bar that begins with a refusal.
      setNotice({ type: result.outcome === 'published' ? 'success' : 'info', text: formatReuse(text, to.shortName), link: result.repostUrl });
    }, error => setNotice({ type: 'error', text: errorCode(error, strings) })).then(() => {
      setBusy(false);
      onRecorded();
    });
  };

  return { fromId, setFromId, others, toId, setToId, news, pageUrl, setPageUrl, audience, setAudience, page, to, offering, busy, notice, send };
}
