import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { body, TextParse } from '@pnp/queryable';
import { graphPost } from '@pnp/graph';
import { canEditItems, type BasePermissions } from '../core/contentHealthPermissions';
import type { ContentHealthSite } from '../core/contentHealthPorts';
import { deniesAccess, failureCodeOf } from '../core/failures';
import {
  AudienceMember, confirmedPeople, isOverdue, PlacedAudience, placeAudience, reminderMessages, tallyAudience, uniqueMembers
} from '../core/mustReadReport';
import type { IMustReadReportService, MustReadFailure, MustReadItem, MustReadOverview, ReminderResult } from '../core/mustReadReportPorts';
import type { MustReadPerson } from '../core/mustReadReport';
import type { TenantConfig } from '../core/municipality';
import { buildEditorMustReadKql, READ_BY_PROPERTY } from '../core/newsKql';
import type { ITenantConfigService } from '../core/ports';
import { isPageKey, pageKeyOf } from '../core/readConfirmation';
import { audiencePrincipalsOf, groupIdOfClaim, siteReaderGroupIds } from '../core/reuse';
import { normalizeGroupId, sitePathKey } from '../core/tenantConfig';
import { GraphBatchRequest, sendGraphBatch } from './graphBatch';
import { groupSizeRequests, groupSizesOf, readGroupMembers } from './groupMembers';
import type { SamverkaGraph } from './graphClient';
import { audienceIdsOf, canonicalPageUrl } from './newsMapping';
import { newestConfirmationId, oldestConfirmationId } from './readConfirmationPages';
import { confirmationReads, readSummary, SummaryRead, writeSummary } from './editorConfirmations';
import type { RetryPolicy } from './retry';

const SITE_PAGES_LIST = 'Site Pages';
/** A page's audience (`_ModernAudienceTargetUserField`), a multi-user field, by its REST name. */
const AUDIENCE_FIELD = 'OData__ModernAudienceTargetUserField';
/** Must-read items one search returns: the scale is 50 at a time. */
const SEARCH_SIZE = 200;
/** The most parts a SharePoint `$batch` holds (emulator/CONTRACT.md, "Rules the local tenant enforces"). */
const SHAREPOINT_BATCH_PARTS = 100;

export interface MustReadReportDeps {
  sp(sitePath: string): SPFI;
  graph: SamverkaGraph;
  policy: RetryPolicy;
  tenantUrl: string;
  tenantConfig: ITenantConfigService;
  now: () => Date;
  /** false: read the editors' summary but never write it (`npm run check-tenant`, which only reads). */
  keepSummary?: boolean;
  /** How large groups are read (groupMembers.ts): tests make parts and pages small, to split and page the demo's groups. */
  memberPaging?: { partTarget: number; pageSize: number };
}

interface Hit {
  pageKey: string;
  title: string;
  url: string;
  sitePath: string;
  itemId: number;
  readBy?: string;
  /** The audience as search has it (ModernAudienceAadObjectIds): a guess of whose people to read early. */
  audienceIds: string[];
}

/**
 * The editors' view of Läs och bekräfta, in steps that each wait for the one before:
 * 1. the tenant configuration, and the Site Pages permissions of every hub and the shared site (in
 *    parallel; the sites the editor may edit, as Städa innehåll decides);
 * 2. one Graph search for the must-read news of those sites (`buildEditorMustReadKql`), and in its JSON batch
 *    the sizes (their `$count`) of the municipalities' root groups, the audience of every page without one,
 *    and all-staff groups, the largest audiences;
 * 3. per site one SharePoint `$batch` of the pages' audiences (`_ModernAudienceTargetUserField`, as
 *    written, the groups' claims; 100 pages a `$batch`), and at the same time the confirmations: those
 *    added since the editors' summary (src/core/confirmationSummary.ts, read in step 1 beside the
 *    permission checks), by windows of IDs, 100 a `$batch`; with no summary, the whole list by windows
 *    or only the pages' buckets, whichever takes fewer queries. The list's highest and lowest IDs are
 *    read in step 1, in the shared site's `$batch` with its permission check. What the windows
 *    taught is written back to the summary after the overview is answered (summaryWritten);
 * 4. the audience groups' people: Graph `transitiveMembers/microsoft.graph.user` of each group, in
 *    JSON batches of 20, 999 a page, further pages by their links, as soon as the audiences are in
 *    (while the confirmations may still be on their way). Those of them larger than a page are read in
 *    parts side by side (src/core/memberParts.ts), not page after page; another group is split so after its first page.
 * A page without an audience is for everyone who reads its site: its municipality's root group, or
 * every municipality's for the shared site.
 */
export class MustReadReportService implements IMustReadReportService {
  private readonly deps: MustReadReportDeps;
  /** The confirmations list's highest ID, asked with the shared site's permission check (editableSites). */
  private newestConfirmation: Promise<number> | null = null;
  /** The list's lowest ID, asked in the same `$batch`: where a read of the whole list starts. */
  private oldestConfirmation: Promise<number> | null = null;
  /** The editors' summary of confirmations, read in the same `$batch` (editorConfirmations.ts; it never fails). */
  private summaryRead: Promise<SummaryRead> | null = null;
  /** The write of the summary after the last overview (true when written; false when there was nothing to write or it failed). */
  private written: Promise<boolean> = Promise.resolve(false);

  public constructor(deps: MustReadReportDeps) {
    this.deps = deps;
  }

  public async getOverview(): Promise<MustReadOverview> {
    const config = await this.deps.tenantConfig.getConfig();
    const failures: MustReadFailure[] = [];
    this.newestConfirmation = null;
    this.oldestConfirmation = null;
    this.written = Promise.resolve(false);
    this.summaryRead = null;
    const shared = this.deps.sp(config.sharedSite.path);
    const sites = await this.editableSites(config, failures);
    if (sites.length === 0) {
      return { sites, items: [], failures };
    }
    let hits: Hit[];
    let sizes: Record<string, number>;
    try {
      ({ hits, sizes } = await this.search(sites, uniqueIds(([] as string[]).concat(...config.municipalities.map(m => [m.groups.root, m.groups.allStaff])))));
    } catch (error) {
      failures.push({ source: 'search', code: failureCodeOf(error) });
      return { sites, items: [], failures };
    }
    // The people of the audiences search names (ModernAudienceAadObjectIds, or the site's readers for a page
    // without one) are read at once, beside the audiences and the confirmations; the audiences as written then
    // decide, and only a group search did not name (a change not yet crawled) is read after them.
    const named = uniqueIds(([] as string[]).concat(...hits.map(h => h.audienceIds.length > 0 ? h.audienceIds : siteReaderGroupIds(config, municipalityOf(config, h.sitePath)))));
    const early = this.members(named, failures, sizes);
    const keys = hits.map(h => h.pageKey);
    const confirmationFailed = (error: unknown): Record<string, ReadonlySet<string>> => {
      failures.push({ source: 'confirmations', code: failureCodeOf(error) });
      return {};
    };
    // The confirmations go in the shared site's $batches with its pages' audiences: one web, so one set of round trips.
    // Which to read needs the summary and the list's highest and lowest IDs, asked in step 1.
    let alongside: SharedSiteReads | undefined;
    let confirmations: Promise<Record<string, ReadonlySet<string>>> = Promise.resolve({});
    const highestId = await (this.newestConfirmation || Promise.resolve(Infinity)).then(id => id, (error: unknown) => { confirmationFailed(error); return null; });
    if (highestId !== null) {
      const [lowestId, read] = await Promise.all([
        (this.oldestConfirmation || Promise.resolve(0)).catch(() => 0), this.summaryRead || readSummary(shared, config.sharedSite.path)
      ]);
      const reads = confirmationReads(keys, highestId, lowestId, { ...read, writable: read.writable && this.deps.keepSummary !== false }, this.deps.now(), summary => {
        this.written = writeSummary(shared, config.sharedSite.path, summary, read.etag);
      });
      confirmations = new Promise(resolve => {
        alongside = {
          sitePath: config.sharedSite.path, parts: reads.parts, done: answers => {
            const values: Array<Array<Record<string, unknown>>> = [];
            for (const answer of answers) {
              if (!answer.ok) {
                resolve(confirmationFailed(answer.error));
                return;
              }
              values.push(answer.value as Array<Record<string, unknown>>);
            }
            resolve(reads.confirmed(values));
          }
        };
      });
    }
    const audiencesAndMembers = this.audiences(config, hits, failures, alongside).then(async audiences => {
      const groupIds = uniqueIds(([] as string[]).concat(...hits.map(h => audiences[h.pageKey] ? audiences[h.pageKey].groupIds : [])));
      const [first, rest] = await Promise.all([early, this.members(groupIds.filter(id => named.indexOf(id) < 0), failures, sizes)]);
      return { audiences, members: { ...first, ...rest } };
    });
    const [{ audiences, members }, confirmed] = await Promise.all([audiencesAndMembers, confirmations]);
    const order = config.municipalities.map(m => m.id);
    const now = this.deps.now();
    const items: MustReadItem[] = [];
    // Items with the same groups (often all of them: all staff) share one audience, placed once; each item's
    // people with their confirmation are made only when asked (its detail), as 50 items of 10,000 people would be half a million.
    const placed: Record<string, PlacedAudience> = {};
    for (const hit of hits) {
      const audience = audiences[hit.pageKey];
      if (!audience) {
        continue;
      }
      const groupsKey = audience.groupIds.slice().sort().join(',');
      const people = placed[groupsKey] || (placed[groupsKey] = placeAudience(config, uniqueMembers(audience.groupIds.map(id => members[id] || []))));
      const confirmedHere = confirmed[hit.pageKey] || new Set<string>();
      let listed: MustReadPerson[] | undefined;
      items.push({
        pageKey: hit.pageKey, title: hit.title, url: hit.url, sitePath: hit.sitePath, readBy: hit.readBy,
        overdue: isOverdue(hit.readBy, now), targeted: audience.targeted, tally: tallyAudience(people, confirmedHere, order),
        get people(): MustReadPerson[] {
          return listed || (listed = confirmedPeople(people, confirmedHere));
        }
      });
    }
    items.sort((a, b) => (a.overdue ? 0 : 1) - (b.overdue ? 0 : 1)
      || (a.readBy ? 0 : 1) - (b.readBy ? 0 : 1) || (a.readBy || '').localeCompare(b.readBy || '') || a.title.localeCompare(b.title, 'sv'));
    return { sites, items, failures };
  }

  /** The summary's write started by the last getOverview: true once written, false when nothing was written. */
  public summaryWritten(): Promise<boolean> {
    return this.written;
  }

  public async remindByMail(people: readonly MustReadPerson[], subject: string, text: string): Promise<ReminderResult> {
    const messages = reminderMessages(people, subject, text);
    let recipients = 0;
    // One after the other: Exchange counts recipients per minute, and a failure stops the rest.
    for (const message of messages) {
      await graphPost(this.deps.graph.at('me/sendMail').using(TextParse()), body({ message, saveToSentItems: true }));
      recipients += message.bccRecipients.length;
    }
    return { recipients, messages: messages.length };
  }

  private async editableSites(config: TenantConfig, failures: MustReadFailure[]): Promise<ContentHealthSite[]> {
    const candidates: ContentHealthSite[] = config.municipalities
      .map(m => ({ sitePath: m.hubPath, title: m.name, municipalityId: m.id as string | null }))
      .concat([{ sitePath: config.sharedSite.path, title: config.sharedSite.title, municipalityId: null }]);
    const shared = sitePathKey(config.sharedSite.path);
    const editable = await Promise.all(candidates.map(async site => {
      try {
        let read: Promise<{ EffectiveBasePermissions?: BasePermissions }>;
        if (sitePathKey(site.sitePath) === shared) {
          // The confirmations list and the editors' summary are on the shared site: the list's highest and lowest IDs
          // and the summary go in the same $batch as this check.
          const [batched, execute] = this.deps.sp(site.sitePath).batched();
          read = batched.web.lists.getByTitle(SITE_PAGES_LIST).select('EffectiveBasePermissions')<{ EffectiveBasePermissions?: BasePermissions }>();
          const newest = newestConfirmationId(batched);
          const oldest = oldestConfirmationId(batched);
          // Their failure is for getOverview to report, as the confirmations'.
          newest.catch(() => undefined);
          oldest.catch(() => undefined);
          this.newestConfirmation = newest;
          this.oldestConfirmation = oldest;
          this.summaryRead = readSummary(batched, config.sharedSite.path);
          await execute();
        } else {
          read = this.deps.sp(site.sitePath).web.lists.getByTitle(SITE_PAGES_LIST).select('EffectiveBasePermissions')<{ EffectiveBasePermissions?: BasePermissions }>();
        }
        const list = await read;
        return canEditItems(list.EffectiveBasePermissions);
      } catch (error) {
        const code = failureCodeOf(error);
        if (!deniesAccess(code)) {
          failures.push({ source: 'permissions', code });
        }
        return false;
      }
    }));
    return candidates.filter((_, i) => editable[i]);
  }

  /** The must-read hits, and in the same JSON batch the sizes of `countGroupIds` (those whose count failed left out). */
  private async search(sites: readonly ContentHealthSite[], countGroupIds: readonly string[]): Promise<{ hits: Hit[]; sizes: Record<string, number> }> {
    const base = this.deps.tenantUrl.replace(/\/+$/, '');
    const queryString = buildEditorMustReadKql(sites.map(s => `${base}${s.sitePath === '/' ? '' : s.sitePath}`));
    const answers = await sendGraphBatch(this.deps.graph, [{
      id: '1', method: 'POST', url: '/search/query',
      body: { requests: [{ entityTypes: ['listItem'], query: { queryString }, fields: ['Title', 'Path', 'SiteId', 'UniqueId', 'ListItemId', 'SPWebUrl', READ_BY_PROPERTY, 'ModernAudienceAadObjectIds'], size: SEARCH_SIZE }] }
    } as GraphBatchRequest].concat(groupSizeRequests(countGroupIds, 'size')), this.deps.policy);
    const sizes = groupSizesOf(countGroupIds, 'size', answers);
    const answer = answers['1'];
    if (!answer || answer.status !== 200) {
      throw Object.assign(new Error('Samverka must-read: the search failed'), { status: answer ? answer.status : 0 });
    }
    const hits: Hit[] = [];
    const seen: Record<string, true> = {};
    const value = ((answer.body || {}) as { value?: Array<{ hitsContainers?: Array<{ hits?: Array<{ resource?: { fields?: Record<string, unknown> } }> }> }> }).value || [];
    for (const container of (value[0] && value[0].hitsContainers) || []) {
      for (const hit of container.hits || []) {
        const f = lowerCaseKeys((hit.resource && hit.resource.fields) || {});
        const site = sites.filter(s => sitePathKey(s.sitePath) === sitePathKey(pathOf(text(f.spweburl), base)))[0];
        const itemId = Number(f.listitemid);
        let key = '';
        try {
          key = pageKeyOf(text(f.siteid), text(f.uniqueid));
        } catch {
          continue;
        }
        if (!site || !isPageKey(key) || !Number.isInteger(itemId) || seen[key]) {
          continue;
        }
        seen[key] = true;
        hits.push({
          pageKey: key, title: text(f.title), url: canonicalPageUrl(text(f.path), this.deps.tenantUrl), sitePath: site.sitePath, itemId,
          readBy: text(f[READ_BY_PROPERTY.toLowerCase()]) || undefined,
          audienceIds: audienceIdsOf(f.modernaudienceaadobjectids).map(normalizeGroupId).filter(id => id !== '')
        });
      }
    }
    return { hits, sizes };
  }

  /**
   * Each page's audience groups: per site `$batch`es (100 reads each, sent at once) of its pages' target
   * user field; the shared site's carry `alongside` (the confirmations' reads) too.
   */
  private async audiences(config: TenantConfig, hits: readonly Hit[], failures: MustReadFailure[], alongside?: SharedSiteReads): Promise<Record<string, { targeted: boolean; groupIds: string[] }>> {
    const out: Record<string, { targeted: boolean; groupIds: string[] }> = {};
    const bySite: Record<string, Hit[]> = {};
    hits.forEach(h => { (bySite[h.sitePath] = bySite[h.sitePath] || []).push(h); });
    const sitePaths = Object.keys(bySite);
    if (alongside && !sitePaths.some(p => sitePathKey(p) === sitePathKey(alongside.sitePath))) {
      sitePaths.push(alongside.sitePath);
    }
    await Promise.all(sitePaths.map(async sitePath => {
      const pages = bySite[sitePath] || [];
      const municipality = municipalityOf(config, sitePath);
      const extra = alongside && sitePathKey(sitePath) === sitePathKey(alongside.sitePath) ? alongside : undefined;
      const parts: Array<(sp: SPFI) => Promise<unknown>> = pages.map(page => (sp: SPFI) => sp.web.lists.getByTitle(SITE_PAGES_LIST).items.getById(page.itemId)
        .select('Id', `${AUDIENCE_FIELD}/Title`, `${AUDIENCE_FIELD}/Name`).expand(AUDIENCE_FIELD)());
      const answers = await this.sendToSite(sitePath, extra ? parts.concat(extra.parts) : parts);
      if (extra) {
        extra.done(answers.slice(pages.length));
      }
      answers.slice(0, pages.length).forEach((answer, i) => {
        if (!answer.ok) {
          failures.push({ source: 'audience', code: failureCodeOf(answer.error), pageKey: pages[i].pageKey });
          return;
        }
        const value = answer.value as Record<string, unknown>;
        const principals = audiencePrincipalsOf(value[AUDIENCE_FIELD]);
        // A person or a group's owners in the audience field are not a group's members: not counted (as "Vem ser den?").
        const groupIds = uniqueIds(principals.map(p => groupIdOfClaim(p.loginName) || '').filter(id => id !== ''));
        out[pages[i].pageKey] = principals.length > 0
          ? { targeted: true, groupIds }
          : { targeted: false, groupIds: siteReaderGroupIds(config, municipality) };
      });
    }));
    return out;
  }

  /**
   * Reads of one web in `$batch`es of SHAREPOINT_BATCH_PARTS, all sent at once; each answer settled, in
   * order (a `$batch` that fails fails each of its reads).
   */
  private async sendToSite(sitePath: string, parts: ReadonlyArray<(sp: SPFI) => Promise<unknown>>): Promise<Settled[]> {
    const chunks: Array<ReadonlyArray<(sp: SPFI) => Promise<unknown>>> = [];
    for (let start = 0; start < parts.length; start += SHAREPOINT_BATCH_PARTS) {
      chunks.push(parts.slice(start, start + SHAREPOINT_BATCH_PARTS));
    }
    const answers = await Promise.all(chunks.map(async (chunk): Promise<Settled[]> => {
      const [batched, execute] = this.deps.sp(sitePath).batched({ maxRequests: SHAREPOINT_BATCH_PARTS });
      // Observed before the batch is sent: when the batch fails, PnPjs leaves its reads unanswered.
      const reads = chunk.map(part => part(batched).then((value): Settled => ({ ok: true, value }), (error: unknown): Settled => ({ ok: false, error })));
      try {
        await execute();
      } catch (error) {
        return chunk.map((): Settled => ({ ok: false, error }));
      }
      return Promise.all(reads);
    }));
    return ([] as Settled[]).concat(...answers);
  }

  /**
   * The users of each group, transitively (groupMembers.ts): 20 requests a JSON batch, 999 users a page, later pages by
   * their links; a group of known size over a page in parts side by side.
   */
  private async members(groupIds: readonly string[], failures: MustReadFailure[], sizes: Readonly<Record<string, number>> = {}): Promise<Record<string, AudienceMember[]>> {
    if (groupIds.length === 0) {
      return {};
    }
    const read = await readGroupMembers(requests => sendGraphBatch(this.deps.graph, requests, this.deps.policy), groupIds, { sizes, paging: this.deps.memberPaging });
    if (read.batchError !== undefined) {
      failures.push({ source: 'members', code: failureCodeOf(read.batchError) });
    }
    read.failed.forEach(f => failures.push({ source: 'members', code: failureCodeOf({ status: f.status }) }));
    return read.members;
  }
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Reads that go in a site's `$batch`es with its audiences, and what takes their answers. */
interface SharedSiteReads {
  sitePath: string;
  parts: ReadonlyArray<(sp: SPFI) => Promise<unknown>>;
  done(answers: Settled[]): void;
}

/** The municipality whose hub a site is, or null (the shared site). */
function municipalityOf(config: TenantConfig, sitePath: string): TenantConfig['municipalities'][number] | null {
  return config.municipalities.filter(m => sitePathKey(m.hubPath) === sitePathKey(sitePath))[0] || null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function lowerCaseKeys(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.keys(fields).forEach(key => { out[key.toLowerCase()] = fields[key]; });
  return out;
}

/** A site URL as a server-relative path ("/sites/vetlanda"). */
function pathOf(url: string, base: string): string {
  const path = url.toLowerCase().indexOf(base.toLowerCase()) === 0 ? url.slice(base.length) : url.replace(/^https?:\/\/[^/]+/i, '');
  return path || '/';
}

function uniqueIds(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of ids) {
    const id = normalizeGroupId(raw);
    if (id && out.indexOf(id) < 0) {
      out.push(id);
    }
  }
  return out;
}

