import type { DatabaseSync } from 'node:sqlite';
import { FACT_NEWS } from './facts.ts';
import { swedishDate } from './content-health.ts';
import { SEED_DATE } from './news.ts';
import { SHARED_SITE } from './organisation.ts';
import { guidFromName } from './random.ts';

/**
 * Läs och bekräfta in the seeded tenant, as an editor and `npm run setup` would leave it:
 *
 * - must-read news (SamverkaMustRead, SamverkaReadBy): the facts that say so (facts.ts: Vetlanda's and
 *   Eksjö's managers, a förvaltning, a unit, all staff of Sävsjö and Vetlanda) and, in each hub, the
 *   newest generated news for all staff of its municipality, to be read three days before the seed date
 *   (overdue). Other pages have no value, as pages made before a column was added have none;
 * - the list 'Läsbekräftelser' on the shared site, empty, with what setup gives it: ReadSecurity and
 *   WriteSecurity 2, NoCrawl, its own roles (no copy of the site's; the site's owner, the admin, keeps
 *   Full Control as its site collection admin): each municipality's root group
 *   the level "Samverka – bekräfta läsning" (read, add), each municipality's communicators
 *   ("Kommunikation") "Samverka – se läsbekräftelser" (read all). Its indexes come with the others
 *   (provisioning/seed.ts, SEEDED_INDEXES).
 */

export const CONFIRMATION_LIST_TITLE = 'Läsbekräftelser';
export const CONFIRMATION_ROLES = [
  { name: 'Samverka – bekräfta läsning', description: 'Läsa och lägga till egna läsbekräftelser.', high: '176', low: '138612835' },
  { name: 'Samverka – se läsbekräftelser', description: 'Läsa alla läsbekräftelser (redaktörer).', high: '176', low: '138613089' },
] as const;

const DAY = 86_400_000;

type Row = Record<string, unknown>;

export interface MustReadSeedSummary {
  /** Server-relative URLs of the must-read news, with the day they are to be read by (Stockholm midnight in UTC) or null. */
  mustRead: Array<{ fileRef: string; readBy: string | null }>;
}

/** `2026-12-04` as SharePoint stores a date-only column of a Swedish site. */
function readByDay(day: string): string {
  return swedishDate(Date.parse(`${day}T12:00:00Z`));
}

/**
 * `routines`: "site|title" of the generated news about a rule or routine (themes marked
 * mustRead); the overdue page for all staff of a hub is the newest of them from the last five
 * months, or else its newest page for all staff.
 */
export function seedMustRead(db: DatabaseSync, routines: ReadonlySet<string> = new Set()): MustReadSeedSummary {
  const summary: MustReadSeedSummary = { mustRead: [] };
  const facts = new Map(FACT_NEWS.filter((f) => f.mustRead).map((f) => [`${f.sitePath}|${f.title}`, f.mustRead!]));
  const factTitles = new Set(FACT_NEWS.map((f) => f.title));
  const update = db.prepare('UPDATE list_items SET fields = ? WHERE list_id = ? AND id = ?');
  const sites = db.prepare("SELECT s.path AS path, l.id AS list_id, m.all_staff_group_id AS all_staff FROM sites s JOIN lists l ON l.site_id = s.id LEFT JOIN municipalities m ON m.hub_path = s.path WHERE l.title = 'Site Pages' ORDER BY s.path").all() as Row[];
  for (const site of sites) {
    const pages = (db.prepare('SELECT id, fields FROM list_items WHERE list_id = ? ORDER BY id').all(site.list_id as string) as Row[])
      .map((r) => ({ id: r.id as number, fields: JSON.parse(r.fields as string) as Record<string, unknown> }));
    const allStaff = site.all_staff as string | null;
    const staffPages = allStaff === null ? [] : pages
      .filter((p) => p.fields.PromotedState === 2 && !factTitles.has(String(p.fields.Title)))
      .filter((p) => { const ids = (p.fields.OData__ModernAudienceAadObjectIds as string[] | null) ?? []; return ids.length === 1 && ids[0] === allStaff; })
      .sort((a, b) => String(b.fields.FirstPublishedDate).localeCompare(String(a.fields.FirstPublishedDate)));
    const recentRoutine = staffPages.find((p) => routines.has(`${site.path}|${String(p.fields.Title)}`) && Date.parse(String(p.fields.FirstPublishedDate)) > Date.parse(SEED_DATE) - 150 * DAY);
    const forAllStaff = recentRoutine ?? staffPages[0];
    for (const page of pages) {
      const fact = facts.get(`${site.path}|${String(page.fields.Title)}`);
      let readBy: string | null;
      if (fact) readBy = fact.readBy === null ? null : readByDay(fact.readBy);
      else if (page === forAllStaff) readBy = swedishDate(Date.parse(SEED_DATE) - 3 * DAY);
      else continue;
      page.fields.SamverkaMustRead = true;
      page.fields.SamverkaReadBy = readBy;
      update.run(JSON.stringify(page.fields), site.list_id as string, page.id);
      summary.mustRead.push({ fileRef: String(page.fields.FileRef), readBy });
    }
  }
  return summary;
}

export function writeConfirmationList(db: DatabaseSync): void {
  const siteId = guidFromName(`site:${SHARED_SITE.path}`);
  const listId = guidFromName(`list:${SHARED_SITE.path}:${CONFIRMATION_LIST_TITLE}`);
  db.prepare('INSERT INTO lists (id, site_id, title, url, template, description, created) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    listId, siteId, CONFIRMATION_LIST_TITLE, `${SHARED_SITE.path}/Lists/${CONFIRMATION_LIST_TITLE}`, 100,
    'Vem som har bekräftat att de har läst en nyhet, och när', '2026-11-01T08:00:00Z',
  );
  db.prepare('INSERT INTO sp_list_security (list_id, read_security, write_security, no_crawl, unique_roles) VALUES (?, 2, 2, 1, 1)').run(listId);
  const roleIds = CONFIRMATION_ROLES.map((role, i) => {
    const id = 1073741924 + i;
    db.prepare('INSERT INTO sp_role_definitions (site_id, id, name, description, high, low) VALUES (?, ?, ?, ?, ?, ?)').run(siteId, id, role.name, role.description, role.high, role.low);
    return id;
  });
  const assign = db.prepare('INSERT INTO sp_list_role_assignments (list_id, principal_id, role_definition_id) VALUES (?, ?, ?)');
  for (const row of db.prepare('SELECT root_group_id FROM municipalities ORDER BY sort_order').all() as Row[]) assign.run(listId, row.root_group_id as string, roleIds[0]);
  for (const row of db.prepare("SELECT id FROM groups WHERE kind = 'unit' AND unit = 'Kommunikation' ORDER BY id").all() as Row[]) assign.run(listId, row.id as string, roleIds[1]);
}

/**
 * The editors' summary of who has confirmed which page (src/core/confirmationSummary.ts): the document
 * library 'Läsbekräftelser, sammanställning' at /sites/gemensamt/Lasbekraftelser-sammanstallning, empty
 * (the editors' view writes sammanstallning.json), as setup leaves it (sharepoint/assets/must-read-summary.xml):
 * NoCrawl, its own roles (no copy of the site's; the admin keeps Full Control as site collection admin),
 * Contribute (add and overwrite the file) for each municipality's communicators, nothing for the readers.
 */
export const SUMMARY_LIBRARY_TITLE = 'Läsbekräftelser, sammanställning';
export const SUMMARY_LIBRARY_URL = 'Lasbekraftelser-sammanstallning';
/** SharePoint's built-in "Contribute", the same id on every site. */
const CONTRIBUTE_ROLE_ID = 1073741827;

export function writeSummaryLibrary(db: DatabaseSync): void {
  const siteId = guidFromName(`site:${SHARED_SITE.path}`);
  const listId = guidFromName(`list:${SHARED_SITE.path}:${SUMMARY_LIBRARY_TITLE}`);
  db.prepare('INSERT INTO lists (id, site_id, title, url, template, description, created) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    listId, siteId, SUMMARY_LIBRARY_TITLE, `${SHARED_SITE.path}/${SUMMARY_LIBRARY_URL}`, 101,
    'Redaktörernas sammanställning av vem som har bekräftat vilken nyhet', '2026-11-01T08:00:00Z',
  );
  db.prepare('INSERT INTO sp_list_security (list_id, read_security, write_security, no_crawl, unique_roles) VALUES (?, 1, 1, 1, 1)').run(listId);
  const assign = db.prepare('INSERT INTO sp_list_role_assignments (list_id, principal_id, role_definition_id) VALUES (?, ?, ?)');
  for (const row of db.prepare("SELECT id FROM groups WHERE kind = 'unit' AND unit = 'Kommunikation' ORDER BY id").all() as Row[]) assign.run(listId, row.id as string, CONTRIBUTE_ROLE_ID);
}

/** The bucket of a reader (the product's bucketOf, src/core/readConfirmation.ts): FNV-1a of the UPN, modulo 8. */
export function confirmationBucket(readerKey: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < readerKey.length; i++) {
    hash ^= readerKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 8;
}

/**
 * `--confirmations N`: N items in 'Läsbekräftelser' confirming the shared must-read news for all staff
 * of Sävsjö and Vetlanda, written by the people of those municipalities in turn (by SharePoint id), a
 * second apart, ending at the seed date. More items than people repeat people, as two tabs confirming
 * at once would: the list passes the list view threshold while no bucket of the page does.
 */
export function seedConfirmations(db: DatabaseSync, count: number): { pageKey: string; items: number; people: number } {
  const fact = FACT_NEWS.find((f) => f.key === 'sharedSavsjoVetlanda')!;
  const siteId = guidFromName(`site:${SHARED_SITE.path}`);
  const pages = db.prepare("SELECT i.unique_id AS unique_id, i.fields AS fields FROM list_items i JOIN lists l ON l.id = i.list_id WHERE l.site_id = ? AND l.title = 'Site Pages'").all(siteId) as Row[];
  const page = pages.find((p) => (JSON.parse(p.fields as string) as { Title?: string }).Title === fact.title);
  if (!page) throw new Error('Seeded confirmations need the shared must-read news: seed at least the facts.');
  const pageKey = `${siteId}/${String(page.unique_id).toLowerCase()}`;
  const people = db.prepare("SELECT DISTINCT u.sp_id AS sp_id, u.user_principal_name AS upn FROM users u JOIN employments e ON e.user_id = u.id WHERE e.municipality_id IN ('savsjo', 'vetlanda') ORDER BY u.sp_id").all() as Row[];
  const listId = guidFromName(`list:${SHARED_SITE.path}:${CONFIRMATION_LIST_TITLE}`);
  const insert = db.prepare('INSERT INTO list_items (list_id, id, unique_id, fields) VALUES (?, ?, ?, ?)');
  const start = Date.parse(SEED_DATE) - count * 1000;
  const last = (db.prepare('SELECT MAX(id) AS max FROM list_items WHERE list_id = ?').get(listId) as Row).max as number | null;
  for (let i = 0; i < count; i++) {
    const person = people[i % people.length];
    const reader = String(person.upn).toLowerCase();
    const id = (last ?? 0) + i + 1;
    const uniqueId = guidFromName(`confirmation:${id}`);
    const created = new Date(start + i * 1000).toISOString().replace('.000Z', 'Z');
    insert.run(listId, id, uniqueId, JSON.stringify({
      GUID: uniqueId, Title: null, SamverkaReader: reader, SamverkaPageBucket: `${pageKey}#${confirmationBucket(reader)}`,
      Created: created, Modified: created, AuthorId: person.sp_id, EditorId: person.sp_id, OData__UIVersionString: '1.0',
      FileRef: `${SHARED_SITE.path}/Lists/${CONFIRMATION_LIST_TITLE}/${id}_.000`, FileLeafRef: `${id}_.000`, ContentTypeId: '0x0100', __etag: 1,
    }));
  }
  return { pageKey, items: count, people: Math.min(count, people.length) };
}

/**
 * `--must-read-items N` (with `--people`, Läs och bekräfta at scale): N must-read news on the shared
 * site aimed at all staff of every municipality (each municipality's all-staff group), published a
 * day apart up to the seed date and to be read within two weeks (the older ones overdue), and their
 * confirmations: of the newest, one person in ten has confirmed; of the oldest, seven in ten (in
 * between in proportion, about four in ten in all), chosen by a hash of the person and the page, each
 * an hour or more after publishing. In memory only, like `--confirmations`.
 */
export function seedMustReadAtScale(db: DatabaseSync, count: number): { pages: number; confirmations: number; people: number } {
  const siteId = guidFromName(`site:${SHARED_SITE.path}`);
  const pagesList = guidFromName(`list:${SHARED_SITE.path}:Site Pages`);
  const confirmationsList = guidFromName(`list:${SHARED_SITE.path}:${CONFIRMATION_LIST_TITLE}`);
  const groups = db.prepare('SELECT g.id AS id, g.sp_id AS sp_id FROM municipalities m JOIN groups g ON g.id = m.all_staff_group_id ORDER BY m.sort_order').all() as Row[];
  const people = db.prepare('SELECT DISTINCT u.sp_id AS sp_id, u.user_principal_name AS upn FROM users u JOIN employments e ON e.user_id = u.id ORDER BY u.sp_id').all() as Row[];
  const author = (db.prepare('SELECT MIN(sp_id) AS sp_id FROM users').get() as Row).sp_id as number;
  const insert = db.prepare('INSERT INTO list_items (list_id, id, unique_id, fields) VALUES (?, ?, ?, ?)');
  let pageId = ((db.prepare('SELECT MAX(id) AS max FROM list_items WHERE list_id = ?').get(pagesList) as Row).max as number | null) ?? 0;
  let itemId = ((db.prepare('SELECT MAX(id) AS max FROM list_items WHERE list_id = ?').get(confirmationsList) as Row).max as number | null) ?? 0;
  const seedMs = Date.parse(SEED_DATE);
  let confirmations = 0;
  for (let k = 0; k < count; k++) {
    // k = 0 is the newest.
    const published = seedMs - k * DAY + 8 * 3600000;
    const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
    const uniqueId = guidFromName(`must-read-scale:${k}`);
    const file = `Rutin-att-lasa-${k + 1}.aspx`;
    pageId += 1;
    insert.run(pagesList, pageId, uniqueId, JSON.stringify({
      Title: `Rutin att läsa ${k + 1}: ny rutin för alla medarbetare`,
      Description: 'En rutin som alla medarbetare i kommunerna ska läsa och bekräfta.',
      FileRef: `${SHARED_SITE.path}/SitePages/${file}`, FileLeafRef: file, PromotedState: 2,
      FirstPublishedDate: iso(published), Created: iso(published), Modified: iso(published), BannerImageUrl: null,
      OData__ModernAudienceAadObjectIds: groups.map((g) => g.id as string),
      OData__ModernAudienceTargetUserFieldId: groups.map((g) => g.sp_id as number),
      SamverkaBoostUntil: null, SamverkaMustRead: true, SamverkaReadBy: swedishDate(published + 14 * DAY),
      AuthorId: author, EditorId: author, ContentTypeId: `${'0x0101009D1CB255DA76424F860D91F20E6C4118'}00`,
      CanvasContent1: '<div><div data-sp-rte=""><p>Läs rutinen och bekräfta att du har läst den.</p></div></div>',
      PageLayoutType: 'Article', OData__UIVersionString: '1.0', GUID: uniqueId,
    }));
    const pageKey = `${siteId}/${uniqueId.toLowerCase()}`;
    const share = count === 1 ? 0.4 : 0.1 + (0.6 * k) / (count - 1);
    for (const person of people) {
      const reader = String(person.upn).toLowerCase();
      const roll = confirmationBucketHash(`${reader}|${k}`) / 0x100000000;
      if (roll >= share) continue;
      itemId += 1;
      confirmations += 1;
      const created = iso(Math.min(published + 3600000 + Math.floor(roll * 10 * DAY), seedMs + 20 * 3600000));
      const id = guidFromName(`must-read-scale:confirmation:${itemId}`);
      insert.run(confirmationsList, itemId, id, JSON.stringify({
        GUID: id, Title: null, SamverkaReader: reader, SamverkaPageBucket: `${pageKey}#${confirmationBucket(reader)}`,
        Created: created, Modified: created, AuthorId: person.sp_id, EditorId: person.sp_id, OData__UIVersionString: '1.0',
        FileRef: `${SHARED_SITE.path}/Lists/${CONFIRMATION_LIST_TITLE}/${itemId}_.000`, FileLeafRef: `${itemId}_.000`, ContentTypeId: '0x0100', __etag: 1,
      }));
    }
  }
  return { pages: count, confirmations, people: people.length };
}

/** FNV-1a, 32 bits. */
function confirmationBucketHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
