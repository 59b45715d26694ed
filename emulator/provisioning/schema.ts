/**
 * Tables of what the setup command provisions (issue 7): tenant admins, hub sites and their
 * associations, site and list columns, content types, list event receivers and the tenant app
 * catalog; list permissions, item-level security and unique columns. Appended to the tenant schema (db/database.ts).
 */
export const PROVISIONING_SCHEMA = `
-- Accounts with SharePoint's and Entra's administrator roles (the setup command's caller).
CREATE TABLE tenant_admins (
  user_id TEXT PRIMARY KEY,
  role TEXT NOT NULL DEFAULT 'SharePoint Administrator, Groups Administrator'
);
CREATE TABLE hub_sites (
  site_id TEXT PRIMARY KEY,
  title TEXT NOT NULL
);
CREATE TABLE hub_associations (
  site_id TEXT PRIMARY KEY,
  hub_site_id TEXT NOT NULL
);
-- Columns of a web (scope = web id) or of a list (scope = list id).
CREATE TABLE sp_fields (
  scope_id TEXT NOT NULL,
  id TEXT NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  field_group TEXT NOT NULL,
  schema_xml TEXT NOT NULL,
  PRIMARY KEY (scope_id, internal_name)
);
-- Content types of a web (scope = web id) or of a list (scope = list id); field_names is JSON.
CREATE TABLE sp_content_types (
  scope_id TEXT NOT NULL,
  id TEXT NOT NULL COLLATE NOCASE,
  name TEXT NOT NULL,
  content_type_group TEXT NOT NULL,
  description TEXT NOT NULL,
  field_names TEXT NOT NULL,
  PRIMARY KEY (scope_id, id)
);
CREATE TABLE sp_event_receivers (
  list_id TEXT NOT NULL,
  receiver_id TEXT NOT NULL,
  receiver_name TEXT NOT NULL,
  receiver_class TEXT NOT NULL,
  receiver_assembly TEXT NOT NULL,
  event_type INTEGER NOT NULL,
  sequence_number INTEGER NOT NULL,
  synchronization INTEGER NOT NULL,
  PRIMARY KEY (list_id, receiver_id)
);
-- Columns a list has indexed (SP.Field.Indexed), by internal name; ID is always indexed.
CREATE TABLE sp_field_indexes (
  list_id TEXT NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (list_id, internal_name)
);
-- A list's "Allow management of content types" when set through REST (lists.ts: the default by template).
CREATE TABLE sp_list_settings (
  list_id TEXT PRIMARY KEY,
  content_types_enabled INTEGER NOT NULL
);
-- A list's item-level permissions and search setting (SP.List ReadSecurity, WriteSecurity, NoCrawl), once
-- set, and whether it has its own role assignments (breakroleinheritance) rather than its site's.
CREATE TABLE sp_list_security (
  list_id TEXT PRIMARY KEY,
  read_security INTEGER NOT NULL DEFAULT 1,
  write_security INTEGER NOT NULL DEFAULT 1,
  no_crawl INTEGER NOT NULL DEFAULT 0,
  unique_roles INTEGER NOT NULL DEFAULT 0
);
-- A list's versioning (SP.List EnableVersioning) once set; without a row a list keeps no versions.
CREATE TABLE sp_list_versioning (
  list_id TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL
);
-- The versions of items of a versioned list (sharepoint/item-versions.ts): every field of each major version.
CREATE TABLE sp_item_versions (
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  fields TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version)
);
CREATE TABLE sp_list_role_assignments (
  list_id TEXT NOT NULL,
  principal_id TEXT NOT NULL,
  role_definition_id INTEGER NOT NULL,
  PRIMARY KEY (list_id, principal_id, role_definition_id)
);
-- Permission levels a site owner added (POST web/roledefinitions); the built-in ones are in sharepoint/list-security.ts.
CREATE TABLE sp_role_definitions (
  site_id TEXT NOT NULL,
  id INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  high TEXT NOT NULL,
  low TEXT NOT NULL,
  PRIMARY KEY (site_id, id)
);
-- List columns that enforce unique values (SP.Field.EnforceUniqueValues).
CREATE TABLE sp_unique_columns (
  list_id TEXT NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (list_id, internal_name)
);
CREATE TABLE app_catalog (
  id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  product_id TEXT NOT NULL,
  version TEXT NOT NULL,
  skip_feature_deployment INTEGER NOT NULL,
  deployed INTEGER NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  modified TEXT NOT NULL
);
`;
