import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'GuideEditorWebPartStrings';
import { newGuideDraft } from '../../core/guideEditor';
import type { GuideDraft } from '../../core/guideEditor';
import { LocalGuideDrafts } from '../../core/guideEditorDrafts';
import type { DraftStorage } from '../../core/guideEditorDrafts';
import { createGuideEditorError } from '../../core/guideEditorPorts';
import type { GuideListEntry, GuideOverview, IGuideEditorService, LoadedGuide, NamedBlob, SavedGuide, UploadedGuideFile, UploadProgress } from '../../core/guideEditorPorts';
import type { ScaledPicture } from '../guides/scalePicture';
import { linkPolicyOf, publishProblems } from '../../core/guideEditorValidation';
import type { TenantConfig } from '../../core/municipality';
import type { CurrentUser } from '../../core/ports';
import { GuideEditor } from './GuideEditor';

// Fluent and jsdom on a shared machine: a whole editing session takes a few seconds.
jest.setTimeout(60000);
configure({ asyncUtilTimeout: 5000 });

const NOW = new Date('2026-11-28T10:00:00Z');
const CONFIG: TenantConfig = {
  municipalities: [
    { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: 'r', allStaff: 'a', managers: 'm' } },
    { id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: 'r2', allStaff: 'a2', managers: 'm2' } }
  ],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};
const JOHAN: CurrentUser = { id: 'johan-id', displayName: 'Johan Ek', mail: 'johan.ek@vetlanda.se', groupIds: [] };

function entry(id: number, patch: Partial<GuideListEntry>): GuideListEntry {
  return {
    id, title: `Guide ${id}`, status: 'publicerad', category: 'Lön', municipalities: 'alla', ownerName: 'Karin Holm', ownerEmail: 'karin.holm@savsjo.se',
    modified: `2026-10-${String(id).padStart(2, '0')}T10:00:00Z`, reviewDate: '2027-06-01T22:00:00Z', ...patch
  };
}

/** The guide list held in memory: saves check the ETag as SharePoint does, publishing checks with the real validation. */
class FakeGuideEditor implements IGuideEditorService {
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
    return saved;
  }
}

class MemoryStorage implements DraftStorage {
  public items: Record<string, string> = {};
  public getItem(key: string): string | null { return key in this.items ? this.items[key] : null; }
  public setItem(key: string, value: string): void { this.items[key] = value; }
  public removeItem(key: string): void { delete this.items[key]; }
}

function guide(patch: Partial<GuideDraft> = {}): GuideDraft {
  return {
    ...newGuideDraft({ email: 'johan.ek@vetlanda.se', name: 'Johan Ek', id: 7 }, NOW, CONFIG),
    title: 'Ansök om ledighet', summary: 'Så ansöker du.', category: 'Ledighet',
    steps: [{ title: 'Öppna portalen', html: '<p>Gå till portalen.</p>' }, { title: 'Fyll i', html: '<p>Skriv datum.</p>' }],
    ...patch
  };
}

/** jsdom has no canvas: a scaler that "scales" every picture to 1600 × 900 PNG and records what it was given. */
class FakeScaler {
  public scaled: NamedBlob[] = [];
  public scale = (file: NamedBlob): Promise<ScaledPicture> => {
    this.scaled.push(file);
    const out = Object.assign(new Blob(['scaled-png'], { type: 'image/png' }), { name: file.name.replace(/\.[^.]*$/, '') + '.png' });
    return Promise.resolve({ file: out, width: 1600, height: 900, type: 'image/png', scaled: true });
  };
}

function renderEditor(service: FakeGuideEditor, storage: DraftStorage = new MemoryStorage(), scaler: FakeScaler = new FakeScaler()): void {
  render(<GuideEditor service={service} getConfig={() => Promise.resolve(CONFIG)} getUser={() => Promise.resolve(JOHAN)}
    storage={storage} now={() => NOW} strings={strings} scalePicture={file => scaler.scale(file)} />);
}

function rowTitles(): string[] {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('rowheader').map(th => th.textContent || '');
}

function stepTitles(): string[] {
  return screen.getAllByLabelText(strings.Editor.StepTitle).map(input => (input as HTMLInputElement).value);
}

function type(label: string | HTMLElement, value: string): void {
  fireEvent.change(typeof label === 'string' ? screen.getByLabelText(label) : label, { target: { value } });
}

async function openNew(service: FakeGuideEditor, storage?: DraftStorage, scaler?: FakeScaler): Promise<void> {
  renderEditor(service, storage, scaler);
  fireEvent.click(await screen.findByRole('button', { name: strings.Overview.New }));
  await screen.findByRole('heading', { name: strings.Editor.NewTitle });
}

describe('GuideEditor overview', () => {
  it('tells someone who may not edit the guide list that it is for editors, with no actions', async () => {
    const service = new FakeGuideEditor();
    service.mayEdit = false;
    renderEditor(service);
    expect(await screen.findByText(strings.Overview.OnlyEditors)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the guides newest change first with status, and filters by status, municipality, own guides and words', async () => {
    renderEditor(new FakeGuideEditor());
    await screen.findByRole('table');
    expect(rowTitles()).toEqual(['Byt lösenord', 'Ansök om ledighet', 'Rapportera lön']);
    const draftRow = screen.getByRole('rowheader', { name: 'Rapportera lön' }).closest('tr') as HTMLElement;
    expect(within(draftRow).getByText('Utkast')).toBeTruthy();
    expect(within(draftRow).getByText('Alla kommuner')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(strings.Overview.Status), { target: { value: 'utkast' } });
    expect(rowTitles()).toEqual(['Rapportera lön']);
    fireEvent.change(screen.getByLabelText(strings.Overview.Status), { target: { value: '*' } });
    fireEvent.change(screen.getByLabelText(strings.Overview.Municipality), { target: { value: 'eksjo' } });
    expect(rowTitles()).toEqual(['Byt lösenord']);
    fireEvent.change(screen.getByLabelText(strings.Overview.Municipality), { target: { value: '*' } });
    fireEvent.click(screen.getByLabelText(strings.Overview.OnlyMine));
    expect(rowTitles()).toEqual(['Rapportera lön']);
    fireEvent.click(screen.getByLabelText(strings.Overview.OnlyMine));
    type(strings.Overview.SearchLabel, 'ledighet vetlanda');
    expect(rowTitles()).toEqual(['Ansök om ledighet']);
    type(strings.Overview.SearchLabel, 'ingenting sådant');
    expect(screen.getByText(strings.Overview.NoneFound)).toBeTruthy();
  });

  it('deletes to the recycle bin only after the confirmation; Avbryt keeps the guide', async () => {
    const service = new FakeGuideEditor();
    renderEditor(service);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Byt lösenord' }));
    expect(await screen.findByText(/Byt lösenord flyttas till papperskorgen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: strings.Actions.Cancel }));
    expect(service.recycled).toEqual([]);
    // Focus goes back to the button that opened the dialog.
    const again = await screen.findByRole('button', { name: 'Ta bort Byt lösenord' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    fireEvent.click(again);
    fireEvent.click(await screen.findByRole('button', { name: strings.Actions.DeleteConfirm }));
    expect(await screen.findByText('Byt lösenord har flyttats till papperskorgen.')).toBeTruthy();
    expect(service.recycled).toEqual([3]);
    // The dialog's closing animation hides the page from the accessibility tree until it is gone.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rowTitles()).toEqual(['Ansök om ledighet', 'Rapportera lön']);
  });

  it('copies a guide and says so', async () => {
    const service = new FakeGuideEditor();
    renderEditor(service);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera Ansök om ledighet' }));
    expect(await screen.findByText('En kopia av Ansök om ledighet har skapats som utkast.')).toBeTruthy();
    expect(service.copied).toEqual([2]);
  });
});

describe('GuideEditor form', () => {
  it('writes a new guide: fields, steps added, moved with buttons and Alt+arrows with focus following, saved as a draft', async () => {
    const service = new FakeGuideEditor();
    const storage = new MemoryStorage();
    await openNew(service, storage);
    type(strings.Editor.TitleLabel, 'Ansök om ledighet');
    type(strings.Editor.SummaryLabel, 'Så ansöker du.');
    type(strings.Editor.CategoryLabel, 'Ledighet');
    fireEvent.click(screen.getByLabelText(strings.Editor.MunicipalitySome));
    fireEvent.click(screen.getByLabelText('Eksjö'));
    fireEvent.click(screen.getByLabelText('Vetlanda'));
    type(strings.Editor.KeywordsLabel, 'semester; ledighet');
    type(screen.getAllByLabelText(strings.Editor.StepTitle)[0], 'Först');
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.AddStep }));
    expect(document.activeElement).toBe(screen.getAllByLabelText(strings.Editor.StepTitle)[1]);
    type(screen.getAllByLabelText(strings.Editor.StepTitle)[1], 'Sedan');
    // Kept in the browser as it is typed.
    expect(new LocalGuideDrafts(storage, JOHAN.mail).find('new')!.draft.steps.map(s => s.title)).toEqual(['Först', 'Sedan']);

    fireEvent.click(screen.getByRole('button', { name: 'Flytta steg 2 upp' }));
    expect(stepTitles()).toEqual(['Sedan', 'Först']);
    // At the top the up button is disabled: focus goes to the moved step itself.
    expect(document.activeElement!.getAttribute('data-step-key')).not.toBeNull();
    expect(screen.getByText('Steg 2 är nu steg 1.')).toBeTruthy();
    const first = screen.getAllByLabelText(strings.Editor.StepTitle)[0];
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(stepTitles()).toEqual(['Först', 'Sedan']);
    expect(document.activeElement).toBe(screen.getAllByLabelText(strings.Editor.StepTitle)[1]);

    fireEvent.click(screen.getByRole('button', { name: strings.Editor.SaveDraft }));
    expect(await screen.findByText(/Utkastet är sparat/)).toBeTruthy();
    const saved = service.saves[0];
    expect(saved.kind).toBe('draft');
    expect(saved.draft).toMatchObject({
      title: 'Ansök om ledighet', category: 'Ledighet', municipalities: ['eksjo', 'vetlanda'], keywords: ['semester', 'ledighet'],
      owner: { email: 'johan.ek@vetlanda.se', name: 'Johan Ek' }
    });
    expect(saved.draft.steps.map(s => s.title)).toEqual(['Först', 'Sedan']);
    // Saved: nothing is kept locally any more.
    expect(storage.items).toEqual({});
  });

  it('names every problem at once when publishing, each linked to its field', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    type(screen.getAllByLabelText(strings.Editor.PictureUrl)[0], '/sites/gemensamt/SiteAssets/bild.png');
    type(screen.getAllByLabelText(strings.Editor.FilmUrl)[0], '/sites/gemensamt/film.mp4');
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.Publish }));
    const summary = await screen.findByRole('alert');
    const problems = within(summary).getAllByRole('link').map(a => a.textContent);
    expect(problems).toEqual([
      strings.Problems.noTitle, strings.Problems.noSummary, strings.Problems.noCategory, 'Steg 1 saknar rubrik.',
      'Bilden i steg 1 saknar alternativtext.', 'Filmen i steg 1 saknar textning.'
    ]);
    expect(service.saves).toEqual([]);
    fireEvent.click(within(summary).getByRole('link', { name: 'Filmen i steg 1 saknar textning.' }));
    expect(document.activeElement).toBe(screen.getAllByLabelText(strings.Editor.CaptionsUrl)[0]);
    expect(screen.getAllByLabelText(strings.Editor.PictureAlt)[0].getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps only the allow-list of what is typed into a step\'s text', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    const text = screen.getAllByRole('textbox', { name: strings.Editor.StepText })[0];
    text.innerHTML = '<p>Klicka <strong>Spara</strong> <img src=x onerror="alert(1)"><a href="javascript:alert(1)">här</a> <a href="/sites/gemensamt">där</a></p><script>alert(2)</script>';
    fireEvent.input(text);
    type(screen.getAllByLabelText(strings.Editor.StepTitle)[0], 'Steg');
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.SaveDraft }));
    await screen.findByText(/Utkastet är sparat/);
    const html = service.saves[0].draft.steps[0].html;
    expect(html).toContain('<strong>Spara</strong>');
    expect(html).toContain('<a href="/sites/gemensamt">där</a>');
    expect(html).not.toMatch(/img|script|onerror|javascript/i);
  });

  it('offers unsaved edits back on return: Återställ brings them, Släng throws them away', async () => {
    const service = new FakeGuideEditor();
    service.stored[2] = { id: 2, draft: guide(), etag: '"5"', modified: '2026-11-01T10:00:00Z', modifiedBy: 'Karin Holm' };
    const storage = new MemoryStorage();
    new LocalGuideDrafts(storage, JOHAN.mail, () => new Date('2026-11-27T14:30:00Z')).keep(2, guide({ title: 'Ansök om semester' }), '"5"');
    renderEditor(service, storage);
    fireEvent.click(await screen.findByRole('button', { name: 'Redigera Ansök om ledighet' }));
    expect(await screen.findByText(/Du har osparade ändringar från 2026-11-27 15:30/)).toBeTruthy();
    expect((screen.getByLabelText(strings.Editor.TitleLabel) as HTMLInputElement).value).toBe('Ansök om ledighet');
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.Restore }));
    await waitFor(() => expect((screen.getByLabelText(strings.Editor.TitleLabel) as HTMLInputElement).value).toBe('Ansök om semester'));
    expect(screen.queryByText(/Du har osparade ändringar/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: strings.Editor.Back }));
    fireEvent.click(await screen.findByRole('button', { name: 'Redigera Ansök om ledighet' }));
    await screen.findByText(/Du har osparade ändringar/);
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.Discard }));
    expect(storage.items).toEqual({});
    expect((screen.getByLabelText(strings.Editor.TitleLabel) as HTMLInputElement).value).toBe('Ansök om ledighet');
  });

  it('refuses a save on top of a newer one, tells who and when, and lets the editor keep theirs or load the other', async () => {
    const service = new FakeGuideEditor();
    service.stored[2] = { id: 2, draft: guide(), etag: '"5"', modified: '2026-11-01T10:00:00Z', modifiedBy: 'Johan Ek' };
    renderEditor(service);
    fireEvent.click(await screen.findByRole('button', { name: 'Redigera Ansök om ledighet' }));
    await screen.findByDisplayValue('Ansök om ledighet');
    // Karin saves meanwhile.
    service.stored[2] = { ...service.stored[2], draft: guide({ title: 'Karins titel' }), etag: '"6"', modified: '2026-11-28T09:15:00Z', modifiedBy: 'Karin Holm' };
    type(strings.Editor.TitleLabel, 'Min titel');
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.SaveDraft }));
    expect(await screen.findByText(/Karin Holm har sparat guiden 2026-11-28 10:15/)).toBeTruthy();
    expect(service.stored[2].draft.title).toBe('Karins titel');

    fireEvent.click(screen.getByRole('button', { name: strings.Editor.LoadTheirs }));
    await waitFor(() => expect((screen.getByLabelText(strings.Editor.TitleLabel) as HTMLInputElement).value).toBe('Karins titel'));

    service.stored[2] = { ...service.stored[2], etag: '"7"', modifiedBy: 'Karin Holm' };
    type(strings.Editor.TitleLabel, 'Min titel igen');
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.SaveDraft }));
    await screen.findByText(/Karin Holm har sparat guiden/);
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.KeepMine }));
    await screen.findByText(/Utkastet är sparat/);
    const last = service.saves[service.saves.length - 1];
    expect(last).toMatchObject({ etag: '"7"', id: 2 });
    expect(service.stored[2].draft.title).toBe('Min titel igen');
  });

  it('previews the guide in the viewer and gives focus back when it closes', async () => {
    await openNew(new FakeGuideEditor());
    type(strings.Editor.TitleLabel, 'Förhandsvisad');
    type(screen.getAllByLabelText(strings.Editor.StepTitle)[0], 'Första steget');
    const button = screen.getByRole('button', { name: strings.Editor.Preview });
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Förhandsvisad' });
    expect(await within(dialog).findByRole('heading', { name: /Första steget/ })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: strings.GuideViewer.Close }));
    await act(() => new Promise(resolve => setTimeout(resolve, 10)));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: strings.Editor.Preview }));
  });
});

function fileInput(kind: 'picture' | 'captions', step: number = 0): HTMLInputElement {
  return document.querySelectorAll<HTMLInputElement>(`[data-upload="${kind}"] input[type="file"]`)[step];
}

function choose(kind: 'picture' | 'captions', file: File, step: number = 0): void {
  fireEvent.change(fileInput(kind, step), { target: { files: [file] } });
}

describe('GuideEditor uploads', () => {
  it('scales a chosen picture, uploads it with a progress indicator and fills the picture address; the alt text stays to write', async () => {
    const service = new FakeGuideEditor();
    const scaler = new FakeScaler();
    await openNew(service, undefined, scaler);
    type(screen.getAllByLabelText(strings.Editor.StepTitle)[0], 'Öppna portalen');
    // The button is a real, focusable button; the file input behind it takes picture types only.
    expect(screen.getByRole('button', { name: 'Välj bild…' })).toBeTruthy();
    expect(fileInput('picture').getAttribute('accept')).toBe('image/png,image/jpeg,image/gif,image/webp');

    choose('picture', new File(['x'.repeat(2000)], 'skärm.jpg', { type: 'image/jpeg' }));
    await waitFor(() => expect(service.uploads).toHaveLength(1));
    expect(scaler.scaled.map(f => f.name)).toEqual(['skärm.jpg']);
    expect(service.uploads[0].kind).toBe('picture');
    expect(service.uploads[0].file.name).toBe('skärm.png');
    expect(screen.getByText('Bilden förminskades till 1600 × 900 px.')).toBeTruthy();
    act(() => service.uploads[0].progress!(0.4));
    expect(screen.getByText('Laddar upp skärm.png…')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByRole('button', { name: 'Välj bild…' }).hasAttribute('disabled') || screen.getByRole('button', { name: 'Välj bild…' }).getAttribute('aria-disabled') === 'true').toBe(true);

    await act(async () => service.uploads[0].finish());
    const address = 'https://kommun.sharepoint.com/sites/gemensamt/Guidebilder/1-skärm.png';
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toBe(address);
    expect(screen.getByText('Bilden 1-skärm.png är uppladdad och adressen ifylld.').getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((screen.getAllByLabelText(strings.Editor.StepTitle)[0] as HTMLInputElement).value).toBe('Öppna portalen');

    // Publishing still asks for the picture's alt text.
    fireEvent.click(screen.getByRole('button', { name: strings.Editor.Publish }));
    // Found by its attribute: role queries over the whole form are slow on a busy machine.
    const summary = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-guide-problems]');
      if (!found) throw new Error('no problems summary yet');
      return found;
    });
    expect(within(summary).getByText(formatProblem(strings.Problems.pictureWithoutAlt, 1))).toBeTruthy();
  });

  it('refuses a file that is not a picture with a message naming what it takes, and sends nothing', async () => {
    const service = new FakeGuideEditor();
    const scaler = new FakeScaler();
    await openNew(service, undefined, scaler);
    type(strings.Editor.PictureAlt, 'Startsidan');
    choose('picture', new File(['%PDF'], 'lathund.pdf', { type: 'application/pdf' }));
    expect(await screen.findAllByText('Filen är inte en bild. Välj en PNG-, JPEG-, GIF- eller WebP-bild.')).not.toHaveLength(0);
    // A picture too large even for the browser to be worth scaling is refused with the limit, after scaling.
    const huge = Object.assign(new Blob(['x'], { type: 'image/png' }), { name: 'jätte.png' });
    scaler.scale = (file: NamedBlob): Promise<ScaledPicture> => Promise.resolve({
      file: Object.assign(new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/png' }), { name: file.name }), width: 1600, height: 1600, type: 'image/png', scaled: true
    });
    fireEvent.change(fileInput('picture'), { target: { files: [huge] } });
    expect(await screen.findAllByText('Bilden är för stor. Den får vara högst 10 MB.')).not.toHaveLength(0);
    expect(service.uploads).toEqual([]);
    expect(scaler.scaled).toEqual([]);
    expect((screen.getByLabelText(strings.Editor.PictureAlt) as HTMLInputElement).value).toBe('Startsidan');
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toBe('');
  });

  it('says a failed upload failed, keeps everything typed in the step, and Försök igen sends the same file again', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    type(screen.getAllByLabelText(strings.Editor.StepTitle)[0], 'Logga in');
    type(strings.Editor.PictureUrl, 'https://kommun.sharepoint.com/gammal.png');
    type(strings.Editor.PictureAlt, 'Inloggningsrutan');
    choose('picture', new File(['png'], 'inlogg.png', { type: 'image/png' }));
    await waitFor(() => expect(service.uploads).toHaveLength(1));
    await act(async () => service.uploads[0].finish(Object.assign(new Error('offline'), { status: 503 })));
    const failed = await screen.findAllByText(/inlogg\.png kunde inte laddas upp/);
    expect(failed.some(el => el.getAttribute('aria-live') === 'polite')).toBe(true);
    expect((screen.getAllByLabelText(strings.Editor.StepTitle)[0] as HTMLInputElement).value).toBe('Logga in');
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toBe('https://kommun.sharepoint.com/gammal.png');
    expect((screen.getByLabelText(strings.Editor.PictureAlt) as HTMLInputElement).value).toBe('Inloggningsrutan');

    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(service.uploads).toHaveLength(2));
    expect(service.uploads[1].file).toBe(service.uploads[0].file);
    await act(async () => service.uploads[1].finish());
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toBe('https://kommun.sharepoint.com/sites/gemensamt/Guidebilder/2-inlogg.png');
    expect((screen.getByLabelText(strings.Editor.PictureAlt) as HTMLInputElement).value).toBe('Inloggningsrutan');
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });

  it('uploads a picture pasted into the step', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    const step = document.querySelector('[data-step-key]')!;
    fireEvent.paste(step, { clipboardData: { files: [new File(['png'], 'image.png', { type: 'image/png' })] } });
    await waitFor(() => expect(service.uploads).toHaveLength(1));
    expect(service.uploads[0].kind).toBe('picture');
    await act(async () => service.uploads[0].finish());
    expect((screen.getByLabelText(strings.Editor.PictureUrl) as HTMLInputElement).value).toMatch(/Guidebilder\/1-image\.png$/);
  });

  it('uploads a chosen .vtt file and fills the captions address; another file is refused', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    type(strings.Editor.FilmUrl, 'https://kommun.sharepoint.com/film.mp4');
    expect(fileInput('captions').getAttribute('accept')).toBe('.vtt,text/vtt');
    choose('captions', new File(['WEBVTT'], 'film.srt', { type: '' }));
    expect(await screen.findAllByText('Filen är inte en textningsfil. Välj en WebVTT-fil (.vtt).')).not.toHaveLength(0);
    expect(service.uploads).toEqual([]);

    choose('captions', new File(['WEBVTT\n'], 'film.vtt', { type: 'text/vtt' }));
    await waitFor(() => expect(service.uploads).toHaveLength(1));
    expect(service.uploads[0].kind).toBe('captions');
    act(() => service.uploads[0].progress!(0.5));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    await act(async () => service.uploads[0].finish());
    expect((screen.getByLabelText(strings.Editor.CaptionsUrl) as HTMLInputElement).value).toBe('https://kommun.sharepoint.com/sites/gemensamt/Guidebilder/1-film.vtt');
    expect((screen.getByLabelText(strings.Editor.FilmUrl) as HTMLInputElement).value).toBe('https://kommun.sharepoint.com/film.mp4');
  });
});

function formatProblem(text: string, step: number): string {
  return text.replace('{0}', String(step));
}
