import { randomBytes } from 'node:crypto';
import type { ListRecord, SiteRecord } from '../db/records.ts';
import { json, spContentType, spError, SP_CODES } from '../http/errors.ts';
import type { SpFormat } from '../http/errors.ts';
import type { Caller, EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';
import { parseODataQuery } from '../odata/query.ts';
import { ODataSyntaxError } from '../odata/filter.ts';
import { itemEntityType } from './fields.ts';
import { queryItems, selectItem, SpQueryError } from './items.ts';
import { seekByIndex } from './threshold.ts';
import type { ItemQueryContext } from './items.ts';
import { collectionBody, entity, entityBody } from './odata-json.ts';
import { effectivePermissions, visibleItems } from './content-health.ts';
import { contentTypesEnabled, indexedColumns, itemFieldsOf } from '../provisioning/store.ts';
import { has, hasUniqueRoles, listMask, listSecurity, PERMISSION } from './list-security.ts';
import { listKeepsVersions } from './item-versions.ts';

/** Handlers for the SharePoint REST requests of the wire contract, on one site. */

export interface SiteRequest {
  tenant: Tenant;
  request: EmulatorRequest;
  caller: Caller;
  site: SiteRecord;
  /** Scheme and host, e.g. "http://127.0.0.1:4401". */
  origin: string;
  /** Absolute URL of the web ("http://127.0.0.1:4401/sites/eksjo"; the root web has no trailing slash). */
  webUrl: string;
  format: SpFormat;
}

function ok(ctx: SiteRequest, body: unknown): EmulatorResponse {
  return json(200, body, spContentType(ctx.format));
}

function accessDenied(ctx: SiteRequest): EmulatorResponse {
  return spError(ctx.request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
}

type Selected = { ok: true; values: Record<string, unknown> } | { ok: false; response: EmulatorResponse };

/** `$select` on a plain entity: only the named properties (names as the entity spells them). */
function selectProperties(ctx: SiteRequest, typeName: string, values: Record<string, unknown>): Selected {
  const select = parseSelect(ctx.request.url.searchParams);
  if (!select) return { ok: true, values };
  const chosen: Record<string, unknown> = {};
  for (const name of select) {
    const key = Object.keys(values).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) {
      const message = `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`;
      return { ok: false, response: spError(ctx.request, 400, SP_CODES.invalidQuery, message) };
    }
    chosen[key] = values[key];
  }
  return { ok: true, values: chosen };
}

function parseSelect(params: URLSearchParams): string[] | undefined {
  for (const [key, value] of params) {
    if (key.toLowerCase() === '$select') {
      const names = value.split(',').map((s) => s.trim()).filter(Boolean);
      return names.includes('*') ? undefined : names;
    }
  }
  return undefined;
}

export function getWeb(ctx: SiteRequest): EmulatorResponse {
  const { site, webUrl } = ctx;
  const values = {
    Id: site.webId,
    Title: site.title,
    Description: site.description,
    Url: webUrl,
    ServerRelativeUrl: site.path,
    Created: site.created,
    Language: 1053,
    WebTemplate: 'SITEPAGEPUBLISHING',
    Configuration: 0,
  };
  const selected = selectProperties(ctx, 'SP.Web', values);
  if (!selected.ok) return selected.response;
  const web = entity(ctx.format, { type: 'SP.Web', id: `${webUrl}/_api/Web`, editLink: 'Web' }, selected.values);
  return ok(ctx, entityBody(ctx.format, `${webUrl}/_api/$metadata#SP.ApiData.Webs/@Element`, web));
}

/**
 * The site collection (`/_api/site`): its id is what SPFx's page context gives as `pageContext.site.id`
 * and what search returns as SiteId; the workbench reads it to give the must-read bar that context.
 */
export function getSite(ctx: SiteRequest): EmulatorResponse {
  const { site, webUrl } = ctx;
  const values = { Id: site.id, Url: webUrl, ServerRelativeUrl: site.path };
  const selected = selectProperties(ctx, 'SP.Site', values);
  if (!selected.ok) return selected.response;
  const body = entity(ctx.format, { type: 'SP.Site', id: `${webUrl}/_api/Site`, editLink: 'Site' }, selected.values);
  return ok(ctx, entityBody(ctx.format, `${webUrl}/_api/$metadata#SP.ApiData.Sites/@Element`, body));
}

export function getStorageEntity(ctx: SiteRequest, key: string): EmulatorResponse {
  const found = ctx.tenant.store.storageEntity(key);
  if (!found) {
    if (ctx.format === 'verbose') return ok(ctx, { d: { GetStorageEntity: null } });
    return ok(ctx, ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#Edm.Null`, 'odata.null': true } : { 'odata.null': true });
  }
  const values = { Comment: found.comment, Description: found.description, Value: found.value };
  if (ctx.format === 'verbose') return ok(ctx, { d: { __metadata: { type: 'SP.StorageEntity' }, ...values } });
  return ok(ctx, ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.StorageEntity`, ...values } : values);
}

function listValues(ctx: SiteRequest, list: ListRecord): Record<string, unknown> {
  const items = ctx.tenant.store.listItems(list.id);
  const security = listSecurity(ctx.tenant.store.db, list.id);
  const lastModified = items.reduce((latest, item) => {
    const modified = String(item.fields.Modified ?? '');
    return modified > latest ? modified : latest;
  }, list.created);
  return {
    Id: list.id,
    Title: list.title,
    Description: list.description,
    BaseTemplate: list.template,
    BaseType: 1,
    ItemCount: items.length,
    Created: list.created,
    LastItemModifiedDate: lastModified,
    EntityTypeName: itemEntityType(list.url).replace(/^SP\.Data\./, '').replace(/Item$/, ''),
    ListItemEntityTypeFullName: itemEntityType(list.url),
    ParentWebUrl: ctx.site.path,
    Hidden: false,
    ContentTypesEnabled: contentTypesEnabled(ctx.tenant.store.db, list),
    ReadSecurity: security.readSecurity,
    WriteSecurity: security.writeSecurity,
    NoCrawl: security.noCrawl,
    EnableVersioning: listKeepsVersions(ctx.tenant.store.db, list.id),
    HasUniqueRoleAssignments: hasUniqueRoles(ctx.tenant.store.db, list.id),
  };
}

function listEntity(ctx: SiteRequest, list: ListRecord, values: Record<string, unknown>): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${list.id}')`;
  return entity(ctx.format, { type: 'SP.List', id: `${ctx.webUrl}/_api/${editLink}`, editLink, etag: '"1"' }, values);
}

export function getLists(ctx: SiteRequest): EmulatorResponse {
  const lists = ctx.tenant.store.lists(ctx.site.id).map((list) => listEntity(ctx, list, listValues(ctx, list)));
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Lists`, lists));
}

export function getList(ctx: SiteRequest, list: ListRecord): EmulatorResponse {
  const values = listValues(ctx, list);
  // Not among a list's default properties: the caller's permissions on it come only when selected.
  if (parseSelect(ctx.request.url.searchParams)?.some((name) => name.toLowerCase() === 'effectivebasepermissions')) {
    const permissions = effectivePermissions(ctx);
    values.EffectiveBasePermissions = ctx.format === 'verbose' ? { __metadata: { type: 'SP.BasePermissions' }, ...permissions } : permissions;
  }
  const selected = selectProperties(ctx, 'SP.List', values);
  if (!selected.ok) return selected.response;
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, listEntity(ctx, list, selected.values)));
}

export function itemContext(ctx: SiteRequest, list: ListRecord): ItemQueryContext {
  const store = ctx.tenant.store;
  // Within one request a person is looked up once, however many of their items it answers with.
  const users = new Map<number, ReturnType<typeof store.userBySpId>>();
  return {
    format: ctx.format,
    origin: ctx.origin,
    webUrl: ctx.webUrl,
    list,
    fields: itemFieldsOf(store.db, list),
    userBySpId: (spId) => {
      if (!users.has(spId)) users.set(spId, store.userBySpId(spId));
      return users.get(spId);
    },
    groupBySpId: (spId) => store.groups().find((g) => g.spId === spId),
    requestUrl: ctx.request.url,
    itemCount: store.listItems(list.id).length,
    indexed: indexedColumns(store.db, list.id),
  };
}

function queryError(ctx: SiteRequest, error: unknown): EmulatorResponse {
  if (error instanceof SpQueryError) return spError(ctx.request, error.status, error.code, error.message);
  if (error instanceof ODataSyntaxError) return spError(ctx.request, 400, SP_CODES.invalidQuery, error.message);
  throw error;
}

export function getItems(ctx: SiteRequest, list: ListRecord): EmulatorResponse {
  try {
    const query = parseODataQuery(ctx.request.url.searchParams);
    if (!has(listMask(ctx, list), PERMISSION.viewListItems)) return accessDenied(ctx);
    const context = itemContext(ctx, list);
    const all = ctx.tenant.store.listItems(list.id);
    // An indexed first clause is answered from the index (as SharePoint does); the filter still runs in full below.
    const page = queryItems(visibleItems(ctx, seekByIndex(all, query.filter, context.indexed ?? new Set()) ?? all, list), query, context);
    const metadata = `${ctx.webUrl}/_api/$metadata#SP.ListData.${itemEntityType(list.url).replace(/^SP\.Data\./, '')}s`;
    return ok(ctx, collectionBody(ctx.format, metadata, page.values, page.nextLink));
  } catch (error) {
    return queryError(ctx, error);
  }
}

export function getItem(ctx: SiteRequest, list: ListRecord, id: number): EmulatorResponse {
  if (!has(listMask(ctx, list), PERMISSION.viewListItems)) return accessDenied(ctx);
  // Whether an item is visible depends on the item alone (a draft, item-level security): asked of the one item.
  const found = ctx.tenant.store.listItems(list.id).find((i) => i.id === id);
  const item = found ? visibleItems(ctx, [found], list)[0] : undefined;
  if (!item) {
    return spError(ctx.request, 404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  }
  return itemAnswer(ctx, list, item);
}

/** One item as SharePoint answers it, with the request's $select and $expand. */
function itemAnswer(ctx: SiteRequest, list: ListRecord, item: Parameters<typeof selectItem>[0]): EmulatorResponse {
  try {
    const value = selectItem(item, parseODataQuery(ctx.request.url.searchParams), itemContext(ctx, list));
    const metadata = `${ctx.webUrl}/_api/$metadata#SP.ListData.${itemEntityType(list.url).replace(/^SP\.Data\./, '')}s/@Element`;
    return ok(ctx, entityBody(ctx.format, metadata, value));
  } catch (error) {
    return queryError(ctx, error);
  }
}

/**
 * `GET {site}/_api/web/getFileByServerRelativePath(decodedUrl='…')/listItemAllFields`: the list item
 * of a file, found by its path rather than by a list query, so no list view threshold applies.
 * $select and $expand as for items; a file the caller cannot see: 404.
 */
export function getFileListItem(ctx: SiteRequest, serverRelativePath: string): EmulatorResponse {
  const path = serverRelativePath.toLowerCase();
  for (const list of ctx.tenant.store.lists(ctx.site.id)) {
    if (!has(listMask(ctx, list), PERMISSION.viewListItems)) continue;
    const item = visibleItems(ctx, ctx.tenant.store.listItems(list.id), list).find((i) => String(i.fields.FileRef ?? '').toLowerCase() === path);
    if (item) return itemAnswer(ctx, list, item);
  }
  return spError(ctx.request, 404, SP_CODES.fileNotFound, 'File Not Found.');
}

/** A request digest: PnPjs sends it with writes made without a bearer token. Its value is not checked. */
export function postContextInfo(ctx: SiteRequest): EmulatorResponse {
  const now = new Date();
  const stamp = now.toUTCString().replace(/^\w+, /, '').replace(' GMT', ' -0000');
  const values = {
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: `0x${randomBytes(64).toString('hex').toUpperCase()},${stamp}`,
    LibraryVersion: '16.0.25520.12004',
    SiteFullUrl: ctx.webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.webUrl,
  };
  if (ctx.format === 'verbose') {
    return ok(ctx, {
      d: {
        GetContextWebInformation: {
          __metadata: { type: 'SP.ContextWebInformation' },
          ...values,
          SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: values.SupportedSchemaVersions },
        },
      },
    });
  }
  return ok(ctx, ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ContextWebInformation`, ...values } : values);
}
