import type { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IItems } from '@pnp/sp/items';
import {
  bucketFilter, CONFIRMATION_LIST, PAGE_BUCKET_FIELD, CONFIRMATION_SELECT, confirmationFields, confirmationInBucket, confirmationOf, confirmedDates, ConfirmResult, earliestPerReader,
  isPageKey, PAGE_BUCKETS, pageBucketValues, ReadConfirmation, ReadConfirmationError, READER_FIELD, readerFilter, readerKeyOf, readerPageFilter
} from '../core/readConfirmation';
import type { IReadConfirmationService } from '../core/readConfirmationPorts';
import type { CurrentUser, ITenantConfigService, IUserContextService } from '../core/ports';
import type { Services } from './factory';

/** SharePoint's largest page, and (with the buckets) the most one indexed query may match on a large list. */
const PAGE_SIZE = 5000;
/**
 * Queries per SharePoint `$batch` when many pages are read: the most a `$batch` may hold (OData's
 * MaxPartsPerBatch, 100: emulator/CONTRACT.md, "Rules the local tenant enforces"); PnPjs would split
 * at 20, and each `$batch` is a request Page Diagnostics counts.
 */
const BATCH_PARTS = 100;
/** JSON without OData metadata (SharePoint's JSON light, as content health reads): a fifth of the bytes per item. */
const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });
/** A window's items: who, which page and when. */
const WINDOW_SELECT = ['Id', 'Created', READER_FIELD, PAGE_BUCKET_FIELD, 'Author/Name', 'Author/Title'];
/** A bucket's items: who and when; the page and bucket are the query's. */
const BUCKET_SELECT = ['Id', 'Created', READER_FIELD, 'Author/Name', 'Author/Title'];

export interface ReadConfirmationDeps {
  sp(sitePath: string): SPFI;
  tenantConfig: ITenantConfigService;
  userContext: IUserContextService;
}

type RawItem = Record<string, unknown>;

/** Reads of many pages' confirmations, to be sent in `$batch`es of the shared site (confirmationReads). */
export interface ConfirmationReads {
  sitePath: string;
  /** Each registers one query on the client given (a batched client of sitePath) and answers its items. */
  queries: Array<(sharedSite: SPFI) => Promise<RawItem[]>>;
  collect(results: readonly RawItem[][]): Record<string, ReadConfirmation[]>;
}

/**
 * Läs och bekräfta over SharePoint REST: the list 'Läsbekräftelser' on the shared site
 * (src/core/readConfirmation.ts says what an item holds and why).
 *
 * - confirm: one read of the reader's own item for the page (the indexed reader column first), and
 *   an add only when there is none: a second confirm adds nothing and answers the first date.
 *   SharePoint cannot enforce a unique column in a list whose readers see only their own items, so
 *   this look-first is what keeps one item per person and page; two confirms of the same page in
 *   this page load share one request, and should two tabs still add one each, the earliest counts
 *   (earliestPerReader) and the readers' permission level cannot remove or change either.
 * - myConfirmations: one request, the reader's own items (ReadSecurity 2 shows them nothing else);
 *   readMineAhead starts it beside a view's search, so the view does not wait one more step for it.
 * - confirmationsFor (editors): one `$batch` of one query per bucket of the page, each under the list
 *   view threshold, so a page's confirmations are read past 5,000 (to about 40,000);
 *   confirmationsForPages: the buckets of many pages, 100 queries to a `$batch`.
 *
 * Failures are PnPjs' errors with their HTTP status (failureCodeOf reads them): 403 for someone
 * the list gives no level, 404 when setup has not created the list. Retries on 429 and 503 are the
 * clients' own (createServices).
 */
export class ReadConfirmationService implements IReadConfirmationService {
  private readonly deps: ReadConfirmationDeps;
  private readonly confirming: Record<string, Promise<ConfirmResult>> = {};
  /** The user's own confirmations, read ahead (readMineAhead) for the next myConfirmations. */
  private ahead: Promise<{ raw: RawItem[]; upn: string }> | null = null;
  /** The list's highest ID, read ahead (lookAhead) for the next confirmationsForPages. */
  private newest: Promise<number> | null = null;

  public constructor(deps: ReadConfirmationDeps) {
    this.deps = deps;
  }

  public confirm(pageKey: string): Promise<ConfirmResult> {
    let key: string;
    try {
      key = checkedPageKey(pageKey);
    } catch (error) {
      return Promise.reject(error);
    }
    const running = this.confirming[key];
    if (running) {
      return running;
    }
    const done = this.confirmOnce(key);
    this.confirming[key] = done;
    const forget = (): void => { delete this.confirming[key]; };
    done.then(forget, forget);
    return done;
  }

  public readMineAhead(): void {
    if (!this.ahead) {
      const read = this.readMine();
      // Its failure is for the myConfirmations call that takes it to report.
      read.catch(() => undefined);
      this.ahead = read;
    }
  }

  public async myConfirmations(pageKeys: readonly string[]): Promise<Record<string, string>> {
    const keys = pageKeys.map(checkedPageKey);
    // A read started ahead answers this call only: a later one reads again.
    const ahead = this.ahead;
    this.ahead = null;
    if (keys.length === 0) {
      return {};
    }
    const { raw, upn } = await (ahead || this.readMine());
    return confirmedDates(mine(raw, upn), upn, keys);
  }

  /** The user's own items: ReadSecurity 2 shows them nothing else, and the reader column is indexed. */
  private async readMine(): Promise<{ raw: RawItem[]; upn: string }> {
    const [items, upn] = await Promise.all([this.items(), this.userPrincipalName()]);
    const raw = await items.select(...CONFIRMATION_SELECT).expand('Author').filter(readerFilter(upn)).top(PAGE_SIZE)() as RawItem[];
    return { raw, upn };
  }

  public async confirmationsFor(pageKey: string): Promise<ReadConfirmation[]> {
    const key = checkedPageKey(pageKey);
    return (await this.confirmationsForPages([key]))[key];
  }

  /**
   * Starts reading the list's highest item ID, so that the next confirmationsForPages can choose the
   * cheaper way to read (see there) without waiting a step for it: call it when the view starts.
   */
  public lookAhead(sharedSite?: SPFI): void {
    if (!this.newest) {
      // Registered at once: with a batched client of the shared site, it goes in that $batch.
      const read = sharedSite ? newestItemIdIn(sharedSite) : this.deps.tenantConfig.getConfig().then(config => newestItemIdIn(this.deps.sp(config.sharedSite.path)));
      read.catch(() => undefined);
      this.newest = read;
    }
  }

  /**
   * Everyone's confirmations of several pages (page key → one per person, the earliest first), all
   * queries in SharePoint `$batch`es of BATCH_PARTS sent at once, without OData metadata. Two ways,
   * each under the list view threshold:
   * - by bucket: one query per bucket of each page (8 a page), on the indexed bucket column;
   * - by ID: the whole list in windows of 5,000 IDs (`$skiptoken=Paged=TRUE&p_ID=<n>`, as SharePoint's
   *   own next-page links page by the always indexed ID), the pages' items kept: when the list is small
   *   for the number of pages (650 people, 50 items of which four in ten are confirmed: 3 windows
   *   rather than 400 bucket queries).
   * The second needs the list's highest ID: with lookAhead called before, the fewer queries win;
   * without, it reads by bucket.
   */
  public async confirmationsForPages(pageKeys: readonly string[]): Promise<Record<string, ReadConfirmation[]>> {
    const plan = await this.confirmationReads(pageKeys);
    const chunks: Array<Array<ConfirmationReads['queries'][number]>> = [];
    for (let start = 0; start < plan.queries.length; start += BATCH_PARTS) {
      chunks.push(plan.queries.slice(start, start + BATCH_PARTS));
    }
    const answers = await Promise.all(chunks.map(async chunk => {
      const [batched, execute] = this.deps.sp(plan.sitePath).batched({ maxRequests: BATCH_PARTS });
      // Observed before the batch is sent: when the batch fails, PnPjs leaves its reads unanswered.
      const reads = chunk.map(query => query(batched).then(value => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error })));
      await execute();
      return Promise.all(reads);
    }));
    const results: RawItem[][] = [];
    for (const result of ([] as Array<{ ok: true; value: RawItem[] } | { ok: false; error: unknown }>).concat(...answers)) {
      if (!result.ok) {
        throw result.error;
      }
      results.push(result.value);
    }
    return plan.collect(results);
  }

  /**
   * The reads confirmationsForPages sends, for a caller that puts them in `$batch`es of its own with
   * other reads of the shared site (the editors' view, with its audiences): each query registers on the
   * (batched) client of `sitePath` it is given; `collect` takes their answers, in order.
   */
  public async confirmationReads(pageKeys: readonly string[]): Promise<ConfirmationReads> {
    const keys = pageKeys.map(checkedPageKey).filter((key, i, all) => all.indexOf(key) === i);
    const newest = this.newest;
    this.newest = null;
    const config = await this.deps.tenantConfig.getConfig();
    if (keys.length === 0) {
      return { sitePath: config.sharedSite.path, queries: [], collect: () => ({}) };
    }
    const highestId = newest ? await newest : Infinity;
    const windows = Math.ceil(highestId / PAGE_SIZE);
    const byId = windows < keys.length * PAGE_BUCKETS;
    const reads: Array<{ read: (items: IItems) => IItems; bucket?: string }> = [];
    if (byId) {
      for (let w = 0; w < windows; w++) {
        reads.push({ read: items => items.select(...WINDOW_SELECT).expand('Author').skip(w * PAGE_SIZE).top(PAGE_SIZE) });
      }
    } else {
      keys.forEach(key => pageBucketValues(key).forEach(bucket => reads.push({
        read: items => items.select(...BUCKET_SELECT).expand('Author').filter(bucketFilter(bucket)).top(PAGE_SIZE), bucket
      })));
    }
    const collect = (results: readonly RawItem[][]): Record<string, ReadConfirmation[]> => {
      const wanted: Record<string, true> = {};
      const found: Record<string, ReadConfirmation[]> = {};
      keys.forEach(key => { wanted[key] = true; found[key] = []; });
      const seen: Record<number, true> = {};
      results.forEach((value, i) => {
        const bucket = reads[i].bucket;
        for (const raw of value) {
          const c = bucket ? confirmationInBucket(raw, bucket) : confirmationOf(raw);
          // Windows may overlap where IDs were removed: each item once.
          if (c && wanted[c.pageKey] && !seen[c.itemId]) {
            seen[c.itemId] = true;
            found[c.pageKey].push(c);
          }
        }
      });
      const out: Record<string, ReadConfirmation[]> = {};
      for (const key of keys) {
        out[key] = earliestPerReader(found[key]).sort((a, b) => a.confirmedAt.localeCompare(b.confirmedAt) || a.itemId - b.itemId);
      }
      return out;
    };
    return {
      sitePath: config.sharedSite.path,
      queries: reads.map(q => (sharedSite: SPFI) => q.read(sharedSite.web.lists.getByTitle(CONFIRMATION_LIST).items.using(NO_METADATA))() as Promise<RawItem[]>),
      collect
    };
  }

  private async confirmOnce(pageKey: string): Promise<ConfirmResult> {
    // A read started before this confirmation would not have it.
    this.ahead = null;
    const [items, upn] = await Promise.all([this.items(), this.userPrincipalName()]);
    const own = mine(await items.select(...CONFIRMATION_SELECT).expand('Author').filter(readerPageFilter(pageKey, upn)).top(100)() as RawItem[], upn)
      .filter(c => c.pageKey === pageKey);
    if (own.length > 0) {
      return { outcome: 'alreadyConfirmed', confirmedAt: earliestPerReader(own)[0].confirmedAt };
    }
    const added = await items.add(confirmationFields(pageKey, upn)) as RawItem;
    const created = typeof added.Created === 'string' ? added.Created : new Date().toISOString();
    return { outcome: 'confirmed', confirmedAt: created };
  }

  private async items(): Promise<ReturnType<SPFI['web']['lists']['getByTitle']>['items']> {
    const config = await this.deps.tenantConfig.getConfig();
    return this.deps.sp(config.sharedSite.path).web.lists.getByTitle(CONFIRMATION_LIST).items;
  }

  private async userPrincipalName(): Promise<string> {
    return userPrincipalNameOf(await this.deps.userContext.getCurrentUser());
  }
}

/** The list's highest item ID (0 when it is empty): ID is indexed, so sorting by it is allowed past the threshold. */
async function newestItemIdIn(sharedSite: SPFI): Promise<number> {
  const top = await sharedSite.web.lists.getByTitle(CONFIRMATION_LIST).items.using(NO_METADATA).select('Id').orderBy('ID', false).top(1)() as RawItem[];
  const id = top.length > 0 ? Number(top[0].Id) : 0;
  return isFinite(id) ? id : Infinity;
}

/** The signed-in user's UPN: the profile's, else (a profile cached by an older release) the mail, which is the UPN in these tenants. */
function userPrincipalNameOf(user: CurrentUser): string {
  return readerKeyOf(user.userPrincipalName || user.mail || '');
}

function checkedPageKey(pageKey: string): string {
  const key = typeof pageKey === 'string' ? pageKey.trim().toLowerCase() : '';
  if (!isPageKey(key)) {
    throw new ReadConfirmationError('invalidPage', `Not a page key (<site id>/<unique id>): "${String(pageKey)}"`);
  }
  return key;
}

/** The items that are the user's confirmations (an editor's query also returns what others wrote under their name). */
function mine(raw: RawItem[], upn: string): ReadConfirmation[] {
  return raw.map(confirmationOf).filter((c): c is ReadConfirmation => !!c && c.reader.userPrincipalName === upn);
}

/** The read-confirmation service over the clients and configuration of createServices. */
export function createReadConfirmationService(services: Services): ReadConfirmationService {
  return new ReadConfirmationService({ sp: sitePath => services.sp(sitePath), tenantConfig: services.tenantConfig, userContext: services.userContext });
}
