import { stockholmDayNumber, SWEDISH_TIME_ZONE } from './dates';
import type { TenantConfig } from './municipality';

/**
 * Content health: which pages, news and guides have gone stale, and how stale. Every page,
 * news item and guide has an owner (SamverkaOwner) and a review date (SamverkaReviewDate);
 * an expiry date (SamverkaExpires) is the news feed's business, not the report's. Days are
 * calendar days in Stockholm, so a review date "28 november" is due all of that day in Sweden,
 * whatever the clock's zone.
 */

export type ContentKind = 'page' | 'news' | 'guide';

export interface ContentOwner {
  /** User principal name (the claims login without its prefix); the key for Graph. */
  userPrincipalName: string;
  displayName: string;
  email: string;
}

/** A page, news item or guide as the report reads it. */
export interface ContentRecord {
  /** Absolute URL: the identity of the item. */
  url: string;
  title: string;
  kind: ContentKind;
  /** Server-relative path of the site the item lives in. */
  sitePath: string;
  /** Municipality of the site; null for the shared site. */
  municipalityId: string | null;
  /** The list the item is in ('Site Pages', 'Guider') and its id there: what actions address. */
  listTitle: string;
  itemId: number;
  /** Server-relative URL of the page's file (pages and news); undefined for list items such as guides. */
  fileRef?: string;
  /** ISO 8601 instants; missing dates are undefined. */
  modifiedAt?: string;
  /** Stands in for modifiedAt where a source has no last change (SharePoint always sets Modified). */
  createdAt?: string;
  reviewDate?: string;
  owner?: ContentOwner;
}

/** Whether an owner still works here: Graph's accountEnabled, or a 404 for a deleted account. */
export type OwnerStatus = 'active' | 'disabled' | 'deleted' | 'unknown';

export interface HealthPolicy {
  /** Next review this many months after the last (or after the last change when there is no review date). */
  reviewMonths: number;
  /** Stale when not changed for this many months, whatever the review date says. */
  unchangedMonths: number;
  /** Due (soon to review) when the review date is this many days away or fewer. */
  dueWithinDays: number;
}

/** The defaults a hub gets unless its configuration says otherwise. */
export const DEFAULT_HEALTH_POLICY: HealthPolicy = { reviewMonths: 12, unchangedMonths: 18, dueWithinDays: 30 };

/** A hub's policy: its configured review months (`reviewMonths` in the tenant configuration), else the defaults. */
export function healthPolicyFor(config: TenantConfig | null, municipalityId: string | null): HealthPolicy {
  const municipality = config && municipalityId ? config.municipalities.filter(m => m.id === municipalityId)[0] : undefined;
  const months = municipality ? municipality.reviewMonths : undefined;
  return typeof months === 'number' && months >= 1 ? { ...DEFAULT_HEALTH_POLICY, reviewMonths: months } : DEFAULT_HEALTH_POLICY;
}

export type StaleReason = 'reviewOverdue' | 'noReviewDate' | 'unchanged' | 'noOwner' | 'ownerLeft';
export type HealthStatus = 'fresh' | 'due' | 'stale';
/**
 * What the editor should do about an item: act on it now, soon, or nothing yet (fine). The rule
 * is urgencyOf's; the report colours only 'now'.
 */
export type HealthUrgency = 'now' | 'soon' | 'fine';

export interface HealthAssessment {
  status: HealthStatus;
  reasons: StaleReason[];
  /** Days past the review date or the unchanged limit (the larger); 0 when neither has passed. */
  overdueDays: number;
  /** Days left to the review date (due and fresh items); undefined without one. */
  daysToReview?: number;
  /** The review date in force: the item's own, or the last change plus reviewMonths. */
  effectiveReviewDay?: CalendarDay;
  /** What to do about it: now, soon or nothing yet (urgencyOf). */
  urgency: HealthUrgency;
}

export interface AssessedContent {
  record: ContentRecord;
  assessment: HealthAssessment;
}

/** A calendar date (no time, no zone). */
export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const DAY_MS = 86400000;

const stockholmParts = new Intl.DateTimeFormat('en-US', {
  timeZone: SWEDISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  second: '2-digit', hourCycle: 'h23'
});

/** The Stockholm calendar date of a moment. */
export function stockholmDay(date: Date): CalendarDay {
  const n = stockholmDayNumber(date);
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayNumber(day: CalendarDay): number {
  return Math.round(Date.UTC(day.year, day.month - 1, day.day) / DAY_MS);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day, so
 * 29 February 2028 plus 12 months is 28 February 2029 (never 1 March), and 31 January plus
 * one month is the end of February.
 */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** "2027-11-28" */
export function formatCalendarDay(day: CalendarDay): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/**
 * The UTC instant of midnight in Stockholm on that day: how SharePoint stores a date-only
 * column of a Swedish site ("2027-11-28" is saved as 2027-11-27T23:00:00Z).
 */
export function stockholmMidnight(day: CalendarDay): Date {
  const utcMidnight = Date.UTC(day.year, day.month - 1, day.day);
  // Stockholm is UTC+1 or UTC+2: try both offsets and keep the one that lands on 00:00 there.
  for (const hours of [1, 2, 0]) {
    const candidate = new Date(utcMidnight - hours * 3600000);
    const parts = stockholmParts.formatToParts(candidate);
    const get = (type: string): number => Number((parts.find(p => p.type === type) || { value: 'NaN' }).value);
    if (get('hour') === 0 && get('minute') === 0 && get('day') === day.day && get('month') === day.month) {
      return candidate;
    }
  }
  return new Date(utcMidnight - 3600000);
}

/** The next review date after a review today: today (Stockholm) plus the hub's months, as SharePoint stores it. */
export function nextReviewDate(now: Date, policy: Pick<HealthPolicy, 'reviewMonths'>): string {
  return stockholmMidnight(addMonths(stockholmDay(now), policy.reviewMonths)).toISOString();
}

function dayOf(iso: string | undefined): CalendarDay | undefined {
  if (!iso) {
    return undefined;
  }
  const time = Date.parse(iso);
  return isNaN(time) ? undefined : stockholmDay(new Date(time));
}

/**
 * The rules:
 * - past its review date (the day after it, in Stockholm): stale; within dueWithinDays: due;
 * - no review date: the last change (or creation) plus reviewMonths stands in for it; with
 *   no date at all the item is stale ('noReviewDate'), since nobody can tell;
 * - not changed for unchangedMonths: stale;
 * - no owner, or an owner whose account is disabled or deleted: stale.
 */
export function assessContent(
  record: ContentRecord, ownerStatus: OwnerStatus, now: Date, policy: HealthPolicy = DEFAULT_HEALTH_POLICY
): HealthAssessment {
  const today = stockholmDayNumber(now);
  const reasons: StaleReason[] = [];
  let overdueDays = 0;

  const changed = dayOf(record.modifiedAt) || dayOf(record.createdAt);
  const ownReview = dayOf(record.reviewDate);
  const effectiveReviewDay = ownReview || (changed ? addMonths(changed, policy.reviewMonths) : undefined);
  let daysToReview: number | undefined;
  if (!effectiveReviewDay) {
    reasons.push('noReviewDate');
  } else {
    daysToReview = dayNumber(effectiveReviewDay) - today;
    if (daysToReview < 0) {
      reasons.push('reviewOverdue');
      overdueDays = -daysToReview;
    }
  }
  if (changed) {
    const unchangedLimit = dayNumber(addMonths(changed, policy.unchangedMonths));
    if (unchangedLimit <= today) {
      reasons.push('unchanged');
      overdueDays = Math.max(overdueDays, today - unchangedLimit + 1);
    }
  }
  // A whole interval missed: the next review after the one missed would be past too.
  const intervalMissed = (!!effectiveReviewDay && dayNumber(addMonths(effectiveReviewDay, policy.reviewMonths)) < today)
    || (!!changed && dayNumber(addMonths(changed, policy.unchangedMonths + policy.reviewMonths)) <= today);
  if (!record.owner) {
    reasons.push('noOwner');
  } else if (ownerStatus === 'disabled' || ownerStatus === 'deleted') {
    reasons.push('ownerLeft');
  }

  const status: HealthStatus = reasons.length > 0
    ? 'stale'
    : daysToReview !== undefined && daysToReview <= policy.dueWithinDays ? 'due' : 'fresh';
  return {
    status, reasons, overdueDays, daysToReview: status === 'stale' ? undefined : daysToReview, effectiveReviewDay,
    urgency: urgencyOf(status, reasons, intervalMissed)
  };
}

/**
 * The three levels the report shows, from the dates above and the hub's review interval:
 * - now: nobody answers for the item (no owner, or the owner has left), or a whole review
 *   interval has been missed (`intervalMissed`: the review date plus reviewMonths has passed, or
 *   the unchanged limit plus reviewMonths has): with 12 months, a review date over a year back;
 * - soon: the rest of what needs attention: past the review date or the unchanged limit by up
 *   to one interval, no date at all, or due within dueWithinDays (30 days);
 * - fine: fresh, the review date more than dueWithinDays ahead.
 */
export function urgencyOf(status: HealthStatus, reasons: readonly StaleReason[], intervalMissed: boolean): HealthUrgency {
  if (status === 'fresh') {
    return 'fine';
  }
  return intervalMissed || reasons.indexOf('noOwner') >= 0 || reasons.indexOf('ownerLeft') >= 0 ? 'now' : 'soon';
}

const URGENCY_ORDER: Record<HealthUrgency, number> = { now: 0, soon: 1, fine: 2 };
const STATUS_ORDER: Record<HealthStatus, number> = { stale: 0, due: 1, fresh: 2 };
const titleCollator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

/**
 * What to act on now first, then soon, then fine; within a level stale before due; among stale, the longest overdue first,
 * then the most reasons (an item nobody owns with no date at all before one merely late);
 * due items by the nearest review date; then by title, Swedish order.
 */
export function compareStaleness(a: AssessedContent, b: AssessedContent): number {
  const x = a.assessment;
  const y = b.assessment;
  return URGENCY_ORDER[x.urgency] - URGENCY_ORDER[y.urgency]
    || STATUS_ORDER[x.status] - STATUS_ORDER[y.status]
    || y.overdueDays - x.overdueDays
    || y.reasons.length - x.reasons.length
    || reviewDistance(x) - reviewDistance(y)
    || titleCollator.compare(a.record.title, b.record.title)
    || (a.record.url < b.record.url ? -1 : a.record.url > b.record.url ? 1 : 0);
}

function reviewDistance(assessment: HealthAssessment): number {
  return assessment.daysToReview === undefined ? Number.MAX_SAFE_INTEGER : assessment.daysToReview;
}

/** An assessment of many records begun before the owners' accounts are known. */
export interface BegunAssessment {
  /** The assessments, with the owners' statuses, sorted by how stale they are. */
  finish(ownerStatusOf: (owner: ContentOwner) => OwnerStatus): AssessedContent[];
}

/**
 * Assesses every record by its dates and whether it has an owner now, as if each owner still
 * worked here, so the work is done while the owners' accounts are being looked up; `finish`
 * assesses again only the records whose owner has left (disabled or deleted: the one thing the
 * accounts change) and sorts them by how stale they are.
 */
export function startAssessment(
  records: readonly ContentRecord[], now: Date, policyOf: (record: ContentRecord) => HealthPolicy = () => DEFAULT_HEALTH_POLICY
): BegunAssessment {
  const begun = records.map(record => ({ record, assessment: assessContent(record, record.owner ? 'active' : 'unknown', now, policyOf(record)) }));
  return {
    finish: ownerStatusOf => begun
      .map(item => {
        const status = item.record.owner ? ownerStatusOf(item.record.owner) : 'unknown';
        return status === 'disabled' || status === 'deleted'
          ? { record: item.record, assessment: assessContent(item.record, status, now, policyOf(item.record)) }
          : item;
      })
      .sort(compareStaleness)
  };
}

export interface HealthSummaryRow {
  /** null: the shared site. */
  municipalityId: string | null;
  fresh: number;
  due: number;
  stale: number;
  /** The same items by level (urgencyOf). */
  now: number;
  soon: number;
  fine: number;
  total: number;
}

/**
 * How many items are fresh, due and stale, and to act on now, soon or fine, per municipality, in the order given (the tenant
 * configuration's), with the shared site last; a municipality with no content shows zeros.
 */
export function summarizeHealth(items: readonly AssessedContent[], municipalityIds: readonly string[]): HealthSummaryRow[] {
  const rows = new Map<string | null, HealthSummaryRow>();
  const row = (id: string | null): HealthSummaryRow => {
    let found = rows.get(id);
    if (!found) {
      found = { municipalityId: id, fresh: 0, due: 0, stale: 0, now: 0, soon: 0, fine: 0, total: 0 };
      rows.set(id, found);
    }
    return found;
  };
  municipalityIds.forEach(id => row(id));
  for (const item of items) {
    const target = row(item.record.municipalityId);
    target[item.assessment.status]++;
    target[item.assessment.urgency]++;
    target.total++;
  }
  const ordered = municipalityIds.map(id => rows.get(id) as HealthSummaryRow);
  rows.forEach((value, key) => {
    if (key !== null && municipalityIds.indexOf(key) < 0) {
      ordered.push(value);
    }
  });
  const shared = rows.get(null);
  if (shared) {
    ordered.push(shared);
  }
  return ordered;
}

export interface ContentFilter {
  kinds?: readonly ContentKind[];
  /** Owner's user principal name (lower case), or '' for items without an owner. */
  owner?: string;
  sitePath?: string;
  /** Only items needing attention (due or stale). */
  attentionOnly?: boolean;
}

export function filterContent(items: readonly AssessedContent[], filter: ContentFilter): AssessedContent[] {
  return items.filter(({ record, assessment }) => {
    if (filter.kinds && filter.kinds.length > 0 && filter.kinds.indexOf(record.kind) < 0) {
      return false;
    }
    if (filter.owner !== undefined) {
      const upn = record.owner ? record.owner.userPrincipalName.toLowerCase() : '';
      if (upn !== filter.owner.toLowerCase()) {
        return false;
      }
    }
    if (filter.sitePath !== undefined && record.sitePath.toLowerCase() !== filter.sitePath.toLowerCase()) {
      return false;
    }
    return !filter.attentionOnly || assessment.status !== 'fresh';
  });
}

/** The user principal name in a SharePoint claims login ("i:0#.f|membership|anna@eksjo.se"). */
export function userPrincipalNameOfLogin(login: string): string {
  const bar = login.lastIndexOf('|');
  return (bar >= 0 ? login.slice(bar + 1) : login).trim();
}

/** A mail to the owner about the item, as a mailto: link (subject and body encoded). */
export function ownerMailLink(owner: ContentOwner, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(owner.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A Teams chat with the owner, the message prefilled with the item (Teams deep link). */
export function ownerTeamsChatLink(owner: ContentOwner, message: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(owner.userPrincipalName)}&message=${encodeURIComponent(message)}`;
}
