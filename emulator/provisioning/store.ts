import type { DatabaseSync } from 'node:sqlite';
import { createHash } from 'node:crypto';
import { guidFromName } from '../seed/random.ts';
import type { ListRecord, SiteRecord } from '../db/records.ts';
import { listFields } from '../sharepoint/fields.ts';
import type { FieldDefinition } from '../sharepoint/fields.ts';

/** Reads and writes of what the setup command provisions (see schema.ts). */

export const APP_CATALOG_PATH = '/sites/appcatalog';
export const ADMIN_PERSONA = 'admin';
const CREATED = '2019-03-14T09:12:00Z';

type Row = Record<string, unknown>;

export interface FieldRow {
  scopeId: string;
  id: string;
  internalName: string;
  title: string;
  type: string;
  group: string;
  schemaXml: string;
}

export interface ContentTypeRow {
  scopeId: string;
  id: string;
  name: string;
  group: string;
  description: string;
  fieldNames: string[];
}

export interface EventReceiverRow {
  listId: string;
  receiverId: string;
  receiverName: string;
  receiverClass: string;
  receiverAssembly: string;
  eventType: number;
  sequenceNumber: number;
  synchronization: number;
}

export interface AppRow {
  id: string;
  fileName: string;
  title: string;
  productId: string;
  version: string;
  skipFeatureDeployment: boolean;
  deployed: boolean;
  size: number;
  sha256: string;
  modified: string;
}

export function isTenantAdmin(db: DatabaseSync, userId: string): boolean {
  return db.prepare('SELECT 1 FROM tenant_admins WHERE user_id = ?').get(userId) !== undefined;
}

/** A site as SPSiteManager creates a communication site: Site Pages, Site Assets, the creator as owner. */
export function createSite(db: DatabaseSync, site: { path: string; title: string; description: string; ownerId?: string; created?: string }): SiteRecord {
  const created = site.created ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const record: SiteRecord = {
    id: guidFromName(`site:${site.path}`),
    webId: guidFromName(`web:${site.path}`),
    path: site.path,
    title: site.title,
    description: site.description,
    municipalityId: null,
    created,
  };
  db.prepare('INSERT INTO sites (id, web_id, path, title, description, municipality_id, created) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    record.id, record.webId, record.path, record.title, record.description, null, created,
  );
  const prefix = site.path === '/' ? '' : site.path;
  const insertList = db.prepare('INSERT INTO lists (id, site_id, title, url, template, description, created) VALUES (?, ?, ?, ?, ?, ?, ?)');
  insertList.run(guidFromName(`list:${site.path}:Site Pages`), record.id, 'Site Pages', `${prefix}/SitePages`, 119, 'Sidor på webbplatsen', created);
  insertList.run(guidFromName(`list:${site.path}:Site Assets`), record.id, 'Site Assets', `${prefix}/SiteAssets`, 101, 'Bilder och filer för webbplatsen', created);
  if (site.ownerId) addSitePermission(db, record.id, site.ownerId, 'owner');
  return record;
}

export function addSitePermission(db: DatabaseSync, siteId: string, principalId: string, role: 'owner' | 'member' | 'visitor'): void {
  db.prepare('INSERT OR IGNORE INTO site_permissions (site_id, principal_id, role) VALUES (?, ?, ?)').run(siteId, principalId, role);
}

export function sitePrincipals(db: DatabaseSync, siteId: string, role: 'owner' | 'member' | 'visitor'): string[] {
  return (db.prepare('SELECT principal_id FROM site_permissions WHERE site_id = ? AND role = ? ORDER BY principal_id').all(siteId, role) as Row[]).map((r) => r.principal_id as string);
}

// Hubs

export function hubOf(db: DatabaseSync, siteId: string): { isHub: boolean; hubSiteId: string | null } {
  const hub = db.prepare('SELECT 1 FROM hub_sites WHERE site_id = ?').get(siteId);
  if (hub) return { isHub: true, hubSiteId: siteId };
  const association = db.prepare('SELECT hub_site_id FROM hub_associations WHERE site_id = ?').get(siteId) as Row | undefined;
  return { isHub: false, hubSiteId: (association?.hub_site_id as string | undefined) ?? null };
}

export function registerHub(db: DatabaseSync, siteId: string, title: string): void {
  db.prepare('INSERT INTO hub_sites (site_id, title) VALUES (?, ?)').run(siteId, title);
}

export function joinHub(db: DatabaseSync, siteId: string, hubSiteId: string): void {
  db.prepare('INSERT INTO hub_associations (site_id, hub_site_id) VALUES (?, ?) ON CONFLICT(site_id) DO UPDATE SET hub_site_id = excluded.hub_site_id').run(siteId, hubSiteId);
}

export function isHubSite(db: DatabaseSync, siteId: string): boolean {
  return db.prepare('SELECT 1 FROM hub_sites WHERE site_id = ?').get(siteId) !== undefined;
}

// Fields and content types

function toField(row: Row): FieldRow {
  return {
    scopeId: row.scope_id as string,
    id: row.id as string,
    internalName: row.internal_name as string,
    title: row.title as string,
    type: row.type as string,
    group: row.field_group as string,
    schemaXml: row.schema_xml as string,
  };
}

export function fields(db: DatabaseSync, scopeId: string): FieldRow[] {
  return (db.prepare('SELECT * FROM sp_fields WHERE scope_id = ? ORDER BY rowid').all(scopeId) as Row[]).map(toField);
}

export function addField(db: DatabaseSync, field: FieldRow): void {
  db.prepare('INSERT INTO sp_fields (scope_id, id, internal_name, title, type, field_group, schema_xml) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    field.scopeId, field.id, field.internalName, field.title, field.type, field.group, field.schemaXml,
  );
}

export function updateFieldSchema(db: DatabaseSync, scopeId: string, internalName: string, field: Pick<FieldRow, 'title' | 'type' | 'group' | 'schemaXml'>): void {
  db.prepare('UPDATE sp_fields SET title = ?, type = ?, field_group = ?, schema_xml = ? WHERE scope_id = ? AND internal_name = ?').run(
    field.title, field.type, field.group, field.schemaXml, scopeId, internalName,
  );
}

function toContentType(row: Row): ContentTypeRow {
  return {
    scopeId: row.scope_id as string,
    id: row.id as string,
    name: row.name as string,
    group: row.content_type_group as string,
    description: row.description as string,
    fieldNames: JSON.parse(row.field_names as string) as string[],
  };
}

export function contentTypes(db: DatabaseSync, scopeId: string): ContentTypeRow[] {
  return (db.prepare('SELECT * FROM sp_content_types WHERE scope_id = ? ORDER BY rowid').all(scopeId) as Row[]).map(toContentType);
}

export function saveContentType(db: DatabaseSync, ct: ContentTypeRow): void {
  db.prepare(
    `INSERT INTO sp_content_types (scope_id, id, name, content_type_group, description, field_names) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(scope_id, id) DO UPDATE SET name = excluded.name, content_type_group = excluded.content_type_group,
       description = excluded.description, field_names = excluded.field_names`,
  ).run(ct.scopeId, ct.id, ct.name, ct.group, ct.description, JSON.stringify(ct.fieldNames));
}

// Site Pages columns

/**
 * The Samverka columns of Site Pages (sharepoint/assets: content type "Samverka-sida"), by
 * internal name with their ids there. A library has them once they are provisioned: by the
 * setup command, or by the seed for the full tenant. REST names are internal names, except the
 * person column's id (SamverkaOwnerId).
 */
export const PAGE_COLUMNS: ReadonlyArray<{ name: string; id: string; type: string; title: string }> = [
  { name: 'SamverkaOwner', id: '8be1e076-bcd6-4191-bec4-416ce4921e57', type: 'User', title: 'Innehållsägare' },
  { name: 'SamverkaReviewDate', id: '51152c7f-35bd-4367-a3c5-2568ba609081', type: 'DateTime', title: 'Granskas senast' },
  { name: 'SamverkaExpires', id: '89748c2e-d2bc-4e90-a14c-279c04736db6', type: 'DateTime', title: 'Upphör att gälla' },
  { name: 'SamverkaBoostUntil', id: '10f07578-35a7-44cc-b3af-873496e415a6', type: 'DateTime', title: 'Lyft fram till' },
  { name: 'SamverkaMustRead', id: '08433793-961f-4819-86b3-9a9399084441', type: 'Boolean', title: 'Ska läsas' },
  { name: 'SamverkaReadBy', id: 'c95c34fd-02cd-4dc6-b4df-9c793a0141f8', type: 'DateTime', title: 'Läses senast' },
  { name: 'SamverkaSourceUrl', id: '7e1d7850-95dd-4bed-a2ad-d7c47740fd8b', type: 'Note', title: 'Källsida' },
  { name: 'SamverkaSourceMunicipality', id: '14abb287-d7fc-4db7-b56a-3b65009c61c0', type: 'Text', title: 'Källans kommun' },
  { name: 'SamverkaSourceModified', id: '48678e68-f481-4b21-b694-3494b5de33b0', type: 'DateTime', title: 'Källan ändrad' },
  { name: 'SamverkaCopiedBy', id: '480453a7-e153-4c20-be1c-4599de626b4b', type: 'Text', title: 'Lånad av' },
  { name: 'SamverkaCopiedAt', id: '97a6696a-4f39-46bc-a5c3-72a9bdb2331f', type: 'DateTime', title: 'Lånad' },
  { name: 'SamverkaSourceKey', id: 'eb1f8a65-4698-4bfd-b064-49308596a1e8', type: 'Text', title: 'Källnyckel' },
];

function pageColumnOf(restName: string): string | undefined {
  const name = restName === 'SamverkaOwnerId' ? 'SamverkaOwner' : restName;
  return PAGE_COLUMNS.find((c) => c.name === name)?.name;
}

/**
 * The fields of a list's items (sharepoint/fields.ts), less the Samverka columns a Site Pages
 * library does not have: on a site the setup command has not set up, writing or selecting them
 * fails as it does in SharePoint.
 */
export function itemFieldsOf(db: DatabaseSync, list: ListRecord): readonly FieldDefinition[] {
  const all = listFields(list.template, list.url);
  if (list.template !== 119) return all;
  const have = new Set(fields(db, list.id).map((f) => f.internalName.toLowerCase()));
  return all.filter((f) => {
    const column = pageColumnOf(f.name);
    return !column || have.has(column.toLowerCase());
  });
}

/** The seed's Site Pages carry the columns (as after setup): its pages have owners, review dates and boosts. */
export function addPageColumns(db: DatabaseSync, listId: string): void {
  const have = new Set(fields(db, listId).map((f) => f.internalName.toLowerCase()));
  for (const c of PAGE_COLUMNS) {
    if (have.has(c.name.toLowerCase())) continue;
    addField(db, { scopeId: listId, id: c.id, internalName: c.name, title: c.title, type: c.type, group: 'Samverka', schemaXml: `<Field ID="{${c.id}}" Name="${c.name}" StaticName="${c.name}" DisplayName="${c.title}" Type="${c.type}" Group="Samverka" />` });
  }
}

// Indexed columns

/** Internal names of the list's indexed columns, lower case (ID, always indexed, is not stored). */
export function indexedColumns(db: DatabaseSync, listId: string): Set<string> {
  return new Set((db.prepare('SELECT internal_name FROM sp_field_indexes WHERE list_id = ?').all(listId) as Row[]).map((r) => (r.internal_name as string).toLowerCase()));
}

export function setColumnIndexed(db: DatabaseSync, listId: string, internalName: string, indexed: boolean): void {
  if (indexed) db.prepare('INSERT OR IGNORE INTO sp_field_indexes (list_id, internal_name) VALUES (?, ?)').run(listId, internalName);
  else db.prepare('DELETE FROM sp_field_indexes WHERE list_id = ? AND internal_name = ?').run(listId, internalName);
}

// List settings

/**
 * "Allow management of content types": a library SharePoint creates with the site (Site Pages,
 * Site Assets) starts without it; other lists of the local tenant, which stand for lists a
 * feature created with their content types, start with it.
 */
export function contentTypesEnabled(db: DatabaseSync, list: { id: string; template: number }): boolean {
  const row = db.prepare('SELECT content_types_enabled FROM sp_list_settings WHERE list_id = ?').get(list.id) as Row | undefined;
  return row ? row.content_types_enabled === 1 : list.template !== 119 && list.template !== 101;
}

export function setContentTypesEnabled(db: DatabaseSync, listId: string, enabled: boolean): void {
  db.prepare('INSERT INTO sp_list_settings (list_id, content_types_enabled) VALUES (?, ?) ON CONFLICT(list_id) DO UPDATE SET content_types_enabled = excluded.content_types_enabled').run(listId, enabled ? 1 : 0);
}

// Event receivers

export function eventReceivers(db: DatabaseSync, listId: string): EventReceiverRow[] {
  return (db.prepare('SELECT * FROM sp_event_receivers WHERE list_id = ? ORDER BY rowid').all(listId) as Row[]).map((row) => ({
    listId: row.list_id as string,
    receiverId: row.receiver_id as string,
    receiverName: row.receiver_name as string,
    receiverClass: row.receiver_class as string,
    receiverAssembly: row.receiver_assembly as string,
    eventType: row.event_type as number,
    sequenceNumber: row.sequence_number as number,
    synchronization: row.synchronization as number,
  }));
}

export function addEventReceiver(db: DatabaseSync, row: EventReceiverRow): void {
  db.prepare(
    'INSERT INTO sp_event_receivers (list_id, receiver_id, receiver_name, receiver_class, receiver_assembly, event_type, sequence_number, synchronization) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(row.listId, row.receiverId, row.receiverName, row.receiverClass, row.receiverAssembly, row.eventType, row.sequenceNumber, row.synchronization);
}

// App catalog

function toApp(row: Row): AppRow {
  return {
    id: row.id as string,
    fileName: row.file_name as string,
    title: row.title as string,
    productId: row.product_id as string,
    version: row.version as string,
    skipFeatureDeployment: row.skip_feature_deployment === 1,
    deployed: row.deployed === 1,
    size: row.size as number,
    sha256: row.sha256 as string,
    modified: row.modified as string,
  };
}

export function apps(db: DatabaseSync): AppRow[] {
  return (db.prepare('SELECT * FROM app_catalog ORDER BY file_name').all() as Row[]).map(toApp);
}

export function app(db: DatabaseSync, id: string): AppRow | undefined {
  const row = db.prepare('SELECT * FROM app_catalog WHERE id = ? COLLATE NOCASE').get(id) as Row | undefined;
  return row ? toApp(row) : undefined;
}

/** Adds or replaces a package; a replaced package is no longer deployed until deployed again. */
export function saveApp(db: DatabaseSync, fileName: string, content: Buffer, manifest: { title: string; productId: string; version: string; skipFeatureDeployment: boolean }): AppRow {
  const existing = db.prepare('SELECT id FROM app_catalog WHERE file_name = ?').get(fileName) as Row | undefined;
  const id = (existing?.id as string | undefined) ?? guidFromName(`app:${fileName.toLowerCase()}`);
  const modified = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  db.prepare(
    `INSERT INTO app_catalog (id, file_name, title, product_id, version, skip_feature_deployment, deployed, size, sha256, modified)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, product_id = excluded.product_id, version = excluded.version,
       skip_feature_deployment = excluded.skip_feature_deployment, deployed = 0, size = excluded.size, sha256 = excluded.sha256, modified = excluded.modified`,
  ).run(id, fileName, manifest.title, manifest.productId, manifest.version, manifest.skipFeatureDeployment ? 1 : 0, content.length, createHash('sha256').update(content).digest('hex'), modified);
  return app(db, id)!;
}

export function deployApp(db: DatabaseSync, id: string, skipFeatureDeployment: boolean): void {
  db.prepare('UPDATE app_catalog SET deployed = 1, skip_feature_deployment = ? WHERE id = ?').run(skipFeatureDeployment ? 1 : 0, id);
}

export function setStorageEntity(db: DatabaseSync, key: string, value: string, description: string, comment: string): void {
  db.prepare(
    `INSERT INTO storage_entities (key, value, description, comment) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, description = excluded.description, comment = excluded.comment`,
  ).run(key, value, description, comment);
}

export { CREATED as SEED_SITES_CREATED };
