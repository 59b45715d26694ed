import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as strings from 'ContentHealthWebPartStrings';
import { ContentRecord, startAssessment } from '../../core/contentHealth';
import type { ContentActionResult, ContentHealthReport, IContentHealthService } from '../../core/contentHealthPorts';
import type { TenantConfig } from '../../core/municipality';
import { ContentHealth } from './ContentHealth';
import { reloadPage } from '../common/reloadPage';
import * as common from 'CommonStrings';
import { createFormatter } from '../../core/formatting';

// jsdom cannot reload a page: the reload a 401 offers is checked on this stand-in.
jest.mock('../common/reloadPage');
const reload = reloadPage as jest.MockedFunction<typeof reloadPage>;

const NOW = new Date('2026-11-28T10:00:00Z');
const CONFIG: TenantConfig = {
  municipalities: [{ id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: 'r', allStaff: 'a', managers: 'm' } }],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};
const OWNER = { userPrincipalName: 'johan.ek@vetlanda.se', displayName: 'Johan Ek', email: 'johan.ek@vetlanda.se' };

function record(n: number, patch: Partial<ContentRecord>): ContentRecord {
  return {
    url: `http://t/sites/vetlanda/SitePages/p${n}.aspx`, title: `Sida ${n}`, kind: 'page', sitePath: '/sites/vetlanda',
    municipalityId: 'vetlanda', listTitle: 'Site Pages', itemId: n, fileRef: `/sites/vetlanda/SitePages/p${n}.aspx`,
    modifiedAt: '2026-10-01T10:00:00Z', reviewDate: '2027-06-01T22:00:00Z', owner: OWNER, ...patch
  };
}

/** A report held in memory; "mark reviewed" moves review dates ahead, as SharePoint would store them. */
class FakeContentHealth implements IContentHealthService {
  public records: ContentRecord[];
  public sites = [{ sitePath: '/sites/vetlanda', title: 'Vetlanda kommun', municipalityId: 'vetlanda' }];
  public reviewed: ContentRecord[][] = [];
  public fail: string | null = null;
  /** Sites that could not be read; the rest of the report is shown. */
  public failures: ContentHealthReport['failures'] = [];

  public constructor(records: ContentRecord[]) {
    this.records = records;
  }

  public async getReport(): Promise<ContentHealthReport> {
    if (this.fail) {
      throw Object.assign(new Error('nej'), { status: 503 });
    }
    return { sites: this.sites, items: startAssessment(this.records, NOW).finish(() => 'active'), guidesIncluded: true, failures: this.failures };
  }

  public async markReviewed(items: readonly ContentRecord[]): Promise<ContentActionResult> {
    this.reviewed.push(items.slice());
    this.records = this.records.map(r => (items.some(i => i.url === r.url) ? { ...r, reviewDate: '2027-11-27T23:00:00Z' } : r));
    return { succeeded: items.map(i => i.url), failed: [] };
  }

  public handedOver: Array<{ items: string[]; owner: string }> = [];

  public async handOver(items: readonly ContentRecord[], owner: string): Promise<ContentActionResult> {
    this.handedOver.push({ items: items.map(i => i.title), owner });
    const newOwner = { userPrincipalName: owner, displayName: 'Sara Nilsson', email: owner };
    this.records = this.records.map(r => (items.some(i => i.url === r.url) ? { ...r, owner: newOwner } : r));
    return { succeeded: items.map(i => i.url), failed: [] };
  }

  public async unpublish(items: readonly ContentRecord[]): Promise<ContentActionResult> {
    return { succeeded: [], failed: items.map(i => ({ url: i.url, code: 'forbidden' })) };
  }
}

const getConfig = (): Promise<TenantConfig> => Promise.resolve(CONFIG);
const sv = createFormatter('sv-SE', () => NOW);

function records(): ContentRecord[] {
  return [
    record(1, { reviewDate: '2026-10-01T22:00:00Z' }),
    record(2, { reviewDate: '2025-10-01T22:00:00Z', kind: 'news' }),
    record(3, { owner: undefined }),
    record(4, {}),
    record(5, { reviewDate: '2026-12-10T23:00:00Z' })
  ];
}

function rowTitles(): string[] {
  const table = screen.getByRole('table', { name: /Visar/ });
  return within(table).queryAllByRole('row').slice(1).map(row => within(row).getAllByRole('rowheader')[0].textContent || '');
}

describe('ContentHealth', () => {
  it('tells someone who may edit nothing that the report is for editors, with no buttons', async () => {
    const service = new FakeContentHealth([]);
    service.sites = [];
    render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    expect(await screen.findByText(strings.Report.OnlyEditors)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists what needs attention, what to act on now first, with the summary and contact links', async () => {
    render(<ContentHealth service={new FakeContentHealth(records())} getConfig={getConfig} strings={strings} formatter={sv} />);
    const table = await screen.findByRole('table', { name: /Visar 4 av 4/ });
    expect(rowTitles()).toEqual(['Sida 2', 'Sida 3', 'Sida 1', 'Sida 5']);
    expect(within(table).getByText(/saknar ägare/)).toBeTruthy();
    const mail = within(table).getByRole('link', { name: 'Skicka e-post till Johan Ek om Sida 2' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:johan\.ek%40vetlanda\.se\?subject=/);
    const teams = within(table).getByRole('link', { name: 'Chatta i Teams med Johan Ek om Sida 2' });
    expect(teams.getAttribute('href')).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=johan\.ek%40vetlanda\.se&message=/);
    const summary = screen.getByRole('table', { name: strings.Summary.Caption });
    await waitFor(() => expect(within(summary).getByRole('rowheader').textContent).toBe('Vetlanda'));
    expect(within(summary).getAllByRole('columnheader').map(c => c.textContent)).toEqual(['Kommun', 'Åtgärda nu', 'Snart', 'Aktuellt', 'Totalt']);
    expect(within(summary).getAllByRole('cell').map(c => c.textContent)).toEqual(['2', '2', '1', '5']);
  });

  it('writes each level out, colours only "Åtgärda nu", and dates in full with how long ago', async () => {
    const service = new FakeContentHealth(records().concat([record(6, { modifiedAt: '2025-01-10T10:00:00Z', reviewDate: '2027-03-01T23:00:00Z' })]));
    render(<ContentHealth service={service} getConfig={getConfig} strings={strings} formatter={sv} />);
    const table = await screen.findByRole('table', { name: /Visar 5 av 5/ });
    const row = (title: string): HTMLElement => within(table).getByRole('rowheader', { name: title }).closest('tr') as HTMLElement;
    const level = (title: string): string => row(title).querySelectorAll('td')[4].querySelector('span')!.textContent || '';
    expect(['Sida 2', 'Sida 3', 'Sida 1', 'Sida 5', 'Sida 6'].map(level)).toEqual(['Åtgärda nu', 'Åtgärda nu', 'Snart', 'Snart', 'Snart']);
    expect(row('Sida 2').getAttribute('data-urgency')).toBe('now');
    // The colour is the "now" class alone; "Snart" shares none of it.
    const nowClass = row('Sida 2').querySelectorAll('td')[4].querySelector('span')!.className;
    expect(row('Sida 1').querySelectorAll('td')[4].querySelector('span')!.className).not.toBe(nowClass);
    const review = (title: string): string => row(title).querySelector('time')!.textContent || '';
    // Stored as midnight in Stockholm: 2025-10-01T22:00Z is 2 October there.
    expect(review('Sida 2')).toBe('2 oktober 2025 (för 1 år sedan)');
    expect(review('Sida 1')).toBe('2 oktober 2026 (för 1 månad sedan)');
    expect(review('Sida 5')).toBe('11 december 2026 (om 13 dagar)');
    expect(row('Sida 2').querySelector('time')!.getAttribute('dateTime')).toBe('2025-10-02');
    expect(row('Sida 6').textContent).toContain('ändrad 10 januari 2025 (för 1 år sedan)');
    expect(table.textContent).not.toMatch(/dagar sen\b/);
  });

  it('writes dates in English with the English formatter', async () => {
    render(<ContentHealth service={new FakeContentHealth(records())} getConfig={getConfig} strings={strings} formatter={createFormatter('en-US', () => NOW)} />);
    const table = await screen.findByRole('table', { name: /Visar 4 av 4/ });
    expect(within(table).getByText('2 October 2025 (1 year ago)')).toBeTruthy();
  });

  it('filters by kind in a Fluent dropdown (themed, unlike a native select) and shows fresh items too when asked', async () => {
    render(<ContentHealth service={new FakeContentHealth(records())} getConfig={getConfig} strings={strings} />);
    await screen.findByRole('table', { name: /Visar 4 av 4/ });
    expect(document.querySelector('select')).toBeNull();
    const choose = (label: string, option: string): void => {
      // Fluent names the dropdown by its label and its current choice: "Typ Alla".
      fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${label} `) }));
      fireEvent.click(screen.getByRole('option', { name: option }));
    };
    choose(strings.Filters.Kind, strings.Kinds.news);
    expect(rowTitles()).toEqual(['Sida 2']);
    choose(strings.Filters.Kind, strings.Filters.All);
    fireEvent.click(screen.getByLabelText(strings.Filters.AttentionOnly));
    expect(rowTitles()).toContain('Sida 4');
  });

  it('marks the selected items reviewed; the buttons wait for a selection; the items leave the list', async () => {
    const service = new FakeContentHealth(records());
    render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    await screen.findByRole('table', { name: /Visar 4 av 4/ });
    const review = screen.getByRole('button', { name: strings.Actions.MarkReviewed });
    expect((review as HTMLButtonElement).disabled || review.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.click(screen.getByLabelText('Välj Sida 2'));
    expect(screen.getByText('1 vald')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Välj Sida 1'));
    expect(screen.getByText('2 valda')).toBeTruthy();
    fireEvent.click(review);
    expect(await screen.findByText('2 har uppdaterats.')).toBeTruthy();
    expect(service.reviewed[0].map(r => r.title).sort()).toEqual(['Sida 1', 'Sida 2']);
    await waitFor(() => expect(rowTitles()).toEqual(['Sida 3', 'Sida 5']));
  });

  it('hands the selected items over to the e-mail address given in the dialog, then moves focus to the result', async () => {
    const service = new FakeContentHealth(records());
    render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    await screen.findByRole('table', { name: /Visar 4 av 4/ });
    fireEvent.click(screen.getByLabelText('Välj Sida 3'));
    fireEvent.click(screen.getByRole('button', { name: strings.Actions.HandOver }));
    const confirm = await screen.findByRole('button', { name: strings.Actions.HandOverConfirm });
    expect(confirm.hasAttribute('disabled') || confirm.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.change(screen.getByLabelText(strings.Actions.HandOverLabel), { target: { value: ' sara.nilsson@vetlanda.se ' } });
    fireEvent.click(screen.getByRole('button', { name: strings.Actions.HandOverConfirm }));
    expect(await screen.findByText('1 har uppdaterats.')).toBeTruthy();
    expect(service.handedOver).toEqual([{ items: ['Sida 3'], owner: 'sara.nilsson@vetlanda.se' }]);
    await waitFor(() => expect(rowTitles()).toEqual(['Sida 2', 'Sida 1', 'Sida 5']));
    await waitFor(() => expect(document.activeElement && document.activeElement.getAttribute('role')).toBe('status'));
  });

  it('says what failed, in Swedish', async () => {
    render(<ContentHealth service={new FakeContentHealth(records())} getConfig={getConfig} strings={strings} />);
    await screen.findByRole('table', { name: /Visar 4 av 4/ });
    fireEvent.click(screen.getByLabelText('Välj Sida 3'));
    fireEvent.click(screen.getByRole('button', { name: strings.Actions.Unpublish }));
    fireEvent.click(await screen.findByRole('button', { name: strings.Actions.UnpublishConfirm }));
    expect(await screen.findByText('1 kunde inte uppdateras. Du har inte behörighet till det här.')).toBeTruthy();
  });

  it('reports a failed read and recovers on "Försök igen"', async () => {
    const service = new FakeContentHealth(records());
    service.fail = 'unavailable';
    render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    expect(await screen.findByText(/^Rapporten kunde inte hämtas\. Tjänsten svarar inte just nu\./)).toBeTruthy();
    service.fail = null;
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    expect(await screen.findByRole('table', { name: /Visar 4 av 4/ })).toBeTruthy();
  });

  it('asks a reader whose sign-in ran out (401) to reload, with a button that reloads the page, and tells one without rights (403) so', async () => {
    reload.mockClear();
    const service = new FakeContentHealth(records());
    let status = 401;
    let reads = 0;
    service.getReport = async (): Promise<ContentHealthReport> => { reads++; throw Object.assign(new Error('nej'), { status }); };
    const first = render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    expect(await screen.findByText(`${strings.Report.LoadFailed} ${common.Errors.signedOut}`)).toBeTruthy();
    expect(common.Errors.signedOut).toMatch(/ladda om sidan/i);
    expect(screen.queryByRole('button', { name: common.Retry })).toBeNull();
    const readsBefore = reads;
    fireEvent.click(screen.getByRole('button', { name: 'Ladda om sidan' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reads).toBe(readsBefore);
    first.unmount();

    status = 403;
    render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    expect(await screen.findByText(`${strings.Report.LoadFailed} ${common.Errors.forbidden}`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: common.Reload })).toBeNull();
    status = 503;
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    expect(await screen.findByText(`${strings.Report.LoadFailed} ${common.Errors.unavailable}`)).toBeTruthy();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a reload for the sites that could not be read only when every one answered 401', async () => {
    reload.mockClear();
    const service = new FakeContentHealth(records());
    service.failures = [{ source: 'pages', sitePath: '/sites/vetlanda', code: 'signedOut' }, { source: 'guides', sitePath: '/sites/vetlanda', code: 'signedOut' }];
    const first = render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    expect(await screen.findByText(/En del kunde inte läsas/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: common.Retry })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: common.Reload }));
    expect(reload).toHaveBeenCalledTimes(1);
    first.unmount();

    // One 401 among other failures: reading again may help the 503, so the button stays "Försök igen".
    service.failures = [{ source: 'pages', sitePath: '/sites/vetlanda', code: 'signedOut' }, { source: 'guides', sitePath: '/sites/vetlanda', code: 'unavailable' }];
    render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    expect(await screen.findByText(/En del kunde inte läsas/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: common.Reload })).toBeNull();
    service.failures = [];
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    await waitFor(() => expect(screen.queryByText(/En del kunde inte läsas/)).toBeNull());
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says which site could not be read, shows the rest, and reads again on "Försök igen"', async () => {
    const service = new FakeContentHealth(records());
    service.failures = [{ source: 'pages', sitePath: '/sites/vetlanda', code: 'unavailable' }];
    render(<ContentHealth service={service} getConfig={getConfig} strings={strings} />);
    expect(await screen.findByText('En del kunde inte läsas, resten visas. Vetlanda kommun: Tjänsten svarar inte just nu. Försök igen om en stund.')).toBeTruthy();
    expect(screen.getByRole('table', { name: /Visar 4 av 4/ })).toBeTruthy();
    service.failures = [];
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    await waitFor(() => expect(screen.queryByText(/En del kunde inte läsas/)).toBeNull());
    expect(screen.getByRole('table', { name: /Visar 4 av 4/ })).toBeTruthy();
  });
});
