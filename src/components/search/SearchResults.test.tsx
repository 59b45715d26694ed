import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as strings from 'SearchWebPartStrings';
import type { SamverkaServices } from '../../core/ports';
import type { DocumentResult, GuideResult, PersonResult } from '../../core/search';
import { Search } from './Search';
import { FixedSearch, location, services } from './testing/searchDoubles';
import type { SearchLocation } from './useSearch';

function person(id: string, displayName: string, municipality: string): PersonResult {
  return {
    kind: 'person', id, displayName, jobTitle: 'Lönespecialist', department: 'Lön och HR', municipality, officeLocation: '',
    phone: '+46 381-10 00 10', mobilePhone: '', email: `${id}@example.se`
  };
}

function doc(id: string, title: string, siteTitle = 'Eksjö kommun'): DocumentResult {
  return { kind: 'document', id, title, fileName: `${title}.pdf`, fileType: 'pdf', url: `https://x/${id}.pdf`, summary: '', siteTitle, folderUrl: 'https://x', modified: '2026-10-01T00:00:00Z', modifiedBy: 'Erik Johansson' };
}

function guide(id: string, title: string): GuideResult {
  return { kind: 'guide', id, source: 'list', title, summary: '', stepCount: 3, category: 'Lön', municipalities: ['alla'], url: `https://x/g/${id}`, listItemId: 1, modified: '2026-11-01T10:00:00Z' };
}

const PEOPLE = [person('p1', 'Ulla Lönn', 'Eksjö kommun'), person('p2', 'Bo Berg', 'Eksjö kommun'), person('p3', 'Cecilia Ek', 'Sävsjö kommun'), person('p4', 'Dan Dal', 'Vetlanda kommun')];

/** The results' headings (content and people) in the order the page shows them. */
function headings(): string[] {
  return Array.from(document.querySelectorAll('[data-webpart] h3, section h3')).map((h) => h.textContent || '');
}

describe('Sök puts the answer first', () => {
  it('a word that titles have: content first, then at most three people, in the order the service ranked them, compactly', async () => {
    render(<Search services={services} search={new FixedSearch([guide('g1', 'Rapportera lön i Heroma'), doc('d1', 'Lönespecifikation')], PEOPLE)} strings={strings} location={location('?q=l%C3%B6n')} />);
    await screen.findByRole('button', { name: 'Rapportera lön i Heroma' });
    const order = headings();
    expect(order.indexOf('Rapportera lön i Heroma')).toBeLessThan(order.indexOf(strings.Search.PeopleHeading));
    const row = screen.getByRole('region', { name: strings.Search.PeopleHeading });
    expect(within(row).getAllByRole('article').map((a) => within(a).getByRole('heading').textContent)).toEqual(['Ulla Lönn', 'Bo Berg', 'Cecilia Ek']);
    // Compact: no phone numbers; the e-mail address on hover.
    expect(within(row).queryByText(/Telefon/)).toBeNull();
    expect(within(row).getByRole('link', { name: 'Ulla Lönn' }).getAttribute('title')).toBe('p1@example.se');
    expect(within(row).getByRole('button', { name: strings.Search.ShowAllPeople })).toBeTruthy();
  });

  it('a name that no title has: the people come first', async () => {
    render(<Search services={services} search={new FixedSearch([guide('g1', 'Rapportera lön i Heroma')], PEOPLE)} strings={strings} location={location('?q=cecilia')} />);
    await screen.findByRole('button', { name: 'Rapportera lön i Heroma' });
    const order = headings();
    expect(order.indexOf(strings.Search.PeopleHeading)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(strings.Search.PeopleHeading)).toBeLessThan(order.indexOf('Rapportera lön i Heroma'));
  });

  it('versions of one document on one site are one result with "N liknande", opened on demand', async () => {
    const items = [doc('d1', 'Tidsplan lön 2026-11-27'), doc('d2', 'Tidsplan lön 2026-11-20'), guide('g1', 'Rapportera lön i Heroma'), doc('d3', 'Tidsplan lön 2026-11-13'), doc('d4', 'Tidsplan lön 2026-11-27', 'Sävsjö kommun')];
    render(<Search services={services} search={new FixedSearch(items, [])} strings={strings} location={location('?q=tidsplan')} />);
    await screen.findByRole('button', { name: 'Rapportera lön i Heroma' });
    expect(screen.getAllByRole('link', { name: /^Tidsplan lön/ })).toHaveLength(2);
    const similar = screen.getByRole('button', { name: strings.Results.Similar.replace('{0}', '2') });
    expect(similar.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(similar);
    expect(screen.getAllByRole('link', { name: /^Tidsplan lön/ })).toHaveLength(4);
    expect(screen.getByRole('button', { name: strings.Results.HideSimilar }).getAttribute('aria-expanded')).toBe('true');
  });

  it('offers only filter options that would narrow the results', async () => {
    const items = [doc('d1', 'Protokoll'), doc('d2', 'Avtal'), doc('d3', 'Policy')];
    const refiners = { fileType: [{ value: 'pdf', count: 3 }], municipality: [{ value: 'Eksjö kommun', count: 2 }, { value: 'Sävsjö kommun', count: 1 }] };
    render(<Search services={services} search={new FixedSearch(items, [], refiners)} strings={strings} location={location('?q=x&v=documents')} />);
    await screen.findByRole('checkbox', { name: /Eksjö kommun/ });
    expect(screen.getByRole('checkbox', { name: /Sävsjö kommun/ })).toBeTruthy();
    // Every result is a PDF: that filter would change nothing, and its group is not shown.
    expect(screen.queryByRole('checkbox', { name: /PDF/ })).toBeNull();
    expect(screen.queryByRole('group', { name: strings.Refiners.fileType })).toBeNull();
  });

  it('shows no filter panel when no option would narrow the results', async () => {
    const items = [doc('d1', 'Protokoll'), doc('d2', 'Avtal')];
    render(<Search services={services} search={new FixedSearch(items, [], { fileType: [{ value: 'pdf', count: 2 }], municipality: [{ value: 'Eksjö kommun', count: 2 }] })} strings={strings} location={location('?q=x&v=documents')} />);
    await screen.findByRole('link', { name: 'Protokoll' });
    expect(screen.queryByRole('heading', { name: strings.Refiners.Heading })).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('starts with the organisation\'s shortcuts and the guides for the searcher, and "Visa alla guider" lists them all', async () => {
    const withShortcuts = {
      tenantConfig: { getConfig: () => Promise.resolve({ municipalities: [], sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }, searchShortcuts: [{ title: 'IT-support', url: 'https://support.example.se/' }, { title: 'Kontakta oss', url: '/sites/gemensamt/SitePages/Kontakta-oss.aspx' }] }) }
    } as unknown as SamverkaServices;
    const guides = ['a', 'b', 'c', 'd', 'e'].map((id) => guide(id, `Guide ${id}`));
    let address = '';
    const here: SearchLocation = { read: () => address, push: (next) => { address = next; }, listen: () => () => undefined };
    render(<Search services={withShortcuts} search={new FixedSearch(guides, PEOPLE)} strings={strings} location={here} />);
    const shortcuts = await screen.findByRole('region', { name: strings.Search.Shortcuts });
    expect(within(shortcuts).getByRole('link', { name: 'IT-support' }).getAttribute('target')).toBe('_blank');
    expect(within(shortcuts).getByRole('link', { name: 'Kontakta oss' }).getAttribute('href')).toBe('/sites/gemensamt/SitePages/Kontakta-oss.aspx');
    const forYou = await screen.findByRole('region', { name: strings.Search.GuidesForYou });
    expect(within(forYou).getAllByRole('article')).toHaveLength(4);
    // No people and no counts before anything is typed.
    expect(screen.queryByRole('region', { name: strings.Search.PeopleHeading })).toBeNull();
    fireEvent.click(within(forYou).getByRole('button', { name: strings.Search.AllGuides }));
    expect(address).toBe('?v=guides');
  });
});
