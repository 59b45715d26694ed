import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as strings from 'ContentHealthWebPartStrings';
import { tallyConfirmations } from '../../core/mustReadReport';
import type { MustReadPerson } from '../../core/mustReadReport';
import type { IMustReadReportService, MustReadItem, MustReadOverview, ReminderResult } from '../../core/mustReadReportPorts';
import type { TenantConfig } from '../../core/municipality';
import { MustReadEditors } from './MustReadEditors';
import * as common from 'CommonStrings';

const CONFIG: TenantConfig = {
  municipalities: [{ id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: 'r', allStaff: 'a', managers: 'm' } }],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};
const CLASSES = { table: 't', caption: 'c', meta: 'm', intro: 'i', summary: 's', now: 'st', buttons: 'b', titleCell: 'tc' };
const SITES = [{ sitePath: '/sites/vetlanda', title: 'Vetlanda kommun', municipalityId: 'vetlanda' }];

function person(n: number, department: string, confirmed = false): MustReadPerson {
  return {
    id: `u${n}`, displayName: `Person ${n}`, userPrincipalName: `p${n}@vetlanda.se`, mail: `p${n}@vetlanda.se`,
    department, municipalityId: 'vetlanda', confirmed
  };
}

function item(key: string, title: string, people: MustReadPerson[], patch: Partial<MustReadItem> = {}): MustReadItem {
  return {
    pageKey: key, title, url: `http://t/sites/vetlanda/SitePages/${key}.aspx`, sitePath: '/sites/vetlanda',
    readBy: '2026-11-30T23:00:00Z', overdue: false, targeted: true, tally: tallyConfirmations(people, ['vetlanda']), people, ...patch
  };
}

/** A report service in memory: the overview it is given, the reminders it is asked to send. */
class FakeReport implements IMustReadReportService {
  public overview: MustReadOverview;
  public fail = 0;
  public calls = 0;
  public reminders: Array<{ people: string[]; subject: string; text: string }> = [];
  private release: (() => void) | null = null;
  private gate: Promise<void> = Promise.resolve();

  public constructor(overview: MustReadOverview) {
    this.overview = overview;
  }

  /** The next reads wait until open(). */
  public hold(): void {
    this.gate = new Promise<void>(resolve => { this.release = resolve; });
  }

  public open(): void {
    if (this.release) {
      this.release();
    }
  }

  public async getOverview(): Promise<MustReadOverview> {
    this.calls++;
    await this.gate;
    if (this.fail > 0) {
      this.fail--;
      throw Object.assign(new Error('nej'), { status: 503 });
    }
    return this.overview;
  }

  public async remindByMail(people: readonly MustReadPerson[], subject: string, text: string): Promise<ReminderResult> {
    this.reminders.push({ people: people.map(p => p.userPrincipalName), subject, text });
    return { recipients: people.length, messages: 1 };
  }
}

function show(service: IMustReadReportService): ReturnType<typeof render> {
  return render(<MustReadEditors service={service} config={CONFIG} strings={strings} classNames={CLASSES} />);
}

const s = strings.MustRead;

describe('MustReadEditors', () => {
  test('says it is loading until the overview comes, then shows each item with its confirmed count', async () => {
    const people = [person(1, 'Förskolan Solrosen', true), person(2, 'Förskolan Solrosen'), person(3, '')];
    const service = new FakeReport({ sites: SITES, items: [item('a', 'Budget', people)], failures: [] });
    service.hold();
    show(service);
    expect(screen.getByText(s.Loading)).toBeTruthy();
    service.open();
    const table = await screen.findByTestId('must-read-items');
    expect(screen.queryByText(s.Loading)).toBeNull();
    expect(within(table).getByTestId('confirmed').textContent).toBe('1 av 3 (33 %)');
  });

  test('an editor without must-read news is told so; someone who edits no site is told the view is for editors', async () => {
    const empty = show(new FakeReport({ sites: SITES, items: [], failures: [] }));
    await screen.findByText(s.Empty);
    expect(screen.queryByRole('table')).toBeNull();
    empty.unmount();
    show(new FakeReport({ sites: [], items: [], failures: [] }));
    await screen.findByText(strings.Report.OnlyEditors);
  });

  test('a failed read says why and Försök igen reads again', async () => {
    const service = new FakeReport({ sites: SITES, items: [item('a', 'Budget', [person(1, 'X')])], failures: [] });
    service.fail = 1;
    show(service);
    const alert = await screen.findByText(`${s.LoadFailed} ${common.Errors.unavailable}`);
    expect(alert).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: common.Retry }));
    await screen.findByTestId('must-read-items');
    expect(service.calls).toBe(2);
    expect(screen.queryByText(`${s.LoadFailed} ${common.Errors.unavailable}`)).toBeNull();
  });

  test('an overdue item says Försenad in words; one on time does not', async () => {
    const service = new FakeReport({
      sites: SITES, failures: [],
      items: [item('late', 'Sen', [person(1, 'X')], { overdue: true }), item('ok', 'I tid', [person(2, 'X')])]
    });
    show(service);
    const table = await screen.findByTestId('must-read-items');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0].getAttribute('data-title')).toBe('Sen');
    expect(within(rows[0]).getByText(s.Overdue).tagName).toBe('STRONG');
    expect(within(rows[1]).queryByText(s.Overdue)).toBeNull();
  });

  test('a title with markup is shown as text, in the table and in the details', async () => {
    const hostile = '<img src=x onerror="window.hacked=1"><b>Fet</b>';
    show(new FakeReport({ sites: SITES, failures: [], items: [item('h', hostile, [person(1, 'X')])] }));
    const table = await screen.findByTestId('must-read-items');
    expect(within(table).getByRole('link', { name: hostile }).textContent).toBe(hostile);
    fireEvent.click(screen.getByRole('button', { name: `Visa vilka som inte har bekräftat ${hostile}` }));
    const detail = screen.getByTestId('must-read-detail');
    expect(within(detail).getByRole('heading', { level: 4 }).textContent).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  test('Påminn shows how many it goes to before sending, then mails exactly those who have not confirmed', async () => {
    const people = [person(1, 'Förskolan Solrosen', true), person(2, 'Förskolan Solrosen'), person(3, 'Hemtjänsten'), person(4, '', true), person(5, '')];
    const service = new FakeReport({ sites: SITES, failures: [], items: [item('a', 'Budget', people)] });
    show(service);
    await screen.findByTestId('must-read-items');
    fireEvent.click(screen.getByRole('button', { name: 'Visa vilka som inte har bekräftat Budget' }));
    const detail = screen.getByTestId('must-read-detail');
    expect(within(detail).getAllByRole('heading', { level: 4 })[0]).toBe(document.activeElement);
    expect(within(detail).getByTestId('not-confirmed').querySelectorAll('li')).toHaveLength(3);
    const remind = within(detail).getByRole('button', { name: s.Remind });
    expect(remind.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(remind);
    expect(remind.getAttribute('aria-expanded')).toBe('true');
    expect(within(detail).getByTestId('recipients').textContent).toBe('Påminnelsen går till 3 personer som inte har bekräftat.');
    expect(service.reminders).toEqual([]);
    fireEvent.click(within(detail).getByRole('button', { name: s.Send }));
    await within(detail).findByText('Påminnelsen har skickats till 3 personer (1 mejl).');
    expect(service.reminders).toHaveLength(1);
    expect(service.reminders[0].people.slice().sort()).toEqual(['p2@vetlanda.se', 'p3@vetlanda.se', 'p5@vetlanda.se']);
    expect(service.reminders[0].subject).toBe('Påminnelse: läs Budget');
  });

  test('a reminder to one person says "1 person", before and after sending', async () => {
    const service = new FakeReport({ sites: SITES, failures: [], items: [item('a', 'Budget', [person(1, 'X', true), person(2, 'X')])] });
    show(service);
    await screen.findByTestId('must-read-items');
    fireEvent.click(screen.getByRole('button', { name: 'Visa vilka som inte har bekräftat Budget' }));
    const detail = screen.getByTestId('must-read-detail');
    fireEvent.click(within(detail).getByRole('button', { name: s.Remind }));
    expect(within(detail).getByTestId('recipients').textContent).toBe('Påminnelsen går till 1 person som inte har bekräftat.');
    fireEvent.click(within(detail).getByRole('button', { name: s.Send }));
    await within(detail).findByText('Påminnelsen har skickats till 1 person (1 mejl).');
    expect(service.reminders[0].people).toEqual(['p2@vetlanda.se']);
  });
});
