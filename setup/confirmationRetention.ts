import { spGet, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/batching';
import { addMonths, dayNumber, stockholmDay } from '../src/core/contentHealth';
import { stockholmDayNumber } from '../src/core/dates';
import { CONFIRMATION_LIST, confirmationOf, PAGE_BUCKET_FIELD, type ReadConfirmation, READER_FIELD } from '../src/core/readConfirmation';
import { emptySummary, serializeSummary, SUMMARY_FILE, withConfirmations } from '../src/core/confirmationSummary';
import { putSummaryText, summaryFilePath } from '../src/services/editorConfirmations';
import type { SetupContext, Step } from './steps';

/**
 * `npm run setup -- --remove-confirmations-after-months N`: removes the items of 'Läsbekräftelser'
 * whose page's *Läses senast* (SamverkaReadBy) is more than N months past. A confirmation whose page
 * has no due date, or whose page no longer exists (deleted, or on a site setup does not manage), is
 * removed N months after it was made (its Created): there is no other day to count from, and keeping
 * it for ever is what the option exists to prevent.
 *
 * Reads: the list by ID, 5,000 a page (no filter: the list passes the list view threshold long
 * before a page's buckets do), with its Author (`$expand=Author`: Name, Title) so that each item can
 * be checked as the editors' view checks it (confirmationOf); the id (`_api/site`) of each hub and
 * the shared site and its Site Pages by ID, 5,000 a page, with UniqueId and SamverkaReadBy only. Removes: `DELETE` of each item (SP.ListItem.DeleteObject,
 * past the recycle bin: a removed confirmation is not kept anywhere), 100 to a `$batch`.
 *
 * The editors' summary of who has confirmed which page (src/core/confirmationSummary.ts) is a copy of
 * the list. When confirmations are to be removed the step deletes its file first (`DELETE` of the
 * file, SP.File.DeleteObject, past the recycle bin; a file that is not there, 404, is what was asked):
 * a summary that cannot be deleted stops the step with nothing removed, so the next run tries again.
 * Once it has removed any, it writes a new summary of the checked confirmations it read and kept
 * (`files/AddUsingPath` with Overwrite, the request the editors' view sends), over any the editors'
 * view wrote in the meantime, so the next editors' view reads only what was added since rather than
 * the whole list. Should that write fail, it deletes the file instead (the editors' view then reads
 * the whole list once and writes one), and either failure is the step's error.
 */

/**
 * Items deleted per SharePoint `$batch`. Microsoft documents no number of requests for SharePoint's
 * `$batch` (Make batch requests with the REST APIs); PnPjs splits at 20 unless told. 100 makes a
 * year's confirmations of a few thousand people a few hundred round trips, and keeps one answer small.
 */
export const DELETE_BATCH_SIZE = 100;

export interface ConfirmationRow {
  id: number;
  /** `<site id>/<unique id>#<bucket>` as stored. */
  pageBucket: string;
  /** The reader's UPN, lower case. */
  reader: string;
  /** ISO 8601. */
  created: string;
}

/** The list as read: every item (all are weighed for removal) and the items that are confirmations (confirmationOf). */
export interface ConfirmationsRead {
  rows: ConfirmationRow[];
  checked: ReadConfirmation[];
}

export interface RetentionMunicipality {
  id: string;
  shortName: string;
  emailDomain: string;
}

export interface RemovalPlan {
  /** The item ids to remove. */
  remove: number[];
  /** How many of them per municipality (by the reader's address), in the order given; `other` for an address of none. */
  perMunicipality: Array<{ name: string; count: number }>;
  /** Why they go: the page's due date passed, or (no due date, or no page) the confirmation's own date. */
  byDueDate: number;
  byConfirmationDate: number;
  kept: number;
}

export const OTHER_MUNICIPALITY = 'other';

function pageKeyOfBucket(value: string): string {
  const hash = value.lastIndexOf('#');
  return (hash > 0 ? value.slice(0, hash) : value).toLowerCase();
}

/**
 * The last Stockholm day on which an item dated `basis` is kept: its day plus `months` calendar
 * months (a date-only column is Stockholm midnight in UTC, hence the few hours' shift).
 */
export function lastDayKept(basis: string, months: number): number {
  const time = Date.parse(basis);
  return dayNumber(addMonths(stockholmDay(new Date(time + 6 * 3600000)), months));
}

/**
 * Which confirmations to remove on `now`: those whose page's due date (else their own date) plus
 * `months` is a day before today in Stockholm.
 */
export function planRemoval(
  rows: readonly ConfirmationRow[],
  dueDates: ReadonlyMap<string, string | null>,
  months: number,
  now: Date,
  municipalities: readonly RetentionMunicipality[]
): RemovalPlan {
  const today = stockholmDayNumber(now);
  const counts = new Map<string, number>(municipalities.map(m => [m.shortName, 0]));
  const plan: RemovalPlan = { remove: [], perMunicipality: [], byDueDate: 0, byConfirmationDate: 0, kept: 0 };
  for (const row of rows) {
    const due = dueDates.get(pageKeyOfBucket(row.pageBucket));
    const basis = due && !isNaN(Date.parse(due)) ? due : row.created;
    if (isNaN(Date.parse(basis)) || lastDayKept(basis, months) >= today) {
      plan.kept++;
      continue;
    }
    plan.remove.push(row.id);
    if (basis === due) {
      plan.byDueDate++;
    } else {
      plan.byConfirmationDate++;
    }
    const domain = row.reader.slice(row.reader.lastIndexOf('@') + 1).toLowerCase();
    const municipality = municipalities.find(m => m.emailDomain.toLowerCase() === domain);
    const name = municipality ? municipality.shortName : OTHER_MUNICIPALITY;
    counts.set(name, (counts.get(name) || 0) + 1);
  }
  plan.perMunicipality = Array.from(counts.entries()).map(([name, count]) => ({ name, count }));
  return plan;
}

export function describePlan(plan: RemovalPlan, months: number): string {
  const parts = plan.perMunicipality.filter(m => m.count > 0 || m.name !== OTHER_MUNICIPALITY).map(m => `${m.name} ${m.count}`).join(', ');
  return `remove ${plan.remove.length} of ${plan.remove.length + plan.kept} (${parts}): ${plan.byDueDate} more than ${months} months after their page's due date, ` +
    `${plan.byConfirmationDate} more than ${months} months after they were made (page without a due date, or gone)`;
}

type Json = Record<string, unknown>;

async function allItems(items: AsyncIterable<unknown>): Promise<Json[]> {
  const all: Json[] = [];
  for await (const page of items) {
    all.push(...(page as Json[]));
  }
  return all;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** What the list's items are read with: the editors' view's window of the list (readConfirmationPages.ts), so confirmationOf can check them. */
const RETENTION_SELECT = ['Id', 'Created', READER_FIELD, PAGE_BUCKET_FIELD, 'Author/Name', 'Author/Title'];

/** Every item of the list, by ID. */
async function readConfirmations(sp: SPFI): Promise<ConfirmationsRead> {
  const items = sp.web.lists.getByTitle(CONFIRMATION_LIST).items.select(...RETENTION_SELECT).expand('Author').top(5000);
  const read: ConfirmationsRead = { rows: [], checked: [] };
  for (const raw of await allItems(items)) {
    read.rows.push({
      id: Number(raw.Id),
      pageBucket: text(raw[PAGE_BUCKET_FIELD]),
      reader: text(raw[READER_FIELD]).toLowerCase(),
      created: text(raw.Created)
    });
    const checked = confirmationOf(raw);
    if (checked) {
      read.checked.push(checked);
    }
  }
  return read;
}

/** The due date of each page of the sites, by page key (`<site id>/<unique id>`); null for none. */
async function readDueDates(ctx: SetupContext, sitePaths: readonly string[]): Promise<Map<string, string | null>> {
  const dates = new Map<string, string | null>();
  for (const path of sitePaths) {
    const site: Json = await spGet(ctx.api(path, 'site').select('Id'));
    const siteId = text(site.Id).toLowerCase();
    const pages = ctx.sp(path).web.lists.getByTitle('Site Pages').items.select('Id', 'UniqueId', 'SamverkaReadBy').top(5000);
    for (const raw of await allItems(pages)) {
      const readBy = text(raw.SamverkaReadBy);
      dates.set(`${siteId}/${text(raw.UniqueId).toLowerCase()}`, readBy || null);
    }
  }
  return dates;
}

/** Deletes the items, DELETE_BATCH_SIZE to a `$batch`; answers which went (or were gone), how many did not and the first failure. */
async function removeItems(sp: SPFI, ids: readonly number[]): Promise<{ removed: number; gone: Set<number>; failed: number; firstError?: string }> {
  let removed = 0;
  const gone = new Set<number>();
  let failed = 0;
  let firstError: string | undefined;
  for (let start = 0; start < ids.length; start += DELETE_BATCH_SIZE) {
    const [batched, execute] = sp.batched({ maxRequests: DELETE_BATCH_SIZE });
    const list = batched.web.lists.getByTitle(CONFIRMATION_LIST);
    const done = ids.slice(start, start + DELETE_BATCH_SIZE).map(id => list.items.getById(id).delete().then(
      () => { removed++; gone.add(id); },
      (error: unknown) => {
        // Gone already (another run, or an owner by hand): what was asked is done.
        if ((error as { status?: number }).status === 404) {
          removed++;
          gone.add(id);
          return;
        }
        failed++;
        firstError = firstError || (error as Error).message;
      }
    ));
    await execute();
    await Promise.all(done);
  }
  return { removed, gone, failed, firstError };
}


/** Deletes the summary file; false when there was none (404: no file, or no library yet). */
async function deleteSummary(sp: SPFI, path: string): Promise<boolean> {
  try {
    await sp.web.getFileByServerRelativePath(path).delete();
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) {
      return false;
    }
    throw new Error(`could not delete the editors' summary ${path}: ${(error as Error).message}`);
  }
}

/**
 * The summary of the confirmations kept, as the editors' view would make it from the list: the
 * checked ones read (`read`) less those removed (`gone`), taken in by withConfirmations with the
 * clock of the read, so that its `upTo` stays below any confirmation younger than SUMMARY_SETTLE_MS
 * then.
 *
 * It is right although people go on confirming while the step runs, as the editors' view's summary
 * is: confirmations are added, never changed, and SharePoint gives each item a higher id than any
 * before it, so whatever the read did not see has a higher id than every item it saw, above `upTo`,
 * and the next editors' view reads it. The one exception, an item not yet visible when the list was
 * read, was made less than SUMMARY_SETTLE_MS before the read: its id is above every settled one, and
 * `upTo` is at most the highest settled one and below the first unsettled one read, so it is read
 * next time too. Nothing removed is in it: only what was read and not removed.
 */
export function keptSummary(read: readonly ReadConfirmation[], gone: ReadonlySet<number>, readAt: Date): string {
  return serializeSummary(withConfirmations(emptySummary(), read.filter(c => !gone.has(c.itemId)), readAt).summary);
}

/**
 * Writes the summary text over the file (`files/AddUsingPath` with Overwrite, as the editors' view);
 * when that fails, deletes the file, so that no summary of confirmations since removed is left.
 * Throws when the write failed, saying whether the file is gone.
 */
async function rewriteSummary(sp: SPFI, sharedSitePath: string, summaryText: string): Promise<void> {
  try {
    await putSummaryText(sp, sharedSitePath, summaryText);
    return;
  } catch (error) {
    const path = summaryFilePath(sharedSitePath);
    const failed = `could not write the editors' summary ${path}: ${(error as Error).message}`;
    try {
      await deleteSummary(sp, path);
    } catch (deleteError) {
      throw new Error(`${failed}; and ${(deleteError as Error).message}`);
    }
    throw new Error(`${failed}; deleted it instead (the editors' view reads the whole list once and writes a new one)`);
  }
}

interface RetentionPlan {
  removal: RemovalPlan;
  /** The list's checked confirmations, as read. */
  checked: ReadConfirmation[];
  /** The clock when the list was read: what is removed is counted from it, and the summary settles by it. */
  readAt: Date;
}

/** The setup step: its plan says how many it would remove per municipality; its run removes them and rewrites the editors' summary. */
export function confirmationRetentionStep(ctx: SetupContext, months: number, now: () => Date = () => new Date()): Step {
  const shared = ctx.config.sharedSite.path;
  const municipalities = ctx.config.municipalities.map(m => ({ id: m.id, shortName: m.shortName, emailDomain: m.emailDomain }));
  const plan = async (): Promise<RetentionPlan | undefined> => {
    if (ctx.planned.has(`site:${shared}`) || !(await listExists(ctx, shared))) {
      return undefined;
    }
    const readAt = now();
    const { rows, checked } = await readConfirmations(ctx.sp(shared));
    if (rows.length === 0) {
      return { removal: planRemoval([], new Map(), months, readAt, municipalities), checked, readAt };
    }
    // News live on the hubs and the shared site: only their Site Pages have the must-read columns.
    const sitePaths = ctx.sites().filter(s => s.kind !== 'associated').map(s => s.path).filter(p => !ctx.planned.has(`site:${p}`));
    return { removal: planRemoval(rows, await readDueDates(ctx, sitePaths), months, readAt, municipalities), checked, readAt };
  };
  return {
    id: `confirmation-retention:${shared}`,
    title: `read confirmations in "${CONFIRMATION_LIST}" on ${shared} more than ${months} months after their page's due date`,
    async inspect() {
      const planned = await plan();
      if (!planned) {
        return { action: 'exists', detail: 'no list yet, nothing to remove' };
      }
      const p = planned.removal;
      return p.remove.length === 0
        ? { action: 'exists', detail: `none to remove (${p.kept} kept)` }
        : { action: 'update', detail: `${describePlan(p, months)}; and rewrite the editors' summary ${SUMMARY_FILE} with those kept` };
    },
    async apply() {
      const planned = await plan();
      if (!planned || planned.removal.remove.length === 0) {
        return 'removed no read confirmations';
      }
      const p = planned.removal;
      const sp = ctx.sp(shared);
      const summary = summaryFilePath(shared);
      // Deleted first: a summary that cannot be deleted stops the step before any confirmation is removed.
      await deleteSummary(sp, summary);
      const result = await removeItems(sp, p.remove);
      let summaryError: string | undefined;
      if (result.removed > 0) {
        // Of what was read less what went: an item that could not be removed is still in the list, so in the summary.
        try {
          await rewriteSummary(sp, shared, keptSummary(planned.checked, result.gone, planned.readAt));
        } catch (error) {
          summaryError = (error as Error).message;
        }
      }
      if (result.failed > 0) {
        const more = summaryError ? `; ${summaryError}` : '';
        throw new Error(`removed ${result.removed} read confirmations, ${result.failed} could not be removed: ${result.firstError || 'unknown error'}${more}`);
      }
      if (summaryError) {
        throw new Error(`removed ${result.removed} read confirmations, but ${summaryError}`);
      }
      const kept = planned.checked.filter(c => !result.gone.has(c.itemId)).length;
      return `removed ${result.removed} read confirmations (${p.perMunicipality.filter(m => m.count > 0).map(m => `${m.name} ${m.count}`).join(', ')}); ` +
        `wrote the editors' summary ${summary} of the ${kept} confirmations kept`;
    }
  };
}

async function listExists(ctx: SetupContext, path: string): Promise<boolean> {
  const lists = await spGet(ctx.api(path, 'web/lists').select('Title'));
  const values = (Array.isArray(lists) ? lists : (lists as { value?: Json[] }).value || []) as Json[];
  return values.some(l => text(l.Title).toLowerCase() === CONFIRMATION_LIST.toLowerCase());
}
