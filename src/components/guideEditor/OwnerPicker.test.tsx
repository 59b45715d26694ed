import { act, configure, fireEvent, screen, within } from '@testing-library/react';
import * as strings from 'GuideEditorWebPartStrings';
import { FakeGuideEditor, openNew } from '../../../tests/support/guideEditorFakes';

jest.setTimeout(60000);
configure({ asyncUtilTimeout: 5000 });

function ownerInput(): HTMLInputElement {
  return screen.getByRole('combobox', { name: strings.Editor.OwnerLabel }) as HTMLInputElement;
}

/** Types into the owner field and lets the pause before the search pass. */
async function typeOwner(text: string): Promise<void> {
  fireEvent.change(ownerInput(), { target: { value: text } });
  await act(async () => { await new Promise(resolve => setTimeout(resolve, 300)); });
}

describe('GuideEditor owner', () => {
  it('starts with the author, searches people once typing pauses, and is chosen with the arrow keys and Enter', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    const input = ownerInput();
    expect(input.value).toBe('Johan Ek');
    expect(screen.getByText('Vald: Johan Ek (johan.ek@vetlanda.se).')).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('false');

    await typeOwner('kar');
    expect(service.peopleAsked).toEqual(['kar']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option').map(o => o.textContent)).toEqual(['Karin Holm karin.holm@savsjo.se', 'Karl Berg karl.berg@eksjo.se']);
    expect(screen.getByText('2 personer hittades. Välj med pil ned och upp och tryck på Enter.')).toBeTruthy();

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[1].id);
    expect(within(list).getAllByRole('option')[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[0].id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input.value).toBe('Karin Holm');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Vald: Karin Holm (karin.holm@savsjo.se).')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: strings.Editor.SaveDraft }));
    expect(await screen.findByText(/Utkastet är sparat/)).toBeTruthy();
    expect(service.saves[0].draft.owner).toEqual({ email: 'karin.holm@savsjo.se', name: 'Karin Holm' });
  });

  it('keeps the chosen owner when text is typed and not chosen: Escape closes the list, then puts the name back', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    const input = ownerInput();
    await typeOwner('karl');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('karl');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('Johan Ek');
    expect(screen.getByText('Vald: Johan Ek (johan.ek@vetlanda.se).')).toBeTruthy();
  });

  it('chooses with a click, says when no one is found, and an emptied field leaves the guide without owner', async () => {
    const service = new FakeGuideEditor();
    await openNew(service);
    await typeOwner('berg');
    fireEvent.click(screen.getByRole('option', { name: /Karl Berg/ }));
    expect(screen.getByText('Vald: Karl Berg (karl.berg@eksjo.se).')).toBeTruthy();
    await typeOwner('zzyzx');
    expect(screen.getByText(strings.People.NoneFound)).toBeTruthy();
    expect(ownerInput().getAttribute('aria-expanded')).toBe('false');
    await typeOwner('');
    expect(screen.getByText(strings.People.NoneChosen)).toBeTruthy();
    // One letter is not searched.
    await typeOwner('k');
    expect(service.peopleAsked).toEqual(['berg', 'zzyzx']);
  });
});
