import { normalizeGroupId } from './tenantConfig';
import { audiencePrincipalsOf, groupIdOfClaim } from './reuse';
import { userPrincipalNameOfLogin } from './contentHealth';
import { pageKeyOf } from './readConfirmation';
import { stockholmDayNumber } from './dates';

/**
 * Läs och bekräfta on the news page itself: what the application customizer learns of the page
 * it runs on, from the page context SharePoint gives it (no request) and one read of the page's
 * own list item.
 */

/** The page as SharePoint's page context names it: no request is needed to know these. */
export interface PageRef {
  /** The site collection's id (pageContext.site.id). */
  siteId: string;
  /** The web's server-relative URL (pageContext.web.serverRelativeUrl). */
  webPath: string;
  /** The page's library (pageContext.list), absent on a page that is not a list item. */
  listId: string;
  /** Server-relative URL of the library (pageContext.list.serverRelativeUrl). */
  listUrl: string;
  /** The page's list item id (pageContext.listItem.id). */
  itemId: number;
}

/** A page's audience field (`_ModernAudienceTargetUserField`, a multi-user field) by its REST name. */
export const PAGE_AUDIENCE_FIELD = 'OData__ModernAudienceTargetUserField';

/** The one read the customizer makes of its page: the must-read columns, the page's id for its key, its title and audience. */
export const MUST_READ_PAGE_SELECT = ['Id', 'UniqueId', 'Title', 'SamverkaMustRead', 'SamverkaReadBy', `${PAGE_AUDIENCE_FIELD}/Name`];
export const MUST_READ_PAGE_EXPAND = [PAGE_AUDIENCE_FIELD];

/** A must-read page as the bar needs it. */
export interface MustReadPage {
  /** `<site id>/<unique id>`, the key its confirmations are stored under. */
  pageKey: string;
  title: string;
  /** Läses senast (ISO 8601), or null when the editor gave no day. */
  readBy: string | null;
  /** The Entra group ids of its audience; empty for a page that is not targeted (everyone who can read it). */
  audienceGroupIds: string[];
  /** People named in the audience themselves (user principal names, lower case). */
  audienceUsers: string[];
}

/**
 * Whether a page context is a page in a site's pages library with a list item: only then can it
 * be a news page, so anywhere else the customizer asks nothing at all. Every site's pages
 * library is at `<web>/SitePages`, whatever the site's language.
 */
export function isSitePage(ref: Partial<PageRef> | undefined): ref is PageRef {
  return !!ref && typeof ref.itemId === 'number' && ref.itemId > 0 && !!ref.listId && !!ref.siteId && !!ref.webPath
    && typeof ref.listUrl === 'string' && /\/sitepages\/?$/i.test(ref.listUrl);
}

function isTrue(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true' || value === 'Yes';
}

/** The page's item as a must-read page, or null when it is not one (not marked, or no usable id). */
export function mustReadPageOf(raw: Record<string, unknown>, siteId: string): MustReadPage | null {
  if (!isTrue(raw.SamverkaMustRead) || typeof raw.UniqueId !== 'string') {
    return null;
  }
  let pageKey: string;
  try {
    pageKey = pageKeyOf(siteId, raw.UniqueId);
  } catch {
    return null;
  }
  const readBy = typeof raw.SamverkaReadBy === 'string' && !isNaN(Date.parse(raw.SamverkaReadBy)) ? raw.SamverkaReadBy : null;
  const audienceGroupIds: string[] = [];
  const audienceUsers: string[] = [];
  for (const principal of audiencePrincipalsOf(raw[PAGE_AUDIENCE_FIELD])) {
    const group = groupIdOfClaim(principal.loginName);
    if (group) {
      audienceGroupIds.push(group);
    } else if (/^i:0#\.f\|membership\|/i.test(principal.loginName)) {
      audienceUsers.push(userPrincipalNameOfLogin(principal.loginName).toLowerCase());
    }
  }
  return { pageKey, title: typeof raw.Title === 'string' ? raw.Title : '', readBy, audienceGroupIds, audienceUsers };
}

/**
 * Whether the signed-in person is in the page's audience: one of their (transitive) groups, or
 * themselves, is named in it. A page with no audience principals is for everyone who can read it.
 * A page targeted only at principals that are neither groups nor people reaches no one here.
 */
export function isInAudience(page: Pick<MustReadPage, 'audienceGroupIds' | 'audienceUsers'>, userGroupIds: readonly string[], userPrincipalName: string): boolean {
  if (page.audienceGroupIds.length === 0 && page.audienceUsers.length === 0) {
    return true;
  }
  const mine = new Set(userGroupIds.map(normalizeGroupId));
  return page.audienceGroupIds.some(id => mine.has(normalizeGroupId(id)))
    || (userPrincipalName !== '' && page.audienceUsers.indexOf(userPrincipalName.toLowerCase()) >= 0);
}

/** Whether the day to read it by has passed (calendar days in Stockholm). */
export function isOverdue(readBy: string | null, now: Date): boolean {
  if (!readBy) {
    return false;
  }
  const due = new Date(readBy);
  return !isNaN(due.getTime()) && stockholmDayNumber(now) > stockholmDayNumber(due);
}
