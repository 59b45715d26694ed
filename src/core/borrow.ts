/**
 * Borrowing a page (issue 4): an editor copies another municipality's page or news into their
 * own hub's Site Pages (SharePoint's own file copy) with its provenance in columns of the copy,
 * and later sees when the source has changed since. Pure: src/services/borrowService.ts does
 * the requests.
 */
import { kqlAllOf, kqlAnyOf, kqlPhrase, kqlRestriction, kqlUserText } from './kql';
import type { Municipality } from './municipality';
import { sitePathKey } from './tenantConfig';

export type BorrowKind = 'page' | 'news';

/** What the editor browses: other municipalities' hubs, page or news, changed since a date, words. */
export interface BorrowQuery {
  /** Municipality ids; empty: every municipality but the editor's own. */
  municipalityIds: string[];
  kind?: BorrowKind;
  /** ISO date (YYYY-MM-DD): only pages modified on or after it. */
  since?: string;
  text?: string;
}

/** A page of another municipality that may be borrowed. */
export interface BorrowCandidate {
  url: string;
  title: string;
  description: string;
  municipalityId: string;
  kind: BorrowKind;
  /** ISO date: last modified. */
  modified: string;
}

/** A borrowed copy in the editor's hub, with the provenance columns of the copy. */
export interface BorrowedCopy {
  id: number;
  url: string;
  title: string;
  description: string;
  sourceUrl: string;
  sourceMunicipalityId: string;
  /** The source's Modified when it was copied (or last taken or kept). */
  sourceModified: string;
  copiedBy: string;
  copiedAt: string;
}

/** The source page as it is now. */
export interface SourceState {
  title: string;
  description: string;
  modified: string;
  modifiedBy: string;
}

/** A copy whose source changed since: what differs between the copy and the source now. */
export interface SourceChange {
  copy: BorrowedCopy;
  source: SourceState;
  titleChanged: boolean;
  descriptionChanged: boolean;
}

/** Columns of a copy that say where it came from (sharepoint/assets/reuse.xml). */
export const PROVENANCE_COLUMNS = ['SamverkaSourceUrl', 'SamverkaSourceMunicipality', 'SamverkaSourceModified', 'SamverkaCopiedBy', 'SamverkaCopiedAt'];

/**
 * The KQL of the browse: site pages (not documents) of the chosen hubs, of one kind, modified
 * since a date, with the words typed. The editor's own hub is never among them.
 */
export function borrowKql(municipalities: readonly Municipality[], ownId: string, query: BorrowQuery, tenantUrl: string): string {
  const origin = tenantUrl.replace(/\/+$/, '');
  const chosen = municipalities.filter(m => m.id !== ownId && (query.municipalityIds.length === 0 || query.municipalityIds.indexOf(m.id) >= 0));
  if (chosen.length === 0) {
    throw new Error('No municipality to borrow from');
  }
  const clauses = [
    kqlAnyOf(chosen.map(m => `Path:${kqlPhrase(`${origin}${sitePathKey(m.hubPath)}/`)}`)),
    kqlRestriction('contentclass', 'STS_ListItem_WebPageLibrary'),
    kqlRestriction('FileExtension', 'aspx')
  ];
  if (query.kind) {
    clauses.push(kqlRestriction('PromotedState', query.kind === 'news' ? '2' : '0'));
  }
  if (query.since && /^\d{4}-\d{2}-\d{2}$/.test(query.since)) {
    clauses.push(kqlRestriction('LastModifiedTime', query.since, '>='));
  }
  const words = query.text ? kqlUserText(query.text) : null;
  if (words) {
    clauses.push(words);
  }
  return kqlAllOf(clauses);
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return isNaN(t) ? NaN : t;
}

/** Whether the source was modified after the copy's SamverkaSourceModified (a copy without one counts as changed). */
export function sourceChanged(copySourceModified: string, sourceModified: string): boolean {
  const copied = time(copySourceModified);
  const now = time(sourceModified);
  if (isNaN(now)) {
    return false;
  }
  return isNaN(copied) || now > copied;
}

/** The change of a copy's source, or null when the source is not newer than the copy knows. */
export function changeOf(copy: BorrowedCopy, source: SourceState): SourceChange | null {
  if (!sourceChanged(copy.sourceModified, source.modified)) {
    return null;
  }
  return {
    copy,
    source,
    titleChanged: copy.title.trim() !== source.title.trim(),
    descriptionChanged: copy.description.trim() !== source.description.trim()
  };
}

/** The provenance columns of a new copy. */
export function provenanceFields(sourceUrl: string, sourceMunicipalityId: string, sourceModified: string, copiedBy: string, copiedAt: Date): Record<string, unknown> {
  return {
    SamverkaSourceUrl: sourceUrl,
    SamverkaSourceMunicipality: sourceMunicipalityId,
    SamverkaSourceModified: sourceModified,
    SamverkaCopiedBy: copiedBy,
    SamverkaCopiedAt: copiedAt.toISOString()
  };
}

/** The file name of a copy: the source's, with -2, -3… when the hub already has one of that name. */
export function copyFileName(sourceUrl: string, taken: readonly string[]): string {
  let leaf = sourceUrl.replace(/[?#].*$/, '').split('/').pop() || 'Lanad-sida.aspx';
  try {
    leaf = decodeURIComponent(leaf);
  } catch {
    // keep it as written
  }
  if (!/\.aspx$/i.test(leaf)) {
    leaf = `${leaf}.aspx`;
  }
  const lower = taken.map(t => t.toLowerCase());
  const base = leaf.replace(/\.aspx$/i, '');
  let name = leaf;
  for (let n = 2; lower.indexOf(name.toLowerCase()) >= 0; n++) {
    name = `${base}-${n}.aspx`;
  }
  return name;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A Site Pages item (REST) with provenance columns as a borrowed copy; null when it is not one. */
export function borrowedCopyOf(raw: Record<string, unknown>, absoluteUrl: (fileRef: string) => string): BorrowedCopy | null {
  if (typeof raw.Id !== 'number' || !text(raw.SamverkaSourceUrl) || !text(raw.FileRef)) {
    return null;
  }
  return {
    id: raw.Id,
    url: absoluteUrl(text(raw.FileRef)),
    title: text(raw.Title),
    description: text(raw.Description),
    sourceUrl: text(raw.SamverkaSourceUrl),
    sourceMunicipalityId: text(raw.SamverkaSourceMunicipality),
    sourceModified: text(raw.SamverkaSourceModified),
    copiedBy: text(raw.SamverkaCopiedBy),
    copiedAt: text(raw.SamverkaCopiedAt)
  };
}
