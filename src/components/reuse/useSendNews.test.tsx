import { act } from '@testing-library/react';
import * as strings from 'ContentReuseWebPartStrings';
import type { AudienceChoice, ReusePage } from '../../core/reuse';
import { ReuseError } from '../../core/reuse';
import type { SendResult } from '../../core/reusePorts';
import { CONFIG, FakeReuse, PAGE } from './testing/reuseDoubles';
import { deferred, probeHook, settle } from './testing/hookProbe';
import { useSendNews } from './useSendNews';

const EKSJO_PAGE: ReusePage = { url: 'http://t/sites/eksjo/SitePages/e.aspx', title: 'Nytt badhus', description: '' };

/** A service whose hubs have news of their own: Sävsjö's lönerutin, Eksjö's badhus. */
function serviceOf(editorOf: string[]): FakeReuse & { newsAsked: string[] } {
  const service = Object.assign(new FakeReuse(), { newsAsked: [] as string[] });
  service.editorOf = editorOf;
  service.recentNews = async (m: string): Promise<ReusePage[]> => {
    service.newsAsked.push(m);
    return m === 'eksjo' ? [EKSJO_PAGE] : [PAGE];
  };
  return service;
}

describe('useSendNews', () => {
  it('reads the first hub\'s news, sends the chosen one to the chosen municipality and audience, and says what happened', async () => {
    const service = serviceOf(['savsjo']);
    let recorded = 0;
    const send = probeHook(() => useSendNews(service, CONFIG, ['savsjo'], strings, () => { recorded++; }));
    expect(send.current().news).toBeNull();
    expect(send.current().others.map(m => m.id)).toEqual(['eksjo', 'vetlanda']);
    await settle();
    expect(send.current().news).toEqual([PAGE]);
    expect(send.current().page).toEqual(PAGE);
    expect(send.current().toId).toBe('eksjo');
    act(() => { send.current().setToId('vetlanda'); send.current().setAudience('managers'); });
    // Sävsjö's editor may not publish in Vetlanda: it is known before sending that this becomes an offer.
    expect(send.current().offering).toBe(true);
    let sent: Promise<void> | undefined;
    act(() => { sent = send.current().send(); });
    expect(send.current().busy).toBe(true);
    // A second press while the first send is out sends nothing.
    expect(send.current().send()).toBeUndefined();
    await act(() => sent!);
    expect(service.sent).toEqual([[PAGE.url, 'vetlanda', { kind: 'groups', groupIds: ['vetlanda-managers'] }]]);
    // What happened, as information: no success bar that begins with a refusal.
    expect(send.current().notice).toEqual({ type: 'info', text: strings.Send.Offered.replace('{0}', 'Vetlanda'), link: undefined });
    expect(strings.Send.Offered).not.toMatch(/inte/);
    expect(send.current().busy).toBe(false);
    expect(recorded).toBe(1);
  });

  it('says a news item already there is only information, with the link to it', async () => {
    const service = serviceOf(['savsjo']);
    service.outcome = { outcome: 'alreadyPublished', repostUrl: 'http://t/sites/eksjo/SitePages/a.aspx' };
    const send = probeHook(() => useSendNews(service, CONFIG, ['savsjo'], strings, () => undefined));
    await settle();
    await act(() => send.current().send()!);
    expect(send.current().notice).toEqual({ type: 'info', text: strings.Send.AlreadyPublished.replace('{0}', 'Eksjö'), link: 'http://t/sites/eksjo/SitePages/a.aspx' });
  });

  it('reads the news of another hub of the editor, and moves the receiver off the sender', async () => {
    const service = serviceOf(['savsjo', 'eksjo']);
    const send = probeHook(() => useSendNews(service, CONFIG, ['savsjo', 'eksjo'], strings, () => undefined));
    await settle();
    expect(send.current().toId).toBe('eksjo');
    // The editor publishes in Eksjö too: a send there is no offer.
    expect(send.current().offering).toBe(false);
    act(() => send.current().setFromId('eksjo'));
    expect(send.current().news).toBeNull();
    await settle();
    expect(service.newsAsked).toEqual(['savsjo', 'eksjo']);
    expect(send.current().page).toEqual(EKSJO_PAGE);
    expect(send.current().others.map(m => m.id)).toEqual(['savsjo', 'vetlanda']);
    expect(send.current().toId).toBe('savsjo');
  });

  it('says in the editor\'s words why a send failed, counts it, and can send again', async () => {
    const service = serviceOf(['savsjo']);
    let recorded = 0;
    service.send = async (): Promise<SendResult> => { throw new ReuseError('audienceFailed'); };
    const send = probeHook(() => useSendNews(service, CONFIG, ['savsjo'], strings, () => { recorded++; }));
    await settle();
    await act(() => send.current().send()!);
    expect(send.current().notice).toEqual({ type: 'error', text: strings.Errors.audienceFailed });
    expect(recorded).toBe(1);
    expect(send.current().busy).toBe(false);
  });

  it('sends nothing while the news loads or when the hub has none', async () => {
    const service = serviceOf(['savsjo']);
    const news = deferred<ReusePage[]>();
    service.recentNews = () => news.promise;
    const asked: AudienceChoice[] = [];
    service.send = async (_page, _to, audience): Promise<SendResult> => { asked.push(audience); return service.outcome; };
    const send = probeHook(() => useSendNews(service, CONFIG, ['savsjo'], strings, () => undefined));
    expect(send.current().send()).toBeUndefined();
    news.resolve([]);
    await settle();
    expect(send.current().news).toEqual([]);
    expect(send.current().send()).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
