import { act } from '@testing-library/react';
import type { NewsItem } from '../../core/news';
import { CONFIG, FakeReuse } from './testing/reuseDoubles';
import { deferred, probeHook, settle } from './testing/hookProbe';
import { useFeedPreview } from './useFeedPreview';

describe('useFeedPreview', () => {
  it('reads the feed as a member of the chosen audience of the chosen municipality sees it', async () => {
    const service = new FakeReuse();
    const preview = probeHook(() => useFeedPreview(service, CONFIG, ['vetlanda', 'eksjo']));
    expect(preview.current().municipality!.id).toBe('vetlanda');
    expect(preview.current().items).toBeNull();
    await settle();
    expect(preview.current().items).toEqual([]);
    act(() => preview.current().setAudience('managers'));
    expect(preview.current().items).toBeNull();
    await settle();
    expect(preview.current().items!.map(i => i.title)).toEqual(['Ny lönerutin']);
    act(() => preview.current().setMunicipalityId('eksjo'));
    await settle();
    expect(service.previewAsked).toEqual([
      ['vetlanda', { kind: 'allStaff' }], ['vetlanda', { kind: 'groups', groupIds: ['vetlanda-managers'] }], ['eksjo', { kind: 'groups', groupIds: ['eksjo-managers'] }]
    ]);
  });

  it('says it failed, keeps an earlier choice\'s late answer out, and reads again on the next choice', async () => {
    const service = new FakeReuse();
    const answers = [deferred<NewsItem[]>(), deferred<NewsItem[]>(), deferred<NewsItem[]>()];
    let asked = 0;
    service.previewFeed = () => answers[asked++].promise;
    const preview = probeHook(() => useFeedPreview(service, CONFIG, ['vetlanda']));
    answers[0].reject(new Error('Service Unavailable'));
    await settle();
    expect(preview.current().failed).toBe(true);
    act(() => preview.current().setAudience('managers'));
    expect(preview.current().failed).toBe(false);
    act(() => preview.current().setAudience('allStaff'));
    answers[2].resolve([]);
    answers[1].resolve([{ url: 'http://t/x.aspx' } as NewsItem]);
    await settle();
    expect(preview.current().items).toEqual([]);
  });
});
