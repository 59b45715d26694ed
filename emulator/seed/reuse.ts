import type { DatabaseSync } from 'node:sqlite';
import { SHARED_SITE } from './organisation.ts';
import { guidFromName } from './random.ts';

/**
 * Content reuse's lists on the shared site (sharepoint/assets/reuse.xml): the offers of news
 * between municipalities and the record of every send, offer and answer. Empty at first.
 */
export const OFFER_LIST_TITLE = 'Erbjudanden';
export const REUSE_LOG_LIST_TITLE = 'Samverkanslogg';

export function writeReuseLists(db: DatabaseSync): void {
  const siteId = guidFromName(`site:${SHARED_SITE.path}`);
  const insert = db.prepare('INSERT INTO lists (id, site_id, title, url, template, description, created) VALUES (?, ?, ?, ?, ?, ?, ?)');
  insert.run(guidFromName(`list:${SHARED_SITE.path}:${OFFER_LIST_TITLE}`), siteId, OFFER_LIST_TITLE, `${SHARED_SITE.path}/Lists/Erbjudanden`, 100,
    'Nyheter som en kommun erbjuder en annan', '2024-01-15T08:00:00Z');
  insert.run(guidFromName(`list:${SHARED_SITE.path}:${REUSE_LOG_LIST_TITLE}`), siteId, REUSE_LOG_LIST_TITLE, `${SHARED_SITE.path}/Lists/Samverkanslogg`, 100,
    'Vem som skickade, erbjöd och svarade, när och vart', '2024-01-15T08:00:00Z');
}
