import { parseTenantConfig } from './tenantConfig';
import {
  addMonths, healthPolicyFor, assessContent, compareStaleness, ContentOwner, ContentRecord, DEFAULT_HEALTH_POLICY, filterContent,
  formatCalendarDay, nextReviewDate, OwnerStatus, ownerMailLink, ownerTeamsChatLink, startAssessment, stockholmDay, stockholmMidnight,
  summarizeHealth, urgencyOf, userPrincipalNameOfLogin
} from './contentHealth';

const NOW = new Date('2026-11-28T09:30:00Z');
const owner = { userPrincipalName: 'johan.ek@vetlanda.se', displayName: 'Johan Ek', email: 'johan.ek@vetlanda.se' };

function record(patch: Partial<ContentRecord> = {}): ContentRecord {
  return {
    url: 'http://t/sites/vetlanda/SitePages/a.aspx', title: 'A', kind: 'page', sitePath: '/sites/vetlanda',
    municipalityId: 'vetlanda', listTitle: 'Site Pages', itemId: 1,
    modifiedAt: '2026-10-01T10:00:00Z', reviewDate: '2027-06-01T22:00:00Z', owner, ...patch
  };
}

describe('calendar days', () => {
  it('adds months, keeping the day or ending at the last day of a shorter month', () => {
    const day = (text: string): { year: number; month: number; day: number } => {
      const [year, month, d] = text.split('-').map(Number);
      return { year, month, day: d };
    };
    expect(formatCalendarDay(addMonths(day('2028-02-29'), 12))).toBe('2029-02-28');
    expect(formatCalendarDay(addMonths(day('2028-02-29'), 48))).toBe('2032-02-29');
    expect(formatCalendarDay(addMonths(day('2027-01-31'), 1))).toBe('2027-02-28');
    expect(formatCalendarDay(addMonths(day('2028-01-31'), 1))).toBe('2028-02-29');
    expect(formatCalendarDay(addMonths(day('2026-11-28'), 12))).toBe('2027-11-28');
    expect(formatCalendarDay(addMonths(day('2026-12-15'), -12))).toBe('2025-12-15');
  });

  it('takes the date in Stockholm, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Sweden.
    expect(formatCalendarDay(stockholmDay(new Date('2026-12-31T23:30:00Z')))).toBe('2027-01-01');
    // 22:30 UTC in summer is 00:30 the next day (UTC+2).
    expect(formatCalendarDay(stockholmDay(new Date('2026-06-30T22:30:00Z')))).toBe('2026-07-01');
  });

  it('stores a date as midnight in Stockholm, in winter and in summer time', () => {
    expect(stockholmMidnight({ year: 2027, month: 11, day: 28 }).toISOString()).toBe('2027-11-27T23:00:00.000Z');
    expect(stockholmMidnight({ year: 2027, month: 6, day: 1 }).toISOString()).toBe('2027-05-31T22:00:00.000Z');
  });

  it('sets the next review the hub\'s months from today in Stockholm', () => {
    expect(nextReviewDate(NOW, { reviewMonths: 12 })).toBe('2027-11-27T23:00:00.000Z');
    // Reviewed on 29 February (leap day, Swedish time) with a 12-month rhythm: next on 28 February.
    expect(nextReviewDate(new Date('2028-02-28T23:30:00Z'), { reviewMonths: 12 })).toBe('2029-02-27T23:00:00.000Z');
    expect(nextReviewDate(NOW, { reviewMonths: 6 })).toBe('2027-05-27T22:00:00.000Z');
  });
});

describe('assessContent', () => {
  it('finds a page reviewed in time, changed lately and owned by someone still here fresh', () => {
    expect(assessContent(record(), 'active', NOW)).toMatchObject({ status: 'fresh', reasons: [], overdueDays: 0 });
  });

  it('calls an item due in the last 30 days before its review date, and stale the day after it', () => {
    const due = assessContent(record({ reviewDate: '2026-12-20T23:00:00Z' }), 'active', NOW);
    expect(due).toMatchObject({ status: 'due', daysToReview: 23 });
    // Review date today (28 November in Stockholm, stored as 27 November 23:00 UTC): due, not stale.
    expect(assessContent(record({ reviewDate: '2026-11-27T23:00:00Z' }), 'active', NOW)).toMatchObject({ status: 'due', daysToReview: 0 });
    expect(assessContent(record({ reviewDate: '2026-11-26T23:00:00Z' }), 'active', NOW)).toMatchObject({
      status: 'stale', reasons: ['reviewOverdue'], overdueDays: 1
    });
  });

  it('judges the day by Stockholm\'s calendar near midnight', () => {
    const review = record({ reviewDate: '2026-11-27T23:00:00Z' }); // 28 November in Sweden
    // 23:30 UTC on 28 November is 00:30 on 29 November in Sweden: the review date has passed.
    expect(assessContent(review, 'active', new Date('2026-11-28T23:30:00Z')).status).toBe('stale');
    expect(assessContent(review, 'active', new Date('2026-11-28T22:30:00Z')).status).toBe('due');
  });

  it('uses the last change plus the hub\'s months when there is no review date, and flags an item with no dates at all', () => {
    const noReview = record({ reviewDate: undefined, modifiedAt: '2025-11-01T10:00:00Z' });
    expect(assessContent(noReview, 'active', NOW)).toMatchObject({ status: 'stale', reasons: ['reviewOverdue'], overdueDays: 27 });
    expect(assessContent(noReview, 'active', NOW, { ...DEFAULT_HEALTH_POLICY, reviewMonths: 24 }).status).toBe('fresh');
    const createdOnly = record({ reviewDate: undefined, modifiedAt: undefined, createdAt: '2026-11-01T10:00:00Z' });
    expect(assessContent(createdOnly, 'active', NOW).status).toBe('fresh');
    const noDates = record({ reviewDate: undefined, modifiedAt: undefined, createdAt: 'okänt' });
    expect(assessContent(noDates, 'active', NOW)).toMatchObject({ status: 'stale', reasons: ['noReviewDate'] });
  });

  it('flags content not changed for the set months even when its review date lies ahead', () => {
    const old = record({ modifiedAt: '2025-05-01T10:00:00Z', reviewDate: '2027-03-01T23:00:00Z' });
    const assessed = assessContent(old, 'active', NOW);
    expect(assessed).toMatchObject({ status: 'stale', reasons: ['unchanged'] });
    expect(assessed.overdueDays).toBe(28); // unchanged since 1 May 2025: 18 months on 1 November 2026
  });

  it('changed on 29 February: the unchanged limit falls on the last day of February', () => {
    const policy = { ...DEFAULT_HEALTH_POLICY, unchangedMonths: 12 };
    const leap = record({ modifiedAt: '2028-02-29T10:00:00Z', reviewDate: '2030-01-01T00:00:00Z' });
    expect(assessContent(leap, 'active', new Date('2029-02-27T12:00:00Z'), policy).status).toBe('fresh');
    expect(assessContent(leap, 'active', new Date('2029-02-28T12:00:00Z'), policy)).toMatchObject({ status: 'stale', reasons: ['unchanged'] });
  });

  it('flags items without an owner and items whose owner has left', () => {
    expect(assessContent(record({ owner: undefined }), 'unknown', NOW)).toMatchObject({ status: 'stale', reasons: ['noOwner'], overdueDays: 0 });
    expect(assessContent(record(), 'disabled', NOW).reasons).toEqual(['ownerLeft']);
    expect(assessContent(record(), 'deleted', NOW).reasons).toEqual(['ownerLeft']);
    expect(assessContent(record(), 'unknown', NOW).status).toBe('fresh'); // not known to have left: not flagged
  });
});

describe('levels: now, soon, fine', () => {
  const level = (patch: Partial<ContentRecord>, owner: OwnerStatus = 'active', policy = DEFAULT_HEALTH_POLICY): string =>
    assessContent(record(patch), owner, NOW, policy).urgency;

  it('is fine while the review date is more than 30 days ahead, soon from 30 days before it', () => {
    expect(level({ reviewDate: '2027-06-01T22:00:00Z' })).toBe('fine');
    expect(level({ reviewDate: '2026-12-28T23:00:00Z' })).toBe('fine'); // 31 days ahead
    expect(level({ reviewDate: '2026-12-27T23:00:00Z' })).toBe('soon'); // 30 days ahead
    expect(level({ reviewDate: '2026-11-27T23:00:00Z' })).toBe('soon'); // today
  });

  it('is soon past the review date for up to one review interval, now once a whole interval is missed', () => {
    expect(level({ reviewDate: '2026-11-26T23:00:00Z' })).toBe('soon'); // yesterday
    // 28 November 2025 plus 12 months is today: the interval is missed from tomorrow.
    expect(level({ reviewDate: '2025-11-27T23:00:00Z' })).toBe('soon');
    expect(level({ reviewDate: '2025-11-26T23:00:00Z' })).toBe('now');
    expect(level({ reviewDate: '2020-03-13T23:00:00Z' })).toBe('now');
    // A hub reviewing every 6 months misses its interval sooner.
    const six = { ...DEFAULT_HEALTH_POLICY, reviewMonths: 6 };
    expect(level({ reviewDate: '2026-05-26T22:00:00Z' }, 'active', six)).toBe('now');
    expect(level({ reviewDate: '2026-05-28T22:00:00Z' }, 'active', six)).toBe('soon');
  });

  it('counts the unchanged limit the same way: 18 months unchanged is soon, 18 plus 12 is now', () => {
    expect(level({ modifiedAt: '2025-05-01T10:00:00Z', reviewDate: '2027-03-01T23:00:00Z' })).toBe('soon');
    expect(level({ modifiedAt: '2024-05-28T10:00:00Z', reviewDate: '2027-03-01T23:00:00Z' })).toBe('now');
    expect(level({ modifiedAt: '2024-05-29T10:00:00Z', reviewDate: '2027-03-01T23:00:00Z' })).toBe('soon');
  });

  it('is now when nobody answers for the item, whatever its dates; soon with no dates at all', () => {
    expect(level({ owner: undefined }, 'unknown')).toBe('now');
    expect(level({}, 'disabled')).toBe('now');
    expect(level({}, 'deleted')).toBe('now');
    expect(level({ reviewDate: undefined, modifiedAt: undefined, createdAt: 'okänt' })).toBe('soon');
    expect(urgencyOf('fresh', [], false)).toBe('fine');
    expect(urgencyOf('due', [], false)).toBe('soon');
  });
});

describe('the report', () => {
  const items = [
    record({ url: 'u/fresh', title: 'Färsk', reviewDate: '2027-06-01T22:00:00Z' }),
    record({ url: 'u/due', title: 'Snart', reviewDate: '2026-12-10T23:00:00Z', kind: 'news' }),
    record({ url: 'u/late', title: 'Sen', reviewDate: '2026-11-01T23:00:00Z' }),
    record({ url: 'u/latest', title: 'Senast', reviewDate: '2025-11-01T23:00:00Z', municipalityId: 'eksjo', sitePath: '/sites/eksjo' }),
    record({ url: 'u/orphan', title: 'Föräldralös', owner: undefined, municipalityId: null, sitePath: '/sites/gemensamt', kind: 'guide' }),
    record({ url: 'u/orphanLate', title: 'Ägarlös och sen', owner: undefined, reviewDate: '2026-11-01T23:00:00Z' })
  ];
  const assessed = startAssessment(items, NOW).finish(() => 'active');

  it('sorts what to act on now first, then soon, then fine; within a level longest overdue first, then due by nearest date', () => {
    expect(assessed.map(a => a.assessment.urgency)).toEqual(['now', 'now', 'now', 'soon', 'soon', 'fine']);
    expect(assessed.map(a => a.record.url)).toEqual(['u/latest', 'u/orphanLate', 'u/orphan', 'u/late', 'u/due', 'u/fresh']);
  });

  it('counts fresh, due and stale, and now, soon and fine, per municipality, in the configured order, the shared site last', () => {
    expect(summarizeHealth(assessed, ['eksjo', 'savsjo', 'vetlanda'])).toEqual([
      { municipalityId: 'eksjo', fresh: 0, due: 0, stale: 1, now: 1, soon: 0, fine: 0, total: 1 },
      { municipalityId: 'savsjo', fresh: 0, due: 0, stale: 0, now: 0, soon: 0, fine: 0, total: 0 },
      { municipalityId: 'vetlanda', fresh: 1, due: 1, stale: 2, now: 1, soon: 2, fine: 1, total: 4 },
      { municipalityId: null, fresh: 0, due: 0, stale: 1, now: 1, soon: 0, fine: 0, total: 1 }
    ]);
  });

  it('ends an assessment begun before the owners\' accounts were known as if they had been: who left makes it stale', () => {
    const people = ['kvar', 'slutat', 'raderad', 'okänd'].map(name => ({ userPrincipalName: `${name}@vetlanda.se`, displayName: name, email: `${name}@vetlanda.se` }));
    const statuses: Record<string, OwnerStatus> = { kvar: 'active', slutat: 'disabled', raderad: 'deleted', 'okänd': 'unknown' };
    const statusOf = (o: ContentOwner): OwnerStatus => statuses[o.userPrincipalName.split('@')[0]];
    const records = items.concat(people.map((p, i) => record({ url: `u/${i}`, title: p.displayName, owner: p, reviewDate: '2027-06-01T22:00:00Z' })),
      people.map((p, i) => record({ url: `u/late${i}`, title: `sen ${p.displayName}`, owner: p, reviewDate: '2026-11-01T23:00:00Z' })));
    const begun = startAssessment(records, NOW);
    const finished = begun.finish(statusOf);
    const expected = records.map(r => ({ record: r, assessment: assessContent(r, r.owner ? statusOf(r.owner) : 'unknown', NOW) }));
    expect(finished).toEqual(expected.slice().sort(compareStaleness));
    expect(finished.filter(i => i.assessment.reasons.indexOf('ownerLeft') >= 0).map(i => i.record.url).sort()).toEqual(['u/1', 'u/2', 'u/late1', 'u/late2']);
    expect(finished.find(i => i.record.url === 'u/1')!.assessment.status).toBe('stale');
    expect(finished.find(i => i.record.url === 'u/0')!.assessment.status).toBe('fresh');
  });

  it('filters by kind, owner (or no owner), site and attention', () => {
    expect(filterContent(assessed, { kinds: ['news'] }).map(a => a.record.url)).toEqual(['u/due']);
    expect(filterContent(assessed, { owner: '' }).map(a => a.record.url)).toEqual(['u/orphanLate', 'u/orphan']);
    expect(filterContent(assessed, { owner: 'JOHAN.EK@vetlanda.se' }).length).toBe(4);
    expect(filterContent(assessed, { sitePath: '/sites/EKSJO' }).map(a => a.record.url)).toEqual(['u/latest']);
    expect(filterContent(assessed, { attentionOnly: true }).map(a => a.record.url)).not.toContain('u/fresh');
  });
});

describe('writing to the owner', () => {
  it('reads the user principal name of a claims login', () => {
    expect(userPrincipalNameOfLogin('i:0#.f|membership|anna.lindqvist@eksjo.se')).toBe('anna.lindqvist@eksjo.se');
    expect(userPrincipalNameOfLogin('anna@eksjo.se')).toBe('anna@eksjo.se');
  });

  it('makes mail and Teams chat links with the page in the message, encoded', () => {
    expect(ownerMailLink(owner, 'Granska: Lön & ersättning', 'Sidan http://t/a?b=1'))
      .toBe('mailto:johan.ek%40vetlanda.se?subject=Granska%3A%20L%C3%B6n%20%26%20ers%C3%A4ttning&body=Sidan%20http%3A%2F%2Ft%2Fa%3Fb%3D1');
    const link = ownerTeamsChatLink(owner, 'Hej! Kan du granska http://t/a.aspx?');
    expect(link.indexOf('https://teams.microsoft.com/l/chat/0/0?users=johan.ek%40vetlanda.se&message=')).toBe(0);
    expect(decodeURIComponent(new URL(link).searchParams.get('message') || '')).toBe('Hej! Kan du granska http://t/a.aspx?');
  });
});

describe('hub policy', () => {
  const group = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const raw = (reviewMonths?: unknown): unknown => ({
    sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' },
    municipalities: [
      { id: 'eksjo', name: 'Eksjö kommun', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: group(1), allStaff: group(2), managers: group(3) }, reviewMonths },
      { id: 'savsjo', name: 'Sävsjö kommun', hubPath: '/sites/savsjo', emailDomain: 'savsjo.se', groups: { root: group(4), allStaff: group(5), managers: group(6) } }
    ]
  });

  it('takes a hub\'s review months from the tenant configuration, 12 otherwise', () => {
    const config = parseTenantConfig(raw(6));
    expect(healthPolicyFor(config, 'eksjo').reviewMonths).toBe(6);
    expect(healthPolicyFor(config, 'savsjo').reviewMonths).toBe(12);
    expect(healthPolicyFor(config, null)).toEqual(DEFAULT_HEALTH_POLICY);
    expect(healthPolicyFor(null, 'eksjo')).toEqual(DEFAULT_HEALTH_POLICY);
    expect(nextReviewDate(NOW, healthPolicyFor(config, 'eksjo'))).toBe('2027-05-27T22:00:00.000Z');
  });

  it('rejects review months that are no whole number from 1 to 60', () => {
    for (const bad of [0, 61, 1.5, '12']) {
      expect(() => parseTenantConfig(raw(bad))).toThrow(/reviewMonths/);
    }
  });
});
