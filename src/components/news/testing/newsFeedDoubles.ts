import type { TenantConfig } from '../../../core/municipality';
import type { NewsItem } from '../../../core/news';
import type { CurrentUser, INewsService, NewsPage, NewsQuery, NewsSourceFailure } from '../../../core/ports';
import type { SamverkaServices } from '../../../core/ports';

/*
 * Test doubles of the services the news feed uses: an in-memory tenant of three municipalities
 * and a shared site, and a news service whose pages, failures and delays a test controls.
 */

const group = (n: number): string => `00000000-0000-4000-8000-${('000000000000' + n).slice(-12)}`;

export const TEST_CONFIG: TenantConfig = {
  municipalities: [
    { id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: group(1), allStaff: group(2), managers: group(3) } },
    { id: 'savsjo', name: 'Sävsjö kommun', shortName: 'Sävsjö', hubPath: '/sites/savsjo', emailDomain: 'savsjo.se', groups: { root: group(11), allStaff: group(12), managers: group(13) } },
    { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: group(21), allStaff: group(22), managers: group(23) } }
  ],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};

export const ANNA: CurrentUser = {
  id: 'anna', displayName: 'Anna Lindqvist', mail: 'anna.lindqvist@eksjo.se', groupIds: [group(1), group(2), group(100)]
};

export const MARIA: CurrentUser = {
  id: 'maria', displayName: 'Maria Berg', mail: 'maria.berg@savsjo.se', groupIds: [group(11), group(12), group(21), group(22)]
};

const SITE_MUNICIPALITY: Record<string, string | null> = {
  '/sites/eksjo': 'eksjo', '/sites/savsjo': 'savsjo', '/sites/vetlanda': 'vetlanda', '/sites/gemensamt': null
};

/** The n-th news item of a site (0 newest), published n * 20 + 2 hours before `now`. */
export function newsItem(sitePath: string, n: number, now: Date, extra: Partial<NewsItem> = {}): NewsItem {
  const published = new Date(now.getTime() - (n * 20 + 2) * 3600 * 1000);
  return {
    url: `https://contoso.sharepoint.com${sitePath}/SitePages/nyhet-${n}.aspx`,
    title: `Nyhet ${n} från ${sitePath.replace('/sites/', '')}`,
    description: `Beskrivning av nyhet ${n}.`,
    publishedAt: published.toISOString(),
    sitePath,
    municipalityId: SITE_MUNICIPALITY[sitePath] === undefined ? null : SITE_MUNICIPALITY[sitePath],
    audienceIds: [],
    ...extra
  };
}

export interface IFakeNewsOptions {
  /** Every item of every site, newest first; the double pages through those of the queried sites. */
  items: NewsItem[];
  /** Sites that fail (reported as NewsSourceFailure) on every query that includes them. */
  failingSites?: Record<string, string>;
}

/** Pages through its items like the real service: cursor is the offset, failed sites are reported. */
export class FakeNewsService implements INewsService {
  public readonly queries: NewsQuery[] = [];
  /** Set to make the next calls reject (whole-feed failure). */
  public rejectWith: unknown = undefined;
  private readonly _options: IFakeNewsOptions;
  private _gate: Promise<void> | undefined;
  private _open: (() => void) | undefined;

  public constructor(options: IFakeNewsOptions) {
    this._options = options;
  }

  /** From now on, these sites fail (reported as NewsSourceFailure). */
  public failSites(failingSites: Record<string, string>): void {
    this._options.failingSites = failingSites;
  }

  /** Holds every answer until release() is called: lets a test see the loading state. */
  public hold(): void {
    this._gate = new Promise<void>((resolve) => { this._open = resolve; });
  }

  public release(): void {
    if (this._open) this._open();
    this._gate = undefined;
  }

  public getNews(query: NewsQuery): Promise<NewsPage> {
    this.queries.push(query);
    const answer = (): Promise<NewsPage> => {
      if (this.rejectWith !== undefined) {
        return Promise.reject(this.rejectWith);
      }
      const failing = this._options.failingSites || {};
      const failures: NewsSourceFailure[] = query.sitePaths
        .filter((path) => failing[path])
        .map((path) => ({ sitePath: path, code: failing[path] }));
      const readable = this._options.items.filter((item) => query.sitePaths.indexOf(item.sitePath) >= 0 && !failing[item.sitePath]);
      const offset = query.cursor ? Number(query.cursor) : 0;
      const items = readable.slice(offset, offset + query.pageSize);
      const next = offset + query.pageSize < readable.length ? String(offset + query.pageSize) : undefined;
      return Promise.resolve({ items, total: readable.length, nextCursor: next, failures });
    };
    return this._gate ? this._gate.then(answer) : answer();
  }
}

/** The three services of the feed, built from a user, the test tenant and a news double. */
export function fakeServices(user: CurrentUser, news: INewsService, config: TenantConfig = TEST_CONFIG): SamverkaServices {
  return {
    userContext: { getCurrentUser: () => Promise.resolve(user), peek: () => user },
    tenantConfig: { getConfig: () => Promise.resolve(config) },
    news
  };
}
