import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { ContentRecord, HealthPolicy, healthPolicyFor, nextReviewDate, OwnerStatus, startAssessment } from '../core/contentHealth';
import type {
  ContentActionResult, ContentHealthFailure, ContentHealthReport, ContentHealthSite, IContentHealthService
} from '../core/contentHealthPorts';
import { canEditItems, type BasePermissions } from '../core/contentHealthPermissions';
import type { TenantConfig } from '../core/municipality';
import type { ITenantConfigService } from '../core/ports';
import { deniesAccess, failureCodeOf } from '../core/failures';
import { readSite, recordsOf, SITE_PAGES_LIST } from './contentHealthLists';
import { sendGraphBatch } from './graphBatch';
import type { SamverkaGraph } from './graphClient';
import type { RetryPolicy } from './retry';
import type { User } from '@microsoft/microsoft-graph-types';

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

interface OwnerAccount {
  status: OwnerStatus;
  mail?: string;
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
      const read = await readSite(this.deps.sp(site.sitePath), access[candidates.indexOf(site)].pageCount, shared, this.deps.policy);
      if (read.pages.failure) {
        failures.push({ sitePath: site.sitePath, source: 'pages', code: read.pages.failure });
      }
      if (read.guides && read.guides.failure && read.guides.failure !== 'notFound') {
        failures.push({ sitePath: site.sitePath, source: 'guides', code: read.guides.failure });
      }
      guidesIncluded = guidesIncluded || (!!read.guides && !read.guides.failure);
      return recordsOf(read, site, this.deps.tenantUrl);
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


