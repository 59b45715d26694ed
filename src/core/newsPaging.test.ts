import type { NewsItem } from './news';
import { decodeNewsCursor, encodeNewsCursor, initialNewsCursorState, takeNewsPage } from './newsPaging';

const AS_OF = new Date('2026-11-28T12:00:00Z');
const all = (): boolean => true;

function news(name: string, day: number, extra: Partial<NewsItem> = {}): NewsItem {
  return {
    url: `http://t/sites/a/SitePages/${name}.aspx`, title: name, description: '',
    publishedAt: new Date(Date.UTC(2026, 10, day, 8)).toISOString(), sitePath: '/sites/a', municipalityId: null, audienceIds: [],
    ...extra
  };
}

describe('takeNewsPage', () => {
  it('merges several queries newest first and counts what each one gave', () => {
    const state = initialNewsCursorState(['q1', 'q2'], AS_OF);
    const page = takeNewsPage({
      state, firstPage: false, pageSize: 3, accept: all,
      streams: [
        { hits: [news('a', 27), news('c', 20), news('e', 10)], more: true },
        { hits: [news('b', 25), news('d', 15)], more: false }
      ]
    });
    expect(page.items.map(n => n.title)).toEqual(['a', 'b', 'c']);
    expect(page.next!.offsets).toEqual([2, 1]);
  });

  it('stops where a query with more hits has run out of hits in hand', () => {
    const state = initialNewsCursorState(['q1', 'q2'], AS_OF);
    const page = takeNewsPage({
      state, firstPage: false, pageSize: 5, accept: all,
      streams: [
        { hits: [news('a', 27)], more: true },
        { hits: [news('b', 25), news('d', 15), news('e', 14)], more: false }
      ]
    });
    // The first query's next hit may be newer than "b": it must not be passed by.
    expect(page.items.map(n => n.title)).toEqual(['a']);
    expect(page.next!.offsets).toEqual([1, 0]);
  });

  it('marks exhausted queries and ends when all are', () => {
    const state = initialNewsCursorState(['q1', 'q2'], AS_OF);
    const first = takeNewsPage({
      state, firstPage: false, pageSize: 5, accept: all,
      streams: [{ hits: [news('a', 27)], more: false }, { hits: [news('b', 25)], more: true }]
    });
    expect(first.next!.offsets).toEqual([-1, 1]);
    const last = takeNewsPage({ state: first.next!, firstPage: false, pageSize: 5, accept: all, streams: [null, { hits: [news('c', 2)], more: false }] });
    expect(last.items.map(n => n.title)).toEqual(['c']);
    expect(last.next).toBeNull();
  });

  it('consumes hits it cannot show: unreadable, rejected and duplicate ones', () => {
    const state = initialNewsCursorState(['q1', 'q2'], AS_OF);
    const hidden = news('hidden', 26, { audienceIds: ['x'] });
    const page = takeNewsPage({
      state, firstPage: false, pageSize: 2, accept: item => item.audienceIds.length === 0,
      streams: [{ hits: [null, hidden, news('a', 25), news('c', 3)], more: true }, { hits: [news('a', 25), news('b', 24), news('d', 2)], more: true }]
    });
    expect(page.items.map(n => n.title)).toEqual(['a', 'b']);
    expect(page.next!.offsets).toEqual([3, 2]);
  });

  it('shows boosted news first on the first page and leaves them out of every later page', () => {
    const boosted = news('boosted', 1, { boostedUntil: '2026-12-01T00:00:00Z' });
    const expired = news('expired', 26, { boostedUntil: '2026-11-28T11:00:00Z' });
    const state = initialNewsCursorState(['q'], AS_OF);
    const first = takeNewsPage({
      state, firstPage: true, pageSize: 2, accept: all, boosted: [boosted, expired],
      streams: [{ hits: [news('a', 27), expired, news('b', 20)], more: true }]
    });
    expect(first.items.map(n => n.title)).toEqual(['boosted', 'a']);
    expect(first.next!.boostShown).toBe(true);
    const second = takeNewsPage({
      state: first.next!, firstPage: false, pageSize: 5, accept: all,
      streams: [{ hits: [expired, news('b', 20), boosted], more: false }]
    });
    expect(second.items.map(n => n.title)).toEqual(['expired', 'b']);
  });

  it('lets boosted news flow with the rest when the boost query failed', () => {
    const boosted = news('boosted', 1, { boostedUntil: '2026-12-01T00:00:00Z' });
    const first = takeNewsPage({
      state: initialNewsCursorState(['q'], AS_OF), firstPage: true, pageSize: 5, accept: all, boosted: null,
      streams: [{ hits: [news('a', 27), boosted], more: false }]
    });
    expect(first.items.map(n => n.title)).toEqual(['boosted', 'a']);
  });

  it('keeps the offset of a query that failed, to ask again', () => {
    const state = initialNewsCursorState(['q1', 'q2'], AS_OF);
    const page = takeNewsPage({ state, firstPage: false, pageSize: 2, accept: all, streams: [null, { hits: [news('a', 3)], more: false }] });
    expect(page.items.map(n => n.title)).toEqual(['a']);
    expect(page.next!.offsets).toEqual([0, -1]);
  });

  it('does not show twice an item that two queries return in different order among equal times', () => {
    const x = news('x', 20);
    const y = news('y', 20);
    const state = initialNewsCursorState(['q1', 'q2'], AS_OF);
    const first = takeNewsPage({ state, firstPage: false, pageSize: 1, accept: all, streams: [{ hits: [x, y], more: false }, { hits: [y, x], more: false }] });
    expect(first.items.map(n => n.title)).toEqual(['x']);
    const second = takeNewsPage({
      state: first.next!, firstPage: false, pageSize: 5, accept: all,
      streams: [{ hits: [y], more: false }, { hits: [y, x], more: false }]
    });
    expect(second.items.map(n => n.title)).toEqual(['y']);
  });
});

describe('news cursor', () => {
  const queries = ['q1', 'q2'];

  it('round-trips its state', () => {
    const state = { ...initialNewsCursorState(queries, AS_OF), offsets: [4, -1], boostShown: true, boundary: { time: 5, keys: ['k'] } };
    expect(decodeNewsCursor(encodeNewsCursor(state), queries)).toEqual(state);
  });

  it('refuses cursors that are malformed or belong to other queries', () => {
    const cursor = encodeNewsCursor(initialNewsCursorState(queries, AS_OF));
    expect(decodeNewsCursor(cursor, ['q1', 'q3'])).toBeNull();
    expect(decodeNewsCursor(cursor, ['q1'])).toBeNull();
    expect(decodeNewsCursor('not json', queries)).toBeNull();
    expect(decodeNewsCursor('null', queries)).toBeNull();
    const tampered = JSON.parse(cursor);
    tampered.o = [1.5, 0];
    expect(decodeNewsCursor(JSON.stringify(tampered), queries)).toBeNull();
  });
});
