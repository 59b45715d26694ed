/** A news page as the feed shows it, whatever source it came from. */
export interface NewsItem {
  /** Absolute URL of the page; the identity of a news item. */
  url: string;
  title: string;
  description: string;
  /** ISO 8601 (UTC) first published date. */
  publishedAt: string;
  /** Server-relative path of the site the page lives in. */
  sitePath: string;
  /** Municipality the page belongs to; null for the shared site. */
  municipalityId: string | null;
  imageUrl?: string;
  imageAlt?: string;
  /** Entra group ids from _ModernAudienceAadObjectIds; empty means everyone who can read it. */
  audienceIds: string[];
  /** ISO 8601 (UTC): the item is boosted (shown first) until then. */
  boostedUntil?: string;
  /** ISO 8601 (UTC): the item leaves every news feed by itself at this moment (SamverkaExpires). */
  expiresAt?: string;
  authorName?: string;
  /**
   * For a news link (repost page) to another site: the page it points to, and the municipality
   * of that page ("Från Eksjö"); null when the source is not a configured hub.
   */
  originalUrl?: string;
  originalMunicipalityId?: string | null;
  /** Läs och bekräfta: an editor marked the page Ska läsas (SamverkaMustRead). */
  mustRead?: boolean;
  /** ISO 8601 (UTC): Läses senast (SamverkaReadBy), the day it is to be read by; absent without a date. */
  readBy?: string;
  /** The page's key for read confirmations, `<site id>/<unique id>` (core/readConfirmation pageKeyOf). */
  pageKey?: string;
  /** When the signed-in user confirmed the page (ISO 8601), once their confirmations are known. */
  confirmedAt?: string;
}
