import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import * as path from 'path';
import * as strings from 'SearchWebPartStrings';
import { createFormatter } from '../../core/formatting';
import type { IFormatter } from '../../core/formatting';
import type { DocumentResult } from '../../core/search';
import { loadLocStrings } from '../../../tests/support/locStrings';
import { Search } from './Search';
import type { ISearchStrings } from './searchStrings';
import { FixedSearch, location, services } from './testing/searchDoubles';

/** A documents search of thousands: 2,235 documents (1,001 of them versions of one protocol), 1,234 pages, their refiners. */
const THOUSANDS: DocumentResult[] = Array.from({ length: 1001 }, (_, i) => ({
  kind: 'document', id: `d${i}`, title: `Protokoll ${i + 1}`, fileName: `Protokoll ${i + 1}.pdf`, fileType: 'pdf', url: `https://x/p${i}.pdf`,
  summary: '', siteTitle: 'Eksjö kommun', folderUrl: 'https://x', modified: '', modifiedBy: ''
}));
const thousandsSearch = (): FixedSearch => new FixedSearch(THOUSANDS, [], { fileType: [{ value: 'pdf', count: 1234 }, { value: 'docx', count: 1001 }] },
  { all: 3469, pages: 1234, documents: 2235, people: 0, guides: 0 });

const english = loadLocStrings(path.join(__dirname, '../../webparts/search/loc'), 'en-us') as unknown as ISearchStrings;

/** Every number Sök writes on a page of documents: the tabs' counts, "N träffar", the refiners' counts, "N liknande". */
async function numbersShown(ui: ISearchStrings, formatter?: IFormatter): Promise<{ tabs: string[]; status: string; refiners: string[]; similar: string }> {
  render(<Search services={services} search={thousandsSearch()} strings={ui} location={location('?q=protokoll&v=documents')} formatter={formatter} />);
  const similar = await screen.findByRole('button', { expanded: false, name: new RegExp(ui.Results.Similar.replace('{0}', '.+')) });
  const status = screen.getAllByRole('status').filter((s) => /\d/.test(s.textContent || ''))[0];
  const nav = screen.getByRole('navigation', { name: ui.Search.VerticalsLabel });
  return {
    tabs: within(nav).getAllByRole('button').map((b) => b.textContent || ''),
    status: status ? status.textContent || '' : '',
    refiners: screen.getAllByRole('checkbox').map((c) => (c.closest('label') as HTMLElement).textContent || ''),
    similar: similar.textContent || ''
  };
}

describe('numbers in the UI language', () => {
  it('writes them the Swedish way in Swedish (the UI language by default): 2 235', async () => {
    const shown = await numbersShown(strings);
    expect(shown.tabs).toEqual(['Allt3\u00a0469', 'Webbsidor1\u00a0234', 'Dokument2\u00a0235', 'Personer0', 'Guider0']);
    expect(shown.status).toBe('2\u00a0235 träffar');
    expect(shown.refiners).toEqual(['PDF1\u00a0234', 'DOCX1\u00a0001']);
    expect(shown.similar).toBe('1\u00a0000 liknande');
  });

  it('writes them the English way in English: 2,235', async () => {
    const shown = await numbersShown(english, createFormatter('en-US'));
    expect(shown.tabs).toEqual(['All3,469', 'Web pages1,234', 'Documents2,235', 'People0', 'Guides0']);
    expect(shown.status).toBe('2,235 results');
    expect(shown.refiners).toEqual(['PDF1,234', 'DOCX1,001']);
    expect(shown.similar).toBe('1,000 similar');
  });
});
