import { spGet, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/batching';
import { addMonths, dayNumber, stockholmDay } from '../src/core/contentHealth';
import { stockholmDayNumber } from '../src/core/dates';
import { CONFIRMATION_LIST, PAGE_BUCKET_FIELD, READER_FIELD } from '../src/core/readConfirmation';
import { SUMMARY_FILE, SUMMARY_LIBRARY_URL } from '../src/core/confirmationSummary';
import type { SetupContext, Step } from './steps';

/**
 * `npm run setup -- --remove-confirmations-after-months N`: removes the items of 'Läsbekräftelser'
 * whose page's *Läses senast* (SamverkaReadBy) is more than N months past. A confirmation whose page
 * has no due date, or whose page no longer exists (deleted, or on a site setup does not manage), is
 * removed N months after it was made (its Created): there is no other day to count from, and keeping
 * it for ever is what the option exists to prevent.
 *
 * Reads: the list by ID, 5,000 a page (no filter: the list passes the list view threshold long
 * before a page's buckets do); the id (`_api/site`) of each hub and the shared site and its Site Pages by ID, 5,000 a
 * page, with UniqueId and SamverkaReadBy only. Removes: `DELETE` of each item (SP.ListItem.DeleteObject,
 * past the recycle bin: a removed confirmation is not kept anywhere), 100 to a `$batch`.
 *
 * The editors' summary of who has confirmed which page (src/core/confirmationSummary.ts) is a copy of
 * the list: when confirmations are to be removed the step deletes its file too (`DELETE` of the file,
 * SP.File.DeleteObject, past the recycle bin), before removing them (a summary that cannot be deleted
 * stops the step with nothing removed, so the next run tries again) and once more after (one the
 * editors' view wrote in the meantime). The editors' view writes a new one from what the list holds.
 * A file that is not there (404) is what was asked.
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

/** Every confirmation of the list, by ID. */
async function readConfirmations(sp: SPFI): Promise<ConfirmationRow[]> {
  const items = sp.web.lists.getByTitle(CONFIRMATION_LIST).items.select('Id', 'Created', READER_FIELD, PAGE_BUCKET_FIELD).top(5000);
  return (await allItems(items)).map(raw => ({
    id: Number(raw.Id),
    pageBucket: text(raw[PAGE_BUCKET_FIELD]),
    reader: text(raw[READER_FIELD]).toLowerCase(),
    created: text(raw.Created)
  }));
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

/** Deletes the items, DELETE_BATCH_SIZE to a `$batch`; answers how many went and the first failure. */
async function removeItems(sp: SPFI, ids: readonly number[]): Promise<{ removed: number; failed: number; firstError?: string }> {
  let removed = 0;
  let failed = 0;
  let firstError: string | undefined;
  for (let start = 0; start < ids.length; start += DELETE_BATCH_SIZE) {
    const [batched, execute] = sp.batched({ maxRequests: DELETE_BATCH_SIZE });
    const list = batched.web.lists.getByTitle(CONFIRMATION_LIST);
    const done = ids.slice(start, start + DELETE_BATCH_SIZE).map(id => list.items.getById(id).delete().then(
      () => { removed++; },
      (error: unknown) => {
        // Gone already (another run, or an owner by hand): what was asked is done.
        if ((error as { status?: number }).status === 404) {
          removed++;
          return;
        }
        failed++;
        firstError = firstError || (error as Error).message;
      }
    ));
    await execute();
    await Promise.all(done);
  }
  return { removed, failed, firstError };
}

/** The server-relative path of the editors' summary on the shared site. */
export function summaryFilePath(sharedSitePath: string): string {
  return `${sharedSitePath.replace(/\/+$/, '')}/${SUMMARY_LIBRARY_URL}/${SUMMARY_FILE}`;
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

/** The setup step: its plan says how many it would remove per municipality; its run removes them and the editors' summary. */
export function confirmationRetentionStep(ctx: SetupContext, months: number, now: () => Date = () => new Date()): Step {
  const shared = ctx.config.sharedSite.path;
  const municipalities = ctx.config.municipalities.map(m => ({ id: m.id, shortName: m.shortName, emailDomain: m.emailDomain }));
  const plan = async (): Promise<RemovalPlan | undefined> => {
    if (ctx.planned.has(`site:${shared}`) || !(await listExists(ctx, shared))) {
      return undefined;
    }
    const rows = await readConfirmations(ctx.sp(shared));
    if (rows.length === 0) {
      return planRemoval([], new Map(), months, now(), municipalities);
    }
    // News live on the hubs and the shared site: only their Site Pages have the must-read columns.
    const sitePaths = ctx.sites().filter(s => s.kind !== 'associated').map(s => s.path).filter(p => !ctx.planned.has(`site:${p}`));
    return planRemoval(rows, await readDueDates(ctx, sitePaths), months, now(), municipalities);
  };
  return {
    id: `confirmation-retention:${shared}`,
    title: `read confirmations in "${CONFIRMATION_LIST}" on ${shared} more than ${months} months after their page's due date`,
    async inspect() {
      const p = await plan();
      if (!p) {
        return { action: 'exists', detail: 'no list yet, nothing to remove' };
      }
      return p.remove.length === 0
        ? { action: 'exists', detail: `none to remove (${p.kept} kept)` }
        : { action: 'update', detail: `${describePlan(p, months)}; and delete the editors' summary ${SUMMARY_FILE}` };
    },
    async apply() {
      const p = await plan();
      if (!p || p.remove.length === 0) {
        return 'removed no read confirmations';
      }
      const sp = ctx.sp(shared);
      const summary = summaryFilePath(shared);
      const deletedBefore = await deleteSummary(sp, summary);
      const result = await removeItems(sp, p.remove);
      const deletedAfter = result.removed > 0 ? await deleteSummary(sp, summary) : false;
      if (result.failed > 0) {
        throw new Error(`removed ${result.removed} read confirmations, ${result.failed} could not be removed: ${result.firstError || 'unknown error'}`);
      }
      const summaryNote = deletedBefore || deletedAfter ? `deleted the editors' summary ${summary}` : 'there was no editors\' summary to delete';
      return `removed ${result.removed} read confirmations (${p.perMunicipality.filter(m => m.count > 0).map(m => `${m.name} ${m.count}`).join(', ')}); ${summaryNote}`;
    }
  };
}

async function listExists(ctx: SetupContext, path: string): Promise<boolean> {
  const lists = await spGet(ctx.api(path, 'web/lists').select('Title'));
  const values = (Array.isArray(lists) ? lists : (lists as { value?: Json[] }).value || []) as Json[];
  return values.some(l => text(l.Title).toLowerCase() === CONFIRMATION_LIST.toLowerCase());
}
