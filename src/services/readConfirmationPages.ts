import type { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IItems } from '@pnp/sp/items';
import {
  bucketFilter, CONFIRMATION_LIST, confirmationInBucket, confirmationOf, earliestPerReader, PAGE_BUCKET_FIELD, PAGE_BUCKETS,
  pageBucketValues, ReadConfirmation, READER_FIELD
} from '../core/readConfirmation';
import { BATCH_PARTS, PAGE_SIZE } from './readConfirmationLimits';

/*
 * Everyone's confirmations of many pages, for editors: this module holds PnPjs' web, list, item and
 * batching code, so it is loaded on demand (ReadConfirmationService.confirmationsForPages) or with
 * the editors' report, never with a reader's first render.
 */

type RawItem = Record<string, unknown>;

/** JSON without OData metadata (SharePoint's JSON light, as content health reads): a fifth of the bytes per item. */
const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });
/** A window's items: who, which page and when. */
const WINDOW_SELECT = ['Id', 'Created', READER_FIELD, PAGE_BUCKET_FIELD, 'Author/Name', 'Author/Title'];
/** A bucket's items: who and when; the page and bucket are the query's. */
const BUCKET_SELECT = ['Id', 'Created', READER_FIELD, 'Author/Name', 'Author/Title'];

/** The reads of many pages' confirmations, to send in `$batch`es of the shared site (alone, or with other reads of it). */
export interface ConfirmationReads {
  /** Each registers one query on the client given (a batched client of the shared site) and answers its items. */
  queries: Array<(sharedSite: SPFI) => Promise<RawItem[]>>;
  /** The queries' answers, in order, as each page's confirmations (one per person, the earliest first). */
  collect(results: readonly RawItem[][]): Record<string, ReadConfirmation[]>;
}

/**
 * The list's highest item ID (0 when it is empty; Infinity when the answer makes no sense): ID is
 * indexed, so sorting by it is allowed past the list view threshold. Registered at once, so with a
 * batched client it goes in that `$batch`.
 */
export async function newestConfirmationId(sharedSite: SPFI): Promise<number> {
  const top = await sharedSite.web.lists.getByTitle(CONFIRMATION_LIST).items.using(NO_METADATA).select('Id').orderBy('ID', false).top(1)() as RawItem[];
  const id = top.length > 0 ? Number(top[0].Id) : 0;
  return isFinite(id) ? id : Infinity;
}

/** The list's lowest item ID (0 when it is empty): where reading the whole list by windows starts (ID is indexed). */
export async function oldestConfirmationId(sharedSite: SPFI): Promise<number> {
  const bottom = await sharedSite.web.lists.getByTitle(CONFIRMATION_LIST).items.using(NO_METADATA).select('Id').orderBy('ID', true).top(1)() as RawItem[];
  const id = bottom.length > 0 ? Number(bottom[0].Id) : 0;
  return isFinite(id) && id > 0 ? id : 0;
}

/**
 * How to read the pages' confirmations (`keys`: checked page keys, each once), in the fewer queries
 * of two ways, each under the list view threshold:
 * - by bucket: one query per bucket of each page (PAGE_BUCKETS a page), on the indexed bucket column;
 * - by ID: the whole list in windows of PAGE_SIZE IDs (`$skiptoken=Paged=TRUE&p_ID=<n>`, as SharePoint's
 *   own next-page links page by the always indexed ID), the pages' items kept: when the list is small
 *   for the number of pages (650 people and 50 items: 3 windows rather than 400 bucket queries).
 * Without the list's highest ID (`highestId` Infinity) it reads by bucket.
 */
export function planConfirmationReads(keys: readonly string[], highestId: number): ConfirmationReads {
  const windows = Math.ceil(highestId / PAGE_SIZE);
  const reads: Array<{ read: (items: IItems) => IItems; bucket?: string }> = [];
  if (keys.length === 0) {
    // Nothing to read.
  } else if (windowsAreFewer(keys.length, highestId)) {
    for (let w = 0; w < windows; w++) {
      reads.push({ read: items => items.select(...WINDOW_SELECT).expand('Author').skip(w * PAGE_SIZE).top(PAGE_SIZE) });
    }
  } else {
    keys.forEach(key => pageBucketValues(key).forEach(bucket => reads.push({
      read: items => items.select(...BUCKET_SELECT).expand('Author').filter(bucketFilter(bucket)).top(PAGE_SIZE), bucket
    })));
  }
  const collect = (results: readonly RawItem[][]): Record<string, ReadConfirmation[]> => {
    const found: Record<string, ReadConfirmation[]> = {};
    keys.forEach(key => { found[key] = []; });
    const seen: Record<number, true> = {};
    results.forEach((value, i) => {
      const bucket = reads[i].bucket;
      for (const raw of value) {
        const c = bucket ? confirmationInBucket(raw, bucket) : confirmationOf(raw);
        // Windows may overlap where IDs were removed: each item once.
        if (c && found[c.pageKey] && !seen[c.itemId]) {
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
    queries: reads.map(q => (sharedSite: SPFI) => q.read(sharedSite.web.lists.getByTitle(CONFIRMATION_LIST).items.using(NO_METADATA))() as Promise<RawItem[]>),
    collect
  };
}

/** Whether reading the whole list by windows of IDs takes fewer queries than the pages' buckets (planConfirmationReads). */
export function windowsAreFewer(pageCount: number, highestId: number): boolean {
  return Math.ceil(highestId / PAGE_SIZE) < pageCount * PAGE_BUCKETS;
}

/** The reads of every confirmation after one id, for the editors' summary (src/core/confirmationSummary.ts). */
export interface ConfirmationsAfter {
  queries: Array<(sharedSite: SPFI) => Promise<RawItem[]>>;
  /** Every checked confirmation the answers hold (whatever its page), each item once, in id order. */
  collect(results: readonly RawItem[][]): ReadConfirmation[];
}

/**
 * Every confirmation with an id above `afterId`, in windows of PAGE_SIZE IDs up to `highestId`
 * (`$skiptoken=Paged=TRUE&p_ID=<n>`, as planConfirmationReads' windows): one query when few were
 * added since the summary, the whole list in windows when there is no summary. An item added while
 * the windows are read may be in the last one too; it is taken in like the others.
 */
export function planConfirmationsAfter(afterId: number, highestId: number): ConfirmationsAfter {
  const windows = Math.max(0, Math.ceil((highestId - afterId) / PAGE_SIZE));
  const queries: ConfirmationsAfter['queries'] = [];
  for (let w = 0; w < windows; w++) {
    const from = afterId + w * PAGE_SIZE;
    queries.push(sharedSite => sharedSite.web.lists.getByTitle(CONFIRMATION_LIST).items.using(NO_METADATA)
      .select(...WINDOW_SELECT).expand('Author').skip(from).top(PAGE_SIZE)() as Promise<RawItem[]>);
  }
  return {
    queries,
    collect: results => {
      const seen = new Set<number>();
      const out: ReadConfirmation[] = [];
      for (const value of results) {
        for (const raw of value) {
          const c = confirmationOf(raw);
          // Windows may overlap where IDs were removed: each item once.
          if (c && c.itemId > afterId && !seen.has(c.itemId)) {
            seen.add(c.itemId);
            out.push(c);
          }
        }
      }
      return out.sort((a, b) => a.itemId - b.itemId);
    }
  };
}

/** The plan's queries on the shared site, in `$batch`es of BATCH_PARTS all sent at once; a failed read fails the whole. */
export async function readConfirmationsOfPages(sharedSite: SPFI, plan: ConfirmationReads): Promise<Record<string, ReadConfirmation[]>> {
  const chunks: Array<ConfirmationReads['queries']> = [];
  for (let start = 0; start < plan.queries.length; start += BATCH_PARTS) {
    chunks.push(plan.queries.slice(start, start + BATCH_PARTS));
  }
  const answers = await Promise.all(chunks.map(async chunk => {
    const [batched, execute] = sharedSite.batched({ maxRequests: BATCH_PARTS });
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
