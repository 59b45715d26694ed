import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { InjectHeaders, JSONParse } from '@pnp/queryable';
import { SPCollection, type ISPQueryable } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import {
  ContentKind, ContentOwner, ContentRecord, HealthPolicy, healthPolicyFor, nextReviewDate, OwnerStatus, startAssessment,
  userPrincipalNameOfLogin
} from '../core/contentHealth';
import type {
  ContentActionResult, ContentHealthFailure, ContentHealthReport, ContentHealthSite, IContentHealthService
} from '../core/contentHealthPorts';
import { canEditItems, type BasePermissions } from '../core/contentHealthPermissions';
import { GUIDE_DRAFT, GUIDE_STATUS_FIELD } from '../core/guideStatus';
import type { TenantConfig } from '../core/municipality';
import type { ITenantConfigService } from '../core/ports';
import { deniesAccess, failureCodeOf } from '../core/failures';
import { sendGraphBatch } from './graphBatch';
import type { SamverkaGraph } from './graphClient';
import { canonicalPageUrl } from './newsMapping';
import { retryDelay, type RetryPolicy } from './retry';
import type { User } from '@microsoft/microsoft-graph-types';

/** The list of pages and news on every site, and the guide list of the shared site. */
export const SITE_PAGES_LIST = 'Site Pages';
export const GUIDE_LIST = 'Guider';

/**
 * Fields the report reads of every item (REST names): only what it assesses and shows, since a
 * hub holds thousands. Modified is always set (SharePoint keeps it), so Created is not read; the
 * owner's login names them for Graph, which also gives their address (the `mail` of the account).
 */
export const CONTENT_HEALTH_SELECT = ['Id', 'Title', 'FileRef', 'Modified', 'SamverkaReviewDate', 'SamverkaOwner/Title', 'SamverkaOwner/Name'];
const PAGE_SELECT = CONTENT_HEALTH_SELECT.concat(['PromotedState', 'OData__UIVersionString']);
const GUIDE_SELECT = CONTENT_HEALTH_SELECT.concat([GUIDE_STATUS_FIELD]);
/** SharePoint answers at most 5,000 items a request (and refuses a larger `$top` on a list past the list view threshold). */
const PAGE_SIZE = 5000;
/** Pages added between the count and the read still let the first 5,000 and the last ones meet. */
const TAIL_MARGIN = 100;
/**
 * JSON without metadata: the values alone, without the type, id, etag and edit link SharePoint
 * otherwise writes beside every item and every expanded owner (half of what a hub's pages weigh).
 * Paging still comes as `odata.nextLink`. OData 3 JSON light, as PnPjs asks: it sends no
 * `odata-version: 4.0` (with which SharePoint would want `odata.metadata=none`).
 */
const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

export interface ContentHealthDeps {
  sp(sitePath: string): SPFI;
  graph: SamverkaGraph;
  tenantUrl: string;
  tenantConfig: ITenantConfigService;
  policy: RetryPolicy;
  now: () => Date;
}

interface SiteAccess {
  editable: boolean;
  /** ItemCount of Site Pages (drafts included). */
  pageCount: number;
}

type RawPage = ListPage<RawItem>;

type Settled<T> = { page: T; failure: null } | { page: null; failure: string };

interface ListRead {
  items: RawItem[];
  /** Failure code when the list could not be read. */
  failure: string | null;
}

interface SiteRead {
  pages: ListRead;
  /** The shared site's guides; null elsewhere. */
  guides: ListRead | null;
}

interface OwnerAccount {
  status: OwnerStatus;
  mail?: string;
}

interface RawItem {
  Id?: number;
  Title?: string;
  FileRef?: string;
  Modified?: string;
  SamverkaReviewDate?: string | null;
  SamverkaOwner?: { Title?: string; Name?: string } | null;
  PromotedState?: number;
  OData__UIVersionString?: string;
  SamverkaGuideStatus?: string | null;
}

/**
 * Content health over SharePoint REST, a step waiting for the one before: the tenant
 * configuration; the Site Pages list of each hub and the shared site with the user's effective
 * permissions on it and its item count (in parallel); the pages and news of the sites the user
 * may edit and the shared site's guides (per site one request, or one $batch where there is
 * more to ask); the owners' accounts in Graph (JSON batches of 20). The actions are list item
 * updates batched per site ($batch, one web each).
 */
export class ContentHealthService implements IContentHealthService {
  private readonly deps: ContentHealthDeps;
  private config: TenantConfig | null = null;

  public constructor(deps: ContentHealthDeps) {
    this.deps = deps;
  }

  public async getReport(): Promise<ContentHealthReport> {
    const config = await this.deps.tenantConfig.getConfig();
    this.config = config;
    const candidates: ContentHealthSite[] = config.municipalities
      .map(m => ({ sitePath: m.hubPath, title: m.name, municipalityId: m.id as string | null }))
      .concat([{ sitePath: config.sharedSite.path, title: config.sharedSite.title, municipalityId: null }]);
    const failures: ContentHealthFailure[] = [];

    const access = await Promise.all(candidates.map(site => this.siteAccess(site.sitePath).catch((error): SiteAccess => {
      const code = failureCodeOf(error);
      // 401/403: the user cannot even read the site; not a failure, just not theirs.
      if (!deniesAccess(code)) {
        failures.push({ sitePath: site.sitePath, source: 'permissions', code });
      }
      return { editable: false, pageCount: 0 };
    })));
    const sites = candidates.filter((_, i) => access[i].editable);
    let guidesIncluded = false;
    const perSite = await Promise.all(sites.map(async site => {
      const shared = site.sitePath.toLowerCase() === config.sharedSite.path.toLowerCase();
      const read = await this.readSite(site, access[candidates.indexOf(site)].pageCount, shared);
      if (read.pages.failure) {
        failures.push({ sitePath: site.sitePath, source: 'pages', code: read.pages.failure });
      }
      if (read.guides && read.guides.failure && read.guides.failure !== 'notFound') {
        failures.push({ sitePath: site.sitePath, source: 'guides', code: read.guides.failure });
      }
      guidesIncluded = guidesIncluded || (!!read.guides && !read.guides.failure);
      const records = this.pageRecords(read.pages.items, site);
      return read.guides ? records.concat(this.guideRecords(read.guides.items, site)) : records;
    }));
    const records = ([] as ContentRecord[]).concat(...perSite);
    const lookup = this.ownerAccounts(records, failures);
    // The owners' accounts are on their way: assess by the dates meanwhile; who has left is all they add.
    await new Promise<void>(resolve => setTimeout(resolve, 0));
    const begun = startAssessment(records, this.deps.now(), record => this.policyOf(record.municipalityId));
    const accounts = await lookup;
    records.forEach(record => {
      const account = record.owner ? accounts[record.owner.userPrincipalName.toLowerCase()] : undefined;
      if (record.owner && account && account.mail) {
        record.owner = { ...record.owner, email: account.mail };
      }
    });
    const items = begun.finish(owner => {
      const account = accounts[owner.userPrincipalName.toLowerCase()];
      return account ? account.status : 'unknown';
    });
    return { sites, items, guidesIncluded, failures };
  }

  public async markReviewed(items: readonly ContentRecord[]): Promise<ContentActionResult> {
    // The hubs' review months (cached for the session; the defaults if it cannot be read).
    this.config = await this.deps.tenantConfig.getConfig().catch(() => this.config);
    const now = this.deps.now();
    return this.updateEach(items, record => ({ SamverkaReviewDate: nextReviewDate(now, this.policyOf(record.municipalityId)) }));
  }

  public async handOver(items: readonly ContentRecord[], newOwner: string): Promise<ContentActionResult> {
    const login = newOwner.trim();
    const ownerIds: Record<string, number> = {};
    const failed: ContentActionResult['failed'] = [];
    for (const sitePath of uniqueSites(items)) {
      try {
        // The owner must be a user of each site: ensureUser adds them when needed and gives their id.
        const ensured = await this.deps.sp(sitePath).web.ensureUser(login.indexOf('|') >= 0 ? login : `i:0#.f|membership|${login}`);
        ownerIds[sitePath.toLowerCase()] = (ensured as unknown as { Id: number }).Id;
      } catch (error) {
        const code = failureCodeOf(error);
        items.filter(i => i.sitePath.toLowerCase() === sitePath.toLowerCase()).forEach(i => failed.push({ url: i.url, code }));
      }
    }
    const result = await this.updateEach(items.filter(i => ownerIds[i.sitePath.toLowerCase()] !== undefined),
      record => ({ SamverkaOwnerId: ownerIds[record.sitePath.toLowerCase()] }));
    return { succeeded: result.succeeded, failed: failed.concat(result.failed) };
  }

  public async unpublish(items: readonly ContentRecord[]): Promise<ContentActionResult> {
    const files = items.filter(i => !!i.fileRef && i.kind !== 'guide');
    const result = await this.perSite(files, (sp, record) =>
      sp.web.getFileByServerRelativePath(record.fileRef as string).unpublish('Inaktuellt innehåll (Samverka)'));
    items.filter(i => files.indexOf(i) < 0).forEach(i => result.failed.push({ url: i.url, code: 'notSupported' }));
    return result;
  }

  private policyOf(municipalityId: string | null): HealthPolicy {
    return healthPolicyFor(this.config, municipalityId);
  }

  /** Whether the user may edit the site's pages, and how many there are (one request: the list with those two properties). */
  private async siteAccess(sitePath: string): Promise<SiteAccess> {
    const list = await this.deps.sp(sitePath).web.lists.getByTitle(SITE_PAGES_LIST)
      .select('EffectiveBasePermissions', 'ItemCount')<{ EffectiveBasePermissions?: BasePermissions; ItemCount?: number }>();
    return { editable: canEditItems(list.EffectiveBasePermissions), pageCount: typeof list.ItemCount === 'number' ? list.ItemCount : 0 };
  }

  /**
   * A site's pages (and on the shared site its guides) in one step: one request, or one
   * SharePoint $batch when there is more to ask of the site. Pages past the first 5,000 come
   * in the same batch, the last ones by ID from the top (`$orderby=ID desc`, ID being indexed):
   * where the two meet, every page has been read. Where they do not (more than 10,000 pages,
   * or pages added between the count and the read), the rest is read page by page.
   */
  private async readSite(site: ContentHealthSite, pageCount: number, shared: boolean): Promise<SiteRead> {
    const tailSize = pageCount > PAGE_SIZE ? Math.min(PAGE_SIZE, pageCount - PAGE_SIZE + TAIL_MARGIN) : 0;
    const pages = (sp: SPFI): IItems => sp.web.lists.getByTitle(SITE_PAGES_LIST).items.select(...PAGE_SELECT).expand('SamverkaOwner');
    const queries: Array<(sp: SPFI) => ISPQueryable> = [sp => pages(sp).top(PAGE_SIZE)];
    if (tailSize > 0) {
      queries.push(sp => pages(sp).orderBy('ID', false).top(tailSize));
    }
    if (shared) {
      queries.push(sp => sp.web.lists.getByTitle(GUIDE_LIST).items.select(...GUIDE_SELECT).expand('SamverkaOwner').top(PAGE_SIZE));
    }
    const sp = this.deps.sp(site.sitePath);
    const answers = await this.readFirstPages(sp, queries);
    const tail = tailSize > 0 ? answers[1] : null;
    return {
      pages: await this.complete(sp, answers[0], tail && tail.page ? tail.page.value : []),
      guides: shared ? await this.complete(sp, answers[answers.length - 1], []) : null
    };
  }

  /**
   * First pages of a site's lists: one request, or one $batch for several. A request the batch
   * answered with 429 or 503 is asked again alone after its Retry-After (then the client's retry
   * policy goes on); a batch that fails as a whole fails each of its requests.
   */
  private async readFirstPages(sp: SPFI, queries: Array<(sp: SPFI) => ISPQueryable>): Promise<Array<Settled<RawPage>>> {
    if (queries.length === 1) {
      return [await settle(rawPage(queries[0](sp)))];
    }
    const [batched, execute] = sp.batched();
    const answers = queries.map(query => rawPage(query(batched)).then(
      page => ({ page, error: null as unknown }), (error: unknown) => ({ page: null, error })));
    let batchFailure: string | null = null;
    await execute().catch(error => { batchFailure = failureCodeOf(error); });
    const failed = batchFailure;
    if (failed !== null) {
      // PnPjs leaves the requests of a failed batch unanswered.
      return queries.map((): Settled<RawPage> => ({ page: null, failure: failed }));
    }
    return Promise.all(answers.map(async (pending, i): Promise<Settled<RawPage>> => {
      const answer = await pending;
      if (answer.page) {
        return { page: answer.page, failure: null };
      }
      const response = answer.error ? (answer.error as { response?: Response }).response : undefined;
      const wait = response ? retryDelay(response.status, response.headers.get('Retry-After'), 1, this.deps.policy) : null;
      if (wait === null) {
        return { page: null, failure: failureCodeOf(answer.error) };
      }
      await this.deps.policy.sleep(wait);
      return settle(rawPage(queries[i](sp)));
    }));
  }

  /** The whole list from its first page and the tail read from the top; a failure code when it cannot be read. */
  private async complete(sp: SPFI, first: Settled<RawPage>, tail: RawItem[]): Promise<ListRead> {
    if (!first.page) {
      return { items: [], failure: first.failure };
    }
    try {
      return { items: await wholeList(first.page, tail, link => rawPage(SPCollection([sp.web, link]))), failure: null };
    } catch (error) {
      return { items: [], failure: failureCodeOf(error) };
    }
  }

  private pageRecords(items: readonly RawItem[], site: ContentHealthSite): ContentRecord[] {
    const records: ContentRecord[] = [];
    for (const raw of items) {
      // A draft (minor version) is not published: it is nobody's stale content.
      if (/^\d+\.[1-9]/.test(raw.OData__UIVersionString || '')) {
        continue;
      }
      const record = this.recordOf(raw, site, raw.PromotedState === 2 ? 'news' : 'page', SITE_PAGES_LIST);
      if (record) {
        records.push(record);
      }
    }
    return records;
  }

  private guideRecords(items: readonly RawItem[], site: ContentHealthSite): ContentRecord[] {
    const records: ContentRecord[] = [];
    for (const raw of items) {
      // A guide still being written (utkast) is not published: nobody's stale content yet.
      if (raw.SamverkaGuideStatus === GUIDE_DRAFT) {
        continue;
      }
      const record = this.recordOf(raw, site, 'guide', GUIDE_LIST);
      if (record) {
        records.push(record);
      }
    }
    return records;
  }

  private recordOf(raw: RawItem, site: ContentHealthSite, kind: ContentKind, listTitle: string): ContentRecord | null {
    if (typeof raw.Id !== 'number') {
      return null;
    }
    const siteUrl = `${this.deps.tenantUrl}${site.sitePath === '/' ? '' : site.sitePath}`;
    const url = kind === 'guide' || !raw.FileRef
      ? `${siteUrl}/Lists/${encodeURIComponent(listTitle)}/DispForm.aspx?ID=${raw.Id}`
      : canonicalPageUrl(raw.FileRef, this.deps.tenantUrl);
    return {
      url,
      title: raw.Title || '',
      kind,
      sitePath: site.sitePath,
      municipalityId: site.municipalityId,
      listTitle,
      itemId: raw.Id,
      fileRef: kind === 'guide' ? undefined : raw.FileRef,
      modifiedAt: raw.Modified || undefined,
      reviewDate: raw.SamverkaReviewDate || undefined,
      owner: ownerOf(raw)
    };
  }

  /**
   * Whether each owner still works here (Graph's accountEnabled; 404: the account is deleted)
   * and their address (`mail`), in JSON batches of 20.
   */
  private async ownerAccounts(records: ContentRecord[], failures: ContentHealthFailure[]): Promise<Record<string, OwnerAccount>> {
    const upns: string[] = [];
    const seen: Record<string, boolean> = {};
    for (const record of records) {
      const upn = record.owner ? record.owner.userPrincipalName.toLowerCase() : '';
      if (upn && !seen[upn]) {
        seen[upn] = true;
        upns.push(upn);
      }
    }
    const accounts: Record<string, OwnerAccount> = {};
    if (upns.length === 0) {
      return accounts;
    }
    try {
      const answers = await sendGraphBatch(this.deps.graph, upns.map((upn, i) => ({
        id: String(i + 1), method: 'GET' as const, url: `/users/${encodeURIComponent(upn)}?$select=id,accountEnabled,mail`
      })), this.deps.policy);
      upns.forEach((upn, i) => {
        const answer = answers[String(i + 1)];
        const user = answer && answer.status === 200 && answer.body && typeof answer.body === 'object' ? answer.body as User : undefined;
        accounts[upn] = {
          status: !answer ? 'unknown'
            : answer.status === 404 ? 'deleted'
              : user ? (user.accountEnabled === false ? 'disabled' : 'active') : 'unknown',
          mail: user && user.mail ? user.mail : undefined
        };
      });
    } catch (error) {
      failures.push({ sitePath: '', source: 'owners', code: failureCodeOf(error) });
    }
    return accounts;
  }

  private updateEach(items: readonly ContentRecord[], values: (record: ContentRecord) => Record<string, unknown>): Promise<ContentActionResult> {
    return this.perSite(items, (sp, record) =>
      sp.web.lists.getByTitle(record.listTitle).items.getById(record.itemId).update(values(record)));
  }

  /** One SharePoint $batch per site (a batch addresses one web); each item succeeds or fails alone. */
  private async perSite(items: readonly ContentRecord[], action: (sp: SPFI, record: ContentRecord) => Promise<unknown>): Promise<ContentActionResult> {
    const result: ContentActionResult = { succeeded: [], failed: [] };
    await Promise.all(uniqueSites(items).map(async sitePath => {
      const mine = items.filter(i => i.sitePath.toLowerCase() === sitePath.toLowerCase());
      const [batched, execute] = this.deps.sp(sitePath).batched();
      const done = mine.map(record => action(batched, record).then(
        () => { result.succeeded.push(record.url); },
        error => { result.failed.push({ url: record.url, code: failureCodeOf(error) }); }
      ));
      try {
        await execute();
      } catch (error) {
        const code = failureCodeOf(error);
        mine.forEach(record => {
          if (result.succeeded.indexOf(record.url) < 0 && !result.failed.some(f => f.url === record.url)) {
            result.failed.push({ url: record.url, code });
          }
        });
      }
      await Promise.all(done);
    }));
    return result;
  }
}

/** One page of a list, with the link to the next, as JSON without metadata. */
function rawPage(query: ISPQueryable): Promise<RawPage> {
  return query.using(NO_METADATA, JSONParse())<RawPage>().then(page => ({ ...page, value: Array.isArray(page.value) ? page.value : [] }));
}

/** A request's answer or its failure code, never a rejection (batched requests settle together). */
function settle(answer: Promise<RawPage>): Promise<Settled<RawPage>> {
  return answer.then(page => ({ page, failure: null }), (error): Settled<RawPage> => ({ page: null, failure: failureCodeOf(error) }));
}

/** A page of list items as SharePoint sends it: in ID order, with the link to the next page while there is one. */
export interface ListPage<T extends { Id?: number }> {
  value: T[];
  'odata.nextLink'?: string;
}

/**
 * Every item of a list from its first page and its last items by ID (`tail`, read from the top
 * at the same time; may be empty): the pages after the first are read, by their links, only
 * until they reach the lowest ID of the tail. Each item once.
 */
export async function wholeList<T extends { Id?: number }>(
  first: ListPage<T>, tail: readonly T[], nextPage: (link: string) => Promise<ListPage<T>>
): Promise<T[]> {
  const items = first.value.slice();
  const floor = tail.reduce((lowest, item) => Math.min(lowest, typeof item.Id === 'number' ? item.Id : Infinity), Infinity);
  const lastId = (): number => {
    const last = items[items.length - 1];
    return last && typeof last.Id === 'number' ? last.Id : -Infinity;
  };
  let next = first['odata.nextLink'];
  while (next && lastId() < floor) {
    const page = await nextPage(next);
    items.push(...page.value);
    next = page['odata.nextLink'];
  }
  const seen: Record<number, boolean> = {};
  items.forEach(item => {
    if (typeof item.Id === 'number') {
      seen[item.Id] = true;
    }
  });
  return items.concat(tail.filter(item => typeof item.Id === 'number' && !seen[item.Id]));
}

function uniqueSites(items: readonly ContentRecord[]): string[] {
  const seen: Record<string, boolean> = {};
  const out: string[] = [];
  for (const item of items) {
    const key = item.sitePath.toLowerCase();
    if (!seen[key]) {
      seen[key] = true;
      out.push(item.sitePath);
    }
  }
  return out;
}

/** The owner as SharePoint names them; their address is the login's until Graph gives the account's mail. */
function ownerOf(raw: RawItem): ContentOwner | undefined {
  const owner = raw.SamverkaOwner;
  const upn = owner ? userPrincipalNameOfLogin(owner.Name || '') : '';
  return owner && upn ? { userPrincipalName: upn, displayName: owner.Title || upn, email: upn } : undefined;
}

