import type { DatabaseSync } from 'node:sqlite';
import { guidFromName } from './random.ts';
import { SEED_DATE } from './news.ts';
import { SHARED_SITE } from './organisation.ts';
import { SITE_PAGE_CONTENT_TYPE } from './seed.ts';
import { GUIDE_CONTENT_TYPE, GUIDE_LIST_TITLE, GUIDE_LIST_URL, GUIDE_ALL_MUNICIPALITIES } from './guides.ts';

/**
 * Hostile content (issue 8): XSS and CSS-injection payloads written into every field the web
 * parts render, on top of a normal seed, only when startTenant is given `hostile`. Each item
 * carries the word HOSTILE_WORD so one search finds all of them, and a number so a test can
 * tell which payloads it should see where.
 *
 * - news pages of the Sävsjö hub, untargeted and newer than every seeded news: title,
 *   description and canvas HTML hold a group of payloads (every other page has no canvas
 *   text, so its search summary is made of the raw description, which then leads with one of the
 *   corpus's summary payloads: lookalike content with pictures and links to other hosts); some have banner image
 *   URLs with javascript: or data: schemes; every one is due for review, owned by a hostile person;
 * - people of Sävsjö: display name, job title, department, office and mobile number;
 * - guides of the shared site's guide list: title, summary, and each payload as one step's
 *   title and HTML; some steps with image, video and captions URLs that are scripts;
 * - documents of the Sävsjö hub named after a group of payloads, shared with Maria and last
 *   changed by her or a hostile person (buildDocuments adds them when HOSTILE_META_KEY is set).
 */

export const HOSTILE_WORD = 'Xssprov';
export const HOSTILE_SITE = '/sites/savsjo';
export const HOSTILE_META_KEY = 'hostile';
/** Payloads per news page, person and document: keeps the items few enough for one feed page. */
export const HOSTILE_GROUP_SIZE = 5;
/** Payloads per guide: each is one step. */
export const HOSTILE_GUIDE_SIZE = 40;
/** The persona whose recent documents the hostile documents are. */
export const HOSTILE_DOCUMENT_PERSONA = 'maria';
const DAY = 86_400_000;
const SEED_MS = Date.parse(SEED_DATE);

export interface HostileSummary {
  /** Payloads placed, in order. */
  payloads: number;
  /** description: when it is not the title, it leads with a summary payload (pages without canvas text). */
  news: Array<{ title: string; url: string; payloads: string[]; description: string; summaryPayload?: string }>;
  people: Array<{ upn: string; displayName: string; payloads: string[] }>;
  guides: Array<{ title: string; payloads: string[] }>;
  documents: Array<{ name: string; payloads: string[] }>;
}

/** Payloads from an option: strings, objects with a `payload`, or a corpus `{ payloads: [...] }`. */
export function hostilePayloads(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { payloads?: unknown }).payloads) ? (value as { payloads: unknown[] }).payloads : undefined;
  if (!list) throw new Error('hostile needs an array of payloads or { payloads: [...] }.');
  const payloads = list.map((p) => (typeof p === 'string' ? p : p && typeof p === 'object' && typeof (p as { payload?: unknown }).payload === 'string' ? (p as { payload: string }).payload : undefined));
  if (payloads.some((p) => p === undefined) || payloads.length === 0) throw new Error('Each hostile payload must be a string or { payload: string }.');
  return payloads as string[];
}

/** The corpus's summary payloads (`{ summaryPayloads: [...] }`), for the descriptions search summaries are made of; none if it has none. */
export function hostileSummaryPayloads(value: unknown): string[] {
  const list = value && typeof value === 'object' && !Array.isArray(value) ? (value as { summaryPayloads?: unknown }).summaryPayloads : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error('summaryPayloads must be an array.');
  return hostilePayloads(list);
}

export function groupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/** Text of one hostile item: the word, its number and its payloads, apart enough to read. */
export function hostileText(index: number, payloads: readonly string[]): string {
  return `${HOSTILE_WORD} ${index + 1}: ${payloads.join(' ¦ ')}`;
}

/** The hostile documents of a site: names and when they changed (buildDocuments places them). */
export function hostileDocumentSpecs(payloads: readonly string[]): Array<{ name: string; modifiedMs: number; payloads: string[] }> {
  return groupsOf(payloads, HOSTILE_GROUP_SIZE).map((group, g) => ({ name: hostileText(g, group), modifiedMs: SEED_MS - (g + 1) * 3_600_000, payloads: group }));
}

function swedishMidnight(ms: number): string {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - 3_600_000).toISOString().replace('.000Z', 'Z');
}

/** Writes the hostile content into a seeded tenant. */
export function seedHostileContent(db: DatabaseSync, payloads: readonly string[], summaryPayloads: readonly string[] = []): HostileSummary {
  const summary: HostileSummary = { payloads: payloads.length, news: [], people: [], guides: [], documents: [] };
  const groups = groupsOf(payloads, HOSTILE_GROUP_SIZE);
  db.exec('BEGIN');
  try {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(HOSTILE_META_KEY, JSON.stringify(payloads));
    const municipality = db.prepare('SELECT id FROM municipalities WHERE hub_path = ?').get(HOSTILE_SITE) as { id: string };

    // People first: the news and guides name them as owners.
    const staff = db.prepare(
      'SELECT id, user_principal_name, sp_id FROM users WHERE municipality_id = ? AND persona_key IS NULL AND is_manager = 0 AND account_enabled = 1 ORDER BY sp_id LIMIT ?',
    ).all(municipality.id, groups.length) as Array<{ id: string; user_principal_name: string; sp_id: number }>;
    const updateUser = db.prepare('UPDATE users SET display_name = ?, job_title = ?, department = ?, office_location = ?, mobile_phone = ? WHERE id = ?');
    staff.forEach((user, g) => {
      // A text column of node:sqlite ends at U+0000 (Entra ID refuses it anyway): people get U+FFFD there, as an HTML parser would.
      const stored = groups[g].map((p) => p.replace(/\u0000/g, '\ufffd'));
      const [name, job, department, office, mobile] = [0, 1, 2, 3, 4].map((i) => stored[i] ?? '');
      const displayName = `${HOSTILE_WORD} ${g + 1} ${name}`;
      updateUser.run(displayName, job, department, office, mobile, user.id);
      summary.people.push({ upn: user.user_principal_name, displayName, payloads: stored });
    });

    const pagesList = db.prepare("SELECT l.id AS id FROM lists l JOIN sites s ON s.id = l.site_id WHERE s.path = ? AND l.title = 'Site Pages'").get(HOSTILE_SITE) as { id: string };
    const insertItem = db.prepare('INSERT INTO list_items (list_id, id, unique_id, fields) VALUES (?, ?, ?, ?)');
    let nextPageId = (db.prepare('SELECT MAX(id) AS id FROM list_items WHERE list_id = ?').get(pagesList.id) as { id: number }).id + 1;
    const banners = [
      (g: number) => `javascript:__xss('banner${g + 1}')`,
      (g: number) => `data:text/html,<script>parent.__xss('banner${g + 1}')</script>`,
      (g: number) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__xss('banner${g + 1}')"/>`,
    ];
    groups.forEach((group, g) => {
      const text = hostileText(g, group);
      const file = `${HOSTILE_WORD}-${g + 1}.aspx`;
      const url = `${HOSTILE_SITE}/SitePages/${file}`;
      const uniqueId = guidFromName(`hostile:${url}`);
      const owner = staff[g % staff.length].sp_id;
      // Newer than every seeded news, so the hostile pages lead the feed.
      const published = new Date(SEED_MS + (g + 1) * 60_000).toISOString();
      const banner = g % 4 < banners.length ? { Url: banners[g % 4](g), Description: group[0] } : null;
      const withCanvas = g % 2 === 0;
      // A page without canvas text is summarised from its description: it leads with lookalike content.
      const summaryPayload = !withCanvas && summaryPayloads.length > 0 ? summaryPayloads[((g - 1) / 2) % summaryPayloads.length] : undefined;
      const description = summaryPayload ? `${summaryPayload} ${text}` : text;
      const fields = {
        Title: text,
        Description: description,
        FileRef: url,
        FileLeafRef: file,
        PromotedState: 2,
        FirstPublishedDate: published,
        Created: published,
        Modified: published,
        BannerImageUrl: banner,
        OData__ModernAudienceAadObjectIds: [],
        OData__ModernAudienceTargetUserFieldId: [],
        SamverkaBoostUntil: null,
        AuthorId: owner,
        EditorId: owner,
        ContentTypeId: `${SITE_PAGE_CONTENT_TYPE}00`,
        CanvasContent1: withCanvas ? `<div><div data-sp-rte=""><p>${HOSTILE_WORD} ${g + 1}</p>${group.join('<br>')}</div></div>` : '',
        PageLayoutType: 'Article',
        OData__UIVersionString: '1.0',
        GUID: uniqueId,
        SamverkaOwnerId: owner,
        SamverkaReviewDate: swedishMidnight(SEED_MS - 30 * DAY),
        SamverkaExpires: null,
      };
      insertItem.run(pagesList.id, nextPageId++, uniqueId, JSON.stringify(fields));
      summary.news.push({ title: text, url, payloads: group, description, ...(summaryPayload ? { summaryPayload } : {}) });
    });

    const guideList = db.prepare("SELECT l.id AS id FROM lists l JOIN sites s ON s.id = l.site_id WHERE s.path = ? AND l.title = ?").get(SHARED_SITE.path, GUIDE_LIST_TITLE) as { id: string };
    let nextGuideId = (db.prepare('SELECT MAX(id) AS id FROM list_items WHERE list_id = ?').get(guideList.id) as { id: number }).id + 1;
    groupsOf(payloads, HOSTILE_GUIDE_SIZE).forEach((chunk, k) => {
      const title = `${HOSTILE_WORD} guide ${k + 1} ${chunk[0]}`;
      const steps = chunk.map((payload, i) => ({
        title: payload,
        html: payload,
        ...(i % 10 === 1 ? { image: { url: `javascript:__xss('guide${k + 1}-image${i}')`, alt: payload } } : {}),
        ...(i % 10 === 2 ? { image: { url: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__xss('guide${k + 1}-svg${i}')"/>`, alt: payload } } : {}),
        ...(i % 10 === 3 ? { video: { url: `javascript:__xss('guide${k + 1}-video${i}')`, captionsUrl: `data:text/html,<script>parent.__xss('guide${k + 1}-vtt${i}')</script>`, captionsLanguage: '"><img src=x onerror=__xss(1)>' } } : {}),
      }));
      const id = nextGuideId++;
      const uniqueId = guidFromName(`hostile:guide:${k}`);
      const owner = staff[k % staff.length].sp_id;
      const modified = new Date(SEED_MS - (k + 1) * 60_000).toISOString();
      const fields = {
        Title: title,
        SamverkaGuideSummary: hostileText(k, chunk.slice(1, 4)),
        SamverkaGuideSteps: JSON.stringify(steps),
        SamverkaGuideStepCount: steps.length,
        SamverkaGuideCategory: chunk[4] ?? HOSTILE_WORD,
        SamverkaMunicipality: [GUIDE_ALL_MUNICIPALITIES],
        SamverkaForvaltning: chunk[5] ?? HOSTILE_WORD,
        SamverkaGuideKeywords: `${HOSTILE_WORD}; ${chunk[6] ?? ''}`,
        SamverkaOwnerId: owner,
        SamverkaReviewDate: swedishMidnight(SEED_MS - 30 * DAY),
        FileRef: `${SHARED_SITE.path}/${GUIDE_LIST_URL}/${id}_.000`,
        FileLeafRef: `${id}_.000`,
        Created: modified,
        Modified: modified,
        AuthorId: owner,
        EditorId: owner,
        ContentTypeId: `${GUIDE_CONTENT_TYPE}00`,
        GUID: uniqueId,
      };
      insertItem.run(guideList.id, id, uniqueId, JSON.stringify(fields));
      summary.guides.push({ title, payloads: chunk });
    });

    summary.documents = hostileDocumentSpecs(payloads).map((d) => ({ name: `${d.name}.docx`, payloads: d.payloads }));
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return summary;
}
