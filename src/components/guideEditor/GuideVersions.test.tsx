import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'GuideEditorWebPartStrings';
import { FakeGuideEditor, guide, renderEditor } from '../../../tests/support/guideEditorFakes';

// Fluent and jsdom on a shared machine: a whole editing session takes a few seconds.
jest.setTimeout(60000);
configure({ asyncUtilTimeout: 5000 });

/** Guide 2 saved three times: created, its title changed, then a step added and published. */
async function guideWithHistory(): Promise<FakeGuideEditor> {
  const service = new FakeGuideEditor();
  const first = await service.saveDraft(guide({ title: 'Ansök om ledighet' }), 2);
  const second = await service.saveDraft(guide({ title: 'Ansök om semester' }), 2, first.etag);
  const steps = guide().steps.concat([{ title: 'Skicka', html: '<p>Skicka in.</p>' }]);
  await service.publish(guide({ title: 'Ansök om semester', steps }), 2, second.etag);
  return service;
}

async function openVersions(service: FakeGuideEditor): Promise<HTMLElement> {
  renderEditor(service);
  fireEvent.click(await screen.findByRole('button', { name: 'Redigera Ansök om ledighet' }));
  await screen.findByDisplayValue('Ansök om semester');
  const section = screen.getByRole('region', { name: strings.Versions.Heading });
  fireEvent.click(within(section).getByRole('button', { name: strings.Versions.Show }));
  await within(section).findByRole('table');
  return section;
}

function rows(section: HTMLElement): string[][] {
  return within(section).getAllByRole('row').slice(1).map(row => Array.from(row.querySelectorAll('th, td')).slice(0, 4).map(cell => cell.textContent || ''));
}

describe('GuideEditor versions', () => {
  it('lists each version with who saved it, when, and what it changed from the one before; the current one has no Återställ', async () => {
    const service = await guideWithHistory();
    const section = await openVersions(service);
    expect(rows(section)).toEqual([
      ['3.0 (nuvarande)', 'Johan Ek', '2026-11-28 11:00', 'Status, steg 3 tillagt.'],
      ['2.0', 'Johan Ek', '2026-11-28 11:00', 'Titel.'],
      ['1.0', 'Johan Ek', '2026-11-28 11:00', strings.Versions.Created]
    ]);
    expect(within(section).queryByRole('button', { name: 'Återställ version 3.0' })).toBeNull();
    expect(within(section).getByRole('button', { name: strings.Versions.Hide }).getAttribute('aria-expanded')).toBe('true');
  });

  it('asks before restoring; Avbryt changes nothing and gives focus back to the button', async () => {
    const service = await guideWithHistory();
    const section = await openVersions(service);
    const button = within(section).getByRole('button', { name: 'Återställ version 1.0' });
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Återställa version 1.0?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: strings.Versions.Cancel }));
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(service.restores).toEqual([]);
  });

  it('restores a version with the ETag the edit started from, as a new version, and shows its content', async () => {
    const service = await guideWithHistory();
    const section = await openVersions(service);
    const etag = service.stored[2].etag;
    fireEvent.click(within(section).getByRole('button', { name: 'Återställ version 1.0' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: strings.Versions.ConfirmRestore }));
    expect(await screen.findByText('Version 1.0 är återställd och sparad som en ny version.')).toBeTruthy();
    expect(service.restores).toEqual([{ id: 2, versionId: 512, etag }]);
    expect((screen.getByLabelText(strings.Editor.TitleLabel) as HTMLInputElement).value).toBe('Ansök om ledighet');
    expect(screen.getAllByLabelText(strings.Editor.StepTitle)).toHaveLength(2);
    // The open list is read again: the restore is version 4.0, holding 1.0's values.
    await waitFor(() => expect(rows(section)[0]).toEqual(['4.0 (nuvarande)', 'Johan Ek', '2026-11-28 11:00', 'Titel, status, steg 3 borttaget.']));
  });

  it('refuses a restore on top of someone else\'s newer save and lets the editor restore anyway', async () => {
    const service = await guideWithHistory();
    const section = await openVersions(service);
    // Karin saves meanwhile.
    const karin = await service.saveDraft(guide({ title: 'Karins titel' }), 2, service.stored[2].etag);
    service.stored[2] = { ...service.stored[2], modifiedBy: 'Karin Holm', modified: '2026-11-28T09:15:00Z' };
    fireEvent.click(within(section).getByRole('button', { name: 'Återställ version 2.0' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: strings.Versions.ConfirmRestore }));
    expect(await screen.findByText(/Karin Holm har sparat guiden 2026-11-28 10:15/)).toBeTruthy();
    expect(service.stored[2].draft.title).toBe('Karins titel');
    // The dialog has closed (Fluent's fade) once the rest of the page is in the accessibility tree again.
    const anyway = await screen.findByRole('button', { name: strings.Versions.RestoreAnyway });
    await act(async () => { fireEvent.click(anyway); });
    expect(await screen.findByText('Version 2.0 är återställd och sparad som en ny version.')).toBeTruthy();
    expect(service.restores.map(r => r.etag)).toEqual([expect.any(String), karin.etag]);
    expect(service.stored[2].draft.title).toBe('Ansök om semester');
  });
});
