import type { TenantStore } from '../db/tenant-store.ts';
import type { UserRecord } from '../db/records.ts';
import { guidFromName, Random } from './random.ts';
import { SEED_DATE } from './news.ts';
import { MUNICIPALITIES } from './organisation.ts';
import { HOSTILE_DOCUMENT_PERSONA, HOSTILE_META_KEY, HOSTILE_SITE, HOSTILE_WORD, hostileDocumentSpecs } from './hostile.ts';

/**
 * Documents in the sites' document libraries ("Dokument", URL "Delade dokument", as a Swedish
 * SharePoint site names it): Word, Excel, PowerPoint and PDF files with Swedish names, filed by
 * förvaltning and unit in each hub and by theme in Gemensamt, created and modified by people of
 * that place, some shared with people elsewhere. Derived from the seeded directory and the seed
 * number alone, so the same database always gives the same documents (nothing is stored).
 */

export const DOCUMENT_LIBRARY = { title: 'Dokument', folder: 'Delade dokument' } as const;

/** Documents per site; over 5,000 in all. */
const PER_HUB = 1500;
const PER_SHARED = 650;
/** Recent documents of each persona: by them, modified by them, or shared with them. */
const PERSONA_RECENT = 14;
const DAY = 86_400_000;

export type DocumentKind = 'docx' | 'xlsx' | 'pptx' | 'pdf';

export const MIME_TYPES: Record<DocumentKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
};

export interface SeedDocument {
  /** The driveItem id (also the list item's unique id). */
  id: string;
  siteId: string;
  webId: string;
  sitePath: string;
  siteTitle: string;
  /** The library's drive id and list id. */
  driveId: string;
  listId: string;
  listItemId: number;
  /** File name with extension. */
  name: string;
  kind: DocumentKind;
  /** Server-relative URL of the file. */
  path: string;
  /** Server-relative URL of its folder. */
  folderPath: string;
  /** Folder path inside the library, e.g. "Socialförvaltningen/Hemtjänst Norr" ("" at the root). */
  folderInLibrary: string;
  size: number;
  created: string;
  modified: string;
  createdBy: UserRecord;
  modifiedBy: UserRecord;
  sharedWith: UserRecord[];
  /** Principals that may read it: the site's readers plus the people it was shared with. */
  acl: string[];
}

interface Placement {
  userId: string;
  municipalityId: string;
  forvaltning: string;
  unit: string | null;
}

interface Template {
  kind: DocumentKind;
  /**
   * Filled in: `{unit}`, `{forvaltning}`, `{namnd}` (the förvaltning's committee), `{month}`, `{year}`,
   * `{lastYear}`, `{term}` (hösten or våren), `{week}`, `{date}` (a weekday), `{place}`, `{property}`
   * (a property designation), `{risk}`, `{app}`, `{area}`, `{topic}`.
   */
  name: string;
  /** Only in units whose name matches (a förvaltning's template for some of its units). */
  only?: RegExp;
}

const COMMON: readonly Template[] = [
  { kind: 'docx', name: 'Minnesanteckningar APT {unit} {date}' },
  { kind: 'docx', name: 'Kallelse APT {unit} {date}' },
  { kind: 'docx', name: 'Protokoll skyddsrond {unit} {year}' },
  { kind: 'xlsx', name: 'Schema vecka {week}' },
  { kind: 'xlsx', name: 'Budgetuppföljning {month} {year}' },
  { kind: 'pptx', name: 'Verksamhetsplan {year} {unit}' },
  { kind: 'pdf', name: 'Delegationsordning {namnd} {year}' },
  { kind: 'docx', name: 'Rutin för introduktion av nyanställda' },
  { kind: 'xlsx', name: 'Semesterplanering sommar {year}' },
  { kind: 'pdf', name: 'Arbetsmiljöpolicy' },
  { kind: 'pptx', name: 'Ledningsgrupp {forvaltning} {month} {year}' },
  { kind: 'docx', name: 'Handlingsplan medarbetarenkät {year}' },
  { kind: 'xlsx', name: 'Personalförteckning {unit}' },
  { kind: 'docx', name: 'Riskbedömning {risk} {unit}' },
  { kind: 'pdf', name: 'Krisplan {forvaltning}' },
  { kind: 'docx', name: 'Kontinuitetsplan {unit}' },
  { kind: 'xlsx', name: 'Kompetensutvecklingsplan {unit} {year}' },
  { kind: 'docx', name: 'Mall för medarbetarsamtal' },
  { kind: 'xlsx', name: 'Månadsrapport {unit} {month} {year}' },
  { kind: 'docx', name: 'Dagordning ledningsgrupp {forvaltning} {date}' },
  { kind: 'xlsx', name: 'Beställning förbrukningsmaterial {month} {year}' },
  { kind: 'docx', name: 'Veckobrev {unit} vecka {week}', only: /skola|Förskolan/ },
];

const BY_FORVALTNING: Record<string, readonly Template[]> = {
  'Socialförvaltningen': [
    { kind: 'docx', name: 'Rutin för nyckelhantering' },
    { kind: 'docx', name: 'Genomförandeplan mall' },
    { kind: 'xlsx', name: 'Körlista {unit} vecka {week}', only: /^Hemtjänst/ },
    { kind: 'xlsx', name: 'Fallrapporter {unit} {month} {year}' },
    { kind: 'xlsx', name: 'Senior alert uppföljning {month} {year}', only: /boende|Hälso/ },
    { kind: 'pdf', name: 'Basala hygienrutiner' },
    { kind: 'xlsx', name: 'Avvikelser läkemedel {month} {year}' },
    { kind: 'pptx', name: 'Kvalitetsuppföljning äldreomsorg {year}' },
    { kind: 'pdf', name: 'Rutin för rapportering enligt lex Sarah' },
    { kind: 'xlsx', name: 'Bemanning jul och nyår {year}' },
    { kind: 'docx', name: 'Delegering läkemedel {unit} {year}' },
    { kind: 'pdf', name: 'Patientsäkerhetsberättelse {lastYear}' },
    { kind: 'docx', name: 'Rutin vid dödsfall i ordinärt boende', only: /^Hemtjänst|Hälso/ },
    { kind: 'docx', name: 'Rutin vid dödsfall på särskilt boende', only: /boende|Hälso/ },
  ],
  'Barn- och utbildningsförvaltningen': [
    { kind: 'docx', name: 'Plan mot kränkande behandling {unit} {year}' },
    { kind: 'xlsx', name: 'Närvaro {unit} {month}' },
    { kind: 'pptx', name: 'Föräldramöte {unit} {term} {year}' },
    { kind: 'docx', name: 'Mall för utvecklingssamtal' },
    { kind: 'pdf', name: 'Läroplan för förskolan Lpfö 18', only: /Förskolan/ },
    { kind: 'docx', name: 'Systematiskt kvalitetsarbete {unit} {year}' },
    { kind: 'xlsx', name: 'Barngrupper och vistelsetider {term} {year}' },
    { kind: 'docx', name: 'Elevhälsoplan {unit}', only: /skola|Elevhälsan/ },
    { kind: 'xlsx', name: 'Frånvarouppföljning {unit} {month} {year}', only: /skola/ },
    { kind: 'pdf', name: 'Lokal arbetsplan {unit} {year}' },
  ],
  'Samhällsbyggnadsförvaltningen': [
    { kind: 'pdf', name: 'Detaljplan för {place} samrådshandling', only: /Plan och bygg|Kart/ },
    { kind: 'pdf', name: 'Planbeskrivning {place}', only: /Plan och bygg|Kart/ },
    { kind: 'docx', name: 'Tjänsteskrivelse bygglov {property}', only: /Plan och bygg/ },
    { kind: 'docx', name: 'Kontrollplan {property}', only: /Plan och bygg/ },
    { kind: 'xlsx', name: 'Underhållsplan gator {year}', only: /Gata och park/ },
    { kind: 'docx', name: 'Arbetsorder {place} vecka {week}', only: /Gata och park/ },
    { kind: 'pptx', name: 'Trafiksäkerhetsprogram {year}', only: /Gata och park/ },
    { kind: 'pdf', name: 'Tillsynsplan miljö och hälsa {year}', only: /Miljö och hälsa/ },
    { kind: 'docx', name: 'Inspektionsrapport livsmedel {place} {date}', only: /Miljö och hälsa/ },
    { kind: 'xlsx', name: 'Matsedel vecka {week}', only: /Måltidsservice/ },
    { kind: 'xlsx', name: 'Specialkost {month} {year}', only: /Måltidsservice/ },
    { kind: 'pdf', name: 'Nybyggnadskarta {property}', only: /Kart/ },
    { kind: 'pdf', name: 'Protokoll miljö- och byggnadsnämnden {date}' },
  ],
  'Kommunledningsförvaltningen': [
    { kind: 'xlsx', name: 'Lönekartläggning {year}', only: /Lön och HR/ },
    { kind: 'docx', name: 'Anvisningar lönerevision {year}', only: /Lön och HR/ },
    { kind: 'xlsx', name: 'Löneunderlag {month} {year}', only: /Lön och HR/ },
    { kind: 'pdf', name: 'Kollektivavtal HÖK {year}', only: /Lön och HR/ },
    { kind: 'pptx', name: 'Kommunikationsplan {year}', only: /Kommunikation/ },
    { kind: 'docx', name: 'Pressmeddelande {date}', only: /Kommunikation/ },
    { kind: 'pdf', name: 'Grafisk profil', only: /Kommunikation/ },
    { kind: 'docx', name: 'Kallelse kommunstyrelsen {date}', only: /Kansli/ },
    { kind: 'pdf', name: 'Protokoll kommunstyrelsen {date}', only: /Kansli/ },
    { kind: 'pdf', name: 'Protokoll kommunfullmäktige {date}', only: /Kansli/ },
    { kind: 'xlsx', name: 'Dokumenthanteringsplan', only: /Kansli/ },
    { kind: 'xlsx', name: 'Bokslut {lastYear} huvudbok', only: /Ekonomi/ },
    { kind: 'pdf', name: 'Årsredovisning {lastYear}', only: /Ekonomi/ },
    { kind: 'xlsx', name: 'Månadsuppföljning ekonomi {month} {year}', only: /Ekonomi/ },
    { kind: 'docx', name: 'Lathund {app}', only: /IT/ },
    { kind: 'xlsx', name: 'Ärendestatistik servicedesk {month} {year}', only: /IT/ },
  ],
  'Kultur- och fritidsförvaltningen': [
    { kind: 'xlsx', name: 'Bokningar sporthallar {month} {year}', only: /Fritid/ },
    { kind: 'pdf', name: 'Ordningsregler badhuset', only: /Fritid/ },
    { kind: 'xlsx', name: 'Föreningsbidrag ansökningar {year}', only: /Fritid/ },
    { kind: 'pptx', name: 'Evenemangskalender {year}', only: /Kultur/ },
    { kind: 'docx', name: 'Program kulturnatt {year}', only: /Kultur/ },
    { kind: 'docx', name: 'Sommarlovsprogram {year}' },
    { kind: 'xlsx', name: 'Utlån och besök {month} {year}', only: /Bibliotek/ },
    { kind: 'docx', name: 'Programblad {place} {term} {year}', only: /Bibliotek/ },
  ],
};

const SHARED_FOLDERS: ReadonlyArray<{ folder: string; templates: readonly Template[] }> = [
  { folder: 'Löneadministration', templates: [
    { kind: 'xlsx', name: 'Lönekörning {month} {year}' },
    { kind: 'docx', name: 'Rutin för lönekörning' },
    { kind: 'pdf', name: 'Tidsplan lön {year}' },
    { kind: 'docx', name: 'Checklista avslutad anställning' },
    { kind: 'xlsx', name: 'Avstämning semesterskuld {month} {year}' },
    { kind: 'docx', name: 'Minnesanteckningar lönegruppen {date}' },
    { kind: 'xlsx', name: 'Kontroll lönekörning {date}' },
  ] },
  { folder: 'IT', templates: [
    { kind: 'docx', name: 'Lathund {app}' },
    { kind: 'pdf', name: 'Informationssäkerhetspolicy' },
    { kind: 'pptx', name: 'Digitaliseringsstrategi {year}' },
    { kind: 'xlsx', name: 'Licensöversikt {year}' },
    { kind: 'docx', name: 'Driftinformation {month} {year}' },
    { kind: 'docx', name: 'Ändringsrådet {date}' },
    { kind: 'docx', name: 'Incidentrapport {app} {date}' },
  ] },
  { folder: 'Samverkan', templates: [
    { kind: 'docx', name: 'Samverkansavtal {area}' },
    { kind: 'pptx', name: 'Styrgrupp samverkan {month} {year}' },
    { kind: 'docx', name: 'Protokoll styrgrupp samverkan {date}' },
    { kind: 'docx', name: 'Minnesanteckningar samverkansrådet {date}' },
    { kind: 'pdf', name: 'Verksamhetsberättelse samverkan {lastYear}' },
  ] },
  { folder: 'Upphandling', templates: [
    { kind: 'pdf', name: 'Ramavtal {topic} {year}' },
    { kind: 'xlsx', name: 'Avtalsförteckning {year}' },
    { kind: 'docx', name: 'Upphandlingsplan {year}' },
    { kind: 'pdf', name: 'Tilldelningsbeslut {topic} {date}' },
    { kind: 'docx', name: 'Förfrågningsunderlag {topic} {year}' },
    { kind: 'xlsx', name: 'Anbudsöppning {topic} {date}' },
  ] },
];

const APPS = ['Teams', 'Outlook', 'OneDrive', 'Planner', 'Forms', 'SharePoint', 'Lifecare', 'Treserva', 'Visma', 'Time Care'];
const AREAS = ['löneadministration', 'IT-drift', 'upphandling', 'växel och kundtjänst', 'räddningstjänst', 'överförmyndare', 'turism'];
const TOPICS = ['kontorsmaterial', 'städtjänster', 'IT-konsulter', 'livsmedel', 'fordon', 'tolktjänster', 'skyddsutrustning', 'möbler', 'hjälpmedel'];
const RISKS = ['hot och våld', 'ensamarbete', 'förflyttningar', 'kemikaliehantering', 'brand', 'smittspridning', 'tunga lyft', 'organisatorisk och social arbetsmiljö'];
/** Quarter names of Swedish property designations ("Eksjö Linden 3"). */
export const QUARTERS = ['Linden', 'Kvarnen', 'Smedjan', 'Eken', 'Björken', 'Lärkan', 'Garvaren', 'Rosen', 'Tornet', 'Hästen'];
/** The committee a förvaltning works for. */
const NAMND: Record<string, string> = {
  'Socialförvaltningen': 'socialnämnden',
  'Barn- och utbildningsförvaltningen': 'barn- och utbildningsnämnden',
  'Samhällsbyggnadsförvaltningen': 'miljö- och byggnadsnämnden',
  'Kultur- och fritidsförvaltningen': 'kultur- och fritidsnämnden',
};

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
}

/** The weekday a dated document is named after: its own day, or the Friday before a weekend. */
function weekdayOf(when: Date): string {
  const back = when.getUTCDay() === 6 ? 1 : when.getUTCDay() === 0 ? 2 : 0;
  return new Date(when.getTime() - back * DAY).toISOString().slice(0, 10);
}

interface Where {
  unit: string;
  forvaltning: string;
  places: readonly string[];
}

function fill(template: string, when: Date, where: Where, random: Random): string {
  const year = when.getUTCFullYear();
  const pick = (list: readonly string[]): string => random.pick(list);
  return template
    .replace('{unit}', where.unit)
    .replace('{forvaltning}', where.forvaltning)
    .replace('{namnd}', () => NAMND[where.forvaltning] ?? 'kommunstyrelsen')
    .replace('{month}', MONTHS[when.getUTCMonth()])
    .replace('{year}', String(year))
    .replace('{lastYear}', String(year - 1))
    .replace('{term}', when.getUTCMonth() < 6 ? 'våren' : 'hösten')
    .replace('{week}', String(isoWeek(when)))
    .replace('{date}', weekdayOf(when))
    .replace('{place}', () => pick(where.places.length > 0 ? where.places : ['centrum']))
    .replace('{property}', () => `${pick(where.places.length > 0 ? where.places : ['Eksjö'])} ${pick(QUARTERS)} ${random.int(1, 24)}`)
    .replace('{risk}', () => pick(RISKS))
    .replace('{app}', () => pick(APPS))
    .replace('{area}', () => pick(AREAS))
    .replace('{topic}', () => pick(TOPICS))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The templates for a unit's folder: the common ones and its förvaltning's that fit the unit. */
function templatesFor(forvaltning: string, unit: string): Template[] {
  return [...COMMON, ...(BY_FORVALTNING[forvaltning] ?? [])].filter((t) => !t.only || t.only.test(unit));
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function libraryIds(sitePath: string): { driveId: string; listId: string } {
  const listId = guidFromName(`list:${sitePath}:${DOCUMENT_LIBRARY.title}`);
  // A SharePoint drive id is "b!" and an opaque base64 string of the site and list ids.
  const driveId = `b!${Buffer.from(`${sitePath}|${listId}`).toString('base64url')}`;
  return { driveId, listId };
}

/** Every seeded document, in site order; the same store and seed give the same list. */
export function buildDocuments(store: TenantStore): SeedDocument[] {
  const seed = Number(store.meta('seed') ?? 42);
  const seedMs = Date.parse(store.meta('seedDate') ?? SEED_DATE);
  const users = new Map(store.users().map((u) => [u.id, u]));
  const placements = store.db.prepare('SELECT user_id, municipality_id, forvaltning, unit FROM employments ORDER BY user_id, group_id').all() as Array<Record<string, string | null>>;
  const byMunicipality = new Map<string, Placement[]>();
  for (const row of placements) {
    const p: Placement = { userId: row.user_id!, municipalityId: row.municipality_id!, forvaltning: row.forvaltning!, unit: row.unit };
    const list = byMunicipality.get(p.municipalityId) ?? [];
    list.push(p);
    byMunicipality.set(p.municipalityId, list);
  }
  const everyone = [...users.values()];
  const documents: SeedDocument[] = [];
  const names = new Set<string>();

  const hostileMeta = store.meta(HOSTILE_META_KEY);
  const hostile = hostileMeta ? (JSON.parse(hostileMeta) as string[]) : undefined;
  const sharedSitePath = JSON.parse(store.storageEntity('Samverka.TenantConfig')?.value ?? '{}').sharedSite?.path ?? '/sites/gemensamt';
  for (const site of store.sites()) {
    // The municipalities' hubs and the shared site hold the documents; the root and other sites (an app catalog) do not.
    if (!site.municipalityId && site.path.toLowerCase() !== String(sharedSitePath).toLowerCase()) continue;
    const random = new Random(seed, `documents:${site.path}`);
    const { driveId, listId } = libraryIds(site.path);
    const readers = store.siteReaders(site.id);
    const local = site.municipalityId ? byMunicipality.get(site.municipalityId) ?? [] : [];
    const count = site.municipalityId ? PER_HUB : PER_SHARED;
    const places = MUNICIPALITIES.find((m) => m.id === site.municipalityId)?.places ?? [];
    let itemId = 1;
    const add = (spec: { name: string; kind: DocumentKind; folder: string; modifiedMs: number; createdBy: UserRecord; modifiedBy: UserRecord; sharedWith: UserRecord[] }): void => {
      let name = `${spec.name}.${spec.kind}`;
      const folderPath = `${site.path}/${DOCUMENT_LIBRARY.folder}${spec.folder ? `/${spec.folder}` : ''}`;
      // A folder holds one file of a name: a later one is a version, named as people do ("v2"),
      // and after a few versions people date them instead.
      for (let n = 2; n <= 4 && names.has(`${folderPath}/${name}`.toLowerCase()); n++) name = `${spec.name} v${n}.${spec.kind}`;
      const dated = `${spec.name} ${iso(spec.modifiedMs).slice(0, 10)}`;
      if (names.has(`${folderPath}/${name}`.toLowerCase())) name = `${dated}.${spec.kind}`;
      for (let n = 2; names.has(`${folderPath}/${name}`.toLowerCase()); n++) name = `${dated} (${n}).${spec.kind}`;
      names.add(`${folderPath}/${name}`.toLowerCase());
      const createdMs = spec.modifiedMs - random.int(0, 120) * DAY - random.int(0, 8) * 3_600_000;
      const id = guidFromName(`document:${seed}:${folderPath}/${name}`);
      const sharedIds = spec.sharedWith.map((u) => u.id);
      documents.push({
        id,
        siteId: site.id,
        webId: site.webId,
        sitePath: site.path,
        siteTitle: site.title,
        driveId,
        listId,
        listItemId: itemId++,
        name,
        kind: spec.kind,
        path: `${folderPath}/${name}`,
        folderPath,
        folderInLibrary: spec.folder,
        size: random.int(14, 2400) * 1024 + random.int(0, 1023),
        created: iso(Math.min(createdMs, spec.modifiedMs)),
        modified: iso(spec.modifiedMs),
        createdBy: spec.createdBy,
        modifiedBy: spec.modifiedBy,
        sharedWith: spec.sharedWith,
        acl: [...new Set([...readers, ...sharedIds])],
      });
    };

    /** A template whose name is not yet in the folder, tried a few times: people seldom save a copy of a name. */
    const choose = (options: readonly Template[], folder: string, make: (t: Template) => string, rnd: Random): { template: Template; name: string } => {
      let template = rnd.pick(options);
      let name = make(template);
      const taken = (t: Template, n: string): boolean => names.has(`${site.path}/${DOCUMENT_LIBRARY.folder}${folder ? `/${folder}` : ''}/${n}.${t.kind}`.toLowerCase());
      for (let attempt = 0; attempt < 10 && taken(template, name); attempt++) {
        template = rnd.pick(options);
        name = make(template);
      }
      return { template, name };
    };

    for (let i = 0; i < count; i++) {
      // Newer documents are more common: the age is skewed towards the seed date.
      const ageDays = Math.floor(730 * random.next() ** 2.2);
      const modifiedMs = seedMs - ageDays * DAY - random.int(7, 17) * 3_600_000 - random.int(0, 59) * 60_000;
      const when = new Date(modifiedMs);
      if (site.municipalityId && local.length > 0) {
        const author = random.pick(local);
        const colleagues = local.filter((p) => p.forvaltning === author.forvaltning && p.unit === author.unit);
        const editor = random.chance(0.6) ? author : random.pick(colleagues.length > 0 ? colleagues : local);
        const unit = author.unit ?? author.forvaltning;
        const folder = author.unit ? `${author.forvaltning}/${author.unit}` : author.forvaltning;
        const { template, name } = choose(templatesFor(author.forvaltning, unit), folder, (t) => fill(t.name, when, { unit, forvaltning: author.forvaltning, places }, random), random);
        const sharedWith = random.chance(0.12) ? random.sample(everyone, random.int(1, 3)) : [];
        add({
          name,
          kind: template.kind,
          folder,
          modifiedMs,
          createdBy: users.get(author.userId)!,
          modifiedBy: users.get(editor.userId)!,
          sharedWith,
        });
      } else {
        const area = random.pick(SHARED_FOLDERS);
        const { template, name } = choose(area.templates, area.folder, (t) => fill(t.name, when, { unit: area.folder, forvaltning: area.folder, places }, random), random);
        const author = random.pick(everyone);
        const editor = random.chance(0.5) ? author : random.pick(everyone);
        add({
          name,
          kind: template.kind,
          folder: area.folder,
          modifiedMs,
          createdBy: author,
          modifiedBy: editor,
          sharedWith: random.chance(0.1) ? random.sample(everyone, random.int(1, 3)) : [],
        });
      }
    }

    // Each persona of this site's municipality has recent documents of their own, so the
    // dashboard shows what they worked on in the last two weeks.
    for (const persona of store.personas()) {
      const placement = local.find((p) => p.userId === persona.id);
      const sharedSite = !site.municipalityId;
      if (!placement && !sharedSite) continue;
      const personaRandom = new Random(seed, `documents:${site.path}:${persona.personaKey}`);
      const recent = sharedSite ? 3 : PERSONA_RECENT;
      for (let i = 0; i < recent; i++) {
        const modifiedMs = seedMs - personaRandom.int(0, 13) * DAY - personaRandom.int(7, 16) * 3_600_000 - personaRandom.int(0, 59) * 60_000;
        const when = new Date(modifiedMs);
        const forvaltning = placement?.forvaltning ?? 'Samverkan';
        const unit = placement?.unit ?? forvaltning;
        // A name of its own where one can be found: people recognise their documents by name.
        let area = sharedSite ? personaRandom.pick(SHARED_FOLDERS) : undefined;
        let template = personaRandom.pick(area ? area.templates : templatesFor(forvaltning, unit));
        let folder = area ? area.folder : placement!.unit ? `${forvaltning}/${placement!.unit}` : forvaltning;
        let name = fill(template.name, when, { unit, forvaltning, places }, personaRandom);
        for (let attempt = 0; attempt < 24 && names.has(`${site.path}/${DOCUMENT_LIBRARY.folder}/${folder}/${name}.${template.kind}`.toLowerCase()); attempt++) {
          area = sharedSite ? personaRandom.pick(SHARED_FOLDERS) : undefined;
          template = personaRandom.pick(area ? area.templates : templatesFor(forvaltning, unit));
          folder = area ? area.folder : placement!.unit ? `${forvaltning}/${placement!.unit}` : forvaltning;
          name = fill(template.name, when, { unit, forvaltning, places }, personaRandom);
        }
        const colleagues = local.filter((p) => p.unit === placement?.unit && p.userId !== persona.id).map((p) => users.get(p.userId)!);
        const other = colleagues.length > 0 ? personaRandom.pick(colleagues) : personaRandom.pick(everyone);
        // Mostly their own work; some by a colleague that they edited; some only shared with them.
        const role = personaRandom.weighted([['author', 5], ['editor', 3], ['shared', 2]] as const);
        add({
          name,
          kind: template.kind,
          folder,
          modifiedMs,
          createdBy: role === 'author' ? persona : other,
          modifiedBy: role === 'shared' ? other : persona,
          sharedWith: role === 'shared' ? [persona] : [],
        });
      }
    }

    // Hostile content (issue 8): only in a tenant started with it, documents named after payloads.
    if (hostile && site.path.toLowerCase() === HOSTILE_SITE) {
      const owner = store.userByPersona(HOSTILE_DOCUMENT_PERSONA)!;
      const authors = everyone.filter((u) => u.displayName.startsWith(`${HOSTILE_WORD} `));
      hostileDocumentSpecs(hostile).forEach((spec, i) => add({
        name: spec.name, kind: 'docx', folder: HOSTILE_WORD, modifiedMs: spec.modifiedMs,
        // Every other one last changed by its hostile author: their name shows beside it.
        createdBy: authors[i % authors.length] ?? owner, modifiedBy: i % 2 === 0 ? owner : authors[i % authors.length] ?? owner, sharedWith: [owner],
      }));
    }
  }
  return documents;
}
