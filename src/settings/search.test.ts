import { checkSearchProperties, isConnectionId, parseConnectionId, SEARCH_DEFAULTS, SEARCH_PAGE_SIZE } from './search';

describe('Search settings', () => {
  it('has the defaults of a new web part: ten results a page, the default heading, the guide list only', () => {
    expect(SEARCH_DEFAULTS).toEqual({ title: '', pageSize: 10, guideConnectionId: '' });
    expect(checkSearchProperties(undefined)).toEqual({ values: SEARCH_DEFAULTS, invalid: [] });
  });

  it('offers 5 to 25 results a page', () => {
    expect(SEARCH_PAGE_SIZE).toEqual({ min: 5, max: 25, default: 10 });
  });

  it('keeps valid properties', () => {
    const saved = { title: 'Hitta', pageSize: 12, guideConnectionId: 'kunskapsbanken' };
    expect(checkSearchProperties(saved)).toEqual({ values: saved, invalid: [] });
  });

  it('reads the page size at its bounds and from text', () => {
    const size = (pageSize: unknown): [number, string[]] => {
      const checked = checkSearchProperties({ pageSize });
      return [checked.values.pageSize, checked.invalid];
    };
    expect(size(5)).toEqual([5, []]);
    expect(size(25)).toEqual([25, []]);
    expect(size('7.6')).toEqual([8, []]);
    expect(size(4)).toEqual([5, ['pageSize']]);
    expect(size(26)).toEqual([25, ['pageSize']]);
    expect(size('-3')).toEqual([5, ['pageSize']]);
    expect(size('abc')).toEqual([10, ['pageSize']]);
    expect(size('')).toEqual([10, ['pageSize']]);
    expect(size(undefined)).toEqual([10, []]);
  });

  it('takes a connection id by Graph\'s rule: 3 to 32 letters and digits', () => {
    expect(isConnectionId('kunskapsbanken')).toBe(true);
    expect(isConnectionId('KB2')).toBe(true);
    expect(isConnectionId('a'.repeat(32))).toBe(true);
    expect(isConnectionId('ab')).toBe(false);
    expect(isConnectionId('a'.repeat(33))).toBe(false);
    expect(isConnectionId('kunskaps_banken')).toBe(false);
    expect(isConnectionId('kunskaps banken')).toBe(false);
    expect(isConnectionId('kunskåpsbanken')).toBe(false);
    expect(isConnectionId('<script>')).toBe(false);
  });

  it('refuses the ids Graph keeps for itself, in any letter case', () => {
    for (const reserved of ['Microsoft', 'microsoftGuides', 'SharePoint', 'sharepoint', 'Teams', 'None', 'Directory', 'Exchange', 'ExchangeArchive',
      'LinkedIn', 'Mailbox', 'OneDriveBusiness', 'Yammer', 'Connectors', 'TaskFabric', 'PowerBI', 'Assistant', 'TopicEngine', 'MSFT_All_Connectors']) {
      expect([reserved, isConnectionId(reserved)]).toEqual([reserved, false]);
    }
    expect(isConnectionId('teamsguider')).toBe(true);
  });

  it('a saved connection id the rule refuses is not used, and named', () => {
    expect(parseConnectionId('')).toEqual({ value: '', valid: true });
    for (const bad of ['a b"<', ' kunskapsbanken', '<img src=x onerror=alert(1)>', 'abc'.repeat(11), 42, null]) {
      expect(checkSearchProperties({ guideConnectionId: bad })).toEqual({ values: SEARCH_DEFAULTS, invalid: ['guideConnectionId'] });
    }
  });
});
