import { isInAudience, isOverdue, isSitePage, mustReadPageOf, PAGE_AUDIENCE_FIELD } from './mustReadPage';

const SITE = '18FAC59B-E203-51E2-A016-568700849D8A';
const UNIQUE = '{5444DC53-841B-5DA0-A1A5-3223098DA851}';
const MANAGERS = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const REF = { siteId: SITE, webPath: '/sites/vetlanda', listId: 'b1c2d3e4-0000-4000-8000-000000000001', listUrl: '/sites/vetlanda/SitePages', itemId: 7 };

describe('isSitePage: only a pages library item can be a news page', () => {
  it('takes an item of SitePages, and nothing without an item or in another list', () => {
    expect(isSitePage(REF)).toBe(true);
    expect(isSitePage({ ...REF, listUrl: '/sites/vetlanda/SitePages/' })).toBe(true);
    expect(isSitePage({ ...REF, itemId: undefined })).toBe(false);
    expect(isSitePage({ ...REF, itemId: 0 })).toBe(false);
    expect(isSitePage({ ...REF, listUrl: '/sites/vetlanda/Shared Documents' })).toBe(false);
    expect(isSitePage({ ...REF, listId: undefined, listUrl: undefined })).toBe(false);
    expect(isSitePage(undefined)).toBe(false);
  });
});

describe('mustReadPageOf', () => {
  const item = {
    Id: 7, UniqueId: UNIQUE, Title: '<img src=x onerror=alert(1)>', SamverkaMustRead: true, SamverkaReadBy: '2026-12-03T23:00:00Z',
    [PAGE_AUDIENCE_FIELD]: [
      { Name: `c:0t.c|tenant|${MANAGERS.toUpperCase()}`, Title: 'Chefer' },
      { Name: 'i:0#.f|membership|Per.Holm@vetlanda.se', Title: 'Per' },
      { Name: `c:0o.c|federateddirectoryclaimprovider|${MANAGERS}_o`, Title: 'Ägare' }
    ]
  };

  it('keys the page by site and unique id, keeps the title as given, and reads groups and people of the audience', () => {
    expect(mustReadPageOf(item, SITE)).toEqual({
      pageKey: '18fac59b-e203-51e2-a016-568700849d8a/5444dc53-841b-5da0-a1a5-3223098da851',
      title: '<img src=x onerror=alert(1)>',
      readBy: '2026-12-03T23:00:00Z',
      audienceGroupIds: [MANAGERS],
      audienceUsers: ['per.holm@vetlanda.se']
    });
  });

  it('is null for a page that is not must-read (false, missing) or has no unique id', () => {
    expect(mustReadPageOf({ ...item, SamverkaMustRead: false }, SITE)).toBeNull();
    expect(mustReadPageOf({ ...item, SamverkaMustRead: null }, SITE)).toBeNull();
    expect(mustReadPageOf({ ...item, UniqueId: undefined }, SITE)).toBeNull();
    expect(mustReadPageOf(item, 'not a guid')).toBeNull();
  });

  it('has no due date when the column is empty or unreadable, and reads the verbose multi-user shape', () => {
    const page = mustReadPageOf({ ...item, SamverkaReadBy: null, [PAGE_AUDIENCE_FIELD]: { results: [{ Name: `c:0t.c|tenant|${MANAGERS}` }] } }, SITE);
    expect(page && page.readBy).toBeNull();
    expect(page && page.audienceGroupIds).toEqual([MANAGERS]);
    expect(mustReadPageOf({ ...item, SamverkaReadBy: 'i morgon' }, SITE)!.readBy).toBeNull();
  });
});

describe('isInAudience', () => {
  const page = { audienceGroupIds: [MANAGERS], audienceUsers: ['anna@eksjo.se'] };
  it('is true for a member of an audience group (any case), or a person named in it', () => {
    expect(isInAudience(page, ['x', MANAGERS.toUpperCase()], 'per@vetlanda.se')).toBe(true);
    expect(isInAudience(page, [], 'Anna@Eksjo.se')).toBe(true);
  });
  it('is false for everyone else, and true for all on a page without an audience', () => {
    expect(isInAudience(page, ['other-group'], 'sara@vetlanda.se')).toBe(false);
    expect(isInAudience(page, [], '')).toBe(false);
    expect(isInAudience({ audienceGroupIds: [], audienceUsers: [] }, [], 'sara@vetlanda.se')).toBe(true);
  });
});

describe('isOverdue: calendar days in Stockholm', () => {
  const due = '2026-12-03T23:00:00Z'; // 4 december, Stockholm midnight
  it('is not overdue on the day itself, and is the day after', () => {
    expect(isOverdue(due, new Date('2026-12-04T22:59:00Z'))).toBe(false);
    expect(isOverdue(due, new Date('2026-12-04T23:00:00Z'))).toBe(true);
    expect(isOverdue(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
