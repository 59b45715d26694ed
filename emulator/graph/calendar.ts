import type { UserRecord } from '../db/records.ts';
import { graphError, GRAPH_JSON, json } from '../http/errors.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';
import { eventsInWindow, zoneOffsetMs } from '../seed/calendar.ts';
import type { SeedEvent } from '../seed/calendar.ts';

/**
 * GET /me/calendarView (also /me/calendar/calendarView and /users/{id}/calendarView): the
 * occurrences, exceptions and single instances of events between startDateTime and
 * endDateTime, in UTC or in the time zone of a `Prefer: outlook.timezone="…"` header, with
 * $select, $orderby (start/dateTime, end/dateTime, subject), $top (default 10) and paging.
 */

/** Windows time zone names Graph accepts, mapped to IANA names (IANA names are accepted too). */
const WINDOWS_ZONES: Record<string, string> = {
  'utc': 'UTC',
  'w. europe standard time': 'Europe/Stockholm',
  'central europe standard time': 'Europe/Budapest',
  'romance standard time': 'Europe/Paris',
  'gmt standard time': 'Europe/London',
  'fle standard time': 'Europe/Helsinki',
  'eastern standard time': 'America/New_York',
  'pacific standard time': 'America/Los_Angeles',
};

const MAX_TOP = 1000;

function queryOption(request: EmulatorRequest, name: string): string | undefined {
  for (const [key, value] of request.url.searchParams) if (key.toLowerCase() === name) return value;
  return undefined;
}

interface Zone {
  /** The name as the client wrote it (echoed in `timeZone` and Preference-Applied). */
  label: string;
  format?: Intl.DateTimeFormat;
}

function preferredZone(request: EmulatorRequest): Zone | undefined {
  const prefer = request.headers.prefer ?? '';
  const match = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer);
  if (!match) return undefined;
  const label = match[1];
  const iana = WINDOWS_ZONES[label.toLowerCase()] ?? label;
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    return { label, format };
  } catch {
    return undefined;
  }
}

/** Graph's dateTimeTimeZone: local wall-clock time with seven decimals, and the zone's name. */
function dateTimeTimeZone(ms: number, zone: Zone | undefined): { dateTime: string; timeZone: string } {
  const shifted = zone?.format ? ms + zoneOffsetMs(ms, zone.format) : ms;
  return { dateTime: new Date(shifted).toISOString().replace(/\.\d{3}Z$/, '.0000000'), timeZone: zone?.label ?? 'UTC' };
}

/** All-day events are floating: midnight to midnight of their dates, whatever the zone. */
function allDayTime(date: string, zone: Zone | undefined): { dateTime: string; timeZone: string } {
  return { dateTime: `${date}T00:00:00.0000000`, timeZone: zone?.label ?? 'UTC' };
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function emailAddress(user: UserRecord): { emailAddress: { name: string; address: string } } {
  return { emailAddress: { name: user.displayName, address: user.mail } };
}

const EVENT_PROPERTIES: Record<string, (e: SeedEvent, me: UserRecord, zone: Zone | undefined, origin: string) => unknown> = {
  createdDateTime: (e) => e.created,
  lastModifiedDateTime: (e) => e.created,
  changeKey: (e) => e.id.slice(-12),
  categories: () => [],
  originalStartTimeZone: () => 'W. Europe Standard Time',
  originalEndTimeZone: () => 'W. Europe Standard Time',
  iCalUId: (e) => `040000008200E00074C5B7101A82E008${Buffer.from(e.seriesMasterId ?? e.id).toString('hex').slice(0, 48).toUpperCase()}`,
  reminderMinutesBeforeStart: (e) => (e.isAllDay ? 1080 : 15),
  isReminderOn: (e) => !e.isAllDay,
  hasAttachments: () => false,
  subject: (e) => e.subject,
  importance: () => 'normal',
  sensitivity: () => 'normal',
  isAllDay: (e) => e.isAllDay,
  isCancelled: (e) => e.isCancelled,
  isOrganizer: (e, me) => e.organizer.id === me.id,
  responseRequested: () => true,
  seriesMasterId: (e) => e.seriesMasterId,
  showAs: (e) => e.showAs,
  type: (e) => e.type,
  webLink: (e) => `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(e.id)}&exvsurl=1&path=/calendar/item`,
  onlineMeetingUrl: () => null,
  isOnlineMeeting: (e) => e.isOnlineMeeting,
  onlineMeetingProvider: (e) => (e.isOnlineMeeting ? 'teamsForBusiness' : 'unknown'),
  allowNewTimeProposals: () => true,
  responseStatus: (e, me) => ({ response: e.organizer.id === me.id ? 'organizer' : 'accepted', time: e.created }),
  start: (e, _me, zone) => (e.isAllDay ? allDayTime(e.allDayDate!, zone) : dateTimeTimeZone(e.startMs, zone)),
  end: (e, _me, zone) => (e.isAllDay ? allDayTime(addDays(e.allDayDate!, 1), zone) : dateTimeTimeZone(e.endMs, zone)),
  location: (e) => ({ displayName: e.location, locationType: e.isOnlineMeeting ? 'default' : e.location ? 'conferenceRoom' : 'default', uniqueIdType: 'unknown' }),
  locations: (e) => (e.location ? [{ displayName: e.location, locationType: 'default', uniqueIdType: 'unknown' }] : []),
  recurrence: () => null,
  attendees: (e) => e.attendees.map((a) => ({ type: 'required', status: { response: 'accepted', time: e.created }, ...emailAddress(a) })),
  organizer: (e) => emailAddress(e.organizer),
  onlineMeeting: (e) => (e.joinUrl ? { joinUrl: e.joinUrl } : null),
};

/** Without $select, every property (Calendars.ReadBasic leaves out body and bodyPreview, as does the local tenant). */
const DEFAULT_PROPERTIES = Object.keys(EVENT_PROPERTIES);
// Partial: a field that is not here is undefined, and the request answers 400.
const SORTABLE: Partial<Record<string, (e: SeedEvent) => number | string>> = {
  'start/datetime': (e) => e.startMs,
  'end/datetime': (e) => e.endMs,
  subject: (e) => e.subject.toLocaleLowerCase('sv-SE'),
  createddatetime: (e) => e.created,
};

function parseWindowBound(text: string | undefined): number | undefined {
  if (!text) return undefined;
  // Without an offset, Graph reads the value as UTC.
  const withZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms;
}

export function getCalendarView(tenant: Tenant, request: EmulatorRequest, user: UserRecord | undefined, requestedId: string): EmulatorResponse {
  if (!user) {
    return graphError(request, 404, 'ErrorInvalidUser', `The requested user '${requestedId}' is invalid.`);
  }
  const startText = queryOption(request, 'startdatetime');
  const endText = queryOption(request, 'enddatetime');
  if (!startText || !endText) {
    return graphError(request, 400, 'ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
  }
  const start = parseWindowBound(startText);
  const end = parseWindowBound(endText);
  if (start === undefined || end === undefined) {
    return graphError(request, 400, 'ErrorInvalidParameter', `The value '${start === undefined ? startText : endText}' of parameter 'StartDateTime' or 'EndDateTime' is invalid.`);
  }
  if (end <= start) {
    return graphError(request, 400, 'ErrorInvalidParameter', 'The parameter EndDateTime must be later than StartDateTime.');
  }
  for (const unsupported of ['$filter', '$search', '$expand']) {
    if (queryOption(request, unsupported) !== undefined) {
      return graphError(request, 400, 'BadRequest', `The local tenant does not support ${unsupported} on calendarView. See emulator/CONTRACT.md.`);
    }
  }

  let names = DEFAULT_PROPERTIES;
  const select = queryOption(request, '$select');
  if (select !== undefined) {
    names = [];
    for (const raw of select.split(',').map((s) => s.trim()).filter(Boolean)) {
      const name = DEFAULT_PROPERTIES.find((k) => k.toLowerCase() === raw.toLowerCase());
      if (name === undefined && raw.toLowerCase() !== 'id') {
        return graphError(request, 400, 'RequestBroker--ParseUri', `Could not find a property named '${raw}' on type 'microsoft.graph.event'.`);
      }
      if (name) names.push(name);
    }
  }

  const topText = queryOption(request, '$top');
  const top = topText === undefined ? 10 : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    return graphError(request, 400, 'ErrorInvalidParameter', `The value '${topText}' of $top is invalid: use 1 to ${MAX_TOP}.`);
  }
  const skipText = queryOption(request, '$skip');
  const skip = skipText === undefined ? 0 : Number(skipText);
  if (!Number.isInteger(skip) || skip < 0) return graphError(request, 400, 'ErrorInvalidParameter', `The value '${skipText}' of $skip is invalid.`);

  let events = eventsInWindow(tenant.store, user, start, end);
  const orderby = queryOption(request, '$orderby');
  if (orderby !== undefined) {
    const keys = orderby.split(',').map((part) => {
      const [field, direction = 'asc'] = part.trim().split(/\s+/);
      const key = SORTABLE[field.toLowerCase()];
      return key && /^(asc|desc)$/i.test(direction) ? { key, descending: direction.toLowerCase() === 'desc' } : undefined;
    });
    if (keys.some((k) => k === undefined)) {
      return graphError(request, 400, 'BadRequest', `The $orderby '${orderby}' is not supported here: use start/dateTime, end/dateTime, subject or createdDateTime with asc or desc.`);
    }
    events = events.slice().sort((a, b) => {
      for (const k of keys) {
        const x = k!.key(a);
        const y = k!.key(b);
        if (x !== y) return (x < y ? -1 : 1) * (k!.descending ? -1 : 1);
      }
      return 0;
    });
  }

  const zone = preferredZone(request);
  const page = events.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${request.url.origin}/v1.0/$metadata#users('${user.id}')/calendarView${select ? `(${names.join(',')})` : ''}`,
    value: page.map((e) => {
      const item: Record<string, unknown> = { '@odata.etag': `W/"${e.id.slice(-16)}"`, id: e.id };
      for (const name of names) item[name] = EVENT_PROPERTIES[name](e, user, zone, request.url.origin);
      return item;
    }),
  };
  if (skip + top < events.length) {
    const next = new URL(request.url);
    next.searchParams.set('$skip', String(skip + top));
    next.pathname = next.pathname.replace(/^\/(?!v1\.0|beta)/i, '/v1.0/');
    body['@odata.nextLink'] = next.toString();
  }
  const headers: Record<string, string> = zone ? { 'preference-applied': `outlook.timezone="${zone.label}"` } : {};
  return json(200, body, GRAPH_JSON, headers);
}
