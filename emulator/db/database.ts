import type { DatabaseSync } from 'node:sqlite';
import { PROVISIONING_SCHEMA } from '../provisioning/schema.ts';

/**
 * Opens the tenant database. node:sqlite is loaded here, at run time, rather than imported,
 * because importing it prints an "experimental feature" warning on every start and the local
 * tenant is meant to be quiet; only that one warning is dropped.
 */
export function openDatabase(path: string = ':memory:'): DatabaseSync {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const message = typeof warning === 'string' ? warning : warning.message;
    if (/SQLite is an experimental feature/.test(message)) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    const sqlite = process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite');
    const db = new sqlite.DatabaseSync(path);
    db.exec('PRAGMA foreign_keys = ON');
    if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
    return db;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** Bump when the tables or the seeded rights change: a file database of another version is seeded again. */
export const SCHEMA_VERSION = 13;

export const SCHEMA = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE municipalities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  email_domain TEXT NOT NULL,
  hub_path TEXT NOT NULL,
  root_group_id TEXT NOT NULL,
  all_staff_group_id TEXT NOT NULL,
  managers_group_id TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);
CREATE TABLE groups (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL,
  mail_nickname TEXT NOT NULL,
  kind TEXT NOT NULL,
  municipality_id TEXT REFERENCES municipalities(id),
  forvaltning TEXT,
  unit TEXT,
  sp_id INTEGER NOT NULL UNIQUE
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  user_principal_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  mail TEXT NOT NULL,
  given_name TEXT NOT NULL,
  surname TEXT NOT NULL,
  display_name TEXT NOT NULL,
  job_title TEXT NOT NULL,
  department TEXT NOT NULL,
  office_location TEXT NOT NULL,
  company_name TEXT NOT NULL,
  business_phone TEXT NOT NULL,
  mobile_phone TEXT NOT NULL,
  municipality_id TEXT NOT NULL REFERENCES municipalities(id),
  manager_id TEXT,
  is_manager INTEGER NOT NULL,
  persona_key TEXT UNIQUE,
  sp_id INTEGER NOT NULL UNIQUE,
  -- Graph's accountEnabled: 0 for people who have left (their content needs a new owner).
  account_enabled INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE employments (
  user_id TEXT NOT NULL REFERENCES users(id),
  group_id TEXT NOT NULL REFERENCES groups(id),
  municipality_id TEXT NOT NULL REFERENCES municipalities(id),
  forvaltning TEXT NOT NULL,
  unit TEXT,
  job_title TEXT NOT NULL,
  is_primary INTEGER NOT NULL,
  PRIMARY KEY (user_id, group_id)
);
CREATE TABLE group_members (
  group_id TEXT NOT NULL REFERENCES groups(id),
  member_id TEXT NOT NULL,
  member_type TEXT NOT NULL CHECK (member_type IN ('user', 'group')),
  PRIMARY KEY (group_id, member_id)
);
CREATE INDEX group_members_by_member ON group_members(member_id);
CREATE TABLE sites (
  id TEXT PRIMARY KEY,
  web_id TEXT NOT NULL,
  path TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  municipality_id TEXT REFERENCES municipalities(id),
  created TEXT NOT NULL
);
-- SharePoint roles of principals (users or groups) on a site: 'owner', 'member' or 'visitor'.
CREATE TABLE site_permissions (
  site_id TEXT NOT NULL REFERENCES sites(id),
  principal_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'member', 'visitor')),
  PRIMARY KEY (site_id, principal_id, role)
);
CREATE TABLE lists (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id),
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  template INTEGER NOT NULL,
  description TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE UNIQUE INDEX lists_by_title ON lists(site_id, title COLLATE NOCASE);
-- List items keep their fields as JSON (REST field names, URLs server-relative), as list
-- schemas differ per list and later capabilities add lists.
CREATE TABLE list_items (
  list_id TEXT NOT NULL REFERENCES lists(id),
  id INTEGER NOT NULL,
  unique_id TEXT NOT NULL UNIQUE,
  fields TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
-- The highest item id each list has given (TenantStore.nextItemId): a removed item's id is not
-- given again, as SharePoint counts a list's ids up.
CREATE TABLE list_item_ids (
  list_id TEXT PRIMARY KEY REFERENCES lists(id),
  last_id INTEGER NOT NULL
);
-- The bytes of a library's files (emulator/sharepoint/files.ts): one row per file item, its
-- version counted up by each write of its content.
CREATE TABLE sp_file_contents (
  list_id TEXT NOT NULL REFERENCES lists(id),
  item_id INTEGER NOT NULL,
  content BLOB NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (list_id, item_id)
);
CREATE TABLE storage_entities (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  description TEXT NOT NULL,
  comment TEXT NOT NULL
);
` + PROVISIONING_SCHEMA;
