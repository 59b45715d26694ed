import type { BorrowCandidate, BorrowQuery, SourceChange } from './borrow';

export interface BorrowResult {
  outcome: 'borrowed' | 'alreadyBorrowed';
  /** The copy in the editor's hub. */
  copyUrl: string;
}

/** A page to preview before borrowing it. */
export interface BorrowPreview {
  url: string;
  title: string;
  description: string;
  /** The page's text (its canvas without markup). */
  text: string;
  /** The page's canvas as SharePoint stores it (CanvasContent1): markup from content, sanitized where it is shown. */
  html: string;
  modified: string;
  modifiedBy: string;
}

/** What the "Låna" part of the content reuse view needs (src/services/borrowService.ts over SharePoint). */
export interface IBorrowService {
  /** Other municipalities' pages and news (Graph search, security-trimmed), newest change first. */
  browse(ownMunicipalityId: string, query: BorrowQuery): Promise<BorrowCandidate[]>;
  preview(url: string): Promise<BorrowPreview>;
  /** Copies the page into the municipality's hub (once: a second borrow finds the first copy). */
  borrow(url: string, toMunicipalityId: string): Promise<BorrowResult>;
  /** The hub's copies whose source was modified after the copy knows. */
  changedCopies(municipalityId: string): Promise<SourceChange[]>;
  /** Copies the source's new version over the copy. */
  takeSource(municipalityId: string, copyId: number): Promise<void>;
  /** Keeps the copy as it is and marks the source's current version as seen. */
  keepOurs(municipalityId: string, copyId: number): Promise<void>;
}
