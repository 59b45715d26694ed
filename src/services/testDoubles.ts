import { isVisibleTo } from '../core/audience';
import type { TenantConfig } from '../core/municipality';
import type { NewsItem } from '../core/news';
import { rankNews } from '../core/newsRanking';
import type {
  CurrentUser, INewsService, ITenantConfigService, IUserContextService, NewsPage, NewsQuery, SamverkaServices
} from '../core/ports';
import { sitePathKey } from '../core/tenantConfig';

/**
 * Test doubles of the services: plain objects, no HTTP, for component and web part tests.
 * They follow the ports' contracts (audiences, ranking, paging, failures) with fixed data.
 */

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const TEST_GROUPS = {
  eksjo: { root: id(1), allStaff: id(2), managers: id(3), socialforvaltningen: id(4), hemtjanstNorr: id(5) },
  savsjo: { root: id(11), allStaff: id(12), managers: id(13), lonOchHr: id(14) },
  vetlanda: { root: id(21), allStaff: id(22), managers: id(23), lonOchHr: id(24) }
};

export const TEST_TENANT_URL = 'https://samverka.example';

export const testTenantConfig: TenantConfig = {
  municipalities: [
    { id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: id(1), allStaff: id(2), managers: id(3) } },
    { id: 'savsjo', name: 'Sävsjö kommun', shortName: 'Sävsjö', hubPath: '/sites/savsjo', emailDomain: 'savsjo.se', groups: { root: id(11), allStaff: id(12), managers: id(13) } },
    { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: id(21), allStaff: id(22), managers: id(23) } }
  ],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};

const g = TEST_GROUPS;
export const testUsers: Record<'anna' | 'erik' | 'maria', CurrentUser> = {
  anna: {
    id: 'u-anna', displayName: 'Anna Lindqvist', mail: 'anna.lindqvist@eksjo.se', jobTitle: 'Undersköterska', department: 'Hemtjänst Norr',
    groupIds: [g.eksjo.hemtjanstNorr, g.eksjo.socialforvaltningen, g.eksjo.allStaff, g.eksjo.root]
  },
  erik: {
    id: 'u-erik', displayName: 'Erik Johansson', mail: 'erik.johansson@eksjo.se', jobTitle: 'Enhetschef', department: 'Hemtjänst Norr',
    groupIds: [g.eksjo.hemtjanstNorr, g.eksjo.socialforvaltningen, g.eksjo.allStaff, g.eksjo.root, g.eksjo.managers]
  },
  maria: {
    id: 'u-maria', displayName: 'Maria Berg', mail: 'maria.berg@savsjo.se', jobTitle: 'Lönespecialist', department: 'Lön och HR',
    groupIds: [g.savsjo.lonOchHr, g.savsjo.allStaff, g.savsjo.root, g.vetlanda.lonOchHr, g.vetlanda.allStaff, g.vetlanda.root]
  }
};

let counter = 0;
/** A news item with sensible defaults; pass what the test is about. */
export function testNewsItem(overrides: Partial<NewsItem> = {}): NewsItem {
  counter++;
  const sitePath = overrides.sitePath || '/sites/eksjo';
  return {
    url: `${TEST_TENANT_URL}${sitePath}/SitePages/nyhet-${counter}.aspx`,
    title: `Nyhet ${counter}`,
    description: 'En kort ingress.',
    publishedAt: '2026-11-27T08:00:00.000Z',
    sitePath,
    municipalityId: sitePath === '/sites/gemensamt' ? null : sitePath.replace('/sites/', ''),
    audienceIds: [],
    ...overrides
  };
}

export function fixedTenantConfigService(config: TenantConfig = testTenantConfig): ITenantConfigService {
  return { getConfig: () => Promise.resolve(config) };
}

export function fixedUserContextService(user: CurrentUser = testUsers.anna): IUserContextService {
  return { getCurrentUser: () => Promise.resolve(user), peek: () => user };
}

/** A service that always rejects with the error (for error states). */
export function failingService(error: Error = new Error('Test failure')): ITenantConfigService & IUserContextService & INewsService {
  return {
    getConfig: () => Promise.reject(error),
    getCurrentUser: () => Promise.reject(error),
    peek: () => undefined,
    getNews: () => Promise.reject(error)
  };
}

export interface InMemoryNewsOptions {
  /** The moment boost is judged at. */
  now?: Date;
  /** Sites that fail, with the failure code to report; their news is left out. */
  failingSites?: Record<string, string>;
  /** Wait before answering (loading states). */
  delayMs?: number;
}

/** INewsService over a fixed list, keeping every query it was asked (for assertions). */
export function inMemoryNewsService(items: NewsItem[], options: InMemoryNewsOptions = {}): INewsService & { queries: NewsQuery[] } {
  const queries: NewsQuery[] = [];
  const failing = options.failingSites || {};
  const failingKeys = Object.keys(failing).map(sitePathKey);
  return {
    queries,
    async getNews(query: NewsQuery): Promise<NewsPage> {
      queries.push(query);
      if (options.delayMs) {
        await new Promise(resolve => setTimeout(resolve, options.delayMs));
      }
      const wanted = query.sitePaths.map(sitePathKey).filter(key => failingKeys.indexOf(key) < 0);
      const visible = items.filter(item => wanted.indexOf(sitePathKey(item.sitePath)) >= 0 && isVisibleTo(item, query.audienceGroupIds));
      const ranked = rankNews(visible, options.now || new Date(), query.boost);
      const offset = query.cursor ? parseInt(query.cursor, 10) : 0;
      const end = offset + query.pageSize;
      return {
        items: ranked.slice(offset, end),
        total: ranked.length,
        nextCursor: end < ranked.length ? String(end) : undefined,
        failures: Object.keys(failing)
          .filter(path => query.sitePaths.some(p => sitePathKey(p) === sitePathKey(path)))
          .map(sitePath => ({ sitePath, code: failing[sitePath] }))
      };
    }
  };
}

/** All services as test doubles; override any of them. */
export function createTestServices(overrides: Partial<SamverkaServices> = {}): SamverkaServices {
  return {
    tenantConfig: fixedTenantConfigService(),
    userContext: fixedUserContextService(),
    news: inMemoryNewsService([]),
    ...overrides
  };
}
