import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import {
  bucketFilter, CONFIRMATION_LIST, CONFIRMATION_SELECT, confirmationFields, confirmationOf, confirmedDates, ConfirmResult, earliestPerReader,
  isPageKey, pageBucketValues, ReadConfirmation, ReadConfirmationError, readerFilter, readerKeyOf, readerPageFilter
} from '../core/readConfirmation';
import type { IReadConfirmationService } from '../core/readConfirmationPorts';
import type { CurrentUser, ITenantConfigService, IUserContextService } from '../core/ports';

/** SharePoint's largest page, and (with the buckets) the most one indexed query may match on a large list. */
const PAGE_SIZE = 5000;
/** Pages per `$batch` when many are read: 8 bucket queries each, 16 requests, under the 20 PnPjs puts in one $batch (it sends more as further round trips, one after the other). */
const PAGES_PER_BATCH = 2;

export interface ReadConfirmationDeps {
  sp(sitePath: string): SPFI;
  tenantConfig: ITenantConfigService;
  userContext: IUserContextService;
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
 *   view threshold, so a page's confirmations are read past 5,000 (to about 40,000).
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
   * Everyone's confirmations of several pages (page key → one per person, the earliest first): the
   * pages' bucket queries in SharePoint `$batch`es of PAGES_PER_BATCH pages each, all sent at once, so
   * the editors' view of 50 items waits for one step of 25 round trips, not 50 in turn.
   */
  public async confirmationsForPages(pageKeys: readonly string[]): Promise<Record<string, ReadConfirmation[]>> {
    const keys = pageKeys.map(checkedPageKey).filter((key, i, all) => all.indexOf(key) === i);
    const out: Record<string, ReadConfirmation[]> = {};
    if (keys.length === 0) {
      return out;
    }
    const config = await this.deps.tenantConfig.getConfig();
    const chunks: string[][] = [];
    for (let start = 0; start < keys.length; start += PAGES_PER_BATCH) {
      chunks.push(keys.slice(start, start + PAGES_PER_BATCH));
    }
    await Promise.all(chunks.map(async chunk => {
      const [batched, execute] = this.deps.sp(config.sharedSite.path).batched();
      const list = batched.web.lists.getByTitle(CONFIRMATION_LIST);
      const reads = chunk.map(key => pageBucketValues(key).map(bucket =>
        list.items.select(...CONFIRMATION_SELECT).expand('Author').filter(bucketFilter(bucket)).top(PAGE_SIZE)() as Promise<RawItem[]>));
      // Observed before the batch is sent: when the batch fails, PnPjs leaves its reads unanswered.
      const settled = reads.map(page => page.map(read => read.then(value => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }))));
      await execute();
      for (let i = 0; i < chunk.length; i++) {
        const confirmations: ReadConfirmation[] = [];
        for (const result of await Promise.all(settled[i])) {
          if (!result.ok) {
            throw result.error;
          }
          for (const raw of result.value) {
            const c = confirmationOf(raw);
            if (c && c.pageKey === chunk[i]) {
              confirmations.push(c);
            }
          }
        }
        out[chunk[i]] = earliestPerReader(confirmations).sort((a, b) => a.confirmedAt.localeCompare(b.confirmedAt) || a.itemId - b.itemId);
      }
    }));
    return out;
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

