import { act } from '@testing-library/react';
import * as strings from 'ContentReuseWebPartStrings';
import type { Offer } from '../../core/reuse';
import { ReuseError } from '../../core/reuse';
import type { SendResult } from '../../core/reusePorts';
import { CONFIG, FakeReuse, offer } from './testing/reuseDoubles';
import { probeHook, settle } from './testing/hookProbe';
import type { IHookProbe } from './testing/hookProbe';
import { useOfferAnswer, useOfferList } from './useOffers';
import type { IOfferAnswer } from './useOffers';

const vetlanda = CONFIG.municipalities[2];

describe('useOfferList', () => {
  it('drops an answered offer and says so, counts failures too, and takes a new list from the view', () => {
    let recorded = 0;
    let pending = [offer(4), offer(5)];
    const list = probeHook(() => useOfferList(pending, strings, () => { recorded++; }));
    act(() => list.current().answered(pending[0], strings.Offers.Accepted, 'http://t/sites/vetlanda/SitePages/4.aspx'));
    expect(list.current().offers.map(o => o.id)).toEqual([5]);
    expect(list.current().notice).toEqual({ type: 'success', text: strings.Offers.Accepted.replace('{0}', 'Erbjudande 4'), link: 'http://t/sites/vetlanda/SitePages/4.aspx' });
    act(() => list.current().failed(new ReuseError('notPending')));
    expect(list.current().notice).toEqual({ type: 'error', text: strings.Errors.notPending });
    expect(recorded).toBe(2);
    // The same list again keeps what was answered out; a new one (a load) replaces it.
    list.rerender(() => useOfferList(pending, strings, () => { recorded++; }));
    expect(list.current().offers.map(o => o.id)).toEqual([5]);
    pending = [offer(6)];
    list.rerender(() => useOfferList(pending, strings, () => { recorded++; }));
    expect(list.current().offers.map(o => o.id)).toEqual([6]);
  });
});

describe('useOfferAnswer', () => {
  function answerOf(service: FakeReuse, answers: Array<[string, unknown]>): IHookProbe<IOfferAnswer> {
    return probeHook(() => useOfferAnswer(service, offer(4), vetlanda, strings,
      (o: Offer, text: string, link?: string) => answers.push(['answered', [o.id, text, link]]), error => answers.push(['failed', error])));
  }

  it('accepts the offer for the chosen audience of the receiving municipality', async () => {
    const service = new FakeReuse();
    const answers: Array<[string, unknown]> = [];
    const answer = answerOf(service, answers);
    act(() => answer.current().setAudience('managers'));
    act(() => answer.current().accept());
    expect(answer.current().busy).toBe(true);
    await settle();
    expect(service.accepted).toEqual([[4, { kind: 'groups', groupIds: ['vetlanda-managers'] }]]);
    expect(answers).toEqual([['answered', [4, strings.Offers.Accepted, 'http://t/sites/vetlanda/SitePages/Ny-lonerutin.aspx']]]);
  });

  it('declines only with a reason, and a new reason clears the complaint', async () => {
    const service = new FakeReuse();
    const answers: Array<[string, unknown]> = [];
    const answer = answerOf(service, answers);
    act(() => answer.current().setDeclining(true));
    act(() => answer.current().decline());
    expect(answer.current().reasonError).toBe(strings.Offers.ReasonRequired);
    expect(answer.current().busy).toBe(false);
    act(() => answer.current().setReason('Gäller inte oss'));
    expect(answer.current().reasonError).toBe('');
    act(() => answer.current().decline());
    await settle();
    expect(service.declined).toEqual([[4, 'Gäller inte oss']]);
    expect(answers).toEqual([['answered', [4, strings.Offers.Declined, undefined]]]);
  });

  it('hands a failure on and can be answered again', async () => {
    const service = new FakeReuse();
    const refusal = new ReuseError('notPending');
    service.accept = async (): Promise<SendResult> => { throw refusal; };
    const answers: Array<[string, unknown]> = [];
    const answer = answerOf(service, answers);
    act(() => answer.current().accept());
    await settle();
    expect(answers).toEqual([['failed', refusal]]);
    expect(answer.current().busy).toBe(false);
  });
});
