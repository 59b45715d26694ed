import { Random, guidFromName } from './random.ts';
import { MUNICIPALITIES, SHARED_SITE } from './organisation.ts';
import type { MunicipalitySeed } from './organisation.ts';
import { groupKey } from './directory.ts';
import type { Directory, SeedUser } from './directory.ts';
import { AMOUNTS, NEWS_THEMES, STREETS, SUBJECTS, SYSTEMS } from './news-themes.ts';
import type { NewsStory, NewsTheme } from './news-themes.ts';
import { SCENE_ALT } from './scenes.ts';
import { FACT_NEWS } from './facts.ts';
import type { FactAudience, FactNews } from './facts.ts';

/** The news pages of the seed, before they become Site Pages list items. */

/** The seed's "today": news cover the two years before it. */
export const SEED_DATE = '2026-11-28T00:00:00Z';

export interface SeedNewsPage {
  sitePath: string;
  title: string;
  description: string;
  /** File name of the page, unique within its site (e.g. "Lonerevision-2027.aspx"). */
  fileName: string;
  firstPublished: string;
  created: string;
  modified: string;
  /** Server-relative URL of the banner image, or null for a page without one. */
  bannerUrl: string | null;
  bannerAlt: string;
  audienceGroupIds: string[];
  boostUntil: string | null;
  authorId: string;
  html: string;
  themeKey: string;
  /** Set for the fixed pages of facts.ts. */
  factKey: string | null;
}

const DAY = 86_400_000;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Share of the news in each site; the shared site gets what the hubs leave. */
const SITE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['/sites/eksjo', 0.28],
  ['/sites/savsjo', 0.2],
  ['/sites/vetlanda', 0.32],
  [SHARED_SITE.path, 0.2],
];

/**
 * A large tenant (more than 5,000 news) gives Vetlanda 36 % and Gemensamt 16 %, so that at
 * `--news 15000` Vetlanda's Site Pages pass SharePoint's list view threshold of 5,000 items.
 * Smaller seeds keep the shares above, and with them every page they generate.
 */
const LARGE_TENANT_NEWS = 5000;
const LARGE_TENANT_SITE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['/sites/eksjo', 0.28],
  ['/sites/savsjo', 0.2],
  ['/sites/vetlanda', 0.36],
  [SHARED_SITE.path, 0.16],
];

export function siteWeights(news: number): ReadonlyArray<readonly [string, number]> {
  return news > LARGE_TENANT_NEWS ? LARGE_TENANT_SITE_WEIGHTS : SITE_WEIGHTS;
}

type HubAudience = 'none' | 'allStaff' | 'managers' | 'forvaltning' | 'unit';
const HUB_AUDIENCES: ReadonlyArray<readonly [HubAudience, number]> = [
  ['none', 45],
  ['allStaff', 15],
  ['managers', 12],
  ['forvaltning', 15],
  ['unit', 13],
];

type SharedAudience = 'none' | 'twoMunicipalities' | 'allMunicipalities' | 'allManagers';
const SHARED_AUDIENCES: ReadonlyArray<readonly [SharedAudience, number]> = [
  ['none', 50],
  ['twoMunicipalities', 30],
  ['allMunicipalities', 10],
  ['allManagers', 10],
];

export function swedishDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
}

/** Days nothing is planned for: New Year, Epiphany, 1 May, the National Day, Christmas, New Year's Eve. */
const HOLIDAYS = new Set(['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31']);

/** A working day on or after `ms`: what a news page names as a date to come. */
function workingDay(ms: number): Date {
  let day = new Date(ms);
  while ([0, 6].includes(day.getUTCDay()) || HOLIDAYS.has(day.toISOString().slice(5, 10))) day = new Date(day.getTime() + DAY);
  return day;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** SharePoint-like page file name: ASCII letters, digits and dashes. */
export function pageFileStem(title: string): string {
  const stem = title
    .replace(/[åä]/g, 'a')
    .replace(/[ÅÄ]/g, 'A')
    .replace(/ö/g, 'o')
    .replace(/Ö/g, 'O')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem.slice(0, 80) || 'Nyhet';
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The people a site's news are written by: its municipality's communicators (and johan in Vetlanda). */
function authorPools(directory: Directory): Map<string, SeedUser[]> {
  const pools = new Map<string, SeedUser[]>();
  const communicators = (municipalityId: string): SeedUser[] =>
    directory.users.filter((u) => u.employments.some((e) => e.municipalityId === municipalityId && e.unit === 'Kommunikation'));
  for (const m of MUNICIPALITIES) pools.set(m.hubPath, communicators(m.id));
  pools.set(SHARED_SITE.path, MUNICIPALITIES.flatMap((m) => communicators(m.id)));
  return pools;
}

interface PageContext {
  random: Random;
  directory: Directory;
  municipality: MunicipalitySeed | null;
  publishedMs: number;
  unitName: string | null;
  forvaltningName: string | null;
}

function placeholders(ctx: PageContext): Record<string, string> {
  const { random, municipality, publishedMs } = ctx;
  const published = new Date(publishedMs);
  const year = published.getUTCFullYear();
  const month = published.getUTCMonth() + 1;
  const anyMunicipality = municipality ?? random.pick(MUNICIPALITIES);
  const unitName = ctx.unitName ?? random.pick(anyMunicipality.forvaltningar.flatMap((f) => f.units)).name;
  const colleague = random.pick(ctx.directory.users);
  return {
    kommun: municipality ? municipality.name : 'kommunerna',
    kort: municipality ? municipality.shortName : 'Höglandet',
    ar: String(year),
    nastaAr: String(month >= 9 ? year + 1 : year),
    vecka: String(((isoWeek(published) + random.int(1, 4) - 1) % 52) + 1),
    datum: swedishDate(workingDay(publishedMs + random.int(7, 40) * DAY)),
    datum2: swedishDate(workingDay(publishedMs + random.int(3, 20) * DAY)),
    manad: MONTHS[(published.getUTCMonth() + random.int(1, 3)) % 12],
    plats: random.pick(anyMunicipality.places),
    enhet: unitName,
    forvaltning: ctx.forvaltningName ?? random.pick(anyMunicipality.forvaltningar).name,
    belopp: random.pick(AMOUNTS),
    system: random.pick(SYSTEMS),
    gata: random.pick(STREETS),
    amne: random.pick(SUBJECTS),
    namn: colleague.displayName,
    titel: colleague.jobTitle.toLowerCase(),
  };
}

/** Page body in the shape of a modern page's text web part (CanvasContent1): the story as written. */
function pageHtml(story: Pick<NewsStory, 'heading' | 'paragraphs' | 'bullets'>, vars: Record<string, string>, description: string, author: SeedUser): string {
  const [first, ...rest] = story.paragraphs.map((p) => fill(p, vars));
  const parts: string[] = [`<p><strong>${escapeHtml(description)}</strong></p>`, `<p>${escapeHtml(first)}</p>`];
  parts.push(`<h2>${escapeHtml(story.heading)}</h2>`);
  for (const p of rest) parts.push(`<p>${escapeHtml(p)}</p>`);
  if (story.bullets) parts.push(`<ul>${story.bullets.map((b) => `<li>${escapeHtml(fill(b, vars))}</li>`).join('')}</ul>`);
  parts.push(`<p><em>Kontakt: ${escapeHtml(author.displayName)}, <a href="mailto:${author.mail}">${author.mail}</a></em></p>`);
  const controlData = escapeHtml(JSON.stringify({ controlType: 4, displayMode: 2, position: { zoneIndex: 1, sectionIndex: 1, controlIndex: 1 } }));
  return `<div><div data-sp-canvascontrol="" data-sp-canvasdataversion="1.0" data-sp-controldata="${controlData}"><div data-sp-rte="">${parts.join('')}</div></div></div>`;
}

function themesFor(month: number, audience: NewsTheme['audience'], filter: (t: NewsTheme) => boolean): NewsTheme[] {
  const inSeason = NEWS_THEMES.filter((t) => t.audience === audience && filter(t) && (!t.months || t.months.includes(month)));
  return inSeason.length > 0 ? inSeason : NEWS_THEMES.filter((t) => t.audience === audience && filter(t));
}

/** A theme's stories told in a month; all of them when none is. */
function storiesFor(theme: NewsTheme, month: number): readonly NewsStory[] {
  const inSeason = theme.stories.filter((s) => !s.months || s.months.includes(month));
  return inSeason.length > 0 ? inSeason : theme.stories;
}

/** A publishing moment in working hours (Swedish time, roughly UTC+1). */
function publishingTime(random: Random, startMs: number, endMs: number): number {
  let ms = startMs + random.next() * (endMs - startMs);
  const weekday = new Date(ms).getUTCDay();
  if ((weekday === 0 || weekday === 6) && random.chance(0.85)) ms += (weekday === 6 ? 2 : 1) * DAY;
  const day = Math.floor(ms / DAY) * DAY;
  const minutes = random.int(6 * 60, 15 * 60 + 30);
  return Math.min(day + minutes * 60_000, endMs);
}

function resolveFactAudience(directory: Directory, audience: FactAudience): string[] {
  const id = (key: string): string => {
    const found = directory.groupIdByKey.get(key);
    if (!found) throw new Error(`Seed fact refers to unknown group ${key}`);
    return found;
  };
  switch (audience.kind) {
    case 'none':
      return [];
    case 'managers':
      return [id(groupKey(audience.municipalityId, 'managers'))];
    case 'allStaff':
      return audience.municipalityIds.map((m) => id(groupKey(m, 'allStaff')));
    case 'forvaltning':
      return [id(groupKey(audience.municipalityId, 'forv', audience.forvaltningKind))];
    case 'unit':
      return [id(groupKey(audience.municipalityId, 'unit', audience.unit))];
  }
}

/** Who a generated page is for, and the themes that suit that audience. */
interface Targeting {
  candidates: NewsTheme[];
  audienceGroupIds: string[];
  unitName: string | null;
  forvaltningName: string | null;
}

/** A hub page: about 45 % for everyone, the rest for all staff, managers, a förvaltning or a unit. */
function hubTargeting(random: Random, directory: Directory, municipality: MunicipalitySeed, month: number): Targeting {
  const group = (key: string): string => directory.groupIdByKey.get(key)!;
  const m = municipality.id;
  const audience = random.weighted(HUB_AUDIENCES);
  switch (audience) {
    case 'managers':
      return { candidates: themesFor(month, 'managers', () => true), audienceGroupIds: [group(groupKey(m, 'managers'))], unitName: null, forvaltningName: null };
    case 'forvaltning': {
      const forvaltning = random.pick(municipality.forvaltningar);
      const own = themesFor(month, 'general', (t) => t.forvaltning === forvaltning.kind);
      return {
        candidates: own.length > 0 ? own : themesFor(month, 'general', (t) => !t.forvaltning),
        audienceGroupIds: [group(groupKey(m, 'forv', forvaltning.kind))],
        unitName: null,
        forvaltningName: forvaltning.name,
      };
    }
    case 'unit': {
      const unit = random.pick(municipality.forvaltningar.flatMap((f) => f.units));
      return { candidates: themesFor(month, 'unit', () => true), audienceGroupIds: [group(groupKey(m, 'unit', unit.name))], unitName: unit.name, forvaltningName: null };
    }
    default:
      return {
        candidates: themesFor(month, 'general', () => true),
        audienceGroupIds: audience === 'allStaff' ? [group(groupKey(m, 'allStaff'))] : [],
        unitName: null,
        forvaltningName: null,
      };
  }
}

/** A shared-site page: for everyone, for two or three municipalities' staff, or for all managers. */
function sharedTargeting(random: Random, directory: Directory, month: number): Targeting {
  const group = (key: string): string => directory.groupIdByKey.get(key)!;
  const audience = random.weighted(SHARED_AUDIENCES);
  if (audience === 'allManagers') {
    return { candidates: themesFor(month, 'managers', () => true), audienceGroupIds: MUNICIPALITIES.map((m) => group(groupKey(m.id, 'managers'))), unitName: null, forvaltningName: null };
  }
  const targets = audience === 'twoMunicipalities' ? random.sample(MUNICIPALITIES, 2) : audience === 'allMunicipalities' ? MUNICIPALITIES : [];
  return {
    candidates: themesFor(month, 'general', (t) => t.shared === true),
    audienceGroupIds: targets.map((m) => group(groupKey(m.id, 'allStaff'))),
    unitName: null,
    forvaltningName: null,
  };
}

/** When each site used each title, so a title is not repeated within most of a year. */
class TitleCalendar {
  private readonly used = new Map<string, number[]>();

  recentlyUsed(sitePath: string, title: string, ms: number): boolean {
    return (this.used.get(`${sitePath}\u0000${title}`) ?? []).some((other) => Math.abs(other - ms) < 300 * DAY);
  }

  use(sitePath: string, title: string, ms: number): void {
    const key = `${sitePath}\u0000${title}`;
    this.used.set(key, [...(this.used.get(key) ?? []), ms]);
  }
}

/**
 * Composes `count` news pages (the fixed facts included) over the two years before SEED_DATE.
 * Returns them sorted by site and then by publishing date, so list item ids grow with time.
 */
export function buildNews(seed: number, count: number, directory: Directory): SeedNewsPage[] {
  const random = new Random(seed, 'news');
  // Generated pages stop on the day of the earliest fixed page, so the facts are the newest news.
  const endMs = Math.floor(Math.min(...FACT_NEWS.map((f) => Date.parse(f.published))) / DAY) * DAY;
  const startMs = Date.parse(SEED_DATE) - 730 * DAY;
  const pools = authorPools(directory);
  const pages: SeedNewsPage[] = [];
  const municipalityByHub = new Map(MUNICIPALITIES.map((m) => [m.hubPath, m]));
  const unitManager = (municipalityId: string, unit: string): SeedUser | undefined =>
    directory.users.find((u) => u.isManager && u.employments.some((e) => e.primary && e.municipalityId === municipalityId && e.unit === unit));

  const titles = new TitleCalendar();
  const generatedCount = Math.max(0, count - FACT_NEWS.length);
  const weights = siteWeights(count);
  for (let i = 0; i < generatedCount; i++) {
    const sitePath = random.weighted(weights);
    const municipality = municipalityByHub.get(sitePath) ?? null;
    const publishedMs = publishingTime(random, startMs, endMs);
    const month = new Date(publishedMs).getUTCMonth() + 1;
    const target = municipality ? hubTargeting(random, directory, municipality, month) : sharedTargeting(random, directory, month);
    const { candidates, audienceGroupIds, unitName, forvaltningName } = target;
    const author = (target.unitName && municipality && unitManager(municipality.id, target.unitName)) || random.pick(pools.get(sitePath)!);

    const vars = placeholders({ random, directory, municipality, publishedMs, unitName, forvaltningName });
    // A site seldom publishes the same title twice within a year: try other stories first.
    let theme = random.pick(candidates);
    let story = random.pick(storiesFor(theme, month));
    let title = fill(story.title, vars);
    for (let attempt = 0; attempt < 16 && titles.recentlyUsed(sitePath, title, publishedMs); attempt++) {
      theme = random.pick(candidates);
      story = random.pick(storiesFor(theme, month));
      title = fill(story.title, vars);
    }
    titles.use(sitePath, title, publishedMs);
    const description = fill(story.description, vars);
    const hasBanner = random.chance(0.9);
    pages.push({
      sitePath,
      title,
      description,
      fileName: '',
      firstPublished: iso(publishedMs),
      created: iso(publishedMs - random.int(10, 3 * 24 * 60) * 60_000),
      modified: iso(random.chance(0.3) ? Math.min(publishedMs + random.int(1, 20 * 24 * 60) * 60_000, endMs) : publishedMs),
      bannerUrl: hasBanner ? bannerPath(sitePath, theme.key, random.int(1, 3)) : null,
      bannerAlt: hasBanner ? SCENE_ALT[theme.scene] : '',
      audienceGroupIds,
      boostUntil: null,
      authorId: author.id,
      html: pageHtml(story, vars, description, author),
      themeKey: theme.key,
      factKey: null,
    });
  }

  addBoosts(random, pages, endMs);
  for (const fact of FACT_NEWS.slice(0, count)) pages.push(factPage(random, directory, pools, fact));
  return finalise(pages);
}

function factPage(random: Random, directory: Directory, pools: Map<string, SeedUser[]>, fact: FactNews): SeedNewsPage {
  const theme = NEWS_THEMES.find((t) => t.key === fact.themeKey)!;
  const publishedMs = Date.parse(fact.published);
  const author = random.pick(pools.get(fact.sitePath)!);
  return {
    sitePath: fact.sitePath,
    title: fact.title,
    description: fact.description,
    fileName: '',
    firstPublished: fact.published,
    created: iso(publishedMs - 3_600_000),
    modified: fact.published,
    bannerUrl: bannerPath(fact.sitePath, theme.key, 1),
    bannerAlt: SCENE_ALT[theme.scene],
    audienceGroupIds: resolveFactAudience(directory, fact.audience),
    boostUntil: fact.boostUntil ?? null,
    authorId: author.id,
    html: pageHtml(fact.story, {}, fact.description, author),
    themeKey: theme.key,
    factKey: fact.key,
  };
}

/**
 * A few pages are boosted: one or two per site from three to five weeks ago still are (boost
 * ends after the seed date: long-running information, pinned), and some older ones were
 * (their boost has ended). Pinned pages are not among the newest, so the first pages of a
 * feed hold both boosted and fresh news.
 */
function addBoosts(random: Random, pages: SeedNewsPage[], endMs: number): void {
  const seedMs = Date.parse(SEED_DATE);
  const bySite = new Map<string, SeedNewsPage[]>();
  for (const page of pages) bySite.set(page.sitePath, [...(bySite.get(page.sitePath) ?? []), page]);
  for (const sitePages of bySite.values()) {
    const recent = sitePages.filter((p) => Date.parse(p.firstPublished) > endMs - 35 * DAY && Date.parse(p.firstPublished) < endMs - 21 * DAY);
    for (const page of random.sample(recent, random.int(1, 2))) {
      page.boostUntil = iso(seedMs + random.int(14, 45) * DAY);
    }
    const older = sitePages.filter((p) => Date.parse(p.firstPublished) < endMs - 60 * DAY);
    for (const page of random.sample(older, Math.ceil(older.length * 0.005))) {
      page.boostUntil = iso(Date.parse(page.firstPublished) + random.int(3, 14) * DAY);
    }
  }
}

function finalise(pages: SeedNewsPage[]): SeedNewsPage[] {
  const order = new Map(SITE_WEIGHTS.map(([path], i) => [path, i]));
  pages.sort((a, b) => order.get(a.sitePath)! - order.get(b.sitePath)! || a.firstPublished.localeCompare(b.firstPublished) || a.title.localeCompare(b.title));
  const used = new Map<string, Set<string>>();
  for (const page of pages) {
    const names = used.get(page.sitePath) ?? new Set<string>();
    used.set(page.sitePath, names);
    const stem = pageFileStem(page.title);
    let name = `${stem}.aspx`;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${stem}-${n}.aspx`;
    names.add(name.toLowerCase());
    page.fileName = name;
  }
  return pages;
}

/** Banner images live in the site's assets; the emulator draws them on request (see images.ts). */
export function bannerPath(sitePath: string, themeKey: string, variant: number): string {
  return `${sitePath}/SiteAssets/SitePages/nyhetsbilder/${themeKey}-${variant}.svg`;
}

export function newsItemGuid(seed: number, sitePath: string, fileName: string): string {
  return guidFromName(`page:${seed}:${sitePath}:${fileName}`);
}
