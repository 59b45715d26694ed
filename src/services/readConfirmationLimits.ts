/** SharePoint's largest page, and (with the buckets) the most one indexed query may match on a large list. */
export const PAGE_SIZE = 5000;
/** Pages per `$batch` when many are read: 8 bucket queries each, 16 requests, under the 20 PnPjs puts in one $batch (it sends more as further round trips, one after the other). */
export const PAGES_PER_BATCH = 2;
