import { authenticate } from '../http/auth.ts';
import { spError, SP_CODES, spFormat } from '../http/errors.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';
import type { ListRecord } from '../db/records.ts';
import { handleSharePointBatch } from './batch.ts';
import { getFileListItem, getItem, getItems, getList, getLists, getSite, getStorageEntity, getWeb, postContextInfo } from './handlers.ts';
import type { SiteRequest } from './handlers.ts';
import { handleProvisioningSharePoint, isTenantRequestByAdmin } from '../provisioning/sharepoint.ts';
import { ensureUser, getEffectiveBasePermissions, unpublishFile, updateItem } from './content-health.ts';
import { createItem, createRepost } from './reuse.ts';
import { deleteItem, publishSitePage } from './audience.ts';
import { copyFileByPath } from './borrow.ts';
import { recycleItem } from './recycle.ts';
import { getItemVersions } from './item-versions.ts';
import { addUsingPath, fileRequest, libraryByFolder } from './files.ts';

/**
 * SharePoint REST under `/_api` of the root web and of each `/sites/<name>`. Checks in the
 * order SharePoint does: a token (401), the site (404), read permission (403), then the path.
 */

const LIST_SELECTORS: ReadonlyArray<[RegExp, 'title' | 'id']> = [
  [/^web\/lists\/getbytitle\('((?:[^']|'')*)'\)/i, 'title'],
  [/^web\/lists\(guid'([0-9a-f-]{36})'\)/i, 'id'],
  [/^web\/lists\('([0-9a-f-]{36})'\)/i, 'id'],
  [/^web\/lists\/getbyid\('([0-9a-f-]{36})'\)/i, 'id'],
];

type Route = { methods: string[]; pattern: RegExp; handle(ctx: SiteRequest, match: RegExpExecArray, list?: ListRecord): EmulatorResponse | Promise<EmulatorResponse> };

const SITE_ROUTES: Route[] = [
  { methods: ['GET'], pattern: /^web\/?$/i, handle: (ctx) => getWeb(ctx) },
  { methods: ['GET'], pattern: /^site\/?$/i, handle: (ctx) => getSite(ctx) },
  { methods: ['GET'], pattern: /^web\/getstorageentity\('((?:[^']|'')*)'\)$/i, handle: (ctx, m) => getStorageEntity(ctx, m[1].replace(/''/g, "'")) },
  { methods: ['GET'], pattern: /^web\/lists\/?$/i, handle: (ctx) => getLists(ctx) },
  { methods: ['POST'], pattern: /^contextinfo$/i, handle: (ctx) => postContextInfo(ctx) },
  { methods: ['POST'], pattern: /^\$batch$/i, handle: (ctx) => handleSharePointBatch(ctx.tenant, ctx.request) },
  { methods: ['GET'], pattern: /^web\/effectivebasepermissions\/?$/i, handle: (ctx) => getEffectiveBasePermissions(ctx) },
  { methods: ['POST'], pattern: /^web\/ensureuser\/?$/i, handle: (ctx) => ensureUser(ctx) },
  { methods: ['POST'], pattern: /^sitepages\/pages\/reposts\/?$/i, handle: (ctx) => createRepost(ctx) },
  // A draft page (a news link saved as draft) made visible to readers (emulator/sharepoint/audience.ts).
  { methods: ['POST'], pattern: /^sitepages\/pages\((\d+)\)\/publish\/?$/i, handle: (ctx, m) => publishSitePage(ctx, Number(m[1])) },
  // Borrowing a page: PnPjs 4 file.copyByPath() (emulator/sharepoint/borrow.ts).
  { methods: ['POST'], pattern: /^sp\.movecopyutil\.copyfilebypath(\(overwrite=[^)]*\))?$/i, handle: (ctx) => copyFileByPath(ctx) },
  {
    methods: ['GET'],
    pattern: /^web\/getfilebyserverrelativepath\(decodedurl='((?:[^']|'')*)'\)\/listitemallfields\/?$/i,
    handle: (ctx, m) => getFileListItem(ctx, m[1].replace(/''/g, "'")),
  },
  {
    methods: ['POST'],
    pattern: /^web\/getfilebyserverrelativepath\(decodedurl='((?:[^']|'')*)'\)\/unpublish\(comment='(?:[^']|'')*'\)$/i,
    handle: (ctx, m) => unpublishFile(ctx, m[1].replace(/''/g, "'")),
  },
  // Files of a document library (the guide editor's pictures, emulator/sharepoint/files.ts): upload by folder path,
  // then the file itself, its bytes ($value) and PnPjs 4's chunked upload (startUpload, continueUpload, finishUpload).
  {
    methods: ['POST'],
    pattern: /^web\/getfolderbyserverrelativepath\(decodedurl='((?:[^']|'')*)'\)\/files\/addusingpath\((.*)\)\/?$/i,
    handle: (ctx, m) => addUsingPath(ctx, libraryByFolder(ctx.tenant, ctx.site.id, m[1].replace(/''/g, "'")), m[2]),
  },
  {
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    pattern: /^web\/getfilebyserverrelativepath\(decodedurl='((?:[^']|'')*)'\)(\/.*)?$/i,
    handle: (ctx, m) => fileRequest(ctx, m[1].replace(/''/g, "'"), m[2] ?? ''),
  },
];

const LIST_ROUTES: Route[] = [
  { methods: ['GET'], pattern: /^\/?$/, handle: (ctx, _m, list) => getList(ctx, list!) },
  // POST: list item create (content reuse, emulator/sharepoint/reuse.ts).
  { methods: ['GET', 'POST'], pattern: /^\/items\/?$/i, handle: (ctx, _m, list) => (ctx.request.method === 'GET' ? getItems(ctx, list!) : createItem(ctx, list!)) },
  {
    // Inside a $batch, PnPjs writes an update's request line as `MERGE <url>`.
    methods: ['GET', 'POST', 'MERGE', 'PATCH', 'DELETE'],
    pattern: /^\/items\((\d+)\)\/?$/i,
    handle: (ctx, m, list) => {
      if (ctx.request.method === 'GET') return getItem(ctx, list!, Number(m[1]));
      const method = ctx.request.method === 'POST' ? (ctx.request.headers['x-http-method'] ?? '').toUpperCase() : ctx.request.method;
      return method === 'DELETE' ? deleteItem(ctx, list!, Number(m[1])) : updateItem(ctx, list!, Number(m[1]));
    },
  },
  { methods: ['GET'], pattern: /^\/effectivebasepermissions\/?$/i, handle: (ctx, _m, list) => getEffectiveBasePermissions(ctx, list) },
  // SP.ListItem.recycle (emulator/sharepoint/recycle.ts): what `npm run check-tenant --write-site` removes with.
  { methods: ['POST'], pattern: /^\/items\((\d+)\)\/recycle(\(\))?$/i, handle: (ctx, m, list) => recycleItem(ctx, list!, Number(m[1])) },
  // An item's versions on a list that keeps them (emulator/sharepoint/item-versions.ts).
  { methods: ['GET'], pattern: /^\/items(?:\((\d+)\)|\/getbyid\((\d+)\))\/versions\/?$/i, handle: (ctx, m, list) => getItemVersions(ctx, list!, Number(m[1] ?? m[2])) },
  { methods: ['GET'], pattern: /^\/items\/getbyid\((\d+)\)\/?$/i, handle: (ctx, m, list) => getItem(ctx, list!, Number(m[1])) },
  // A file into a library's root folder (PnPjs 4 `list.rootFolder.files.addUsingPath` / `addChunked`).
  { methods: ['POST'], pattern: /^\/rootfolder\/files\/addusingpath\((.*)\)\/?$/i, handle: (ctx, m, list) => addUsingPath(ctx, list, m[1]) },
];

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export async function handleSharePoint(tenant: Tenant, request: EmulatorRequest): Promise<EmulatorResponse> {
  const auth = authenticate(tenant.store, request);
  if (!auth.ok) {
    return spError(request, 401, SP_CODES.accessDenied, auth.reason === 'missing' ? 'Access denied. Sign in with a bearer token (a persona such as "anna").' : 'Access denied. The bearer token names no persona or user of this tenant.', {
      'www-authenticate': 'Bearer realm="samverka-local", client_id="00000003-0000-0ff1-ce00-000000000000"',
    });
  }
  const { caller } = auth;
  const log = { caller: caller.user.personaKey ?? caller.user.userPrincipalName };
  const match = /^(\/sites\/[^/]+)?\/_api\/?(.*)$/i.exec(request.url.pathname)!;
  const sitePath = match[1] ? decodePath(match[1]) : '/';
  const rest = decodePath(match[2]);
  const site = tenant.store.siteByPath(sitePath);
  if (!site) return { ...spError(request, 404, SP_CODES.fileNotFound, 'File Not Found.'), log };
  // Site roles alone give access to a site, as they decide what search finds; the admin role reaches only the tenant-level requests.
  if (!tenant.store.canRead(site.id, caller.principals) && !isTenantRequestByAdmin({ tenant, caller }, rest)) {
    return { ...spError(request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.'), log };
  }
  const origin = request.url.origin;
  const ctx: SiteRequest = { tenant, request, caller, site, origin, webUrl: `${origin}${site.path === '/' ? '' : site.path}`, format: spFormat(request) };
  const response = handleProvisioningSharePoint(ctx, rest) ?? (await route(ctx, rest));
  return { ...response, log: { ...log, ...response.log } };
}

async function route(ctx: SiteRequest, rest: string): Promise<EmulatorResponse> {
  const { request } = ctx;
  const methodNotAllowed = (): EmulatorResponse => spError(request, 405, SP_CODES.notSupported, `The HTTP method '${request.method}' cannot be used for this resource.`);

  for (const [selector, kind] of LIST_SELECTORS) {
    const found = selector.exec(rest);
    if (!found) continue;
    const key = found[1].replace(/''/g, "'");
    const list = kind === 'title' ? ctx.tenant.store.listByTitle(ctx.site.id, key) : ctx.tenant.store.listById(ctx.site.id, key);
    if (!list) {
      const message = kind === 'title' ? `List '${key}' does not exist at site with URL '${ctx.webUrl}'.` : 'List does not exist. The page you selected contains a list that does not exist.';
      return spError(request, 404, SP_CODES.listNotFound, message);
    }
    const tail = rest.slice(found[0].length);
    for (const r of LIST_ROUTES) {
      const m = r.pattern.exec(tail);
      if (m) return r.methods.includes(request.method) ? r.handle(ctx, m, list) : methodNotAllowed();
    }
    return notFound(ctx, rest);
  }
  for (const r of SITE_ROUTES) {
    const m = r.pattern.exec(rest);
    if (m) return r.methods.includes(request.method) ? r.handle(ctx, m) : methodNotAllowed();
  }
  return notFound(ctx, rest);
}

function notFound(ctx: SiteRequest, rest: string): EmulatorResponse {
  return spError(ctx.request, 404, SP_CODES.notSupported, `The local tenant does not serve '_api/${rest}'. See emulator/CONTRACT.md for the requests it answers.`);
}
