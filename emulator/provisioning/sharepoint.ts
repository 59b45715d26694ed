import { inflateRawSync } from 'node:zlib';
import { setListVersioning } from '../sharepoint/item-versions.ts';
import { FORBIDDEN_NAME_CHARACTERS } from '../sharepoint/files.ts';
import type { ListRecord } from '../db/records.ts';
import { json, spContentType, spError, SP_CODES } from '../http/errors.ts';
import { rememberSiteUser } from '../sharepoint/audience.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { SiteRequest } from '../sharepoint/handlers.ts';
import { collectionBody, entity, entityBody } from '../sharepoint/odata-json.ts';
import { guidFromName } from '../seed/random.ts';
import * as db from './store.ts';
import { addListRoleAssignment, addRoleDefinition, breakInheritance, hasUniqueRoles, listRoleAssignments, listSecurity, maskOf, roleDefinition, roleDefinitions, setColumnUnique, setListSecurity, uniqueColumns } from '../sharepoint/list-security.ts';
import type { RoleDefinition } from '../sharepoint/list-security.ts';
import { DUPLICATE_CODE, DUPLICATE_MESSAGE } from '../sharepoint/unique-values.ts';
import type { ContentTypeRow, FieldRow } from './store.ts';

/**
 * The SharePoint REST requests of the setup command (issue 7): site creation, hubs, columns,
 * content types, lists (and their content type setting), audience targeting, site visitors,
 * role assignments, tenant properties and the tenant app catalog. Answers undefined for any other path, which the contract's routes then serve.
 */

type Handler = (ctx: SiteRequest, m: RegExpExecArray, list?: ListRecord) => EmulatorResponse;
interface Route {
  method: string;
  pattern: RegExp;
  handle: Handler;
}

const BUILT_IN_WEB_FIELDS: Array<[string, string, string]> = [
  ['fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Text'],
  ['1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'Counter'],
  ['c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'ContentType', 'Computed'],
  ['8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'DateTime'],
  ['28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'DateTime'],
  ['1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'User'],
  ['d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'User'],
];
const SITE_PAGES_FIELDS: Array<[string, string, string]> = [
  ['3f155110-a6a2-4d70-926c-94648101f0e8', 'Description', 'Note'],
  ['5baf6db5-9d25-4738-b15e-db5789298e82', 'BannerImageUrl', 'URL'],
  ['f5ad16a2-85be-46b2-b5f0-2bb8b4a5074a', 'PromotedState', 'Number'],
  ['c84f8697-331e-457d-884a-c4fb8f30ea74', 'FirstPublishedDate', 'DateTime'],
  ['4966388e-6e12-4bc6-8990-5b5b66153eae', 'CanvasContent1', 'Note'],
];
const BUILT_IN_CONTENT_TYPES: Array<[string, string, string]> = [
  ['0x01', 'Item', 'List Content Types'],
  ['0x0101', 'Document', 'Document Content Types'],
  ['0x0101009D1CB255DA76424F860D91F20E6C4118', 'Site Page', 'Document Content Types'],
];

function ok(ctx: SiteRequest, body: unknown, status = 200): EmulatorResponse {
  return json(status, body, spContentType(ctx.format));
}

function noContent(): EmulatorResponse {
  return { status: 204, headers: {}, body: '' };
}

function denied(ctx: SiteRequest, why = 'Access denied. You do not have permission to perform this action or access this resource.'): EmulatorResponse {
  return spError(ctx.request, 403, SP_CODES.accessDenied, why);
}

function bad(ctx: SiteRequest, message: string, status = 400, code: string = SP_CODES.notSupported): EmulatorResponse {
  return spError(ctx.request, status, code, message);
}

function isAdmin(ctx: SiteRequest): boolean {
  return db.isTenantAdmin(ctx.tenant.store.db, ctx.caller.user.id);
}

/** Site owners (a site's creator is one) change its schema and membership; the admin role alone does not. */
function canManage(ctx: SiteRequest): boolean {
  return ctx.tenant.store.siteRoles(ctx.site.id, ctx.caller.principals).has('owner');
}

function body(ctx: SiteRequest): Record<string, unknown> {
  if (!ctx.request.body) return {};
  try {
    const parsed = JSON.parse(ctx.request.body) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function select(ctx: SiteRequest, values: Record<string, unknown>): Record<string, unknown> {
  const raw = [...ctx.request.url.searchParams].find(([k]) => k.toLowerCase() === '$select')?.[1];
  if (!raw || raw.split(',').includes('*')) return values;
  const chosen: Record<string, unknown> = {};
  for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const key = Object.keys(values).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) chosen[key] = values[key];
  }
  return chosen;
}

function xmlAttributes(xml: string): Record<string, string> {
  const open = /<Field\b([^>]*)>/i.exec(xml);
  const attributes: Record<string, string> = {};
  if (!open) return attributes;
  for (const m of open[1].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[m[1]] = m[2] ?? m[3];
  return attributes;
}

// Tenant-level: settings, site creation

function tenantSettings(ctx: SiteRequest): EmulatorResponse {
  const values = { CorporateCatalogUrl: `${ctx.origin}${db.APP_CATALOG_PATH}`, IsRequestAccessEnabled: false };
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.TenantSettings`, entity(ctx.format, { type: 'SP.TenantSettings', id: `${ctx.webUrl}/_api/SP_TenantSettings_Current` }, values)));
}

function siteUrlParam(ctx: SiteRequest, raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.replace(/^'|'$/g, '');
  try {
    const url = new URL(value);
    if (url.host.toLowerCase() !== ctx.request.url.host.toLowerCase()) return undefined;
    return decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/';
  } catch {
    return undefined;
  }
}

function creationResponse(ctx: SiteRequest, siteId: string, status: number, siteUrl: string): EmulatorResponse {
  const values = { SiteId: siteId, SiteStatus: status, SiteUrl: siteUrl };
  if (ctx.format === 'verbose') return ok(ctx, { d: { Status: { __metadata: { type: 'SP.Publishing.CommunicationSiteCreationResponse' }, ...values } } });
  return ok(ctx, ctx.format === 'minimal' ? { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.Publishing.CommunicationSiteCreationResponse`, ...values } : values);
}

function siteStatus(ctx: SiteRequest): EmulatorResponse {
  const raw = [...ctx.request.url.searchParams].find(([k]) => k.toLowerCase() === 'url')?.[1];
  const path = siteUrlParam(ctx, raw);
  if (!path) return bad(ctx, "The parameter 'url' must be the absolute URL of a site in this tenant.");
  const site = ctx.tenant.store.siteByPath(path);
  return site ? creationResponse(ctx, site.id, 2, `${ctx.origin}${site.path}`) : creationResponse(ctx, '00000000-0000-0000-0000-000000000000', 0, '');
}

function createSite(ctx: SiteRequest): EmulatorResponse {
  if (!isAdmin(ctx)) return denied(ctx);
  const request = (body(ctx).request ?? {}) as Record<string, unknown>;
  const path = siteUrlParam(ctx, typeof request.Url === 'string' ? request.Url : undefined);
  if (!path || !/^\/(sites|teams)\/[A-Za-z0-9_-]+$/.test(path)) return bad(ctx, 'The request needs Url: the absolute URL of the new site, such as https://contoso.sharepoint.com/sites/name.');
  if (typeof request.Title !== 'string' || !request.Title.trim()) return bad(ctx, 'The request needs a Title.');
  const existing = ctx.tenant.store.siteByPath(path);
  // SharePoint does not create a site over an existing one: it answers with the error status.
  if (existing) return creationResponse(ctx, '00000000-0000-0000-0000-000000000000', 3, '');
  const site = db.createSite(ctx.tenant.store.db, {
    path,
    title: request.Title.trim(),
    description: typeof request.Description === 'string' ? request.Description : '',
    ownerId: ctx.caller.user.id,
  });
  return creationResponse(ctx, site.id, 2, `${ctx.origin}${site.path}`);
}

// Site collection: hubs

function getSite(ctx: SiteRequest): EmulatorResponse {
  const hub = db.hubOf(ctx.tenant.store.db, ctx.site.id);
  const values = {
    Id: ctx.site.id,
    Url: ctx.webUrl,
    ServerRelativeUrl: ctx.site.path,
    IsHubSite: hub.isHub,
    HubSiteId: hub.hubSiteId ?? '00000000-0000-0000-0000-000000000000',
  };
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Sites/@Element`, entity(ctx.format, { type: 'SP.Site', id: `${ctx.webUrl}/_api/site`, editLink: 'site' }, select(ctx, values))));
}

function registerHub(ctx: SiteRequest): EmulatorResponse {
  if (!isAdmin(ctx)) return denied(ctx);
  const store = ctx.tenant.store.db;
  if (db.isHubSite(store, ctx.site.id)) return bad(ctx, 'This site is already a HubSite.');
  db.registerHub(store, ctx.site.id, ctx.site.title);
  const values = { ID: ctx.site.id, SiteId: ctx.site.id, SiteUrl: ctx.webUrl, Title: ctx.site.title, Description: ctx.site.description, LogoUrl: '' };
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.HubSite`, entity(ctx.format, { type: 'SP.HubSite', id: `${ctx.webUrl}/_api/HubSites/GetById('${ctx.site.id}')` }, values)));
}

function joinHub(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const hubId = m[1].toLowerCase();
  const store = ctx.tenant.store.db;
  if (hubId === '00000000-0000-0000-0000-000000000000') {
    store.prepare('DELETE FROM hub_associations WHERE site_id = ?').run(ctx.site.id);
    return noContent();
  }
  if (!db.isHubSite(store, hubId)) return bad(ctx, `The hub site with id ${hubId} does not exist.`, 404, SP_CODES.fileNotFound);
  if (db.isHubSite(store, ctx.site.id)) return bad(ctx, 'A hub site cannot be associated with another hub site here.');
  db.joinHub(store, ctx.site.id, hubId);
  return noContent();
}

// Web: tenant properties, visitors

function setStorageEntity(ctx: SiteRequest): EmulatorResponse {
  if (!isAdmin(ctx)) return denied(ctx);
  if (ctx.site.path.toLowerCase() !== db.APP_CATALOG_PATH) return denied(ctx, 'Tenant properties are set on the tenant app catalog site.');
  const b = body(ctx);
  if (typeof b.key !== 'string' || typeof b.value !== 'string') return bad(ctx, 'SetStorageEntity needs key and value.');
  db.setStorageEntity(ctx.tenant.store.db, b.key, b.value, typeof b.description === 'string' ? b.description : '', typeof b.comments === 'string' ? b.comments : '');
  return ok(ctx, ctx.format === 'verbose' ? { d: { SetStorageEntity: null } } : { 'odata.null': true });
}

function loginName(ctx: SiteRequest, principalId: string): { loginName: string; title: string; type: number } | undefined {
  const group = ctx.tenant.store.group(principalId);
  if (group) return { loginName: `c:0t.c|tenant|${group.id}`, title: group.displayName, type: 4 };
  const user = ctx.tenant.store.user(principalId);
  return user ? { loginName: `i:0#.f|membership|${user.userPrincipalName}`, title: user.displayName, type: 1 } : undefined;
}

function visitors(ctx: SiteRequest): EmulatorResponse {
  const values = db.sitePrincipals(ctx.tenant.store.db, ctx.site.id, 'visitor')
    .map((id) => ({ id, principal: loginName(ctx, id) }))
    .filter((p) => p.principal)
    .map(({ id, principal }) => entity(ctx.format, { type: 'SP.User', id: `${ctx.webUrl}/_api/Web/GetUserById('${id}')` }, select(ctx, { Id: id, LoginName: principal!.loginName, Title: principal!.title, PrincipalType: principal!.type })));
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Users`, values));
}

function addVisitor(ctx: SiteRequest): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const name = body(ctx).LoginName;
  if (typeof name !== 'string') return bad(ctx, 'The request needs LoginName.');
  const group = /^c:0t\.c\|tenant\|([0-9a-f-]{36})$/i.exec(name);
  const user = /^i:0#\.f\|membership\|(.+)$/i.exec(name);
  const principal = group ? ctx.tenant.store.group(group[1]) : user ? ctx.tenant.store.user(user[1]) : undefined;
  if (!principal) return bad(ctx, `The user or group '${name}' does not exist.`, 404, SP_CODES.fileNotFound);
  db.addSitePermission(ctx.tenant.store.db, ctx.site.id, principal.id, 'visitor');
  const p = loginName(ctx, principal.id)!;
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Users/@Element`, entity(ctx.format, { type: 'SP.User', id: `${ctx.webUrl}/_api/Web/GetUserById('${principal.id}')` }, { Id: principal.id, LoginName: p.loginName, Title: p.title, PrincipalType: p.type })));
}

function userInfoList(ctx: SiteRequest): EmulatorResponse {
  const values = { Id: guidFromName(`list:${ctx.site.path}:User Information List`), Title: 'User Information List', BaseTemplate: 112, Hidden: true };
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, entity(ctx.format, { type: 'SP.List', id: `${ctx.webUrl}/_api/Web/SiteUserInfoList` }, select(ctx, values))));
}

// Fields

function scopeOf(ctx: SiteRequest, list?: ListRecord): string {
  return list ? list.id : ctx.site.webId;
}

function allFields(ctx: SiteRequest, list?: ListRecord): FieldRow[] {
  const scope = scopeOf(ctx, list);
  const builtIn = [...BUILT_IN_WEB_FIELDS, ...(list?.template === 119 ? SITE_PAGES_FIELDS : [])].map(([id, name, type]): FieldRow => ({
    scopeId: scope, id, internalName: name, title: name, type, group: '_Hidden', schemaXml: `<Field ID="{${id}}" Name="${name}" StaticName="${name}" DisplayName="${name}" Type="${type}" />`,
  }));
  return [...builtIn, ...db.fields(ctx.tenant.store.db, scope)];
}

/** SP.FieldType of the column types the local tenant knows (what PnPjs' field.update() reads first). */
const FIELD_TYPE_KINDS: Record<string, number> = { Counter: 5, Text: 2, Note: 3, DateTime: 4, Number: 9, Boolean: 8, URL: 11, User: 20, UserMulti: 20, Computed: 12, Guid: 14, Choice: 6, MultiChoice: 15, Lookup: 7, LookupMulti: 7 };
/** Types SharePoint cannot index ("Add an index to a list or library column"). */
const UNINDEXABLE_TYPES = new Set(['note', 'url', 'multichoice', 'usermulti', 'lookupmulti', 'calculated', 'computed']);

function isColumnIndexed(ctx: SiteRequest, f: FieldRow, list?: ListRecord): boolean {
  if (!list) return false;
  return f.type === 'Counter' || db.indexedColumns(ctx.tenant.store.db, list.id).has(f.internalName.toLowerCase());
}

function fieldEntity(ctx: SiteRequest, f: FieldRow, list?: ListRecord): Record<string, unknown> {
  const base = list ? `Web/Lists(guid'${list.id}')/Fields` : 'Web/Fields';
  const values = { Id: f.id, InternalName: f.internalName, StaticName: f.internalName, EntityPropertyName: f.internalName.startsWith('_') ? `OData_${f.internalName}` : f.internalName, Title: f.title, TypeAsString: f.type, FieldTypeKind: FIELD_TYPE_KINDS[f.type] ?? 0, Group: f.group, SchemaXml: f.schemaXml, Hidden: f.group === '_Hidden', ReadOnlyField: false, Indexed: isColumnIndexed(ctx, f, list), EnforceUniqueValues: !!list && uniqueColumns(ctx.tenant.store.db, list.id).has(f.internalName.toLowerCase()) };
  return entity(ctx.format, { type: 'SP.Field', id: `${ctx.webUrl}/_api/${base}(guid'${f.id}')`, editLink: `${base}(guid'${f.id}')` }, select(ctx, values));
}

function getFields(ctx: SiteRequest, list?: ListRecord): EmulatorResponse {
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Fields`, allFields(ctx, list).map((f) => fieldEntity(ctx, f, list))));
}

function fieldFromXml(ctx: SiteRequest, scopeId: string, xml: string): FieldRow | EmulatorResponse {
  const a = xmlAttributes(xml);
  const name = a.Name || a.StaticName;
  if (!name || !a.Type) return bad(ctx, 'The field schema needs Name and Type.', 400, SP_CODES.fieldNotFound);
  const id = (a.ID ?? guidFromName(`field:${scopeId}:${name}`)).replace(/[{}]/g, '').toLowerCase();
  return { scopeId, id, internalName: name, title: a.DisplayName || name, type: a.Type, group: a.Group || '', schemaXml: xml };
}

function createFieldAsXml(ctx: SiteRequest, list?: ListRecord): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const parameters = (body(ctx).parameters ?? {}) as Record<string, unknown>;
  if (typeof parameters.SchemaXml !== 'string') return bad(ctx, 'CreateFieldAsXml needs parameters.SchemaXml.');
  const scope = scopeOf(ctx, list);
  const field = fieldFromXml(ctx, scope, parameters.SchemaXml);
  if ('status' in field) return field;
  if (allFields(ctx, list).some((f) => f.internalName.toLowerCase() === field.internalName.toLowerCase() || f.id === field.id)) {
    return bad(ctx, `A duplicate field name "${field.internalName}" was found.`, 500, SP_CODES.fieldNotFound);
  }
  db.addField(ctx.tenant.store.db, field);
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Fields/@Element`, fieldEntity(ctx, field, list)), 201);
}

function updateField(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const method = (ctx.request.headers['x-http-method'] ?? '').toUpperCase();
  if (method !== 'MERGE' && ctx.request.method !== 'PATCH') return bad(ctx, 'Use MERGE (X-HTTP-Method) to update a field.', 405);
  const id = m[1].toLowerCase();
  const field = db.fields(ctx.tenant.store.db, ctx.site.webId).find((f) => f.id === id);
  if (!field) return bad(ctx, 'Invalid field name or id.', 404, SP_CODES.fieldNotFound);
  const xml = body(ctx).SchemaXml;
  if (typeof xml !== 'string') return bad(ctx, 'Only SchemaXml can be updated here.');
  const next = fieldFromXml(ctx, field.scopeId, xml);
  if ('status' in next) return next;
  if (next.internalName.toLowerCase() !== field.internalName.toLowerCase() || next.id !== field.id) return bad(ctx, 'The schema changes the field\'s ID or Name.');
  db.updateFieldSchema(ctx.tenant.store.db, field.scopeId, field.internalName, next);
  return noContent();
}

function listField(ctx: SiteRequest, list: ListRecord, key: string): FieldRow | undefined {
  const lower = key.toLowerCase();
  const all = allFields(ctx, list);
  return all.find((f) => f.internalName.toLowerCase() === lower) ?? all.find((f) => f.title.toLowerCase() === lower);
}

/** `GET {list}/fields/getByInternalNameOrTitle('X')`: one column of the list. */
function getListField(ctx: SiteRequest, m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  const field = listField(ctx, list!, m[1].replace(/''/g, "'"));
  if (!field) return bad(ctx, `Column '${m[1]}' does not exist. It may have been deleted by another user.`, 400, SP_CODES.fieldNotFound);
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Fields/@Element`, fieldEntity(ctx, field, list)));
}

/**
 * `POST {list}/fields/getByInternalNameOrTitle('X')` with `X-HTTP-Method: MERGE` and `{"Indexed": true}`:
 * index (or un-index) a column of the list, as "Indexed columns" in list settings does. Only
 * `Indexed` is served; a column type SharePoint cannot index: 400.
 */
function updateListField(ctx: SiteRequest, m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const method = (ctx.request.headers['x-http-method'] ?? '').toUpperCase();
  if (method !== 'MERGE' && ctx.request.method !== 'PATCH' && ctx.request.method !== 'MERGE') return bad(ctx, 'Use MERGE (X-HTTP-Method) to update a field.', 405);
  const field = listField(ctx, list!, m[1].replace(/''/g, "'"));
  if (!field) return bad(ctx, `Column '${m[1]}' does not exist. It may have been deleted by another user.`, 400, SP_CODES.fieldNotFound);
  const { __metadata: _ignored, ...values } = body(ctx);
  const names = Object.keys(values);
  if (names.length === 0 || names.some((n) => n !== 'Indexed' && n !== 'EnforceUniqueValues') || names.some((n) => typeof values[n] !== 'boolean')) {
    return bad(ctx, 'Only Indexed and EnforceUniqueValues (true or false) can be updated on a list column here.');
  }
  const store = ctx.tenant.store.db;
  if (field.type === 'Counter') return noContent();
  if (values.Indexed === true && UNINDEXABLE_TYPES.has(field.type.toLowerCase())) return bad(ctx, `The column '${field.internalName}' of type '${field.type}' cannot be indexed.`);
  const indexed = typeof values.Indexed === 'boolean' ? values.Indexed : isColumnIndexed(ctx, field, list);
  const unique = typeof values.EnforceUniqueValues === 'boolean' ? values.EnforceUniqueValues : uniqueColumns(store, list!.id).has(field.internalName.toLowerCase());
  if (values.EnforceUniqueValues === true) {
    const refused = uniqueRefusal(ctx, list!, field, indexed);
    if (refused) return refused;
  }
  // A unique column stays indexed: SharePoint's constraint is kept through the index.
  if (unique && !indexed) return bad(ctx, `The column '${field.internalName}' enforces unique values and must stay indexed.`, 400, SP_EXCEPTION);
  if (typeof values.Indexed === 'boolean') db.setColumnIndexed(store, list!.id, field.internalName, values.Indexed);
  if (typeof values.EnforceUniqueValues === 'boolean') setColumnUnique(store, list!.id, field.internalName, values.EnforceUniqueValues);
  return noContent();
}

/** Types a unique constraint can hold ("Enforcing Uniqueness in Column Values"): not multiple lines, links, multi-valued or Yes/No. */
const UNIQUE_TYPES = new Set(['text', 'choice', 'number', 'currency', 'datetime', 'lookup', 'user']);

/**
 * Why EnforceUniqueValues cannot be set on a list column: the column must be indexed (SP.Field.
 * EnforceUniqueValues: "you should also set the Indexed property"; stricter reading: it must),
 * be of a type that holds one comparable value, the list must not limit reading to one's own items,
 * and no two items may already share a value.
 */
function uniqueRefusal(ctx: SiteRequest, list: ListRecord, field: FieldRow, indexed: boolean): EmulatorResponse | undefined {
  if (!UNIQUE_TYPES.has(field.type.toLowerCase())) return bad(ctx, `The column '${field.internalName}' of type '${field.type}' cannot enforce unique values.`, 400, SP_EXCEPTION);
  if (!indexed) return bad(ctx, `The column '${field.internalName}' must be indexed to enforce unique values.`, 400, SP_EXCEPTION);
  if (listSecurity(ctx.tenant.store.db, list.id).readSecurity === 2) return bad(ctx, UNIQUE_WITH_ITEM_SECURITY, 400, SP_EXCEPTION);
  const seen = new Set<string>();
  for (const item of ctx.tenant.store.listItems(list.id)) {
    const value = item.fields[field.internalName];
    if (value === null || value === undefined || value === '') continue;
    const key = String(value).toLowerCase();
    if (seen.has(key)) return bad(ctx, DUPLICATE_MESSAGE, 400, DUPLICATE_CODE);
    seen.add(key);
  }
  return undefined;
}

// Content types

function allContentTypes(ctx: SiteRequest, list?: ListRecord): ContentTypeRow[] {
  const scope = scopeOf(ctx, list);
  const builtIn = list ? [] : BUILT_IN_CONTENT_TYPES.map(([id, name, group]): ContentTypeRow => ({ scopeId: scope, id, name, group, description: '', fieldNames: ['Title'] }));
  return [...builtIn, ...db.contentTypes(ctx.tenant.store.db, scope)];
}

function contentTypeEntity(ctx: SiteRequest, ct: ContentTypeRow, list?: ListRecord): Record<string, unknown> {
  const base = list ? `Web/Lists(guid'${list.id}')/ContentTypes` : 'Web/ContentTypes';
  const values = { StringId: ct.id, Id: { StringValue: ct.id }, Name: ct.name, Group: ct.group, Description: ct.description };
  return entity(ctx.format, { type: 'SP.ContentType', id: `${ctx.webUrl}/_api/${base}('${ct.id}')`, editLink: `${base}('${ct.id}')` }, select(ctx, values));
}

function getContentTypes(ctx: SiteRequest, list?: ListRecord): EmulatorResponse {
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.ContentTypes`, allContentTypes(ctx, list).map((ct) => contentTypeEntity(ctx, ct, list))));
}

function findContentType(ctx: SiteRequest, id: string): ContentTypeRow | undefined {
  return allContentTypes(ctx).find((ct) => ct.id.toLowerCase() === id.toLowerCase());
}

function getContentType(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  const ct = findContentType(ctx, m[1]);
  if (!ct) return bad(ctx, 'The content type does not exist.', 404, SP_CODES.fileNotFound);
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.ContentTypes/@Element`, contentTypeEntity(ctx, ct)));
}

function createContentType(ctx: SiteRequest): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const b = body(ctx);
  const id = typeof b.Id === 'object' && b.Id !== null ? (b.Id as Record<string, unknown>).StringValue : b.Id;
  if (typeof id !== 'string' || !/^0x[0-9a-f]+$/i.test(id) || typeof b.Name !== 'string') return bad(ctx, 'A content type needs Id ({StringValue}) and Name.');
  if (findContentType(ctx, id)) return bad(ctx, `A duplicate content type "${b.Name}" was found.`, 500, SP_CODES.internal);
  const parent = allContentTypes(ctx).filter((ct) => id.toLowerCase().startsWith(ct.id.toLowerCase())).sort((x, y) => y.id.length - x.id.length)[0];
  if (!parent) return bad(ctx, `The parent of content type ${id} does not exist.`);
  const ct: ContentTypeRow = { scopeId: ctx.site.webId, id, name: b.Name, group: typeof b.Group === 'string' ? b.Group : 'Custom Content Types', description: typeof b.Description === 'string' ? b.Description : '', fieldNames: [...parent.fieldNames] };
  db.saveContentType(ctx.tenant.store.db, ct);
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.ContentTypes/@Element`, contentTypeEntity(ctx, ct)), 201);
}

function fieldLinks(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  const ct = findContentType(ctx, m[1]);
  if (!ct) return bad(ctx, 'The content type does not exist.', 404, SP_CODES.fileNotFound);
  const fieldsByName = new Map(allFields(ctx).map((f) => [f.internalName.toLowerCase(), f]));
  const values = ct.fieldNames.map((name) => {
    const f = fieldsByName.get(name.toLowerCase());
    return entity(ctx.format, { type: 'SP.FieldLink', id: `${ctx.webUrl}/_api/Web/ContentTypes('${ct.id}')/FieldLinks(guid'${f?.id ?? ''}')` }, select(ctx, { Id: f?.id ?? '', Name: name, Hidden: false, Required: false }));
  });
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.FieldLinks`, values));
}

function addFieldLink(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const ct = db.contentTypes(ctx.tenant.store.db, ctx.site.webId).find((c) => c.id.toLowerCase() === m[1].toLowerCase());
  if (!ct) return bad(ctx, 'The content type does not exist or is built in.', 404, SP_CODES.fileNotFound);
  const name = body(ctx).FieldInternalName;
  const field = typeof name === 'string' ? allFields(ctx).find((f) => f.internalName.toLowerCase() === name.toLowerCase()) : undefined;
  if (!field) return bad(ctx, `The site column ${JSON.stringify(name)} does not exist.`, 404, SP_CODES.fieldNotFound);
  if (ct.fieldNames.some((n) => n.toLowerCase() === field.internalName.toLowerCase())) return bad(ctx, `The field link "${field.internalName}" already exists.`);
  db.saveContentType(ctx.tenant.store.db, { ...ct, fieldNames: [...ct.fieldNames, field.internalName] });
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.FieldLinks/@Element`, entity(ctx.format, { type: 'SP.FieldLink', id: `${ctx.webUrl}/_api/Web/ContentTypes('${ct.id}')/FieldLinks(guid'${field.id}')` }, { Id: field.id, Name: field.internalName })), 201);
}

// Lists

function createList(ctx: SiteRequest): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const b = body(ctx);
  return insertList(ctx, {
    title: b.Title, template: typeof b.BaseTemplate === 'number' ? b.BaseTemplate : 100, description: b.Description,
    contentTypesEnabled: b.ContentTypesEnabled === true, versioning: b.EnableVersioning === true,
  });
}

/**
 * `POST web/lists/add` with `{"parameters":{"Title","Url","TemplateType","Description","QuickLaunchOption"}}`
 * (SP.ListCreationInformation, ListCollection.Add): a list or library at the site-relative `Url` given
 * rather than one made from its title. QuickLaunchOption (0 off, 1 on, 2 the template's default) is
 * taken and not kept: the local tenant has no navigation.
 */
function addListWithUrl(ctx: SiteRequest): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const p = body(ctx).parameters;
  const parameters = typeof p === 'object' && p !== null ? p as Record<string, unknown> : {};
  const template = typeof parameters.TemplateType === 'number' ? parameters.TemplateType : 100;
  if ('QuickLaunchOption' in parameters && ![0, 1, 2].includes(parameters.QuickLaunchOption as number)) return bad(ctx, 'QuickLaunchOption must be 0 (off), 1 (on) or 2 (default).');
  let url: string | undefined;
  if (parameters.Url !== undefined && parameters.Url !== null && parameters.Url !== '') {
    if (typeof parameters.Url !== 'string') return bad(ctx, 'Url must be a site-relative URL.');
    // Site-relative: a library's name, or Lists/<name>; one level under Lists at most.
    const relative = parameters.Url.replace(/^\/+|\/+$/g, '');
    const segments = relative.split('/');
    const valid = segments.length === 1 || (segments.length === 2 && segments[0].toLowerCase() === 'lists');
    if (!relative || !valid || segments.some((segment) => !segment || FORBIDDEN_NAME_CHARACTERS.test(segment) || segment !== segment.trim())) {
      return bad(ctx, `The URL "${parameters.Url}" is not a valid site-relative URL for a list.`, 400, SP_EXCEPTION);
    }
    url = relative;
  }
  return insertList(ctx, { title: parameters.Title, template, description: parameters.Description, url, contentTypesEnabled: false, versioning: false });
}

function insertList(ctx: SiteRequest, p: { title: unknown; template: number; description: unknown; url?: string; contentTypesEnabled: boolean; versioning: boolean }): EmulatorResponse {
  if (typeof p.title !== 'string' || !p.title.trim()) return bad(ctx, 'A list needs a Title.');
  const title = p.title.trim();
  if (ctx.tenant.store.listByTitle(ctx.site.id, title)) {
    return bad(ctx, 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.', 500, SP_CODES.internal);
  }
  const template = p.template;
  const description = typeof p.description === 'string' ? p.description : '';
  const prefix = ctx.site.path === '/' ? '' : ctx.site.path;
  const urlName = title.replace(/[^A-Za-z0-9åäöÅÄÖ_-]+/g, '');
  const url = p.url !== undefined ? `${prefix}/${p.url}` : template === 101 ? `${prefix}/${urlName}` : `${prefix}/Lists/${urlName}`;
  if (ctx.tenant.store.lists(ctx.site.id).some((l) => l.url.toLowerCase() === url.toLowerCase())) {
    return bad(ctx, `A list or library already has the address ${url}.`, 400, SP_EXCEPTION);
  }
  const id = guidFromName(`list:${ctx.site.path}:${title}`);
  const created = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  ctx.tenant.store.db.prepare('INSERT INTO lists (id, site_id, title, url, template, description, created) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id, ctx.site.id, title, url, template, description, created,
  );
  db.setContentTypesEnabled(ctx.tenant.store.db, id, p.contentTypesEnabled);
  if (p.versioning) setListVersioning(ctx.tenant.store.db, id, true);
  const values = { Id: id, Title: title, BaseTemplate: template, Description: description, ContentTypesEnabled: p.contentTypesEnabled };
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, entity(ctx.format, { type: 'SP.List', id: `${ctx.webUrl}/_api/Web/Lists(guid'${id}')` }, values)), 201);
}

function addAvailableContentType(ctx: SiteRequest, _m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const id = body(ctx).contentTypeId;
  const ct = typeof id === 'string' ? findContentType(ctx, id) : undefined;
  if (!ct) return bad(ctx, 'The content type does not exist in the site.', 404, SP_CODES.fileNotFound);
  const store = ctx.tenant.store.db;
  // As the library settings page: a content type is added to a list that allows management of content types.
  if (!db.contentTypesEnabled(store, list!)) return bad(ctx, `Content types are not enabled on the list "${list!.title}": set ContentTypesEnabled first.`);
  if (db.contentTypes(store, list!.id).some((c) => c.id.toLowerCase().startsWith(ct.id.toLowerCase() + '00'))) return bad(ctx, `The content type "${ct.name}" is already in the list.`);
  const listCt: ContentTypeRow = { ...ct, scopeId: list!.id, id: `${ct.id}00${guidFromName(`ct:${list!.id}:${ct.id}`).replace(/-/g, '').toUpperCase()}` };
  db.saveContentType(store, listCt);
  // The list gets the content type's columns, as in SharePoint.
  const listFields = new Set(allFields(ctx, list).map((f) => f.internalName.toLowerCase()));
  for (const name of ct.fieldNames) {
    const siteField = allFields(ctx).find((f) => f.internalName.toLowerCase() === name.toLowerCase());
    if (siteField && !listFields.has(name.toLowerCase()) && !BUILT_IN_WEB_FIELDS.some(([, n]) => n.toLowerCase() === name.toLowerCase())) {
      db.addField(store, { ...siteField, scopeId: list!.id });
    }
  }
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.ContentTypes/@Element`, contentTypeEntity(ctx, listCt, list)));
}

function receiverEntity(ctx: SiteRequest, list: ListRecord, r: db.EventReceiverRow): Record<string, unknown> {
  return entity(ctx.format, { type: 'SP.EventReceiverDefinition', id: `${ctx.webUrl}/_api/Web/Lists(guid'${list.id}')/EventReceivers('${r.receiverId}')` }, select(ctx, {
    ReceiverId: r.receiverId, ReceiverName: r.receiverName, ReceiverClass: r.receiverClass, ReceiverAssembly: r.receiverAssembly,
    EventType: r.eventType, SequenceNumber: r.sequenceNumber, Synchronization: r.synchronization, ReceiverUrl: null,
  }));
}

function getReceivers(ctx: SiteRequest, _m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  const values = db.eventReceivers(ctx.tenant.store.db, list!.id).map((r) => receiverEntity(ctx, list!, r));
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.EventReceiverDefinitions`, values));
}

function addReceiver(ctx: SiteRequest, _m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const b = body(ctx);
  if (typeof b.ReceiverClass !== 'string' || typeof b.ReceiverAssembly !== 'string' || typeof b.EventType !== 'number') {
    return bad(ctx, 'An event receiver needs ReceiverClass, ReceiverAssembly and EventType.');
  }
  const row: db.EventReceiverRow = {
    listId: list!.id,
    receiverId: guidFromName(`receiver:${list!.id}:${b.EventType}:${b.ReceiverClass}:${db.eventReceivers(ctx.tenant.store.db, list!.id).length}`),
    receiverName: typeof b.ReceiverName === 'string' ? b.ReceiverName : '',
    receiverClass: b.ReceiverClass,
    receiverAssembly: b.ReceiverAssembly,
    eventType: b.EventType,
    sequenceNumber: typeof b.SequenceNumber === 'number' ? b.SequenceNumber : 10000,
    synchronization: typeof b.Synchronization === 'number' ? b.Synchronization : 1,
  };
  db.addEventReceiver(ctx.tenant.store.db, row);
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.EventReceiverDefinitions/@Element`, receiverEntity(ctx, list!, row)));
}

/** SharePoint's own exception for what a list or its columns refuse (SPException). */
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';

const UPDATABLE_LIST_PROPERTIES = ['ContentTypesEnabled', 'ReadSecurity', 'WriteSecurity', 'NoCrawl', 'EnableVersioning'];

/**
 * `POST {list}` with `X-HTTP-Method: MERGE`: ContentTypesEnabled (setup switches it on for Site
 * Pages), the item-level permissions ReadSecurity (1, 2) and WriteSecurity (1, 2, 4), NoCrawl and
 * EnableVersioning (the guide list keeps versions).
 * ReadSecurity 2 on a list with a column that enforces unique values is refused (list-security.ts).
 */
function updateList(ctx: SiteRequest, _m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  const method = ctx.request.method === 'POST' ? (ctx.request.headers['x-http-method'] ?? '').toUpperCase() : ctx.request.method;
  if (method !== 'MERGE' && method !== 'PATCH') return bad(ctx, `The HTTP method '${ctx.request.method}' cannot be used for this resource without X-HTTP-Method MERGE.`, 405);
  if (!canManage(ctx)) return denied(ctx);
  const b = body(ctx);
  const names = Object.keys(b).filter((k) => k !== '__metadata');
  const other = names.filter((k) => !UPDATABLE_LIST_PROPERTIES.includes(k));
  if (other.length > 0) return bad(ctx, `The local tenant updates only ${UPDATABLE_LIST_PROPERTIES.join(', ')} of a list, not ${other.join(', ')}. See emulator/CONTRACT.md.`);
  if ('ContentTypesEnabled' in b && typeof b.ContentTypesEnabled !== 'boolean') return bad(ctx, 'ContentTypesEnabled must be true or false.');
  if ('NoCrawl' in b && typeof b.NoCrawl !== 'boolean') return bad(ctx, 'NoCrawl must be true or false.');
  if ('EnableVersioning' in b && typeof b.EnableVersioning !== 'boolean') return bad(ctx, 'EnableVersioning must be true or false.');
  if ('ReadSecurity' in b && b.ReadSecurity !== 1 && b.ReadSecurity !== 2) return bad(ctx, 'ReadSecurity must be 1 (all items) or 2 (items the user created).', 400, SP_CODES.invalidQuery);
  if ('WriteSecurity' in b && b.WriteSecurity !== 1 && b.WriteSecurity !== 2 && b.WriteSecurity !== 4) return bad(ctx, 'WriteSecurity must be 1 (all items), 2 (items the user created) or 4 (none).', 400, SP_CODES.invalidQuery);
  const store = ctx.tenant.store.db;
  if (b.ReadSecurity === 2 && uniqueColumns(store, list!.id).size > 0) return bad(ctx, UNIQUE_WITH_ITEM_SECURITY, 400, SP_EXCEPTION);
  if (typeof b.ContentTypesEnabled === 'boolean') db.setContentTypesEnabled(store, list!.id, b.ContentTypesEnabled);
  if (typeof b.EnableVersioning === 'boolean') setListVersioning(store, list!.id, b.EnableVersioning);
  const security: Partial<{ readSecurity: number; writeSecurity: number; noCrawl: boolean }> = {};
  if (typeof b.ReadSecurity === 'number') security.readSecurity = b.ReadSecurity;
  if (typeof b.WriteSecurity === 'number') security.writeSecurity = b.WriteSecurity;
  if (typeof b.NoCrawl === 'boolean') security.noCrawl = b.NoCrawl;
  if (Object.keys(security).length > 0) setListSecurity(store, list!.id, security);
  return noContent();
}

/**
 * SharePoint does not combine a unique column with "read only your own items": the uniqueness
 * check would tell a reader about items they may not see. Microsoft documents no answer for the
 * attempt over REST; the local tenant refuses it either way round (the stricter reading).
 */
const UNIQUE_WITH_ITEM_SECURITY = 'A column of this list enforces unique values, which cannot be combined with item-level read permissions (ReadSecurity 2).';

// Role assignments (permissions given directly on a site, as an admin does for a group)

/** SharePoint's role definitions, by id, and the site role the local tenant keeps for each. */
const ROLE_DEFINITIONS: Array<{ id: number; name: string; kind: number; role: 'owner' | 'member' | 'visitor' }> = [
  { id: 1073741829, name: 'Full Control', kind: 5, role: 'owner' },
  { id: 1073741830, name: 'Edit', kind: 6, role: 'member' },
  { id: 1073741827, name: 'Contribute', kind: 3, role: 'member' },
  { id: 1073741826, name: 'Read', kind: 2, role: 'visitor' },
];

function principalBySpId(ctx: SiteRequest, spId: number): { id: string; loginName: string; title: string; type: number } | undefined {
  const user = ctx.tenant.store.userBySpId(spId);
  const group = user ? undefined : ctx.tenant.store.groups().find((g) => g.spId === spId);
  const id = user?.id ?? group?.id;
  const p = id ? loginName(ctx, id) : undefined;
  return id && p ? { id, loginName: p.loginName, title: p.title, type: p.type } : undefined;
}

function roleAssignments(ctx: SiteRequest): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const rows = ctx.tenant.store.db.prepare('SELECT principal_id, role FROM site_permissions WHERE site_id = ? ORDER BY rowid').all(ctx.site.id) as Array<{ principal_id: string; role: string }>;
  const byPrincipal = new Map<string, string[]>();
  for (const row of rows) byPrincipal.set(row.principal_id, [...(byPrincipal.get(row.principal_id) ?? []), row.role]);
  const values: Record<string, unknown>[] = [];
  for (const [principalId, roles] of byPrincipal) {
    const principal = loginName(ctx, principalId);
    const spId = ctx.tenant.store.group(principalId)?.spId ?? ctx.tenant.store.user(principalId)?.spId;
    if (!principal || spId === undefined) continue;
    const bindings = ROLE_DEFINITIONS.filter((d) => roles.includes(d.role) && (d.role !== 'member' || d.name === 'Edit'))
      .map((d) => entity(ctx.format, { type: 'SP.RoleDefinition', id: `${ctx.webUrl}/_api/Web/RoleDefinitions(${d.id})` }, { Id: d.id, Name: d.name, RoleTypeKind: d.kind }));
    const member = entity(ctx.format, { type: 'SP.User', id: `${ctx.webUrl}/_api/Web/GetUserById(${spId})` }, { Id: spId, LoginName: principal.loginName, Title: principal.title, PrincipalType: principal.type });
    values.push(entity(ctx.format, { type: 'SP.RoleAssignment', id: `${ctx.webUrl}/_api/Web/RoleAssignments/GetByPrincipalId(${spId})` }, {
      PrincipalId: spId,
      Member: member,
      RoleDefinitionBindings: ctx.format === 'verbose' ? { results: bindings } : bindings,
    }));
  }
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.RoleAssignments`, values));
}

function addRoleAssignment(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const principal = principalBySpId(ctx, Number(m[1]));
  if (!principal) return bad(ctx, 'The user or group does not exist in the site. Call ensureuser first.', 400, SP_CODES.fileNotFound);
  const definition = ROLE_DEFINITIONS.find((d) => d.id === Number(m[2]));
  if (!definition) return bad(ctx, `The local tenant has no role definition ${m[2]} (it serves ${ROLE_DEFINITIONS.map((d) => `${d.id} ${d.name}`).join(', ')}).`, 404, SP_CODES.fileNotFound);
  db.addSitePermission(ctx.tenant.store.db, ctx.site.id, principal.id, definition.role);
  return ok(ctx, ctx.format === 'verbose' ? { d: { AddRoleAssignment: null } } : { 'odata.null': true });
}

// Permission levels of a site, and a list's own role assignments (sharepoint/list-security.ts)

function roleDefinitionEntity(ctx: SiteRequest, d: RoleDefinition, order: number): Record<string, unknown> {
  return entity(ctx.format, { type: 'SP.RoleDefinition', id: `${ctx.webUrl}/_api/Web/RoleDefinitions(${d.id})`, editLink: `Web/RoleDefinitions(${d.id})` }, select(ctx, {
    Id: d.id, Name: d.name, Description: d.description, RoleTypeKind: d.kind, Hidden: false, Order: order,
    BasePermissions: { High: String(d.mask.high), Low: String(d.mask.low) },
  }));
}

/** `GET web/roledefinitions`: the built-in levels and those the site's owners added. Owners only (Enumerate Permissions). */
function getRoleDefinitions(ctx: SiteRequest): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const values = roleDefinitions(ctx.tenant.store.db, ctx.site.id).map((d, i) => roleDefinitionEntity(ctx, d, i + 1));
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.RoleDefinitions`, values));
}

/** `POST web/roledefinitions` with `{BasePermissions: {High, Low}, Name, Description, Order}` (PnPjs `roleDefinitions.add`). */
function addRoleDefinitionRoute(ctx: SiteRequest): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const b = body(ctx);
  const mask = typeof b.BasePermissions === 'object' && b.BasePermissions !== null ? maskOf(b.BasePermissions as { High: unknown; Low: unknown }) : undefined;
  const name = typeof b.Name === 'string' ? b.Name.trim() : '';
  if (!name || !mask) return bad(ctx, 'A role definition needs Name and BasePermissions {High, Low}.', 400, SP_CODES.invalidQuery);
  const store = ctx.tenant.store.db;
  if (roleDefinitions(store, ctx.site.id).some((d) => d.name.toLowerCase() === name.toLowerCase())) {
    return bad(ctx, `The role definition "${name}" already exists.`, 400, SP_EXCEPTION);
  }
  const created = addRoleDefinition(store, ctx.site.id, { name, description: typeof b.Description === 'string' ? b.Description : '', mask });
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.RoleDefinitions/@Element`, roleDefinitionEntity(ctx, created, roleDefinitions(store, ctx.site.id).length)), 201);
}

/** `POST {list}/breakroleinheritance(copyroleassignments=…, clearsubscopes=…)`: the list keeps its own roles from now on. */
function breakRoleInheritance(ctx: SiteRequest, m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  breakInheritance(ctx.tenant.store.db, list!, m[1].toLowerCase() === 'true');
  return ok(ctx, ctx.format === 'verbose' ? { d: { BreakRoleInheritance: null } } : { 'odata.null': true });
}

/** `GET {list}/roleassignments` (with `$expand=Member,RoleDefinitionBindings`): its own, or the site's while it inherits them. */
function listRoleAssignmentsRoute(ctx: SiteRequest, _m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  const store = ctx.tenant.store.db;
  if (!hasUniqueRoles(store, list!.id)) return roleAssignments(ctx);
  if (!canManage(ctx)) return denied(ctx);
  const byPrincipal = new Map<string, number[]>();
  for (const a of listRoleAssignments(store, list!.id)) byPrincipal.set(a.principalId, [...(byPrincipal.get(a.principalId) ?? []), a.roleDefinitionId]);
  const base = `Web/Lists(guid'${list!.id}')/RoleAssignments`;
  const values: Record<string, unknown>[] = [];
  for (const [principalId, ids] of byPrincipal) {
    const principal = loginName(ctx, principalId);
    const spId = ctx.tenant.store.group(principalId)?.spId ?? ctx.tenant.store.user(principalId)?.spId;
    if (!principal || spId === undefined) continue;
    const bindings = ids.map((id) => roleDefinition(store, ctx.site.id, id)).filter((d): d is RoleDefinition => !!d)
      .map((d) => entity(ctx.format, { type: 'SP.RoleDefinition', id: `${ctx.webUrl}/_api/Web/RoleDefinitions(${d.id})` }, { Id: d.id, Name: d.name, RoleTypeKind: d.kind }));
    const member = entity(ctx.format, { type: 'SP.User', id: `${ctx.webUrl}/_api/Web/GetUserById(${spId})` }, { Id: spId, LoginName: principal.loginName, Title: principal.title, PrincipalType: principal.type });
    values.push(entity(ctx.format, { type: 'SP.RoleAssignment', id: `${ctx.webUrl}/_api/${base}/GetByPrincipalId(${spId})` }, {
      PrincipalId: spId,
      Member: member,
      RoleDefinitionBindings: ctx.format === 'verbose' ? { results: bindings } : bindings,
    }));
  }
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.RoleAssignments`, values));
}

/**
 * `POST {list}/roleassignments/addroleassignment(principalid=…, roledefid=…)`: a permission level
 * for a principal of the site on a list that has its own roles. On a list that still inherits
 * them SharePoint refuses: "This operation is not allowed on an object that inherits permissions."
 */
function addListRoleAssignmentRoute(ctx: SiteRequest, m: RegExpExecArray, list?: ListRecord): EmulatorResponse {
  if (!canManage(ctx)) return denied(ctx);
  const store = ctx.tenant.store.db;
  if (!hasUniqueRoles(store, list!.id)) return bad(ctx, 'This operation is not allowed on an object that inherits permissions.', 400, SP_EXCEPTION);
  const principal = principalBySpId(ctx, Number(m[1]));
  if (!principal) return bad(ctx, 'The user or group does not exist in the site. Call ensureuser first.', 400, SP_CODES.fileNotFound);
  const definition = roleDefinition(store, ctx.site.id, Number(m[2]));
  if (!definition) return bad(ctx, `The role definition ${m[2]} does not exist on this site.`, 404, SP_CODES.fileNotFound);
  addListRoleAssignment(store, list!.id, principal.id, definition.id);
  return ok(ctx, ctx.format === 'verbose' ? { d: { AddRoleAssignment: null } } : { 'odata.null': true });
}

/**
 * `POST web/ensureuser` with an Entra group's claim (`c:0t.c|tenant|<id>`): the group as a site
 * principal. A person's logon name is left to content health's ensureuser (sharepoint/content-health.ts).
 */
function ensureGroup(ctx: SiteRequest): EmulatorResponse | undefined {
  const name = body(ctx).logonName;
  const claim = typeof name === 'string' ? /^c:0t\.c\|tenant\|([0-9a-f-]{36})$/i.exec(name) : null;
  if (!claim) return undefined;
  // Editors resolve groups too: setting a page's audience (content reuse) needs the group as a principal.
  if (!canManage(ctx) && !ctx.tenant.store.siteRoles(ctx.site.id, ctx.caller.principals).has('member')) return denied(ctx);
  const group = ctx.tenant.store.group(claim[1].toLowerCase());
  if (!group) return bad(ctx, 'The specified user could not be found.', 404, SP_CODES.internal);
  rememberSiteUser(ctx, group.id);
  const values = { Id: group.spId, IsHiddenInUI: false, LoginName: `c:0t.c|tenant|${group.id}`, Title: group.displayName, PrincipalType: 4, Email: '', IsSiteAdmin: false };
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Users/@Element`, entity(ctx.format, { type: 'SP.User', id: `${ctx.webUrl}/_api/Web/GetUserById(${group.spId})`, editLink: `Web/GetUserById(${group.spId})` }, values)));
}

// Tenant app catalog

/** The entries of a zip file (only what app packages use: stored or deflated). */
function readZip(buffer: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory');
    const method = buffer.readUInt16LE(offset + 10);
    const compressed = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressed);
    entries.set(name.toLowerCase(), method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function readAppManifest(content: Buffer): { title: string; productId: string; version: string; skipFeatureDeployment: boolean } {
  const manifest = readZip(content).get('appmanifest.xml');
  if (!manifest) throw new Error('the package has no AppManifest.xml');
  const xml = manifest.toString('utf8');
  const app = /<App\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const attr = (name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(app)?.[1];
  const title = /<Title>([^<]*)<\/Title>/.exec(xml)?.[1] ?? attr('Name') ?? '';
  const productId = attr('ProductID');
  const version = attr('Version');
  if (!productId || !version) throw new Error('AppManifest.xml has no ProductID or Version');
  return { title, productId: productId.toLowerCase(), version, skipFeatureDeployment: attr('SkipFeatureDeployment') === 'true' };
}

function appEntity(ctx: SiteRequest, a: db.AppRow): Record<string, unknown> {
  return entity(ctx.format, { type: 'Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata', id: `${ctx.webUrl}/_api/web/tenantappcatalog/AvailableApps/GetById('${a.id}')` }, select(ctx, {
    ID: a.id, Title: a.title, ProductId: a.productId, AppCatalogVersion: a.version, Deployed: a.deployed, InstalledVersion: '', IsClientSideSolution: true,
    SkipDeploymentFeature: a.skipFeatureDeployment, IsValidAppPackage: true, ContainsTenantWideExtension: false, CurrentVersionDeployed: a.deployed,
  }));
}

function appCatalogOnly(ctx: SiteRequest): EmulatorResponse | undefined {
  if (!isAdmin(ctx)) return denied(ctx);
  if (ctx.site.path.toLowerCase() !== db.APP_CATALOG_PATH) return bad(ctx, 'The tenant app catalog is served by its own site.', 404, SP_CODES.fileNotFound);
  return undefined;
}

function availableApps(ctx: SiteRequest): EmulatorResponse {
  const refused = appCatalogOnly(ctx);
  if (refused) return refused;
  return ok(ctx, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#Collection(Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata)`, db.apps(ctx.tenant.store.db).map((a) => appEntity(ctx, a))));
}

function addApp(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  const refused = appCatalogOnly(ctx);
  if (refused) return refused;
  const overwrite = m[1].toLowerCase() === 'true';
  const fileName = m[2].replace(/''/g, "'");
  const content = ctx.request.rawBody;
  if (!content || content.length === 0) return bad(ctx, 'The request has no package.');
  const store = ctx.tenant.store.db;
  if (!overwrite && db.apps(store).some((a) => a.fileName.toLowerCase() === fileName.toLowerCase())) {
    return bad(ctx, `A file with the name ${fileName} already exists.`, 400, SP_EXCEPTION);
  }
  let manifest: ReturnType<typeof readAppManifest>;
  try {
    manifest = readAppManifest(content);
  } catch (error) {
    return bad(ctx, `The package is not valid: ${(error as Error).message}.`);
  }
  const saved = db.saveApp(store, fileName, content, manifest);
  const values = { Name: fileName, ServerRelativeUrl: `${db.APP_CATALOG_PATH}/AppCatalog/${fileName}`, UniqueId: saved.id, Length: String(saved.size), TimeLastModified: saved.modified };
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Files12/@Element`, entity(ctx.format, { type: 'SP.File', id: `${ctx.webUrl}/_api/Web/GetFileByServerRelativePath(decodedurl='${values.ServerRelativeUrl}')` }, values)));
}

function deployApp(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  const refused = appCatalogOnly(ctx);
  if (refused) return refused;
  const found = db.app(ctx.tenant.store.db, m[1]);
  if (!found) return bad(ctx, 'The app does not exist in the app catalog.', 404, SP_CODES.fileNotFound);
  const b = body(ctx);
  const skip = m[2] !== undefined ? m[2].toLowerCase() === 'true' : b.skipFeatureDeployment === true;
  db.deployApp(ctx.tenant.store.db, found.id, skip);
  return noContent();
}

function getApp(ctx: SiteRequest, m: RegExpExecArray): EmulatorResponse {
  const refused = appCatalogOnly(ctx);
  if (refused) return refused;
  const found = db.app(ctx.tenant.store.db, m[1]);
  if (!found) return bad(ctx, 'The app does not exist in the app catalog.', 404, SP_CODES.fileNotFound);
  return ok(ctx, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata`, appEntity(ctx, found)));
}

const CT_ID = "\\('(0x[0-9a-fA-F]+)'\\)";
const GUID = '([0-9a-fA-F-]{36})';

const SITE_ROUTES: Route[] = [
  { method: 'GET', pattern: /^sp_tenantsettings_current\/?$/i, handle: tenantSettings },
  { method: 'GET', pattern: /^spsitemanager\/status\/?$/i, handle: siteStatus },
  { method: 'POST', pattern: /^spsitemanager\/create\/?$/i, handle: createSite },
  { method: 'GET', pattern: /^site\/?$/i, handle: getSite },
  { method: 'POST', pattern: /^site\/registerhubsite\/?$/i, handle: registerHub },
  { method: 'POST', pattern: new RegExp(`^site/joinhubsite\\('${GUID}'\\)/?$`, 'i'), handle: joinHub },
  { method: 'POST', pattern: /^web\/setstorageentity\/?$/i, handle: setStorageEntity },
  { method: 'GET', pattern: /^web\/siteuserinfolist\/?$/i, handle: userInfoList },
  { method: 'GET', pattern: /^web\/associatedvisitorgroup\/users\/?$/i, handle: visitors },
  { method: 'POST', pattern: /^web\/associatedvisitorgroup\/users\/?$/i, handle: addVisitor },
  { method: 'GET', pattern: /^web\/roleassignments\/?$/i, handle: roleAssignments },
  { method: 'POST', pattern: /^web\/roleassignments\/addroleassignment\(\s*principalid\s*=\s*(\d+)\s*,\s*roledefid\s*=\s*(\d+)\s*\)\/?$/i, handle: addRoleAssignment },
  { method: 'GET', pattern: /^web\/roledefinitions\/?$/i, handle: getRoleDefinitions },
  { method: 'POST', pattern: /^web\/roledefinitions\/?$/i, handle: addRoleDefinitionRoute },
  { method: 'GET', pattern: /^web\/fields\/?$/i, handle: (ctx) => getFields(ctx) },
  { method: 'POST', pattern: /^web\/fields\/createfieldasxml\/?$/i, handle: (ctx) => createFieldAsXml(ctx) },
  { method: 'POST', pattern: new RegExp(`^web/fields(?:\\(guid'${GUID}'\\)|/getbyid\\('${GUID}'\\))/?$`, 'i'), handle: (ctx, m) => updateField(ctx, [m[0], m[1] ?? m[2]] as unknown as RegExpExecArray) },
  { method: 'GET', pattern: /^web\/contenttypes\/?$/i, handle: (ctx) => getContentTypes(ctx) },
  { method: 'POST', pattern: /^web\/contenttypes\/?$/i, handle: createContentType },
  { method: 'GET', pattern: new RegExp(`^web/contenttypes${CT_ID}/?$`, 'i'), handle: getContentType },
  { method: 'GET', pattern: new RegExp(`^web/contenttypes${CT_ID}/fieldlinks/?$`, 'i'), handle: fieldLinks },
  { method: 'POST', pattern: new RegExp(`^web/contenttypes${CT_ID}/fieldlinks/?$`, 'i'), handle: addFieldLink },
  { method: 'POST', pattern: /^web\/lists\/?$/i, handle: createList },
  { method: 'POST', pattern: /^web\/lists\/add\/?$/i, handle: addListWithUrl },
  { method: 'GET', pattern: /^web\/tenantappcatalog\/availableapps\/?$/i, handle: availableApps },
  { method: 'GET', pattern: new RegExp(`^web/tenantappcatalog/availableapps/getbyid\\('${GUID}'\\)/?$`, 'i'), handle: getApp },
  { method: 'POST', pattern: /^web\/tenantappcatalog\/add\(overwrite=(true|false),url='((?:[^']|'')+)'\)\/?$/i, handle: addApp },
  { method: 'POST', pattern: new RegExp(`^web/tenantappcatalog/availableapps/getbyid\\('${GUID}'\\)/deploy(?:\\((true|false)\\))?/?$`, 'i'), handle: deployApp },
];

const LIST_SELECTOR = /^web\/lists(?:\/getbytitle\('((?:[^']|'')*)'\)|\(guid'([0-9a-f-]{36})'\)|\/getbyid\('([0-9a-f-]{36})'\))(\/.*)?$/i;

const LIST_ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/?$/, handle: updateList },
  { method: 'MERGE', pattern: /^\/?$/, handle: updateList },
  { method: 'PATCH', pattern: /^\/?$/, handle: updateList },
  { method: 'GET', pattern: /^\/fields\/?$/i, handle: (ctx, _m, list) => getFields(ctx, list) },
  { method: 'POST', pattern: /^\/fields\/createfieldasxml\/?$/i, handle: (ctx, _m, list) => createFieldAsXml(ctx, list) },
  { method: 'GET', pattern: /^\/fields\/getbyinternalnameortitle\('((?:[^']|'')+)'\)\/?$/i, handle: getListField },
  { method: 'POST', pattern: /^\/fields\/getbyinternalnameortitle\('((?:[^']|'')+)'\)\/?$/i, handle: updateListField },
  { method: 'MERGE', pattern: /^\/fields\/getbyinternalnameortitle\('((?:[^']|'')+)'\)\/?$/i, handle: updateListField },
  { method: 'GET', pattern: /^\/contenttypes\/?$/i, handle: (ctx, _m, list) => getContentTypes(ctx, list) },
  { method: 'POST', pattern: /^\/contenttypes\/addavailablecontenttype\/?$/i, handle: addAvailableContentType },
  { method: 'POST', pattern: /^\/breakroleinheritance\(\s*copyroleassignments\s*=\s*(true|false)\s*(?:,\s*clearsubscopes\s*=\s*(?:true|false)\s*)?\)\/?$/i, handle: breakRoleInheritance },
  { method: 'GET', pattern: /^\/roleassignments\/?$/i, handle: listRoleAssignmentsRoute },
  { method: 'POST', pattern: /^\/roleassignments\/addroleassignment\(\s*principalid\s*=\s*(\d+)\s*,\s*roledefid\s*=\s*(\d+)\s*\)\/?$/i, handle: addListRoleAssignmentRoute },
  { method: 'GET', pattern: /^\/eventreceivers\/?$/i, handle: getReceivers },
  { method: 'POST', pattern: /^\/eventreceivers\/?$/i, handle: addReceiver },
];

export function handleProvisioningSharePoint(ctx: SiteRequest, rest: string): EmulatorResponse | undefined {
  const method = ctx.request.method;
  const listMatch = LIST_SELECTOR.exec(rest);
  if (listMatch) {
    const tail = listMatch[4] ?? '';
    const route = LIST_ROUTES.find((r) => r.method === method && r.pattern.test(tail));
    if (!route) return undefined;
    const store = ctx.tenant.store;
    const list = listMatch[1] !== undefined ? store.listByTitle(ctx.site.id, listMatch[1].replace(/''/g, "'")) : store.listById(ctx.site.id, (listMatch[2] ?? listMatch[3])!);
    if (!list) return bad(ctx, `List '${listMatch[1] ?? listMatch[2] ?? listMatch[3]}' does not exist at site with URL '${ctx.webUrl}'.`, 404, SP_CODES.listNotFound);
    return route.handle(ctx, route.pattern.exec(tail)!, list);
  }
  if (method === 'POST' && /^web\/ensureuser\/?$/i.test(rest)) return ensureGroup(ctx);
  for (const route of SITE_ROUTES) {
    const m = route.pattern.exec(rest);
    if (m && route.method === method) return route.handle(ctx, m);
  }
  return undefined;
}

/**
 * Requests to the tenant rather than to a site's content (site creation and status, tenant
 * settings): the SharePoint Administrator role authorises them, whatever the root site's permissions.
 */
const TENANT_REQUESTS = [/^sp_tenantsettings_current\/?$/i, /^spsitemanager\/(?:status|create)\/?$/i];

/**
 * Whether the caller may send `rest` to a site they have no role on: only a tenant admin, and
 * only a tenant-level request. The admin role itself gives no access to a site's content.
 */
export function isTenantRequestByAdmin(ctx: { tenant: SiteRequest['tenant']; caller: SiteRequest['caller'] }, rest: string): boolean {
  return TENANT_REQUESTS.some((pattern) => pattern.test(rest)) && db.isTenantAdmin(ctx.tenant.store.db, ctx.caller.user.id);
}
