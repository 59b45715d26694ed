import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import type { IReuseService, SendResult } from '../core/reusePorts';
import type { TenantConfig } from '../core/municipality';
import type { INewsService, ITenantConfigService, IUserContextService } from '../core/ports';
import type { NewsItem } from '../core/news';
import {
  answerFields, AudienceChoice, audienceIdsFor, AudienceReach, PageAudience, previewGroupIds, siteReaderGroupIds, reachCountedBy, reachOfCounts, reachOfMembers, reachRequestUrls, logEntryOf, logFields, Offer, OFFER_LIST, offerFields, offerOf,
  odataString, municipalityById, municipalityOfUrl, REUSE_LOG_LIST, ReuseAction, ReuseError, ReuseLogEntry, ReusePage, sameSource,
  audiencePrincipalsOf, groupIdOfClaim
} from '../core/reuse';
import { failureCodeOf } from '../core/failures';
import { sendGraphBatch } from './graphBatch';
import type { GraphBatchRequest, GraphBatchResponse } from './graphBatch';
import { countOf, readGroupMembers } from './groupMembers';
import type { SamverkaGraph } from './graphClient';
import type { GraphBatchCoalescer } from './graphBatchCoalescer';
import type { SharePointBatchCoalescer } from './sharePointBatchCoalescer';
import { canonicalPageUrl } from './newsMapping';
import { mayPublishNews, publishNewsLink } from './reusePublishing';
import type { RetryPolicy } from './retry';
import type { Group } from '@microsoft/microsoft-graph-types';

const SITE_PAGES_LIST = 'Site Pages';
/** A page's audience (`_ModernAudienceTargetUserField`), a multi-user field, by its REST name. */
const AUDIENCE_FIELD = 'OData__ModernAudienceTargetUserField';
/** What a reach needs of a person: who they are and the address that places them in a municipality. */
const REACH_MEMBER_SELECT = 'id,mail,userPrincipalName';

function reachFailed(status: number): Error {
  return Object.assign(new Error('Samverka reuse: a member count failed'), { status });
}

/**
 * The news a hub's editors may send are its last year's: a range on the indexed FirstPublishedDate
 * narrows a hub of thousands of pages below SharePoint's list view threshold (5,000) before anything else.
 */
const RECENT_NEWS_DAYS = 365;

function recentSince(now: Date): string {
  return new Date(now.getTime() - RECENT_NEWS_DAYS * 86400000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface ReuseDeps {
  sp(sitePath: string): SPFI;
  news: INewsService;
  graph: SamverkaGraph;
  policy: RetryPolicy;
  tenantUrl: string;
  tenantConfig: ITenantConfigService;
  userContext: IUserContextService;
  now: () => Date;
  /** The web part's sections load at once: their Graph requests share a batch, and their reads of one web a $batch. */
  graphBatch?: GraphBatchCoalescer;
  spBatch?: SharePointBatchCoalescer;
}

/**
 * Sending news between municipalities over SharePoint REST. A send publishes SharePoint's
 * news link (`POST {hub}/_api/sitepages/pages/reposts`) with the receiving municipality's
 * audience when the user may publish there (effective permissions on its Site Pages), and
 * otherwise files an offer in 'Erbjudanden' on the shared site. The same page is never linked
 * twice to one hub (the link is found by its key, `SamverkaSourceKey`, first, so renaming it
 * changes nothing), nor offered twice while an offer waits. Every step is recorded in 'Samverkanslogg'.
 */
export class ReuseService implements IReuseService {
  private readonly deps: ReuseDeps;

  public constructor(deps: ReuseDeps) {
    this.deps = deps;
  }

  /** Whether the user may publish news in a municipality's hub (403: not even read). */
  public async canPublishIn(municipalityId: string): Promise<boolean> {
    const config = await this.deps.tenantConfig.getConfig();
    return this.mayPublish(municipalityById(config, municipalityId).hubPath);
  }

  /** Ids of the municipalities whose hub the user may publish news in (read in parallel). */
  public async editorMunicipalities(): Promise<string[]> {
    const config = await this.deps.tenantConfig.getConfig();
    const may = await Promise.all(config.municipalities.map(m => this.mayPublish(m.hubPath)));
    return config.municipalities.filter((_, i) => may[i]).map(m => m.id);
  }

  /** A hub's own published news, newest first (news links to other pages left out): what its editors may send. */
  public async recentNews(municipalityId: string, top = 30): Promise<ReusePage[]> {
    const config = await this.deps.tenantConfig.getConfig();
    const hub = municipalityById(config, municipalityId);
    const read = (sp: SPFI): Promise<Array<Record<string, unknown>>> => sp.web.lists.getByTitle(SITE_PAGES_LIST).items
      .select('Id', 'Title', 'Description', 'FileRef', 'BannerImageUrl', 'FirstPublishedDate', 'OData__OriginalSourceUrl')
      .filter(`FirstPublishedDate ge datetime'${recentSince(this.deps.now())}' and PromotedState eq 2`)
      .orderBy('FirstPublishedDate', false).top(top)();
    const raw = await (this.deps.spBatch ? this.deps.spBatch.read(hub.hubPath, read) : read(this.deps.sp(hub.hubPath)));
    return raw.filter(r => typeof r.FileRef === 'string' && !!r.FirstPublishedDate && !r.OData__OriginalSourceUrl).map(r => {
      const banner = r.BannerImageUrl as { Url?: string } | null | undefined;
      return {
        url: canonicalPageUrl(r.FileRef as string, this.deps.tenantUrl),
        title: typeof r.Title === 'string' ? r.Title : '',
        description: typeof r.Description === 'string' ? r.Description : '',
        imageUrl: banner && banner.Url ? canonicalPageUrl(banner.Url, this.deps.tenantUrl) : undefined
      };
    });
  }

  public async send(page: ReusePage, toMunicipalityId: string, audience: AudienceChoice): Promise<SendResult> {
    const config = await this.deps.tenantConfig.getConfig();
    const to = municipalityById(config, toMunicipalityId);
    const from = municipalityOfUrl(config, page.url, this.deps.tenantUrl);
    if (from && from.id === to.id) {
      throw new ReuseError('sameMunicipality');
    }
    const audienceIds = audienceIdsFor(to, audience);
    const source: ReusePage = { ...page, url: canonicalPageUrl(page.url, this.deps.tenantUrl) };
    const actor = await this.actor();
    const log = (action: ReuseAction, targetUrl: string, details: string): Promise<void> => this.record(config, {
      action, actor, title: source.title, sourceUrl: source.url, fromMunicipalityId: from ? from.id : null,
      toMunicipalityId: to.id, targetUrl, audienceIds, details
    });

    if (await this.mayPublish(to.hubPath)) {
      const result = await this.failureRecorded(this.publish(to.hubPath, source, audienceIds), reason => log('sendFailed', '', reason));
      await log(result.outcome === 'published' ? 'sent' : 'alreadySent', result.repostUrl || '', '');
      return result;
    }
    const waiting = (await this.offers(config, `SamverkaToMunicipality eq ${odataString(to.id)} and SamverkaOfferStatus eq 'pending'`))
      .filter(o => sameSource(o.sourceUrl, source.url))[0];
    if (waiting) {
      await log('alreadyOffered', this.offerUrl(config, waiting.id), '');
      return { outcome: 'alreadyOffered', offerId: waiting.id };
    }
    const added = await this.deps.sp(config.sharedSite.path).web.lists.getByTitle(OFFER_LIST).items
      .add(offerFields(source, from ? from.id : null, to.id, audienceIds, actor)) as { Id?: number; ID?: number };
    const offerId = Number(added.Id !== undefined ? added.Id : added.ID);
    await log('offered', this.offerUrl(config, offerId), '');
    return { outcome: 'offered', offerId };
  }

  /** Offers to a municipality (waiting ones first, newest first), as its editors see them. */
  public async listOffers(toMunicipalityId: string): Promise<Offer[]> {
    const config = await this.deps.tenantConfig.getConfig();
    const offers = await this.offers(config, `SamverkaToMunicipality eq ${odataString(toMunicipalityId)}`);
    return offers.sort((a, b) => (a.status === 'pending' ? 0 : 1) - (b.status === 'pending' ? 0 : 1) || b.id - a.id);
  }

  /** Accepts an offer: publishes the news link with the chosen audience (idempotent), then answers it. */
  public async accept(offerId: number, audience: AudienceChoice): Promise<SendResult> {
    const config = await this.deps.tenantConfig.getConfig();
    const offer = await this.pendingOffer(config, offerId);
    const to = municipalityById(config, offer.toMunicipalityId);
    if (!await this.mayPublish(to.hubPath)) {
      throw new ReuseError('notAllowed');
    }
    const audienceIds = audienceIdsFor(to, audience);
    const actor = await this.actor();
    const result = await this.failureRecorded(
      this.publish(to.hubPath, { url: offer.sourceUrl, title: offer.title, description: offer.description, imageUrl: offer.imageUrl }, audienceIds),
      reason => this.record(config, {
        action: 'sendFailed', actor, title: offer.title, sourceUrl: offer.sourceUrl, fromMunicipalityId: offer.fromMunicipalityId,
        toMunicipalityId: to.id, targetUrl: this.offerUrl(config, offerId), audienceIds, details: reason
      }));
    await this.offerItems(config).getById(offerId).update(answerFields('accepted', actor, this.deps.now(), '', result.repostUrl || ''));
    await this.record(config, {
      action: 'accepted', actor, title: offer.title, sourceUrl: offer.sourceUrl, fromMunicipalityId: offer.fromMunicipalityId,
      toMunicipalityId: to.id, targetUrl: result.repostUrl || '', audienceIds, details: `Erbjudande ${offerId}`
    });
    return result;
  }

  /** Declines an offer with a reason (required). Only editors of the receiving hub may answer. */
  public async decline(offerId: number, reason: string): Promise<void> {
    const config = await this.deps.tenantConfig.getConfig();
    const offer = await this.pendingOffer(config, offerId);
    const to = municipalityById(config, offer.toMunicipalityId);
    const actor = await this.actor();
    const fields = answerFields('declined', actor, this.deps.now(), reason, '');
    if (!await this.mayPublish(to.hubPath)) {
      throw new ReuseError('notAllowed');
    }
    await this.offerItems(config).getById(offerId).update(fields);
    await this.record(config, {
      action: 'declined', actor, title: offer.title, sourceUrl: offer.sourceUrl, fromMunicipalityId: offer.fromMunicipalityId,
      toMunicipalityId: to.id, targetUrl: this.offerUrl(config, offerId), audienceIds: offer.audienceIds, details: String(fields.SamverkaAnswerReason)
    });
  }

  /** The record, newest first. */
  public async getLog(top = 200): Promise<ReuseLogEntry[]> {
    const config = await this.deps.tenantConfig.getConfig();
    const raw = await this.deps.sp(config.sharedSite.path).web.lists.getByTitle(REUSE_LOG_LIST).items
      .select('Id', 'Title', 'Created', 'SamverkaAction', 'SamverkaActor', 'SamverkaSourceUrl', 'SamverkaFromMunicipality',
        'SamverkaToMunicipality', 'SamverkaTargetUrl', 'SamverkaAudienceIds', 'SamverkaDetails')
      .orderBy('Id', false).top(top)() as Array<Record<string, unknown>>;
    return raw.map(logEntryOf).filter((e): e is ReuseLogEntry => e !== null);
  }

  public async audienceReach(municipalityId: string, audience: AudienceChoice): Promise<AudienceReach> {
    const config = await this.deps.tenantConfig.getConfig();
    return (await this.reachOf(config, audienceIdsFor(municipalityById(config, municipalityId), audience), false)).reach;
  }

  public async pageAudience(pageUrl: string): Promise<PageAudience> {
    const config = await this.deps.tenantConfig.getConfig();
    const url = canonicalPageUrl(pageUrl, this.deps.tenantUrl);
    const municipality = municipalityOfUrl(config, url, this.deps.tenantUrl);
    const sitePath = municipality ? municipality.hubPath : config.sharedSite.path;
    const serverRelative = decodeURI(url.slice(this.deps.tenantUrl.replace(/\/+$/, '').length));
    // By path, not `$filter=FileRef eq …`: FileRef is not indexed, and a hub over 5,000 pages refuses that filter.
    // The audience as written: the target user field's principals, their claims naming the groups. Not the computed
    // _ModernAudienceAadObjectIds, whose REST shape SharePoint does not document.
    let item: Record<string, unknown>;
    try {
      item = await this.deps.sp(sitePath).web.getFileByServerRelativePath(serverRelative).listItemAllFields
        .select('Id', `${AUDIENCE_FIELD}/Title`, `${AUDIENCE_FIELD}/Name`).expand(AUDIENCE_FIELD)() as Record<string, unknown>;
    } catch (error) {
      if (failureCodeOf(error) === 'notFound') {
        throw new ReuseError('notFound');
      }
      throw error;
    }
    const principals = audiencePrincipalsOf(item[AUDIENCE_FIELD]);
    const targeted = principals.length > 0;
    const groupIds: string[] = [];
    const others: Array<{ id: string; displayName: string }> = [];
    for (const principal of principals) {
      const id = groupIdOfClaim(principal.loginName);
      if (id && groupIds.indexOf(id) < 0) {
        groupIds.push(id);
      } else if (!id) {
        // Not a group's members (a person, a group's owners): named, but not counted.
        others.push({ id: principal.loginName, displayName: principal.title || principal.loginName });
      }
    }
    const readers = targeted ? groupIds : siteReaderGroupIds(config, municipality);
    const { reach, names } = readers.length > 0 ? await this.reachOf(config, readers, true) : { reach: { total: 0, byMunicipality: [] }, names: [] };
    // A group Graph did not name keeps the name SharePoint has for it.
    const named = names.map(n => {
      const principal = principals.filter(p => groupIdOfClaim(p.loginName) === n.id)[0];
      return n.displayName === n.id && principal && principal.title ? { id: n.id, displayName: principal.title } : n;
    });
    return { targeted, groups: named.concat(others), reach };
  }

  /**
   * Who the groups reach (and, when asked, their names), each person once (reachCountedBy): one
   * group by Graph's counts, several by their members. The names go in the same batch.
   */
  private async reachOf(config: TenantConfig, groupIds: string[], withNames: boolean): Promise<{ reach: AudienceReach; names: Array<{ id: string; displayName: string }> }> {
    const [reach, names] = await Promise.all([
      reachCountedBy(groupIds) === 'count' ? this.countedReach(config, groupIds[0]) : this.membersReach(config, groupIds),
      withNames ? this.groupNames(groupIds) : Promise.resolve([])
    ]);
    return { reach, names };
  }

  private graphRound(requests: GraphBatchRequest[]): Promise<Record<string, GraphBatchResponse>> {
    return this.deps.graphBatch
      ? this.deps.graphBatch.run({ requests, read: own => own })
      : sendGraphBatch(this.deps.graph, requests, this.deps.policy);
  }

  /** One group: its users in all and per municipality's e-mail domain, Graph `$count`s in one batch. */
  private async countedReach(config: TenantConfig, groupId: string): Promise<AudienceReach> {
    const requests = reachRequestUrls(groupId, config.municipalities);
    const answers = await this.graphRound(requests.map((r, i): GraphBatchRequest => ({
      id: String(i + 1), method: 'GET' as const, url: r.url, headers: { ConsistencyLevel: 'eventual' }
    })));
    const counts = requests.map((r, i) => {
      const answer = answers[String(i + 1)];
      const count = countOf(answer);
      if (count === null) {
        throw reachFailed(answer ? answer.status : 0);
      }
      return { municipalityId: r.municipalityId, count };
    });
    const perMunicipality = counts.filter((c): c is { municipalityId: string; count: number } => c.municipalityId !== null);
    return reachOfCounts(counts[0].count, perMunicipality, config.municipalities.map(m => m.id));
  }

  /** Several groups: their users (id and address only), each person counted once. */
  private async membersReach(config: TenantConfig, groupIds: string[]): Promise<AudienceReach> {
    const read = await readGroupMembers(requests => this.graphRound(requests), groupIds, { select: REACH_MEMBER_SELECT });
    if (read.batchError !== undefined) {
      throw read.batchError;
    }
    if (read.failed.length > 0) {
      throw reachFailed(read.failed[0].status);
    }
    return reachOfMembers(config, groupIds.map(id => read.members[id]));
  }

  private async groupNames(groupIds: string[]): Promise<Array<{ id: string; displayName: string }>> {
    const answers = await this.graphRound(groupIds.map((id, i) => ({ id: `n${i + 1}`, method: 'GET' as const, url: `/groups/${encodeURIComponent(id)}?$select=id,displayName` })));
    return groupIds.map((id, i) => {
      const answer = answers[`n${i + 1}`];
      const body = answer && answer.status === 200 && typeof answer.body === 'object' && answer.body ? answer.body as Group : {} as Group;
      return { id, displayName: typeof body.displayName === 'string' ? body.displayName : id };
    });
  }

  public async previewFeed(municipalityId: string, audience: AudienceChoice): Promise<NewsItem[]> {
    const config = await this.deps.tenantConfig.getConfig();
    const municipality = municipalityById(config, municipalityId);
    const page = await this.deps.news.getNews({
      sitePaths: [municipality.hubPath, config.sharedSite.path], audienceGroupIds: previewGroupIds(municipality, audience), pageSize: 10
    });
    return page.items;
  }

  private mayPublish(hubPath: string): Promise<boolean> {
    return mayPublishNews(this.deps.sp(hubPath));
  }

  private publish(hubPath: string, page: ReusePage, audienceIds: readonly string[]): Promise<SendResult> {
    return publishNewsLink(this.deps.sp(hubPath), this.deps.tenantUrl, hubPath, page, audienceIds);
  }

  private offerItems(config: TenantConfig): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    return this.deps.sp(config.sharedSite.path).web.lists.getByTitle(OFFER_LIST).items;
  }

  private async offers(config: TenantConfig, filter: string): Promise<Offer[]> {
    const raw = await this.offerItems(config)
      .select('Id', 'Title', 'Created', 'SamverkaSourceUrl', 'SamverkaSourceDescription', 'SamverkaSourceImageUrl', 'SamverkaFromMunicipality',
        'SamverkaToMunicipality', 'SamverkaAudienceIds', 'SamverkaOfferStatus', 'SamverkaOfferedBy', 'SamverkaAnsweredBy', 'SamverkaAnsweredAt',
        'SamverkaAnswerReason', 'SamverkaRepostUrl', 'Author/Title')
      // The sender by name in the same request: the item's author is who made the offer.
      .expand('Author')
      .filter(filter).top(500)() as Array<Record<string, unknown>>;
    return raw.map(offerOf).filter((o): o is Offer => o !== null);
  }

  private async pendingOffer(config: TenantConfig, offerId: number): Promise<Offer> {
    const found = (await this.offers(config, `Id eq ${Math.floor(offerId)}`))[0];
    if (!found) {
      throw new ReuseError('notFound');
    }
    if (found.status !== 'pending') {
      throw new ReuseError('notPending');
    }
    return found;
  }

  private offerUrl(config: TenantConfig, id: number): string {
    return `${this.deps.tenantUrl}${config.sharedSite.path}/Lists/${OFFER_LIST}/DispForm.aspx?ID=${id}`;
  }

  private async actor(): Promise<string> {
    const user = await this.deps.userContext.getCurrentUser();
    return user.mail;
  }

  /**
   * A publish that failed is recorded ('sendFailed', with why: the reuse rule's code or the
   * failure's) before the error goes on to the editor. The record is the second concern: if it
   * cannot be written either, the editor still gets the publish's own error.
   */
  private async failureRecorded<T>(publishing: Promise<T>, record: (reason: string) => Promise<void>): Promise<T> {
    try {
      return await publishing;
    } catch (error) {
      const code = error instanceof ReuseError ? error.code : failureCodeOf(error);
      try {
        await record(code);
      } catch {
        // The publish's error is what the editor needs to see.
      }
      throw error;
    }
  }

  private async record(config: TenantConfig, entry: ReuseLogEntry): Promise<void> {
    await this.deps.sp(config.sharedSite.path).web.lists.getByTitle(REUSE_LOG_LIST).items.add(logFields(entry));
  }
}
