import type { CalendarEvent } from './dashboard';
import {
  addLink, calendarWindow, departmentGroupIds, eventsByDay, fileTypeOf, folderOf, guidePinKey, guidesForMunicipality,
  isEventNow, latestDocumentsKql, MAX_LINKS, moveLink, parseSettings, pickGuides, removeLink, serializeSettings, stockholmMidnight,
  togglePinnedGuide
} from './dashboardRules';
import type { TenantConfig } from './municipality';

const event = (id: string, start: string, end: string, extra: Partial<CalendarEvent> = {}): CalendarEvent =>
  ({ id, subject: id, start, end, isAllDay: false, isCancelled: false, ...extra });

describe('calendar window', () => {
  it('runs from midnight in Stockholm, in winter and in summer time', () => {
    expect(calendarWindow(new Date('2026-11-30T07:00:00Z'), 3)).toEqual({
      startDateTime: '2026-11-29T23:00:00Z', endDateTime: '2026-12-02T23:00:00Z', dates: ['2026-11-30', '2026-12-01', '2026-12-02']
    });
    // 00:30 on 2 July in Stockholm is still 1 July in UTC.
    expect(calendarWindow(new Date('2026-07-01T22:30:00Z'), 1)).toEqual({
      startDateTime: '2026-07-01T22:00:00Z', endDateTime: '2026-07-02T22:00:00Z', dates: ['2026-07-02']
    });
  });

  it('spans the change to summer time with the right length', () => {
    // 29 March 2026: clocks go forward; that day has 23 hours.
    expect(stockholmMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(stockholmMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('keeps the number of days between 1 and 14', () => {
    expect(calendarWindow(new Date('2026-11-30T07:00:00Z'), 0).dates).toHaveLength(1);
    expect(calendarWindow(new Date('2026-11-30T07:00:00Z'), 40).dates).toHaveLength(14);
  });
});

describe('events by day', () => {
  it('puts all-day events first, shows a multi-day event on each day and leaves out cancelled ones', () => {
    const days = eventsByDay([
      event('meeting', '2026-11-30T09:00', '2026-11-30T10:00'),
      event('allday', '2026-11-30T00:00', '2026-12-01T00:00', { isAllDay: true }),
      event('trip', '2026-11-30T15:00', '2026-12-01T12:00'),
      event('cancelled', '2026-12-01T08:00', '2026-12-01T09:00', { isCancelled: true })
    ], ['2026-11-30', '2026-12-01']);
    expect(days.map(d => d.events.map(e => e.id))).toEqual([['allday', 'meeting', 'trip'], ['trip']]);
  });

  it('knows the event going on now, in Swedish time', () => {
    const now = new Date('2026-11-30T08:30:00Z'); // 09:30 in Stockholm
    expect(isEventNow(event('a', '2026-11-30T09:00', '2026-11-30T10:00'), now)).toBe(true);
    expect(isEventNow(event('b', '2026-11-30T10:00', '2026-11-30T11:00'), now)).toBe(false);
  });
});

describe('queries', () => {
  it('asks for documents by, changed by or shared with the user, by address', () => {
    expect(latestDocumentsKql('anna.lindqvist@eksjo.se')).toBe(
      'IsDocument:true AND (AuthorOWSUSER:"anna.lindqvist@eksjo.se" OR EditorOWSUSER:"anna.lindqvist@eksjo.se" OR SharedWithUsersOWSUSER:"anna.lindqvist@eksjo.se")'
    );
    // An address cannot add operators.
    expect(latestDocumentsKql('x" OR *')).toContain('AuthorOWSUSER:"x OR"');
  });

  it("narrows the user's groups to förvaltning and unit", () => {
    const config = {
      municipalities: [{ id: 'e', name: 'E', shortName: 'E', hubPath: '/sites/e', emailDomain: 'e.se', groups: { root: 'R', allStaff: 'A', managers: 'M' } }],
      sharedSite: { path: '/sites/g', title: 'G' }
    } as TenantConfig;
    expect(departmentGroupIds(config, ['r', 'a', 'm', 'FORV', 'unit'])).toEqual(['forv', 'unit']);
  });
});

describe('documents and guides', () => {
  it('tells the file type from the extension', () => {
    expect(['docx', 'XLSX', 'pptx', 'pdf', 'txt'].map(fileTypeOf)).toEqual(['word', 'excel', 'powerpoint', 'pdf', 'other']);
  });

  it('tells the folder from the file URL', () => {
    expect(folderOf('https://t/sites/eksjo/Delade%20dokument/Soc/Hemtj%C3%A4nst/x.docx', 'https://t/sites/eksjo')).toBe('Delade dokument › Soc › Hemtjänst');
    expect(folderOf('https://t/sites/eksjo/Delade%20dokument/x.docx', 'https://t/sites/eksjo')).toBe('Delade dokument');
  });

  it('puts pinned guides first, then the förvaltning\'s, and leaves out other municipalities\' guides', () => {
    const guides = [
      { id: '1', title: 'a', url: 'u1' }, { id: '2', title: 'b', url: 'u2' }, { id: '3', title: 'c', url: 'u3' }, { id: '4', title: 'd', url: 'u4' }
    ];
    expect(pickGuides(guides, ['4', 'gone'], new Set(['3']), 3).map(g => g.id)).toEqual(['4', '3', '1']);
    const byMunicipality = [{ id: 'x', municipalities: ['eksjo'] }, { id: 'y', municipalities: ['vetlanda'] }, { id: 'z', municipalities: ['alla'] }, { id: 'w' }];
    expect(guidesForMunicipality(byMunicipality, 'eksjo').map(g => g.id)).toEqual(['x', 'z', 'w']);
    // A guide for several municipalities is for each of them, and for no other.
    const shared = [{ id: 's', municipalities: ['eksjo', 'vetlanda'] }];
    expect(guidesForMunicipality(shared, 'vetlanda').map(g => g.id)).toEqual(['s']);
    expect(guidesForMunicipality(shared, 'eksjo').map(g => g.id)).toEqual(['s']);
    expect(guidesForMunicipality(shared, 'savsjo')).toEqual([]);
  });
});

describe('settings', () => {
  it('reads stored settings defensively and writes them back the same', () => {
    const stored = serializeSettings({ links: [{ title: ' Lön ', url: 'https://lon.example' }], municipalityId: 'vetlanda', pinnedGuideIds: ['g'] });
    expect(parseSettings(stored)).toEqual({ links: [{ title: 'Lön', url: 'https://lon.example' }], municipalityId: 'vetlanda', pinnedGuideIds: ['g'] });
    expect(parseSettings('not json')).toEqual({ links: [], pinnedGuideIds: [] });
    expect(parseSettings({ links: [{ title: 'x', url: 'data:text/html,hej' }, 'junk'] }).links).toEqual([]);
  });

  it('adds links with https:// when left out, refuses other schemes, and keeps at most 12', () => {
    const empty = parseSettings(null);
    const one = addLink(empty, 'Lön', 'lon.example/start');
    expect(one).toEqual({ ...empty, links: [{ title: 'Lön', url: 'https://lon.example/start' }] });
    expect(addLink(empty, '', 'https://x.example')).toBe('title');
    expect(addLink(empty, 'X', 'data:text/html,hej')).toBe('url');
    let full = empty;
    for (let i = 0; i < MAX_LINKS; i++) {
      full = addLink(full, `L${i}`, `https://x.example/${i}`) as typeof full;
    }
    expect(addLink(full, 'more', 'https://x.example')).toBe('full');
  });

  it('moves, removes and pins', () => {
    const s = { links: [{ title: 'a', url: 'https://a' }, { title: 'b', url: 'https://b' }], pinnedGuideIds: [] };
    expect(moveLink(s, 1, -1).links.map(l => l.title)).toEqual(['b', 'a']);
    expect(moveLink(s, 0, -1)).toBe(s);
    expect(removeLink(s, 0).links.map(l => l.title)).toEqual(['b']);
    expect(togglePinnedGuide(togglePinnedGuide(s, 'g'), 'g').pinnedGuideIds).toEqual([]);
    expect(togglePinnedGuide(s, 'g').pinnedGuideIds).toEqual(['g']);
  });
});

describe('pinned guide names', () => {
  it('names a guide alike whether its UniqueId comes from search (in braces, any case) or from the list (bare)', () => {
    const fromSearch = guidePinKey('{6F1D2C3B-0A9E-4E55-9C1B-2B7D1E0A4C11}', 'graph-resource-id', 'https://x/Guider/DispForm.aspx?ID=7');
    const fromList = guidePinKey('6f1d2c3b-0a9e-4e55-9c1b-2b7d1e0a4c11', undefined, 'https://x/Guider/DispForm.aspx?ID=7');
    expect(fromSearch).toBe('6f1d2c3b-0a9e-4e55-9c1b-2b7d1e0a4c11');
    expect(fromList).toBe(fromSearch);
  });
});
