import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'PersonalDashboardWebPartStrings';
import { PersonalDashboard } from './PersonalDashboard';
import type { SavedPersonalDashboardProps } from '../../settings/personalDashboard';
import { FakeDashboardService, fakeDashboardServices, TEST_GROUPS } from './testing/dashboardDoubles';
import { DAY_CHECK_MS } from './useDayClock';
import { reloadPage } from '../common/reloadPage';
import * as common from 'CommonStrings';

// jsdom cannot reload a page: the reload a 401 offers is checked on this stand-in.
jest.mock('../common/reloadPage');
const reload = reloadPage as jest.MockedFunction<typeof reloadPage>;

const NOW = new Date('2026-11-30T07:00:00Z'); // Monday 08:00 in Sweden

function renderDashboard(service: FakeDashboardService, properties: SavedPersonalDashboardProps = {}, teams = false): ReturnType<typeof render> {
  return render(
    <PersonalDashboard services={fakeDashboardServices(service)} properties={properties} strings={strings} now={NOW} tenantUrl="https://t.example"
      hostTheme={teams ? { kind: 'teams', name: 'dark' } : undefined} />
  );
}

function region(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('PersonalDashboard', () => {
  beforeEach(() => reload.mockClear());

  it('greets the user and shows calendar, documents and the news of their förvaltning and unit', async () => {
    const service = new FakeDashboardService();
    renderDashboard(service);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hej Anna!' })).toBeTruthy();
    const calendar = region(strings.Dashboard.CalendarTitle);
    expect(within(calendar).getByText('Veckomöte Hemtjänst Norr')).toBeTruthy();
    expect(within(calendar).getByText('08:30–09:15')).toBeTruthy();
    expect(within(calendar).getByRole('link', { name: 'Anslut till Veckomöte Hemtjänst Norr i Teams' }).getAttribute('target')).toBe('_blank');
    expect(within(calendar).getByText(strings.Dashboard.AllDay)).toBeTruthy();
    const documents = region(strings.Dashboard.DocumentsTitle);
    expect(within(documents).getByRole('link', { name: 'Word-dokument: Rutin för nyckelhantering.docx' })).toBeTruthy();
    await waitFor(() => expect(service.newsQueries).toHaveLength(1));
    expect(service.newsQueries[0].sitePaths).toEqual(['/sites/eksjo', '/sites/gemensamt']);
    expect(service.newsQueries[0].audienceGroupIds.sort()).toEqual([TEST_GROUPS.eksjo.hemtjanstNorr, TEST_GROUPS.eksjo.socialforvaltningen].sort());
    // No guide list: no guide section at all.
    expect(screen.queryByRole('region', { name: strings.Dashboard.GuidesTitle })).toBeNull();
  });

  it('says in plain Swedish which permission an admin must approve when the calendar answers 403, and the rest works', async () => {
    const service = new FakeDashboardService({ calendar: { ok: false, code: 'forbidden' } });
    renderDashboard(service);
    const alert = await within(await screen.findByRole('region', { name: strings.Dashboard.CalendarTitle })).findByRole('alert');
    expect(alert.textContent).toContain(strings.Permission.CalendarForbidden);
    expect(alert.textContent).toContain('Calendars.ReadBasic');
    expect(within(region(strings.Dashboard.DocumentsTitle)).getAllByRole('link')).toHaveLength(1);
    fireEvent.click(within(alert).getByRole('button', { name: common.Retry }));
    await waitFor(() => expect(service.loads).toHaveLength(2));
    expect(reload).not.toHaveBeenCalled();
  });

  it('tells why the news is missing when the profile could not be read, instead of loading for good', async () => {
    const service = new FakeDashboardService({ profile: { ok: false, code: 'signedOut' } });
    renderDashboard(service);
    const news = await screen.findByRole('region', { name: strings.Dashboard.NewsTitle });
    const alert = await within(news).findByRole('alert');
    expect(alert.textContent).toContain(common.Errors.signedOut.slice(1));
    expect(within(news).queryByText(common.Loading)).toBeNull();
    expect(within(alert).getByRole('button', { name: common.Reload })).toBeTruthy();
    // Nothing to ask for without the user's municipality.
    expect(service.newsQueries).toHaveLength(0);
  });

  it('tells why the news is missing when the configuration could not be read', async () => {
    const service = new FakeDashboardService();
    const services = { ...fakeDashboardServices(service), tenantConfig: { getConfig: () => Promise.reject(Object.assign(new Error('Service Unavailable'), { status: 503 })) } };
    render(<PersonalDashboard services={services} properties={{}} strings={strings} now={NOW} tenantUrl="https://t.example" />);
    const news = await screen.findByRole('region', { name: strings.Dashboard.NewsTitle });
    const alert = await within(news).findByRole('alert');
    expect(alert.textContent).toContain(common.Errors.unavailable.slice(1));
    fireEvent.click(within(alert).getByRole('button', { name: common.Retry }));
    await waitFor(() => expect(service.loads).toHaveLength(2));
  });

  it('offers "Försök igen", not a reload, when a section answers 503', async () => {
    const service = new FakeDashboardService({ documents: { ok: false, code: 'unavailable' } });
    renderDashboard(service);
    const alert = await within(await screen.findByRole('region', { name: strings.Dashboard.DocumentsTitle })).findByRole('alert');
    expect(within(alert).queryByRole('button', { name: common.Reload })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: common.Retry }));
    await waitFor(() => expect(service.loads).toHaveLength(2));
    expect(reload).not.toHaveBeenCalled();
  });

  it('asks the user to reload when the calendar answers 401, with no permission for an admin to approve', async () => {
    const service = new FakeDashboardService({ calendar: { ok: false, code: 'signedOut' } });
    renderDashboard(service);
    const alert = await within(await screen.findByRole('region', { name: strings.Dashboard.CalendarTitle })).findByRole('alert');
    const signedOut = common.Errors.signedOut;
    expect(alert.textContent).toContain(signedOut.charAt(0).toUpperCase() + signedOut.slice(1));
    expect(alert.textContent).not.toContain(strings.Permission.CalendarForbidden);
    expect(alert.textContent).not.toContain('Calendars.ReadBasic');
    // A retry cannot bring a sign-in back: the button reloads the page instead.
    expect(within(alert).queryByRole('button', { name: common.Retry })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Ladda om sidan' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(service.loads).toHaveLength(1);
  });

  it('does not offer to edit links when the settings cannot be read, and says which permission is missing', async () => {
    const service = new FakeDashboardService({ settings: { ok: false, code: 'forbidden' } });
    renderDashboard(service);
    const links = await screen.findByRole('region', { name: strings.Dashboard.LinksTitle });
    expect(within(links).getByRole('alert').textContent).toContain('User.ReadWrite');
    expect(within(links).queryByRole('button', { name: strings.Dashboard.AddLink })).toBeNull();
  });

  it('does not ask for hidden sections', async () => {
    const service = new FakeDashboardService();
    renderDashboard(service, { showCalendar: false, showNews: false, showGuides: false });
    await screen.findByRole('heading', { level: 1, name: 'Hej Anna!' });
    expect(service.loads[0].include).toEqual({ calendar: false, documents: true, guides: false });
    expect(screen.queryByRole('region', { name: strings.Dashboard.CalendarTitle })).toBeNull();
    expect(service.newsQueries).toHaveLength(0);
  });

  it('adds, moves and removes own links and saves them for the user', async () => {
    const service = new FakeDashboardService();
    renderDashboard(service);
    const links = await screen.findByRole('region', { name: strings.Dashboard.LinksTitle });
    const add = async (title: string, url: string): Promise<void> => {
      fireEvent.click(within(links).getByRole('button', { name: strings.Dashboard.AddLink }));
      fireEvent.change(within(links).getByLabelText(strings.Dashboard.LinkTitleLabel), { target: { value: title } });
      fireEvent.change(within(links).getByLabelText(strings.Dashboard.LinkUrlLabel), { target: { value: url } });
      await act(async () => { fireEvent.click(within(links).getByRole('button', { name: strings.Dashboard.SaveLink })); });
    };
    await add('Lön', 'lon.example');
    await add('Webben', 'https://www.eksjo.se');
    await act(async () => { fireEvent.click(within(links).getByRole('button', { name: 'Flytta Webben uppåt' })); });
    await act(async () => { fireEvent.click(within(links).getByRole('button', { name: 'Ta bort Lön' })); });
    await waitFor(() => expect(within(links).getByText(strings.Dashboard.Saved)).toBeTruthy());
    expect(service.saved.map(s => s.links.map(l => l.title))).toEqual([['Lön'], ['Lön', 'Webben'], ['Webben', 'Lön'], ['Webben']]);
    expect(service.saved[0].links[0].url).toBe('https://lon.example');
    await add('', 'https://x.example');
    expect(within(links).getByRole('alert').textContent).toBe(strings.Dashboard.LinkTitleMissing);
  });

  it('keeps keyboard focus in the links: back on "Lägg till länk" after saving or cancelling, on the moved link after a move', async () => {
    const service = new FakeDashboardService();
    renderDashboard(service);
    const links = await screen.findByRole('region', { name: strings.Dashboard.LinksTitle });
    for (const [title, url] of [['Lön', 'lon.example'], ['Webben', 'https://www.eksjo.se']]) {
      fireEvent.click(within(links).getByRole('button', { name: strings.Dashboard.AddLink }));
      fireEvent.change(within(links).getByLabelText(strings.Dashboard.LinkTitleLabel), { target: { value: title } });
      fireEvent.change(within(links).getByLabelText(strings.Dashboard.LinkUrlLabel), { target: { value: url } });
      await act(async () => { fireEvent.click(within(links).getByRole('button', { name: strings.Dashboard.SaveLink })); });
      expect(document.activeElement).toBe(within(links).getByRole('button', { name: strings.Dashboard.AddLink }));
    }
    fireEvent.click(within(links).getByRole('button', { name: strings.Dashboard.AddLink }));
    fireEvent.click(within(links).getByRole('button', { name: strings.Dashboard.Cancel }));
    expect(document.activeElement).toBe(within(links).getByRole('button', { name: strings.Dashboard.AddLink }));
    // At the top its "up" button is disabled: focus goes to its "down" button, not to the page.
    await act(async () => { fireEvent.click(within(links).getByRole('button', { name: 'Flytta Webben uppåt' })); });
    expect(document.activeElement).toBe(within(links).getByRole('button', { name: 'Flytta Webben nedåt' }));
    await act(async () => { fireEvent.click(within(links).getByRole('button', { name: 'Flytta Webben nedåt' })); });
    expect(document.activeElement).toBe(within(links).getByRole('button', { name: 'Flytta Webben uppåt' }));
  });

  it('lets a person of two municipalities switch, and remembers the choice', async () => {
    const service = new FakeDashboardService();
    const g = TEST_GROUPS;
    service.data = {
      ...service.data,
      profile: { ok: true, value: { id: 'u-maria', displayName: 'Maria Berg', mail: 'maria.berg@savsjo.se', groups: [g.savsjo.allStaff, g.savsjo.lonOchHr, g.vetlanda.allStaff, g.vetlanda.lonOchHr].map(id => ({ id, displayName: id })) } }
    };
    renderDashboard(service, {}, true);
    const switcher = await screen.findByRole('group', { name: strings.Dashboard.ShowFor });
    await waitFor(() => expect(service.newsQueries).toHaveLength(1));
    expect(service.newsQueries[0].sitePaths[0]).toBe('/sites/savsjo');
    await act(async () => { fireEvent.click(within(switcher).getByRole('radio', { name: 'Vetlanda' })); });
    await waitFor(() => expect(service.newsQueries).toHaveLength(2));
    expect(service.newsQueries[1].sitePaths[0]).toBe('/sites/vetlanda');
    expect(service.saved[service.saved.length - 1].municipalityId).toBe('vetlanda');
  });
});

describe('PersonalDashboard left open overnight', () => {
  it('reads the clock again when the tab is shown on a new day, and not while the day is the same', async () => {
    const service = new FakeDashboardService();
    let clock = new Date('2026-11-30T21:30:00Z'); // Monday 22:30 in Sweden
    render(<PersonalDashboard services={fakeDashboardServices(service)} properties={{}} strings={strings} clock={() => clock} tenantUrl="https://t.example" />);
    await screen.findByRole('heading', { level: 1, name: 'Hej Anna!' });
    expect(service.loads).toHaveLength(1);
    expect(service.loads[0].now.toISOString()).toBe('2026-11-30T21:30:00.000Z');

    // Later the same evening: nothing is fetched again.
    clock = new Date('2026-11-30T22:50:00Z');
    act(() => { window.dispatchEvent(new Event('focus')); });
    expect(service.loads).toHaveLength(1);

    // After midnight in Stockholm (still Monday in UTC): Tuesday's calendar is loaded.
    clock = new Date('2026-11-30T23:10:00Z');
    act(() => { window.dispatchEvent(new Event('focus')); });
    await waitFor(() => expect(service.loads).toHaveLength(2));
    expect(service.loads[1].now.toISOString()).toBe('2026-11-30T23:10:00.000Z');
  });

  it('looks at the clock every minute while the page stays open', async () => {
    jest.useFakeTimers();
    try {
      const service = new FakeDashboardService();
      let clock = new Date('2026-11-30T22:59:30Z');
      const view = render(<PersonalDashboard services={fakeDashboardServices(service)} properties={{}} strings={strings} clock={() => clock} tenantUrl="https://t.example" />);
      await act(async () => { await Promise.resolve(); });
      expect(service.loads).toHaveLength(1);
      // Still Monday at the next look: nothing fetched.
      act(() => { jest.advanceTimersByTime(DAY_CHECK_MS); });
      expect(service.loads).toHaveLength(1);
      clock = new Date('2026-11-30T23:00:30Z');
      act(() => { jest.advanceTimersByTime(DAY_CHECK_MS); });
      expect(service.loads).toHaveLength(2);
      view.unmount();
    } finally {
      jest.useRealTimers();
    }
  });

  it('never moves a fixed day', async () => {
    const service = new FakeDashboardService();
    renderDashboard(service);
    await screen.findByRole('heading', { level: 1, name: 'Hej Anna!' });
    act(() => { window.dispatchEvent(new Event('focus')); });
    expect(service.loads).toHaveLength(1);
  });

  it('lists what the user has to read under Att läsa, the count in its heading, each with its day and, past it, "Försenad"', async () => {
    const item = (n: number, readBy?: string, title = `Rutin ${n}`) => ({
      url: `https://t.example/sites/eksjo/SitePages/rutin-${n}.aspx`, title, description: '', publishedAt: '2026-11-20T08:00:00Z',
      sitePath: '/sites/eksjo', municipalityId: 'eksjo', audienceIds: [], mustRead: true, readBy,
      pageKey: `11111111-1111-1111-1111-111111111111/aaaaaaaa-aaaa-aaaa-aaaa-${String(n).padStart(12, '0')}`
    });
    const service = new FakeDashboardService({ toRead: { ok: true, value: [item(1, '2026-11-24T23:00:00Z', '<b>Brand</b>'), item(2, '2026-12-03T23:00:00Z'), item(3)] } });
    renderDashboard(service);
    const section = await screen.findByRole('region', { name: 'Att läsa (3)' });
    const rows = within(section).getAllByRole('listitem');
    expect(rows.map(r => within(r).getByRole('link').textContent)).toEqual(['<b>Brand</b>', 'Rutin 2', 'Rutin 3']);
    // The day in the one date style, in a <time> with the full date on hover.
    expect(rows[0].querySelector('[data-read-by]')?.textContent).toBe('Läs senast 25 nov.');
    expect(rows[0].querySelector('[data-read-by] time')?.getAttribute('title')).toBe('25 november 2026');
    expect(within(rows[0]).getByText(strings.Dashboard.Overdue)).toBeTruthy();
    expect(rows[1].querySelector('[data-read-by]')?.textContent).toBe('Läs senast 4 dec.');
    expect(within(rows[1]).queryByText(strings.Dashboard.Overdue)).toBeNull();
    expect(within(rows[2]).queryByText(/Läs senast/)).toBeNull();
    expect(within(rows[1]).getByRole('link').getAttribute('href')).toBe('https://t.example/sites/eksjo/SitePages/rutin-2.aspx');
    expect(section.querySelector('b')).toBeNull();
  });

  it('says when there is nothing left to read, and when Att läsa failed', async () => {
    const { unmount } = renderDashboard(new FakeDashboardService());
    const section = await screen.findByRole('region', { name: 'Att läsa (0)' });
    expect(within(section).getByText(strings.Dashboard.ToReadEmpty)).toBeTruthy();
    unmount();
    renderDashboard(new FakeDashboardService({ toRead: { ok: false, code: 'forbidden' } }));
    const failed = await screen.findByRole('region', { name: strings.Dashboard.ToReadHeading });
    expect(within(failed).getByRole('alert')).toBeTruthy();
    expect(within(failed).getByRole('button')).toBeTruthy();
  });
});
