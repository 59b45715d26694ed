import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as common from 'CommonStrings';
import { DateField, dayText, parseDay } from './DateField';

function Field(props: { initial: string; onChange(value: string): void }): React.ReactElement {
  const [value, setValue] = React.useState(props.initial);
  return (
    <>
      <label htmlFor="when">Granskas senast</label>
      <DateField id="when" value={value} onChange={(v) => { setValue(v); props.onChange(v); }} />
    </>
  );
}

describe('a date field', () => {
  it('reads and writes days as yyyy-mm-dd, and refuses what is not a day', () => {
    expect(dayText(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(parseDay('2026-12-07')).toEqual(new Date(2026, 11, 7));
    expect(parseDay(' 2026-2-3 ')).toEqual(new Date(2026, 1, 3));
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('12/07/2026')).toBeNull();
  });

  it('shows its day as yyyy-mm-dd under its label, and takes a typed day when it loses focus', () => {
    const changes: string[] = [];
    render(<Field initial="2026-11-27" onChange={(v) => changes.push(v)} />);
    const input = screen.getByLabelText('Granskas senast') as HTMLInputElement;
    expect(input.value).toBe('2026-11-27');
    expect(input.getAttribute('placeholder')).toBe(common.DateField.Format);
    fireEvent.change(input, { target: { value: '2027-01-15' } });
    fireEvent.blur(input);
    expect(changes).toEqual(['2027-01-15']);
    expect(input.value).toBe('2027-01-15');
  });

  it('says how to write the day when what was typed is not one, and keeps the day it had', () => {
    const changes: string[] = [];
    render(<Field initial="2026-11-27" onChange={(v) => changes.push(v)} />);
    const input = screen.getByLabelText('Granskas senast');
    fireEvent.change(input, { target: { value: '11/27/2026' } });
    fireEvent.blur(input);
    expect(screen.getByText(common.DateField.Invalid)).toBeTruthy();
    // Fluent hands back the day it had: nothing else is taken.
    expect(changes.every((v) => v === '2026-11-27')).toBe(true);
  });

  it('opens a Swedish calendar whose weeks begin on Monday, with week numbers', () => {
    render(<Field initial="2026-12-07" onChange={() => undefined} />);
    fireEvent.click(screen.getByLabelText('Granskas senast'));
    const calendar = screen.getByRole('dialog');
    expect(within(calendar).getByText(/december 2026/i)).toBeTruthy();
    const headers = within(calendar).getAllByRole('columnheader').map((h) => h.getAttribute('title') || h.textContent);
    expect(headers.filter((h) => h && h.length > 1)[0]).toBe('måndag');
    expect(within(calendar).getByRole('button', { name: common.DateField.GoToToday })).toBeTruthy();
  });
});
