import fc from 'fast-check';
import { createNewsSearchModel, IndexedNews } from '../../tests/support/newsSearchModel';
import { parseKql } from '../../tests/support/kqlModel';
import type { NewsItem } from './news';
import { MAX_ROUNDS, MAX_ROUNDS_WHEN_EMPTY, readNewsPage } from './newsFeed';
import { KQL_MAX_LENGTH } from './newsKql';
import { isBoosted, newsKey } from './newsRanking';

/**
 * The feed's promise, over random tenants and users: a user is shown exactly the readable,
 * unexpired news of the chosen sites that is untargeted or targeted to one of their groups, each
 * item once, boosted first and otherwise newest first, however the KQL is split and
 * however the pages fall.
 */

const TENANT = 'http://127.0.0.1:4100';
const NOW = new Date('2026-11-28T09:30:00Z');
const DAY = 86400000;

interface Scenario {
  siteCount: number;
  groups: string[];
  news: Array<{
    site: number; audience: string[]; upperCase: boolean; day: number; hour: number;
    boost: 'none' | 'past' | 'future'; promoted: boolean;
    /** Expired days ago, expired earlier today, expires later, or has no expiry date. */
    expiry?: 'none' | 'pastDay' | 'earlierToday' | 'future';
  }>;
  userGroups: string[];
  readable: boolean[];
  requested: number[];
  pageSize: number;
  maxLength: number;
  tieSalt: number;
  minHitsPerQuery?: number;
}

// Site `siteCount` is a look-alike of site 0 (/sites/s0x): Path:"…/sites/s0" matches its pages by prefix.
const sitePath = (site: number, siteCount: number): string => (site === siteCount ? '/sites/s0x' : `/sites/s${site}`);

const scenario: fc.Arbitrary<Scenario> = fc
  .record({ siteCount: fc.integer({ min: 1, max: 4 }), groups: fc.uniqueArray(fc.uuid(), { maxLength: 40 }) })
  .chain(({ siteCount, groups }) => fc.record({
    siteCount: fc.constant(siteCount),
    groups: fc.constant(groups),
    news: fc.array(fc.record({
      site: fc.integer({ min: 0, max: siteCount }),
      audience: fc.oneof(fc.constant([] as string[]), fc.subarray(groups, { maxLength: Math.min(3, groups.length) })),
      upperCase: fc.boolean(),
      // Few distinct days and hours: many equal publish times, which is where paging goes wrong.
      day: fc.integer({ min: 0, max: 8 }),
      hour: fc.constantFrom(6, 12),
      boost: fc.constantFrom<'none' | 'past' | 'future'>('none', 'none', 'none', 'past', 'future'),
      promoted: fc.integer({ min: 0, max: 4 }).map(n => n > 0),
      expiry: fc.constantFrom<'none' | 'pastDay' | 'earlierToday' | 'future'>('none', 'none', 'none', 'pastDay', 'earlierToday', 'future')
    }), { maxLength: 50 }),
    userGroups: fc.subarray(groups),
    readable: fc.array(fc.boolean(), { minLength: siteCount + 1, maxLength: siteCount + 1 }),
    requested: fc.subarray(Array.from({ length: siteCount }, (_, i) => i), { minLength: 1 }),
    pageSize: fc.integer({ min: 1, max: 7 }),
    maxLength: fc.constantFrom(KQL_MAX_LENGTH, 420, 700),
    tieSalt: fc.integer()
  }));

function buildIndex(s: Scenario): IndexedNews[] {
  return s.news.map((n, i) => {
    const date = new Date(NOW.getTime() - n.day * DAY);
    date.setUTCHours(n.hour, 0, 0, 0);
    const published = date.toISOString();
    const boostedUntil = n.boost === 'none' ? undefined
      : new Date(NOW.getTime() + (n.boost === 'future' ? 3 : -3) * 3600000).toISOString();
    const path = sitePath(n.site, s.siteCount);
    const expiresAt = !n.expiry || n.expiry === 'none' ? undefined
      : new Date(NOW.getTime() + { pastDay: -3 * DAY, earlierToday: -2 * 3600000, future: 3 * DAY }[n.expiry]).toISOString();
    const item: NewsItem = {
      url: `${TENANT}${path}/SitePages/nyhet-${i}.aspx`,
      title: `Nyhet ${i}`,
      description: '',
      publishedAt: published,
      sitePath: path,
      municipalityId: null,
      audienceIds: n.audience.map(id => (n.upperCase ? id.toUpperCase() : id)),
      boostedUntil,
      expiresAt
    };
    return { item, promoted: n.promoted, readable: s.readable[n.site] };
  });
}

function expectedFor(s: Scenario, index: IndexedNews[]): Set<string> {
  const groups = new Set(s.userGroups.map(g => g.toLowerCase()));
  const requested = new Set(s.requested.map(i => sitePath(i, s.siteCount)));
  return new Set(index
    .filter(e => e.promoted && e.readable && requested.has(e.item.sitePath))
    .filter(e => !e.item.expiresAt || Date.parse(e.item.expiresAt) > NOW.getTime())
    .filter(e => e.item.audienceIds.length === 0 || e.item.audienceIds.some(id => groups.has(id.toLowerCase())))
    .map(e => newsKey(e.item)));
}

function tieRank(salt: number): (url: string) => number {
  return url => {
    let h = salt | 0;
    for (let i = 0; i < url.length; i++) {
      h = Math.imul(h ^ url.charCodeAt(i), 0x5bd1e995);
    }
    return h;
  };
}

async function checkFeed(s: Scenario): Promise<void> {
      const index = buildIndex(s);
      const model = createNewsSearchModel(index, tieRank(s.tieSalt));
      const sitePaths = s.requested.map(i => sitePath(i, s.siteCount));
      const pages: NewsItem[][] = [];
      let cursor: string | undefined;
      do {
        const page = await readNewsPage({
          query: { sitePaths, audienceGroupIds: s.userGroups, pageSize: s.pageSize, cursor },
          siteUrlOf: path => TENANT + path,
          now: pages.length === 0 ? NOW : new Date(NOW.getTime() + 3600000), // later pages keep the first page's moment
          search: model.search,
          maxQueryLength: s.maxLength,
          minHitsPerQuery: s.minHitsPerQuery
        });
        expect(page.failures).toEqual([]);
        pages.push(page.items);
        cursor = page.nextCursor;
        expect(pages.length).toBeLessThanOrEqual(index.length + 1);
      } while (cursor);
      if (s.minHitsPerQuery === undefined) {
        // "Visa fler" brings something while there is more (with windows of one hit, it may take more rounds than allowed).
        pages.slice(0, -1).forEach(page => expect(page.length).toBeGreaterThan(0));
      }

      const shown = ([] as NewsItem[]).concat(...pages);
      const keys = shown.map(newsKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(keys)).toEqual(expectedFor(s, index));

      // Boosted items: all on the first page, before everything else.
      const boosted = shown.filter(item => isBoosted(item, NOW));
      expect(shown.slice(0, boosted.length)).toEqual(boosted);
      boosted.forEach(item => expect(pages[0]).toContain(item));
      const rest = shown.slice(boosted.length);
      for (let i = 1; i < rest.length; i++) {
        expect(Date.parse(rest[i - 1].publishedAt)).toBeGreaterThanOrEqual(Date.parse(rest[i].publishedAt));
      }

      // A round trip per page, a few more only when dropped hits left a page short;
      // every query within the limit and well formed.
      expect(model.calls.length).toBeLessThanOrEqual(pages.length * Math.max(MAX_ROUNDS, MAX_ROUNDS_WHEN_EMPTY));
      if (s.minHitsPerQuery === undefined) {
        expect(model.calls.length).toBeLessThanOrEqual(pages.length * MAX_ROUNDS);
      }
      for (const call of model.calls) {
        for (const request of call) {
          expect(request.queryString.length).toBeLessThanOrEqual(s.maxLength);
          expect(() => parseKql(request.queryString)).not.toThrow();
        }
      }
    }

/**
 * Where paging is easy to get wrong: every group in a query of its own, news targeted to
 * several of them (so it comes back from several queries), two publish times only, small
 * pages, and look-alike sites whose hits the client must drop.
 */
const crowdedScenario: fc.Arbitrary<Scenario> = fc
  .uniqueArray(fc.uuid(), { minLength: 2, maxLength: 6 })
  .chain(groups => fc.record({
    siteCount: fc.constant(1),
    groups: fc.constant(groups),
    news: fc.array(fc.record({
      site: fc.integer({ min: 0, max: 1 }),
      audience: fc.subarray(groups, { minLength: 0, maxLength: groups.length }),
      upperCase: fc.boolean(),
      day: fc.integer({ min: 0, max: 1 }),
      hour: fc.constant(12),
      boost: fc.constantFrom<'none' | 'past' | 'future'>('none', 'none', 'future'),
      promoted: fc.constant(true)
    }), { minLength: 2, maxLength: 25 }),
    userGroups: fc.constant(groups),
    readable: fc.constant([true, true]),
    requested: fc.constant([0]),
    pageSize: fc.integer({ min: 1, max: 3 }),
    // 180 characters held one group per query before the expiry clause; it is added on top, and so
    // is what the first page's priority query asks besides boosted news (must-read), shorter than a group.
    maxLength: fc.constant(180 + 'NOT SamverkaExpiresOWSDATE<2026-11-28 AND '.length + '( OR SamverkaMustReadOWSBOOL:1)'.length),
    tieSalt: fc.integer(),
    minHitsPerQuery: fc.constantFrom(1, 2)
  }));

describe('targeted news feed (property)', () => {
  it('shows exactly the readable, unexpired news for the user, once each, boosted first, then newest first', async () => {
    await fc.assert(fc.asyncProperty(scenario, checkFeed), { numRuns: 400 });
  });

  it('keeps that promise when every group has a query of its own and publish times are equal', async () => {
    await fc.assert(fc.asyncProperty(crowdedScenario, checkFeed), { numRuns: 400 });
  });
});
