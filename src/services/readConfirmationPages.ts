import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { bucketFilter, CONFIRMATION_LIST, CONFIRMATION_SELECT, confirmationOf, earliestPerReader, pageBucketValues, ReadConfirmation } from '../core/readConfirmation';
import { PAGE_SIZE, PAGES_PER_BATCH } from './readConfirmationLimits';
import type { SamverkaSp } from './spClient';

type RawItem = Record<string, unknown>;

/**
 * Everyone's confirmations of several pages (page key → one per person, the earliest first), for
 * editors (ReadConfirmationService.confirmationsForPages loads this on demand): the pages' bucket
 * queries in SharePoint `$batch`es of PAGES_PER_BATCH pages each, all sent at once, so the editors'
 * view of 50 items waits for one step of 25 round trips, not 50 in turn. `keys` are checked page keys.
 */
export async function readConfirmationsOfPages(sp: SamverkaSp, keys: readonly string[]): Promise<Record<string, ReadConfirmation[]>> {
  const out: Record<string, ReadConfirmation[]> = {};
  const chunks: string[][] = [];
  for (let start = 0; start < keys.length; start += PAGES_PER_BATCH) {
    chunks.push(keys.slice(start, start + PAGES_PER_BATCH));
  }
  await Promise.all(chunks.map(async chunk => {
    const [batched, execute] = sp.batched();
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
