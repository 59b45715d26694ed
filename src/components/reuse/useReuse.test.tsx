import { act } from '@testing-library/react';
import * as strings from 'ContentReuseWebPartStrings';
import type { Offer } from '../../core/reuse';
import { ReuseError } from '../../core/reuse';
import { CONFIG, FakeReuse, offer } from './testing/reuseDoubles';
import { probeHook, settle } from './testing/hookProbe';
import { useReuse } from './useReuse';
import * as common from 'CommonStrings';

const getConfig = (): Promise<typeof CONFIG> => Promise.resolve(CONFIG);

describe('useReuse', () => {
  it('loads the configuration, where the user is an editor, and the pending offers to each of those hubs', async () => {
    const service = new FakeReuse();
    service.editorOf = ['vetlanda', 'eksjo'];
    const answered: Offer = { ...offer(6), status: 'accepted' };
    const toEksjo: Offer = { ...offer(7), toMunicipalityId: 'eksjo' };
    service.offers = [offer(4), answered, toEksjo];
    const view = probeHook(() => useReuse(service, getConfig, strings));
    expect(view.current().loaded).toBeNull();
    expect(view.current().failed).toBeNull();
    await settle();
    const { loaded, pending } = view.current();
    expect(loaded!.editorOf).toEqual(['vetlanda', 'eksjo']);
    expect(loaded!.config).toBe(CONFIG);
    expect(pending.vetlanda.map(o => o.id)).toEqual([4]);
    expect(pending.eksjo.map(o => o.id)).toEqual([7]);
    // The same lists on the next render, so an offer list keeps the offers it has answered out.
    view.rerender(() => useReuse(service, getConfig, strings));
    expect(view.current().pending.vetlanda).toBe(pending.vetlanda);
  });

  it('says in the reader\'s words why it could not load, and loads again on retry', async () => {
    const service = new FakeReuse();
    service.editorOf = ['vetlanda'];
    const refusals: unknown[] = [Object.assign(new Error('Service Unavailable'), { status: 503 }), Object.assign(new Error('List does not exist'), { status: 404 }),
      new ReuseError('notAllowed')];
    const listOffers = service.listOffers.bind(service);
    service.listOffers = async (to: string): Promise<Offer[]> => {
      const refusal = refusals.shift();
      if (refusal) {
        throw refusal;
      }
      return listOffers(to);
    };
    const view = probeHook(() => useReuse(service, getConfig, strings));
    await settle();
    expect(view.current().failed).toEqual({ text: common.Errors.unavailable, code: 'unavailable' });
    act(() => view.current().retry());
    expect(view.current().failed).toBeNull();
    await settle();
    // A list that is not there: only an administrator can help.
    expect(view.current().failed!.text).toBe(strings.Errors.missing);
    act(() => view.current().retry());
    await settle();
    expect(view.current().failed!.text).toBe(strings.Errors.notAllowed);
    act(() => view.current().retry());
    await settle();
    expect(view.current().failed).toBeNull();
    expect(view.current().loaded!.editorOf).toEqual(['vetlanda']);
  });

  it('counts the sends and answers made here, so an open log reads them', async () => {
    const service = new FakeReuse();
    const view = probeHook(() => useReuse(service, getConfig, strings));
    await settle();
    expect(view.current().recorded).toBe(0);
    act(() => view.current().onRecorded());
    act(() => view.current().onRecorded());
    expect(view.current().recorded).toBe(2);
  });
});
