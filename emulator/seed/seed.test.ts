import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { openDatabase } from '../db/database.ts';
import { TenantStore } from '../db/tenant-store.ts';
import { buildSearchIndex } from '../search/catalog.ts';
import { parseKql } from '../kql/parse.ts';
import { seedTenant, TENANT_CONFIG_KEY } from './seed.ts';
import { SEED_DATE } from './news.ts';
import { FACT_NEWS } from './facts.ts';
import { bannerSvg } from './images.ts';
import { NEWS_THEMES } from './news-themes.ts';
import { SCENE_ALT } from './scenes.ts';

function seeded(seed: number, news = 1500): { db: DatabaseSync; store: TenantStore } {
  const db = openDatabase();
  seedTenant(db, { seed, news });
  return { db, store: new TenantStore(db) };
}

/** A digest of every row of every table, in key order. */
function digest(db: DatabaseSync, tables?: string[]): string {
  const hash = createHash('sha256');
  const names = tables ?? (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  for (const name of names) {
    hash.update(name);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

const { db, store } = seeded(42);
const all = <T>(sql: string, ...params: Array<string | number>): T[] => db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: Array<string | number>): T => db.prepare(sql).get(...params) as T;

test('the same seed gives the same tenant; another seed other people but the same organisation', () => {
  assert.equal(digest(seeded(42).db), digest(db));
  const other = seeded(7).db;
  assert.notEqual(digest(other, ['users']), digest(db, ['users']));
  assert.notEqual(digest(other, ['list_items']), digest(db, ['list_items']));
  assert.equal(digest(other, ['groups', 'municipalities', 'sites', 'storage_entities']), digest(db, ['groups', 'municipalities', 'sites', 'storage_entities']));
  const personaIds = (d: DatabaseSync): unknown => d.prepare('SELECT persona_key, id FROM users WHERE persona_key IS NOT NULL ORDER BY persona_key').all();
  assert.deepEqual(personaIds(other), personaIds(db));
});

test('more news changes no one: people come from their own random stream', () => {
  assert.equal(digest(seeded(42, 3000).db, ['users', 'employments', 'group_members']), digest(db, ['users', 'employments', 'group_members']));
});

test('at least 600 employees with Swedish names, titles, departments and managers', () => {
  const users = store.users();
  assert.ok(users.length >= 600, `${users.length} users`);
  assert.ok(users.every((u) => /^[\p{L}-]+ [\p{L}-]+$/u.test(u.displayName)));
  assert.ok(users.filter((u) => /[åäöÅÄÖ]/.test(u.displayName)).length > 50, 'Swedish letters in names');
  assert.ok(users.every((u) => u.jobTitle && u.department && u.officeLocation && u.companyName));
  assert.equal(new Set(users.map((u) => u.userPrincipalName.toLowerCase())).size, users.length, 'addresses are unique');
  const ids = new Set(users.map((u) => u.id));
  const withoutManager = users.filter((u) => !u.managerId);
  assert.deepEqual(withoutManager.map((u) => u.jobTitle), ['Kommundirektör', 'Kommundirektör', 'Kommundirektör']);
  assert.ok(users.every((u) => !u.managerId || ids.has(u.managerId)));
  assert.ok(users.filter((u) => u.isManager).length >= 60, 'every unit and förvaltning has a manager');
  const departments = new Set(users.map((u) => u.department));
  for (const name of ['Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Samhällsbyggnadsförvaltningen', 'Kommunledningsförvaltningen', 'Kultur- och fritidsförvaltningen']) {
    assert.ok(departments.has(name), name);
  }
});

test('the personas are there, placed as the plan says', () => {
  const expected = [
    ['anna', 'anna.lindqvist@eksjo.se', 'Undersköterska', 'eksjo'],
    ['erik', 'erik.johansson@eksjo.se', 'Enhetschef', 'eksjo'],
    ['sara', 'sara.nilsson@vetlanda.se', 'Förskollärare', 'vetlanda'],
    ['maria', 'maria.berg@savsjo.se', 'Lönespecialist', 'savsjo'],
    ['johan', 'johan.ek@vetlanda.se', 'Kommunikatör', 'vetlanda'],
  ];
  for (const [key, upn, title, municipality] of expected) {
    const user = store.userByPersona(key)!;
    assert.equal(user.userPrincipalName, upn);
    assert.equal(user.jobTitle, title);
    assert.equal(user.municipalityId, municipality);
  }
  const groupNames = (key: string): string[] => store.transitiveMemberOf(store.userByPersona(key)!.id).map((g) => g.displayName).sort();
  assert.deepEqual(groupNames('anna'), ['Eksjö kommun', 'Eksjö – Hemtjänst Norr', 'Eksjö – Socialförvaltningen', 'Eksjö – alla medarbetare'].sort());
  assert.deepEqual(groupNames('erik'), [...groupNames('anna'), 'Eksjö – chefer'].sort());
  assert.ok(groupNames('sara').includes('Vetlanda – Förskolan Solrosen'));
  assert.deepEqual(
    groupNames('maria').filter((n) => / kommun$|Lön och HR/.test(n)),
    ['Sävsjö kommun', 'Sävsjö – Lön och HR', 'Vetlanda kommun', 'Vetlanda – Lön och HR'],
  );
  assert.equal(store.userByPersona('anna')!.managerId, store.userByPersona('erik')!.id, 'erik manages Hemtjänst Norr');
  const vetlanda = store.siteByPath('/sites/vetlanda')!;
  const johan = store.userByPersona('johan')!;
  assert.deepEqual([...store.siteRoles(vetlanda.id, store.principals(johan.id))].sort(), ['member', 'owner', 'visitor']);
  assert.deepEqual([...store.siteRoles(vetlanda.id, store.principals(store.userByPersona('sara')!.id))], ['visitor']);
  assert.equal(store.siteRoles(vetlanda.id, store.principals(store.userByPersona('anna')!.id)).size, 0);
});

test('at least 10 people work for two or three municipalities, with an address in one of them', () => {
  const rows = all<{ user_id: string; n: number }>('SELECT user_id, COUNT(DISTINCT municipality_id) AS n FROM employments GROUP BY user_id HAVING n > 1');
  assert.ok(rows.length >= 10, `${rows.length} people`);
  assert.ok(rows.some((r) => r.n === 3), 'someone works for all three');
  for (const { user_id: id } of rows) {
    const user = store.user(id)!;
    assert.match(user.mail, /@(eksjo|savsjo|vetlanda)\.se$/);
    const roots = store.transitiveMemberOf(id).filter((g) => g.kind === 'root');
    assert.ok(roots.length > 1, `${user.displayName} is in each municipality's groups`);
  }
});

test('groups nest municipality > all staff and managers > förvaltning > unit, with stable ids', () => {
  const kinds = all<{ kind: string; n: number }>('SELECT kind, COUNT(*) AS n FROM groups GROUP BY kind ORDER BY kind');
  assert.deepEqual(Object.fromEntries(kinds.map((k) => [k.kind, k.n])).root, 3);
  assert.equal(one<{ n: number }>("SELECT COUNT(*) AS n FROM groups WHERE kind = 'forvaltning'").n, 15);
  const unit = one<{ id: string }>("SELECT id FROM groups WHERE display_name = 'Eksjö – Hemtjänst Norr'").id;
  assert.deepEqual(store.transitiveMemberOf(unit).map((g) => g.displayName).sort(), ['Eksjö kommun', 'Eksjö – Socialförvaltningen', 'Eksjö – alla medarbetare'].sort());
  assert.match(unit, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('the tenant configuration names hubs, domains and groups', () => {
  const config = JSON.parse(store.storageEntity(TENANT_CONFIG_KEY)!.value);
  assert.deepEqual(config.sharedSite, { path: '/sites/gemensamt', title: 'Gemensamt' });
  assert.equal(config.boostMaxDays, 14);
  assert.deepEqual(config.municipalities.map((m: { id: string; hubPath: string; emailDomain: string }) => [m.id, m.hubPath, m.emailDomain]), [
    ['eksjo', '/sites/eksjo', 'eksjo.se'],
    ['savsjo', '/sites/savsjo', 'savsjo.se'],
    ['vetlanda', '/sites/vetlanda', 'vetlanda.se'],
  ]);
  for (const m of config.municipalities) {
    assert.equal(store.group(m.groups.root)!.kind, 'root');
    assert.equal(store.group(m.groups.allStaff)!.kind, 'allStaff');
    assert.equal(store.group(m.groups.managers)!.kind, 'managers');
  }
});

interface Page {
  Title: string;
  FirstPublishedDate: string;
  OData__ModernAudienceAadObjectIds: string[];
  SamverkaBoostUntil: string | null;
  BannerImageUrl: { Url: string; Description: string } | null;
  CanvasContent1: string;
}

function pagesOf(path: string): Page[] {
  const list = store.listByTitle(store.siteByPath(path)!.id, 'Site Pages')!;
  return store.listItems(list.id).filter((i) => i.fields.PromotedState === 2).map((i) => i.fields as unknown as Page);
}

test('1,500 news over the two years before the seed date, in every hub and the shared site', () => {
  const sites = ['/sites/eksjo', '/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt'];
  const pages = sites.flatMap(pagesOf);
  assert.equal(pages.length, 1500);
  for (const path of sites) assert.ok(pagesOf(path).length > 150, path);
  const dates = pages.map((p) => Date.parse(p.FirstPublishedDate));
  assert.ok(Math.min(...dates) >= Date.parse(SEED_DATE) - 731 * 86_400_000);
  assert.ok(Math.max(...dates) < Date.parse(SEED_DATE));
  assert.ok(pages.every((p) => p.Title.length > 5 && /<p>/.test(p.CanvasContent1)));
  assert.ok(new Set(pages.map((p) => p.Title)).size > 300, 'titles vary');
  const untargeted = pages.filter((p) => p.OData__ModernAudienceAadObjectIds.length === 0).length / pages.length;
  assert.ok(untargeted > 0.35 && untargeted < 0.55, `untargeted share ${untargeted}`);
  const withBanner = pages.filter((p) => p.BannerImageUrl);
  assert.ok(withBanner.length > pages.length * 0.8);
  for (const p of withBanner.slice(0, 200)) assert.ok(bannerSvg(p.BannerImageUrl!.Url.split('/').pop()!.replace(/\.svg$/, '')), p.BannerImageUrl!.Url);
  const boosted = pages.filter((p) => p.SamverkaBoostUntil && p.SamverkaBoostUntil > SEED_DATE);
  assert.ok(boosted.length >= 4 && boosted.length < 20, `${boosted.length} boosted`);
});

test('the shared site has news for everyone and news for two municipalities', () => {
  const allStaff = new Set(all<{ id: string }>("SELECT id FROM groups WHERE kind = 'allStaff'").map((g) => g.id));
  const shared = pagesOf('/sites/gemensamt');
  assert.ok(shared.some((p) => p.OData__ModernAudienceAadObjectIds.length === 0));
  assert.ok(shared.some((p) => p.OData__ModernAudienceAadObjectIds.length === 2 && p.OData__ModernAudienceAadObjectIds.every((id) => allStaff.has(id))));
});

test('the news facts the end-to-end tests rely on', () => {
  const origin = 'http://127.0.0.1:4401';
  const index = buildSearchIndex(store);
  /** What the news feed shows a persona from some sites: readable, and untargeted or targeted to one of their groups. */
  const visible = (persona: string, sites: string[]): string[] => {
    const user = store.userByPersona(persona)!;
    const groups = store.transitiveMemberOf(user.id).map((g) => g.id);
    const query = `(${sites.map((s) => `Path:"${origin}${s}"`).join(' OR ')}) AND PromotedState:2 AND (${groups.map((g) => `ModernAudienceAadObjectIds:${g}`).join(' OR ')} OR NOT IsAudienceTargeted:true)`;
    const result = index.search({ entityType: 'listItem', query: parseKql(query), principals: store.principals(user.id), from: 0, size: 500, origin, sort: [{ name: 'FirstPublishedDate', isDescending: true }] });
    return result.hits.map((h) => h.document.values.Title as string);
  };
  const fact = (key: string): string => FACT_NEWS.find((f) => f.key === key)!.title;
  const erik = visible('erik', ['/sites/eksjo', '/sites/gemensamt']);
  const anna = visible('anna', ['/sites/eksjo', '/sites/gemensamt']);
  assert.ok(erik.slice(0, 10).includes(fact('eksjoManagers')), 'erik sees the Eksjö managers news among his newest');
  assert.ok(!anna.includes(fact('eksjoManagers')), 'anna does not');
  assert.ok(anna.includes(fact('eksjoHemtjanstNorr')) && anna.includes(fact('eksjoSocial')));
  assert.ok(!visible('sara', ['/sites/eksjo', '/sites/vetlanda', '/sites/gemensamt']).some((t) => t.startsWith('Eksjö')), 'sara cannot read the Eksjö hub');
  const maria = visible('maria', ['/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt']);
  for (const key of ['savsjoEveryone', 'vetlandaEveryone', 'sharedSavsjoVetlanda', 'sharedEveryoneBoosted']) assert.ok(maria.slice(0, 15).includes(fact(key)), key);
  assert.ok(!maria.includes(fact('vetlandaManagers')));
  assert.ok(!visible('anna', ['/sites/eksjo', '/sites/gemensamt']).includes(fact('sharedSavsjoVetlanda')), 'cross-municipality news skip Eksjö');
});

test('must-read news: the facts that say so, with their read-by days, and an overdue one for all staff of each hub', () => {
  const marked = (path: string): Array<{ Title: string; SamverkaReadBy: string | null; OData__ModernAudienceAadObjectIds: string[] }> =>
    pagesOf(path).filter((p) => (p as unknown as { SamverkaMustRead?: boolean }).SamverkaMustRead === true) as never;
  const vetlanda = marked('/sites/vetlanda');
  const managers = vetlanda.find((p) => p.Title === FACT_NEWS.find((f) => f.key === 'vetlandaManagers')!.title)!;
  assert.equal(managers.SamverkaReadBy, '2026-12-03T23:00:00Z', '4 December, Stockholm midnight');
  assert.deepEqual(managers.OData__ModernAudienceAadObjectIds, [one<{ id: string }>("SELECT managers_group_id AS id FROM municipalities WHERE id = 'vetlanda'").id]);
  assert.equal(vetlanda.find((p) => p.Title.startsWith('Förskolan Solrosen'))!.SamverkaReadBy, null, 'the read-by day is optional');
  for (const m of all<{ hub: string; staff: string }>('SELECT hub_path AS hub, all_staff_group_id AS staff FROM municipalities')) {
    const overdue = marked(m.hub).filter((p) => p.OData__ModernAudienceAadObjectIds.length === 1 && p.OData__ModernAudienceAadObjectIds[0] === m.staff);
    assert.equal(overdue.length, 1, m.hub);
    assert.ok(Date.parse(overdue[0].SamverkaReadBy!) < Date.parse(SEED_DATE), `${m.hub}: overdue`);
  }
  const shared = marked('/sites/gemensamt');
  assert.deepEqual(shared.map((p) => p.Title), [FACT_NEWS.find((f) => f.key === 'sharedSavsjoVetlanda')!.title]);
  const total = ['/sites/eksjo', '/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt'].reduce((n, path) => n + marked(path).length, 0);
  assert.equal(total, FACT_NEWS.filter((f) => f.mustRead).length + 3, 'a handful, no more');
});

test('banners are pictures of a scene chosen by theme: shapes only, small, titled with their alt text', () => {
  let bytes = 0;
  for (const theme of NEWS_THEMES) {
    const variants = [1, 2, 3].map((v) => bannerSvg(`${theme.key}-${v}`)!);
    assert.equal(new Set(variants).size, 3, `${theme.key}: three variants`);
    for (const svg of variants) {
      bytes += Buffer.byteLength(svg);
      assert.ok(Buffer.byteLength(svg) < 10_000, `${theme.key}: ${Buffer.byteLength(svg)} bytes`);
      assert.ok(svg.includes(`<title id="t">${SCENE_ALT[theme.scene]}</title>`), theme.key);
      // No text drawn on the picture, nothing that runs or loads.
      assert.doesNotMatch(svg, /<(text|script|foreignObject|image|use|a|style)\b|\bon\w+=|href|url\(|javascript:/i, theme.key);
    }
  }
  assert.ok(bytes < 400_000, `${bytes} bytes in all`);
  assert.equal(bannerSvg('lonerevision-4'), null);
  assert.equal(bannerSvg('okand-1'), null);
});

test('a news page is one story: its title, description and body belong together', () => {
  const pages = ['/sites/eksjo', '/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt'].flatMap(pagesOf) as Array<Page & { Description: string }>;
  const story = (title: string) => NEWS_THEMES.flatMap((t) => t.stories).find((s) => new RegExp(`^${s.title.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.+')}$`).test(title));
  let checked = 0;
  for (const page of pages) {
    const s = story(page.Title);
    if (!s) continue;
    checked++;
    const lead = s.description.split(/\{\w+\}/)[0];
    assert.ok(page.Description.startsWith(lead), `${page.Title}: ${page.Description}`);
    const heading = `<h2>${s.heading.replace(/&/g, '&amp;')}</h2>`;
    assert.ok(page.CanvasContent1.includes(heading), `${page.Title}: ${heading}`);
    // A story of a season is told in it ("Julhälsning" in December, "Ny lön betalas ut" in spring).
    if (s.months) assert.ok(s.months.includes(new Date(page.FirstPublishedDate).getUTCMonth() + 1), `${page.Title} on ${page.FirstPublishedDate}`);
  }
  assert.ok(checked > 500, `${checked} pages checked`);
});

test('documents are named as a municipality names them: no running numbers, a few versions of one document', async () => {
  const { buildDocuments, QUARTERS } = await import('./documents.ts');
  const docs = buildDocuments(store);
  assert.ok(docs.length >= 3 * 1500 + 650, 'every site keeps its number of documents');
  const stems = docs.map((d) => d.name.replace(/\.(docx|xlsx|pptx|pdf)$/, ''));
  // A number at the end is a year, a week ("vecka 48"), a version ("v2") or a property designation ("Linden 3").
  const designation = new RegExp(`(${QUARTERS.join('|')}) \\d+$`);
  const numbered = stems.filter((n) => / \d{1,3}$/.test(n) && !/(vecka \d+| v\d|Lpfö 18)$/.test(n) && !designation.test(n));
  assert.deepEqual(numbered, []);
  assert.ok(!designation.test('Riskbedömning Hemtjänst Norr 173'));
  const versions = stems.filter((n) => / v\d$/.test(n)).length;
  assert.ok(versions > 20 && versions < docs.length * 0.05, `${versions} versions`);
  assert.ok(stems.some((n) => n === 'Delegationsordning socialnämnden 2026'));
  assert.ok(stems.some((n) => /^Riskbedömning [a-zåäö ]+ Hemtjänst Norr$/.test(n)));
  assert.ok(stems.some((n) => /^Protokoll kommunstyrelsen 2026-\d\d-\d\d$/.test(n)));
  // A dated name is a weekday.
  for (const n of stems) {
    const date = /(\d{4}-\d\d-\d\d)/.exec(n)?.[1];
    if (date) assert.ok(![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()), n);
  }
});
