import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'TargetedNewsWebPartStrings';
import { createTenantConfigError } from '../../core/tenantConfig';
import { TargetedNews } from './TargetedNews';
import type { SavedTargetedNewsProps } from '../../settings/targetedNews';
import type { SamverkaServices } from '../../core/ports';
import { ANNA, FakeNewsService, MARIA, TEST_CONFIG, fakeServices, newsItem } from './testing/newsFeedDoubles';
import { reloadPage } from '../common/reloadPage';
import * as common from 'CommonStrings';

// jsdom cannot reload a page: the reload a 401 offers is checked on this stand-in.
jest.mock('../common/reloadPage');
const reload = reloadPage as jest.MockedFunction<typeof reloadPage>;

const NOW = new Date('2026-11-28T10:00:00Z');

function renderFeed(services: SamverkaServices, properties: SavedTargetedNewsProps = {}): ReturnType<typeof render> {
  return render(<TargetedNews services={services} properties={properties} strings={strings} now={NOW} />);
}

function itemTitles(): string[] {
  return screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent || '');
}

const mariaItems = [
  newsItem('/sites/savsjo', 0, NOW),
  newsItem('/sites/vetlanda', 1, NOW),
  newsItem('/sites/gemensamt', 2, NOW),
  newsItem('/sites/savsjo', 3, NOW),
  newsItem('/sites/vetlanda', 4, NOW)
];

describe('TargetedNews', () => {
  beforeEach(() => reload.mockClear());

  it('shows a loading state, then each item with link, source, date and description', async () => {
    const news = new FakeNewsService({
      items: [
        newsItem('/sites/eksjo', 0, NOW, { boostedUntil: '2026-12-31T00:00:00Z', imageUrl: 'https://img/1.png', imageAlt: 'Hemtjänstens bilar' }),
        newsItem('/sites/gemensamt', 1, NOW)
      ]
    });
    news.hold();
    renderFeed(fakeServices(ANNA, news));

    expect(await screen.findByText(strings.Feed.Loading)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: strings.Feed.DefaultTitle })).toBeTruthy();

    await act(async () => news.release());
    const link = await screen.findByRole('link', { name: 'Nyhet 0 från eksjo' });
    expect(link.getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/eksjo/SitePages/nyhet-0.aspx');
    const first = link.closest('li') as HTMLElement;
    expect(within(first).getByText('Eksjö')).toBeTruthy();
    expect(within(first).getByText('i dag')).toBeTruthy();
    expect(within(first).getByText(strings.Feed.Boosted)).toBeTruthy();
    expect(within(first).getByText('Beskrivning av nyhet 0.')).toBeTruthy();
    expect(within(first).getByRole('img').getAttribute('alt')).toBe('Hemtjänstens bilar');

    const second = screen.getByRole('link', { name: 'Nyhet 1 från gemensamt' }).closest('li') as HTMLElement;
    expect(within(second).getByText('Gemensamt')).toBeTruthy();
    expect(within(second).getByText('i går')).toBeTruthy();
    expect(within(second).queryByText(strings.Feed.Boosted)).toBeNull();
    expect(within(second).queryByRole('img')).toBeNull();
    expect(screen.queryByText(strings.Feed.Loading)).toBeNull();
  });

  it('asks for the user\'s municipalities and the shared site, with the user\'s groups as audiences', async () => {
    const news = new FakeNewsService({ items: mariaItems });
    renderFeed(fakeServices(MARIA, news), { itemCount: 3 });
    await screen.findByRole('link', { name: 'Nyhet 0 från savsjo' });
    expect(news.queries[0]).toEqual({
      sitePaths: ['/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt'],
      audienceGroupIds: MARIA.groupIds,
      pageSize: 3,
      cursor: undefined,
      boost: { limit: 2, maxDays: 14 }
    });
  });

  it('asks for the editor\'s number of boosted news on top and the tenant\'s boost days, and marks "Utvald" only while a boost is in force', async () => {
    const boost = { boostedUntil: '2027-01-31T00:00:00Z' };
    const news = new FakeNewsService({
      items: [
        newsItem('/sites/savsjo', 0, NOW, boost),
        // Published 9 × 20 + 2 hours (about 7.6 days) ago: past the tenant's 7 days, its boost has ended.
        newsItem('/sites/vetlanda', 9, NOW, boost)
      ]
    });
    renderFeed(fakeServices(MARIA, news, { ...TEST_CONFIG, boostMaxDays: 7 }), { boostedOnTop: 1 });
    const inForce = (await screen.findByRole('link', { name: 'Nyhet 0 från savsjo' })).closest('li') as HTMLElement;
    expect(news.queries[0].boost).toEqual({ limit: 1, maxDays: 7 });
    expect(within(inForce).getByText(strings.Feed.Boosted)).toBeTruthy();
    const ended = screen.getByRole('link', { name: 'Nyhet 9 från vetlanda' }).closest('li') as HTMLElement;
    expect(within(ended).queryByText(strings.Feed.Boosted)).toBeNull();
  });

  it('says so when there is no news', async () => {
    renderFeed(fakeServices(ANNA, new FakeNewsService({ items: [] })));
    expect(await screen.findByText(strings.Feed.Empty)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button', { name: strings.Feed.ShowMore })).toBeNull();
  });

  it('shows an error in the user\'s language when the feed cannot load, and recovers on retry', async () => {
    const news = new FakeNewsService({ items: [newsItem('/sites/eksjo', 0, NOW)] });
    news.rejectWith = { status: 503 };
    renderFeed(fakeServices(ANNA, news));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(strings.Feed.ErrorTitle);
    expect(alert.textContent).toContain(common.Errors.unavailable.slice(1));

    news.rejectWith = undefined;
    expect(within(alert).queryByRole('button', { name: common.Reload })).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: common.Retry }));
    expect(await screen.findByRole('link', { name: 'Nyhet 0 från eksjo' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });

  it('asks a reader whose sign-in ran out (401) to reload, with a button that reloads the page instead of retrying', async () => {
    const news = new FakeNewsService({ items: [newsItem('/sites/eksjo', 0, NOW)] });
    news.rejectWith = { status: 401 };
    renderFeed(fakeServices(ANNA, news));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(common.Errors.signedOut.slice(1));
    expect(within(alert).queryByRole('button', { name: common.Retry })).toBeNull();
    const queries = news.queries.length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Ladda om sidan' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(news.queries).toHaveLength(queries);
  });

  it('offers a reload for the sites that answered 401 and a retry for the others', async () => {
    const news = new FakeNewsService({ items: mariaItems, failingSites: { '/sites/savsjo': 'signedOut', '/sites/vetlanda': 'unavailable' } });
    renderFeed(fakeServices(MARIA, news));

    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const notice = (site: string): HTMLElement => screen.getAllByRole('alert').filter((a) => (a.textContent || '').indexOf(site) >= 0)[0];
    expect(notice('Sävsjö').textContent).toContain(strings.Feed.SourceFailed.replace('{0}', 'Sävsjö').replace('{1}', common.Errors.signedOut));
    expect(within(notice('Sävsjö')).queryByRole('button', { name: common.Retry })).toBeNull();
    expect(within(notice('Vetlanda')).queryByRole('button', { name: common.Reload })).toBeNull();

    fireEvent.click(within(notice('Vetlanda')).getByRole('button', { name: common.Retry }));
    await waitFor(() => expect(news.queries).toHaveLength(2));
    expect(reload).not.toHaveBeenCalled();
    fireEvent.click(within(await waitFor(() => notice('Sävsjö'))).getByRole('button', { name: 'Ladda om sidan' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('explains a missing tenant configuration instead of failing', async () => {
    const services = fakeServices(ANNA, new FakeNewsService({ items: [] }));
    services.tenantConfig = { getConfig: () => Promise.reject(createTenantConfigError('missing', [])) };
    renderFeed(services);
    expect((await screen.findByRole('alert')).textContent).toContain(common.Errors.config.slice(1));
  });

  it('filters by municipality with chips when the user works for more than one', async () => {
    const news = new FakeNewsService({ items: mariaItems });
    renderFeed(fakeServices(MARIA, news));
    await screen.findByRole('link', { name: 'Nyhet 0 från savsjo' });

    const chips = within(screen.getByRole('group', { name: strings.Feed.FilterLabel })).getAllByRole('button');
    expect(chips.map((chip) => chip.textContent)).toEqual([strings.Feed.FilterAll, 'Sävsjö', 'Vetlanda', 'Gemensamt']);
    expect(chips[0].getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Vetlanda' }));
    await waitFor(() => expect(itemTitles()).toEqual(['Nyhet 1 från vetlanda', 'Nyhet 4 från vetlanda']));
    expect(news.queries[news.queries.length - 1].sitePaths).toEqual(['/sites/vetlanda']);
    expect(screen.getByRole('button', { name: 'Vetlanda' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: strings.Feed.FilterAll }).getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(screen.getByRole('button', { name: strings.Feed.FilterAll }));
    await waitFor(() => expect(itemTitles()).toHaveLength(5));
  });

  it('shows no chips when the feed reads a single site', async () => {
    const news = new FakeNewsService({ items: mariaItems });
    renderFeed(fakeServices(MARIA, news), { sources: ['/sites/vetlanda'] });
    await screen.findByRole('link', { name: 'Nyhet 1 från vetlanda' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(news.queries[0].sitePaths).toEqual(['/sites/vetlanda']);
  });

  it('says which configured sites no longer exist and reads the rest', async () => {
    const news = new FakeNewsService({ items: mariaItems });
    renderFeed(fakeServices(MARIA, news), { sources: ['/sites/vetlanda', '/sites/nedlagd'] });
    expect(await screen.findByText(strings.Feed.UnknownSources)).toBeTruthy();
    expect(news.queries[0].sitePaths).toEqual(['/sites/vetlanda']);
  });

  it('loads the next page with "Visa fler", announces it and moves focus to the first new item', async () => {
    const news = new FakeNewsService({ items: mariaItems });
    renderFeed(fakeServices(MARIA, news), { itemCount: 2 });
    await screen.findByRole('link', { name: 'Nyhet 0 från savsjo' });
    expect(itemTitles()).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: strings.Feed.ShowMore }));
    await waitFor(() => expect(itemTitles()).toHaveLength(4));
    expect(news.queries[1].cursor).toBe('2');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Nyhet 2 från gemensamt' }));
    expect(screen.getByText(strings.Feed.MoreLoaded.replace('{0}', '2'))).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: strings.Feed.ShowMore }));
    await waitFor(() => expect(itemTitles()).toHaveLength(5));
    expect(screen.getByText('1 nyhet till visas.')).toBeTruthy();
    // The last page: nothing more to load.
    expect(screen.queryByRole('button', { name: strings.Feed.ShowMore })).toBeNull();
  });

  it('keeps the shown items when the next page fails', async () => {
    const news = new FakeNewsService({ items: mariaItems });
    renderFeed(fakeServices(MARIA, news), { itemCount: 2 });
    await screen.findByRole('link', { name: 'Nyhet 0 från savsjo' });

    news.rejectWith = { status: 429 };
    fireEvent.click(screen.getByRole('button', { name: strings.Feed.ShowMore }));
    expect((await screen.findByRole('alert')).textContent).toContain(common.Errors.throttled);
    expect(itemTitles()).toHaveLength(2);
    expect(screen.getByRole('button', { name: strings.Feed.ShowMore })).toBeTruthy();
  });

  it('keeps the shown items and the cursor when every source fails on the next page', async () => {
    const news = new FakeNewsService({ items: mariaItems });
    renderFeed(fakeServices(MARIA, news), { itemCount: 2 });
    await screen.findByRole('link', { name: 'Nyhet 0 från savsjo' });

    news.failSites({ '/sites/savsjo': 'unavailable', '/sites/vetlanda': 'unavailable', '/sites/gemensamt': 'unavailable' });
    fireEvent.click(screen.getByRole('button', { name: strings.Feed.ShowMore }));
    expect((await screen.findByRole('alert')).textContent).toContain(common.Errors.unavailable);
    expect(itemTitles()).toHaveLength(2);

    news.failSites({});
    fireEvent.click(screen.getByRole('button', { name: strings.Feed.ShowMore }));
    await waitFor(() => expect(itemTitles()).toHaveLength(4));
    expect(news.queries[1].cursor).toBe('2');
    expect(news.queries[2].cursor).toBe('2');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders the other sources and a notice with retry when one source fails', async () => {
    const news = new FakeNewsService({ items: mariaItems, failingSites: { '/sites/savsjo': 'forbidden' } });
    renderFeed(fakeServices(MARIA, news));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toBe(
      strings.Feed.SourceFailed.replace('{0}', 'Sävsjö').replace('{1}', strings.Feed.SourceErrors.forbidden) + common.Retry
    );
    expect(itemTitles()).toEqual(['Nyhet 1 från vetlanda', 'Nyhet 2 från gemensamt', 'Nyhet 4 från vetlanda']);

    fireEvent.click(within(notice).getByRole('button', { name: common.Retry }));
    await waitFor(() => expect(news.queries).toHaveLength(2));
  });

  it('gives one notice for sites that failed for the same reason', async () => {
    const news = new FakeNewsService({ items: mariaItems, failingSites: { '/sites/savsjo': 'unavailable', '/sites/vetlanda': 'unavailable' } });
    renderFeed(fakeServices(MARIA, news));
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByText(strings.Feed.SourceFailed.replace('{0}', 'Sävsjö, Vetlanda').replace('{1}', common.Errors.unavailable))).toBeTruthy();
    expect(itemTitles()).toEqual(['Nyhet 2 från gemensamt']);
  });

  it('shows the error state, not "no news", when every source failed', async () => {
    const failingSites = { '/sites/savsjo': 'throttled', '/sites/vetlanda': 'throttled', '/sites/gemensamt': 'throttled' };
    renderFeed(fakeServices(MARIA, new FakeNewsService({ items: mariaItems, failingSites })));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(strings.Feed.ErrorTitle);
    expect(alert.textContent).toContain(common.Errors.throttled.slice(1));
    expect(screen.queryByText(strings.Feed.Empty)).toBeNull();
    expect(within(alert).getByRole('button', { name: common.Retry })).toBeTruthy();
  });

  it('ignores an answer that arrives after the user picked another chip', async () => {
    const news = new FakeNewsService({ items: mariaItems });
    renderFeed(fakeServices(MARIA, news));
    await screen.findByRole('link', { name: 'Nyhet 0 från savsjo' });

    news.hold();
    fireEvent.click(screen.getByRole('button', { name: 'Sävsjö' }));
    fireEvent.click(screen.getByRole('button', { name: 'Vetlanda' }));
    await act(async () => news.release());
    await waitFor(() => expect(itemTitles()).toEqual(['Nyhet 1 från vetlanda', 'Nyhet 4 från vetlanda']));
  });

  it('lays out cards in one list, the first item large', async () => {
    renderFeed(fakeServices(MARIA, new FakeNewsService({ items: mariaItems })), { layout: 'cards', itemCount: 4 });
    await screen.findByRole('link', { name: 'Nyhet 0 från savsjo' });
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  });

  it('shows text of descriptions that hold markup, and never runs it', async () => {
    const item = newsItem('/sites/eksjo', 0, NOW, { description: 'Lön &amp; HR <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>flyttar' });
    renderFeed(fakeServices(ANNA, new FakeNewsService({ items: [item] })));
    expect(await screen.findByText('Lön & HR flyttar')).toBeTruthy();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(document.querySelector('script')).toBeNull();
  });

  it('uses the title an editor set', async () => {
    renderFeed(fakeServices(ANNA, new FakeNewsService({ items: [] })), { title: 'Aktuellt i Eksjö' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Aktuellt i Eksjö' })).toBeTruthy();
  });

  describe('Läs och bekräfta', () => {
    const KEY = (n: number): string => `11111111-1111-1111-1111-111111111111/aaaaaaaa-aaaa-aaaa-aaaa-${String(n).padStart(12, '0')}`;
    const items = [
      newsItem('/sites/eksjo', 0, NOW),
      newsItem('/sites/eksjo', 1, NOW, { mustRead: true, readBy: '2026-12-03T23:00:00Z', pageKey: KEY(1) }),
      newsItem('/sites/eksjo', 2, NOW, { mustRead: true, readBy: '2026-11-24T23:00:00Z', pageKey: KEY(2), title: '<img src=x onerror=alert(1)>' }),
      newsItem('/sites/eksjo', 3, NOW, { mustRead: true, pageKey: KEY(3) })
    ];

    function servicesWith(myConfirmations: jest.Mock, readMineAhead: jest.Mock = jest.fn()): SamverkaServices {
      return { ...fakeServices(ANNA, new FakeNewsService({ items })), readConfirmations: { confirm: jest.fn(), confirmationsFor: jest.fn(), myConfirmations, readMineAhead } };
    }

    it('marks the unconfirmed must-read items in words, overdue ones as such, and puts them first; asks once about the page\'s must-read items', async () => {
      const myConfirmations = jest.fn().mockResolvedValue({ [KEY(3)]: '2026-11-27T08:00:00Z' });
      renderFeed(servicesWith(myConfirmations));
      await screen.findByRole('link', { name: 'Nyhet 0 från eksjo' });
      expect(myConfirmations).toHaveBeenCalledTimes(1);
      expect(myConfirmations.mock.calls[0][0]).toEqual([KEY(1), KEY(2), KEY(3)]);
      // The hostile title is text; overdue first, then by day; the confirmed one in its date order, unmarked.
      expect(itemTitles()).toEqual(['<img src=x onerror=alert(1)>', 'Nyhet 1 från eksjo', 'Nyhet 0 från eksjo', 'Nyhet 3 från eksjo']);
      const overdue = screen.getByRole('link', { name: '<img src=x onerror=alert(1)>' }).closest('li') as HTMLElement;
      expect(within(overdue).getByText(strings.Feed.MustRead)).toBeTruthy();
      expect(within(overdue).getByText(strings.Feed.Overdue)).toBeTruthy();
      // The day in the one date style, in a <time> with the full date on hover.
      expect(overdue.querySelector('[data-read-by]')?.textContent).toBe('Läs senast 25 nov.');
      expect(overdue.querySelector('[data-read-by] time')?.getAttribute('title')).toBe('25 november 2026');
      expect(overdue.querySelector('img')).toBeNull();
      const due = screen.getByRole('link', { name: 'Nyhet 1 från eksjo' }).closest('li') as HTMLElement;
      expect(within(due).getByText(strings.Feed.MustRead)).toBeTruthy();
      expect(within(due).queryByText(strings.Feed.Overdue)).toBeNull();
      const confirmed = screen.getByRole('link', { name: 'Nyhet 3 från eksjo' }).closest('li') as HTMLElement;
      expect(within(confirmed).queryByText(strings.Feed.MustRead)).toBeNull();
      // The item links to its page, where it is confirmed: no button of its own here.
      expect(within(due).queryByRole('button')).toBeNull();
      expect(within(due).getByRole('link').getAttribute('href')).toBe(items[1].url);
    });

    it('still shows the feed, the must-read items marked, when the confirmations cannot be read', async () => {
      renderFeed(servicesWith(jest.fn().mockRejectedValue(Object.assign(new Error('403'), { status: 403 }))));
      await screen.findByRole('link', { name: 'Nyhet 0 från eksjo' });
      expect(screen.getAllByText(strings.Feed.MustRead)).toHaveLength(3);
      expect(itemTitles()[3]).toBe('Nyhet 0 från eksjo');
    });

    it('reads the confirmations beside the news search, not after it, and asks about no page when none is must-read', async () => {
      const myConfirmations = jest.fn();
      const news = new FakeNewsService({ items: [items[0]] });
      let searchesWhenAhead = -1;
      const readMineAhead = jest.fn(() => { searchesWhenAhead = news.queries.length; });
      renderFeed({ ...fakeServices(ANNA, news), readConfirmations: { confirm: jest.fn(), confirmationsFor: jest.fn(), myConfirmations, readMineAhead } });
      await screen.findByRole('link', { name: 'Nyhet 0 från eksjo' });
      expect(readMineAhead).toHaveBeenCalledTimes(1);
      expect(searchesWhenAhead).toBe(0);
      expect(myConfirmations).not.toHaveBeenCalled();
      expect(screen.queryByText(strings.Feed.MustRead)).toBeNull();
    });
  });
});
