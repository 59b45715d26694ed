import { newGuideDraft } from './guideEditor';
import { DraftStorage, LOCAL_DRAFT_PREFIX, LocalGuideDrafts, localDraftKey } from './guideEditorDrafts';

class FakeStorage implements DraftStorage {
  public readonly data = new Map<string, string>();
  public full = false;
  public getItem(key: string): string | null {
    return this.data.has(key) ? this.data.get(key) as string : null;
  }
  public setItem(key: string, value: string): void {
    if (this.full) {
      throw new Error('QuotaExceededError');
    }
    this.data.set(key, value);
  }
  public removeItem(key: string): void {
    this.data.delete(key);
  }
}

const NOW = new Date('2026-03-10T09:00:00Z');
const draft = { ...newGuideDraft(null, NOW, null), title: 'Halvfärdig guide' };

describe('unsaved edits kept in the browser', () => {
  it('keeps an edit per user and guide, and offers it back', () => {
    const storage = new FakeStorage();
    const johan = new LocalGuideDrafts(storage, 'Johan@vetlanda.se', () => NOW);
    expect(johan.keep(7, draft, '"3"')).toBe(true);
    expect(johan.find(7)).toEqual({ draft, savedAt: NOW.toISOString(), baseEtag: '"3"' });
    // Another guide, another user: nothing.
    expect(johan.find(8)).toBeUndefined();
    expect(johan.find('new')).toBeUndefined();
    expect(new LocalGuideDrafts(storage, 'sara@vetlanda.se').find(7)).toBeUndefined();
    expect([...storage.data.keys()]).toEqual([`${LOCAL_DRAFT_PREFIX}johan@vetlanda.se:7`]);
    expect(localDraftKey('Johan@vetlanda.se', 'new')).toBe(`${LOCAL_DRAFT_PREFIX}johan@vetlanda.se:new`);
  });

  it('clears the edit on save', () => {
    const storage = new FakeStorage();
    const drafts = new LocalGuideDrafts(storage, 'johan@vetlanda.se', () => NOW);
    drafts.keep('new', draft);
    drafts.clear('new');
    expect(drafts.find('new')).toBeUndefined();
    expect(storage.data.size).toBe(0);
  });

  it('says so when the browser will not keep it, and ignores what it cannot read', () => {
    const storage = new FakeStorage();
    const drafts = new LocalGuideDrafts(storage, 'johan@vetlanda.se', () => NOW);
    storage.full = true;
    expect(drafts.keep(1, draft)).toBe(false);
    storage.data.set(localDraftKey('johan@vetlanda.se', 2), '{not json');
    storage.data.set(localDraftKey('johan@vetlanda.se', 3), JSON.stringify({ savedAt: 'x', draft: { title: 1 } }));
    expect(drafts.find(2)).toBeUndefined();
    expect(drafts.find(3)).toBeUndefined();
  });
});
