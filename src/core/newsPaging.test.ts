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

  it('lifts boosted news on the first page and leaves them out of every later page', () => {
    const boosted = news('boosted', 24, { boostedUntil: '2026-12-01T00:00:00Z' });
    const expired = news('expired', 26, { boostedUntil: '2026-11-28T11:00:00Z' });
    const state = initialNewsCursorState(['q'], AS_OF);
    const first = takeNewsPage({
      state, firstPage: true, pageSize: 2, accept: all, boosted: [boosted, expired],
      streams: [{ hits: [news('a', 27), expired, news('b', 20)], more: true }]
    });
    expect(first.items.map(n => n.title)).toEqual(['boosted', 'a']);
    expect(first.lifted).toEqual([boosted.url.toLowerCase()]);
    expect(first.next!.lifted).toEqual(first.lifted);
    const second = takeNewsPage({
      state: first.next!, firstPage: false, pageSize: 5, accept: all,
      streams: [{ hits: [expired, boosted, news('b', 20)], more: false }]
    });
    expect(second.items.map(n => n.title)).toEqual(['expired', 'b']);
    expect(second.lifted).toEqual([]);
  });

  it('lifts at most the policy\'s limit; other boosted news comes in its place, on later pages too', () => {
    const boost = { boostedUntil: '2026-12-10T00:00:00Z' };
    const [b1, b2, b3] = [news('b1', 26, boost), news('b2', 25, boost), news('b3', 23, boost)];
    const first = takeNewsPage({
      state: initialNewsCursorState(['q'], AS_OF), firstPage: true, pageSize: 3, accept: all, boosted: [b3, b1, b2],
      policy: { limit: 2, maxDays: 14 },
      streams: [{ hits: [news('a', 27), b1, b2, news('c', 24), b3], more: true }]
    });
    expect(first.items.map(n => n.title)).toEqual(['b1', 'b2', 'a']);
    const second = takeNewsPage({
      state: first.next!, firstPage: false, pageSize: 5, accept: all,
      streams: [{ hits: [b1, b2, news('c', 24), b3, news('d', 2)], more: false }]
    });
    expect(second.items.map(n => n.title)).toEqual(['c', 'b3', 'd']);
  });

  it('lifts no boost older than the policy\'s days, nor one older than the newest unboosted item\'s week', () => {
    const boost = { boostedUntil: '2027-01-31T00:00:00Z' };
    const sixWeeks = news('six-weeks', 17, { ...boost, publishedAt: '2026-10-17T08:00:00Z' });
    const weekBefore = news('week-before', 19, boost);
    const page = takeNewsPage({
      state: initialNewsCursorState(['q'], AS_OF), firstPage: true, pageSize: 5, accept: all, boosted: [sixWeeks, weekBefore],
      policy: { limit: 2, maxDays: 60 },
      streams: [{ hits: [news('a', 27), weekBefore, news('b', 18), sixWeeks], more: false }]
    });
    expect(page.lifted).toEqual([]);
    expect(page.items.map(n => n.title)).toEqual(['a', 'week-before', 'b', 'six-weeks']);
  });

  it('judges the week against the last hit in hand when no unboosted hit is in hand yet', () => {
    const boost = { boostedUntil: '2026-12-10T00:00:00Z' };
    const [b1, b2] = [news('b1', 27, boost), news('b2', 26, boost)];
    const older = news('older', 18, boost);
    const page = takeNewsPage({
      state: initialNewsCursorState(['q'], AS_OF), firstPage: true, pageSize: 3, accept: all, boosted: [b1, b2, older],
      policy: { limit: 5, maxDays: 14 },
      streams: [{ hits: [b1, b2], more: true }]
    });
    // The newest unboosted item is at most as new as b2 (the 26th): the 18th is more than a week before it.
    expect(page.items.map(n => n.title)).toEqual(['b1', 'b2']);
    expect(page.lifted).toEqual([b1.url.toLowerCase(), b2.url.toLowerCase()]);
  });

  it('lets boosted news flow with the rest when the boost query failed', () => {
    const boosted = news('boosted', 1, { boostedUntil: '2026-12-01T00:00:00Z' });
    const first = takeNewsPage({
      state: initialNewsCursorState(['q'], AS_OF), firstPage: true, pageSize: 5, accept: all, boosted: null,
      streams: [{ hits: [news('a', 27), boosted], more: false }]
    });
    expect(first.items.map(n => n.title)).toEqual(['a', 'boosted']);
    expect(first.lifted).toEqual([]);
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
    const state = { ...initialNewsCursorState(queries, AS_OF), offsets: [4, -1], lifted: ['http://t/sites/a/sitepages/b.aspx'], boundary: { time: 5, keys: ['k'] } };
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
    expect(decodeNewsCursor(JSON.stringify({ ...JSON.parse(cursor), l: [3] }), queries)).toBeNull();
    // A cursor of the release that lifted every boosted item: its pages left them all out, so the feed starts over.
    const { l, ...older } = JSON.parse(cursor) as Record<string, unknown>;
    expect(l).toEqual([]);
    expect(decodeNewsCursor(JSON.stringify({ ...older, v: 1, b: true }), queries)).toBeNull();
  });
});
