import type { DatabaseSync } from 'node:sqlite';
import { SCHEMA, SCHEMA_VERSION } from '../db/database.ts';
import { guidFromName } from './random.ts';
import { seedEmptyTenant, seedProvisioning } from '../provisioning/seed.ts';
import { MUNICIPALITIES, ROOT_SITE, SHARED_SITE } from './organisation.ts';
import { PERSONAS } from './personas.ts';
import { buildDirectory, groupKey, memberships } from './directory.ts';
import type { Directory } from './directory.ts';
import { buildNews, newsItemGuid, SEED_DATE } from './news.ts';
import type { SeedNewsPage } from './news.ts';
import { seedContentHealth } from './content-health.ts';
import { writeGuidePictureLibrary, writeGuides } from './guides.ts';
import { writeReuseLists } from './reuse.ts';
import { seedMustRead, writeConfirmationList, writeSummaryLibrary } from './must-read.ts';
import { NEWS_THEMES } from './news-themes.ts';

/** Writes a complete tenant for a seed number into an empty database. */

export interface SeedOptions {
  seed: number;
  /** Number of news pages (the fixed facts included). */
  news: number;
  /** Only the root site, the app catalog and the people: a tenant for the setup command (issue 7). */
  empty?: boolean;
  /** People in the three municipalities together (about 650 when absent): `--people 10000`. */
  people?: number;
}

export interface SeedSummary {
  seed: number;
  news: number;
  users: number;
  groups: number;
}

export const TENANT_CONFIG_KEY = 'Samverka.TenantConfig';
export const SITE_PAGES = 'Site Pages';
/** Content type id of a modern site page (the SharePoint "Site Page" content type). */
export const SITE_PAGE_CONTENT_TYPE = '0x0101009D1CB255DA76424F860D91F20E6C4118';
const SITES_CREATED = '2019-03-14T09:12:00Z';
/** SharePoint principal ids: below this, ids belong to built-in accounts. */
const FIRST_USER_SP_ID = 10;
const FIRST_GROUP_SP_ID = 5000;

export function siteIds(path: string): { siteId: string; webId: string; sitePagesListId: string; siteAssetsListId: string } {
  return {
    siteId: guidFromName(`site:${path}`),
    webId: guidFromName(`web:${path}`),
    sitePagesListId: guidFromName(`list:${path}:${SITE_PAGES}`),
    siteAssetsListId: guidFromName(`list:${path}:Site Assets`),
  };
}

function sitePagesUrl(path: string, file: string): string {
  return `${path === '/' ? '' : path}/SitePages/${file}`;
}

export function seedTenant(db: DatabaseSync, options: SeedOptions): SeedSummary {
  const directory = buildDirectory(options.seed, options.people);
  const news = buildNews(options.seed, options.news, directory);
  db.exec(SCHEMA);
  db.exec('BEGIN');
  try {
    writeMeta(db, options);
    const spIds = writeDirectory(db, directory);
    if (options.empty) {
      seedEmptyTenant(db);
      db.exec('COMMIT');
      return { seed: options.seed, news: 0, users: directory.users.length + 1, groups: 0 };
    }
    writeSites(db, directory);
    writePages(db, options.seed, news, spIds);
    seedContentHealth(db, options.seed);
    const routines = new Set(news.filter((p) => NEWS_THEMES.find((t) => t.key === p.themeKey)?.mustRead).map((p) => `${p.sitePath}|${p.title}`));
    seedMustRead(db, routines);
    writeTenantConfig(db, directory);
    writeGuides(db, options.seed, directory, spIds.user);
    writeGuidePictureLibrary(db);
    writeReuseLists(db);
    writeConfirmationList(db);
    writeSummaryLibrary(db);
    seedProvisioning(db);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return { seed: options.seed, news: news.length, users: directory.users.length, groups: directory.groups.length };
}

/**
 * For a database file: seeds it unless it already holds this seed, news count and schema, so
 * `npm start` restarts fast. Returns whether it seeded.
 */
export function ensureSeeded(db: DatabaseSync, options: SeedOptions): boolean {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (hasMeta) {
    const meta = Object.fromEntries((db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]));
    if (meta.schemaVersion === String(SCHEMA_VERSION) && meta.seed === String(options.seed) && meta.news === String(options.news) && (meta.people ?? '') === String(options.people ?? '') && (meta.empty === '1') === (options.empty === true)) return false;
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
    db.exec('PRAGMA foreign_keys = OFF');
    for (const { name } of tables) db.exec(`DROP TABLE IF EXISTS "${name}"`);
    db.exec('PRAGMA foreign_keys = ON');
  }
  seedTenant(db, options);
  return true;
}

function writeMeta(db: DatabaseSync, options: SeedOptions): void {
  const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  insert.run('schemaVersion', String(SCHEMA_VERSION));
  insert.run('seed', String(options.seed));
  insert.run('news', String(options.news));
  if (options.people !== undefined) insert.run('people', String(options.people));
  insert.run('seedDate', SEED_DATE);
}

interface SpIds {
  user: Map<string, number>;
  group: Map<string, number>;
}

function writeDirectory(db: DatabaseSync, directory: Directory): SpIds {
  const insertMunicipality = db.prepare(
    'INSERT INTO municipalities (id, name, short_name, email_domain, hub_path, root_group_id, all_staff_group_id, managers_group_id, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  MUNICIPALITIES.forEach((m, i) => {
    const id = (kind: 'root' | 'allStaff' | 'managers'): string => directory.groupIdByKey.get(groupKey(m.id, kind))!;
    insertMunicipality.run(m.id, m.name, m.shortName, m.emailDomain, m.hubPath, id('root'), id('allStaff'), id('managers'), i);
  });

  const spIds: SpIds = { user: new Map(), group: new Map() };
  const insertGroup = db.prepare(
    'INSERT INTO groups (id, display_name, description, mail_nickname, kind, municipality_id, forvaltning, unit, sp_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  directory.groups.forEach((g, i) => {
    spIds.group.set(g.id, FIRST_GROUP_SP_ID + i);
    insertGroup.run(g.id, g.displayName, g.description, g.mailNickname, g.kind, g.municipalityId, g.forvaltning ?? null, g.unit ?? null, FIRST_GROUP_SP_ID + i);
  });

  const insertUser = db.prepare(
    `INSERT INTO users (id, user_principal_name, mail, given_name, surname, display_name, job_title, department, office_location,
       company_name, business_phone, mobile_phone, municipality_id, manager_id, is_manager, persona_key, sp_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEmployment = db.prepare(
    'INSERT INTO employments (user_id, group_id, municipality_id, forvaltning, unit, job_title, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  directory.users.forEach((u, i) => {
    spIds.user.set(u.id, FIRST_USER_SP_ID + i);
    insertUser.run(
      u.id, u.userPrincipalName, u.mail, u.givenName, u.surname, u.displayName, u.jobTitle, u.department, u.officeLocation,
      u.companyName, u.businessPhone, u.mobilePhone, u.municipalityId, u.managerId, u.isManager ? 1 : 0, u.personaKey, FIRST_USER_SP_ID + i,
    );
    for (const e of u.employments) {
      insertEmployment.run(u.id, e.groupId, e.municipalityId, e.forvaltning, e.unit, e.jobTitle, e.primary ? 1 : 0);
    }
  });

  const insertMember = db.prepare('INSERT INTO group_members (group_id, member_id, member_type) VALUES (?, ?, ?)');
  for (const row of memberships(directory)) insertMember.run(row.groupId, row.memberId, row.memberType);
  return spIds;
}

function writeSites(db: DatabaseSync, directory: Directory): void {
  const insertSite = db.prepare('INSERT INTO sites (id, web_id, path, title, description, municipality_id, created) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertPermission = db.prepare('INSERT INTO site_permissions (site_id, principal_id, role) VALUES (?, ?, ?)');
  const insertList = db.prepare('INSERT INTO lists (id, site_id, title, url, template, description, created) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const roots = MUNICIPALITIES.map((m) => directory.groupIdByKey.get(groupKey(m.id, 'root'))!);
  const communicators = (municipalityId: string): string => directory.groupIdByKey.get(groupKey(municipalityId, 'unit', 'Kommunikation'))!;

  const sites: Array<{ path: string; title: string; description: string; municipalityId: string | null; visitors: string[]; members: string[]; owners: string[] }> = [
    { path: ROOT_SITE.path, title: ROOT_SITE.title, description: ROOT_SITE.description, municipalityId: null, visitors: roots, members: [], owners: [] },
    ...MUNICIPALITIES.map((m) => ({
      path: m.hubPath,
      title: m.name,
      description: `Intranät för medarbetare i ${m.name}.`,
      municipalityId: m.id,
      // The other municipalities' communicators read the hub too: they borrow its pages (issue 4).
      visitors: [directory.groupIdByKey.get(groupKey(m.id, 'root'))!, ...MUNICIPALITIES.filter((o) => o.id !== m.id).map((o) => communicators(o.id))],
      members: [communicators(m.id)],
      owners: [],
    })),
    { path: SHARED_SITE.path, title: SHARED_SITE.title, description: SHARED_SITE.description, municipalityId: null, visitors: roots, members: MUNICIPALITIES.map((m) => communicators(m.id)), owners: [] },
  ];
  for (const persona of PERSONAS) {
    const user = directory.users.find((u) => u.personaKey === persona.key)!;
    for (const path of persona.editorOf) {
      const site = sites.find((s) => s.path === path)!;
      site.members.push(user.id);
      site.owners.push(user.id);
    }
  }

  for (const site of sites) {
    const ids = siteIds(site.path);
    insertSite.run(ids.siteId, ids.webId, site.path, site.title, site.description, site.municipalityId, SITES_CREATED);
    for (const id of site.visitors) insertPermission.run(ids.siteId, id, 'visitor');
    for (const id of site.members) insertPermission.run(ids.siteId, id, 'member');
    for (const id of site.owners) insertPermission.run(ids.siteId, id, 'owner');
    const prefix = site.path === '/' ? '' : site.path;
    insertList.run(ids.sitePagesListId, ids.siteId, SITE_PAGES, `${prefix}/SitePages`, 119, 'Sidor på webbplatsen', SITES_CREATED);
    insertList.run(ids.siteAssetsListId, ids.siteId, 'Site Assets', `${prefix}/SiteAssets`, 101, 'Bilder och filer för webbplatsen', SITES_CREATED);
  }
}

/** Every site's Site Pages: a home page and a contact page, then its news in date order. */
function writePages(db: DatabaseSync, seed: number, news: SeedNewsPage[], spIds: SpIds): void {
  const insertItem = db.prepare('INSERT INTO list_items (list_id, id, unique_id, fields) VALUES (?, ?, ?, ?)');
  const sitePaths = [ROOT_SITE.path, ...MUNICIPALITIES.map((m) => m.hubPath), SHARED_SITE.path];
  const nextId = new Map<string, number>();
  const systemAuthor = FIRST_USER_SP_ID; // the first seeded user set the sites up

  for (const path of sitePaths) {
    const listId = siteIds(path).sitePagesListId;
    const staticPages = [
      { file: 'Home.aspx', title: 'Start', description: '' },
      { file: 'Kontakta-oss.aspx', title: 'Kontakta oss', description: 'Vem gör vad på intranätet.' },
    ];
    staticPages.forEach((page, i) => {
      const uniqueId = guidFromName(`page:${path}:${page.file}`);
      const fields = {
        Title: page.title,
        Description: page.description,
        FileRef: sitePagesUrl(path, page.file),
        FileLeafRef: page.file,
        PromotedState: 0,
        FirstPublishedDate: SITES_CREATED,
        Created: SITES_CREATED,
        Modified: SITES_CREATED,
        BannerImageUrl: null,
        OData__ModernAudienceAadObjectIds: [],
        OData__ModernAudienceTargetUserFieldId: [],
        SamverkaBoostUntil: null,
        AuthorId: systemAuthor,
        EditorId: systemAuthor,
        ContentTypeId: `${SITE_PAGE_CONTENT_TYPE}00`,
        CanvasContent1: `<div><div data-sp-rte=""><p>${page.title}</p></div></div>`,
        PageLayoutType: i === 0 ? 'Home' : 'Article',
        OData__UIVersionString: '1.0',
        GUID: uniqueId,
      };
      insertItem.run(listId, i + 1, uniqueId, JSON.stringify(fields));
    });
    nextId.set(path, staticPages.length + 1);
  }

  for (const page of news) {
    const listId = siteIds(page.sitePath).sitePagesListId;
    const id = nextId.get(page.sitePath)!;
    nextId.set(page.sitePath, id + 1);
    const uniqueId = newsItemGuid(seed, page.sitePath, page.fileName);
    const authorSpId = spIds.user.get(page.authorId)!;
    const fields = {
      Title: page.title,
      Description: page.description,
      FileRef: sitePagesUrl(page.sitePath, page.fileName),
      FileLeafRef: page.fileName,
      PromotedState: 2,
      FirstPublishedDate: page.firstPublished,
      Created: page.created,
      Modified: page.modified,
      BannerImageUrl: page.bannerUrl ? { Description: page.bannerAlt, Url: page.bannerUrl } : null,
      OData__ModernAudienceAadObjectIds: page.audienceGroupIds,
      OData__ModernAudienceTargetUserFieldId: page.audienceGroupIds.map((g) => spIds.group.get(g)!),
      SamverkaBoostUntil: page.boostUntil,
      AuthorId: authorSpId,
      EditorId: authorSpId,
      ContentTypeId: `${SITE_PAGE_CONTENT_TYPE}00`,
      CanvasContent1: page.html,
      PageLayoutType: 'Article',
      OData__UIVersionString: '1.0',
      GUID: uniqueId,
    };
    insertItem.run(listId, id, uniqueId, JSON.stringify(fields));
  }
}

function writeTenantConfig(db: DatabaseSync, directory: Directory): void {
  const config = {
    municipalities: MUNICIPALITIES.map((m) => ({
      id: m.id,
      name: m.name,
      shortName: m.shortName,
      hubPath: m.hubPath,
      emailDomain: m.emailDomain,
      groups: {
        root: directory.groupIdByKey.get(groupKey(m.id, 'root'))!,
        allStaff: directory.groupIdByKey.get(groupKey(m.id, 'allStaff'))!,
        managers: directory.groupIdByKey.get(groupKey(m.id, 'managers'))!,
      },
    })),
    sharedSite: { path: SHARED_SITE.path, title: SHARED_SITE.title },
    // Targeted news: a boost ends at the latest two weeks after publishing (the default, written out).
    boostMaxDays: 14,
    // Sök's start page: what the organisation wants a click away.
    searchShortcuts: [
      { title: 'Självservice i Heroma', url: 'https://heroma.example.se/' },
      { title: 'IT-support', url: 'https://support.example.se/' },
      { title: 'Kontakta intranätredaktionen', url: `${SHARED_SITE.path}/SitePages/Kontakta-oss.aspx` },
    ],
  };
  db.prepare('INSERT INTO storage_entities (key, value, description, comment) VALUES (?, ?, ?, ?)').run(
    TENANT_CONFIG_KEY,
    JSON.stringify(config),
    'Samverka: kommuner, hubbar, e-postdomäner och grupper.',
    '',
  );
}
