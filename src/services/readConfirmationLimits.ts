/** SharePoint's largest page, and (with the buckets) the most one indexed query may match on a large list. */
export const PAGE_SIZE = 5000;
/**
 * Queries per SharePoint `$batch` when many are read: the most a `$batch` may hold (OData's
 * MaxPartsPerBatch, 100: emulator/CONTRACT.md, "Rules the local tenant enforces"); PnPjs would split
 * at 20, and each `$batch` is a request Page Diagnostics counts.
 */
export const BATCH_PARTS = 100;
