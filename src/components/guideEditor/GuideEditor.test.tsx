import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'GuideEditorWebPartStrings';
import { LocalGuideDrafts } from '../../core/guideEditorDrafts';
import {
  FakeGuideEditor, guide, JOHAN, MemoryStorage, openNew, renderEditor, rowTitles, stepTitles, type
} from '../../../tests/support/guideEditorFakes';

// Fluent and jsdom on a shared machine: a whole editing session takes a few seconds.
jest.setTimeout(60000);
configure({ asyncUtilTimeout: 5000 });

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
    // The one date style: the change as "1 okt." (this year), the review day with its year, the full date on hover.
    const [changed, review] = Array.from(draftRow.querySelectorAll('time'));
    expect([changed.textContent, changed.getAttribute('title')]).toEqual(['1 okt.', expect.stringMatching(/^1 oktober 2026( kl\.)? 12:00$/)]);
    expect([review.textContent, review.getAttribute('title')]).toEqual(['2 juni 2027', '2 juni 2027']);

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

    fireEvent.click(screen.getByRole('button', { name: 'Flytta steg 2 uppåt' }));
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

  it('puts only the sanitized form of a stored step text into the page', async () => {
    const service = new FakeGuideEditor();
    const stored = '<p>Välj <strong>Spara</strong><img src=x onerror="window.__ran = 1"><a href="javascript:alert(1)">här</a></p><script>window.__ran = 2</script>';
    service.stored[2] = { id: 2, draft: guide({ steps: [{ title: 'Ett', html: stored }] }), etag: '"5"', modified: '2026-11-01T10:00:00Z', modifiedBy: 'Karin Holm' };
    renderEditor(service);
    fireEvent.click(await screen.findByRole('button', { name: 'Redigera Ansök om ledighet' }));
    const text = await screen.findByRole('textbox', { name: strings.Editor.StepText });
    expect(text.querySelector('strong')!.textContent).toBe('Spara');
    expect(text.innerHTML).not.toMatch(/<img|<script|onerror|javascript/i);
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
