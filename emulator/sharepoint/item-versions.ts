import type { DatabaseSync } from 'node:sqlite';
import { spError, SP_CODES, spContentType, json } from '../http/errors.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { ListItemRecord, ListRecord } from '../db/records.ts';
import { itemFieldsOf } from '../provisioning/store.ts';
import { visibleItems } from './content-health.ts';
import type { SiteRequest } from './handlers.ts';
import { has, listMask, PERMISSION } from './list-security.ts';
import { collectionBody, collectionValue, entity } from './odata-json.ts';

/**
 * List item versions (SP.ListItemVersion). A list keeps versions when its versioning is on
 * (SP.List EnableVersioning: the ListInstance's VersioningEnabled, setup, or a MERGE of the list);
 * a list's default is off, as for a list created in SharePoint. Each update of an item of such
 * a list is a new major version (1.0, 2.0, …) holding every field as the update left them.
 * `GET {list}/items(ID)/versions` lists them newest first, the current one included.
 */

type Row = Record<string, unknown>;

export function listKeepsVersions(db: DatabaseSync, listId: string): boolean {
  const row = db.prepare('SELECT enabled FROM sp_list_versioning WHERE list_id = ?').get(listId) as Row | undefined;
  return row?.enabled === 1;
}

export function setListVersioning(db: DatabaseSync, listId: string, enabled: boolean): void {
  db.prepare('INSERT INTO sp_list_versioning (list_id, enabled) VALUES (?, ?) ON CONFLICT(list_id) DO UPDATE SET enabled = excluded.enabled').run(listId, enabled ? 1 : 0);
}

function majorOf(fields: Record<string, unknown>): number {
  const major = Number(String(fields.OData__UIVersionString ?? '1.0').split('.')[0]);
  return Number.isFinite(major) && major > 0 ? major : 1;
}

function storedVersions(db: DatabaseSync, listId: string, itemId: number): Array<{ version: number; fields: Record<string, unknown> }> {
  return (db.prepare('SELECT version, fields FROM sp_item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC').all(listId, itemId) as Row[])
    .map((r) => ({ version: r.version as number, fields: JSON.parse(r.fields as string) as Record<string, unknown> }));
}

/**
 * Before an update of an item of a versioned list is written: the next fields get the next
 * major version label, and both the version being replaced (when no version was kept of it yet:
 * an item written before versioning, or seeded) and the new one are kept.
 */
export function keepVersion(db: DatabaseSync, list: ListRecord, item: ListItemRecord, next: Record<string, unknown>): void {
  if (!listKeepsVersions(db, list.id)) return;
  const insert = db.prepare('INSERT OR REPLACE INTO sp_item_versions (list_id, item_id, version, fields) VALUES (?, ?, ?, ?)');
  const previous = majorOf(item.fields);
  const kept = db.prepare('SELECT 1 FROM sp_item_versions WHERE list_id = ? AND item_id = ? AND version = ?').get(list.id, item.id, previous);
  if (!kept) insert.run(list.id, item.id, previous, JSON.stringify(item.fields));
  next.OData__UIVersionString = `${previous + 1}.0`;
  insert.run(list.id, item.id, previous + 1, JSON.stringify(next));
}

/** `GET {list}/items(ID)/versions`: the item's versions, newest first; View Items and the item as the caller sees it. */
export function getItemVersions(ctx: SiteRequest, list: ListRecord, id: number): EmulatorResponse {
  if (!has(listMask(ctx, list), PERMISSION.viewListItems)) {
    return spError(ctx.request, 403, SP_CODES.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
  }
  const item = visibleItems(ctx, ctx.tenant.store.listItems(list.id), list).find((i) => i.id === id);
  if (!item) return spError(ctx.request, 404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  const db = ctx.tenant.store.db;
  const current = majorOf(item.fields);
  const kept = listKeepsVersions(db, list.id) ? storedVersions(db, list.id, id) : [];
  // An item never updated since versioning began has one version: itself.
  const versions = kept.length > 0 ? kept : [{ version: current, fields: item.fields }];
  const defs = itemFieldsOf(db, list).filter((f) => !f.notInDefaultView || f.type === 'User');
  const values = versions.map(({ version, fields }) => {
    const versionId = version * 512;
    const out: Record<string, unknown> = {};
    for (const def of defs) {
      if (def.type === 'User' && def.idField) {
        const spId = fields[def.idField];
        const user = typeof spId === 'number' ? ctx.tenant.store.userBySpId(spId) : undefined;
        out[def.name] = user ? fieldUserValue(ctx, { LookupId: user.spId, LookupValue: user.displayName, Email: user.mail }) : null;
        continue;
      }
      if (def.type === 'Counter' || def.name === 'AuthorId' || def.name === 'EditorId' || def.idField) continue;
      const value = fields[def.name];
      out[def.name] = Array.isArray(value) ? collectionValue(ctx.format, 'Edm.String', value) : value ?? null;
    }
    out.Created = fields.Modified ?? null;
    out.IsCurrentVersion = version === current;
    out.VersionId = versionId;
    out.VersionLabel = `${version}.0`;
    const url = `${ctx.webUrl}/_api/SP.ListItemVersion${encodeURIComponent(`${list.id}_${id}_${versionId}`)}`;
    return entity(ctx.format, { type: 'SP.ListItemVersion', id: url, editLink: `Web/Lists(guid'${list.id}')/Items(${id})/versions(${versionId})` }, out);
  });
  return json(200, collectionBody(ctx.format, `${ctx.webUrl}/_api/$metadata#SP.ApiData.ListItemVersions`, values), spContentType(ctx.format));
}

function fieldUserValue(ctx: SiteRequest, value: { LookupId: number; LookupValue: string; Email: string }): unknown {
  return ctx.format === 'verbose' ? { __metadata: { type: 'SP.FieldUserValue' }, ...value } : value;
}
