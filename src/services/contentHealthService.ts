import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { InjectHeaders } from '@pnp/queryable';
import {
  assessAll, ContentKind, ContentOwner, ContentRecord, HealthPolicy, healthPolicyFor, nextReviewDate, OwnerStatus,
  userPrincipalNameOfLogin
} from '../core/contentHealth';
import type {
  ContentActionResult, ContentHealthFailure, ContentHealthReport, ContentHealthSite, IContentHealthService
} from '../core/contentHealthPorts';
import { canEditItems, type BasePermissions } from '../core/contentHealthPermissions';
import type { TenantConfig } from '../core/municipality';
import type { ITenantConfigService } from '../core/ports';
import type { Services } from './factory';
import { deniesAccess, failureCodeOf } from '../core/failures';
import { sendGraphBatch } from './graphBatch';
import type { SamverkaGraph } from './graphClient';
import { canonicalPageUrl } from './newsMapping';
import type { RetryPolicy } from './retry';
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
/** SharePoint answers at most 5,000 items a request: a hub's few thousand pages in one or two, not one after another. */
const PAGE_SIZE = 5000;
/**
 * JSON without metadata: the values alone, without the type, id, etag and edit link SharePoint
 * otherwise writes beside every item and every expanded owner (half of what a hub's pages weigh).
 * Paging still comes as `odata.nextLink`.
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
}

/**
 * Content health over SharePoint REST: the sites the user may edit (effective permissions of
 * each hub and the shared site, read in parallel), their pages and news (one paged request per
 * site) and the shared site's guides, the owners' accounts in Graph (JSON batches of 20), and
 * the actions as list item updates batched per site ($batch, one web each).
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

    const editable = await Promise.all(candidates.map(site => this.mayEdit(site.sitePath).catch(error => {
      const code = failureCodeOf(error);
      // 401/403: the user cannot even read the site; not a failure, just not theirs.
      if (!deniesAccess(code)) {
        failures.push({ sitePath: site.sitePath, source: 'permissions', code });
      }
      return false;
    })));
    const sites = candidates.filter((_, i) => editable[i]);
    let guidesIncluded = false;
    const perSite = await Promise.all(sites.map(async site => {
      const records: ContentRecord[] = [];
      try {
        records.push(...await this.readPages(site));
      } catch (error) {
        failures.push({ sitePath: site.sitePath, source: 'pages', code: failureCodeOf(error) });
      }
      if (site.sitePath.toLowerCase() === config.sharedSite.path.toLowerCase()) {
        try {
          records.push(...await this.readGuides(site));
          guidesIncluded = true;
        } catch (error) {
          const code = failureCodeOf(error);
          if (code !== 'notFound') {
            failures.push({ sitePath: site.sitePath, source: 'guides', code });
          }
        }
      }
      return records;
    }));
    const records = ([] as ContentRecord[]).concat(...perSite);
    const accounts = await this.ownerAccounts(records, failures);
    records.forEach(record => {
      const account = record.owner ? accounts[record.owner.userPrincipalName.toLowerCase()] : undefined;
      if (record.owner && account && account.mail) {
        record.owner = { ...record.owner, email: account.mail };
      }
    });
    const items = assessAll(records, owner => {
      const account = accounts[owner.userPrincipalName.toLowerCase()];
      return account ? account.status : 'unknown';
    }, this.deps.now(), record => this.policyOf(record.municipalityId));
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

  private async mayEdit(sitePath: string): Promise<boolean> {
    const permissions = await this.deps.sp(sitePath).web.lists.getByTitle(SITE_PAGES_LIST).getCurrentUserEffectivePermissions();
    return canEditItems(permissions as unknown as BasePermissions);
  }

  private async readPages(site: ContentHealthSite): Promise<ContentRecord[]> {
    const records: ContentRecord[] = [];
    for (const raw of await this.readAll(site, SITE_PAGES_LIST, PAGE_SELECT)) {
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

  private async readGuides(site: ContentHealthSite): Promise<ContentRecord[]> {
    const records: ContentRecord[] = [];
    for (const raw of await this.readAll(site, GUIDE_LIST, CONTENT_HEALTH_SELECT)) {
      const record = this.recordOf(raw, site, 'guide', GUIDE_LIST);
      if (record) {
        records.push(record);
      }
    }
    return records;
  }

  /** Every item of a list, page by page (5,000 a page, in ID order: what SharePoint allows on a list of any size). */
  private async readAll(site: ContentHealthSite, listTitle: string, select: string[]): Promise<RawItem[]> {
    const query = this.deps.sp(site.sitePath).web.lists.getByTitle(listTitle).items
      .select(...select).expand('SamverkaOwner').top(PAGE_SIZE).using(NO_METADATA);
    const items: RawItem[] = [];
    for await (const page of query) {
      items.push(...(page as RawItem[]));
    }
    return items;
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

/** The report's service over the clients and configuration of createServices (kept out of the factory so news bundles stay small). */
export function createContentHealthService(services: Services): ContentHealthService {
  return new ContentHealthService({
    sp: sitePath => services.sp(sitePath), graph: services.graph, tenantUrl: services.tenantUrl,
    tenantConfig: services.tenantConfig, policy: services.retryPolicy, now: services.now
  });
}
