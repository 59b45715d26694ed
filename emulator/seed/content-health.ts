import type { DatabaseSync } from 'node:sqlite';
import { Random } from './random.ts';
import { FACT_NEWS } from './facts.ts';
import { SEED_DATE } from './news.ts';

/**
 * Content health on every site's Site Pages: an owner (SamverkaOwnerId), a review date
 * (SamverkaReviewDate) and, for some news, an expiry date (SamverkaExpires); and a few
 * people who have left (accountEnabled false) but still own pages. The mix, per seed:
 *
 * - about 6 % of pages have no owner; in each hub about 4 % are owned by an employee who has left;
 * - news: about 40 % were due for review a year after publishing (many of them are now past
 *   it), 10 % come due within 30 days of the seed date, the rest were reviewed lately (fresh);
 * - the newest untargeted generated news of every hub and of the shared site expired two days
 *   before the seed date (`expiredNews` in CONTRACT.md), a few older news expired too, and
 *   some have an expiry date ahead;
 * - the fixed facts keep no expiry and a fresh review date, so the news tests stay as they are.
 */

export interface ContentHealthSeedSummary {
  /** User principal names of the people who left (accountEnabled false). */
  departed: string[];
  /** Server-relative URLs of the news that expired before the seed date, newest of their site first. */
  expiredNews: string[];
}

const DAY = 86_400_000;
const SEED_MS = Date.parse(SEED_DATE);
/** A date as SharePoint stores a date-only column of a Swedish site: midnight in Stockholm (UTC+1 in winter). */
export function swedishDate(ms: number): string {
  const day = new Date(ms);
  const utcMidnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const month = day.getUTCMonth();
  // Summer time (UTC+2) from the end of March to the end of October, near enough for seed data.
  const offsetHours = month > 2 && month < 10 ? 2 : 1;
  return new Date(utcMidnight - offsetHours * 3600000).toISOString().replace('.000Z', 'Z');
}

function addMonthsMs(ms: number, months: number): number {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
}

interface PageRow {
  listId: string;
  id: number;
  fields: Record<string, unknown>;
}

export function seedContentHealth(db: DatabaseSync, seed: number): ContentHealthSeedSummary {
  const random = new Random(seed, 'content-health');
  const factTitles = new Set(FACT_NEWS.map((f) => f.title));
  const sites = db.prepare("SELECT s.path AS path, l.id AS list_id FROM sites s JOIN lists l ON l.site_id = s.id WHERE l.title = 'Site Pages' ORDER BY s.path").all() as Array<{ path: string; list_id: string }>;
  const update = db.prepare('UPDATE list_items SET fields = ? WHERE list_id = ? AND id = ?');
  const disable = db.prepare('UPDATE users SET account_enabled = 0 WHERE sp_id = ?');
  const upnOf = db.prepare('SELECT user_principal_name FROM users WHERE sp_id = ?');
  const summary: ContentHealthSeedSummary = { departed: [], expiredNews: [] };

  for (const site of sites) {
    const pages: PageRow[] = (db.prepare('SELECT id, fields FROM list_items WHERE list_id = ? ORDER BY id').all(site.list_id) as Array<{ id: number; fields: string }>)
      .map((r) => ({ listId: site.list_id, id: r.id, fields: JSON.parse(r.fields) as Record<string, unknown> }));
    const news = pages.filter((p) => p.fields.PromotedState === 2);

    // One employee of the hub's municipality has left and still owns about 4 % of its pages. Chosen
    // from the directory alone, so more or fewer news never changes who has left.
    const municipality = db.prepare('SELECT id FROM municipalities WHERE hub_path = ?').get(site.path) as { id: string } | undefined;
    let departed: number | undefined;
    if (municipality) {
      const staff = (db.prepare('SELECT sp_id FROM users WHERE municipality_id = ? AND persona_key IS NULL AND is_manager = 0 ORDER BY sp_id').all(municipality.id) as Array<{ sp_id: number }>)
        .map((r) => r.sp_id);
      departed = staff[Math.floor(new Random(seed, `departed:${municipality.id}`).next() * staff.length)];
      disable.run(departed);
      summary.departed.push((upnOf.get(departed) as { user_principal_name: string }).user_principal_name);
    }

    // The newest untargeted generated news of the site expired two days before the seed date.
    const newestUntargeted = news
      .filter((p) => !factTitles.has(String(p.fields.Title)) && ((p.fields.OData__ModernAudienceAadObjectIds as string[]) ?? []).length === 0)
      .sort((a, b) => String(b.fields.FirstPublishedDate).localeCompare(String(a.fields.FirstPublishedDate)))[0];

    for (const page of pages) {
      const f = page.fields;
      const isFact = factTitles.has(String(f.Title));
      const published = Date.parse(String(f.FirstPublishedDate ?? f.Created));
      const roll = random.next();
      const ownerRoll = random.next();
      const expiryRoll = random.next();

      f.SamverkaOwnerId = isFact || ownerRoll >= 0.1 ? f.AuthorId : ownerRoll < 0.06 || departed === undefined ? null : departed;
      if (isFact) {
        f.SamverkaReviewDate = swedishDate(addMonthsMs(SEED_MS, 10));
      } else if (roll < 0.4) {
        f.SamverkaReviewDate = swedishDate(addMonthsMs(published, 12));
      } else if (roll < 0.5) {
        f.SamverkaReviewDate = swedishDate(SEED_MS + (1 + Math.floor(random.next() * 30)) * DAY);
      } else if (roll < 0.53) {
        f.SamverkaReviewDate = null; // judged by its last change
      } else {
        f.SamverkaReviewDate = swedishDate(SEED_MS + (31 + Math.floor(random.next() * 330)) * DAY);
      }

      f.SamverkaExpires = null;
      if (f.PromotedState === 2 && !isFact) {
        if (page === newestUntargeted) {
          f.SamverkaExpires = swedishDate(SEED_MS - 2 * DAY);
          summary.expiredNews.push(String(f.FileRef));
        } else if (expiryRoll < 0.03) {
          f.SamverkaExpires = swedishDate(published + 60 * DAY);
        } else if (expiryRoll < 0.08) {
          f.SamverkaExpires = swedishDate(SEED_MS + (60 + Math.floor(random.next() * 300)) * DAY);
        }
      }
      update.run(JSON.stringify(f), page.listId, page.id);
    }
  }
  return summary;
}
