import { DEFAULT_HEALTH_POLICY, healthPolicyFor, nextReviewDate } from './contentHealth';
import {
  addStep, defaultGuideReviewDate, draftOfItem, etagOf, GuideDraft, guideItemFields, moveStep, municipalityText, municipalityValue, newGuideDraft,
  parseMunicipalities, PUBLISHED_GUIDES_CLAUSE, removeStep, serializeGuideSteps, updateStep
} from './guideEditor';
import type { TenantConfig } from './municipality';
import { parseGuideSteps } from './search';
import type { GuideStep } from './search';

const CONFIG: TenantConfig = {
  municipalities: [{ id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: 'a', allStaff: 'b', managers: 'c' }, reviewMonths: 6 }],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};
const NOW = new Date('2026-03-10T09:00:00Z');

const STEPS: GuideStep[] = [
  { title: 'Logga in', html: '<p>Öppna <a href="https://x.sharepoint.com/sites/lon">Lön</a></p>', image: { url: '/sites/gemensamt/Guidebilder/a.png', alt: 'Inloggningen' } },
  { title: 'Fyll i', html: '<ul><li><strong>Datum</strong></li></ul>', video: { url: '/sites/gemensamt/Guidebilder/film.mp4', captionsUrl: '/sites/gemensamt/Guidebilder/film.vtt', captionsLanguage: 'sv' } },
  { title: 'Skicka', html: '<p><em>Klart</em></p>' }
];

function draft(patch: Partial<GuideDraft> = {}): GuideDraft {
  return { ...newGuideDraft({ email: 'johan@vetlanda.se', name: 'Johan' }, NOW, CONFIG), title: 'Rapportera lön', summary: 'Så rapporterar du.', category: 'Lön', steps: STEPS, ...patch };
}

describe('guide steps', () => {
  it('adds an empty step at the end or at a place, leaving the old array as it was', () => {
    const added = addStep(STEPS);
    expect(added).toHaveLength(4);
    expect(added[3]).toEqual({ title: '', html: '' });
    expect(addStep(STEPS, 1).map(s => s.title)).toEqual(['Logga in', '', 'Fyll i', 'Skicka']);
    expect(addStep([], 7)).toEqual([{ title: '', html: '' }]);
    expect(STEPS).toHaveLength(3);
  });

  it('removes a step; an index outside the steps removes nothing', () => {
    expect(removeStep(STEPS, 1).map(s => s.title)).toEqual(['Logga in', 'Skicka']);
    expect(removeStep(STEPS, 3)).toEqual(STEPS);
    expect(removeStep(STEPS, -1)).toEqual(STEPS);
  });

  it('moves a step up and down and says where it went, so focus can follow it', () => {
    const down = moveStep(STEPS, 0, 'down');
    expect(down.steps.map(s => s.title)).toEqual(['Fyll i', 'Logga in', 'Skicka']);
    expect(down.index).toBe(1);
    const up = moveStep(STEPS, 2, 'up');
    expect(up.steps.map(s => s.title)).toEqual(['Logga in', 'Skicka', 'Fyll i']);
    expect(up.index).toBe(1);
    // At the edges the step stays.
    expect(moveStep(STEPS, 0, 'up')).toEqual({ steps: STEPS, index: 0 });
    expect(moveStep(STEPS, 2, 'down')).toEqual({ steps: STEPS, index: 2 });
    expect(STEPS[0].title).toBe('Logga in');
  });

  it('updates one step only', () => {
    const next = updateStep(STEPS, 2, { title: 'Skicka in' });
    expect(next[2]).toEqual({ title: 'Skicka in', html: '<p><em>Klart</em></p>' });
    expect(next[0]).toBe(STEPS[0]);
  });
});

describe('the steps column', () => {
  it('is written in the shape the viewer reads: a round trip through its parser gives the steps back', () => {
    const json = serializeGuideSteps(STEPS);
    expect(parseGuideSteps(json)).toEqual(STEPS);
    expect(JSON.parse(json)[0]).toEqual({ title: 'Logga in', html: STEPS[0].html, image: { url: '/sites/gemensamt/Guidebilder/a.png', alt: 'Inloggningen' } });
  });

  it('writes captions with a language (Swedish when none was given) and leaves out empty captions', () => {
    const json = JSON.parse(serializeGuideSteps([
      { title: 'a', html: '', video: { url: '/f.mp4', captionsUrl: '/f.vtt' } },
      { title: 'b', html: '', video: { url: '/g.mp4', captionsUrl: '' } }
    ]));
    expect(json[0].video).toEqual({ url: '/f.mp4', captionsUrl: '/f.vtt', captionsLanguage: 'sv' });
    expect(json[1].video).toEqual({ url: '/g.mp4' });
  });

  it('never keeps extra properties of a step', () => {
    const step = { title: 'a', html: 'b', extra: '<script>' } as unknown as GuideStep;
    expect(JSON.parse(serializeGuideSteps([step]))).toEqual([{ title: 'a', html: 'b' }]);
  });
});

describe('the guide list columns', () => {
  it('writes a draft as the list\'s columns, with the status asked for', () => {
    const fields = guideItemFields(draft({ keywords: ['lön', ' tid '], municipalities: ['eksjo'], owner: { email: 'j@v.se', name: 'J', id: 12 } }), 'utkast');
    expect(fields).toEqual({
      Title: 'Rapportera lön', SamverkaGuideSummary: 'Så rapporterar du.', SamverkaGuideSteps: serializeGuideSteps(STEPS), SamverkaGuideStepCount: 3,
      SamverkaGuideCategory: 'Lön', SamverkaMunicipality: ['eksjo'], SamverkaForvaltning: '', SamverkaGuideKeywords: 'lön; tid',
      SamverkaReviewDate: defaultGuideReviewDate(NOW, CONFIG), SamverkaGuideStatus: 'utkast', SamverkaOwnerId: 12
    });
    // Without the owner's principal id, the owner column is left as it is.
    expect('SamverkaOwnerId' in guideItemFields(draft(), 'publicerad')).toBe(false);
  });

  it('reads a stored guide back into the same draft', () => {
    const original = draft({ keywords: ['lön', 'tid'], municipalities: ['eksjo', 'vetlanda'], owner: { email: 'j@v.se', name: 'J', id: 12 }, forvaltning: 'Stöd' });
    const fields = guideItemFields(original, 'publicerad');
    const back = draftOfItem({ ...fields, SamverkaOwner: { Title: 'J', EMail: 'j@v.se' } } as never);
    expect(back).toEqual({ ...original, status: 'publicerad' });
  });

  it('takes a guide without status (older than the column) as published, and keeps a copy\'s provenance', () => {
    expect(draftOfItem({ Title: 'x' }).status).toBe('publicerad');
    expect(draftOfItem({ Title: 'x', SamverkaGuideStatus: 'utkast' }).status).toBe('utkast');
    const copy = draftOfItem({ Title: 'x', SamverkaSourceUrl: 'https://t/sites/gemensamt/Lists/Guider/DispForm.aspx?ID=3', SamverkaSourceMunicipality: 'eksjo', SamverkaSourceModified: '2026-01-01T00:00:00Z', SamverkaCopiedBy: 'j@v.se', SamverkaCopiedAt: '2026-02-01T00:00:00Z' });
    expect(copy.provenance).toEqual({ sourceUrl: 'https://t/sites/gemensamt/Lists/Guider/DispForm.aspx?ID=3', sourceMunicipality: 'eksjo', sourceModified: '2026-01-01T00:00:00Z', copiedBy: 'j@v.se', copiedAt: '2026-02-01T00:00:00Z' });
  });

  it('stores one, several or all municipalities in the municipality column', () => {
    // A multi-choice column: an array of choices (what PnPjs sends as JSON), one value each.
    expect(municipalityValue('alla')).toEqual(['alla']);
    expect(municipalityValue(['eksjo'])).toEqual(['eksjo']);
    expect(municipalityValue(['eksjo', 'savsjo'])).toEqual(['eksjo', 'savsjo']);
    expect(guideItemFields({ ...newGuideDraft(null, new Date('2026-12-01T00:00:00Z'), null), municipalities: ['eksjo', 'vetlanda'] }, 'utkast').SamverkaMunicipality).toEqual(['eksjo', 'vetlanda']);
    expect(municipalityText(['eksjo', 'savsjo'])).toBe('eksjo;savsjo');
    expect(parseMunicipalities(['eksjo', 'savsjo'])).toEqual(['eksjo', 'savsjo']);
    expect(parseMunicipalities({ results: ['vetlanda'] })).toEqual(['vetlanda']);
    expect(parseMunicipalities(['alla'])).toBe('alla');
    expect(parseMunicipalities('eksjo;savsjo')).toEqual(['eksjo', 'savsjo']);
    expect(parseMunicipalities('')).toBe('alla');
    expect(parseMunicipalities(null)).toBe('alla');
    expect(parseMunicipalities('alla')).toBe('alla');
  });

  it('finds the ETag in minimal and verbose metadata', () => {
    expect(etagOf({ 'odata.etag': '"4"' })).toBe('"4"');
    expect(etagOf({ __metadata: { etag: '"5"' } })).toBe('"5"');
    expect(etagOf({})).toBeUndefined();
  });
});

describe('defaults of a new guide', () => {
  it('is a draft with one empty step, owned by the author, for everyone', () => {
    const created = newGuideDraft({ email: 'johan@vetlanda.se', name: 'Johan' }, NOW, CONFIG);
    expect(created.status).toBe('utkast');
    expect(created.steps).toEqual([{ title: '', html: '' }]);
    expect(created.owner).toEqual({ email: 'johan@vetlanda.se', name: 'Johan' });
    expect(created.municipalities).toBe('alla');
  });

  it('reviews a guide when content health would: the shared site\'s interval (no municipality), not a hub\'s', () => {
    // Content health assesses the shared site's guides with healthPolicyFor(config, null).
    expect(defaultGuideReviewDate(NOW, CONFIG)).toBe(nextReviewDate(NOW, healthPolicyFor(CONFIG, null)));
    expect(healthPolicyFor(CONFIG, null).reviewMonths).toBe(DEFAULT_HEALTH_POLICY.reviewMonths);
    // 12 months later, at Stockholm midnight.
    expect(defaultGuideReviewDate(NOW, CONFIG)).toBe('2027-03-09T23:00:00.000Z');
  });
});

describe('readers\' guides in search', () => {
  it('leaves drafts out and keeps guides without a status', () => {
    expect(PUBLISHED_GUIDES_CLAUSE).toBe('NOT SamverkaGuideStatusOWSCHCS:utkast');
  });
});
