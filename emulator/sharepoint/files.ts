import { randomUUID } from 'node:crypto';
import { authenticate } from '../http/auth.ts';
import { json, spContentType, spError, SP_CODES } from '../http/errors.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';
import type { ListItemRecord, ListRecord } from '../db/records.ts';
import { entity, entityBody } from './odata-json.ts';
import { has, listMask, PERMISSION } from './list-security.ts';
import type { SiteRequest } from './handlers.ts';

/**
 * Files in a document library (issue 13: the guide editor's pictures and captions in
 * 'Guidebilder'), as PnPjs 4 sends them:
 *
 *   files.addUsingPath(name, content, { Overwrite })  POST {folder}/files/AddUsingPath(decodedurl='…',Overwrite=true)
 *   files.addChunked(name, blob, { progress })         AddUsingPath with no body (a stub), then on the file
 *     POST {web}/getFileByServerRelativePath(decodedUrl='…')/startUpload(uploadId=guid'…')            first chunk → offset
 *     POST …/continueUpload(uploadId=guid'…',fileOffset=N)                                             next chunks → offset
 *     POST …/finishUpload(uploadId=guid'…',fileOffset=N)                                               last (or empty) → SP.File
 *
 * and reads: `GET {web}/getFileByServerRelativePath(decodedUrl='…')` (SP.File), `…/$value` (the bytes) and the
 * file's own URL (the bytes, with a content type from the extension, for anyone who reads the library).
 *
 * Memory: a file's bytes are kept in the tenant database (`sp_file_contents`, in memory or in the
 * file given with --db); an upload in progress is kept in memory, at most MAX_FILE_BYTES per file and
 * MAX_SESSION_BYTES over all uploads in progress, and forgotten when it finishes, is cancelled or
 * after SESSION_TTL_MS without a chunk.
 */

/** Characters SharePoint Online does not allow in file or folder names. */
export const FORBIDDEN_NAME_CHARACTERS = /["*:<>?/\\|]/;
/** Names SharePoint Online does not allow, whatever their extension for the device names. */
const RESERVED_NAME = /^(\.lock|desktop\.ini|(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?)$/i;
/** The whole decoded path of a file, its name included, at most 400 characters. */
export const MAX_PATH_LENGTH = 400;
/** The local tenant's own limit on one file (SharePoint's is 250 GB): stricter, and enough for pictures and captions. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Uploads in progress together (kept in memory until they finish). */
export const MAX_SESSION_BYTES = 100 * 1024 * 1024;
const SESSION_TTL_MS = 10 * 60 * 1000;

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  vtt: 'text/vtt; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
};

/** The content type SharePoint serves a file with, from its extension. */
export function contentTypeOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && CONTENT_TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

/** Why SharePoint refuses a file name; null when it takes it. */
export function fileNameProblem(name: string): string | null {
  if (!name) return 'The file name is empty.';
  if (FORBIDDEN_NAME_CHARACTERS.test(name)) return `The file or folder name "${name}" contains characters that are not permitted. Please use a different name.`;
  if (name !== name.trim()) return `The file or folder name "${name}" may not begin or end with a space.`;
  if (RESERVED_NAME.test(name) || name.startsWith('~$') || /_vti_/i.test(name)) return `The file or folder name "${name}" is not allowed.`;
  return null;
}

interface UploadSession {
  listId: string;
  itemId: number;
  chunks: Buffer[];
  size: number;
  touched: number;
}

const sessionsByTenant = new WeakMap<Tenant, Map<string, UploadSession>>();

function sessions(tenant: Tenant): Map<string, UploadSession> {
  let map = sessionsByTenant.get(tenant);
  if (!map) {
    map = new Map();
    sessionsByTenant.set(tenant, map);
  }
  const now = Date.now();
  for (const [id, s] of map) if (now - s.touched > SESSION_TTL_MS) map.delete(id);
  return map;
}

function sessionBytes(tenant: Tenant): number {
  let total = 0;
  for (const s of sessions(tenant).values()) total += s.size;
  return total;
}

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function denied(ctx: SiteRequest): EmulatorResponse {
  return spError(ctx.request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
}

function bad(ctx: SiteRequest, message: string, code: string = SP_CODES.invalidQuery): EmulatorResponse {
  return spError(ctx.request, 400, code, message);
}

function notFound(ctx: SiteRequest, path: string): EmulatorResponse {
  return spError(ctx.request, 404, '-2130575338, Microsoft.SharePoint.SPException', `The file ${path} does not exist.`);
}

function isLibrary(list: ListRecord): boolean {
  return list.template === 101 || list.template === 109;
}

/** The document library whose root folder is `folderPath` (server relative, any case). */
export function libraryByFolder(tenant: Tenant, siteId: string, folderPath: string): ListRecord | undefined {
  const folder = folderPath.replace(/\/+$/, '').toLowerCase();
  return tenant.store.lists(siteId).find((l) => isLibrary(l) && l.url.toLowerCase() === folder);
}

/** The library and item of a file, by its server-relative path. */
function fileAt(tenant: Tenant, siteId: string, path: string): { list: ListRecord; item: ListItemRecord } | undefined {
  const lower = path.toLowerCase();
  for (const list of tenant.store.lists(siteId)) {
    if (!isLibrary(list) || !lower.startsWith(`${list.url.toLowerCase()}/`)) continue;
    const item = tenant.store.listItems(list.id).find((i) => String(i.fields.FileRef ?? '').toLowerCase() === lower);
    if (item) return { list, item };
  }
  return undefined;
}

function contentOf(tenant: Tenant, list: ListRecord, itemId: number): { content: Buffer; version: number } {
  const row = tenant.store.db.prepare('SELECT content, version FROM sp_file_contents WHERE list_id = ? AND item_id = ?').get(list.id, itemId) as { content: Uint8Array; version: number } | undefined;
  return row ? { content: Buffer.from(row.content), version: row.version } : { content: Buffer.alloc(0), version: 1 };
}

function writeContent(ctx: SiteRequest, list: ListRecord, item: ListItemRecord, content: Buffer): void {
  const db = ctx.tenant.store.db;
  const { version } = contentOf(ctx.tenant, list, item.id);
  db.prepare('INSERT INTO sp_file_contents (list_id, item_id, content, version) VALUES (?, ?, ?, ?) ON CONFLICT (list_id, item_id) DO UPDATE SET content = excluded.content, version = excluded.version')
    .run(list.id, item.id, content, version + 1);
  const fields = { ...item.fields, Modified: nowIso(), EditorId: ctx.caller.user.spId, OData__UIVersionString: `${version + 1}.0` };
  db.prepare('UPDATE list_items SET fields = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(fields), list.id, item.id);
  ctx.tenant.store.listChanged(list.id);
}

/** SP.File as SharePoint answers it (the shape captured in pnpjs#2220). */
function fileEntity(ctx: SiteRequest, list: ListRecord, item: ListItemRecord): Record<string, unknown> {
  const path = String(item.fields.FileRef);
  const { content, version } = contentOf(ctx.tenant, list, item.id);
  const uniqueId = String(item.fields.GUID ?? item.uniqueId);
  const id = `${ctx.webUrl}/_api/Web/GetFileByServerRelativePath(decodedurl='${path.replace(/'/g, "''")}')`;
  return entity(ctx.format, { type: 'SP.File', id, editLink: `Web/GetFileByServerRelativePath(decodedurl='${encodeURI(path).replace(/'/g, "''")}')` }, {
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${uniqueId.toUpperCase()}},${version},${version}`,
    CustomizedPageStatus: 0,
    ETag: `"{${uniqueId.toUpperCase()}},${version}"`,
    Exists: true,
    IrmEnabled: false,
    Length: String(content.length),
    Level: 1,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: version,
    MinorVersion: 0,
    Name: String(item.fields.FileLeafRef),
    ServerRelativeUrl: path,
    TimeCreated: item.fields.Created,
    TimeLastModified: item.fields.Modified,
    Title: null,
    UIVersion: version * 512,
    UIVersionLabel: `${version}.0`,
    UniqueId: uniqueId,
  });
}

function fileAnswer(ctx: SiteRequest, list: ListRecord, item: ListItemRecord, status = 200): EmulatorResponse {
  return json(status, entityBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.Files12/@Element`, fileEntity(ctx, list, item)), spContentType(ctx.format));
}

function offsetAnswer(ctx: SiteRequest, method: string, offset: number): EmulatorResponse {
  // Edm.Int64 is a string in JSON light, as SharePoint writes it.
  const body = ctx.format === 'verbose' ? { d: { [method]: String(offset) } } : ctx.format === 'nometadata' ? { value: String(offset) } : { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#Edm.Int64`, value: String(offset) };
  return json(200, body, spContentType(ctx.format));
}

function bodyBytes(request: EmulatorRequest): Buffer {
  return request.rawBody ?? Buffer.from(request.body ?? '', 'utf8');
}

function parseArguments(text: string): Record<string, string> {
  const args: Record<string, string> = {};
  const pattern = /\s*([A-Za-z]+)\s*=\s*('(?:[^']|'')*'|guid'[0-9a-f-]+'|[^,]*)\s*(?:,|$)/gi;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null && m[0] !== '') {
    let value = m[2];
    if (/^guid'/i.test(value)) value = value.slice(5, -1);
    else if (value.startsWith("'")) value = value.slice(1, -1).replace(/''/g, "'");
    args[m[1].toLowerCase()] = value;
  }
  return args;
}

/**
 * `POST {list}/rootFolder/files/AddUsingPath(decodedurl='name',Overwrite=true)` and
 * `POST {web}/getFolderByServerRelativePath(decodedUrl='/sites/…/Lib')/files/AddUsingPath(…)`: the body is
 * the file (none: an empty file, PnPjs' stub before a chunked upload). 200 with SP.File.
 */
export function addUsingPath(ctx: SiteRequest, list: ListRecord | undefined, argText: string): EmulatorResponse {
  if (!list || !isLibrary(list)) return spError(ctx.request, 404, SP_CODES.fileNotFound, 'File Not Found.');
  const args = parseArguments(argText);
  const decoded = args.decodedurl;
  if (decoded === undefined) return bad(ctx, "The parameter 'decodedUrl' is missing.");
  if (!has(listMask(ctx, list), PERMISSION.addListItems)) return denied(ctx);
  // A name, or a server-relative path in the library's root folder.
  const name = decoded.startsWith('/') && decoded.toLowerCase().startsWith(`${list.url.toLowerCase()}/`) ? decoded.slice(list.url.length + 1) : decoded;
  const problem = fileNameProblem(name);
  if (problem) return bad(ctx, problem, '-2130575245, Microsoft.SharePoint.SPException');
  const path = `${list.url}/${name}`;
  if (path.length > MAX_PATH_LENGTH) {
    return bad(ctx, `The specified file or folder name is too long. The URL path for all files and folders must be ${MAX_PATH_LENGTH} characters or less (total length in UTF-16 code units).`, '-2130575218, Microsoft.SharePoint.SPException');
  }
  const content = bodyBytes(ctx.request);
  if (content.length > MAX_FILE_BYTES) return bad(ctx, `The local tenant takes files of at most ${MAX_FILE_BYTES} bytes.`);
  const existing = fileAt(ctx.tenant, ctx.site.id, path);
  if (existing) {
    if (args.overwrite?.toLowerCase() !== 'true') {
      return bad(ctx, `A file with the name ${path} already exists. It was last modified by ${existing.item.fields.EditorId ?? ''} on ${String(existing.item.fields.Modified ?? '')}.`, '-2130575257, Microsoft.SharePoint.SPException');
    }
    if (!has(listMask(ctx, list), PERMISSION.editListItems)) return denied(ctx);
    writeContent(ctx, list, existing.item, content);
    return fileAnswer(ctx, list, fileAt(ctx.tenant, ctx.site.id, path)!.item);
  }
  const store = ctx.tenant.store;
  const id = store.nextItemId(list.id);
  const uniqueId = randomUUID();
  const now = nowIso();
  const fields = {
    GUID: uniqueId, Title: null, ContentTypeId: '0x0101', FileRef: path, FileLeafRef: name, Created: now, Modified: now,
    AuthorId: ctx.caller.user.spId, EditorId: ctx.caller.user.spId, OData__UIVersionString: '1.0',
  };
  store.db.prepare('INSERT INTO list_items (list_id, id, unique_id, fields) VALUES (?, ?, ?, ?)').run(list.id, id, uniqueId, JSON.stringify(fields));
  store.db.prepare('INSERT INTO sp_file_contents (list_id, item_id, content, version) VALUES (?, ?, ?, 1)').run(list.id, id, content);
  store.listChanged(list.id);
  return fileAnswer(ctx, list, fileAt(ctx.tenant, ctx.site.id, path)!.item);
}

/** Requests on one file: `{web}/getFileByServerRelativePath(decodedUrl='…')` and what follows it. */
export function fileRequest(ctx: SiteRequest, path: string, tail: string): EmulatorResponse {
  const found = fileAt(ctx.tenant, ctx.site.id, path);
  const method = ctx.request.method === 'POST' ? (ctx.request.headers['x-http-method'] ?? 'POST').toUpperCase() : ctx.request.method;
  if (!found) {
    // A library file the caller cannot read is as missing as one that is not there.
    return notFound(ctx, path);
  }
  const { list, item } = found;
  const mask = listMask(ctx, list);
  if (!has(mask, PERMISSION.viewListItems)) return notFound(ctx, path);
  const t = tail.replace(/^\/+|\/+$/g, '');
  if (t === '') {
    if (method === 'GET') return fileAnswer(ctx, list, item);
    if (method === 'DELETE') {
      if (!has(mask, PERMISSION.deleteListItems)) return denied(ctx);
      ctx.tenant.store.db.prepare('DELETE FROM sp_file_contents WHERE list_id = ? AND item_id = ?').run(list.id, item.id);
      ctx.tenant.store.db.prepare('DELETE FROM list_items WHERE list_id = ? AND id = ?').run(list.id, item.id);
      ctx.tenant.store.listChanged(list.id);
      return { status: 200, headers: { 'content-type': spContentType(ctx.format) }, body: '' };
    }
    return methodNotAllowed(ctx);
  }
  if (/^\$value$/i.test(t)) {
    if (method !== 'GET') return methodNotAllowed(ctx);
    return bytesAnswer(contentOf(ctx.tenant, list, item.id).content, String(item.fields.FileLeafRef), ctx.request.method === 'HEAD');
  }
  const upload = /^(startupload|continueupload|finishupload|cancelupload)\((.*)\)$/i.exec(t);
  if (!upload) return spError(ctx.request, 404, SP_CODES.notSupported, `The local tenant does not serve '${t}' on a file. See emulator/CONTRACT.md.`);
  if (ctx.request.method !== 'POST') return methodNotAllowed(ctx);
  // Writing a file's content takes Edit Items on its library.
  if (!has(mask, PERMISSION.editListItems)) return denied(ctx);
  const kind = upload[1].toLowerCase();
  const args = parseArguments(upload[2]);
  const uploadId = (args.uploadid ?? '').toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(uploadId)) return bad(ctx, "The parameter 'uploadId' is not a GUID.");
  const all = sessions(ctx.tenant);
  const session = all.get(uploadId);
  if (kind === 'cancelupload') {
    if (session && session.listId === list.id && session.itemId === item.id) all.delete(uploadId);
    return { status: 200, headers: { 'content-type': spContentType(ctx.format) }, body: JSON.stringify(ctx.format === 'verbose' ? { d: { CancelUpload: null } } : { 'odata.null': true }) };
  }
  const chunk = bodyBytes(ctx.request);
  if (kind === 'startupload') {
    if (session) {
      // "Idempotent … as long as you use the same values for uploadId and stream" (File.StartUpload): a repeat is answered
      // again; another first slice under the same id is refused (the stricter reading).
      const same = session.listId === list.id && session.itemId === item.id && session.chunks.length === 1 && session.chunks[0].equals(chunk);
      return same ? offsetAnswer(ctx, 'StartUpload', session.size) : bad(ctx, `An upload with the id ${uploadId} is already in progress.`, '-2146232832, Microsoft.SharePoint.SPException');
    }
    const limit = limitProblem(ctx, chunk.length, 0);
    if (limit) return limit;
    all.set(uploadId, { listId: list.id, itemId: item.id, chunks: [chunk], size: chunk.length, touched: Date.now() });
    return offsetAnswer(ctx, 'StartUpload', chunk.length);
  }
  if (!session || session.listId !== list.id || session.itemId !== item.id) {
    return bad(ctx, `There is no upload with the id ${uploadId} for this file. Start it with startUpload.`, '-2146232832, Microsoft.SharePoint.SPException');
  }
  const offset = Number(args.fileoffset);
  if (!Number.isInteger(offset) || offset !== session.size) {
    return bad(ctx, `The fileOffset ${args.fileoffset ?? ''} is not where the upload stands (${session.size}).`, '-2146232832, Microsoft.SharePoint.SPException');
  }
  const limit = limitProblem(ctx, chunk.length, session.size);
  if (limit) {
    all.delete(uploadId);
    return limit;
  }
  session.chunks.push(chunk);
  session.size += chunk.length;
  session.touched = Date.now();
  if (kind === 'continueupload') return offsetAnswer(ctx, 'ContinueUpload', session.size);
  all.delete(uploadId);
  writeContent(ctx, list, item, Buffer.concat(session.chunks));
  return fileAnswer(ctx, list, fileAt(ctx.tenant, ctx.site.id, path)!.item);
}

function limitProblem(ctx: SiteRequest, adding: number, fileSoFar: number): EmulatorResponse | undefined {
  if (fileSoFar + adding > MAX_FILE_BYTES) return bad(ctx, `The local tenant takes files of at most ${MAX_FILE_BYTES} bytes.`);
  if (sessionBytes(ctx.tenant) + adding > MAX_SESSION_BYTES) {
    return spError(ctx.request, 503, SP_CODES.unavailable, 'The local tenant holds too many uploads in progress. Retry after 10 seconds.', { 'retry-after': '10' });
  }
  return undefined;
}

function methodNotAllowed(ctx: SiteRequest): EmulatorResponse {
  return spError(ctx.request, 405, SP_CODES.notSupported, `The HTTP method '${ctx.request.method}' cannot be used for this resource.`);
}

function bytesAnswer(content: Buffer, name: string, head: boolean): EmulatorResponse {
  return {
    status: 200,
    headers: { 'content-type': contentTypeOf(name), 'cache-control': 'private, max-age=0', 'x-content-type-options': 'nosniff' },
    body: head ? '' : content,
  };
}

/**
 * The file's own URL (`GET /sites/gemensamt/Guidebilder/bild.png`), as a page's `<img>` asks for
 * it: the bytes for anyone who may read the library; undefined when the path is no library file,
 * so other handlers may answer it. SharePoint knows the browser by its session cookie; the local
 * tenant by `Authorization: Bearer <persona>` or, for an `<img>` that cannot send one, the cookie
 * `samverka-token=<persona>` (its stand-in for the session cookie).
 */
export function serveFileUrl(tenant: Tenant, request: EmulatorRequest): EmulatorResponse | undefined {
  const match = /^(\/sites\/[^/]+)(\/[^?#]+)$/i.exec(request.url.pathname);
  if (!match) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(match[1] + match[2]);
  } catch {
    return undefined;
  }
  const site = tenant.store.siteByPath(match[1]);
  if (!site) return undefined;
  const found = fileAt(tenant, site.id, path);
  if (!found) return undefined;
  const plain = (status: number, text: string): EmulatorResponse => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text });
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed.');
  const cookie = /(?:^|;\s*)samverka-token=([^;]+)/.exec(request.headers.cookie ?? '');
  const headers = !request.headers.authorization && cookie ? { ...request.headers, authorization: `Bearer ${decodeURIComponent(cookie[1])}` } : request.headers;
  const auth = authenticate(tenant.store, { ...request, headers });
  if (!auth.ok) return { ...plain(401, '401 UNAUTHORIZED'), headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="samverka-local"' } };
  const origin = request.url.origin;
  const ctx: SiteRequest = { tenant, request, caller: auth.caller, site, origin, webUrl: `${origin}${site.path}`, format: 'minimal' };
  if (!tenant.store.canRead(site.id, auth.caller.principals) || !has(listMask(ctx, found.list), PERMISSION.viewListItems)) {
    return plain(403, '403 FORBIDDEN');
  }
  const response = bytesAnswer(contentOf(tenant, found.list, found.item.id).content, String(found.item.fields.FileLeafRef), request.method === 'HEAD');
  return { ...response, log: { caller: auth.caller.user.personaKey ?? auth.caller.user.userPrincipalName } };
}
