import { matchesKql, parseKql } from '../../tests/support/kqlModel';
import { buildEditorMustReadKql, buildMustReadKql, buildNewsKql, KQL_MAX_LENGTH, UNTARGETED_CLAUSE } from './newsKql';

const SITES = ['http://127.0.0.1:4100/sites/eksjo', 'http://127.0.0.1:4100/sites/gemensamt'];
const group = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('buildNewsKql', () => {
  it('writes the news query of the contract', () => {
    expect(buildNewsKql({ siteUrls: SITES, groupIds: [group(2), group(1).toUpperCase()] })).toEqual([
      'PromotedState:2 AND (Path:"http://127.0.0.1:4100/sites/eksjo" OR Path:"http://127.0.0.1:4100/sites/gemensamt") AND ' +
      `(ModernAudienceAadObjectIds:${group(1)} OR ModernAudienceAadObjectIds:${group(2)} OR NOT IsAudienceTargeted:true)`
    ]);
  });

  it('asks for untargeted news only when the user has no groups', () => {
    expect(buildNewsKql({ siteUrls: SITES.slice(0, 1), groupIds: [] })).toEqual([
      'PromotedState:2 AND Path:"http://127.0.0.1:4100/sites/eksjo" AND (NOT IsAudienceTargeted:true)'
    ]);
  });

  it('adds the boost restriction when asked', () => {
    const [query] = buildNewsKql({ siteUrls: SITES.slice(0, 1), groupIds: [], boostedFromDay: '2026-11-28' });
    expect(query).toBe('PromotedState:2 AND Path:"http://127.0.0.1:4100/sites/eksjo" AND SamverkaBoostUntilOWSDATE>=2026-11-28 AND (NOT IsAudienceTargeted:true)');
  });

  it('asks for boosted or must-read news in one priority query when asked', () => {
    const [query] = buildNewsKql({ siteUrls: SITES.slice(0, 1), groupIds: [], boostedFromDay: '2026-11-28', orMustRead: true });
    expect(query).toBe('PromotedState:2 AND Path:"http://127.0.0.1:4100/sites/eksjo" AND (SamverkaBoostUntilOWSDATE>=2026-11-28 OR SamverkaMustReadOWSBOOL:1) AND (NOT IsAudienceTargeted:true)');
  });

  it('escapes site URLs so they cannot change the query', () => {
    const [query] = buildNewsKql({ siteUrls: ['http://x/sites/a" OR Path:"http://'], groupIds: [] });
    expect(query).toContain('Path:"http://x/sites/a OR Path: http://"');
  });

  it('splits the groups over several queries when one would pass 4,096 characters', () => {
    const groups = Array.from({ length: 200 }, (_, i) => group(i));
    const queries = buildNewsKql({ siteUrls: SITES, groupIds: groups.concat(groups.slice(0, 10)) });
    expect(queries.length).toBeGreaterThan(1);
    for (const query of queries) {
      expect(query.length).toBeLessThanOrEqual(KQL_MAX_LENGTH);
      expect(() => parseKql(query)).not.toThrow();
      expect(query.startsWith('PromotedState:2 AND (Path:"http://127.0.0.1:4100/sites/eksjo" OR')).toBe(true);
    }
    // Every group exactly once over all queries; the untargeted clause exactly once, in the first.
    const ids = queries.join(' ').match(/ModernAudienceAadObjectIds:[0-9a-f-]+/g)!.map(c => c.split(':')[1]);
    expect(ids.slice().sort()).toEqual(groups.slice().sort());
    expect(queries.map(q => q.split(UNTARGETED_CLAUSE).length - 1)).toEqual([1].concat(queries.slice(1).map(() => 0)));
    // The same groups in another order give the same queries (cursors stay valid).
    expect(buildNewsKql({ siteUrls: SITES, groupIds: groups.slice().reverse() })).toEqual(queries);
  });

  it('fills each query as far as the limit allows', () => {
    const groups = Array.from({ length: 120 }, (_, i) => group(i));
    const queries = buildNewsKql({ siteUrls: SITES, groupIds: groups });
    const clause = ` OR ModernAudienceAadObjectIds:${group(999)}`;
    queries.slice(0, -1).forEach(q => expect(q.length + clause.length).toBeGreaterThan(KQL_MAX_LENGTH));
  });

  it('fails clearly when even one group does not fit beside the sites', () => {
    expect(() => buildNewsKql({ siteUrls: SITES, groupIds: [group(1)], maxLength: 150 })).toThrow(/longer than 150/);
    expect(() => buildNewsKql({ siteUrls: [], groupIds: [] })).toThrow(/at least one site/);
  });
});

describe('buildNewsKql for targeted news only (Min sida)', () => {
  it('asks for news targeted to the given groups only, never for untargeted news', () => {
    const [kql, ...more] = buildNewsKql({
      siteUrls: ['https://t.example/sites/eksjo', 'https://t.example/sites/gemensamt'], groupIds: ['CD-2', 'ab-1'], notExpiredBeforeDay: '2026-11-30', targetedOnly: true
    });
    expect(more).toEqual([]);
    expect(kql).toBe('PromotedState:2 AND (Path:"https://t.example/sites/eksjo" OR Path:"https://t.example/sites/gemensamt") AND NOT SamverkaExpiresOWSDATE<2026-11-30 AND (ModernAudienceAadObjectIds:ab-1 OR ModernAudienceAadObjectIds:cd-2)');
    expect(kql).not.toContain('IsAudienceTargeted');
    const query = parseKql(kql);
    const page = { PromotedState: '2', Path: 'https://t.example/sites/eksjo/SitePages/a.aspx' };
    expect(matchesKql(query, { ...page, ModernAudienceAadObjectIds: ['cd-2'] })).toBe(true);
    expect(matchesKql(query, { ...page, ModernAudienceAadObjectIds: ['other'] })).toBe(false);
    expect(matchesKql(query, { ...page, IsAudienceTargeted: 'false' })).toBe(false);
  });

  it('splits the groups like the news query, every part targeted', () => {
    const groupIds = Array.from({ length: 40 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const queries = buildNewsKql({ siteUrls: ['https://t.example/sites/eksjo'], groupIds, targetedOnly: true, maxLength: 600 });
    expect(queries.length).toBeGreaterThan(1);
    queries.forEach(q => { expect(q.length).toBeLessThanOrEqual(600); expect(q).not.toContain(UNTARGETED_CLAUSE); });
    expect(queries.join(' ').match(/ModernAudienceAadObjectIds:/g)).toHaveLength(40);
  });

  it('refuses a query without a group, which would ask for nothing', () => {
    expect(() => buildNewsKql({ siteUrls: ['https://t.example/sites/eksjo'], groupIds: [], targetedOnly: true })).toThrow(/at least one group/);
  });
});

describe('buildMustReadKql', () => {
  const MANAGERS = group(7);
  const ALL_STAFF = group(8);
  const page = { PromotedState: '2', Path: 'http://127.0.0.1:4100/sites/vetlanda/SitePages/rutin.aspx', SamverkaMustReadOWSBOOL: '1' };

  it('asks for must-read news of the sites under the news audience rules', () => {
    expect(buildMustReadKql({ siteUrls: ['http://127.0.0.1:4100/sites/vetlanda', 'http://127.0.0.1:4100/sites/gemensamt'], groupIds: [MANAGERS] })).toEqual([
      'PromotedState:2 AND (Path:"http://127.0.0.1:4100/sites/vetlanda" OR Path:"http://127.0.0.1:4100/sites/gemensamt") AND SamverkaMustReadOWSBOOL:1 AND ' +
      `(ModernAudienceAadObjectIds:${MANAGERS} OR NOT IsAudienceTargeted:true)`
    ]);
  });

  it('finds a must-read item for the reader\'s group and an untargeted one, never news that is not must-read or is for others', () => {
    const per = parseKql(buildMustReadKql({ siteUrls: ['http://127.0.0.1:4100/sites/vetlanda'], groupIds: [MANAGERS, ALL_STAFF] })[0]);
    const sara = parseKql(buildMustReadKql({ siteUrls: ['http://127.0.0.1:4100/sites/vetlanda'], groupIds: [ALL_STAFF] })[0]);
    const forManagers = { ...page, ModernAudienceAadObjectIds: [MANAGERS], IsAudienceTargeted: 'true' };
    expect(matchesKql(per, forManagers)).toBe(true);
    expect(matchesKql(sara, forManagers)).toBe(false);
    expect(matchesKql(sara, { ...page, IsAudienceTargeted: 'false' })).toBe(true);
    expect(matchesKql(per, { ...forManagers, SamverkaMustReadOWSBOOL: '0' })).toBe(false);
    expect(matchesKql(per, { ...forManagers, SamverkaMustReadOWSBOOL: undefined })).toBe(false);
    expect(matchesKql(per, { ...forManagers, Path: 'http://127.0.0.1:4100/sites/eksjo/SitePages/rutin.aspx' })).toBe(false);
  });

  it('splits like the news query, one searchRequest each, with the must-read restriction in every part', () => {
    const groups = Array.from({ length: 200 }, (_, i) => group(i));
    const queries = buildMustReadKql({ siteUrls: SITES, groupIds: groups, notExpiredBeforeDay: '2026-11-28' });
    expect(queries.length).toBeGreaterThan(1);
    for (const query of queries) {
      expect(query.length).toBeLessThanOrEqual(KQL_MAX_LENGTH);
      expect(query).toContain(' AND SamverkaMustReadOWSBOOL:1 AND NOT SamverkaExpiresOWSDATE<2026-11-28 AND (');
    }
    expect(queries).toEqual(buildNewsKql({ siteUrls: SITES, groupIds: groups, notExpiredBeforeDay: '2026-11-28', mustRead: true }));
  });
});

describe('buildEditorMustReadKql', () => {
  it('asks for the must-read news of the sites without any audience clause', () => {
    const query = buildEditorMustReadKql(['https://contoso.sharepoint.com/sites/vetlanda', 'https://contoso.sharepoint.com/sites/gemensamt']);
    expect(query).toContain('SamverkaMustReadOWSBOOL:1');
    expect(query).toContain('PromotedState:2');
    expect(query).toContain('Path:"https://contoso.sharepoint.com/sites/vetlanda"');
    expect(query).not.toContain('ModernAudienceAadObjectIds');
    expect(query).not.toContain('IsAudienceTargeted');
    expect(() => buildEditorMustReadKql([])).toThrow();
  });
});
