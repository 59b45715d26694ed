import { randomUUID } from 'node:crypto';
import type { ListItemRecord, ListRecord, SiteRecord } from '../db/records.ts';
import { json, spContentType, spError, SP_CODES } from '../http/errors.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { scheduleRecrawl, writeItem } from './content-health.ts';
import type { SiteRequest } from './handlers.ts';

/**
 * Borrowing a page (issue 4): `POST {web}/_api/SP.MoveCopyUtil.CopyFileByPath(overwrite=@a1)?@a1=false`,
 * what PnPjs 4 `file.copyByPath()` sends. The source and destination are absolute (or server
 * relative) paths anywhere in the tenant: the caller must read the source's site and may add
 * items to the destination's (members and owners; 403 otherwise). A copied site page is a new
 * item of the destination's Site Pages with the page's title, description, banner and content;
 * it is not news (PromotedState 0) until someone promotes it.
 */

/** Columns a copy of a page takes from its source; the rest are the destination's own. */
const CONTENT_FIELDS = ['Title', 'Description', 'CanvasContent1', 'BannerImageUrl', 'PageLayoutType', 'ContentTypeId', 'OData__OriginalSourceUrl'];

function accessDenied(ctx: SiteRequest): EmulatorResponse {
  return spError(ctx.request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
}

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `{"DecodedUrl":"…"}` (or verbose with `__metadata`) as a server-relative path; null when not one of this tenant. */
function pathOf(ctx: SiteRequest, value: unknown): string | null {
  const url = value && typeof value === 'object' ? (value as Record<string, unknown>).DecodedUrl : undefined;
  if (typeof url !== 'string' || !url) return null;
  if (url.startsWith('/')) return url;
  try {
    const parsed = new URL(url);
    return parsed.origin === ctx.origin ? decodeURIComponent(parsed.pathname) : null;
  } catch {
    return null;
  }
}

interface FileLocation {
  site: SiteRecord;
  list: ListRecord;
  folder: string;
  leaf: string;
}

/** The site (longest path prefix) and library a server-relative file path is in. */
function locate(ctx: SiteRequest, path: string): FileLocation | null {
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return null;
  const folder = path.slice(0, slash).toLowerCase();
  const leaf = path.slice(slash + 1);
  const store = ctx.tenant.store;
  const sites = store.sites().filter((s) => s.path === '/' || folder.startsWith(`${s.path.toLowerCase()}/`)).sort((a, b) => b.path.length - a.path.length);
  for (const site of sites) {
    const list = store.lists(site.id).find((l) => l.url.toLowerCase() === folder);
    if (list) return { site, list, folder, leaf };
  }
  return null;
}

function roles(ctx: SiteRequest, site: SiteRecord): Set<string> {
  return ctx.tenant.store.siteRoles(site.id, ctx.caller.principals);
}

function fileItem(ctx: SiteRequest, list: ListRecord, path: string): ListItemRecord | undefined {
  const wanted = path.toLowerCase();
  return ctx.tenant.store.listItems(list.id).find((i) => String(i.fields.FileRef ?? '').toLowerCase() === wanted);
}

export function copyFileByPath(ctx: SiteRequest): EmulatorResponse {
  const { request, tenant } = ctx;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(request.body || '{}') as Record<string, unknown>;
  } catch {
    return spError(request, 400, SP_CODES.invalidQuery, 'Invalid JSON. A token was not recognized in the JSON content.');
  }
  const overwriteText = /overwrite=([^)]*)\)/i.exec(request.url.pathname)?.[1] ?? 'false';
  const overwrite = (overwriteText.startsWith('@') ? request.url.searchParams.get(overwriteText) ?? 'false' : overwriteText).toLowerCase() === 'true';
  const srcPath = pathOf(ctx, body.srcPath);
  const destPath = pathOf(ctx, body.destPath);
  if (!srcPath || !destPath) return spError(request, 400, SP_CODES.invalidQuery, 'srcPath and destPath must be SP.ResourcePath values with a DecodedUrl of this tenant.');
  const source = locate(ctx, srcPath);
  if (!source) return spError(request, 404, SP_CODES.fileNotFound, `File Not Found. ${srcPath}`);
  // Site roles decide, for a tenant admin too: the admin role gives no access to site content.
  if (roles(ctx, source.site).size === 0) return accessDenied(ctx);
  const sourceItem = fileItem(ctx, source.list, srcPath);
  if (!sourceItem) return spError(request, 404, SP_CODES.fileNotFound, `File Not Found. ${srcPath}`);
  const dest = locate(ctx, destPath);
  if (!dest) return spError(request, 404, SP_CODES.fileNotFound, `The destination folder of '${destPath}' does not exist.`);
  const destRoles = roles(ctx, dest.site);
  if (!destRoles.has('owner') && !destRoles.has('member')) return accessDenied(ctx);
  if (!/\.aspx$/i.test(dest.leaf) || dest.list.template !== source.list.template) {
    return spError(request, 400, SP_CODES.notSupported, 'The local tenant copies site pages from one Site Pages library to another.');
  }
  const content: Record<string, unknown> = {};
  for (const name of CONTENT_FIELDS) content[name] = sourceItem.fields[name] ?? null;
  const now = nowIso();
  const spId = ctx.caller.user.spId;
  const existing = fileItem(ctx, dest.list, destPath);
  if (existing) {
    if (!overwrite) {
      return spError(request, 400, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${destPath} already exists.`);
    }
    const version = Number(existing.fields.__etag ?? 1);
    writeItem(ctx, dest.list, existing.id, { ...existing.fields, ...content, Modified: now, EditorId: spId, __etag: version + 1 });
  } else {
    const store = tenant.store;
    const id = store.nextItemId(dest.list.id);
    const uniqueId = randomUUID();
    const fields = {
      GUID: uniqueId,
      ...content,
      PromotedState: 0,
      FirstPublishedDate: null,
      OData__ModernAudienceAadObjectIds: [],
      OData__ModernAudienceTargetUserFieldId: [],
      SamverkaBoostUntil: null,
      Created: now,
      Modified: now,
      AuthorId: spId,
      EditorId: spId,
      OData__UIVersionString: '1.0',
      FileRef: `${dest.list.url}/${dest.leaf}`,
      FileLeafRef: dest.leaf,
      __etag: 1,
    };
    store.db.prepare('INSERT INTO list_items (list_id, id, unique_id, fields) VALUES (?, ?, ?, ?)').run(dest.list.id, id, uniqueId, JSON.stringify(fields));
    store.listChanged(dest.list.id);
    scheduleRecrawl(tenant);
  }
  const value = ctx.format === 'verbose' ? { d: { CopyFileByPath: null } } : { 'odata.null': true };
  return json(200, value, spContentType(ctx.format));
}
