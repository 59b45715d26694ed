import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as strings from 'GuideEditorWebPartStrings';
import { newGuideDraft } from '../../src/core/guideEditor';
import type { GuideDraft, GuideOwner } from '../../src/core/guideEditor';
import type { DraftStorage } from '../../src/core/guideEditorDrafts';
import { createGuideEditorError } from '../../src/core/guideEditorPorts';
import type { GuideListEntry, GuideOverview, IGuideEditorService, LoadedGuide, NamedBlob, SavedGuide, UploadedGuideFile, UploadProgress } from '../../src/core/guideEditorPorts';
import type { ScaledPicture } from '../../src/components/guides/scalePicture';
import { linkPolicyOf, publishProblems } from '../../src/core/guideEditorValidation';
import type { TenantConfig } from '../../src/core/municipality';
import type { CurrentUser } from '../../src/core/ports';
import { GuideEditor } from '../../src/components/guideEditor/GuideEditor';
import type { GuideVersion } from '../../src/core/guideVersions';

/** The guide editor's test doubles and helpers, shared by its view tests. */
export const NOW = new Date('2026-11-28T10:00:00Z');
export const CONFIG: TenantConfig = {
  municipalities: [
    { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: 'r', allStaff: 'a', managers: 'm' } },
    { id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: 'r2', allStaff: 'a2', managers: 'm2' } }
  ],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};
export const JOHAN: CurrentUser = { id: 'johan-id', displayName: 'Johan Ek', mail: 'johan.ek@vetlanda.se', groupIds: [] };

export function entry(id: number, patch: Partial<GuideListEntry>): GuideListEntry {
  return {
    id, title: `Guide ${id}`, status: 'publicerad', category: 'Lön', municipalities: 'alla', ownerName: 'Karin Holm', ownerEmail: 'karin.holm@savsjo.se',
    modified: `2026-10-${String(id).padStart(2, '0')}T10:00:00Z`, reviewDate: '2027-06-01T22:00:00Z', ...patch
  };
}

/** The guide list held in memory: saves check the ETag as SharePoint does, publishing checks with the real validation. */
export class FakeGuideEditor implements IGuideEditorService {
  public mayEdit = true;
  public guides: GuideListEntry[] = [
    entry(1, { title: 'Rapportera lön', status: 'utkast', ownerName: 'Johan Ek', ownerEmail: 'johan.ek@vetlanda.se' }),
    entry(2, { title: 'Ansök om ledighet', category: 'Ledighet', municipalities: ['vetlanda'] }),
    entry(3, { title: 'Byt lösenord', category: 'IT', municipalities: ['eksjo'] })
  ];
  public stored: Record<number, LoadedGuide> = {};
  public saves: Array<{ kind: string; draft: GuideDraft; id?: number; etag?: string }> = [];
  public recycled: number[] = [];
  public copied: number[] = [];
  private version = 1;

  /** Every upload the view asks for, in order; each waits until the test settles it (`finish`). */
  public uploads: Array<{ kind: 'picture' | 'captions'; file: NamedBlob; progress?: UploadProgress; finish(error?: unknown): void }> = [];

  public uploadPicture(file: NamedBlob, onProgress?: UploadProgress): Promise<UploadedGuideFile> {
    return this.upload('picture', file, onProgress);
  }

  public uploadCaptions(file: NamedBlob, onProgress?: UploadProgress): Promise<UploadedGuideFile> {
    return this.upload('captions', file, onProgress);
  }

  private upload(kind: 'picture' | 'captions', file: NamedBlob, progress?: UploadProgress): Promise<UploadedGuideFile> {
    return new Promise((resolve, reject) => {
      const name = `${this.uploads.length + 1}-${file.name}`;
      this.uploads.push({
        kind, file, progress,
        finish: (error?: unknown) => {
          if (error) {
            reject(error);
            return;
          }
          if (progress) progress(1);
          resolve({ url: `https://kommun.sharepoint.com/sites/gemensamt/Guidebilder/${name}`, name, size: file.size });
        }
      });
      if (progress) progress(0);
    });
  }

  public async overview(): Promise<GuideOverview> {
    return this.mayEdit ? { mayEdit: true, guides: this.guides.slice() } : { mayEdit: false, guides: [] };
  }

  public async load(id: number): Promise<LoadedGuide> {
    const found = this.stored[id];
    if (!found) {
      throw Object.assign(new Error('not found'), { status: 404 });
    }
    return found;
  }

  public saveDraft(draft: GuideDraft, id?: number, etag?: string): Promise<SavedGuide> {
    return this.save('draft', draft, id, etag);
  }

  public async publish(draft: GuideDraft, id?: number, etag?: string): Promise<SavedGuide> {
    const problems = publishProblems(draft, linkPolicyOf(CONFIG, 'https://kommun.sharepoint.com'));
    if (problems.length > 0) {
      throw createGuideEditorError('invalid', { problems });
    }
    return this.save('publish', draft, id, etag);
  }

  public async copy(id: number): Promise<SavedGuide> {
    this.copied.push(id);
    return { id: 99, etag: '"1"', modified: NOW.toISOString() };
  }

  /** The directory the owner field searches: a name or address containing every word typed. */
  public people: GuideOwner[] = [
    { email: 'karin.holm@savsjo.se', name: 'Karin Holm' },
    { email: 'karl.berg@eksjo.se', name: 'Karl Berg' },
    { email: 'johan.ek@vetlanda.se', name: 'Johan Ek' }
  ];
  public peopleAsked: string[] = [];

  public async findPeople(text: string): Promise<GuideOwner[]> {
    this.peopleAsked.push(text);
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    return this.people.filter(p => words.every(w => p.name.toLowerCase().indexOf(w) >= 0 || p.email.indexOf(w) >= 0));
  }

  /** Each guide's versions, newest first: every save adds one, as the guide list does. */
  public history: Record<number, GuideVersion[]> = {};
  public restores: Array<{ id: number; versionId: number; etag?: string }> = [];

  public async versions(id: number): Promise<GuideVersion[]> {
    return (this.history[id] || []).slice();
  }

  public async restoreVersion(id: number, versionId: number, etag?: string): Promise<SavedGuide> {
    this.restores.push({ id, versionId, etag });
    const version = (this.history[id] || []).filter(v => v.versionId === versionId)[0];
    if (!version) {
      throw Object.assign(new Error('not found'), { status: 404 });
    }
    return this.save(version.draft.status === 'publicerad' ? 'publish' : 'draft', version.draft, id, etag);
  }

  public async recycle(id: number): Promise<void> {
    this.recycled.push(id);
    this.guides = this.guides.filter(g => g.id !== id);
  }

  private async save(kind: string, draft: GuideDraft, id?: number, etag?: string): Promise<SavedGuide> {
    this.saves.push({ kind, draft, id, etag });
    const target = id === undefined ? 100 + this.saves.length : id;
    const current = this.stored[target];
    if (current && etag !== current.etag) {
      throw createGuideEditorError('conflict', { conflict: { modifiedBy: current.modifiedBy, modified: current.modified, theirs: current } });
    }
    const saved = { id: target, etag: `"${++this.version}"`, modified: NOW.toISOString() };
    this.stored[target] = { id: target, draft: { ...draft, status: kind === 'publish' ? 'publicerad' : 'utkast' }, etag: saved.etag, modified: saved.modified, modifiedBy: 'Johan Ek' };
    const earlier = (this.history[target] || []).map(v => ({ ...v, isCurrent: false }));
    const number = earlier.length + 1;
    this.history[target] = [{
      versionId: number * 512, label: `${number}.0`, isCurrent: true, created: saved.modified, editorName: 'Johan Ek', editorEmail: 'johan.ek@vetlanda.se',
      draft: this.stored[target].draft
    }].concat(earlier);
    return saved;
  }
}

export class MemoryStorage implements DraftStorage {
  public items: Record<string, string> = {};
  public getItem(key: string): string | null { return key in this.items ? this.items[key] : null; }
  public setItem(key: string, value: string): void { this.items[key] = value; }
  public removeItem(key: string): void { delete this.items[key]; }
}

export function guide(patch: Partial<GuideDraft> = {}): GuideDraft {
  return {
    ...newGuideDraft({ email: 'johan.ek@vetlanda.se', name: 'Johan Ek', id: 7 }, NOW, CONFIG),
    title: 'Ansök om ledighet', summary: 'Så ansöker du.', category: 'Ledighet',
    steps: [{ title: 'Öppna portalen', html: '<p>Gå till portalen.</p>' }, { title: 'Fyll i', html: '<p>Skriv datum.</p>' }],
    ...patch
  };
}

/** jsdom has no canvas: a scaler that "scales" every picture to 1600 × 900 PNG and records what it was given. */
export class FakeScaler {
  public scaled: NamedBlob[] = [];
  public scale = (file: NamedBlob): Promise<ScaledPicture> => {
    this.scaled.push(file);
    const out = Object.assign(new Blob(['scaled-png'], { type: 'image/png' }), { name: file.name.replace(/\.[^.]*$/, '') + '.png' });
    return Promise.resolve({ file: out, width: 1600, height: 900, type: 'image/png', scaled: true });
  };
}

export function renderEditor(service: FakeGuideEditor, storage: DraftStorage = new MemoryStorage(), scaler: FakeScaler = new FakeScaler()): void {
  render(<GuideEditor service={service} getConfig={() => Promise.resolve(CONFIG)} getUser={() => Promise.resolve(JOHAN)}
    storage={storage} now={() => NOW} strings={strings} scalePicture={file => scaler.scale(file)} />);
}

export function rowTitles(): string[] {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('rowheader').map(th => th.textContent || '');
}

export function stepTitles(): string[] {
  return screen.getAllByLabelText(strings.Editor.StepTitle).map(input => (input as HTMLInputElement).value);
}

export function type(label: string | HTMLElement, value: string): void {
  fireEvent.change(typeof label === 'string' ? screen.getByLabelText(label) : label, { target: { value } });
}

export async function openNew(service: FakeGuideEditor, storage?: DraftStorage, scaler?: FakeScaler): Promise<void> {
  renderEditor(service, storage, scaler);
  fireEvent.click(await screen.findByRole('button', { name: strings.Overview.New }));
  await screen.findByRole('heading', { name: strings.Editor.NewTitle });
}
