import { spPost } from '@pnp/sp';
import { body } from '@pnp/queryable';
import {
  CONFIRMATION_LIST, CONFIRMATION_SELECT, confirmationFields, confirmationOf, confirmedDates, ConfirmResult, earliestPerReader,
  isPageKey, ReadConfirmation, ReadConfirmationError, readerFilter, readerKeyOf, readerPageFilter
} from '../core/readConfirmation';
import type { IReadConfirmationService } from '../core/readConfirmationPorts';
import type { CurrentUser, ITenantConfigService, IUserContextService } from '../core/ports';
import { listItemsByTitle, SamverkaSp } from './spClient';
import type { SharePointBatchCoalescer } from './sharePointBatchCoalescer';
import { PAGE_SIZE } from './readConfirmationLimits';

export interface ReadConfirmationDeps {
  sp(sitePath: string): SamverkaSp;
  tenantConfig: ITenantConfigService;
  userContext: IUserContextService;
  /**
   * Reads of the shared site asked at the same moment (Min sida: its guide list) share one `$batch`
   * with the reader's own confirmations. Only where the view has such a read: a type import, so
   * the news feed, which has none, downloads no batching module.
   */
  spBatch?: SharePointBatchCoalescer;
}

type RawItem = Record<string, unknown>;

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
 *   confirmationsForPages: many pages, by bucket or by ID windows, 100 queries to a `$batch`.
 *
 * The reader's own reads and the add address the list by path (spClient.ts), so the news feed, which
 * reads the user's confirmations on its first render, downloads no PnPjs web, list, item or batching
 * module; the editors' batched read (readConfirmationPages.ts) joins their own chunk.
 *
 * Failures are PnPjs' errors with their HTTP status (failureCodeOf reads them): 403 for someone
 * the list gives no level, 404 when setup has not created the list. Retries on 429 and 503 are the
 * clients' own (src/wiring/base.ts).
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
    const [config, upn] = await Promise.all([this.deps.tenantConfig.getConfig(), this.userPrincipalName()]);
    const path = config.sharedSite.path;
    const read = (sp: SamverkaSp): Promise<RawItem[]> =>
      listItemsByTitle(sp, CONFIRMATION_LIST).select(...CONFIRMATION_SELECT).expand('Author').filter(readerFilter(upn)).top(PAGE_SIZE)() as Promise<RawItem[]>;
    const raw = this.deps.spBatch ? await this.deps.spBatch.read(path, sp => read(SamverkaSp.over(sp))) : await read(this.deps.sp(path));
    return { raw, upn };
  }

  public async confirmationsFor(pageKey: string): Promise<ReadConfirmation[]> {
    const key = checkedPageKey(pageKey);
    return (await this.confirmationsForPages([key]))[key];
  }

  /**
   * Starts reading the list's highest item ID, so that the next confirmationsForPages can choose the
   * cheaper of its two ways (readConfirmationPages.ts, planConfirmationReads) without waiting a step for it.
   */
  public lookAhead(): void {
    if (!this.newest) {
      const read = Promise.all([this.deps.tenantConfig.getConfig(), import(/* webpackChunkName: 'must-read-editors-services' */ './readConfirmationPages')])
        .then(([config, pages]) => pages.newestConfirmationId(this.deps.sp(config.sharedSite.path)));
      // Its failure is for the confirmationsForPages call that takes it to report.
      read.catch(() => undefined);
      this.newest = read;
    }
  }

  /**
   * Everyone's confirmations of several pages (page key → one per person, the earliest first), in
   * `$batch`es of 100 queries without OData metadata: by the pages' buckets, or (after lookAhead, when
   * fewer) by windows of the list's IDs (readConfirmationPages.ts).
   */
  public async confirmationsForPages(pageKeys: readonly string[]): Promise<Record<string, ReadConfirmation[]>> {
    const keys = pageKeys.map(checkedPageKey).filter((key, i, all) => all.indexOf(key) === i);
    // A read started ahead answers this call only.
    const newest = this.newest;
    this.newest = null;
    if (keys.length === 0) {
      return {};
    }
    const config = await this.deps.tenantConfig.getConfig();
    // Only editors ask this: its batching code is in the chunk of their report's services, loaded already.
    const pages = await import(/* webpackChunkName: 'must-read-editors-services' */ './readConfirmationPages');
    const highestId = newest ? await newest : Infinity;
    return pages.readConfirmationsOfPages(this.deps.sp(config.sharedSite.path), pages.planConfirmationReads(keys, highestId));
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
    // As PnPjs' items.add posts it (to the same queryable, as it did).
    const added = await spPost(items, body(confirmationFields(pageKey, upn))) as RawItem;
    const created = typeof added.Created === 'string' ? added.Created : new Date().toISOString();
    return { outcome: 'confirmed', confirmedAt: created };
  }

  private async items(): Promise<ReturnType<typeof listItemsByTitle>> {
    const config = await this.deps.tenantConfig.getConfig();
    return listItemsByTitle(this.deps.sp(config.sharedSite.path), CONFIRMATION_LIST);
  }

  private async userPrincipalName(): Promise<string> {
    return userPrincipalNameOf(await this.deps.userContext.getCurrentUser());
  }
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

