import type { AssessedContent, ContentRecord } from './contentHealth';

/** A site the report covers: one where the user may edit items (EditListItems). */
export interface ContentHealthSite {
  sitePath: string;
  title: string;
  municipalityId: string | null;
}

export interface ContentHealthFailure {
  sitePath: string;
  /** What could not be read: the site's pages or its guide list. */
  source: 'pages' | 'guides' | 'permissions' | 'owners';
  /** A stable failure code ('forbidden', 'signedOut', 'notFound', 'throttled', 'unavailable', 'network', 'unknown'). */
  code: string;
}

export interface ContentHealthReport {
  /** The sites the user may edit; empty for someone who may edit none (no report, no actions). */
  sites: ContentHealthSite[];
  /** Every published item of those sites, most stale first (fresh ones included, for the summary). */
  items: AssessedContent[];
  /** Whether guides were read: false when no guide list exists (or could not be read). */
  guidesIncluded: boolean;
  failures: ContentHealthFailure[];
}

/** Per item: done, or the failure code. */
export interface ContentActionResult {
  succeeded: string[];
  failed: Array<{ url: string; code: string }>;
}

export interface IContentHealthService {
  getReport(): Promise<ContentHealthReport>;
  /** Sets the next review date (today plus the hub's review months). */
  markReviewed(items: readonly ContentRecord[]): Promise<ContentActionResult>;
  /** Makes someone else (an e-mail address or user principal name) the owner. */
  handOver(items: readonly ContentRecord[], newOwner: string): Promise<ContentActionResult>;
  /** Unpublishes pages and news (a draft only editors see); guides cannot be unpublished here. */
  unpublish(items: readonly ContentRecord[]): Promise<ContentActionResult>;
}
