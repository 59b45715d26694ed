import { randomUUID } from 'node:crypto';
import type { ListRecord } from '../db/records.ts';
import { json, spContentType, spError, SP_CODES } from '../http/errors.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { canEdit, coerce, READ_ONLY, scheduleRecrawl } from './content-health.ts';
import { findField, itemEntityType } from './fields.ts';
import { itemFieldsOf } from '../provisioning/store.ts';
import type { SiteRequest } from './handlers.ts';
import { itemContext } from './handlers.ts';
import { selectItem } from './items.ts';
import { runAudienceReceiver } from './audience.ts';
import { entity, entityBody } from './odata-json.ts';
import { has, listMask, PERMISSION } from './list-security.ts';
import { duplicateValue, duplicateValuesFound } from './unique-values.ts';
import { parseODataQuery } from '../odata/query.ts';

/**
 * What content reuse needs (issue 4): list item create as PnPjs 4 sends it (`items.add()`), and
 * SharePoint's news link (a repost page) in a hub's Site Pages. Both need AddListItems: on the
 * site (members and owners), or for a list with its own role assignments, on the list (a level
 * given there, sharepoint/list-security.ts); anyone else gets 403, as SharePoint answers.
 */

/** Content type of SharePoint's "Repost Page" (a news link) in Site Pages. */
export const REPOST_CONTENT_TYPE_ID = '0x0101009D1CB255DA76424F860D91F20E6C4118002A50BFCFB7614729B56886FADA02339B00';

function accessDenied(ctx: SiteRequest): EmulatorResponse {
  return spError(ctx.request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
}

function invalidJson(ctx: SiteRequest): EmulatorResponse {
  return spError(ctx.request, 400, SP_CODES.invalidQuery, 'Invalid JSON. A token was not recognized in the JSON content.');
}

function parseBody(ctx: SiteRequest): Record<string, unknown> | null {
  try {
    const body = JSON.parse(ctx.request.body || '{}') as unknown;
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Adds an item under the list's next id (TenantStore.nextItemId); `fieldsOf` may use the id (a list item's FileRef does). */
function insertItem(ctx: SiteRequest, list: ListRecord, fieldsOf: (id: number) => Record<string, unknown>): number {
  const store = ctx.tenant.store;
  const next = store.nextItemId(list.id);
  const uniqueId = randomUUID();
  store.db.prepare('INSERT INTO list_items (list_id, id, unique_id, fields) VALUES (?, ?, ?, ?)').run(list.id, next, uniqueId, JSON.stringify({ GUID: uniqueId, ...fieldsOf(next) }));
  store.listChanged(list.id);
  scheduleRecrawl(ctx.tenant);
  return next;
}

/**
 * `POST {list}/items` with a JSON body of REST field names and values (PnPjs 4 `items.add()`):
 * 201 with the new item as `GET items(ID)` answers it. Id, Created, Modified, Author and
 * Editor are SharePoint's own; unknown or read-only fields are 400.
 */
export function createItem(ctx: SiteRequest, list: ListRecord): EmulatorResponse {
  const { request } = ctx;
  // Add Items on the list: members and owners of a list that inherits its site's roles, or a level given on the list itself.
  if (!has(listMask(ctx, list), PERMISSION.addListItems)) return accessDenied(ctx);
  const body = parseBody(ctx);
  if (!body) return invalidJson(ctx);
  const fields = itemFieldsOf(ctx.tenant.store.db, list);
  const values: Record<string, unknown> = {};
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
    values[def.name] = coerced.value;
  }
  if (duplicateValue(ctx, list, values)) return duplicateValuesFound(ctx);
  runAudienceReceiver(ctx, list, new Set(Object.keys(values)), values);
  const now = nowIso();
  const id = insertItem(ctx, list, (next) => ({
    Title: null,
    ...values,
    Created: now,
    Modified: now,
    AuthorId: ctx.caller.user.spId,
    EditorId: ctx.caller.user.spId,
    OData__UIVersionString: '1.0',
    FileRef: `${list.url}/${next}_.000`,
    FileLeafRef: `${next}_.000`,
    ContentTypeId: '0x0100',
    __etag: 1,
  }));
  const item = ctx.tenant.store.listItems(list.id).find((i) => i.id === id)!;
  const value = selectItem(item, parseODataQuery(new URLSearchParams()), itemContext(ctx, list));
  const metadata = `${ctx.webUrl}/_api/$metadata#SP.ListData.${itemEntityType(list.url).replace(/^SP\.Data\./, '')}s/@Element`;
  return json(201, entityBody(ctx.format, metadata, value), spContentType(ctx.format), { etag: '"1"' });
}

function fileNameFor(title: string, taken: ReadonlySet<string>): string {
  const base = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'Nyhetslank';
  let name = `${base}.aspx`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.aspx`;
  return name;
}

/**
 * `POST {site}/_api/sitepages/pages/reposts` with an SP.Publishing.RepostPage body (Title,
 * Description, BannerImageUrl, IsBannerImageUrlExternal, OriginalSourceUrl, ShouldSaveAsDraft
 * and the Original* ids): a news link page in the site's Site Pages, promoted as news
 * (PromotedState 2) and published unless ShouldSaveAsDraft. 201 with the RepostPage.
 */
export function createRepost(ctx: SiteRequest): EmulatorResponse {
  const { request, tenant } = ctx;
  const list = tenant.store.listByTitle(ctx.site.id, 'Site Pages');
  if (!list) return spError(request, 404, SP_CODES.listNotFound, `List 'Site Pages' does not exist at site with URL '${ctx.webUrl}'.`);
  if (!canEdit(ctx)) return accessDenied(ctx);
  const body = parseBody(ctx);
  if (!body) return invalidJson(ctx);
  const str = (name: string): string | null => {
    const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
    const value = key === undefined ? undefined : body[key];
    return typeof value === 'string' ? value : null;
  };
  const title = (str('Title') ?? '').trim();
  const source = (str('OriginalSourceUrl') ?? '').trim();
  if (!title) return spError(request, 400, SP_CODES.invalidQuery, 'The page title cannot be empty.');
  if (!/^https?:\/\//i.test(source)) return spError(request, 400, SP_CODES.invalidQuery, 'OriginalSourceUrl must be an absolute URL.');
  const draft = body.ShouldSaveAsDraft === true;
  const taken = new Set(tenant.store.listItems(list.id).map((i) => String(i.fields.FileLeafRef ?? '').toLowerCase()));
  const fileName = fileNameFor(title, taken);
  const banner = str('BannerImageUrl');
  const now = nowIso();
  const id = insertItem(ctx, list, () => ({
    Title: title,
    Description: str('Description') ?? '',
    PromotedState: 2,
    FirstPublishedDate: draft ? null : now,
    BannerImageUrl: banner ? { Url: banner, Description: title } : null,
    OData__OriginalSourceUrl: source,
    OData__ModernAudienceAadObjectIds: [],
    OData__ModernAudienceTargetUserFieldId: [],
    PageLayoutType: 'RepostPage',
    CanvasContent1: '',
    Created: now,
    Modified: now,
    AuthorId: ctx.caller.user.spId,
    EditorId: ctx.caller.user.spId,
    OData__UIVersionString: draft ? '0.1' : '1.0',
    FileRef: `${list.url}/${fileName}`,
    FileLeafRef: fileName,
    ContentTypeId: REPOST_CONTENT_TYPE_ID,
    __etag: 1,
  }));
  const values = {
    Id: id,
    AbsoluteUrl: `${ctx.origin}${encodeURI(`${list.url}/${fileName}`)}`,
    Title: title,
    Description: str('Description') ?? '',
    BannerImageUrl: banner ?? '',
    IsBannerImageUrlExternal: body.IsBannerImageUrlExternal === true,
    FileName: fileName,
    Url: `SitePages/${fileName}`,
    PageLayoutType: 'RepostPage',
    PromotedState: 2,
    FirstPublished: draft ? '0001-01-01T00:00:00' : now,
    OriginalSourceUrl: source,
    OriginalSourceSiteId: str('OriginalSourceSiteId'),
    OriginalSourceWebId: str('OriginalSourceWebId'),
    OriginalSourceListId: str('OriginalSourceListId'),
    OriginalSourceItemId: str('OriginalSourceItemId'),
  };
  const editLink = `SitePages/Pages(${id})`;
  const value = entity(ctx.format, { type: 'SP.Publishing.RepostPage', id: `${ctx.webUrl}/_api/${editLink}`, editLink }, values);
  return json(201, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.Publishing.RepostPage/@Element`, value), spContentType(ctx.format));
}
