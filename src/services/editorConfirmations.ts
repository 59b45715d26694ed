import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import {
  ConfirmationSummary, confirmedReaders, emptySummary, parseSummary, serializeSummary, SUMMARY_FILE, SUMMARY_LIBRARY_URL, withConfirmations
} from '../core/confirmationSummary';
import { failureCodeOf } from '../core/failures';
import { planConfirmationReads, planConfirmationsAfter, windowsAreFewer } from './readConfirmationPages';

/*
 * The confirmations the editors' view reads (mustReadReportService.ts), and its summary of them
 * (src/core/confirmationSummary.ts) as a file of the shared site: read whole
 * (`getFileByServerRelativePath(…)/$value`), written whole (`files/AddUsingPath` with Overwrite).
 * In the editors' chunk only, with the report's other services.
 */

export interface SummaryRead {
  summary: ConfirmationSummary;
  /** Whether to write what is learnt: not when the editor may not open the library (setup gives them Contribute). */
  writable: boolean;
  /** The file's ETag as read (SP.File.ETag), null when there was none: what writeSummary expects to find still. */
  etag: string | null;
}

/** The library's server-relative path on the shared site. */
export function summaryFolderPath(sharedSitePath: string): string {
  return `${sharedSitePath.replace(/\/+$/, '')}/${SUMMARY_LIBRARY_URL}`;
}

/** The summary file's server-relative path on the shared site. */
export function summaryFilePath(sharedSitePath: string): string {
  return `${summaryFolderPath(sharedSitePath)}/${SUMMARY_FILE}`;
}

/**
 * The summary, or an empty one: when there is no file yet (404: first use, or setup has not made the
 * library since this release, in which case the write fails as quietly), or it cannot be read. Its
 * content and its ETag are asked together (both in the caller's `$batch` when `sharedSite` is batched).
 */
export async function readSummary(sharedSite: SPFI, sharedSitePath: string): Promise<SummaryRead> {
  const text = sharedSite.web.getFileByServerRelativePath(summaryFilePath(sharedSitePath)).getText();
  const etag = summaryEtag(sharedSite, sharedSitePath);
  try {
    const summary = parseSummary(await text);
    const tag = await etag;
    // A summary whose ETag did not come cannot be guarded (writeSummary): read, not written.
    return { summary, writable: typeof tag === 'string', etag: typeof tag === 'string' ? tag : null };
  } catch (error) {
    await etag;
    return { summary: emptySummary(), writable: failureCodeOf(error) === 'notFound', etag: null };
  }
}

/** The file's ETag (SP.File.ETag, `?$select=ETag`), null when there is no file (404), undefined when it could not be read. */
function summaryEtag(sharedSite: SPFI, sharedSitePath: string): Promise<string | null | undefined> {
  return sharedSite.web.getFileByServerRelativePath(summaryFilePath(sharedSitePath)).select('ETag')<{ ETag?: string }>().then(
    file => typeof file.ETag === 'string' && file.ETag ? file.ETag : undefined,
    (error: unknown) => failureCodeOf(error) === 'notFound' ? null : undefined
  );
}

/**
 * Writes the summary over the one there, only if that is still the one read (`expected`, null for none):
 * its ETag is asked again just before. A summary is never wrong, only more or less far on, but a retention
 * run removes confirmations and writes a summary without their readers, after deleting the file; a view
 * that read before it must not put them back. So when the file changed or went since the read, nothing is
 * written (the next view reads a little more). False when nothing was written; the view has its counts either way.
 */
export async function writeSummary(sharedSite: SPFI, sharedSitePath: string, summary: ConfirmationSummary, expected: string | null): Promise<boolean> {
  const now = await summaryEtag(sharedSite, sharedSitePath);
  if (now === undefined || now !== expected) {
    return false;
  }
  return putSummaryText(sharedSite, sharedSitePath, serializeSummary(summary)).then(() => true, () => false);
}

/** The one write of the summary file (the editors' view's, and setup's retention after it removes confirmations); throws what SharePoint answered. */
export async function putSummaryText(sharedSite: SPFI, sharedSitePath: string, text: string): Promise<void> {
  await sharedSite.web.getFolderByServerRelativePath(summaryFolderPath(sharedSitePath)).files.addUsingPath(SUMMARY_FILE, text, { Overwrite: true });
}

/** Reads to send in the shared site's `$batch`es, and each page's confirmed readers from their answers, in order. */
export interface OverviewConfirmationReads {
  parts: ReadonlyArray<(sharedSite: SPFI) => Promise<unknown>>;
  confirmed(values: ReadonlyArray<Array<Record<string, unknown>>>): Record<string, ReadonlySet<string>>;
}

/**
 * How the overview reads the confirmations of its pages (`keys`): with a summary, or with none when
 * the whole list by windows is fewer queries than the pages' buckets, the windows after it (from the
 * list's lowest ID: below it a retention run has removed everything), taken into it and handed to
 * `write` when it learnt something; else only the pages' buckets (planConfirmationReads).
 */
export function confirmationReads(
  keys: readonly string[], highestId: number, lowestId: number, read: SummaryRead, now: Date, write: (summary: ConfirmationSummary) => void
): OverviewConfirmationReads {
  if (keys.length === 0) {
    return { parts: [], confirmed: () => ({}) };
  }
  // A summary past the list's highest ID is of a list that is no more (removed and made again by setup): none.
  const summary = read.summary.upTo > highestId ? emptySummary() : read.summary;
  const writable = read.writable;
  if (summary.upTo === 0 && !windowsAreFewer(keys.length, highestId)) {
    const byBucket = planConfirmationReads(keys, highestId);
    return {
      parts: byBucket.queries,
      confirmed: values => {
        const found = byBucket.collect(values);
        const out: Record<string, ReadonlySet<string>> = {};
        keys.forEach(key => { out[key] = new Set((found[key] || []).map(c => c.reader.userPrincipalName)); });
        return out;
      }
    };
  }
  const after = planConfirmationsAfter(Math.max(summary.upTo, lowestId - 1), highestId);
  return {
    parts: after.queries,
    confirmed: values => {
      const next = withConfirmations(summary, after.collect(values), now);
      if (next.changed && writable) {
        write(next.summary);
      }
      const out: Record<string, ReadonlySet<string>> = {};
      keys.forEach(key => { out[key] = confirmedReaders(next.summary, key); });
      return out;
    }
  };
}
