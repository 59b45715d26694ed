/**
 * Content reuse between municipalities (issue 4): the rules of sending news to another
 * municipality, as SharePoint's own news link (a repost page in the receiving hub), or as an
 * offer that the receiving editors answer when the sender may not publish there. Pure: the
 * service (src/services/reuseService.ts) does the requests.
 */
import { groupUsersPath, memberMunicipalityId, uniqueMembers, type AudienceMember } from './audienceMembers';
import { hasPermission, PermissionKind, type BasePermissions } from './contentHealthPermissions';
import type { Municipality, TenantConfig } from './municipality';
import { normalizeGroupId, sitePathKey } from './tenantConfig';

/** The offers list and the record of every send, offer and answer, on the shared site (sharepoint/assets/reuse.xml). */
export const OFFER_LIST = 'Erbjudanden';
export const REUSE_LOG_LIST = 'Samverkanslogg';

/** A news page to send: where it lives and what the news link shows. */
export interface ReusePage {
  /** Absolute URL of the page. */
  url: string;
  title: string;
  description: string;
  imageUrl?: string;
}

/** Who in the receiving municipality sees the news link. */
export type AudienceChoice = { kind: 'allStaff' } | { kind: 'groups'; groupIds: string[] };

export type OfferStatus = 'pending' | 'accepted' | 'declined';

/** What the record keeps of each step. */
export type ReuseAction = 'sent' | 'alreadySent' | 'offered' | 'alreadyOffered' | 'accepted' | 'declined'
  /** A send (or an accepted offer) that published nothing: `details` holds why (a ReuseErrorCode or a failure code). */
  | 'sendFailed'
  /** Borrowing a page (src/core/borrow.ts): copied, the source's new version taken, or ours kept. */
  | 'borrowed' | 'tookSource' | 'keptOurs';

export interface Offer {
  id: number;
  title: string;
  sourceUrl: string;
  description: string;
  imageUrl?: string;
  fromMunicipalityId: string | null;
  toMunicipalityId: string;
  audienceIds: string[];
  status: OfferStatus;
  /** The sender's e-mail address, as the offer stored it. */
  offeredBy: string;
  /** The sender's name: the item's author (Created By) in the site's user information list; '' when not read. */
  offeredByName: string;
  offeredAt: string;
  answeredBy?: string;
  answeredAt?: string;
  reason?: string;
  repostUrl?: string;
}

export interface ReuseLogEntry {
  action: ReuseAction;
  /** Who did it (e-mail). */
  actor: string;
  title: string;
  sourceUrl: string;
  fromMunicipalityId: string | null;
  toMunicipalityId: string;
  /** The news link, or the offer's item URL. */
  targetUrl: string;
  audienceIds: string[];
  details: string;
  at?: string;
}

/**
 * The groups a member of an audience is in, for previewing their feed: the audience groups and
 * the municipality's root group they are nested under (the audience model of the README).
 */
export function previewGroupIds(municipality: Municipality, audience: AudienceChoice): string[] {
  const ids = audienceIdsFor(municipality, audience);
  const root = normalizeGroupId(municipality.groups.root);
  return ids.indexOf(root) < 0 ? [root].concat(ids) : ids;
}

/** Who a news page reaches: its audience groups (or, untargeted, everyone who reads its site) and how many people. */
export interface PageAudience {
  targeted: boolean;
  groups: Array<{ id: string; displayName: string }>;
  reach: AudienceReach;
}

/** Who reads a site: a hub's municipality (its root group), or the shared site's every municipality. */
export function siteReaderGroupIds(config: TenantConfig, municipality: Municipality | null): string[] {
  return (municipality ? [municipality] : config.municipalities).map(m => normalizeGroupId(m.groups.root));
}

/** How many people an audience reaches: in all, and by municipality (by their e-mail domain). */
export interface AudienceReach {
  /** People in the audience groups, each once however many of the groups they are in. */
  total: number;
  byMunicipality: Array<{ municipalityId: string; count: number }>;
}

/**
 * How a reach is counted. One group: Graph's `$count` of its users (each once, however many
 * nested groups lead to them), in all and per municipality's e-mail domain, 1 + municipalities
 * requests in one batch. Several groups may share people, whom counts would add up twice: their
 * members are read (one request a group per 999 people) and each person counted once by user id.
 */
export function reachCountedBy(groupIds: readonly string[]): 'count' | 'members' {
  return groupIds.length === 1 ? 'count' : 'members';
}

/** The Graph count requests for one group's reach: its users in all, and per municipality's e-mail domain. */
export function reachRequestUrls(groupId: string, municipalities: readonly Municipality[]): Array<{ municipalityId: string | null; url: string }> {
  const base = `${groupUsersPath(groupId)}/$count`;
  return [{ municipalityId: null as string | null, url: base }].concat(municipalities.map(m => ({
    municipalityId: m.id, url: `${base}?$filter=${encodeURIComponent(`endswith(mail,'@${m.emailDomain.replace(/'/g, "''")}')`)}`
  })));
}

/** One group's reach from its counts (the total, then per municipality); municipalities nobody is reached in are left out. */
export function reachOfCounts(total: number, perMunicipality: ReadonlyArray<{ municipalityId: string; count: number }>, municipalityOrder: readonly string[]): AudienceReach {
  return { total, byMunicipality: inOrder(perMunicipality, municipalityOrder) };
}

/**
 * The reach of several groups from their members: each person once (by user id, as Läs och
 * bekräfta counts an audience), placed in a municipality by the domain of their address.
 */
export function reachOfMembers(config: TenantConfig, groups: ReadonlyArray<readonly AudienceMember[]>): AudienceReach {
  const people = uniqueMembers(groups);
  const by: Record<string, number> = {};
  for (const person of people) {
    const id = memberMunicipalityId(config, person);
    if (id !== null) {
      by[id] = (by[id] || 0) + 1;
    }
  }
  return {
    total: people.length,
    byMunicipality: inOrder(Object.keys(by).map(municipalityId => ({ municipalityId, count: by[municipalityId] })), config.municipalities.map(m => m.id))
  };
}

function inOrder(parts: ReadonlyArray<{ municipalityId: string; count: number }>, municipalityOrder: readonly string[]): Array<{ municipalityId: string; count: number }> {
  const by: Record<string, number> = {};
  parts.forEach(p => { by[p.municipalityId] = p.count; });
  return municipalityOrder.filter(id => by[id] > 0).map(id => ({ municipalityId: id, count: by[id] }));
}

export type ReuseErrorCode = 'unknownMunicipality' | 'sameMunicipality' | 'noAudience' | 'reasonRequired' | 'notPending' | 'notAllowed' | 'notFound'
  /** The news link's audience could not be set, so it was not published. */
  | 'audienceFailed';

export class ReuseError extends Error {
  public readonly code: ReuseErrorCode;
  public constructor(code: ReuseErrorCode) {
    super(`Samverka reuse: ${code}`);
    this.code = code;
  }
}

/**
 * Whether the user may publish news in a hub: add and edit items of its Site Pages
 * (SharePoint's effective permissions). Without it a send becomes an offer.
 */
export function canPublishNews(permissions: BasePermissions | null | undefined): boolean {
  return hasPermission(permissions, PermissionKind.AddListItems) && hasPermission(permissions, PermissionKind.EditListItems);
}

/** The Entra group ids a news link targets: the municipality's all-staff group, or the chosen groups (deduplicated). */
export function audienceIdsFor(municipality: Municipality, choice: AudienceChoice): string[] {
  if (choice.kind === 'allStaff') {
    return [normalizeGroupId(municipality.groups.allStaff)];
  }
  const ids: string[] = [];
  for (const raw of choice.groupIds) {
    const id = normalizeGroupId(raw);
    if (id && ids.indexOf(id) < 0) {
      ids.push(id);
    }
  }
  if (ids.length === 0) {
    throw new ReuseError('noAudience');
  }
  return ids;
}

/** The municipality whose hub holds a page (by the longest hub path that prefixes its URL); null for the shared site or elsewhere. */
export function municipalityOfUrl(config: TenantConfig, url: string, tenantUrl: string): Municipality | null {
  const origin = tenantUrl.replace(/\/+$/, '').toLowerCase();
  let lower = url.toLowerCase();
  try {
    lower = decodeURI(url).toLowerCase();
  } catch {
    // keep it as written
  }
  let best: Municipality | null = null;
  for (const m of config.municipalities) {
    const prefix = `${origin}${sitePathKey(m.hubPath)}/`;
    if (lower.indexOf(prefix) === 0 && (!best || m.hubPath.length > best.hubPath.length)) {
      best = m;
    }
  }
  return best;
}

export function municipalityById(config: TenantConfig, id: string): Municipality {
  const found = config.municipalities.filter(m => m.id === id)[0];
  if (!found) {
    throw new ReuseError('unknownMunicipality');
  }
  return found;
}

/** One spelling of a page URL for comparing (decoded, lower case, no query or fragment). */
export function sourceKey(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // keep it as written
  }
  return decoded.replace(/[?#].*$/, '').toLowerCase();
}

export function sameSource(a: string, b: string): boolean {
  return sourceKey(a) === sourceKey(b);
}

/** A page's address as its path on the tenant (decoded, lower case, no query): the same page however the host is spelled. */
export function sourcePathKey(url: string): string {
  return sourceKey(url).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/, '');
}

/** Whether a news link's source is the page (its path on the tenant). */
export function samePage(a: string, b: string): boolean {
  return sourcePathKey(a) === sourcePathKey(b);
}

/**
 * What a news link keeps in `SamverkaSourceKey` (an indexed text column) so the next send finds it
 * with an `eq` filter whatever its title is now: `_OriginalSourceUrl` cannot be filtered on, and an
 * address may be longer than a text column holds. A 64-bit digest of the page's path (two 32-bit
 * multiply-xor hashes): not unique in theory, so the link it finds is still compared with its source.
 */
export function sourceLinkKey(url: string): string {
  const path = sourcePathKey(url);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number): string => ('0000000' + (n >>> 0).toString(16)).slice(-8);
  return `sv1-${hex(h2)}${hex(h1)}`;
}

/** A string literal in an OData $filter (single quotes doubled); PnPjs percent-encodes the query string itself. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The body of `POST {hub}/_api/sitepages/pages/reposts` (SP.Publishing.RepostPage). Saved as a
 * draft: no reader sees it before its audience is in place and it is published.
 */
export function repostBody(page: ReusePage): Record<string, unknown> {
  return {
    Title: page.title,
    Description: page.description,
    BannerImageUrl: page.imageUrl || '',
    IsBannerImageUrlExternal: false,
    OriginalSourceUrl: page.url,
    ShouldSaveAsDraft: true
  };
}

// A page's audience field (claims, principals) is SharePoint's, not the reuse rules': its rules are in
// audienceField.ts, also read by Läs och bekräfta's report. The reuse service takes them from here.
export { audiencePrincipalIdsOf, audiencePrincipalsOf, groupClaim, groupIdOfClaim, sameAudience } from './audienceField';
export type { AudiencePrincipal } from './audienceField';

/** A new offer as 'Erbjudanden' list item fields. */
export function offerFields(page: ReusePage, from: string | null, to: string, audienceIds: readonly string[], offeredBy: string): Record<string, unknown> {
  return {
    Title: page.title,
    SamverkaSourceUrl: page.url,
    SamverkaSourceDescription: page.description,
    SamverkaSourceImageUrl: page.imageUrl || '',
    SamverkaFromMunicipality: from || '',
    SamverkaToMunicipality: to,
    SamverkaAudienceIds: JSON.stringify(audienceIds),
    SamverkaOfferStatus: 'pending',
    SamverkaOfferedBy: offeredBy
  };
}

/** The answer to an offer as fields of its item. A decline needs a reason. */
export function answerFields(status: 'accepted' | 'declined', answeredBy: string, at: Date, reason: string, repostUrl: string): Record<string, unknown> {
  const trimmed = reason.trim();
  if (status === 'declined' && !trimmed) {
    throw new ReuseError('reasonRequired');
  }
  return {
    SamverkaOfferStatus: status,
    SamverkaAnsweredBy: answeredBy,
    SamverkaAnsweredAt: at.toISOString(),
    SamverkaAnswerReason: trimmed,
    SamverkaRepostUrl: repostUrl
  };
}

/** A record entry as 'Samverkanslogg' list item fields. */
export function logFields(entry: ReuseLogEntry): Record<string, unknown> {
  return {
    Title: entry.title,
    SamverkaAction: entry.action,
    SamverkaActor: entry.actor,
    SamverkaSourceUrl: entry.sourceUrl,
    SamverkaFromMunicipality: entry.fromMunicipalityId || '',
    SamverkaToMunicipality: entry.toMunicipalityId,
    SamverkaTargetUrl: entry.targetUrl,
    SamverkaAudienceIds: JSON.stringify(entry.audienceIds),
    SamverkaDetails: entry.details
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function ids(value: unknown): string[] {
  try {
    const parsed = JSON.parse(text(value) || '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** An expanded Author (a single user field): its Title, the person's display name. */
function authorName(value: unknown): string {
  return value && typeof value === 'object' ? text((value as { Title?: unknown }).Title) : '';
}

const STATUSES: readonly OfferStatus[] = ['pending', 'accepted', 'declined'];
const ACTIONS: readonly ReuseAction[] = ['sent', 'alreadySent', 'sendFailed', 'offered', 'alreadyOffered', 'accepted', 'declined', 'borrowed', 'tookSource', 'keptOurs'];

/** An 'Erbjudanden' item (REST) as an offer; null when it is not one. */
export function offerOf(raw: Record<string, unknown>): Offer | null {
  const status = text(raw.SamverkaOfferStatus) as OfferStatus;
  if (typeof raw.Id !== 'number' || !text(raw.SamverkaSourceUrl) || STATUSES.indexOf(status) < 0) {
    return null;
  }
  return {
    id: raw.Id,
    title: text(raw.Title),
    sourceUrl: text(raw.SamverkaSourceUrl),
    description: text(raw.SamverkaSourceDescription),
    imageUrl: text(raw.SamverkaSourceImageUrl) || undefined,
    fromMunicipalityId: text(raw.SamverkaFromMunicipality) || null,
    toMunicipalityId: text(raw.SamverkaToMunicipality),
    audienceIds: ids(raw.SamverkaAudienceIds),
    status,
    offeredBy: text(raw.SamverkaOfferedBy),
    offeredByName: authorName(raw.Author),
    offeredAt: text(raw.Created),
    answeredBy: text(raw.SamverkaAnsweredBy) || undefined,
    answeredAt: text(raw.SamverkaAnsweredAt) || undefined,
    reason: text(raw.SamverkaAnswerReason) || undefined,
    repostUrl: text(raw.SamverkaRepostUrl) || undefined
  };
}

/** A 'Samverkanslogg' item (REST) as a record entry; null when it is not one. */
export function logEntryOf(raw: Record<string, unknown>): ReuseLogEntry | null {
  const action = text(raw.SamverkaAction) as ReuseAction;
  if (ACTIONS.indexOf(action) < 0) {
    return null;
  }
  return {
    action,
    actor: text(raw.SamverkaActor),
    title: text(raw.Title),
    sourceUrl: text(raw.SamverkaSourceUrl),
    fromMunicipalityId: text(raw.SamverkaFromMunicipality) || null,
    toMunicipalityId: text(raw.SamverkaToMunicipality),
    targetUrl: text(raw.SamverkaTargetUrl),
    audienceIds: ids(raw.SamverkaAudienceIds),
    details: text(raw.SamverkaDetails),
    at: text(raw.Created) || undefined
  };
}
