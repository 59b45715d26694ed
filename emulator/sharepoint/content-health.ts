import type { ListItemRecord, ListRecord, SiteRole } from '../db/records.ts';
import { keepVersion } from './item-versions.ts';
import { json, spContentType, spError, SP_CODES } from '../http/errors.ts';
import type { EmulatorResponse, Tenant } from '../http/types.ts';
import { recrawl } from '../search/catalog.ts';
import { findField, itemEntityType } from './fields.ts';
import { itemFieldsOf } from '../provisioning/store.ts';
import type { FieldDefinition } from './fields.ts';
import type { SiteRequest } from './handlers.ts';
import { isDraft } from './versions.ts';
import { entity, entityBody } from './odata-json.ts';
import { coercePrincipalIds, rememberSiteUser, runAudienceReceiver } from './audience.ts';
import { has, itemReadable, itemWritable, listMask, listSecurity, mayOverride, PERMISSION } from './list-security.ts';
import { duplicateValue, duplicateValuesFound } from './unique-values.ts';

/**
 * What editors need for content health: their effective permissions, list item updates as
 * SharePoint takes them (MERGE), ensureUser for a new owner, and unpublishing a page.
 * Writes need EditListItems: site members (Contribute) and owners (Full Control) have it,
 * visitors (Read) get 403.
 */

/** SP.BasePermissions of SharePoint's default permission levels (Edm.Int64 halves, as strings in JSON). */
export const PERMISSION_LEVELS: Record<SiteRole, { High: string; Low: string }> = {
  owner: { High: '2147483647', Low: '4294967295' }, // Full Control
  member: { High: '432', Low: '1011030767' }, // Contribute (EditListItems is bit 2 of Low)
  visitor: { High: '176', Low: '138612833' }, // Read
};
const NONE = { High: '0', Low: '0' };

export function effectivePermissions(ctx: SiteRequest): { High: string; Low: string } {
  const roles = ctx.tenant.store.siteRoles(ctx.site.id, ctx.caller.principals);
  if (roles.has('owner')) return PERMISSION_LEVELS.owner;
  if (roles.has('member')) return PERMISSION_LEVELS.member;
  if (roles.has('visitor')) return PERMISSION_LEVELS.visitor;
  return NONE;
}

export function canEdit(ctx: SiteRequest): boolean {
  const roles = ctx.tenant.store.siteRoles(ctx.site.id, ctx.caller.principals);
  return roles.has('owner') || roles.has('member');
}

/**
 * The items a caller sees: drafts only when they may edit (draft item security "only editors");
 * in a list with ReadSecurity 2, only the items they created unless they may override list
 * behaviors (sharepoint/list-security.ts).
 */
export function visibleItems(ctx: SiteRequest, items: readonly ListItemRecord[], list?: ListRecord): readonly ListItemRecord[] {
  const published = canEdit(ctx) || !items.some(isDraft) ? items : items.filter((item) => !isDraft(item));
  if (!list || listSecurity(ctx.tenant.store.db, list.id).readSecurity !== 2) return published;
  const mask = listMask(ctx, list);
  // Override List Behaviors reads every item: no need to ask item by item.
  if (mayOverride(mask)) return published;
  return published.filter((item) => itemReadable(ctx, list, item, mask));
}

function ok(ctx: SiteRequest, body: unknown, status = 200, headers: Record<string, string> = {}): EmulatorResponse {
  return json(status, body, spContentType(ctx.format), headers);
}

function accessDenied(ctx: SiteRequest): EmulatorResponse {
  return spError(ctx.request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
}

/** `GET {site}/_api/web/effectiveBasePermissions` and `.../lists/getByTitle('…')/EffectiveBasePermissions` (the list's own roles when it has them). */
export function getEffectiveBasePermissions(ctx: SiteRequest, list?: ListRecord): EmulatorResponse {
  const mask = list ? listMask(ctx, list) : undefined;
  const values = mask ? { High: String(mask.high), Low: String(mask.low) } : effectivePermissions(ctx);
  if (ctx.format === 'verbose') return ok(ctx, { d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, ...values } } });
  if (ctx.format === 'nometadata') return ok(ctx, values);
  return ok(ctx, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.BasePermissions`, ...values });
}

/** Fields a client may not set: SharePoint keeps them itself. */
export const READ_ONLY = new Set(['id', 'fileref', 'fileleafref', 'created', 'modified', 'authorid', 'editorid', 'guid', 'odata__uiversionstring', 'contenttypeid',
  // Computed by SharePoint's audience receiver from _ModernAudienceTargetUserField (sharepoint/audience.ts).
  'odata__modernaudienceaadobjectids']);

type Coerced = { ok: true; value: unknown } | { ok: false; message: string };

export function coerce(def: FieldDefinition, value: unknown, ctx: SiteRequest, fields: readonly FieldDefinition[]): Coerced {
  if (value === null) return { ok: true, value: null };
  switch (def.type) {
    case 'Text':
    case 'Note':
      return typeof value === 'string' ? { ok: true, value } : { ok: false, message: `Cannot convert a primitive value to the expected type 'Edm.String'.` };
    case 'Number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (isNaN(n)) return { ok: false, message: `Cannot convert a primitive value to the expected type 'Edm.Double'.` };
      const personField = fields.some((f) => f.type === 'User' && f.idField === def.name);
      if (personField && !ctx.tenant.store.userBySpId(n)) {
        return { ok: false, message: 'The user does not exist or is not unique.' };
      }
      return { ok: true, value: n };
    }
    case 'DateTime': {
      const time = typeof value === 'string' ? Date.parse(value) : NaN;
      return isNaN(time) ? { ok: false, message: `Cannot convert the literal '${String(value)}' to the expected type 'Edm.DateTime'.` } : { ok: true, value: new Date(time).toISOString().replace('.000Z', 'Z') };
    }
    case 'MultiText': {
      // An array, or verbose OData's { results: [...] } (audience ids: content reuse sets them on a news link).
      const list = Array.isArray(value) ? value : typeof value === 'object' && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : null;
      return list && list.every((v) => typeof v === 'string') ? { ok: true, value: list } : { ok: false, message: `Cannot convert a primitive value to the expected type 'Collection(Edm.String)'.` };
    }
    case 'LookupIds':
      return coercePrincipalIds(ctx, value);
    case 'Boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: `Cannot convert a primitive value to the expected type 'Edm.Boolean'.` };
    default:
      return { ok: false, message: `The property '${def.name}' cannot be set.` };
  }
}

/**
 * `POST {list}/items(ID)` with `X-HTTP-Method: MERGE` (or PATCH) and `IF-MATCH: *` (or the
 * item's etag): a JSON body of REST field names and values, as PnPjs' `item.update()` sends
 * (inside a $batch it writes `MERGE {list}/items(ID)` as the request line).
 * 204 with the new `ETag`. Modified and Editor are set as SharePoint does.
 */
export function updateItem(ctx: SiteRequest, list: ListRecord, id: number): EmulatorResponse {
  const { request, tenant } = ctx;
  const method = request.method === 'POST' ? (request.headers['x-http-method'] ?? '').toUpperCase() : request.method;
  if (method !== 'MERGE' && method !== 'PATCH') {
    return spError(request, 405, SP_CODES.notSupported, `The HTTP method 'POST' cannot be used for this resource without X-HTTP-Method MERGE.`);
  }
  // Edit Items on the list first (403), then the item as the caller sees it (404), then WriteSecurity (403).
  const mask = listMask(ctx, list);
  if (!has(mask, PERMISSION.editListItems)) return accessDenied(ctx);
  const item = visibleItems(ctx, tenant.store.listItems(list.id), list).find((i) => i.id === id);
  if (!item) return spError(request, 404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  if (!itemWritable(ctx, list, item, PERMISSION.editListItems, mask)) return accessDenied(ctx);
  const version = Number(item.fields.__etag ?? 1);
  const ifMatch = request.headers['if-match'];
  if (ifMatch && ifMatch !== '*' && ifMatch.replace(/^W\//, '') !== `"${version}"`) {
    // As SharePoint words it (captured: pnp/sp-dev-fx-controls-react#1509): both values, quoted.
    return spError(request, 412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${ifMatch}' does not match the object's ETag value '"${version}"'.`);
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(request.body || '{}') as Record<string, unknown>;
  } catch {
    return spError(request, 400, SP_CODES.invalidQuery, 'Invalid JSON. A token was not recognized in the JSON content.');
  }
  const fields = itemFieldsOf(tenant.store.db, list);
  const next: Record<string, unknown> = { ...item.fields };
  const written = new Set<string>();
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata') continue;
    const def = findField(fields, name);
    if (!def || def.type === 'User') {
      return spError(request, 400, SP_CODES.invalidQuery, `The property '${name}' does not exist on type '${itemEntityType(list.url)}'. Make sure to only use property names that are defined by the type.`);
    }
    if (READ_ONLY.has(def.name.toLowerCase()) || def.type === 'Counter') {
      return spError(request, 400, SP_CODES.invalidQuery, `The property '${def.name}' is read-only and cannot be set.`);
    }
    const coerced = coerce(def, value, ctx, fields);
    if (!coerced.ok) return spError(request, 400, SP_CODES.invalidQuery, coerced.message);
    next[def.name] = coerced.value;
    written.add(def.name);
  }
  const duplicate = duplicateValue(ctx, list, next, id);
  if (duplicate) return duplicateValuesFound(ctx);
  runAudienceReceiver(ctx, list, written, next);
  next.Modified = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  next.EditorId = ctx.caller.user.spId;
  next.__etag = version + 1;
  keepVersion(tenant.store.db, list, item, next);
  writeItem(ctx, list, id, next);
  return { status: 204, headers: { etag: `"${version + 1}"` }, body: '' };
}

export function writeItem(ctx: SiteRequest, list: ListRecord, id: number, fields: Record<string, unknown>): void {
  const store = ctx.tenant.store;
  store.db.prepare('UPDATE list_items SET fields = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(fields), list.id, id);
  store.listChanged(list.id);
  scheduleRecrawl(ctx.tenant);
}

const pendingCrawls = new WeakSet<Tenant>();

/**
 * Search sees changes after the current burst of writes (a $batch of 20 updates costs one
 * crawl, not 20): at once for a client, where SharePoint's crawl takes minutes.
 */
export function scheduleRecrawl(tenant: Tenant): void {
  if (pendingCrawls.has(tenant)) return;
  pendingCrawls.add(tenant);
  setTimeout(() => {
    pendingCrawls.delete(tenant);
    try {
      recrawl(tenant.search, tenant.store, 'listItem');
    } catch {
      // the tenant was closed meanwhile
    }
  }, 0);
}

/** `POST {site}/_api/web/ensureuser` with `{"logonName":"i:0#.f|membership|upn"}` (or a bare UPN or e-mail): the site user. */
export function ensureUser(ctx: SiteRequest): EmulatorResponse {
  const { request, tenant } = ctx;
  if (!canEdit(ctx)) return accessDenied(ctx);
  let logonName = '';
  try {
    logonName = String((JSON.parse(request.body || '{}') as { logonName?: unknown }).logonName ?? '');
  } catch {
    return spError(request, 400, SP_CODES.invalidQuery, 'Invalid JSON. A token was not recognized in the JSON content.');
  }
  const upn = logonName.slice(logonName.lastIndexOf('|') + 1).trim();
  const user = upn ? tenant.store.user(upn) ?? tenant.store.users().find((u) => u.mail.toLowerCase() === upn.toLowerCase()) : undefined;
  if (!user) return spError(request, 404, '-2146232832, Microsoft.SharePoint.SPException', 'The specified user could not be found.');
  rememberSiteUser(ctx, user.id);
  const values = {
    Id: user.spId,
    IsHiddenInUI: false,
    LoginName: `i:0#.f|membership|${user.userPrincipalName}`,
    Title: user.displayName,
    PrincipalType: 1,
    Email: user.mail,
    IsSiteAdmin: false,
    UserId: { NameId: user.id.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: user.userPrincipalName,
  };
  const editLink = `Web/GetUserById(${user.spId})`;
  const value = entity(ctx.format, { type: 'SP.User', id: `${ctx.webUrl}/_api/${editLink}`, editLink }, values);
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Users/@Element`, value));
}

/**
 * `POST {site}/_api/web/getFileByServerRelativePath(decodedUrl='…')/unpublish(comment='…')`:
 * the page's major version becomes a minor one (2.0 → 1.1), so only editors see it and it
 * leaves search and every news feed. SharePoint answers `odata.null`.
 */
export function unpublishFile(ctx: SiteRequest, serverRelativePath: string): EmulatorResponse {
  const { request, tenant } = ctx;
  if (!canEdit(ctx)) return accessDenied(ctx);
  const path = serverRelativePath.toLowerCase();
  for (const list of tenant.store.lists(ctx.site.id)) {
    const item = tenant.store.listItems(list.id).find((i) => String(i.fields.FileRef ?? '').toLowerCase() === path);
    if (!item) continue;
    const version = String(item.fields.OData__UIVersionString ?? '1.0');
    const [major, minor] = version.split('.').map(Number);
    if (minor !== 0) {
      return spError(request, 400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot unpublish a version that is not a published major version.');
    }
    const etag = Number(item.fields.__etag ?? 1) + 1;
    writeItem(ctx, list, item.id, { ...item.fields, OData__UIVersionString: `${Math.max(0, major - 1)}.1`, __etag: etag });
    return ok(ctx, ctx.format === 'verbose' ? { d: { Unpublish: null } } : { 'odata.null': true });
  }
  return spError(request, 404, SP_CODES.fileNotFound, 'File Not Found.');
}
