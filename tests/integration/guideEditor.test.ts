import type { GuideResult, SearchState } from '../../src/core/search';
import { newGuideDraft } from '../../src/core/guideEditor';
import type { GuideDraft } from '../../src/core/guideEditor';
import { isGuideEditorError } from '../../src/core/guideEditorPorts';
import { guideChanges } from '../../src/core/guideVersions';
import { failureCodeOf } from '../../src/core/failures';
import * as guideEditor from '../../src/wiring/guideEditor';
import * as search from '../../src/wiring/search';
import { localPage, LocalPage } from '../support/localPage';
import * as dashboardWiring from '../../src/wiring/dashboard';
import { guidesForMunicipality } from '../../src/core/dashboardRules';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * The guide editor's service through PnPjs against the local tenant: who may edit, drafts that
 * readers cannot find, publishing, two saves on one ETag, copies and the recycle bin.
 */
jest.setTimeout(120000);

const NOW = new Date('2026-11-28T12:00:00Z');
let tenant: LocalTenant;

beforeAll(async () => {
  tenant = await startLocalTenant();
});

afterAll(async () => {
  if (tenant) {
    await tenant.stop();
  }
});

function servicesFor(token: string): LocalPage {
  return localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage(), now: () => NOW });
}

const editorFor = (token: string) => ((guideEditorPage: LocalPage) => guideEditor.wire(guideEditorPage.connection, guideEditorPage.options).service)(servicesFor(token));

async function guideTitles(token: string, text: string): Promise<string[]> {
  // Search follows the write after the current burst of writes.
  await new Promise(resolve => setTimeout(resolve, 50));
  const state: SearchState = { text, vertical: 'guides', refiners: {} };
  const page = await ((searchPage: LocalPage) => search.wire(searchPage.connection, {}, searchPage.options).search)(servicesFor(token)).search(state);
  return page.items.map(i => (i as GuideResult).title);
}

function guide(title: string, word: string): GuideDraft {
  return {
    ...newGuideDraft({ email: 'johan.ek@vetlanda.se', name: 'Johan Ek' }, NOW, null),
    title, summary: 'Så gör du.', category: 'Ledighet och frånvaro', forvaltning: 'Kommunledningsförvaltningen', keywords: ['ledighet'],
    steps: [
      { title: 'Öppna portalen', html: '<p>Gå till <a href="/sites/gemensamt">Gemensamt</a>.</p>' },
      { title: 'Fyll i', html: `<p>Skriv <strong>${word}</strong> i rutan.</p>`, image: { url: '/sites/gemensamt/SiteAssets/Guider/bild.png', alt: 'Rutan att fylla i' } },
      { title: 'Skicka', html: '<ul><li>Klart</li></ul>' }
    ]
  };
}

describe('who may edit', () => {
  it('gives Johan (a member of Gemensamt) the guides with their status, and Sara (a reader) none and no actions', async () => {
    const johan = await editorFor('johan').overview();
    expect(johan.mayEdit).toBe(true);
    expect(johan.guides.length).toBeGreaterThan(100);
    expect(johan.guides.every(g => g.status === 'publicerad')).toBe(true);
    const sara = await editorFor('sara').overview();
    expect(sara).toEqual({ mayEdit: false, guides: [] });
  });
});

describe('draft and publish', () => {
  it('keeps a draft from readers in search until it is published, by a word from step two', async () => {
    const editor = editorFor('johan');
    const saved = await editor.saveDraft(guide('Ansök om tjänstledighet', 'Kvittrofält'));
    expect(await guideTitles('sara', 'Kvittrofält')).toEqual([]);
    const loaded = await editor.load(saved.id);
    expect(loaded.draft.status).toBe('utkast');
    expect(loaded.draft.owner).toMatchObject({ email: 'johan.ek@vetlanda.se', name: 'Johan Ek' });
    expect(loaded.draft.steps).toEqual(guide('x', 'Kvittrofält').steps);
    expect((await editor.overview()).guides.find(g => g.id === saved.id)).toMatchObject({ status: 'utkast', ownerEmail: 'johan.ek@vetlanda.se' });

    await editor.publish(loaded.draft, saved.id, loaded.etag);
    expect(await guideTitles('sara', 'Kvittrofält')).toEqual(['Ansök om tjänstledighet']);
    expect((await editor.load(saved.id)).draft.status).toBe('publicerad');
  });

  it('refuses to publish a guide with problems, naming each, and saves nothing', async () => {
    const editor = editorFor('johan');
    const saved = await editor.saveDraft(guide('Guide med brister', 'Brist'));
    const before = await editor.load(saved.id);
    const broken: GuideDraft = {
      ...before.draft,
      steps: [
        { title: '', html: '<p><a href="https://evil.example.com/">länk</a></p>', image: { url: '/sites/gemensamt/SiteAssets/a.png', alt: '' } },
        { title: 'Film', html: '', video: { url: '/sites/gemensamt/SiteAssets/film.mp4' } }
      ]
    };
    const error = await editor.publish(broken, saved.id, before.etag).catch((e: unknown) => e);
    expect(isGuideEditorError(error) && error.code).toBe('invalid');
    expect(isGuideEditorError(error) && error.problems!.map(p => p.code)).toEqual(['stepWithoutTitle', 'linkToOtherHost', 'pictureWithoutAlt', 'filmWithoutCaptions']);
    expect((await editor.load(saved.id)).etag).toBe(before.etag);
  });
});

describe('drafts in the viewer', () => {
  function listGuide(id: number): GuideResult {
    return {
      kind: 'guide', id: `guide-${id}`, source: 'list', title: 'x', summary: '', stepCount: 3, category: '', municipalities: ['alla'],
      url: `${tenant.url}/sites/gemensamt/Lists/Guider/DispForm.aspx?ID=${id}`, listItemId: id, modified: ''
    };
  }

  it('does not open a draft for a reader (not found, as the viewer handles it), opens it for an editor, and for everyone once published', async () => {
    const editor = editorFor('johan');
    const saved = await editor.saveDraft(guide('Utkast i visaren', 'Visarord'));
    const reader = ((searchPage: LocalPage) => search.wire(searchPage.connection, {}, searchPage.options).search)(servicesFor('sara'));
    const refused = await reader.getGuideSteps(listGuide(saved.id)).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 404 });
    expect(failureCodeOf(refused)).toBe('notFound');
    const editorSteps = await ((searchPage: LocalPage) => search.wire(searchPage.connection, {}, searchPage.options).search)(servicesFor('johan')).getGuideSteps(listGuide(saved.id));
    expect(editorSteps.map(s => s.title)).toEqual(['Öppna portalen', 'Fyll i', 'Skicka']);
    const loaded = await editor.load(saved.id);
    await editor.publish(loaded.draft, saved.id, loaded.etag);
    expect((await reader.getGuideSteps(listGuide(saved.id))).map(s => s.title)).toEqual(['Öppna portalen', 'Fyll i', 'Skicka']);
  });
});

describe('a guide for several municipalities', () => {
  const readers = { vetlanda: 'sara', eksjo: 'anna', savsjo: 'karin' };

  async function minSida(token: string, municipalityId: string): Promise<string[]> {
    const connection = { kind: 'local' as const, baseUrl: tenant.url, token };
    const { services } = dashboardWiring.wire(connection, { storage: new MemoryStorage(), now: () => NOW });
    const data = await services.dashboard.load({ calendarDays: 1, documentCount: 1, guideCount: 5, now: NOW });
    const guides = data.guides && data.guides.ok ? data.guides.value : [];
    // What the web part shows: the guides of the municipality shown (PersonalDashboard).
    return guidesForMunicipality(guides, municipalityId).map(g => g.title);
  }

  it('is found in Sök by a reader of each of its municipalities, counted under each refiner value, and by no one else', async () => {
    const title = 'Boka tid hos den gemensamma företagshälsovården';
    expect(await guideTitles(readers.vetlanda, 'ergonomigenomgång')).toEqual([title]);
    expect(await guideTitles(readers.eksjo, 'ergonomigenomgång')).toEqual([title]);
    expect(await guideTitles(readers.savsjo, 'ergonomigenomgång')).toEqual([]);
    // RefinableString111 is multi-valued: restricted to either value it matches, and the refiner counts it under both.
    const vetlanda = servicesFor(readers.vetlanda);
    const sok = search.wire(vetlanda.connection, {}, vetlanda.options).search;
    const refined = await sok.search({ text: 'ergonomigenomgång', vertical: 'guides', refiners: { municipality: ['eksjo'] } });
    expect(refined.items.map(i => (i as GuideResult).title)).toEqual([title]);
    expect((refined.items[0] as GuideResult).municipalities).toEqual(['eksjo', 'vetlanda']);
    const buckets = (refined.refiners.municipality || []).map(b => [b.value, b.count]);
    expect(buckets).toEqual(expect.arrayContaining([['eksjo', 1], ['vetlanda', 1]]));
  });

  it('is in Min sida for a reader of each of its municipalities, and not for a Sävsjö reader', async () => {
    const title = 'Boka tid hos den gemensamma företagshälsovården';
    expect(await minSida(readers.vetlanda, 'vetlanda')).toContain(title);
    expect(await minSida(readers.eksjo, 'eksjo')).toContain(title);
    const savsjo = await minSida(readers.savsjo, 'savsjo');
    expect(savsjo.length).toBeGreaterThan(0);
    expect(savsjo).not.toContain(title);
  });

  it('is written by the editor as a multi-choice value and found by readers of both, not by a third', async () => {
    const editor = editorFor('johan');
    const saved = await editor.saveDraft({ ...guide('Gemensam rutin för Eksjö och Vetlanda', 'Tvåkommunsord'), municipalities: ['eksjo', 'vetlanda'] });
    const loaded = await editor.load(saved.id);
    expect(loaded.draft.municipalities).toEqual(['eksjo', 'vetlanda']);
    expect((await editor.overview()).guides.find(g => g.id === saved.id)!.municipalities).toEqual(['eksjo', 'vetlanda']);
    await editor.publish(loaded.draft, saved.id, loaded.etag);
    expect(await guideTitles(readers.vetlanda, 'Tvåkommunsord')).toEqual(['Gemensam rutin för Eksjö och Vetlanda']);
    expect(await guideTitles(readers.eksjo, 'Tvåkommunsord')).toEqual(['Gemensam rutin för Eksjö och Vetlanda']);
    expect(await guideTitles(readers.savsjo, 'Tvåkommunsord')).toEqual([]);
  });
});

describe('two editors at once', () => {
  it('refuses a second save with the same ETag (412) and says who saved in between and when', async () => {
    const johan = editorFor('johan');
    const saved = await johan.saveDraft(guide('Guide för två', 'Tvåsam'));
    const mine = await johan.load(saved.id);
    const theirs = await johan.load(saved.id);
    const first = await johan.saveDraft({ ...theirs.draft, title: 'Deras rubrik' }, saved.id, theirs.etag);
    const error = await johan.saveDraft({ ...mine.draft, title: 'Min rubrik' }, saved.id, mine.etag).catch((e: unknown) => e);
    expect(isGuideEditorError(error) && error.code).toBe('conflict');
    const conflict = isGuideEditorError(error) ? error.conflict! : undefined;
    expect(conflict).toMatchObject({ modifiedBy: 'Johan Ek', modified: first.modified });
    expect(conflict!.theirs.draft.title).toBe('Deras rubrik');
    expect(conflict!.theirs.etag).toBe(first.etag);
    // Nothing was overwritten; "keep mine" is a save on top of theirs, with their ETag.
    expect((await johan.load(saved.id)).draft.title).toBe('Deras rubrik');
    await johan.saveDraft({ ...mine.draft, title: 'Min rubrik' }, saved.id, conflict!.theirs.etag);
    expect((await johan.load(saved.id)).draft.title).toBe('Min rubrik');
  });
});

describe('the owner', () => {
  it('is found by name in a search of people and, chosen, owns the saved guide', async () => {
    const johan = editorFor('johan');
    const found = await johan.findPeople('karin holm');
    const karin = found.find(p => p.name === 'Karin Holm');
    expect(karin).toBeDefined();
    expect(karin!.email).toMatch(/@savsjo\.se$/);
    expect(await johan.findPeople('k')).toEqual([]);
    const saved = await johan.saveDraft({ ...guide('Guide som Karin äger', 'Ägarord'), owner: karin! });
    expect((await johan.load(saved.id)).draft.owner).toMatchObject({ email: karin!.email, name: 'Karin Holm' });
  });
});

describe('versions', () => {
  it('lists who saved each version and what it changed, and restores an earlier one as a new version, by its ETag', async () => {
    const johan = editorFor('johan');
    const saved = await johan.saveDraft(guide('Guide med historia', 'Historisk'));
    const first = await johan.load(saved.id);
    const steps = first.draft.steps.concat([{ title: 'Spara kvittot', html: '<p>Spara.</p>' }]);
    const second = await johan.saveDraft({ ...first.draft, title: 'Guide med ny historia', steps }, saved.id, first.etag);

    const versions = await johan.versions(saved.id);
    expect(versions.map(v => [v.label, v.isCurrent, v.editorName])).toEqual([['2.0', true, 'Johan Ek'], ['1.0', false, 'Johan Ek']]);
    expect(versions[1].draft.title).toBe('Guide med historia');
    expect(guideChanges(versions[1].draft, versions[0].draft)).toEqual([{ kind: 'field', field: 'title' }, { kind: 'step', step: 4, change: 'added' }]);

    // A restore on a stale ETag is refused like any save; with the current one it is version 3.0, holding 1.0's values.
    const stale = await johan.restoreVersion(saved.id, versions[1].versionId, first.etag).catch((e: unknown) => e);
    expect(isGuideEditorError(stale) && stale.code).toBe('conflict');
    await johan.restoreVersion(saved.id, versions[1].versionId, second.etag);
    const after = await johan.versions(saved.id);
    expect(after.map(v => v.label)).toEqual(['3.0', '2.0', '1.0']);
    expect(guideChanges(after[2].draft, after[0].draft)).toEqual([]);
    const loaded = await johan.load(saved.id);
    expect(loaded.draft.title).toBe('Guide med historia');
    expect(loaded.draft.steps).toEqual(first.draft.steps);
    expect(loaded.draft.status).toBe('utkast');
  });
});

describe('copy and delete', () => {
  it('copies another municipality\'s guide as a draft that keeps where it came from', async () => {
    const editor = editorFor('johan');
    const eksjoGuide = (await editor.overview()).guides.find(g => g.municipalities !== 'alla' && g.municipalities[0] === 'eksjo')!;
    expect(eksjoGuide).toBeDefined();
    const source = await editor.load(eksjoGuide.id);
    const copy = await editor.copy(eksjoGuide.id);
    expect(copy.id).not.toBe(eksjoGuide.id);
    const loaded = await editor.load(copy.id);
    expect(loaded.draft.status).toBe('utkast');
    expect(loaded.draft.title).toBe(source.draft.title);
    expect(loaded.draft.steps).toEqual(source.draft.steps);
    expect(loaded.draft.provenance).toEqual({
      sourceUrl: `${tenant.url}/sites/gemensamt/Lists/Guider/DispForm.aspx?ID=${eksjoGuide.id}`,
      sourceMunicipality: 'eksjo', sourceModified: source.modified, copiedBy: 'johan.ek@vetlanda.se', copiedAt: expect.any(String)
    });
    expect((await editor.overview()).guides.find(g => g.id === copy.id)!.sourceUrl).toBe(loaded.draft.provenance!.sourceUrl);
    // The source is as it was.
    expect((await editor.load(eksjoGuide.id)).etag).toBe(source.etag);
  });

  it('recycles a guide: gone from the list and from search; a reader may not', async () => {
    const editor = editorFor('johan');
    const saved = await editor.saveDraft(guide('Guide att ta bort', 'Borttagsord'));
    const loaded = await editor.load(saved.id);
    await editor.publish(loaded.draft, saved.id, loaded.etag);
    expect(await guideTitles('sara', 'Borttagsord')).toEqual(['Guide att ta bort']);
    await expect(editorFor('sara').recycle(saved.id)).rejects.toMatchObject({ status: 403 });
    await editor.recycle(saved.id);
    await expect(editor.load(saved.id)).rejects.toMatchObject({ status: 404 });
    expect((await editor.overview()).guides.some(g => g.id === saved.id)).toBe(false);
    expect(await guideTitles('sara', 'Borttagsord')).toEqual([]);
  });
});

describe('pictures and captions', () => {
  const named = (bytes: Uint8Array | string, name: string, type: string): Blob & { name: string } =>
    Object.assign(new Blob([bytes], { type }), { name });

  it('uploads Johan\'s picture in slices with progress ending at 1; Sara reads it at the URL returned, as image/png', async () => {
    // 2.5 MB: three slices of the 1 MB chunk size, so PnPjs sends startUpload, continueUpload and finishUpload.
    const bytes = new Uint8Array(2.5 * 1024 * 1024);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (let i = 8; i < bytes.length; i++) {
      bytes[i] = i % 251;
    }
    const progress: number[] = [];
    await tenant.clearRequests();
    const uploaded = await editorFor('johan').uploadPicture(named(bytes, 'Skärmbild: steg 2.PNG', 'image/png'), f => progress.push(f));
    expect(uploaded.url).toMatch(new RegExp(`^${tenant.url}/sites/gemensamt/Guidebilder/[a-z0-9]+-Sk%C3%A4rmbild-steg-2\\.png$`));
    expect(uploaded.size).toBe(bytes.length);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.every((f, i) => i === 0 || f > progress[i - 1])).toBe(true);
    const sent = (await tenant.requests())
      .map(r => [r.method, /\/(AddUsingPath|startUpload|continueUpload|finishUpload)\(/i.exec(r.path)] as const)
      .filter(([, m]) => m !== null)
      .map(([method, m]) => `${method} ${m![1]}`);
    expect(sent).toEqual([
      'POST AddUsingPath', 'POST startUpload', 'POST continueUpload', 'POST finishUpload'
    ]);
    const read = await fetch(uploaded.url, { headers: { authorization: 'Bearer sara' } });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await read.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('uploads a captions file; Sara reads it as text/vtt', async () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nVälkommen till guiden.\n';
    const progress: number[] = [];
    const uploaded = await editorFor('johan').uploadCaptions(named(vtt, 'film.sv.vtt', 'text/vtt'), f => progress.push(f));
    expect(uploaded.url).toMatch(/\/sites\/gemensamt\/Guidebilder\/[a-z0-9]+-film-sv\.vtt$/);
    expect(progress).toEqual([0, 0.95, 1]);
    const read = await fetch(uploaded.url, { headers: { authorization: 'Bearer sara' } });
    expect(read.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await read.text()).toBe(vtt);
  });

  it('refuses Sara\'s upload (403) as "forbidden", and leaves nothing in the library', async () => {
    const error = await editorFor('sara').uploadPicture(named(new Uint8Array([1, 2, 3]), 'bild.png', 'image/png')).catch((e: unknown) => e);
    expect(isGuideEditorError(error) && error.code).toBe('forbidden');
    const files = await fetch(`${tenant.url}/sites/gemensamt/_api/web/lists/getByTitle('Guidebilder')/items?$select=FileLeafRef`, {
      headers: { authorization: 'Bearer johan', accept: 'application/json' }
    }).then(r => r.json()) as { value: Array<{ FileLeafRef: string }> };
    expect(files.value.some(f => /bild\.png$/.test(f.FileLeafRef))).toBe(false);
  });

  it('refuses a file that is not a picture, a picture over 10 MB, an empty one and captions that are not WebVTT before any request', async () => {
    const editor = editorFor('johan');
    await tenant.clearRequests();
    const cases: Array<[Promise<unknown>, string]> = [
      [editor.uploadPicture(named('%PDF-1.7', 'lönebesked.pdf', 'application/pdf')), 'notAPicture'],
      [editor.uploadPicture(named(new Uint8Array(10 * 1024 * 1024 + 1), 'stor.jpg', 'image/jpeg')), 'pictureTooLarge'],
      [editor.uploadPicture(named('', 'tom.png', 'image/png')), 'emptyFile'],
      [editor.uploadPicture(named('<svg/>', 'ritning.svg', 'image/svg+xml')), 'notAPicture'],
      [editor.uploadCaptions(named('1\n00:00:00,000 --> 00:00:02,000\nHej\n', 'film.srt', '')), 'notCaptions'],
      [editor.uploadCaptions(named(new Uint8Array(1024 * 1024 + 1), 'lang.vtt', 'text/vtt')), 'captionsTooLarge']
    ];
    for (const [attempt, problem] of cases) {
      const error = await attempt.catch((e: unknown) => e);
      expect(isGuideEditorError(error) && `${error.code} ${error.fileProblem}`).toBe(`invalidFile ${problem}`);
    }
    expect(await tenant.requests()).toEqual([]);
  });
});
