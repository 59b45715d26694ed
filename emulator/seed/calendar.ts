import type { TenantStore } from '../db/tenant-store.ts';
import type { UserRecord } from '../db/records.ts';
import { guidFromName, Random } from './random.ts';

/**
 * Everyone's calendar, computed rather than stored: recurring series (expanded into
 * occurrences), one-off meetings (many online, with a Teams join link) and all-day events,
 * derived from the seed, the person and the day, so any time window has the same events on
 * every run. Times are wall-clock times in Sweden (Europe/Stockholm).
 */

export const STOCKHOLM = 'Europe/Stockholm';
const DAY = 86_400_000;
/** Series start on this Monday and have no end. */
const SERIES_START = '2026-01-05';

export type EventType = 'singleInstance' | 'occurrence' | 'seriesMaster' | 'exception';

export interface SeedEvent {
  id: string;
  seriesMasterId: string | null;
  type: EventType;
  subject: string;
  /** UTC instants; for all-day events, local midnight to local midnight. */
  startMs: number;
  endMs: number;
  isAllDay: boolean;
  /** Local date (YYYY-MM-DD) of an all-day event's first day. */
  allDayDate?: string;
  location: string;
  isOnlineMeeting: boolean;
  joinUrl: string | null;
  organizer: UserRecord;
  attendees: UserRecord[];
  showAs: 'busy' | 'free' | 'tentative' | 'oof';
  isCancelled: boolean;
  created: string;
}

interface Person {
  user: UserRecord;
  forvaltning: string;
  unit: string | null;
  manager: UserRecord | undefined;
  colleagues: UserRecord[];
}

// Time zone arithmetic: Sweden's offset from UTC at an instant, from the platform's tz data.
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: STOCKHOLM, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });

export function zoneOffsetMs(utcMs: number, formatter: Intl.DateTimeFormat = offsetFormat): number {
  const parts = Object.fromEntries(formatter.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return asUtc - Math.floor(utcMs / 60_000) * 60_000;
}

/** A wall-clock time in Stockholm as a UTC instant. */
export function stockholmToUtc(date: string, hour: number, minute: number): number {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  const first = wall - zoneOffsetMs(wall);
  return wall - zoneOffsetMs(first);
}

/** The Stockholm calendar date (YYYY-MM-DD) of an instant. */
export function stockholmDate(utcMs: number): string {
  return new Date(utcMs + zoneOffsetMs(utcMs)).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

function weeksBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (7 * DAY));
}

function eventId(name: string): string {
  // Exchange ids are long opaque base64 strings; this keeps their look.
  return `AAMkA${Buffer.from(guidFromName(name).replace(/-/g, ''), 'hex').toString('base64url')}`;
}

function joinUrl(name: string): string {
  const meeting = guidFromName(`meeting:${name}`).replace(/-/g, '');
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${meeting}%40thread.v2/0`;
}

function personOf(store: TenantStore, user: UserRecord): Person {
  const placement = store.db.prepare('SELECT forvaltning, unit FROM employments WHERE user_id = ? ORDER BY is_primary DESC, group_id LIMIT 1').get(user.id) as { forvaltning: string; unit: string | null } | undefined;
  const colleagueIds = placement
    ? (store.db.prepare('SELECT DISTINCT user_id FROM employments WHERE forvaltning = ? AND unit IS ? AND municipality_id = ? AND user_id <> ? ORDER BY user_id').all(
        placement.forvaltning, placement.unit, user.municipalityId, user.id) as Array<{ user_id: string }>)
    : [];
  return {
    user,
    forvaltning: placement?.forvaltning ?? user.department,
    unit: placement?.unit ?? null,
    manager: user.managerId ? store.user(user.managerId) : undefined,
    colleagues: colleagueIds.map((r) => store.user(r.user_id)!).filter(Boolean),
  };
}

interface SeriesSpec {
  key: string;
  subject: string;
  /** Weekdays it falls on (1 = Monday). */
  days: number[];
  /** Every n weeks from SERIES_START. */
  interval: number;
  start: [number, number];
  minutes: number;
  online: boolean;
  location: string;
  organizer: UserRecord;
  attendees: UserRecord[];
}

function seriesOf(person: Person, random: Random): SeriesSpec[] {
  const { user, unit, forvaltning, manager, colleagues } = person;
  const place = unit ?? forvaltning;
  const lead = user.isManager ? user : manager ?? user;
  const series: SeriesSpec[] = [
    {
      key: 'team', subject: `Veckomöte ${place}`, days: [random.int(1, 4)], interval: 1, start: [8, 30], minutes: 45,
      online: random.chance(0.5), location: `${place}, samlingsrummet`, organizer: lead, attendees: colleagues.slice(0, 6),
    },
    {
      key: 'apt', subject: 'Arbetsplatsträff (APT)', days: [3], interval: 4, start: [14, 0], minutes: 90,
      online: false, location: `${place}, stora mötesrummet`, organizer: lead, attendees: colleagues.slice(0, 10),
    },
  ];
  if (manager && !user.isManager) {
    series.push({
      key: 'checkin', subject: `Avstämning med ${manager.givenName}`, days: [random.int(1, 5)], interval: 2, start: [random.int(9, 15), 0], minutes: 30,
      online: true, location: 'Microsoft Teams-möte', organizer: manager, attendees: [user],
    });
  }
  if (user.isManager) {
    series.push({
      key: 'lg', subject: `Ledningsgrupp ${forvaltning}`, days: [2], interval: 1, start: [13, 0], minutes: 120,
      online: random.chance(0.3), location: 'Stadshuset, sammanträdesrum 2', organizer: manager ?? user, attendees: [],
    });
  }
  return series;
}

const ONE_OFF = [
  { subject: 'Utbildning: brandskydd', minutes: 120, online: false, location: 'Stadshuset, Konferensrum Ljuset' },
  { subject: 'Handledning', minutes: 60, online: false, location: 'Samtalsrummet' },
  { subject: 'Workshop: digitala arbetssätt', minutes: 120, online: true, location: 'Microsoft Teams-möte' },
  { subject: 'Medarbetarsamtal', minutes: 60, online: false, location: 'Chefens rum' },
  { subject: 'Genomgång av nya rutiner', minutes: 45, online: true, location: 'Microsoft Teams-möte' },
  { subject: 'Samverkansmöte med Sävsjö och Vetlanda', minutes: 90, online: true, location: 'Microsoft Teams-möte' },
  { subject: 'Lunchföreläsning: friskvård', minutes: 45, online: true, location: 'Microsoft Teams-möte' },
  { subject: 'Studiebesök', minutes: 180, online: false, location: 'Vetlanda, Kulturhuset' },
  { subject: 'Introduktion av ny kollega', minutes: 60, online: false, location: 'Personalrummet' },
  { subject: 'Uppföljning budget', minutes: 60, online: true, location: 'Microsoft Teams-möte' },
] as const;

const ALL_DAY = [
  { subject: 'Kompetensutvecklingsdag', showAs: 'busy' },
  { subject: 'Planeringsdag', showAs: 'busy' },
  { subject: 'Ledig', showAs: 'oof' },
  { subject: 'Tjänsteresa till Jönköping', showAs: 'oof' },
  { subject: 'Friskvårdsdag', showAs: 'free' },
] as const;

/**
 * The events of a person that overlap [startMs, endMs): occurrences of their series, one-off
 * meetings and all-day events, ordered by start.
 */
export function eventsInWindow(store: TenantStore, user: UserRecord, startMs: number, endMs: number): SeedEvent[] {
  const seed = Number(store.meta('seed') ?? 42);
  const person = personOf(store, user);
  const series = seriesOf(person, new Random(seed, `calendar:${user.id}:series`));
  const events: SeedEvent[] = [];
  const created = '2025-12-15T10:00:00Z';
  const isPersona = user.personaKey !== null;

  // Local days that can hold an overlapping event (one day of margin on each side).
  const first = addDays(stockholmDate(startMs), -1);
  const last = addDays(stockholmDate(endMs), 1);
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const day = weekday(date);
    if (date >= SERIES_START && day <= 5) {
      for (const s of series) {
        if (!s.days.includes(day) || weeksBetween(SERIES_START, date) % s.interval !== 0) continue;
        const masterId = eventId(`event:${seed}:${user.id}:${s.key}`);
        const start = stockholmToUtc(date, s.start[0], s.start[1]);
        events.push({
          id: eventId(`event:${seed}:${user.id}:${s.key}:${date}`),
          seriesMasterId: masterId,
          type: 'occurrence',
          subject: s.subject,
          startMs: start,
          endMs: start + s.minutes * 60_000,
          isAllDay: false,
          location: s.online ? 'Microsoft Teams-möte' : s.location,
          isOnlineMeeting: s.online,
          joinUrl: s.online ? joinUrl(`${user.id}:${s.key}`) : null,
          organizer: s.organizer,
          attendees: s.attendees,
          showAs: 'busy',
          isCancelled: false,
          created,
        });
      }
    }
    const daily = new Random(seed, `calendar:${user.id}:${date}`);
    // One-off meetings on working days; the personas always have something to show.
    const meetings = day <= 5 ? daily.int(isPersona ? 1 : 0, 2) : 0;
    const taken = new Set<number>();
    for (let i = 0; i < meetings; i++) {
      const template = daily.pick(ONE_OFF);
      let hour = daily.int(9, 15);
      while (taken.has(hour)) hour = hour === 15 ? 9 : hour + 1;
      taken.add(hour);
      const minute = daily.pick([0, 0, 15, 30]);
      const start = stockholmToUtc(date, hour, minute);
      const organizer = daily.chance(0.4) ? user : person.colleagues.length > 0 ? daily.pick(person.colleagues) : person.manager ?? user;
      events.push({
        id: eventId(`event:${seed}:${user.id}:${date}:${i}`),
        seriesMasterId: null,
        type: 'singleInstance',
        subject: template.subject,
        startMs: start,
        endMs: start + template.minutes * 60_000,
        isAllDay: false,
        location: template.location,
        isOnlineMeeting: template.online,
        joinUrl: template.online ? joinUrl(`${user.id}:${date}:${i}`) : null,
        organizer,
        attendees: organizer === user ? person.colleagues.slice(0, 3) : [user],
        showAs: daily.chance(0.15) ? 'tentative' : 'busy',
        isCancelled: false,
        created,
      });
    }
    // About one all-day event a week (personas: one every few days).
    if (daily.chance(isPersona ? 0.3 : 0.15)) {
      const template = daily.pick(ALL_DAY);
      events.push({
        id: eventId(`event:${seed}:${user.id}:${date}:allday`),
        seriesMasterId: null,
        type: 'singleInstance',
        subject: template.subject,
        startMs: stockholmToUtc(date, 0, 0),
        endMs: stockholmToUtc(addDays(date, 1), 0, 0),
        isAllDay: true,
        allDayDate: date,
        location: '',
        isOnlineMeeting: false,
        joinUrl: null,
        organizer: user,
        attendees: [],
        showAs: template.showAs,
        isCancelled: false,
        created,
      });
    }
  }
  return events
    .filter((e) => e.startMs < endMs && e.endMs > startMs)
    .sort((a, b) => a.startMs - b.startMs || Number(b.isAllDay) - Number(a.isAllDay) || a.subject.localeCompare(b.subject, 'sv'));
}
