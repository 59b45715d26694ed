import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'SearchWebPartStrings';
import type { SamverkaServices } from '../../core/ports';
import type { GuideResult, GuideStep, ISearchService, SearchPage, SearchState, SearchSuggestion } from '../../core/search';
import { Search } from './Search';
import type { SearchLocation } from './useSearch';
import { reloadPage } from '../common/reloadPage';
import * as common from 'CommonStrings';

// jsdom cannot reload a page: the reload a 401 offers is checked on this stand-in.
jest.mock('../common/reloadPage');
const reload = reloadPage as jest.MockedFunction<typeof reloadPage>;

/** An address bar with history: push, back, forward. */
class MemoryLocation implements SearchLocation {
  public entries: string[];
  public index = 0;
  private listeners: Array<() => void> = [];

  public constructor(initial = '') {
    this.entries = [initial];
  }

  public read = (): string => this.entries[this.index];
  public push = (search: string): void => {
    this.entries = this.entries.slice(0, this.index + 1).concat([search]);
    this.index++;
  };
  public listen = (onChange: () => void): (() => void) => {
    this.listeners.push(onChange);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== onChange);
    };
  };
  public back(): void {
    this.index--;
    this.listeners.forEach((l) => l());
  }
}

const STEPS: GuideStep[] = [
  { title: 'Logga in i Heroma', html: '<p>Öppna Heroma <img src=x onerror="window.hacked=1">från startsidan.</p>', image: { url: 'https://x/1.svg', alt: 'Skärmbild: inloggning' } },
  { title: 'Välj Självservice', html: '<p>Klicka på <strong>Självservice</strong>.</p>', video: { url: 'https://x/film.mp4', captionsUrl: 'https://x/film.sv.vtt', captionsLanguage: 'sv' } },
  { title: 'Skicka för attest', html: '<p>Klicka på Skicka.</p>' }
];

function guide(id: string, title: string, source: GuideResult['source'] = 'list'): GuideResult {
  return {
    kind: 'guide', id, source, title, summary: `Sammanfattning av ${title}.`, stepCount: 3, category: 'Lön och ersättning', municipalities: ['alla'],
    url: `https://contoso.sharepoint.com/guide/${id}`, listItemId: 1, modified: '2026-11-01T10:00:00Z',
    thumbnail: { url: 'https://x/t.svg', alt: 'Skärmbild: Heroma' }
  };
}

class FakeSearch implements ISearchService {
  public calls: Array<{ state: SearchState; cursor?: string }> = [];
  /** What the start page was given, in the service's order (pinned first), and the counts it asked for. */
  public startPage: GuideResult[] = [guide('g1', 'Rapportera lön i Heroma'), guide('g2', 'Hjärt- och lungräddning', 'connector')];
  public startCalls: number[] = [];

  public startGuides(count: number): Promise<GuideResult[]> {
    this.startCalls.push(count);
    return Promise.resolve(this.startPage);
  }

  public search(state: SearchState, cursor?: string): Promise<SearchPage> {
    this.calls.push({ state, cursor });
    const guides = [guide('g1', 'Rapportera lön i Heroma'), guide('g2', 'Hjärt- och lungräddning', 'connector')];
    const page: SearchPage = {
      state,
      counts: { all: 9, pages: 2, documents: 3, people: 2, guides: 2 },
      items: cursor ? [guide('g3', 'Ansök om semester')] : state.vertical === 'people'
        ? [{ kind: 'person', id: 'p1', displayName: 'Anna Lindqvist', jobTitle: 'Undersköterska', department: 'Socialförvaltningen', municipality: 'Eksjö kommun', officeLocation: '', phone: '+46 381-10 00 10', mobilePhone: '', email: 'anna.lindqvist@eksjo.se' }]
        : state.vertical === 'documents'
          ? [{ kind: 'document', id: 'd1', title: 'Protokoll', fileName: 'Protokoll.pdf', fileType: 'pdf', url: 'https://x/Protokoll.pdf', summary: 'Ett <c0>protokoll</c0><ddd/>', siteTitle: 'Eksjö kommun', folderUrl: 'https://x', modified: '2026-10-01T00:00:00Z', modifiedBy: 'Erik Johansson' }]
          : guides,
      people: [],
      refiners: state.vertical === 'documents' ? { fileType: [{ value: 'pdf', count: 1 }, { value: 'docx', count: 2 }], municipality: [{ value: 'Eksjö kommun', count: 3 }] } : {},
      spelling: state.text === 'semestr' ? { suggestion: 'semester', applied: false } : undefined,
      nextCursor: cursor || state.vertical !== 'guides' ? undefined : 'guideList:2',
      failures: []
    };
    return Promise.resolve(page);
  }

  public suggest(text: string): Promise<SearchSuggestion[]> {
    const g = guide('g1', 'Rapportera lön i Heroma');
    return Promise.resolve(text.length >= 2 ? [{ kind: 'guide', title: g.title, detail: g.category, item: g }] : []);
  }

  public getGuideSteps(): Promise<GuideStep[]> {
    return Promise.resolve(STEPS);
  }

  public getPhotoUrl(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }
}

const services = {
  tenantConfig: { getConfig: () => Promise.resolve({ municipalities: [{ id: 'eksjo', name: 'Eksjö kommun' }], sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' } }) }
} as unknown as SamverkaServices;

function renderSearch(location: MemoryLocation, search = new FakeSearch()): FakeSearch {
  render(<Search services={services} search={search} strings={strings} location={location} />);
  return search;
}

/** A search that fails as a whole with `status`, or answers with the given failed sources. */
class FailingSearch extends FakeSearch {
  public status: number | undefined;
  public failures: SearchPage['failures'] = [];

  public search(state: SearchState, cursor?: string): Promise<SearchPage> {
    if (this.status !== undefined) {
      this.calls.push({ state, cursor });
      return Promise.reject(Object.assign(new Error('nej'), { status: this.status }));
    }
    return super.search(state, cursor).then((page) => ({ ...page, failures: this.failures }));
  }
}

function submit(text: string): void {
  fireEvent.change(screen.getByRole('combobox', { name: strings.Search.BoxLabel }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: strings.Search.Submit }));
}

describe('Search failures', () => {
  beforeEach(() => reload.mockClear());

  it('asks a reader whose sign-in ran out (401) to reload, with a button that reloads the page instead of searching again', async () => {
    const search = new FailingSearch();
    search.status = 401;
    renderSearch(new MemoryLocation(), search);
    submit('lön');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(common.Errors.signedOut);
    expect(within(alert).queryByRole('button', { name: common.Retry })).toBeNull();
    const calls = search.calls.length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Ladda om sidan' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(search.calls).toHaveLength(calls);
  });

  it('still offers "Försök igen" for a 503, and searches again', async () => {
    const search = new FailingSearch();
    search.status = 503;
    renderSearch(new MemoryLocation(), search);
    submit('lön');
    const alert = await screen.findByRole('alert');
    expect(within(alert).queryByRole('button', { name: common.Reload })).toBeNull();
    const calls = search.calls.length;
    search.status = undefined;
    fireEvent.click(within(alert).getByRole('button', { name: common.Retry }));
    expect(await screen.findByRole('button', { name: 'Rapportera lön i Heroma' })).toBeTruthy();
    expect(search.calls.length).toBeGreaterThan(calls);
    expect(reload).not.toHaveBeenCalled();
  });

  it('gives one notice for every failed source, naming them, with one button: a reload when a sign-in ran out', async () => {
    const search = new FailingSearch();
    search.failures = [{ source: 'people', code: 'signedOut' }, { source: 'documents', code: 'forbidden' }];
    renderSearch(new MemoryLocation(), search);
    submit('lön');
    const alert = await screen.findByRole('alert');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(alert.textContent).toContain(strings.Search.SourceFailed.replace('{0}', `Personer ${strings.Search.And} dokument`).replace('{1}', common.Errors.signedOut));
    expect(within(alert).getAllByRole('button')).toHaveLength(1);
    const calls = search.calls.length;
    fireEvent.click(within(alert).getByRole('button', { name: common.Reload }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(search.calls).toHaveLength(calls);
  });

  it('says "Försök igen" when no sign-in ran out, and searches again', async () => {
    const search = new FailingSearch();
    search.failures = [{ source: 'pages', code: 'unavailable' }, { source: 'documents', code: 'unavailable' }, { source: 'people', code: 'unavailable' }];
    renderSearch(new MemoryLocation(), search);
    submit('lön');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Webbsidor, dokument ${strings.Search.And} personer`);
    const calls = search.calls.length;
    fireEvent.click(within(alert).getByRole('button', { name: common.Retry }));
    await waitFor(() => expect(search.calls.length).toBeGreaterThan(calls));
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not say "no hits" or a count of 0 for what could not be searched: the failed tabs and All say "–"', async () => {
    const search = new FailingSearch();
    search.failures = [{ source: 'pages', code: 'unavailable' }, { source: 'documents', code: 'unavailable' }, { source: 'people', code: 'unavailable' }, { source: 'guides', code: 'unavailable' }];
    const empty = search.search.bind(search);
    search.search = (state, cursor) => empty(state, cursor).then((page: SearchPage) => ({ ...page, items: [], people: [], counts: { all: 0, pages: 0, documents: 0, people: 0, guides: 0 } }));
    renderSearch(new MemoryLocation(), search);
    submit('lön');
    await screen.findByRole('alert');
    const tabs = within(screen.getByRole('navigation', { name: strings.Search.VerticalsLabel })).getAllByRole('button');
    await waitFor(() => expect(tabs.every((t) => (t.textContent || '').indexOf(strings.Search.CountUnknown) >= 0)).toBe(true));
    expect(tabs.some((t) => /\d/.test(t.textContent || ''))).toBe(false);
    expect(screen.queryByText(strings.Search.Empty)).toBeNull();
    expect(screen.queryByText(strings.Search.ResultCount.replace('{0}', '0'))).toBeNull();
  });

  it('still says "no hits" when every source answered with none, and the tabs count 0', async () => {
    const search = new FailingSearch();
    const empty = search.search.bind(search);
    search.search = (state, cursor) => empty(state, cursor).then((page: SearchPage) => ({ ...page, items: [], people: [], counts: { all: 0, pages: 0, documents: 0, people: 0, guides: 0 } }));
    renderSearch(new MemoryLocation(), search);
    submit('lön');
    expect(await screen.findByText(strings.Search.Empty)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    const tabs = within(screen.getByRole('navigation', { name: strings.Search.VerticalsLabel })).getAllByRole('button');
    expect(tabs.every((t) => /0$/.test(t.textContent || ''))).toBe(true);
  });

  it('with one source failed, the other tabs keep their counts', async () => {
    const search = new FailingSearch();
    search.failures = [{ source: 'people', code: 'unavailable' }];
    renderSearch(new MemoryLocation(), search);
    submit('lön');
    await screen.findByRole('alert');
    const tab = (name: string): string => within(screen.getByRole('navigation', { name: strings.Search.VerticalsLabel })).getAllByRole('button')
      .filter((t) => (t.textContent || '').indexOf(name) === 0)[0].textContent || '';
    await waitFor(() => expect(tab(strings.Verticals.guides)).toBe(`${strings.Verticals.guides}2`));
    expect(tab(strings.Verticals.people)).toContain(strings.Search.CountUnknown);
    expect(tab(strings.Verticals.all)).toContain(strings.Search.CountUnknown);
  });
});

describe('the guide viewer when the steps cannot be read', () => {
  beforeEach(() => reload.mockClear());

  /** Guide steps that fail with `status` until it is cleared. */
  class FailingSteps extends FakeSearch {
    public status: number | undefined;
    public stepLoads = 0;

    public getGuideSteps(): Promise<GuideStep[]> {
      this.stepLoads += 1;
      return this.status === undefined ? super.getGuideSteps() : Promise.reject(Object.assign(new Error('nej'), { status: this.status }));
    }
  }

  async function openGuide(status: number): Promise<{ search: FailingSteps; alert: HTMLElement }> {
    const search = new FailingSteps();
    search.status = status;
    renderSearch(new MemoryLocation('?q=l%C3%B6n&v=guides'), search);
    fireEvent.click(await screen.findByRole('button', { name: 'Rapportera lön i Heroma' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rapportera lön i Heroma' });
    return { search, alert: await within(dialog).findByRole('alert') };
  }

  it('says the sign-in ran out after a 401, and its button reloads the page instead of asking again', async () => {
    const { search, alert } = await openGuide(401);
    expect(alert.textContent).toContain(common.Errors.signedOut);
    expect(within(alert).queryByRole('button', { name: common.Retry })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Ladda om sidan' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(search.stepLoads).toBe(1);
  });

  it('offers "Försök igen" after a 503, which reads the steps again', async () => {
    const { search, alert } = await openGuide(503);
    expect(alert.textContent).toContain(strings.GuideViewer.LoadFailed);
    expect(within(alert).queryByRole('button', { name: common.Reload })).toBeNull();
    search.status = undefined;
    fireEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Steg 1 av 3')).toBeTruthy();
    expect(search.stepLoads).toBe(2);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('Search', () => {
  it('the start page lists the guides for the searcher in the order given: pinned first, all of them, and searches nothing', async () => {
    const search = new FakeSearch();
    // Five pinned (more than the start page's four) and then the most relevant one.
    search.startPage = ['p5', 'p2', 'p9', 'p1', 'p7'].map((id): GuideResult => ({ ...guide(id, `Fäst ${id}`), pinned: true })).concat([guide('r1', 'Mest relevant')]);
    renderSearch(new MemoryLocation(), search);
    const forYou = await screen.findByRole('region', { name: strings.Search.GuidesForYou });
    await waitFor(() => expect(within(forYou).getAllByRole('article')).toHaveLength(6));
    expect(within(forYou).getAllByRole('article').map((a) => within(a).getByRole('heading').textContent)).toEqual(['Fäst p5', 'Fäst p2', 'Fäst p9', 'Fäst p1', 'Fäst p7', 'Mest relevant']);
    // The pinned ones are marked as pinned in Min sida; the most relevant one is not.
    expect(within(forYou).getAllByRole('article').map((a) => within(a).queryByText(strings.Results.GuidePinned) !== null)).toEqual([true, true, true, true, true, false]);
    expect(search.startCalls).toEqual([4]);
    expect(search.calls).toEqual([]);
  });

  it('searches what was typed, puts it in the address, and shows counts per vertical', async () => {
    const location = new MemoryLocation();
    const search = renderSearch(location);
    expect(screen.getByText(strings.Search.Start)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: strings.Search.BoxLabel }), { target: { value: 'lön' } });
    fireEvent.click(screen.getByRole('button', { name: strings.Search.Submit }));
    expect(await screen.findByRole('button', { name: 'Rapportera lön i Heroma' })).toBeTruthy();
    expect(location.read()).toBe('?q=l%C3%B6n');
    // The start page asked for the searcher's guides, not for a search; then the words typed were searched.
    expect(search.startCalls).toEqual([4]);
    expect(search.calls.map((c) => c.state)).toEqual([{ text: 'lön', vertical: 'all', refiners: {} }]);
    const nav = screen.getByRole('navigation', { name: strings.Search.VerticalsLabel });
    expect(within(nav).getByRole('button', { name: `${strings.Verticals.guides} 2` })).toBeTruthy();
    expect(screen.getByText(strings.Results.GuideFromList)).toBeTruthy();
    expect(screen.getByText('Från Kunskapsbanken')).toBeTruthy();
  });

  it('a vertical and a refiner go into the address; back restores the previous search', async () => {
    const location = new MemoryLocation('?q=protokoll');
    renderSearch(location);
    await screen.findByRole('button', { name: 'Rapportera lön i Heroma' });
    fireEvent.click(screen.getByRole('button', { name: `${strings.Verticals.documents} 3` }));
    const pdf = await screen.findByRole('checkbox', { name: /PDF/ });
    expect(location.read()).toBe('?q=protokoll&v=documents');
    expect(screen.getByRole('img', { name: 'PDF-fil' })).toBeTruthy();
    expect(screen.getByText('Ändrad av Erik Johansson')).toBeTruthy();
    fireEvent.click(pdf);
    await waitFor(() => expect(location.read()).toBe('?q=protokoll&v=documents&filtyp=pdf'));
    act(() => location.back());
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /PDF/ }) as HTMLInputElement).checked).toBe(false));
    act(() => location.back());
    expect(await screen.findByRole('button', { name: 'Rapportera lön i Heroma' })).toBeTruthy();
  });

  it('did you mean searches the suggestion', async () => {
    const location = new MemoryLocation('?q=semestr');
    renderSearch(location);
    fireEvent.click(await screen.findByRole('button', { name: 'Menade du semester?' }));
    await waitFor(() => expect(location.read()).toBe('?q=semester'));
  });

  it('Visa fler adds the next page and moves focus to it', async () => {
    const location = new MemoryLocation('?q=l%C3%B6n&v=guides');
    const search = renderSearch(location);
    fireEvent.click(await screen.findByRole('button', { name: strings.Search.ShowMore }));
    const added = await screen.findByRole('button', { name: 'Ansök om semester' });
    expect(search.calls[1].cursor).toBe('guideList:2');
    await waitFor(() => expect(document.activeElement).toBe(added));
  });

  it('suggests guides while typing', async () => {
    renderSearch(new MemoryLocation());
    const box = screen.getByRole('combobox');
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'her' } });
    const option = await screen.findByRole('option', { name: /Rapportera lön i Heroma/ });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByRole('dialog', { name: 'Rapportera lön i Heroma' })).toBeTruthy();
  });

  it('the guide viewer: one step at a time by keyboard, progress, all steps, sanitized HTML, captions; Escape closes', async () => {
    renderSearch(new MemoryLocation('?q=l%C3%B6n&v=guides'));
    const open = await screen.findByRole('button', { name: 'Rapportera lön i Heroma' });
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Rapportera lön i Heroma' });
    expect(await within(dialog).findByText('Steg 1 av 3')).toBeTruthy();
    expect(within(dialog).getByRole('img', { name: 'Skärmbild: inloggning' })).toBeTruthy();
    expect(dialog.innerHTML).not.toContain('onerror');
    fireEvent.keyDown(within(dialog).getByRole('heading', { name: /Logga in i Heroma/ }), { key: 'ArrowRight' });
    expect(within(dialog).getByText('Steg 2 av 3')).toBeTruthy();
    const track = dialog.querySelector('track')!;
    expect(track.getAttribute('kind')).toBe('captions');
    expect(track.getAttribute('srclang')).toBe('sv');
    fireEvent.keyDown(dialog, { key: 'End' });
    expect(within(dialog).getByText('Steg 3 av 3')).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: strings.GuideViewer.Next }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Home' });
    expect(within(dialog).getByText('Steg 1 av 3')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: strings.GuideViewer.AllSteps }));
    expect(within(dialog).getAllByRole('heading', { level: 3 })).toHaveLength(3);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
