/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'ContentReuseWebPartStrings';
import { AudienceChoice, Offer, ReuseError, ReusePage } from '../../core/reuse';
import type { SendResult } from '../../core/reusePorts';
import { ContentReuse } from './ContentReuse';
import type { BorrowCandidate, BorrowQuery } from '../../core/borrow';
import { CONFIG, FakeBorrow, FakeReuse, offer, PAGE } from './testing/reuseDoubles';
import { reloadPage } from '../common/reloadPage';
import * as common from 'CommonStrings';
import { createFormatter } from '../../core/formatting';

// jsdom cannot reload a page: the reload a 401 offers is checked on this stand-in.
jest.mock('../common/reloadPage');
const reload = reloadPage as jest.MockedFunction<typeof reloadPage>;

/** The page's clock in these tests: 1 December 2026, noon in Stockholm. */
const formatter = createFormatter('sv-SE', () => new Date('2026-12-01T11:00:00Z'));

function show(service: FakeReuse): void {
  render(<ContentReuse service={service} getConfig={() => Promise.resolve(CONFIG)} strings={strings} formatter={formatter} />);
}

function offersHeading(municipality: string, count: number): string {
  return strings.Offers.Heading.replace('{0}', municipality).replace('{1}', String(count));
}

describe('content reuse view', () => {
  it('shows someone who may publish nowhere a message and no button', async () => {
    show(new FakeReuse());
    await screen.findByText(strings.View.OnlyEditors);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('asks a reader whose sign-in ran out (401) to reload, with a button that reloads the page, and tells one without rights (403) so', async () => {
    reload.mockClear();
    const service = new FakeReuse();
    service.editorOf = ['vetlanda'];
    const refusals = [Object.assign(new Error('Unauthorized'), { status: 401 }), Object.assign(new Error('Forbidden'), { status: 403 }),
      Object.assign(new Error('Service Unavailable'), { status: 503 })];
    let asked = 0;
    const listOffers = service.listOffers.bind(service);
    service.listOffers = async (to: string): Promise<Offer[]> => {
      asked++;
      const refusal = refusals.shift();
      if (refusal) {
        throw refusal;
      }
      return listOffers(to);
    };
    const first = render(<ContentReuse service={service} getConfig={() => Promise.resolve(CONFIG)} strings={strings} />);
    await screen.findByText(`${strings.View.LoadFailed} ${common.Errors.signedOut}`);
    expect(common.Errors.signedOut).toMatch(/ladda om sidan/i);
    // A retry cannot bring a sign-in back: the button reloads the page instead.
    expect(screen.queryByRole('button', { name: common.Retry })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ladda om sidan' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(asked).toBe(1);
    first.unmount();

    show(service);
    await screen.findByText(`${strings.View.LoadFailed} ${common.Errors.forbidden}`);
    expect(screen.queryByRole('button', { name: common.Reload })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    await screen.findByText(`${strings.View.LoadFailed} ${common.Errors.unavailable}`);
    expect(asked).toBe(3);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is busy while it loads, says in the reader\'s words why it could not, and loads again on "Försök igen"', async () => {
    const service = new FakeReuse();
    service.editorOf = ['vetlanda'];
    const refusals = [Object.assign(new Error('Forbidden'), { status: 403 }), Object.assign(new Error('Service Unavailable'), { status: 503 }),
      Object.assign(new Error('List does not exist'), { status: 404 })];
    const listOffers = service.listOffers.bind(service);
    service.listOffers = async (to: string): Promise<Offer[]> => {
      const refusal = refusals.shift();
      if (refusal) {
        throw refusal;
      }
      return listOffers(to);
    };
    show(service);
    const part = screen.getByRole('region', { name: strings.View.Title });
    expect(part.getAttribute('aria-busy')).toBe('true');
    await screen.findByText(`${strings.View.LoadFailed} ${common.Errors.forbidden}`);
    expect(part.getAttribute('aria-busy')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    await screen.findByText(`${strings.View.LoadFailed} ${common.Errors.unavailable}`);
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    // A list removed from the shared site: a message for the administrator, not "something went wrong".
    await screen.findByText(`${strings.View.LoadFailed} ${strings.Errors.missing}`);
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    await screen.findByRole('region', { name: offersHeading('Vetlanda', 0) });
    expect(screen.queryByText(strings.View.LoadFailed, { exact: false })).toBeNull();
  });

  it('sends the chosen news to the chosen municipality and audience, and says what happened', async () => {
    const service = new FakeReuse();
    service.editorOf = ['savsjo'];
    show(service);
    const to = await screen.findByLabelText(strings.Send.To);
    expect(within(to).getAllByRole('option').map(o => o.textContent)).toEqual(['Eksjö', 'Vetlanda']);
    await screen.findByRole('option', { name: PAGE.title });
    fireEvent.change(to, { target: { value: 'vetlanda' } });
    const form = screen.getByRole('form', { name: strings.Send.Heading });
    // Before sending: the editor may not publish in Vetlanda, so the send becomes an offer, and the button says so.
    const willOffer = within(form).getByText(strings.Send.WillOffer.replace('{0}', 'Vetlanda'));
    expect(to.getAttribute('aria-describedby')).toBe(willOffer.id);
    expect(within(form).getByRole('button', { name: strings.Send.SubmitOffer })).toBeTruthy();
    // Who the audience reaches, before sending.
    await within(form).findByText('Når 410 i Vetlanda.');
    within(form).getByText('I grupperna finns också 2 utanför Vetlanda: Sävsjö 2.');
    fireEvent.click(within(form).getByLabelText(strings.Send.Managers));
    await within(form).findByText('Når 30 i Vetlanda.');
    expect(within(form).queryByText(/I grupperna finns också/)).toBeNull();
    expect(service.reachAsked[service.reachAsked.length - 1]).toEqual(['vetlanda', { kind: 'groups', groupIds: ['vetlanda-managers'] }]);
    fireEvent.click(screen.getByRole('button', { name: strings.Send.SubmitOffer }));
    await screen.findByText(strings.Send.Offered.replace('{0}', 'Vetlanda'));
    expect(service.sent).toEqual([[PAGE.url, 'vetlanda', { kind: 'groups', groupIds: ['vetlanda-managers'] }]]);
    expect(document.querySelector('.ms-MessageBar--success')).toBeNull();
  });

  it('tells the editor when a news link was not published because its audience could not be set', async () => {
    const service = new FakeReuse();
    // An editor of Vetlanda too: the send publishes there (no offer), and its audience fails.
    service.editorOf = ['savsjo', 'vetlanda'];
    service.send = async (): Promise<SendResult> => {
      throw new ReuseError('audienceFailed');
    };
    show(service);
    const to = await screen.findByLabelText(strings.Send.To);
    await screen.findByRole('option', { name: PAGE.title });
    fireEvent.change(to, { target: { value: 'vetlanda' } });
    fireEvent.click(screen.getByRole('button', { name: strings.Send.Submit }));
    await screen.findByText(strings.Errors.audienceFailed);
    expect(strings.Errors.audienceFailed).toMatch(/publicerades inte/);
    // The form is usable again, so the editor can try once more.
    expect(screen.getByRole('button', { name: strings.Send.Submit }).hasAttribute('disabled')).toBe(false);
  });

  it('shows the log on demand, a failed send in it with why nothing was published, and reads it again after a send', async () => {
    const service = new FakeReuse();
    service.editorOf = ['savsjo', 'vetlanda'];
    service.log = [{
      action: 'sent', actor: 'karin@savsjo.se', title: 'Nytt badhus', sourceUrl: 'http://t/sites/savsjo/SitePages/badhus.aspx', fromMunicipalityId: 'savsjo',
      toMunicipalityId: 'eksjo', targetUrl: 'http://t/sites/eksjo/SitePages/badhus.aspx', audienceIds: ['eksjo-all'], details: '', at: '2026-11-27T09:05:00Z'
    }];
    service.send = async (page: ReusePage, to: string, audience: AudienceChoice): Promise<SendResult> => {
      // As the service does: the failure is recorded, then the error reaches the editor.
      service.log.unshift({
        action: 'sendFailed', actor: 'karin@savsjo.se', title: page.title, sourceUrl: page.url, fromMunicipalityId: 'savsjo', toMunicipalityId: to,
        targetUrl: '', audienceIds: audience.kind === 'groups' ? audience.groupIds : ['vetlanda-all'], details: 'audienceFailed', at: '2026-11-28T10:15:00Z'
      });
      throw new ReuseError('audienceFailed');
    };
    show(service);
    const log = await screen.findByRole('region', { name: strings.Log.Heading });
    // Not read for the first render: only when the editor opens it.
    expect(service.logReads).toBe(0);
    fireEvent.click(within(log).getByRole('button', { name: strings.Log.Show }));
    const sent = await within(log).findByRole('listitem');
    expect(sent.textContent).toMatch(/^Skickad: Nytt badhus/);
    // The date in the shared style: how long ago within a week, the date and time in full on hover.
    expect(sent.textContent).toMatch(/Från Sävsjö till Eksjö · karin@savsjo\.se · för 4 dagar sedan$/);
    const at = sent.querySelector('time')!;
    expect(at.getAttribute('dateTime')).toBe('2026-11-27T09:05:00Z');
    expect(at.getAttribute('title')).toBe(formatter.dateTime('2026-11-27T09:05:00Z'));
    expect(at.getAttribute('title')).toMatch(/^27 november 2026 (kl\. )?10:05$/);
    expect(within(log).getByRole('button', { name: strings.Log.Hide }).getAttribute('aria-expanded')).toBe('true');

    const to = await screen.findByLabelText(strings.Send.To);
    await screen.findByRole('option', { name: PAGE.title });
    fireEvent.change(to, { target: { value: 'vetlanda' } });
    fireEvent.click(screen.getByRole('button', { name: strings.Send.Submit }));
    await screen.findByText(strings.Errors.audienceFailed);
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(2));
    const failed = within(log).getAllByRole('listitem')[0];
    expect(failed.getAttribute('data-log-action')).toBe('sendFailed');
    expect(failed.textContent).toMatch(new RegExp(`^Misslyckades: ${PAGE.title}`));
    expect(failed.textContent).toContain('Från Sävsjö till Vetlanda · karin@savsjo.se');
    expect(within(failed).getByText(strings.Log.FailedAudience)).toBeTruthy();
    expect(strings.Log.FailedAudience).toMatch(/^Inget publicerades/);
    expect(within(failed).getByRole('link', { name: PAGE.title }).getAttribute('href')).toBe(PAGE.url);
  });

  it('says why another failed send published nothing, in the reader\'s words', async () => {
    const service = new FakeReuse();
    service.editorOf = ['savsjo'];
    service.log = [{
      action: 'sendFailed', actor: 'karin@savsjo.se', title: 'Nytt badhus', sourceUrl: '', fromMunicipalityId: null, toMunicipalityId: 'eksjo',
      targetUrl: '', audienceIds: [], details: 'unavailable', at: '2026-11-27T09:05:00Z'
    }];
    show(service);
    const log = await screen.findByRole('region', { name: strings.Log.Heading });
    fireEvent.click(within(log).getByRole('button', { name: strings.Log.Show }));
    const entry = await within(log).findByRole('listitem');
    expect(entry.textContent).toContain(`Från ${strings.Log.Shared} till Eksjö`);
    expect(entry.textContent).toContain(strings.Log.FailedOther.replace('{0}', common.Errors.unavailable));
  });

  it('lets the receiving editors preview, accept for an audience, or decline only with a reason', async () => {
    const service = new FakeReuse();
    service.editorOf = ['vetlanda'];
    service.offers = [offer(4), offer(5)];
    show(service);
    const list = await screen.findByRole('region', { name: offersHeading('Vetlanda', 2) });
    const [first, second] = within(list).getAllByRole('listitem');
    // What waits first: the offers come before sending, borrowing and the feed preview.
    const parts = Array.from(document.querySelectorAll('section h3, form h3')).map(h => h.textContent);
    expect(parts.slice(0, 3)).toEqual([offersHeading('Vetlanda', 2), strings.Send.Heading, strings.Preview.Heading]);
    // The sender by name, the address on hover.
    const by = within(first).getByText('Karin Ek');
    expect(by.getAttribute('title')).toBe('karin@savsjo.se');
    expect(within(first).queryByText('karin@savsjo.se')).toBeNull();
    // Offered 28 November: three days before the page's clock.
    expect(within(first).getByText('för 3 dagar sedan').getAttribute('title')).toBe(formatter.dateTime('2026-11-28T10:00:00Z'));
    const preview = within(first).getByRole('button', { name: strings.Offers.Preview });
    expect(preview.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(preview);
    expect(within(first).getByRole('link', { name: strings.Offers.OpenSource }).getAttribute('href')).toBe('http://t/sites/savsjo/SitePages/4.aspx');

    fireEvent.click(within(first).getByLabelText(strings.Send.AllStaff));
    fireEvent.click(within(first).getByRole('button', { name: strings.Offers.Accept }));
    await screen.findByText(strings.Offers.Accepted.replace('{0}', 'Erbjudande 4'), { exact: false });
    expect(service.accepted).toEqual([[4, { kind: 'allStaff' }]]);

    fireEvent.click(within(second).getByRole('button', { name: strings.Offers.Decline }));
    fireEvent.click(within(second).getByRole('button', { name: strings.Offers.ConfirmDecline }));
    await within(second).findByText(strings.Offers.ReasonRequired);
    expect(service.declined).toEqual([]);
    fireEvent.change(within(second).getByRole('textbox'), { target: { value: 'Gäller inte oss' } });
    fireEvent.click(within(second).getByRole('button', { name: strings.Offers.ConfirmDecline }));
    await waitFor(() => expect(service.declined).toEqual([[5, 'Gäller inte oss']]));
    await screen.findByText(strings.Offers.None);
    // The count in the heading follows the answers.
    screen.getByRole('region', { name: offersHeading('Vetlanda', 0) });
  });

  it('previews Targeted news as a member of the chosen audience, with the source of news links', async () => {
    const service = new FakeReuse();
    service.editorOf = ['vetlanda'];
    show(service);
    const preview = await screen.findByRole('region', { name: strings.Preview.Heading });
    await within(preview).findByText(strings.Preview.Empty);
    fireEvent.click(within(preview).getByLabelText(strings.Send.Managers));
    const list = await within(preview).findByRole('list', { name: 'Nyheter för chefer i Vetlanda' });
    expect(within(list).getByRole('link', { name: 'Ny lönerutin' }).getAttribute('href')).toBe(PAGE.url);
    expect(within(list).getByText('Från Sävsjö', { exact: false })).toBeTruthy();
    const who = within(list).getByRole('button', { name: strings.Audience.Show });
    expect(who.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(who);
    await within(list).findByText('Riktad till Vetlanda – chefer. Når 30 personer (Vetlanda 30).');
    expect(who.getAttribute('aria-expanded')).toBe('true');
    expect(service.previewAsked).toEqual([['vetlanda', { kind: 'allStaff' }], ['vetlanda', { kind: 'groups', groupIds: ['vetlanda-managers'] }]]);
  });
});

describe('borrowing a page (Låna)', () => {
  function showWithBorrow(service: FakeReuse, borrow: FakeBorrow): void {
    render(<ContentReuse service={service} borrow={borrow} getConfig={() => Promise.resolve(CONFIG)} strings={strings} formatter={formatter} />);
  }

  it('shows nothing of it to someone who may publish nowhere', async () => {
    const borrow = new FakeBorrow();
    showWithBorrow(new FakeReuse(), borrow);
    await screen.findByText(strings.View.OnlyEditors);
    expect(screen.queryByText(strings.Borrow.Heading)).toBeNull();
    expect(borrow.queries).toHaveLength(0);
  });

  it('searches with the filters, previews and borrows into the editor\'s hub', async () => {
    const service = new FakeReuse();
    service.editorOf = ['vetlanda'];
    const borrow = new FakeBorrow();
    showWithBorrow(service, borrow);
    const search = await screen.findByRole('search', { name: strings.Borrow.Heading });
    expect(within(within(search).getByLabelText(strings.Borrow.Municipality)).getAllByRole('option').map(o => o.textContent)).toEqual([strings.Borrow.AllMunicipalities, 'Eksjö', 'Sävsjö']);
    fireEvent.change(within(search).getByLabelText(strings.Borrow.Words), { target: { value: 'lön' } });
    fireEvent.change(within(search).getByLabelText(strings.Borrow.Municipality), { target: { value: 'savsjo' } });
    fireEvent.change(within(search).getByLabelText(strings.Borrow.Kind), { target: { value: 'news' } });
    // The date field takes a typed day when it loses focus.
    const since = within(search).getByLabelText(strings.Borrow.Since);
    fireEvent.change(since, { target: { value: '2026-10-01' } });
    fireEvent.blur(since);
    fireEvent.click(within(search).getByRole('button', { name: strings.Borrow.Search }));
    await waitFor(() => expect(borrow.queries[borrow.queries.length - 1]).toEqual(['vetlanda', { municipalityIds: ['savsjo'], kind: 'news', since: '2026-10-01', text: 'lön' }]));
    const results = await screen.findByRole('list', { name: '1 sida' });
    // Changed 1 November: over a week back, so the date, without the year (this year's).
    expect(within(results).getByRole('listitem').textContent).toMatch(/Sävsjö · Nyhet · ändrad 1 nov\.(?! 2026)/);
    fireEvent.click(within(results).getByRole('button', { name: strings.Borrow.Preview }));
    await within(results).findByText('Hela texten om lönerutinen');
    // The page as readers see it: its heading and picture, through the sanitizer (no script, no handler).
    const page = results.querySelector('[data-borrow-preview] [data-safe-html]')!;
    expect(within(page as HTMLElement).getByRole('heading', { name: 'Så fungerar det' }).tagName).toBe('H2');
    const picture = within(page as HTMLElement).getByRole('img', { name: 'Lönekontoret' });
    expect(picture.getAttribute('src')).toBe('http://t/sites/savsjo/bild.png');
    expect(picture.hasAttribute('onerror')).toBe(false);
    expect(page.querySelector('script')).toBeNull();
    expect(within(results).getByText(/Senast ändrad av Karin Ek/).textContent).toMatch(/Senast ändrad av Karin Ek 1 nov\.$/);
    fireEvent.click(within(results).getByRole('button', { name: strings.Borrow.Borrow }));
    await screen.findByText(strings.Borrow.Borrowed.replace('{0}', PAGE.title).replace('{1}', 'Vetlanda'));
    expect(borrow.borrowed).toEqual([[PAGE.url, 'vetlanda']]);
    expect(screen.getByRole('link', { name: strings.Borrow.OpenCopy }).getAttribute('href')).toBe('http://t/sites/vetlanda/SitePages/a.aspx');
  });

  it('shows the answer to the newest search only, and says it is busy while one is out', async () => {
    const service = new FakeReuse();
    service.editorOf = ['vetlanda', 'eksjo'];
    const borrow = new FakeBorrow();
    const pending: Array<(list: BorrowCandidate[]) => void> = [];
    borrow.browse = (own: string, query: BorrowQuery) => {
      borrow.queries.push([own, query]);
      return new Promise<BorrowCandidate[]>(resolve => { pending.push(resolve); });
    };
    const candidate = (title: string, municipalityId: string): BorrowCandidate =>
      ({ url: `http://t/${title}.aspx`, title, description: '', municipalityId, kind: 'page', modified: '2026-11-01T08:00:00Z' });
    showWithBorrow(service, borrow);
    const search = await screen.findByRole('search', { name: strings.Borrow.Heading });
    await waitFor(() => expect(pending).toHaveLength(1));
    // The editor switches to Eksjö before Vetlanda's first search has answered.
    fireEvent.change(within(search).getByLabelText(strings.Borrow.To), { target: { value: 'eksjo' } });
    await waitFor(() => expect(pending).toHaveLength(2));
    const found = document.querySelector('[data-borrow-found]') as HTMLElement;
    expect(found.getAttribute('aria-busy')).toBe('true');
    act(() => { pending[1]([candidate('Från Sävsjö till Eksjö', 'savsjo')]); });
    await screen.findByText('Från Sävsjö till Eksjö');
    expect(found.getAttribute('aria-busy')).toBe('false');
    // Vetlanda's late answer would list Eksjö's own page as borrowable: it is dropped.
    act(() => { pending[0]([candidate('Eksjös egen sida', 'eksjo')]); });
    await act(async () => { await Promise.resolve(); });
    expect(screen.queryByText('Eksjös egen sida')).toBeNull();
    expect(screen.getByText('Från Sävsjö till Eksjö')).toBeTruthy();
    expect(borrow.queries.map(q => q[0])).toEqual(['vetlanda', 'eksjo']);
  });

  it('lists copies whose source changed, with what changed, and takes theirs or keeps ours', async () => {
    const service = new FakeReuse();
    service.editorOf = ['vetlanda'];
    const borrow = new FakeBorrow();
    showWithBorrow(service, borrow);
    const changed = await screen.findByRole('list', { name: strings.Borrow.ChangedHeading });
    expect(within(changed).getByText(strings.Borrow.TitleNow.replace('{0}', 'Badhuset öppnar'))).toBeTruthy();
    expect(within(changed).getByText(strings.Borrow.DescriptionNow.replace('{0}', 'Ny text'))).toBeTruthy();
    expect(within(changed).getAllByText(/Karin Ek/)).toHaveLength(2);
    fireEvent.click(within(changed).getAllByRole('button', { name: strings.Borrow.TakeSource })[0]);
    await screen.findByText(strings.Borrow.Took.replace('{0}', 'Badhuset'));
    fireEvent.click(screen.getByRole('button', { name: strings.Borrow.KeepOurs }));
    await screen.findByText(strings.Borrow.ChangedNone);
    expect(borrow.took).toEqual([9]);
    expect(borrow.kept).toEqual([10]);
  });
});
