/**
 * Läs och bekräfta at the scale of all staff: a summary of who has confirmed which page, kept by the
 * editors' view so that it reads only the confirmations added since (src/services/mustReadReportService.ts).
 *
 * Why: SharePoint REST and Graph count no list items that match a filter, and an editor's overview of
 * 50 must-read items for 10,000 people is up to 500,000 confirmations: reading them all each time is
 * tens of megabytes. The summary is one file in a library of the shared site that only the editors
 * (and the site's owners) may open: for every page, the set of people whose confirmation is in it,
 * and the highest confirmation id it has taken in. The editors' view reads it, reads the list from
 * that id on (IDs are always indexed), counts, and writes it back when it learnt something.
 *
 * It is a copy of what the list holds, never the truth on its own:
 * - confirmations are added, never changed (readers may not edit or delete theirs), so the summary
 *   up to an id plus the confirmations after it is exactly the list; a summary written by an editor
 *   whose read was older only makes the next read longer, never wrong;
 * - a confirmation younger than SUMMARY_SETTLE_MS is read again the next time (an item can become
 *   visible after one with a higher id), which is harmless, as a person is in a page's set once;
 * - a file that cannot be read as a summary is treated as none (the list is read from the start);
 * - the retention option of setup, whenever it removes confirmations, writes the file anew from the
 *   confirmations it read and kept (deleting it only when that write fails), so nothing the list no
 *   longer holds stays in the copy.
 *
 * It stores who (the reader's user principal name) and which page; not when.
 */
import type { ReadConfirmation } from './readConfirmation';

/** The library's title and its address under the shared site. */
export const SUMMARY_LIBRARY = 'Läsbekräftelser, sammanställning';
export const SUMMARY_LIBRARY_URL = 'Lasbekraftelser-sammanstallning';
/** The one file in it. */
export const SUMMARY_FILE = 'sammanstallning.json';
/** Confirmations younger than this (by their Created) are read again next time. */
export const SUMMARY_SETTLE_MS = 15 * 60 * 1000;

const VERSION = 1;

export interface ConfirmationSummary {
  /** Every confirmation with an id up to this one is in the summary. */
  upTo: number;
  /** The readers (user principal names, lower case), each once; a reader's index is their bit. */
  readers: string[];
  /** Per page key, a bit set over `readers`: bit i set when readers[i] has confirmed the page. */
  pages: Record<string, Uint8Array>;
}

export function emptySummary(): ConfirmationSummary {
  return { upTo: 0, readers: [], pages: {} };
}

/** The summary a file holds; an empty one when the text is not a summary of this version. */
export function parseSummary(text: string): ConfirmationSummary {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptySummary();
  }
  const r = raw as { version?: unknown; upTo?: unknown; readers?: unknown; pages?: unknown };
  if (!r || r.version !== VERSION || typeof r.upTo !== 'number' || !isFinite(r.upTo) || r.upTo < 0 || !Array.isArray(r.readers)
    || !r.readers.every(x => typeof x === 'string') || !r.pages || typeof r.pages !== 'object') {
    return emptySummary();
  }
  const pages: Record<string, Uint8Array> = {};
  const given = r.pages as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    const bits = given[key];
    if (typeof bits !== 'string') {
      return emptySummary();
    }
    try {
      pages[key] = fromBase64(bits);
    } catch {
      return emptySummary();
    }
  }
  return { upTo: Math.floor(r.upTo), readers: (r.readers as string[]).slice(), pages };
}

export function serializeSummary(summary: ConfirmationSummary): string {
  const pages: Record<string, string> = {};
  for (const key of Object.keys(summary.pages).sort()) {
    pages[key] = toBase64(summary.pages[key]);
  }
  return JSON.stringify({ version: VERSION, upTo: summary.upTo, readers: summary.readers, pages });
}

/** The readers the summary has as confirmed for the page. */
export function confirmedReaders(summary: ConfirmationSummary, pageKey: string): Set<string> {
  const out = new Set<string>();
  const bits = summary.pages[pageKey];
  if (!bits) {
    return out;
  }
  for (let i = 0; i < summary.readers.length; i++) {
    if (bits[i >> 3] & (1 << (i & 7))) {
      out.add(summary.readers[i]);
    }
  }
  return out;
}

/**
 * The summary with the confirmations read after its `upTo` (checked ones, confirmationOf), and the
 * `upTo` it may then claim: the highest id read, except that it stays below any confirmation made
 * less than SUMMARY_SETTLE_MS before `now` (those are read again next time). `changed` when a
 * person or the id moved.
 */
export function withConfirmations(summary: ConfirmationSummary, read: readonly ReadConfirmation[], now: Date): { summary: ConfirmationSummary; changed: boolean } {
  const settled = now.getTime() - SUMMARY_SETTLE_MS;
  let highest = summary.upTo;
  let youngest = Infinity;
  const readers = summary.readers.slice();
  const index = new Map<string, number>();
  readers.forEach((reader, i) => index.set(reader, i));
  const pages: Record<string, Uint8Array> = { ...summary.pages };
  const copied = new Set<string>();
  let changed = false;
  for (const c of read) {
    const created = Date.parse(c.confirmedAt);
    if (!(created <= settled)) {
      youngest = Math.min(youngest, c.itemId);
    } else {
      highest = Math.max(highest, c.itemId);
    }
    const reader = c.reader.userPrincipalName;
    let i = index.get(reader);
    if (i === undefined) {
      i = readers.length;
      readers.push(reader);
      index.set(reader, i);
    }
    const size = (readers.length + 7) >> 3;
    let bits = pages[c.pageKey];
    if (!copied.has(c.pageKey) || !bits || bits.length < size) {
      const grown = new Uint8Array(Math.max(size, bits ? bits.length : 0));
      if (bits) {
        grown.set(bits);
      }
      bits = grown;
      pages[c.pageKey] = bits;
      copied.add(c.pageKey);
    }
    const mask = 1 << (i & 7);
    if (!(bits[i >> 3] & mask)) {
      bits[i >> 3] |= mask;
      changed = true;
    }
  }
  const upTo = Math.max(summary.upTo, Math.min(highest, youngest - 1));
  return { summary: { upTo, readers, pages }, changed: changed || upTo !== summary.upTo };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, i, i + 0x8000) as number[]);
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}
