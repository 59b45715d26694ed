import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import { isVisibleTo, toGroupSet } from '../src/core/audience';
import { isExpired } from '../src/core/newsExpiry';
import type { NewsItem } from '../src/core/news';
import { rankNews } from '../src/core/newsRanking';
import type { INewsService, ITenantConfigService, NewsPage, NewsQuery, NewsSourceFailure } from '../src/core/ports';
import { failureCodeOf } from '../src/core/failures';
import { NEWS_LIST_SELECT, newsItemFromListItem, siteResolverFor, SiteResolver } from '../src/services/newsMapping';

export interface NaiveNewsServiceDeps {
  spForSite: (sitePath: string) => SPFI;
  tenantUrl: string;
  tenantConfig: ITenantConfigService;
  now: () => Date;
  /** Items per REST request ($top). */
  restPageSize?: number;
}

/**
 * THE BASELINE, NOT THE PRODUCT: what a first attempt at targeted news looks like, kept
 * for the benchmark to measure NewsService against. For every page of the feed it reads
 * every news page of every site through SharePoint REST (Site Pages items, following
 * odata.nextLink), then filters audiences, ranks and pages on the client. Its cost grows
 * with the number of news pages in the tenant, not with the number shown.
 */
export class NaiveNewsService implements INewsService {
  private readonly deps: NaiveNewsServiceDeps;

  public constructor(deps: NaiveNewsServiceDeps) {
    this.deps = deps;
  }

  public async getNews(query: NewsQuery): Promise<NewsPage> {
    const offset = query.cursor && /^\d+$/.test(query.cursor) ? parseInt(query.cursor, 10) : 0;
    const resolveSite = await siteResolverFor(this.deps.tenantConfig, this.deps.tenantUrl, query.sitePaths);
    const failures: NewsSourceFailure[] = [];
    const perSite = await Promise.all(query.sitePaths.map(sitePath =>
      this.readSite(sitePath, resolveSite).catch(error => {
        failures.push({ sitePath, code: failureCodeOf(error) });
        return [] as NewsItem[];
      })
    ));
    const groups = toGroupSet(query.audienceGroupIds);
    const now = this.deps.now();
    const visible = ([] as NewsItem[]).concat(...perSite).filter(item => !isExpired(item, now) && isVisibleTo(item, groups));
    const ranked = rankNews(visible, now, query.boost);
    const end = offset + query.pageSize;
    return {
      items: ranked.slice(offset, end),
      total: ranked.length,
      nextCursor: end < ranked.length ? String(end) : undefined,
      failures: query.sitePaths.map(p => failures.filter(f => f.sitePath === p)[0]).filter(f => !!f)
    };
  }

  private async readSite(sitePath: string, resolveSite: SiteResolver): Promise<NewsItem[]> {
    const items = this.deps.spForSite(sitePath).web.lists.getByTitle('Site Pages').items
      .select(...NEWS_LIST_SELECT)
      .expand('Author')
      // No $filter: PromotedState eq 2 matches more than 5,000 pages of a large hub, which SharePoint refuses
      // (list view threshold). Sorted by the indexed FirstPublishedDate; news are picked out below.
      .orderBy('FirstPublishedDate', false)
      .top(this.deps.restPageSize || 500);
    const news: NewsItem[] = [];
    for await (const page of items) {
      for (const raw of page as unknown[]) {
        const item = (raw as { PromotedState?: number }).PromotedState === 2 ? newsItemFromListItem(raw, this.deps.tenantUrl, resolveSite) : null;
        if (item) {
          news.push(item);
        }
      }
    }
    return news;
  }
}

