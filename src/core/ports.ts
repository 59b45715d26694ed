import type { TenantConfig } from './municipality';
import type { NewsItem } from './news';
import type { BoostPolicy } from './newsRanking';
import type { IReadConfirmationService } from './readConfirmationPorts';

/** The signed-in person, with the groups that make up their audiences. */
export interface CurrentUser {
  id: string;
  displayName: string;
  mail: string;
  /** The sign-in name (Graph userPrincipalName); absent in what an older release cached. */
  userPrincipalName?: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
  /** Transitive Entra group memberships (ids). */
  groupIds: string[];
}

export interface IUserContextService {
  /** Profile and transitive groups; cached for the session. */
  getCurrentUser(): Promise<CurrentUser>;
  /**
   * The user when the session has them, or the load of them under way (any part of the page may
   * have started it); undefined otherwise. Asks nothing: for a caller that would ask for the
   * profile in a batch of its own unless someone else already has.
   */
  peek(): CurrentUser | Promise<CurrentUser> | undefined;
}

export interface ITenantConfigService {
  getConfig(): Promise<TenantConfig>;
}

export interface NewsQuery {
  /** Server-relative site paths to read news from (hubs and the shared site). */
  sitePaths: string[];
  /** The user's audiences: groups whose targeted news they may see. */
  audienceGroupIds: string[];
  /** Items per page. */
  pageSize: number;
  /** Opaque cursor from a previous NewsPage, for "Visa fler". */
  cursor?: string;
  /** How many boosted news go above the rest and how long a boost lasts; DEFAULT_BOOST_POLICY when not given. */
  boost?: BoostPolicy;
}

export interface NewsSourceFailure {
  sitePath: string;
  /** A stable error code ('forbidden', 'signedOut', 'notFound', 'throttled', 'unavailable', 'network', 'unknown'). */
  code: string;
}

/**
 * One page of the feed. A source that failed is listed in `failures` while the rest is in
 * `items`; when everything failed, `items` is empty and every source is in `failures`.
 * Append pages with appendNewsPage (core/newsRanking): it keeps each URL once.
 */
export interface NewsPage {
  items: NewsItem[];
  /** Total hits the source reports, when it knows. */
  total?: number;
  nextCursor?: string;
  failures: NewsSourceFailure[];
  /**
   * First page: the must-read news the user may see, of any age, from the page's priority query
   * (boosted or must-read), whether on the page or not; absent on later pages and when that query
   * failed or did not answer in full (the page's own must-read items then stand alone).
   */
  mustRead?: NewsItem[];
  /** First page: the keys of the boosted items placed above the rest, in that order (see BoostPolicy). */
  lifted?: string[];
}

export interface INewsService {
  getNews(query: NewsQuery): Promise<NewsPage>;
}

/**
 * What the UI receives (through props or context): the ports, never a client. Built by the
 * wiring (src/wiring/news.ts), or a plain object of test doubles in tests.
 */
export interface SamverkaServices {
  tenantConfig: ITenantConfigService;
  userContext: IUserContextService;
  news: INewsService;
  /** Läs och bekräfta: the user's confirmations (the feed marks the must-read news they have not confirmed). */
  readConfirmations?: IReadConfirmationService;
}
