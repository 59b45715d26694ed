import { act } from '@testing-library/react';
import * as strings from 'ContentReuseWebPartStrings';
import type { AudienceReach, PageAudience } from '../../core/reuse';
import { CONFIG, FakeReuse } from './testing/reuseDoubles';
import { deferred, probeHook, settle } from './testing/hookProbe';
import { usePageAudience, useReach } from './useReach';
import { reachText } from './reuseView';
import type { AudienceKey } from './reuseView';

const vetlanda = CONFIG.municipalities[2];

describe('useReach', () => {
  it('counts the chosen audience per municipality, and again when the choice changes', async () => {
    const service = new FakeReuse();
    let audience: AudienceKey = 'allStaff';
    const reach = probeHook(() => useReach(service, CONFIG, vetlanda, audience, strings));
    expect(reach.current()).toEqual({ text: strings.Reach.Counting, others: '' });
    await settle();
    // Vetlanda's own people first; the others in its groups apart.
    expect(reach.current()).toEqual({ text: 'Når 410 i Vetlanda.', others: 'I grupperna finns också 2 utanför Vetlanda: Sävsjö 2.' });
    audience = 'managers';
    reach.rerender(() => useReach(service, CONFIG, vetlanda, audience, strings));
    expect(reach.current().text).toBe(strings.Reach.Counting);
    await settle();
    expect(reach.current()).toEqual({ text: 'Når 30 i Vetlanda.', others: '' });
    expect(service.reachAsked).toEqual([['vetlanda', { kind: 'allStaff' }], ['vetlanda', { kind: 'groups', groupIds: ['vetlanda-managers'] }]]);
  });

  it('says so when the count fails, and drops the answer to a choice no longer made', async () => {
    const service = new FakeReuse();
    const answers = [deferred<AudienceReach>(), deferred<AudienceReach>()];
    let asked = 0;
    service.audienceReach = () => answers[asked++].promise;
    let audience: AudienceKey = 'allStaff';
    const reach = probeHook(() => useReach(service, CONFIG, vetlanda, audience, strings));
    audience = 'managers';
    reach.rerender(() => useReach(service, CONFIG, vetlanda, audience, strings));
    answers[1].reject(new Error('Service Unavailable'));
    await settle();
    expect(reach.current()).toEqual({ text: strings.Reach.Failed, others: '' });
    answers[0].resolve({ total: 412, byMunicipality: [] });
    await settle();
    expect(reach.current()).toEqual({ text: strings.Reach.Failed, others: '' });
  });

  it('counts apart the people of other municipalities and those under no municipality\'s address, and none in the chosen one as none', async () => {
    const service = new FakeReuse();
    service.audienceReach = async (): Promise<AudienceReach> => ({
      total: 240, byMunicipality: [{ municipalityId: 'eksjo', count: 226 }, { municipalityId: 'savsjo', count: 1 }, { municipalityId: 'vetlanda', count: 5 }]
    });
    const reach = probeHook(() => useReach(service, CONFIG, CONFIG.municipalities[0], 'allStaff', strings));
    await settle();
    expect(reach.current()).toEqual({ text: 'Når 226 i Eksjö.', others: 'I grupperna finns också 14 utanför Eksjö: Sävsjö 1, Vetlanda 5, utan kommunadress 8.' });
    const none = probeHook(() => useReach(service, CONFIG, vetlanda, 'allStaff', strings));
    await settle();
    expect(none.current().text).toBe('Når 5 i Vetlanda.');
  });
});

describe('usePageAudience', () => {
  it('reads who a page reaches only once opened, and names its audiences', async () => {
    const service = new FakeReuse();
    const urls: string[] = [];
    const pageAudience = service.pageAudience.bind(service);
    service.pageAudience = (url: string): Promise<PageAudience> => { urls.push(url); return pageAudience(url); };
    const view = probeHook(() => usePageAudience(service, CONFIG, 'http://t/a.aspx', strings));
    await settle();
    expect(view.current().open).toBe(false);
    expect(urls).toEqual([]);
    act(() => view.current().toggle());
    expect(view.current().text).toBe(strings.Reach.Counting);
    await settle();
    expect(view.current().text).toBe('Riktad till Vetlanda – chefer. Når 30 personer (Vetlanda 30).');
    expect(urls).toEqual(['http://t/a.aspx']);
    act(() => view.current().toggle());
    expect(view.current().open).toBe(false);
  });

  it('writes a page\'s reach in people, one person as "1 person"', () => {
    const reach = (total: number): AudienceReach => ({ total, byMunicipality: [{ municipalityId: 'vetlanda', count: total }] });
    expect(reachText(strings, CONFIG, reach(30))).toBe('Når 30 personer (Vetlanda 30).');
    expect(reachText(strings, CONFIG, reach(1))).toBe('Når 1 person (Vetlanda 1).');
  });

  it('says so when it cannot be read', async () => {
    const service = new FakeReuse();
    service.pageAudience = () => Promise.reject(new Error('Forbidden'));
    const view = probeHook(() => usePageAudience(service, CONFIG, 'http://t/a.aspx', strings));
    act(() => view.current().toggle());
    await settle();
    expect(view.current().text).toBe(strings.Reach.Failed);
  });
});
