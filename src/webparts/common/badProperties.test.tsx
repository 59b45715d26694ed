import * as React from 'react';
import { act, waitFor } from '@testing-library/react';
import * as newsStrings from 'TargetedNewsWebPartStrings';
import * as searchStrings from 'SearchWebPartStrings';
import * as dashboardStrings from 'PersonalDashboardWebPartStrings';
import TargetedNewsWebPart from '../targetedNews/TargetedNewsWebPart';
import SearchWebPart from '../search/SearchWebPart';
import PersonalDashboardWebPart from '../personalDashboard/PersonalDashboardWebPart';
import { FakeNewsService, MARIA, fakeServices, newsItem } from '../../components/news/testing/newsFeedDoubles';
import { FakeDashboardService, fakeDashboardServices } from '../../components/dashboard/testing/dashboardDoubles';
import type { ISearchService, SearchPage } from '../../core/search';

/*
 * Bad web part properties (issue 8): page JSON that scripts, templates or older versions wrote,
 * with wrong types, nulls, values out of range and sites that no hub has any more. Each web part
 * is mounted with its real view (services are doubles): it renders, never throws, and tells an
 * editor in Swedish which settings it does not use; a reader sees the page with the defaults.
 */

const NOW = new Date();
const news = new FakeNewsService({ items: ['/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt'].map((site) => newsItem(site, 0, NOW)) });
const emptyPage: SearchPage = {
  items: [], people: [], counts: { all: 0, pages: 0, documents: 0, people: 0, guides: 0 }, refiners: {}, failures: []
} as unknown as SearchPage;
const search: ISearchService = {
  search: jest.fn(() => Promise.resolve(emptyPage)),
  startGuides: () => Promise.resolve([]),
  suggest: () => Promise.resolve([]),
  getGuideSteps: () => Promise.resolve([]),
  getPhotoUrl: () => Promise.resolve(undefined)
};
const mockSearchWiring = jest.fn();
const mockFactory = jest.fn();
const mockDashboard = jest.fn();

jest.mock('../../wiring/news', () => ({ wire: () => mockFactory() }));
jest.mock('../../wiring/dashboard', () => ({
  wire: () => ({ services: { ...mockFactory(), dashboard: mockDashboard() }, tenantUrl: 'https://contoso.sharepoint.com' })
}));
jest.mock('../../wiring/search', () => ({ wire: (connection: unknown, settings: unknown) => mockSearchWiring(connection, settings) }));

interface ITestPart {
  initForTest(context?: Record<string, unknown>, properties?: Record<string, unknown>): Promise<void>;
  properties: Record<string, unknown>;
  displayMode: number;
  domElement: HTMLElement;
  render(): void;
}

const EDIT = 2;
const READ = 1;

function statusRenderer(): Record<string, jest.Mock> {
  return { displayLoadingIndicator: jest.fn(), clearLoadingIndicator: jest.fn(), renderError: jest.fn() };
}

/** Mounts a web part with saved properties, in edit or read mode, and waits until its view has rendered `ready`. */
async function mount(Part: new () => unknown, properties: Record<string, unknown>, mode: number, ready: RegExp): Promise<{ part: ITestPart; zone: HTMLElement; status: Record<string, jest.Mock> }> {
  const part = new Part() as ITestPart;
  part.displayMode = mode;
  document.body.appendChild(part.domElement);
  const status = statusRenderer();
  await act(async () => {
    await part.initForTest({ statusRenderer: status, pageContext: { web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/savsjo' }, cultureInfo: { currentUICultureName: 'sv-SE' } } }, properties);
  });
  await waitFor(() => expect(part.domElement.textContent).toMatch(ready));
  return { part, zone: part.domElement, status };
}

function notice(zone: HTMLElement): string | undefined {
  const element = zone.querySelector('[data-invalid-properties]');
  return element ? element.textContent || '' : undefined;
}

function expected(template: string, names: string[]): string {
  return template.replace('{0}', names.join(', '));
}

beforeEach(() => {
  document.body.innerHTML = '';
  mockFactory.mockReset();
  mockFactory.mockReturnValue({ ...fakeServices(MARIA, news), tenantUrl: 'https://contoso.sharepoint.com' });
  mockDashboard.mockReset();
  mockDashboard.mockReturnValue(fakeDashboardServices(new FakeDashboardService()).dashboard);
  mockSearchWiring.mockReset();
  mockSearchWiring.mockImplementation(() => ({ services: fakeServices(MARIA, news), search }));
});

describe('Targeted news with bad properties', () => {
  const p = newsStrings.PropertyPane;
  const cases: Array<[string, Record<string, unknown>, string[]]> = [
    ['wrong types', { title: 42, layout: 7, itemCount: 'många', sources: '/sites/savsjo' }, [p.TitleLabel, p.LayoutLabel, p.ItemCountLabel, p.SourcesGroup]],
    ['nulls', { title: null, layout: null, itemCount: null, sources: null }, [p.TitleLabel, p.LayoutLabel, p.ItemCountLabel, p.SourcesGroup]],
    ['objects and arrays in place of text', { title: { sv: 'Nyheter' }, layout: ['cards'], itemCount: { n: 3 }, sources: [42, null, ''] }, [p.TitleLabel, p.LayoutLabel, p.ItemCountLabel, p.SourcesGroup]],
    ['a number out of range', { itemCount: 5000 }, [p.ItemCountLabel]]
  ];

  it.each(cases)('%s: the feed renders with the defaults and the editor is told which settings are not used', async (_name, properties, names) => {
    const { zone, status } = await mount(TargetedNewsWebPart, properties, EDIT, new RegExp(newsStrings.Feed.DefaultTitle));
    expect(notice(zone)).toBe(expected(newsStrings.WebPart.InvalidProperties, names));
    expect(zone.querySelector('h2')!.textContent).toBe(newsStrings.Feed.DefaultTitle);
    await waitFor(() => expect(zone.textContent).toContain('Nyhet 0 från savsjo'));
    expect(status.renderError).not.toHaveBeenCalled();
  });

  it('a reader sees the feed with the defaults and no notice', async () => {
    const { zone } = await mount(TargetedNewsWebPart, { title: 42, itemCount: 'många' }, READ, /Nyhet 0 från savsjo/);
    expect(notice(zone)).toBeUndefined();
  });

  it('a site that no hub has any more is skipped, with a message; the rest of the feed shows', async () => {
    const { zone } = await mount(TargetedNewsWebPart, { sources: ['/sites/nedlagd', '/sites/savsjo'] }, EDIT, /Nyhet 0 från savsjo/);
    expect(zone.textContent).toContain(newsStrings.Feed.UnknownSources);
    expect(notice(zone)).toBeUndefined();
    expect(zone.textContent).not.toContain('Nyhet 0 från vetlanda');
  });

  it('only sites that no longer exist: the message, and the default feed instead of an empty one', async () => {
    const { zone } = await mount(TargetedNewsWebPart, { sources: ['/sites/nedlagd'] }, EDIT, /Nyhet 0 från vetlanda/);
    expect(zone.textContent).toContain(newsStrings.Feed.UnknownSources);
  });

  it('valid properties give no notice', async () => {
    const { zone } = await mount(TargetedNewsWebPart, { title: 'Aktuellt', layout: 'cards', itemCount: '8', sources: ['/sites/savsjo'] }, EDIT, /Aktuellt/);
    expect(notice(zone)).toBeUndefined();
  });
});

describe('Search with bad properties', () => {
  const p = searchStrings.PropertyPane;

  it('wrong types: the search renders its own heading, the services get the defaults, the editor is told', async () => {
    const { zone } = await mount(SearchWebPart, { title: { text: 'Hitta' }, pageSize: 'tio', guideConnectionId: 42 }, EDIT, new RegExp(searchStrings.Search.Heading));
    expect(notice(zone)).toBe(expected(searchStrings.WebPart.InvalidProperties, [p.TitleLabel, p.PageSizeLabel, p.ConnectionLabel]));
    expect(zone.querySelector('h2')!.textContent).toBe(searchStrings.Search.Heading);
    expect(mockSearchWiring).toHaveBeenCalledWith(expect.anything(), { guideConnectionId: '', pageSize: 10 });
  });

  it('a page size out of range is clamped, a connection id with spaces and quotes is not used', async () => {
    const { zone } = await mount(SearchWebPart, { title: 'Hitta', pageSize: 500, guideConnectionId: 'a b"<' }, EDIT, /Hitta/);
    expect(notice(zone)).toBe(expected(searchStrings.WebPart.InvalidProperties, [p.PageSizeLabel, p.ConnectionLabel]));
    expect(mockSearchWiring).toHaveBeenCalledWith(expect.anything(), { guideConnectionId: '', pageSize: 25 });
  });

  it('nulls: the defaults, quietly for a reader', async () => {
    const { zone } = await mount(SearchWebPart, { title: null, pageSize: null, guideConnectionId: null }, READ, new RegExp(searchStrings.Search.Heading));
    expect(notice(zone)).toBeUndefined();
    expect(mockSearchWiring).toHaveBeenCalledWith(expect.anything(), { guideConnectionId: '', pageSize: 10 });
  });
});

describe('Personal dashboard with bad properties', () => {
  const p = dashboardStrings.PropertyPane;

  it('wrong types and out of range: the dashboard renders with the defaults and the editor is told', async () => {
    const { zone } = await mount(PersonalDashboardWebPart, { calendarDays: 'tre', documentCount: -4, showNews: 'nej', showLinks: null }, EDIT, new RegExp(dashboardStrings.Dashboard.CalendarTitle));
    expect(notice(zone)).toBe(expected(dashboardStrings.WebPart.InvalidProperties, [p.CalendarDaysLabel, p.DocumentCountLabel, p.ShowNews, p.ShowLinks]));
    // The defaults: three days of calendar, every section.
    const query = (mockDashboard.mock.results[0].value as FakeDashboardService).loads[0];
    expect(query).toMatchObject({ calendarDays: 3, documentCount: 1 });
    expect(zone.textContent).toContain(dashboardStrings.Dashboard.NewsTitle);
  });

  it('a reader sees the dashboard and no notice', async () => {
    const { zone } = await mount(PersonalDashboardWebPart, { calendarDays: {}, documentCount: [] }, READ, new RegExp(dashboardStrings.Dashboard.CalendarTitle));
    expect(notice(zone)).toBeUndefined();
  });
});

describe('a view that throws while rendering', () => {
  it('shows the web part\'s failure text in its zone instead of breaking the page', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // Properties no check foresaw: the view itself throws.
      const { part } = await mount(SearchWebPart, {}, EDIT, new RegExp(searchStrings.Search.Heading));
      (part as unknown as { renderView(): unknown }).renderView = () => React.createElement(() => { throw new Error('Objects are not valid as a React child'); });
      await act(async () => { part.render(); });
      await waitFor(() => expect(part.domElement.querySelector('[role="alert"]')!.textContent).toBe(searchStrings.WebPart.LoadFailed));
    } finally {
      quiet.mockRestore();
    }
  });
});
