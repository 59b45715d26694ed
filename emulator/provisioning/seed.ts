import type { DatabaseSync } from 'node:sqlite';
import { guidFromName } from '../seed/random.ts';
import { addEventReceiver, addField, addPageColumns, setColumnIndexed, addSitePermission, APP_CATALOG_PATH, ADMIN_PERSONA, createSite, registerHub, SEED_SITES_CREATED } from './store.ts';

/**
 * The tenant admin, the app catalog and (in the full tenant) the hubs as the setup command
 * would leave them; or, with `--empty`, a tenant with only the root site, the app catalog and
 * the people, for the setup command to set up.
 */

type Row = Record<string, unknown>;

/** The two fields and two event receivers SharePoint adds when audience targeting is switched on for a library. */
export const AUDIENCE_TARGET_FIELD = { id: '7f759147-c861-4cd6-a11f-5aa3037d9634', name: '_ModernAudienceTargetUserField', title: 'Audience', type: 'UserMulti' };
export const AUDIENCE_IDS_FIELD = { name: '_ModernAudienceAadObjectIds', title: 'AudienceIds', type: 'LookupMulti' };
export const AUDIENCE_RECEIVER = { className: 'Microsoft.SharePoint.Portal.AudienceEventRecevier', assembly: 'Microsoft.SharePoint.Portal, Version=16.0.0.0, Culture=neutral, PublicKeyToken=71e9bce111e9429c' };

/** The tenant admin's address, kept free when the people are generated (emulator/seed/directory.ts). */
export const ADMIN_UPN = 'lena.forsberg@eksjo.se';

const ADMIN = {
  givenName: 'Lena',
  surname: 'Forsberg',
  upn: ADMIN_UPN,
  jobTitle: 'IT-administratör',
  department: 'Kommunledningsförvaltningen',
  office: 'IT och digitalisering, Eksjö',
};

function insertAdmin(db: DatabaseSync): string {
  const id = guidFromName('user:admin');
  const spId = ((db.prepare('SELECT MAX(sp_id) AS max FROM users').get() as Row).max as number) + 1;
  const chief = db.prepare("SELECT id FROM users WHERE municipality_id = 'eksjo' AND manager_id IS NULL").get() as Row | undefined;
  db.prepare(
    `INSERT INTO users (id, user_principal_name, mail, given_name, surname, display_name, job_title, department, office_location,
       company_name, business_phone, mobile_phone, municipality_id, manager_id, is_manager, persona_key, sp_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, ADMIN.upn, ADMIN.upn, ADMIN.givenName, ADMIN.surname, `${ADMIN.givenName} ${ADMIN.surname}`, ADMIN.jobTitle, ADMIN.department, ADMIN.office,
    'Eksjö kommun', '0381-360 00', '070-123 45 67', 'eksjo', (chief?.id as string | undefined) ?? null, 0, ADMIN_PERSONA, spId);
  db.prepare('INSERT INTO tenant_admins (user_id) VALUES (?)').run(id);
  return id;
}

/** The tenant app catalog: owned by the admin, read by everyone (as in SharePoint, so apps can be installed and tenant properties read). */
function appCatalog(db: DatabaseSync, adminId: string, readers: string[]): void {
  const site = createSite(db, { path: APP_CATALOG_PATH, title: 'Appkatalog', description: 'Appar för organisationen.', ownerId: adminId, created: SEED_SITES_CREATED });
  for (const id of readers) addSitePermission(db, site.id, id, 'visitor');
}

export function enableAudienceTargeting(db: DatabaseSync, listId: string, webId: string, sitePath: string): void {
  const targetXml = `<Field ID="{${AUDIENCE_TARGET_FIELD.id}}" Type="UserMulti" List="UserInfo" Name="${AUDIENCE_TARGET_FIELD.name}" StaticName="${AUDIENCE_TARGET_FIELD.name}" DisplayName="Audience" Required="FALSE" Mult="TRUE" UserSelectionMode="GroupsOnly" ShowInListSettings="FALSE" />`;
  const idsId = guidFromName(`field:${sitePath}:${AUDIENCE_IDS_FIELD.name}`);
  const idsXml = `<Field ID="{${idsId}}" Type="LookupMulti" DisplayName="AudienceIds" List="{${guidFromName(`list:${sitePath}:User Information List`)}}" WebId="${webId}" FieldRef="${AUDIENCE_TARGET_FIELD.id}" ReadOnly="TRUE" Mult="TRUE" Name="${AUDIENCE_IDS_FIELD.name}" StaticName="${AUDIENCE_IDS_FIELD.name}" ShowField="_AadObjectIdForUser" ShowInListSettings="FALSE" />`;
  addField(db, { scopeId: listId, id: AUDIENCE_TARGET_FIELD.id, internalName: AUDIENCE_TARGET_FIELD.name, title: 'Audience', type: 'UserMulti', group: '', schemaXml: targetXml });
  addField(db, { scopeId: listId, id: idsId, internalName: AUDIENCE_IDS_FIELD.name, title: 'AudienceIds', type: 'LookupMulti', group: '', schemaXml: idsXml });
  for (const eventType of [1, 2]) {
    addEventReceiver(db, {
      listId,
      receiverId: guidFromName(`receiver:${listId}:${eventType}`),
      receiverName: '',
      receiverClass: AUDIENCE_RECEIVER.className,
      receiverAssembly: AUDIENCE_RECEIVER.assembly,
      eventType,
      sequenceNumber: 10000,
      synchronization: 1,
    });
  }
}

/** The full demo tenant: an admin (owner of the sites setup creates), the app catalog, the three hubs registered with audience targeting on. */
export function seedProvisioning(db: DatabaseSync): void {
  const adminId = insertAdmin(db);
  const roots = (db.prepare('SELECT root_group_id FROM municipalities').all() as Row[]).map((r) => r.root_group_id as string);
  appCatalog(db, adminId, roots);
  const hubs = db.prepare('SELECT m.hub_path AS path, m.name AS name FROM municipalities m ORDER BY m.sort_order').all() as Row[];
  const targeted = [...hubs.map((h) => h.path as string), '/sites/gemensamt'];
  // The admin who ran the setup created the hubs and the shared site, so owns them (their site
  // admin), and owns the root site as in the empty tenant. That, not the admin role, is their access.
  for (const path of ['/', ...targeted]) {
    const site = db.prepare('SELECT id FROM sites WHERE path = ?').get(path) as Row | undefined;
    if (site) addSitePermission(db, site.id as string, adminId, 'owner');
  }
  for (const hub of hubs) {
    const site = db.prepare('SELECT id FROM sites WHERE path = ?').get(hub.path as string) as Row | undefined;
    if (site) registerHub(db, site.id as string, hub.name as string);
  }
  for (const path of targeted) {
    const row = db.prepare("SELECT l.id AS list_id, s.web_id AS web_id FROM lists l JOIN sites s ON s.id = l.site_id WHERE s.path = ? AND l.title = 'Site Pages'").get(path) as Row | undefined;
    if (row) enableAudienceTargeting(db, row.list_id as string, row.web_id as string, path);
  }
  // Every seeded page library: the seed's pages carry owners, review dates, boosts and provenance.
  for (const row of db.prepare('SELECT id FROM lists WHERE template = 119').all() as Row[]) addPageColumns(db, row.id as string);
  // The indexes the setup command creates (setup/steps.ts, INDEXED_COLUMNS, and the lists' Indexed columns).
  for (const row of db.prepare('SELECT id, title FROM lists').all() as Row[]) {
    for (const name of SEEDED_INDEXES[row.title as string] ?? []) setColumnIndexed(db, row.id as string, name, true);
  }
}

/** Indexed columns of a set-up tenant's lists, by list title: what the services filter and sort on. */
export const SEEDED_INDEXES: Readonly<Record<string, readonly string[]>> = {
  'Site Pages': ['FirstPublishedDate', 'PromotedState', 'Title', 'SamverkaCopiedAt', 'SamverkaSourceKey'],
  Erbjudanden: ['SamverkaToMunicipality', 'SamverkaOfferStatus'],
  Läsbekräftelser: ['SamverkaReader', 'SamverkaPageBucket'],
};

/**
 * `--empty`: the people stay (an organisation's accounts exist before its intranet does), the
 * groups, hubs, news and tenant configuration are left for the setup command to create.
 */
export function seedEmptyTenant(db: DatabaseSync): void {
  db.exec('DELETE FROM employments; DELETE FROM group_members; DELETE FROM groups;');
  const adminId = insertAdmin(db);
  const root = createSite(db, { path: '/', title: 'Intranät', description: 'Ingång till kommunernas intranät.', created: SEED_SITES_CREATED });
  // Everyone in the organisation reads the root site, as "Everyone except external users" does.
  const everyone = (db.prepare('SELECT id FROM users').all() as Row[]).map((r) => r.id as string);
  for (const id of everyone) addSitePermission(db, root.id, id, 'visitor');
  addSitePermission(db, root.id, adminId, 'owner');
  appCatalog(db, adminId, everyone);
  db.prepare("INSERT INTO meta (key, value) VALUES ('empty', '1')").run();
}
