import type { SPFI } from '@pnp/sp';
import { SPQueryable, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { body } from '@pnp/queryable';
import type { BasePermissions } from '../core/contentHealthPermissions';
import { deniesAccess, failureCodeOf } from '../core/failures';
import {
  audiencePrincipalIdsOf, canPublishNews, groupClaim, odataString, repostBody, ReuseError, ReusePage, sameAudience, samePage, sourceLinkKey
} from '../core/reuse';
import type { SendResult } from '../core/reusePorts';
import { canonicalPageUrl } from './newsMapping';

/**
 * Publishing news in another municipality's hub: whether the editor may, and SharePoint's news
 * link (a repost page) with the receiving audience, made once per hub and page.
 */

const SITE_PAGES_LIST = 'Site Pages';
/** The indexed column of a news link that holds its key (`sourceLinkKey` of the page it links to; sharepoint/assets/reuse.xml). */
const SOURCE_KEY = 'SamverkaSourceKey';

/** Whether the user may publish news in the hub: add and edit items of its Site Pages (SharePoint's effective permissions). */
export async function mayPublishNews(hub: SPFI): Promise<boolean> {
  try {
    const permissions = await hub.web.lists.getByTitle(SITE_PAGES_LIST).getCurrentUserEffectivePermissions();
    return canPublishNews(permissions as unknown as BasePermissions);
  } catch (error) {
    if (deniesAccess(failureCodeOf(error))) {
      return false;
    }
    throw error;
  }
}


/**
 * The hub's news link to the page, or a new one with the audience set. The link is made as a
 * draft (no reader sees it), its audience goes into `_ModernAudienceTargetUserField` as the
 * groups' site principals (SharePoint computes `_ModernAudienceAadObjectIds` from it; that one
 * is read-only), and only then is it published. When the audience cannot be set, the draft is
 * removed and nothing is published: an untargeted link would show news to everyone in the hub.
 */
export async function publishNewsLink(sp: SPFI, tenantUrl: string, hubPath: string, page: ReusePage, audienceIds: readonly string[]): Promise<SendResult> {
  const siteUrl = `${tenantUrl}${hubPath === '/' ? '' : hubPath}`;
  const key = sourceLinkKey(page.url);
  const found = await existingLink(sp, page, key);
  const urlOf = (fileRef?: string): string | undefined => fileRef ? canonicalPageUrl(fileRef, tenantUrl) : undefined;
  if (found && !isDraftVersion(found.OData__UIVersionString)) {
    return { outcome: 'alreadyPublished', repostUrl: urlOf(found.FileRef) };
  }

  // One round trip: the draft (unless an earlier attempt left one) and the groups as site principals.
  const [first, sendFirst] = sp.batched();
  const draftCall = found
    ? Promise.resolve({ Id: found.Id, AbsoluteUrl: urlOf(found.FileRef) })
    : spPost(SPQueryable([first.web, `${siteUrl}/_api/sitepages/pages/reposts`]), body(repostBody(page))) as Promise<{ Id: number; AbsoluteUrl?: string }>;
  const principalCalls = audienceIds.map(id => first.web.ensureUser(groupClaim(id)) as Promise<{ Id?: unknown }>);
  const [draft, ...principals] = await settleBatch(sendFirst, [draftCall as Promise<unknown>].concat(principalCalls));
  if (!draft.ok) {
    throw draft.error;
  }
  const created = draft.value as { Id: number; AbsoluteUrl?: string };
  const principalIds = principals.map(p => p.ok ? Number((p.value as { Id?: unknown }).Id) : NaN);
  if (principals.some(p => !p.ok) || principalIds.some(id => !Number.isInteger(id))) {
    const failed = principals.filter((p): p is Failed => !p.ok)[0];
    return abandonDraft(sp, created.Id, failed ? failed.error : undefined);
  }

  // One round trip: the audience written and read back. SharePoint runs a $batch's requests in
  // order, so the read sees the write; a write SharePoint took but did not keep fails the check.
  // The link's key goes with it: what finds this link again, whatever it is renamed to.
  const [second, sendSecond] = sp.batched();
  const item = second.web.lists.getByTitle(SITE_PAGES_LIST).items.getById(created.Id);
  const [written, readBack] = await settleBatch(sendSecond, [
    item.update({ OData__ModernAudienceTargetUserFieldId: principalIds, [SOURCE_KEY]: key }) as Promise<unknown>,
    item.select('Id', 'OData__ModernAudienceTargetUserFieldId', SOURCE_KEY)() as Promise<unknown>
  ]);
  const back = readBack.ok ? readBack.value as Record<string, unknown> : {};
  const stored = audiencePrincipalIdsOf(back.OData__ModernAudienceTargetUserFieldId);
  if (!written.ok || !readBack.ok || !sameAudience(principalIds, stored) || back[SOURCE_KEY] !== key) {
    return abandonDraft(sp, created.Id, !written.ok ? written.error : !readBack.ok ? readBack.error : undefined);
  }

  await spPost(SPQueryable([sp.web, `${siteUrl}/_api/sitepages/pages(${created.Id})/publish`]));
  return { outcome: 'published', repostUrl: created.AbsoluteUrl ? canonicalPageUrl(created.AbsoluteUrl, tenantUrl) : undefined };
}

/**
 * The hub's link to the page, if it has one: found by its key (an indexed column, so it works on
 * a hub of more than 5,000 pages, and whatever the link is called now), and, for a link made
 * before links had a key, by the page's title; both in one round trip. A published link before a draft.
 */
async function existingLink(sp: SPFI, page: ReusePage, key: string): Promise<LinkRow | undefined> {
  const [lookup, sendLookup] = sp.batched();
  const links = (filter: string): Promise<unknown> => lookup.web.lists.getByTitle(SITE_PAGES_LIST).items
    .select('Id', 'FileRef', 'OData__OriginalSourceUrl', 'OData__UIVersionString', SOURCE_KEY).filter(filter).top(100)();
  const answers = await settleBatch(sendLookup, [links(`${SOURCE_KEY} eq ${odataString(key)}`), links(`Title eq ${odataString(page.title)}`)]);
  const rows: LinkRow[] = [];
  for (const answer of answers) {
    if (!answer.ok) {
      throw answer.error;
    }
    rows.push(...answer.value as LinkRow[]);
  }
  // _OriginalSourceUrl cannot be filtered on (a note column): the key narrows, the source decides.
  const candidates = rows.filter((row, i) => rows.findIndex(r => r.Id === row.Id) === i && samePage(row.OData__OriginalSourceUrl || '', page.url));
  return candidates.filter(r => !isDraftVersion(r.OData__UIVersionString))[0] || candidates[0];
}

/**
 * Removes a draft whose audience could not be set, and says so. If even that fails, the draft
 * stays unpublished (readers never see a draft) and the next send of the page resumes it.
 */
async function abandonDraft(sp: SPFI, id: number, cause: unknown): Promise<never> {
  try {
    await sp.web.lists.getByTitle(SITE_PAGES_LIST).items.getById(id).delete();
  } catch {
    // Left as an unpublished draft: see above.
  }
  throw Object.assign(new ReuseError('audienceFailed'), { cause, status: cause && typeof cause === 'object' ? (cause as { status?: unknown }).status : undefined });
}


interface LinkRow {
  Id: number;
  FileRef?: string;
  OData__OriginalSourceUrl?: string;
  OData__UIVersionString?: string;
  SamverkaSourceKey?: string | null;
}

/** A page whose current version is a minor one (0.1, 2.1): a draft that only editors see. */
function isDraftVersion(version: string | undefined): boolean {
  return typeof version === 'string' && /^\d+\.[1-9]\d*$/.test(version);
}

type Failed = { ok: false; error: unknown };
type Settled = { ok: true; value: unknown } | Failed;

/**
 * Sends a SharePoint $batch and answers each of its requests. The calls must have been made on
 * the batched client before; when the batch itself fails, PnPjs leaves them unanswered, so each
 * fails with the batch's error.
 */
async function settleBatch(send: () => Promise<void>, calls: Array<Promise<unknown>>): Promise<Settled[]> {
  const settled = calls.map(call => call.then((value): Settled => ({ ok: true, value }), (error: unknown): Settled => ({ ok: false, error })));
  try {
    await send();
  } catch (error) {
    return calls.map((): Settled => ({ ok: false, error }));
  }
  return Promise.all(settled);
}
