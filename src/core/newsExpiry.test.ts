import { expiryCutoffDay, isExpired } from './newsExpiry';
import { buildNewsKql } from './newsKql';
import { matchesKql, parseKql } from '../../tests/support/kqlModel';

const NOW = new Date('2026-11-28T09:30:00Z');

describe('news expiry', () => {
  it('expires an item at its expiry moment, and never one without (or with an unreadable) date', () => {
    expect(isExpired({ expiresAt: '2026-11-28T09:30:00Z' }, NOW)).toBe(true);
    expect(isExpired({ expiresAt: '2026-11-28T09:29:59Z' }, NOW)).toBe(true);
    expect(isExpired({ expiresAt: '2026-11-28T09:30:01Z' }, NOW)).toBe(false);
    expect(isExpired({}, NOW)).toBe(false);
    expect(isExpired({ expiresAt: 'i morgon' }, NOW)).toBe(false);
  });

  it('cuts the query at the start of the UTC day, so what it leaves out is surely expired', () => {
    expect(expiryCutoffDay(NOW)).toBe('2026-11-28');
    expect(expiryCutoffDay(new Date('2026-11-28T23:30:00+01:00'))).toBe('2026-11-28');
  });

  it('leaves expired news out of the query and keeps news without an expiry date', () => {
    const [query] = buildNewsKql({ siteUrls: ['http://t/sites/a'], groupIds: [], notExpiredBeforeDay: '2026-11-28' });
    expect(query).toBe('PromotedState:2 AND Path:"http://t/sites/a" AND NOT SamverkaExpiresOWSDATE<2026-11-28 AND (NOT IsAudienceTargeted:true)');
    const tree = parseKql(query);
    const page = { PromotedState: '2', Path: 'http://t/sites/a/SitePages/x.aspx', IsAudienceTargeted: false };
    expect(matchesKql(tree, page)).toBe(true);
    expect(matchesKql(tree, { ...page, SamverkaExpiresOWSDATE: '2026-11-27T22:59:59Z' })).toBe(false);
    expect(matchesKql(tree, { ...page, SamverkaExpiresOWSDATE: '2026-11-28T08:00:00Z' })).toBe(true); // the client drops it
    expect(matchesKql(tree, { ...page, SamverkaExpiresOWSDATE: '2026-12-31T00:00:00Z' })).toBe(true);
  });
});
