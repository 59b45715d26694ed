import { act } from '@testing-library/react';
import * as strings from 'ContentReuseWebPartStrings';
import type { BorrowCandidate, BorrowQuery, SourceChange } from '../../core/borrow';
import type { BorrowPreview, BorrowResult } from '../../core/borrowPorts';
import { CONFIG, FakeBorrow, PAGE } from './testing/reuseDoubles';
import { deferred, probeHook, settle } from './testing/hookProbe';
import { useBorrow, useBorrowCandidate, useChangedCopy } from './useBorrow';
import type { Notice } from './reuseView';

const candidate: BorrowCandidate = { url: PAGE.url, title: PAGE.title, description: '', municipalityId: 'savsjo', kind: 'news', modified: '2026-11-01T08:00:00Z' };

describe('useBorrow', () => {
  it('searches the other municipalities with the filters, and reads the changed copies of the editor\'s hub', async () => {
    const borrow = new FakeBorrow();
    const changedAsked: string[] = [];
    const changedCopies = borrow.changedCopies.bind(borrow);
    borrow.changedCopies = (m: string): Promise<SourceChange[]> => { changedAsked.push(m); return changedCopies(m); };
    const b = probeHook(() => useBorrow(borrow, CONFIG, ['vetlanda', 'eksjo'], strings));
    expect(b.current().others.map(m => m.id)).toEqual(['eksjo', 'savsjo']);
    expect(b.current().searching).toBe(true);
    await settle();
    expect(b.current().results!.map(r => r.url)).toEqual([PAGE.url]);
    expect(b.current().changed!.map(c => c.copy.id)).toEqual([9, 10]);
    expect(borrow.queries).toEqual([['vetlanda', { municipalityIds: [], kind: undefined, since: undefined, text: '' }]]);
    act(() => { b.current().setWords('lön'); b.current().setFrom('savsjo'); b.current().setKind('news'); b.current().setSince('2026-10-01'); });
    act(() => b.current().search());
    await settle();
    expect(borrow.queries[1]).toEqual(['vetlanda', { municipalityIds: ['savsjo'], kind: 'news', since: '2026-10-01', text: 'lön' }]);
    // Another hub: the municipality filter is cleared, and both lists are read for it.
    act(() => b.current().setToId('eksjo'));
    await settle();
    expect(b.current().from).toBe('');
    expect(borrow.queries[2]).toEqual(['eksjo', { municipalityIds: [], kind: 'news', since: '2026-10-01', text: 'lön' }]);
    expect(changedAsked).toEqual(['vetlanda', 'eksjo']);
  });

  it('fills the list with the newest search only, and says when a search or the changed copies failed', async () => {
    const borrow = new FakeBorrow();
    const answers = [deferred<BorrowCandidate[]>(), deferred<BorrowCandidate[]>(), deferred<BorrowCandidate[]>()];
    borrow.browse = (own: string, query: BorrowQuery) => { borrow.queries.push([own, query]); return answers[borrow.queries.length - 1].promise; };
    borrow.changedCopies = () => Promise.reject(new Error('Service Unavailable'));
    const b = probeHook(() => useBorrow(borrow, CONFIG, ['vetlanda'], strings));
    act(() => b.current().search());
    answers[1].resolve([candidate]);
    answers[0].resolve([]);
    await settle();
    expect(b.current().results).toEqual([candidate]);
    expect(b.current().changedFailed).toBe(true);
    act(() => b.current().search());
    expect(b.current().failed).toBe(false);
    answers[2].reject(new Error('Service Unavailable'));
    await settle();
    expect(b.current().failed).toBe(true);
    expect(b.current().searching).toBe(false);
  });

  it('drops an answered copy from the changed ones and says so, with a link to the copy', async () => {
    const borrow = new FakeBorrow();
    const b = probeHook(() => useBorrow(borrow, CONFIG, ['vetlanda'], strings));
    await settle();
    act(() => b.current().answered(borrow.changes[0], strings.Borrow.Took));
    expect(b.current().changed!.map(c => c.copy.id)).toEqual([10]);
    expect(b.current().notice).toEqual({
      type: 'success', text: strings.Borrow.Took.replace('{0}', 'Badhuset'), link: 'http://t/sites/vetlanda/SitePages/b.aspx', linkText: strings.Borrow.OpenCopy
    });
  });
});

describe('useBorrowCandidate', () => {
  it('reads the preview when first opened, only once, and borrows into the editor\'s hub', async () => {
    const borrow = new FakeBorrow();
    const previews: string[] = [];
    const preview = borrow.preview.bind(borrow);
    borrow.preview = (url: string): Promise<BorrowPreview> => { previews.push(url); return preview(url); };
    const notices: Notice[] = [];
    const item = probeHook(() => useBorrowCandidate(borrow, candidate, 'vetlanda', 'Vetlanda', strings, n => notices.push(n)));
    await settle();
    expect(previews).toEqual([]);
    act(() => item.current().toggle());
    await settle();
    expect(item.current().preview!.text).toBe('Hela texten om lönerutinen');
    act(() => item.current().toggle());
    act(() => item.current().toggle());
    await settle();
    expect(previews).toEqual([PAGE.url]);
    act(() => item.current().take());
    expect(item.current().busy).toBe(true);
    await settle();
    expect(borrow.borrowed).toEqual([[PAGE.url, 'vetlanda']]);
    expect(notices).toEqual([{
      type: 'success', text: strings.Borrow.Borrowed.replace('{0}', PAGE.title).replace('{1}', 'Vetlanda'), link: 'http://t/sites/vetlanda/SitePages/a.aspx', linkText: strings.Borrow.OpenCopy
    }]);
    expect(item.current().busy).toBe(false);
  });

  it('says a page already borrowed is only information, and a page gone is gone', async () => {
    const borrow = new FakeBorrow();
    const results: Array<() => Promise<BorrowResult>> = [
      () => Promise.resolve({ outcome: 'alreadyBorrowed', copyUrl: 'http://t/sites/vetlanda/SitePages/a.aspx' }),
      () => Promise.reject(Object.assign(new Error('Not Found'), { code: 'notFound' }))
    ];
    borrow.borrow = () => results.shift()!();
    borrow.preview = () => Promise.reject(new Error('Not Found'));
    const notices: Notice[] = [];
    const item = probeHook(() => useBorrowCandidate(borrow, candidate, 'vetlanda', 'Vetlanda', strings, n => notices.push(n)));
    act(() => item.current().toggle());
    act(() => item.current().take());
    await settle();
    act(() => item.current().take());
    await settle();
    expect(item.current().previewFailed).toBe(true);
    expect(notices.map(n => [n.type, n.text])).toEqual([
      ['info', strings.Borrow.AlreadyBorrowed.replace('{0}', PAGE.title).replace('{1}', 'Vetlanda')], ['error', strings.Borrow.Gone]
    ]);
  });
});

describe('useChangedCopy', () => {
  it('takes the source\'s version or keeps ours, in the editor\'s hub, and hands a failure on', async () => {
    const borrow = new FakeBorrow();
    const answered: Array<[number, string]> = [];
    const failures: unknown[] = [];
    const copy = (change: SourceChange) => probeHook(() => useChangedCopy(borrow, change, 'vetlanda', strings,
      (c, text) => answered.push([c.copy.id, text]), error => failures.push(error)));
    const first = copy(borrow.changes[0]);
    act(() => first.current().takeSource());
    expect(first.current().busy).toBe(true);
    await settle();
    const second = copy(borrow.changes[1]);
    act(() => second.current().keepOurs());
    await settle();
    expect(borrow.took).toEqual([9]);
    expect(borrow.kept).toEqual([10]);
    expect(answered).toEqual([[9, strings.Borrow.Took], [10, strings.Borrow.Kept]]);
    const refusal = new Error('Service Unavailable');
    borrow.keepOurs = () => Promise.reject(refusal);
    act(() => second.current().keepOurs());
    await settle();
    expect(failures).toEqual([refusal]);
    expect(second.current().busy).toBe(false);
  });
});
