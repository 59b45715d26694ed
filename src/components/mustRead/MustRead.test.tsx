import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import * as strings from 'MustReadApplicationCustomizerStrings';
import type { MustReadPage, PageRef } from '../../core/mustReadPage';
import type { IMustReadPageService, IReadConfirmationService } from '../../core/readConfirmationPorts';
import type { ConfirmResult, ReadConfirmation } from '../../core/readConfirmation';
import type { CurrentUser, IUserContextService } from '../../core/ports';
import { MustRead } from './MustRead';
import { loadMustRead } from './useMustRead';
import type { MustReadServices } from './useMustRead';

const MANAGERS = 'aaaaaaaa-0000-4000-8000-000000000001';
const KEY = '18fac59b-e203-51e2-a016-568700849d8a/5444dc53-841b-5da0-a1a5-3223098da851';
const REF: PageRef = { siteId: '18fac59b-e203-51e2-a016-568700849d8a', webPath: '/sites/vetlanda', listId: 'b1c2d3e4-0000-4000-8000-000000000001', listUrl: '/sites/vetlanda/SitePages', itemId: 7 };
const PAGE: MustReadPage = { pageKey: KEY, title: '<b onmouseover=alert(1)>Budget</b>', readBy: '2026-12-03T23:00:00Z', audienceGroupIds: [MANAGERS], audienceUsers: [] };
const PER: CurrentUser = { id: 'per', displayName: 'Per', mail: 'per@vetlanda.se', userPrincipalName: 'per@vetlanda.se', groupIds: [MANAGERS] };
const SARA: CurrentUser = { id: 'sara', displayName: 'Sara', mail: 'sara@vetlanda.se', userPrincipalName: 'sara@vetlanda.se', groupIds: ['other'] };

/** Fakes that count what each would send, and a confirmation store that keeps one item per page like the service. */
class Fakes {
  public readonly calls: string[] = [];
  public stored: Record<string, string> = {};
  public failConfirms = 0;
  public constructor(public page: MustReadPage | null, public user: CurrentUser) {}

  public services(): MustReadServices {
    const pages: IMustReadPageService = { readPage: async (ref) => { this.calls.push(`readPage ${ref.itemId}`); return this.page; } };
    const userContext: IUserContextService = { getCurrentUser: async () => { this.calls.push('user (cached)'); return this.user; }, peek: () => this.user };
    const confirmations: IReadConfirmationService = {
      readMineAhead: () => { this.calls.push('readMineAhead'); },
      myConfirmations: async (keys) => { this.calls.push(`myConfirmations ${keys.length}`); return keys.filter(k => this.stored[k]).reduce((a, k) => ({ ...a, [k]: this.stored[k] }), {}); },
      confirm: async (key): Promise<ConfirmResult> => {
        this.calls.push('confirm');
        if (this.failConfirms > 0) {
          this.failConfirms--;
          throw Object.assign(new Error('Service Unavailable'), { status: 503 });
        }
        if (this.stored[key]) return { outcome: 'alreadyConfirmed', confirmedAt: this.stored[key] };
        this.stored[key] = '2026-12-07T09:30:00Z';
        return { outcome: 'confirmed', confirmedAt: this.stored[key] };
      },
      confirmationsFor: async (): Promise<ReadConfirmation[]> => { throw new Error('not for readers'); }
    };
    return { pages, userContext, confirmations, now: () => new Date('2026-12-01T08:00:00Z') };
  }
}

const flush = (): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('loadMustRead: requests on the way to knowing', () => {
  it('asks nothing on a page that is not a pages library item', async () => {
    const fakes = new Fakes(PAGE, PER);
    expect(await loadMustRead(fakes.services(), { ...REF, listUrl: '/sites/vetlanda/Lists/Kontakter' })).toEqual({ kind: 'none' });
    expect(await loadMustRead(fakes.services(), undefined)).toEqual({ kind: 'none' });
    expect(fakes.calls).toEqual([]);
  });

  it('reads only the page item on a page that is not must-read', async () => {
    const fakes = new Fakes(null, PER);
    expect(await loadMustRead(fakes.services(), REF)).toEqual({ kind: 'none' });
    expect(fakes.calls).toEqual(['readPage 7']);
  });

  it('stops at the cached groups for someone outside the audience: no confirmation request', async () => {
    const fakes = new Fakes(PAGE, SARA);
    expect(await loadMustRead(fakes.services(), REF)).toEqual({ kind: 'none' });
    expect(fakes.calls).toEqual(['readPage 7', 'user (cached)']);
  });

  it('reads the reader\'s own confirmations once for someone in the audience', async () => {
    const fakes = new Fakes(PAGE, PER);
    expect(await loadMustRead(fakes.services(), REF)).toEqual({ kind: 'due', page: PAGE, overdue: false });
    fakes.stored[KEY] = '2026-12-02T10:00:00Z';
    expect(await loadMustRead(fakes.services(), REF)).toEqual({ kind: 'confirmed', page: PAGE, confirmedAt: '2026-12-02T10:00:00Z', justNow: false });
    expect(fakes.calls.filter(c => c.startsWith('myConfirmations'))).toEqual(['myConfirmations 1', 'myConfirmations 1']);
  });

  it('shows nothing when the page cannot be read, and the button when the confirmations cannot', async () => {
    const fakes = new Fakes(PAGE, PER);
    const broken = fakes.services();
    expect(await loadMustRead({ ...broken, pages: { readPage: () => Promise.reject(new Error('403')) } }, REF)).toEqual({ kind: 'none' });
    const noList = { ...broken, confirmations: { ...broken.confirmations, myConfirmations: () => Promise.reject(new Error('404')) } };
    expect((await loadMustRead(noList, REF)).kind).toBe('due');
  });
});

describe('MustRead: the bar', () => {
  it('shows nothing to someone outside the audience', async () => {
    const { container } = render(<MustRead services={new Fakes(PAGE, SARA).services()} page={REF} strings={strings} />);
    await flush();
    expect(container.innerHTML).toBe('');
  });

  it('shows the due day and the title as text, and confirms once with the keyboard, announced and focused', async () => {
    const fakes = new Fakes(PAGE, PER);
    const { container } = render(<MustRead services={fakes.services()} page={REF} strings={strings} />);
    await flush();
    const region = screen.getByRole('region', { name: 'Ska läsas' });
    expect(region.textContent).toContain('Läs ”<b onmouseover=alert(1)>Budget</b>” senast 4 december 2026.');
    expect(container.querySelector('b')).toBeNull();
    const button = screen.getByRole('button', { name: 'Jag har läst' });
    button.focus();
    // A button activates on Enter and Space as a click: what the browser test drives with the keyboard.
    fireEvent.click(button);
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Sparar…' }).getAttribute('aria-disabled')).toBe('true');
    await flush();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Du bekräftade den 7 december 2026 att du har läst nyheten.');
    expect(document.activeElement).toBe(status);
    expect(screen.queryByRole('button')).toBeNull();
    expect(fakes.calls.filter(c => c === 'confirm')).toEqual(['confirm']);
  });

  it('says when confirming failed, and tries again without recording twice', async () => {
    const fakes = new Fakes({ ...PAGE, readBy: null }, PER);
    fakes.failConfirms = 1;
    render(<MustRead services={fakes.services()} page={REF} strings={strings} />);
    await flush();
    expect(screen.getByRole('region').textContent).toContain('Du ska läsa ”<b onmouseover=alert(1)>Budget</b>”.');
    fireEvent.click(screen.getByRole('button', { name: 'Jag har läst' }));
    await flush();
    expect(screen.getByRole('status').textContent).toBe('Bekräftelsen kunde inte sparas. Försök igen.');
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await flush();
    expect(screen.getByRole('status').textContent).toContain('Du bekräftade den');
    expect(Object.keys(fakes.stored)).toEqual([KEY]);
    expect(fakes.calls.filter(c => c === 'confirm').length).toBe(2);
  });

  it('marks an overdue page as such, and shows a page already confirmed without a button', async () => {
    const overdue = new Fakes(PAGE, PER);
    const services = { ...overdue.services(), now: () => new Date('2026-12-06T08:00:00Z') };
    const { unmount } = render(<MustRead services={services} page={REF} strings={strings} />);
    await flush();
    expect(screen.getByRole('region').textContent).toContain('den skulle ha lästs senast 4 december 2026');
    unmount();
    const done = new Fakes(PAGE, PER);
    done.stored[KEY] = '2026-12-02T10:00:00Z';
    render(<MustRead services={done.services()} page={REF} strings={strings} />);
    await flush();
    expect(screen.getByRole('status').textContent).toBe('Du bekräftade den 2 december 2026 att du har läst nyheten.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
