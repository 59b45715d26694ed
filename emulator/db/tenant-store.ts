import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { GroupRecord, ListItemRecord, ListRecord, SiteRecord, SiteRole, StorageEntityRecord, UserRecord } from './records.ts';

type Row = Record<string, unknown>;

const USER_COLUMNS = `id, user_principal_name, mail, given_name, surname, display_name, job_title, department, office_location,
  company_name, business_phone, mobile_phone, municipality_id, manager_id, is_manager, persona_key, sp_id, account_enabled`;

function toUser(row: Row): UserRecord {
  return {
    id: row.id as string,
    userPrincipalName: row.user_principal_name as string,
    mail: row.mail as string,
    givenName: row.given_name as string,
    surname: row.surname as string,
    displayName: row.display_name as string,
    jobTitle: row.job_title as string,
    department: row.department as string,
    officeLocation: row.office_location as string,
    companyName: row.company_name as string,
    businessPhone: row.business_phone as string,
    mobilePhone: row.mobile_phone as string,
    municipalityId: row.municipality_id as string,
    managerId: (row.manager_id as string | null) ?? null,
    isManager: row.is_manager === 1,
    personaKey: (row.persona_key as string | null) ?? null,
    spId: row.sp_id as number,
    accountEnabled: row.account_enabled !== 0,
  };
}

function toGroup(row: Row): GroupRecord {
  return {
    id: row.id as string,
    displayName: row.display_name as string,
    description: row.description as string,
    mailNickname: row.mail_nickname as string,
    kind: row.kind as string,
    municipalityId: (row.municipality_id as string | null) ?? null,
    spId: row.sp_id as number,
  };
}

function toSite(row: Row): SiteRecord {
  return {
    id: row.id as string,
    webId: row.web_id as string,
    path: row.path as string,
    title: row.title as string,
    description: row.description as string,
    municipalityId: (row.municipality_id as string | null) ?? null,
    created: row.created as string,
  };
}

function toList(row: Row): ListRecord {
  return {
    id: row.id as string,
    siteId: row.site_id as string,
    title: row.title as string,
    url: row.url as string,
    template: row.template as number,
    description: row.description as string,
    created: row.created as string,
  };
}

/**
 * Read access to the tenant database for the request handlers. The directory and sites are
 * small and read on every request, so their statements are prepared once; list items are parsed
 * once per list and kept until the list changes (`listChanged`).
 */
export class TenantStore {
  readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private readonly itemCache = new Map<string, ListItemRecord[]>();
  private readonly principalCache = new Map<string, ReadonlySet<string>>();
  private readonly memberUsersCache = new Map<string, readonly UserRecord[]>();

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  private statement(sql: string): StatementSync {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  meta(key: string): string | undefined {
    const row = this.statement('SELECT value FROM meta WHERE key = ?').get(key) as Row | undefined;
    return row?.value as string | undefined;
  }

  // Directory

  userByPersona(key: string): UserRecord | undefined {
    const row = this.statement(`SELECT ${USER_COLUMNS} FROM users WHERE persona_key = ?`).get(key) as Row | undefined;
    return row ? toUser(row) : undefined;
  }

  /** A user by object id or user principal name (case-insensitive), as Graph's /users/{id | upn}. */
  user(idOrUpn: string): UserRecord | undefined {
    const row = this.statement(`SELECT ${USER_COLUMNS} FROM users WHERE id = ? COLLATE NOCASE OR user_principal_name = ?`).get(idOrUpn, idOrUpn) as Row | undefined;
    return row ? toUser(row) : undefined;
  }

  userBySpId(spId: number): UserRecord | undefined {
    const row = this.statement(`SELECT ${USER_COLUMNS} FROM users WHERE sp_id = ?`).get(spId) as Row | undefined;
    return row ? toUser(row) : undefined;
  }

  users(): UserRecord[] {
    return (this.statement(`SELECT ${USER_COLUMNS} FROM users ORDER BY sp_id`).all() as Row[]).map(toUser);
  }

  personas(): UserRecord[] {
    return (this.statement(`SELECT ${USER_COLUMNS} FROM users WHERE persona_key IS NOT NULL ORDER BY sp_id`).all() as Row[]).map(toUser);
  }

  group(id: string): GroupRecord | undefined {
    const row = this.statement('SELECT * FROM groups WHERE id = ? COLLATE NOCASE').get(id) as Row | undefined;
    return row ? toGroup(row) : undefined;
  }

  groups(): GroupRecord[] {
    return (this.statement('SELECT * FROM groups ORDER BY sp_id').all() as Row[]).map(toGroup);
  }

  /** Groups the principal is a direct member of. */
  memberOf(principalId: string): GroupRecord[] {
    const rows = this.statement(
      'SELECT g.* FROM groups g JOIN group_members m ON m.group_id = g.id WHERE m.member_id = ? ORDER BY g.display_name',
    ).all(principalId) as Row[];
    return rows.map(toGroup);
  }

  /** Every group the principal is a member of, directly or through nested groups. */
  transitiveMemberOf(principalId: string): GroupRecord[] {
    const rows = this.statement(
      `WITH RECURSIVE containers(id) AS (
         SELECT group_id FROM group_members WHERE member_id = ?
         UNION
         SELECT m.group_id FROM group_members m JOIN containers c ON m.member_id = c.id
       )
       SELECT g.* FROM groups g JOIN containers c ON c.id = g.id ORDER BY g.display_name, g.id`,
    ).all(principalId) as Row[];
    return rows.map(toGroup);
  }

  /**
   * The users in a group, directly or through nested groups, each once, by id: Graph's
   * transitiveMembers cast to users, asked of the database rather than of every user's groups;
   * kept until memberships change, as a large group's parts each ask for it.
   */
  transitiveMemberUsers(groupId: string): readonly UserRecord[] {
    const known = this.memberUsersCache.get(groupId);
    if (known) return known;
    const rows = this.statement(
      `WITH RECURSIVE members(id) AS (
         SELECT member_id FROM group_members WHERE group_id = ?
         UNION
         SELECT m.member_id FROM group_members m JOIN members c ON m.group_id = c.id
       )
       SELECT ${USER_COLUMNS} FROM users WHERE id IN (SELECT id FROM members) ORDER BY id`,
    ).all(groupId) as Row[];
    const users = rows.map(toUser);
    this.memberUsersCache.set(groupId, users);
    return users;
  }

  /** The user's id and the ids of all their groups: what permissions and audiences are checked against. */
  principals(userId: string): ReadonlySet<string> {
    let principals = this.principalCache.get(userId);
    if (!principals) {
      principals = new Set([userId, ...this.transitiveMemberOf(userId).map((g) => g.id)]);
      this.principalCache.set(userId, principals);
    }
    return principals;
  }

  /** Call after changing group memberships. */
  membershipChanged(): void {
    this.principalCache.clear();
    this.memberUsersCache.clear();
  }

  // Sites and permissions

  sites(): SiteRecord[] {
    return (this.statement('SELECT * FROM sites ORDER BY path').all() as Row[]).map(toSite);
  }

  siteByPath(path: string): SiteRecord | undefined {
    const row = this.statement('SELECT * FROM sites WHERE path = ?').get(path) as Row | undefined;
    return row ? toSite(row) : undefined;
  }

  /** Principals with any role on the site: the ones who can read it. */
  siteReaders(siteId: string): string[] {
    return (this.statement('SELECT DISTINCT principal_id FROM site_permissions WHERE site_id = ?').all(siteId) as Row[]).map((r) => r.principal_id as string);
  }

  /** The roles a user holds on a site through any of their principals. */
  siteRoles(siteId: string, principals: ReadonlySet<string>): Set<SiteRole> {
    const roles = new Set<SiteRole>();
    for (const row of this.statement('SELECT principal_id, role FROM site_permissions WHERE site_id = ?').all(siteId) as Row[]) {
      if (principals.has(row.principal_id as string)) roles.add(row.role as SiteRole);
    }
    return roles;
  }

  canRead(siteId: string, principals: ReadonlySet<string>): boolean {
    return this.siteRoles(siteId, principals).size > 0;
  }

  // Lists

  lists(siteId: string): ListRecord[] {
    return (this.statement('SELECT * FROM lists WHERE site_id = ? ORDER BY title').all(siteId) as Row[]).map(toList);
  }

  listByTitle(siteId: string, title: string): ListRecord | undefined {
    const row = this.statement('SELECT * FROM lists WHERE site_id = ? AND title = ? COLLATE NOCASE').get(siteId, title) as Row | undefined;
    return row ? toList(row) : undefined;
  }

  listById(siteId: string, id: string): ListRecord | undefined {
    const row = this.statement('SELECT * FROM lists WHERE site_id = ? AND id = ? COLLATE NOCASE').get(siteId, id) as Row | undefined;
    return row ? toList(row) : undefined;
  }

  /** All items of a list in id order. The returned records are shared: do not mutate them. */
  listItems(listId: string): readonly ListItemRecord[] {
    let items = this.itemCache.get(listId);
    if (!items) {
      items = (this.statement('SELECT id, unique_id, fields FROM list_items WHERE list_id = ? ORDER BY id').all(listId) as Row[]).map((row) => ({
        id: row.id as number,
        uniqueId: row.unique_id as string,
        fields: JSON.parse(row.fields as string) as Record<string, unknown>,
      }));
      this.itemCache.set(listId, items);
    }
    return items;
  }

  /**
   * The id the next item of a list gets: one above every id the list has had. SharePoint counts a
   * list's item ids up and does not give a removed item's id to a new one, so an old link or a
   * stale id never reaches another item. Read from the primary key's index, not the items: a list
   * of 200,000 confirmations costs the same as an empty one. Seeds that insert items with their own
   * ids are covered, as the highest id in the list counts too.
   */
  nextItemId(listId: string): number {
    const used = (this.statement('SELECT MAX(id) AS max FROM list_items WHERE list_id = ?').get(listId) as Row).max as number | null;
    const given = this.statement('SELECT last_id FROM list_item_ids WHERE list_id = ?').get(listId) as Row | undefined;
    const next = Math.max(used ?? 0, given ? (given.last_id as number) : 0) + 1;
    this.statement('INSERT INTO list_item_ids (list_id, last_id) VALUES (?, ?) ON CONFLICT(list_id) DO UPDATE SET last_id = excluded.last_id').run(listId, next);
    return next;
  }

  /** Call after writing items of a list. */
  listChanged(listId: string): void {
    this.itemCache.delete(listId);
  }

  // Tenant properties

  storageEntity(key: string): StorageEntityRecord | undefined {
    const row = this.statement('SELECT * FROM storage_entities WHERE key = ?').get(key) as Row | undefined;
    return row ? { key: row.key as string, value: row.value as string, description: row.description as string, comment: row.comment as string } : undefined;
  }
}
