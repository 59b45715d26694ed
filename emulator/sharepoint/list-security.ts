import type { DatabaseSync } from 'node:sqlite';
import type { ListItemRecord, ListRecord } from '../db/records.ts';
import { effectivePermissions } from './content-health.ts';
import type { SiteRequest } from './handlers.ts';

/**
 * Permissions of a list that does not inherit its site's (breakroleinheritance, role assignments
 * by permission level) and its item-level permissions (ReadSecurity, WriteSecurity), as
 * SharePoint Online applies them (emulator/CONTRACT.md, "Lists, fields and rights"):
 *
 * - a list with unique role assignments is open to a caller through the permission levels given
 *   to them or a group they are in, on that list; the site's owners (its site admins here) keep
 *   Full Control, as site collection administrators do;
 * - ReadSecurity 2: a caller sees only the items they created; WriteSecurity 2: a caller changes
 *   only those, WriteSecurity 4: no one does. People whose permission level has Override List
 *   Behaviors (SP.PermissionKind.CancelCheckout, Design and Full Control have it; Edit, Contribute
 *   and Read do not) see and change every item ("Users with the Cancel Checkout permission can read
 *   and edit all items", the list's Advanced settings).
 */

export interface Mask {
  high: number;
  low: number;
}

/** SP.PermissionKind bits of the low half that the local tenant checks. */
export const PERMISSION = {
  viewListItems: 0x1,
  addListItems: 0x2,
  editListItems: 0x4,
  deleteListItems: 0x8,
  /** "Override List Behaviors" in the permission levels page. */
  cancelCheckout: 0x100,
  manageLists: 0x800,
} as const;

export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  /** SP.RoleType: 0 none (a custom level), 2 Reader, 3 Contributor, 4 WebDesigner, 5 Administrator, 6 Editor. */
  kind: number;
  mask: Mask;
}

/** SharePoint's built-in permission levels, with their ids (the same on every site) and masks. */
export const BUILT_IN_ROLES: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', kind: 5, mask: { high: 2147483647, low: 4294967295 } },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', kind: 4, mask: { high: 432, low: 1012866047 } },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', kind: 6, mask: { high: 432, low: 1011030767 } },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', kind: 3, mask: { high: 432, low: 1011028719 } },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', kind: 2, mask: { high: 176, low: 138612833 } },
];

const NONE: Mask = { high: 0, low: 0 };
const FULL = BUILT_IN_ROLES[0].mask;

type Row = Record<string, unknown>;

export function union(a: Mask, b: Mask): Mask {
  return { high: (a.high | b.high) >>> 0, low: (a.low | b.low) >>> 0 };
}

export function has(mask: Mask, bit: number): boolean {
  return ((mask.low & bit) >>> 0) === bit;
}

export function maskOf(value: { High: unknown; Low: unknown }): Mask | undefined {
  const high = Number(value.High);
  const low = Number(value.Low);
  const ok = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 4294967295;
  return ok(high) && ok(low) ? { high, low } : undefined;
}

// Permission levels

export function customRoles(db: DatabaseSync, siteId: string): RoleDefinition[] {
  return (db.prepare('SELECT * FROM sp_role_definitions WHERE site_id = ? ORDER BY id').all(siteId) as Row[]).map((r) => ({
    id: r.id as number, name: r.name as string, description: r.description as string, kind: 0, mask: { high: Number(r.high), low: Number(r.low) },
  }));
}

export function roleDefinitions(db: DatabaseSync, siteId: string): RoleDefinition[] {
  return [...BUILT_IN_ROLES, ...customRoles(db, siteId)];
}

export function roleDefinition(db: DatabaseSync, siteId: string, id: number): RoleDefinition | undefined {
  return roleDefinitions(db, siteId).find((r) => r.id === id);
}

/** A new permission level of a site: ids after the built-in ones, as SharePoint numbers them. */
export function addRoleDefinition(db: DatabaseSync, siteId: string, role: { name: string; description: string; mask: Mask }): RoleDefinition {
  const last = db.prepare('SELECT MAX(id) AS max FROM sp_role_definitions WHERE site_id = ?').get(siteId) as Row;
  const id = Math.max(1073741924, Number(last.max ?? 0) + 1);
  db.prepare('INSERT INTO sp_role_definitions (site_id, id, name, description, high, low) VALUES (?, ?, ?, ?, ?, ?)').run(
    siteId, id, role.name, role.description, String(role.mask.high), String(role.mask.low),
  );
  return { id, name: role.name, description: role.description, kind: 0, mask: role.mask };
}

// Role assignments of a list

export function hasUniqueRoles(db: DatabaseSync, listId: string): boolean {
  return db.prepare('SELECT 1 FROM sp_list_security WHERE list_id = ? AND unique_roles = 1').get(listId) !== undefined;
}

/**
 * breakroleinheritance: copies the site's roles (owners Full Control, members Edit, visitors Read)
 * when asked. Without the copy the list has no role assignments: Microsoft's example adds the caller
 * itself if it wants one ("Set custom permissions on a list by using the REST interface"); the
 * site's owners (site collection admins here) keep Full Control all the same.
 */
export function breakInheritance(db: DatabaseSync, list: ListRecord, copy: boolean): void {
  if (hasUniqueRoles(db, list.id)) return;
  db.prepare('INSERT INTO sp_list_security (list_id, unique_roles) VALUES (?, 1) ON CONFLICT(list_id) DO UPDATE SET unique_roles = 1').run(list.id);
  if (!copy) return;
  const byRole: Record<string, number> = { owner: 1073741829, member: 1073741830, visitor: 1073741826 };
  for (const row of db.prepare('SELECT principal_id, role FROM site_permissions WHERE site_id = ?').all(list.siteId) as Row[]) {
    addListRoleAssignment(db, list.id, row.principal_id as string, byRole[row.role as string]);
  }
}

export function addListRoleAssignment(db: DatabaseSync, listId: string, principalId: string, roleDefinitionId: number): void {
  db.prepare('INSERT OR IGNORE INTO sp_list_role_assignments (list_id, principal_id, role_definition_id) VALUES (?, ?, ?)').run(listId, principalId, roleDefinitionId);
}

export function listRoleAssignments(db: DatabaseSync, listId: string): Array<{ principalId: string; roleDefinitionId: number }> {
  return (db.prepare('SELECT principal_id, role_definition_id FROM sp_list_role_assignments WHERE list_id = ? ORDER BY rowid').all(listId) as Row[])
    .map((r) => ({ principalId: r.principal_id as string, roleDefinitionId: r.role_definition_id as number }));
}

// Item-level permissions

export interface ListSecurity {
  readSecurity: number;
  writeSecurity: number;
  noCrawl: boolean;
}

export function listSecurity(db: DatabaseSync, listId: string): ListSecurity {
  const row = db.prepare('SELECT * FROM sp_list_security WHERE list_id = ?').get(listId) as Row | undefined;
  return row ? { readSecurity: row.read_security as number, writeSecurity: row.write_security as number, noCrawl: row.no_crawl === 1 } : { readSecurity: 1, writeSecurity: 1, noCrawl: false };
}

export function setListSecurity(db: DatabaseSync, listId: string, security: Partial<ListSecurity>): void {
  const next = { ...listSecurity(db, listId), ...security };
  db.prepare(
    `INSERT INTO sp_list_security (list_id, read_security, write_security, no_crawl) VALUES (?, ?, ?, ?)
     ON CONFLICT(list_id) DO UPDATE SET read_security = excluded.read_security, write_security = excluded.write_security, no_crawl = excluded.no_crawl`,
  ).run(listId, next.readSecurity, next.writeSecurity, next.noCrawl ? 1 : 0);
}

// Unique columns

export function uniqueColumns(db: DatabaseSync, listId: string): Set<string> {
  return new Set((db.prepare('SELECT internal_name FROM sp_unique_columns WHERE list_id = ?').all(listId) as Row[]).map((r) => (r.internal_name as string).toLowerCase()));
}

export function setColumnUnique(db: DatabaseSync, listId: string, internalName: string, unique: boolean): void {
  if (unique) db.prepare('INSERT OR IGNORE INTO sp_unique_columns (list_id, internal_name) VALUES (?, ?)').run(listId, internalName);
  else db.prepare('DELETE FROM sp_unique_columns WHERE list_id = ? AND internal_name = ?').run(listId, internalName);
}

// What the caller may do

/** The caller's permissions on a list: its own role assignments when it has them, else the site's. */
export function listMask(ctx: SiteRequest, list: ListRecord): Mask {
  const db = ctx.tenant.store.db;
  const roles = ctx.tenant.store.siteRoles(ctx.site.id, ctx.caller.principals);
  if (roles.has('owner')) return FULL;
  if (!hasUniqueRoles(db, list.id)) {
    const site = effectivePermissions(ctx);
    return { high: Number(site.High), low: Number(site.Low) };
  }
  let mask = NONE;
  for (const a of listRoleAssignments(db, list.id)) {
    if (!ctx.caller.principals.has(a.principalId)) continue;
    const role = roleDefinition(db, ctx.site.id, a.roleDefinitionId);
    if (role) mask = union(mask, role.mask);
  }
  return mask;
}

export function mayOverride(mask: Mask): boolean {
  return has(mask, PERMISSION.cancelCheckout);
}

function isAuthor(ctx: SiteRequest, item: ListItemRecord): boolean {
  return item.fields.AuthorId === ctx.caller.user.spId;
}

/** Whether ReadSecurity lets the caller see the item (the list's own permission to view is checked apart). */
export function itemReadable(ctx: SiteRequest, list: ListRecord, item: ListItemRecord, mask: Mask = listMask(ctx, list)): boolean {
  const { readSecurity } = listSecurity(ctx.tenant.store.db, list.id);
  return readSecurity !== 2 || mayOverride(mask) || isAuthor(ctx, item);
}

/** Whether WriteSecurity lets the caller change the item, given they have the permission (`bit`) on the list. */
export function itemWritable(ctx: SiteRequest, list: ListRecord, item: ListItemRecord, bit: number, mask: Mask = listMask(ctx, list)): boolean {
  if (!has(mask, bit)) return false;
  if (mayOverride(mask)) return true;
  const { writeSecurity } = listSecurity(ctx.tenant.store.db, list.id);
  return writeSecurity === 1 || (writeSecurity === 2 && isAuthor(ctx, item));
}
