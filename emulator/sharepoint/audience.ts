import type { ListItemRecord, ListRecord } from '../db/records.ts';
import { json, spContentType, spError, SP_CODES } from '../http/errors.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { eventReceivers } from '../provisioning/store.ts';
import { AUDIENCE_RECEIVER } from '../provisioning/seed.ts';
import { canEdit, scheduleRecrawl, visibleItems, writeItem } from './content-health.ts';
import { has, itemWritable, listMask, PERMISSION } from './list-security.ts';
import type { SiteRequest } from './handlers.ts';
import { isDraft } from './versions.ts';

/**
 * Audience targeting as SharePoint Online keeps it (issue 12): a page's audience is the
 * multi-user field `_ModernAudienceTargetUserField` (REST `OData__ModernAudienceTargetUserFieldId`,
 * site principal ids from `web/ensureuser` of the groups' claims), and SharePoint's audience event
 * receiver computes the read-only `_ModernAudienceAadObjectIds` (the groups' Entra ids) from it.
 * A draft page (a news link saved as draft) is seen by editors only until it is published.
 */

export const AUDIENCE_TARGET_IDS = 'OData__ModernAudienceTargetUserFieldId';
export const AUDIENCE_AAD_IDS = 'OData__ModernAudienceAadObjectIds';

/** Whether a list runs SharePoint's audience receiver (targeting switched on in its settings). */
export function hasAudienceReceiver(ctx: SiteRequest, list: ListRecord): boolean {
  return eventReceivers(ctx.tenant.store.db, list.id).some((r) => r.receiverClass === AUDIENCE_RECEIVER.className);
}

/** The Entra object ids of site principals (a group's id, a person's user id), in the order given. */
export function aadObjectIdsOf(ctx: SiteRequest, principalIds: readonly number[]): string[] {
  const store = ctx.tenant.store;
  const ids: string[] = [];
  for (const spId of principalIds) {
    const group = store.groups().find((g) => g.spId === spId);
    const id = group ? group.id : store.userBySpId(spId)?.id;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The receiver's ItemAdding/ItemUpdating: when a write names the target user field, the computed
 * field follows it. Without the receiver (targeting off) nothing computes it, as in SharePoint.
 */
export function runAudienceReceiver(ctx: SiteRequest, list: ListRecord, written: ReadonlySet<string>, fields: Record<string, unknown>): void {
  if (!written.has(AUDIENCE_TARGET_IDS) || !hasAudienceReceiver(ctx, list)) return;
  const principals = Array.isArray(fields[AUDIENCE_TARGET_IDS]) ? (fields[AUDIENCE_TARGET_IDS] as number[]) : [];
  fields[AUDIENCE_AAD_IDS] = aadObjectIdsOf(ctx, principals);
}

const USER_INFO_TABLE = `CREATE TABLE IF NOT EXISTS site_user_info (
  site_id TEXT NOT NULL,
  principal_id TEXT NOT NULL,
  PRIMARY KEY (site_id, principal_id)
)`;

/** `web/ensureuser` puts a person or a group in the site's user information list. */
export function rememberSiteUser(ctx: SiteRequest, principalId: string): void {
  const db = ctx.tenant.store.db;
  db.exec(USER_INFO_TABLE);
  db.prepare('INSERT OR IGNORE INTO site_user_info (site_id, principal_id) VALUES (?, ?)').run(ctx.site.id, principalId);
}

/** A principal of the site: ensured on it, or given a role on it (which puts it in the user information list too). */
function isSiteUser(ctx: SiteRequest, principalId: string): boolean {
  const db = ctx.tenant.store.db;
  db.exec(USER_INFO_TABLE);
  if (db.prepare('SELECT 1 FROM site_user_info WHERE site_id = ? AND principal_id = ?').get(ctx.site.id, principalId)) return true;
  return !!db.prepare('SELECT 1 FROM site_permissions WHERE site_id = ? AND principal_id = ?').get(ctx.site.id, principalId);
}

/** A user field's ids as a write gives them: an array of numbers, or verbose `{ results: [...] }`; each a principal of the site. */
export function coercePrincipalIds(ctx: SiteRequest, value: unknown): { ok: true; value: number[] } | { ok: false; message: string } {
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : null;
  const numbers = list ? list.map((v) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN)) : null;
  if (!numbers || numbers.some((n) => !Number.isInteger(n))) {
    return { ok: false, message: `Cannot convert a primitive value to the expected type 'Collection(Edm.Int32)'.` };
  }
  const store = ctx.tenant.store;
  const unknown = numbers.find((n) => {
    const id = store.groups().find((g) => g.spId === n)?.id ?? store.userBySpId(n)?.id;
    return !id || !isSiteUser(ctx, id);
  });
  if (unknown !== undefined) return { ok: false, message: 'The user does not exist or is not unique.' };
  return { ok: true, value: [...new Set(numbers)] };
}

/**
 * `POST {site}/_api/sitepages/pages({id})/publish` (PnPjs' `ClientsidePage.save(true)`; Graph's
 * newsLinkPage publish): the draft becomes a published major version (0.1 → 1.0, 2.1 → 3.0) that
 * every reader sees, and a news page gets its first publishing date. Answers `true`.
 */
export function publishSitePage(ctx: SiteRequest, id: number): EmulatorResponse {
  const { request, tenant } = ctx;
  const list = tenant.store.listByTitle(ctx.site.id, 'Site Pages');
  if (!list) return spError(request, 404, SP_CODES.listNotFound, `List 'Site Pages' does not exist at site with URL '${ctx.webUrl}'.`);
  if (!canEdit(ctx)) return spError(request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
  const item = tenant.store.listItems(list.id).find((i) => i.id === id);
  if (!item) return spError(request, 404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  if (isDraft(item)) writeItem(ctx, list, item.id, published(item));
  const body = ctx.format === 'verbose' ? { d: { Publish: true } } : ctx.format === 'nometadata' ? { value: true } : { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#Edm.Boolean`, value: true };
  return json(200, body, spContentType(ctx.format));
}

function published(item: ListItemRecord): Record<string, unknown> {
  const [major] = String(item.fields.OData__UIVersionString ?? '0.1').split('.').map(Number);
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const fields: Record<string, unknown> = { ...item.fields, OData__UIVersionString: `${major + 1}.0`, __etag: Number(item.fields.__etag ?? 1) + 1 };
  if (Number(fields.PromotedState) === 2 && !fields.FirstPublishedDate) fields.FirstPublishedDate = now;
  return fields;
}

/**
 * `POST {list}/items(ID)` with `X-HTTP-Method: DELETE` (PnPjs' `item.delete()`; `DELETE` as the
 * request line inside a $batch): 200 with an empty body; needs DeleteListItems (members, owners).
 */
export function deleteItem(ctx: SiteRequest, list: ListRecord, id: number): EmulatorResponse {
  const { request, tenant } = ctx;
  const mask = listMask(ctx, list);
  if (!has(mask, PERMISSION.deleteListItems)) return spError(request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
  const item = visibleItems(ctx, tenant.store.listItems(list.id), list).find((i) => i.id === id);
  if (!item) return spError(request, 404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  if (!itemWritable(ctx, list, item, PERMISSION.deleteListItems, mask)) return spError(request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
  tenant.store.db.prepare('DELETE FROM list_items WHERE list_id = ? AND id = ?').run(list.id, id);
  tenant.store.listChanged(list.id);
  scheduleRecrawl(tenant);
  return { status: 200, headers: {}, body: '' };
}
