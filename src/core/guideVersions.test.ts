import { newGuideDraft } from './guideEditor';
import type { GuideDraft } from './guideEditor';
import { guideChanges, versionOfRaw, versionsNewestFirst } from './guideVersions';
import type { RawGuideVersion } from './guideVersions';

const NOW = new Date('2026-11-28T10:00:00Z');

function draft(patch: Partial<GuideDraft> = {}): GuideDraft {
  return {
    ...newGuideDraft({ email: 'johan.ek@vetlanda.se', name: 'Johan Ek' }, NOW, null),
    title: 'Ansök om ledighet', summary: 'Så gör du.', category: 'Ledighet',
    steps: [{ title: 'Öppna', html: '<p>Ett</p>' }, { title: 'Fyll i', html: '<p>Två</p>' }],
    ...patch
  };
}

const RAW: RawGuideVersion = {
  VersionId: 1024, VersionLabel: '2.0', IsCurrentVersion: false, Created: '2026-11-27T09:00:00Z',
  Title: 'Ansök om ledighet', SamverkaGuideSummary: 'Så gör du.', SamverkaGuideCategory: 'Ledighet', SamverkaMunicipality: ['eksjo', 'vetlanda'],
  SamverkaGuideSteps: JSON.stringify([{ title: 'Öppna', html: '<p>Ett</p>' }]), SamverkaGuideStatus: 'publicerad',
  SamverkaOwner: { LookupId: 12, LookupValue: 'Karin Holm', Email: 'karin.holm@savsjo.se' },
  Editor: { LookupId: 7, LookupValue: 'Johan Ek', Email: 'johan.ek@vetlanda.se' }
};

describe('a guide version', () => {
  it('reads label, who and when, and the guide as it was, the owner with the principal id it had', () => {
    const version = versionOfRaw(RAW);
    expect(version).toMatchObject({ versionId: 1024, label: '2.0', isCurrent: false, created: '2026-11-27T09:00:00Z', editorName: 'Johan Ek', editorEmail: 'johan.ek@vetlanda.se' });
    expect(version.draft).toMatchObject({ title: 'Ansök om ledighet', municipalities: ['eksjo', 'vetlanda'], status: 'publicerad', steps: [{ title: 'Öppna', html: '<p>Ett</p>' }] });
    expect(version.draft.owner).toEqual({ email: 'karin.holm@savsjo.se', name: 'Karin Holm', id: 12 });
  });

  it('orders versions newest first by their id, whatever order they came in', () => {
    const labels = versionsNewestFirst([{ ...RAW, VersionId: 512, VersionLabel: '1.0' }, { ...RAW, VersionId: 1536, VersionLabel: '3.0' }, RAW]).map(v => v.label);
    expect(labels).toEqual(['3.0', '2.0', '1.0']);
  });
});

describe('what a version changed', () => {
  it('says the first version created the guide', () => {
    expect(guideChanges(undefined, draft())).toEqual([{ kind: 'created' }]);
  });

  it('names each changed field, and nothing when nothing changed', () => {
    expect(guideChanges(draft(), draft())).toEqual([]);
    expect(guideChanges(draft(), draft({ title: 'Ny rubrik', municipalities: ['eksjo'], status: 'publicerad', owner: { email: 'KARIN.holm@savsjo.se', name: 'Karin' } }))).toEqual([
      { kind: 'field', field: 'title' }, { kind: 'field', field: 'municipalities' }, { kind: 'field', field: 'owner' }, { kind: 'field', field: 'status' }
    ]);
    // The same owner written with another case of address, or with its principal id now known, is no change.
    expect(guideChanges(draft(), draft({ owner: { email: 'JOHAN.EK@vetlanda.se', name: 'Johan Ek', id: 7 } }))).toEqual([]);
  });

  it('names each step changed, added or removed by its number', () => {
    const older = draft();
    expect(guideChanges(older, draft({ steps: [older.steps[0], { title: 'Fyll i', html: '<p>Tre</p>' }, { title: 'Skicka', html: '' }] }))).toEqual([
      { kind: 'step', step: 2, change: 'changed' }, { kind: 'step', step: 3, change: 'added' }
    ]);
    expect(guideChanges(older, draft({ steps: [older.steps[0]] }))).toEqual([{ kind: 'step', step: 2, change: 'removed' }]);
  });
});
