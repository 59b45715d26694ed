import type {
  DashboardData, DashboardNewsQuery, DashboardProfile, DashboardQuery, DashboardSettings, IDashboardService, SectionResult
} from '../core/dashboard';
import { calendarWindow, latestDocumentsKql, serializeSettings, SETTINGS_EXTENSION } from '../core/dashboardRules';
import { membershipsOf } from '../core/membership';
import type { TenantConfig } from '../core/municipality';
import { mustReadPageKeys, toReadItems, withConfirmations } from '../core/mustRead';
import { expiryCutoffDay, isExpired } from '../core/newsExpiry';
import { buildMustReadKql, buildNewsKql } from '../core/newsKql';
import type { IReadConfirmationService } from '../core/readConfirmationPorts';
import { isVisibleTo } from '../core/audience';
import type { NewsItem } from '../core/news';
import type { CurrentUser, ITenantConfigService, IUserContextService } from '../core/ports';
import { failureCodeOf } from '../core/failures';
import type { SearchRequest } from '@microsoft/microsoft-graph-types';
import type { SamverkaGraph } from './graphClient';
import { runSearch, searchCall } from './graphBatchCoalescer';
import type { GraphBatchCoalescer } from './graphBatchCoalescer';
import { GraphBatchRequest, GraphBatchResponse, sendGraphBatch } from './graphBatch';
import { failureOf, hitsOf, moreOf, profileOfUser, readCalendar, readDocuments, readProfile, readSettings } from './dashboardAnswers';
import type { GuideListReader } from './dashboardGuides';
import { canonicalPageUrl, NEWS_SEARCH_FIELDS, newsItemFromSearchHit, siteResolverFor } from './newsMapping';
import type { RetryPolicy } from './retry';
import { KnownSite, knownSitesOf } from './searchMapping';
import type { SessionCache } from './sessionCache';
import { GROUPS_URL, PROFILE_URL } from './userProfile';

export interface DashboardServiceDeps {
  graph: SamverkaGraph;
  tenantUrl: string;
  tenantConfig: ITenantConfigService;
  policy: RetryPolicy;
  /** The signed-in user of the session, whom the first batch does not ask for again when someone has (or is loading) them. */
  userContext: Pick<IUserContextService, 'peek'>;
  /** The clock news expiry is judged by. */
  now: () => Date;
  /** Where the dashboard keeps the user's address for the session (when the host does not tell it). */
  cache: SessionCache;
  ttlMs: number;
  /** Cache key scope of the signed-in user (see userCacheKey), for the dashboard's own entry. */
  userKey: string;
  /** The signed-in user's address when the host knows it (SPFx: the page context). */
  userMail?: string;
  /** The first render's batch and the news search, asked at the same moment, share one Graph $batch. */
  batch?: GraphBatchCoalescer;
  /** Läs och bekräfta: the user's confirmations, for Att läsa (without it every must-read item counts as unread). */
  confirmations?: IReadConfirmationService;
  /**
   * The guides, from the guide list on the shared site (SharePoint REST, dashboardGuides.ts): no
   * searchRequest, and in one `$batch` with the confirmations when both are asked at once.
   */
  guides: GuideListReader;
}

/**
 * Must-read hits asked of each must-read query at once: Microsoft Search's most for listItem (500),
 * so that the first render's one searchRequest holds every must-read item of the user's sites up to
 * that many, confirmed ones included. A full window (moreResultsAvailable) is read on, one
 * searchRequest per further window and query, rather than cut: the list and its count stay right.
 */
export const MUST_READ_SIZE = 500;
/** Windows read at most per must-read query (5,000 must-read items). */
export const MUST_READ_MAX_WINDOWS = 10;

const EVENT_FIELDS = 'id,subject,start,end,isAllDay,location,onlineMeeting,isOnlineMeeting,webLink,showAs,isCancelled';
/** Calendar times in Swedish time, whatever the mailbox's zone (Graph's name for Europe/Stockholm's zone). */
const STOCKHOLM_PREFER = 'outlook.timezone="W. Europe Standard Time"';

/**
 * The personal dashboard over Microsoft Graph and the shared site. The first render is one JSON
 * $batch (profile, groups, calendar, latest documents, settings, Att läsa's must-read news: each
 * answered and failing on its own; a 429 inside is retried alone by sendGraphBatch), which the news
 * of the user's förvaltning and unit joins when asked at the same moment, and beside it one
 * SharePoint `$batch` of the shared site: the guide list and the reader's confirmations. So the
 * page asks at most 3 searchRequests (news, documents, must-read), Page Diagnostics' budget.
 * Profile and groups the session has (or is loading) are not asked again.
 */
export class DashboardService implements IDashboardService {
  private readonly deps: DashboardServiceDeps;
  /** Whether the settings extension exists (POST to create, PATCH to change). */
  private settingsExist: boolean | undefined;

  public constructor(deps: DashboardServiceDeps) {
    this.deps = deps;
  }

  public async load(query: DashboardQuery): Promise<DashboardData> {
    const { graph, policy, tenantUrl } = this.deps;
    const window = calendarWindow(query.now, query.calendarDays);
    let sharedSitePath = '/sites/gemensamt';
    let sites: KnownSite[] = [];
    let config: TenantConfig | undefined;
    try {
      config = await this.deps.tenantConfig.getConfig();
      sharedSitePath = config.sharedSite.path;
      sites = knownSitesOf(config, tenantUrl);
    } catch {
      // the web part reports a broken configuration; guides fall back to the usual site, documents show no site title
    }
    // Another part of the page (Targeted news, the hub's header) loading or having loaded the
    // user: the profile and groups come from there, not a second time in this batch.
    const user = await this.userOfSession();
    // The documents query names the user's address, so it can share the batch with /me only
    // when the address is known: from the host (SPFx page context) or from this session.
    const mail = this.knownMail() || (user && user.mail) || undefined;
    const include = { calendar: true, documents: true, guides: true, toRead: true, ...query.include };
    // Att läsa: its own searchRequest in this batch when the user is known (the usual case: the
    // session has them), else one more batch once the profile is in. It shares no other search's
    // request: Graph gives one window of hits per request (newest first), and the förvaltning's
    // news, the documents or the guide list would push must-read hits out of it, and the count
    // with them. Its one request more is this searchRequest: the guides come from their list, not
    // from search, and the confirmations ride in the guide list's SharePoint $batch.
    const mustRead = include.toRead && config && user ? this.mustReadQueries(config, user, query.now) : null;
    // Both reads of the shared site at this moment (the guide list is asked first, synchronously;
    // the confirmations after their few awaits of what the session has), so one $batch takes them.
    const guidesLoad = include.guides ? this.deps.guides(sharedSitePath) : Promise.resolve(null);
    if (mustRead && this.deps.confirmations) {
      // The user's confirmations come beside this batch, not one step after it.
      this.deps.confirmations.readMineAhead();
    }
    const requests: GraphBatchRequest[] = [
      ...(user ? [] : [{ id: 'profile', method: 'GET' as const, url: PROFILE_URL }, { id: 'groups', method: 'GET' as const, url: GROUPS_URL }]),
      {
        id: 'calendar', method: 'GET',
        url: `/me/calendarView?startDateTime=${window.startDateTime}&endDateTime=${window.endDateTime}&$select=${EVENT_FIELDS}&$orderby=start/dateTime&$top=100`,
        headers: { Prefer: STOCKHOLM_PREFER }
      },
      { id: 'settings', method: 'GET', url: `/me/extensions/${SETTINGS_EXTENSION}` }
    ];
    if (mustRead) {
      requests.push(...mustReadRequests(mustRead.queries.map(queryString => ({ queryString, from: 0 }))));
    }
    if (mail && include.documents) {
      requests.push(this.documentsRequest(mail, query.documentCount));
    }
    const wanted = requests.filter(r => r.id !== 'calendar' || include.calendar);
    let answers: Record<string, GraphBatchResponse>;
    try {
      answers = this.deps.batch
        ? await this.deps.batch.run({ requests: wanted, read: own => own })
        : await sendGraphBatch(graph, wanted, policy);
    } catch (error) {
      const failed = { ok: false as const, code: failureCodeOf(error) };
      // The guides come from SharePoint: they show whatever became of Graph.
      return { profile: failed, calendar: failed, documents: failed, settings: failed, guides: await guidesLoad, toRead: failed };
    }
    const profile = user ? profileOfUser(user) : readProfile(answers.profile, answers.groups);
    let documentsAnswer = answers.documents;
    if (profile.ok && profile.value.mail) {
      this.deps.cache.set(this.mailKey(), profile.value.mail, this.deps.ttlMs);
      if (!documentsAnswer && include.documents) {
        // A host that does not tell the address, on the first visit of a session: one more small batch.
        documentsAnswer = (await sendGraphBatch(graph, [this.documentsRequest(profile.value.mail, query.documentCount)], policy)).documents;
      }
    }
    const toRead = include.toRead ? this.readToRead(answers, mustRead, profile, config, query.now) : Promise.resolve({ ok: true as const, value: [] });
    return {
      profile,
      calendar: include.calendar ? readCalendar(answers.calendar) : { ok: true, value: [] },
      documents: include.documents ? readDocuments(documentsAnswer, sites) : { ok: true, value: [] },
      settings: this.settingsOf(answers.settings),
      guides: await guidesLoad,
      toRead: await toRead
    };
  }

  /** The must-read queries of the user: their municipalities' hubs and the shared site, all their groups. */
  private mustReadQueries(config: TenantConfig, user: { mail: string; groupIds: readonly string[] }, now: Date): { queries: string[]; sitePaths: string[]; groupIds: string[] } | null {
    const sitePaths = membershipsOf(config, user).municipalities.map(m => m.hubPath).concat([config.sharedSite.path]);
    const siteUrls = sitePaths.map(path => canonicalPageUrl(path, this.deps.tenantUrl).replace(/\/+$/, ''));
    try {
      const queries = buildMustReadKql({ siteUrls, groupIds: user.groupIds, notExpiredBeforeDay: expiryCutoffDay(now) });
      return { queries, sitePaths, groupIds: user.groupIds.slice() };
    } catch {
      return null; // no site to read, or a query no split can bring under the limit: nothing to read
    }
  }

  /**
   * Att läsa from the first batch's answers, or, when the user was not known before that batch,
   * from one more search batch; a query whose window came back full is read on (more than 500
   * must-read items). Then the user's confirmations of them (read ahead beside the first batch),
   * asked only when there is something to confirm.
   */
  private async readToRead(
    answers: Record<string, GraphBatchResponse>, asked: ReturnType<DashboardService['mustReadQueries']>,
    profile: SectionResult<DashboardProfile>, config: TenantConfig | undefined, now: Date
  ): Promise<SectionResult<NewsItem[]>> {
    let mustRead = asked;
    let bodies: unknown[] | null = null;
    if (asked) {
      const own = asked.queries.map((_, i) => answers[`mustRead${i}`]);
      const failed = own.map(failureOf).filter(f => f !== null)[0];
      if (failed) {
        return failed;
      }
      bodies = own.map(answer => answer!.body);
    } else if (profile.ok && config) {
      mustRead = this.mustReadQueries(config, { mail: profile.value.mail, groupIds: profile.value.groups.map(g => g.id) }, now);
    }
    if (!mustRead) {
      return { ok: true, value: [] };
    }
    try {
      if (!bodies) {
        const first = await this.searchMustRead(mustRead.queries.map(queryString => ({ queryString, from: 0 })));
        if (!first.ok) {
          return first;
        }
        bodies = first.value;
      }
      // Every hit of a full window is must-read: the ones after it may be unread too.
      let next = bodies.map((body, i) => ({ queryString: mustRead!.queries[i], from: MUST_READ_SIZE, body }));
      for (let window = 1; window < MUST_READ_MAX_WINDOWS; window++) {
        const wanted = next.filter(page => moreOf(page.body));
        if (wanted.length === 0) {
          break;
        }
        const more = await this.searchMustRead(wanted);
        if (!more.ok) {
          return more;
        }
        bodies = bodies.concat(more.value);
        next = wanted.map((page, i) => ({ queryString: page.queryString, from: page.from + MUST_READ_SIZE, body: more.value[i] }));
      }
      const resolveSite = await siteResolverFor(this.deps.tenantConfig, this.deps.tenantUrl, mustRead.sitePaths);
      const groupIds = mustRead.groupIds;
      const items: NewsItem[] = [];
      for (const body of bodies) {
        for (const hit of hitsOf(body)) {
          const item = newsItemFromSearchHit(hit, this.deps.tenantUrl, resolveSite);
          // The KQL trims by audience; a hit's own audiences and expiry may only hide more.
          if (item && item.mustRead && isVisibleTo(item, groupIds) && !isExpired(item, now)) {
            items.push(item);
          }
        }
      }
      const keys = mustReadPageKeys(items);
      const confirmed = keys.length > 0 && this.deps.confirmations ? await this.deps.confirmations.myConfirmations(keys) : {};
      return { ok: true, value: toReadItems(withConfirmations(items, confirmed)) };
    } catch (error) {
      // Unknown confirmations would list what the user has read as unread: the section says it failed instead.
      return { ok: false, code: failureCodeOf(error) };
    }
  }

  /** Must-read windows (query and first hit) in one batch, through the coalescer: a search asked at that moment shares it. */
  private async searchMustRead(pages: ReadonlyArray<{ queryString: string; from: number }>): Promise<SectionResult<unknown[]>> {
    const requests = mustReadRequests(pages);
    const answered = this.deps.batch
      ? await this.deps.batch.run({ requests, read: own => own })
      : await sendGraphBatch(this.deps.graph, requests, this.deps.policy);
    const own = pages.map((_, i) => answered[`mustRead${i}`]);
    const failed = own.map(failureOf).filter(f => f !== null)[0];
    return failed || { ok: true, value: own.map(answer => answer!.body) };
  }

  public async getNews(query: DashboardNewsQuery): Promise<SectionResult<NewsItem[]>> {
    const { tenantUrl, graph } = this.deps;
    if (query.audienceGroupIds.length === 0 || query.sitePaths.length === 0) {
      return { ok: true, value: [] };
    }
    try {
      const resolveSite = await siteResolverFor(this.deps.tenantConfig, tenantUrl, query.sitePaths);
      const siteUrls = query.sitePaths.map(path => canonicalPageUrl(path, tenantUrl).replace(/\/+$/, ''));
      // Untargeted news is for everyone and belongs on the news page, not under "your förvaltning".
      const queries = buildNewsKql({ siteUrls, groupIds: query.audienceGroupIds, notExpiredBeforeDay: expiryCutoffDay(this.deps.now()), targetedOnly: true });
      const requests = queries.map(queryString => ({
        entityTypes: ['listItem'], query: { queryString }, fields: NEWS_SEARCH_FIELDS, from: 0, size: query.count * 2,
        sortProperties: [{ name: 'FirstPublishedDate', isDescending: true }]
      }) as SearchRequest);
      const responses = this.deps.batch ? await this.deps.batch.run(searchCall(graph, requests)) : await runSearch(graph, requests, this.deps.policy);
      const seen = new Set<string>();
      const items: NewsItem[] = [];
      for (const response of responses) {
        const container = response && response.hitsContainers ? response.hitsContainers[0] : undefined;
        for (const hit of container && container.hits ? container.hits : []) {
          const item = newsItemFromSearchHit(hit, tenantUrl, resolveSite);
          // The KQL asks only for pages aimed at these groups. Whether Graph returns ModernAudienceAadObjectIds
          // in `fields` is not documented, so the field, when present, may only hide more, never show more.
          if (item && isVisibleTo(item, query.audienceGroupIds) && !seen.has(item.url)) {
            seen.add(item.url);
            items.push(item);
          }
        }
      }
      // A query split over many groups answers in parts, each newest first.
      return { ok: true, value: (responses.length > 1 ? newestFirst(items) : items).slice(0, query.count) };
    } catch (error) {
      return { ok: false, code: failureCodeOf(error) };
    }
  }

  public async saveSettings(settings: DashboardSettings): Promise<void> {
    const { graph, policy } = this.deps;
    const data = { '@odata.type': 'microsoft.graph.openTypeExtension', settings: serializeSettings(settings), version: 1 };
    const request = this.settingsExist === false
      ? { id: 'save', method: 'POST' as const, url: '/me/extensions', body: { ...data, extensionName: SETTINGS_EXTENSION } }
      : { id: 'save', method: 'PATCH' as const, url: `/me/extensions/${SETTINGS_EXTENSION}`, body: data };
    // Writes go through the batch helper too: the same retry of a throttled request, one code path.
    let answer = (await sendGraphBatch(graph, [request], policy)).save;
    if (answer.status === 404 && request.method === 'PATCH') {
      answer = (await sendGraphBatch(graph, [{ id: 'save', method: 'POST', url: '/me/extensions', body: { ...data, extensionName: SETTINGS_EXTENSION } }], policy)).save;
    } else if (answer.status === 409 && request.method === 'POST') {
      answer = (await sendGraphBatch(graph, [{ id: 'save', method: 'PATCH', url: `/me/extensions/${SETTINGS_EXTENSION}`, body: data }], policy)).save;
    }
    if (answer.status < 200 || answer.status >= 300) {
      const error = new Error(`Graph answered ${answer.status} when saving the dashboard settings`) as Error & { status: number };
      error.status = answer.status;
      throw error;
    }
    this.settingsExist = true;
  }

  private documentsRequest(mail: string, count: number): GraphBatchRequest {
    return {
      id: 'documents', method: 'POST', url: '/search/query',
      body: {
        requests: [{
          // No `fields`: a driveItem hit carries driveItem properties only (managed properties are a listItem's).
          entityTypes: ['driveItem'], query: { queryString: latestDocumentsKql(mail) },
          from: 0, size: count, sortProperties: [{ name: 'LastModifiedTime', isDescending: true }]
        }]
      }
    };
  }

  /** The user of this session, when the user context has them or is loading them. */
  private async userOfSession(): Promise<CurrentUser | undefined> {
    try {
      const user = await this.deps.userContext.peek();
      return user && typeof user.id === 'string' && Array.isArray(user.groupIds) ? user : undefined;
    } catch {
      // that load failed: this batch asks for the profile itself
      return undefined;
    }
  }

  private mailKey(): string {
    return `user:${this.deps.userKey}:mail`;
  }

  /** The address from the host, or from this service earlier in the session. */
  private knownMail(): string | undefined {
    return this.deps.userMail || this.deps.cache.get<string>(this.mailKey()) || undefined;
  }

  private settingsOf(answer: GraphBatchResponse | undefined): SectionResult<DashboardSettings> {
    const { result, exists } = readSettings(answer);
    if (exists !== undefined) {
      this.settingsExist = exists;
    }
    return result;
  }
}

/** One search request per must-read query (a user in very many groups may need the KQL split) and window, newest first. */
function mustReadRequests(pages: ReadonlyArray<{ queryString: string; from: number }>): GraphBatchRequest[] {
  return pages.map(({ queryString, from }, i) => ({
    id: `mustRead${i}`, method: 'POST' as const, url: '/search/query',
    body: {
      requests: [{
        entityTypes: ['listItem'], query: { queryString }, fields: NEWS_SEARCH_FIELDS, from, size: MUST_READ_SIZE,
        sortProperties: [{ name: 'FirstPublishedDate', isDescending: true }]
      }]
    }
  }));
}

/** News of several answers, newest first (by first publication). */
function newestFirst(items: NewsItem[]): NewsItem[] {
  return items.slice().sort((a, b) => (b.publishedAt || '').localeCompare(a.publishedAt || ''));
}
