import type { CalendarEvent, DashboardLink, DashboardSettings, DocumentFileType, GuideRef } from './dashboard';
import { kqlAllOf, kqlAnyOf, kqlRestriction } from './kql';
import type { TenantConfig } from './municipality';
import { normalizeGroupId } from './tenantConfig';
import { MAX_CALENDAR_DAYS } from './dashboardLimits';

/** The rules of the personal dashboard, without I/O: windows, queries, settings and their edits. */

const DAY_MS = 86400000;
export { MAX_CALENDAR_DAYS };
export const MAX_LINKS = 12;
export const MAX_PINNED_GUIDES = 10;
/** Name of the Graph open extension on the user that holds the settings (reverse DNS, as Graph asks). */
export const SETTINGS_EXTENSION = 'se.samverka.dashboard';
/** The guide list of the shared site (title 'Guider'), by its URL under the site. */
export const GUIDE_LIST_URL = 'Lists/Guider';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
});

function stockholmParts(ms: number): { date: string; minutes: number; wallMs: number } {
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(new Date(ms))) {
    p[part.type] = part.value;
  }
  // Some engines write midnight as hour 24 with hour12: false.
  const hour = Number(p.hour) % 24;
  const wallMs = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), hour, Number(p.minute));
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: hour * 60 + Number(p.minute), wallMs };
}

/** The Stockholm calendar date (YYYY-MM-DD) of an instant. */
export function stockholmDate(now: Date): string {
  return stockholmParts(now.getTime()).date;
}

/** The UTC instant of midnight in Stockholm at the start of a date. */
export function stockholmMidnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d);
  let guess = wall;
  // Two rounds settle the offset, also across a daylight saving change.
  for (let i = 0; i < 2; i++) {
    const offset = stockholmParts(guess).wallMs - Math.floor(guess / 60000) * 60000;
    guess = wall - offset;
  }
  return new Date(guess);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function clampCalendarDays(days: unknown): number {
  const n = typeof days === 'number' && isFinite(days) ? Math.round(days) : 3;
  return Math.min(MAX_CALENDAR_DAYS, Math.max(1, n));
}

/** Today and the next days in Stockholm, as calendarView's startDateTime and endDateTime (UTC). */
export function calendarWindow(now: Date, days: number): { startDateTime: string; endDateTime: string; dates: string[] } {
  const today = stockholmDate(now);
  const count = clampCalendarDays(days);
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    dates.push(addDays(today, i));
  }
  const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { startDateTime: iso(stockholmMidnight(today)), endDateTime: iso(stockholmMidnight(addDays(today, count))), dates };
}

export interface CalendarDay {
  date: string;
  events: CalendarEvent[];
}

/** Events per day of the window (an event over several days is shown on each), all-day events first. */
export function eventsByDay(events: readonly CalendarEvent[], dates: readonly string[]): CalendarDay[] {
  return dates.map(date => {
    const dayStart = `${date}T00:00`;
    const dayEnd = `${addDays(date, 1)}T00:00`;
    const onDay = events.filter(e => !e.isCancelled && e.start < dayEnd && (e.end > dayStart || e.start.slice(0, 10) === date));
    onDay.sort((a, b) => Number(b.isAllDay) - Number(a.isAllDay) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    return { date, events: onDay };
  });
}

/** Whether a timed event is going on at this moment (Stockholm time). */
export function isEventNow(event: CalendarEvent, now: Date): boolean {
  if (event.isAllDay) {
    return false;
  }
  const { date, minutes } = stockholmParts(now.getTime());
  const wall = `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return event.start <= wall && wall < event.end;
}

/** "YYYY-MM-DDTHH:mm" from Graph's dateTime ("2026-11-30T09:00:00.0000000"). */
export function wallClock(dateTime: string): string {
  return dateTime.slice(0, 16);
}

/**
 * Documents the user created, changed or was given access to, newest first. SharePoint search
 * keeps people in user fields as "mail | name | claims"; the address is unique where names are not.
 */
export function latestDocumentsKql(mail: string): string {
  const people = ['AuthorOWSUSER', 'EditorOWSUSER', 'SharedWithUsersOWSUSER'].map(p => kqlRestriction(p, mail));
  return kqlAllOf([kqlRestriction('IsDocument', 'true'), kqlAnyOf(people)]);
}

/**
 * The user's förvaltning and unit groups: their groups that are not a municipality's root,
 * all-staff or managers group (those are nested above the förvaltningar).
 */
export function departmentGroupIds(config: TenantConfig, groupIds: readonly string[]): string[] {
  const organisationWide = new Set<string>();
  for (const m of config.municipalities) {
    organisationWide.add(normalizeGroupId(m.groups.root));
    organisationWide.add(normalizeGroupId(m.groups.allStaff));
    organisationWide.add(normalizeGroupId(m.groups.managers));
  }
  return groupIds.map(normalizeGroupId).filter(id => !organisationWide.has(id));
}

export function fileTypeOf(extension: string): DocumentFileType {
  const ext = extension.toLowerCase();
  if (/^(docx?|docm|dotx|odt|rtf)$/.test(ext)) {
    return 'word';
  }
  if (/^(xlsx?|xlsm|xlsb|csv|ods)$/.test(ext)) {
    return 'excel';
  }
  if (/^(pptx?|pptm|ppsx|odp)$/.test(ext)) {
    return 'powerpoint';
  }
  return ext === 'pdf' ? 'pdf' : 'other';
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The folder inside the library from a file URL and its site URL ("Socialförvaltningen/Hemtjänst Norr"). */
export function folderOf(fileUrl: string, siteUrl: string | undefined): string | undefined {
  let path: string;
  try {
    path = decodeURI(fileUrl);
  } catch {
    path = fileUrl;
  }
  const site = siteUrl ? siteUrl.replace(/\/+$/, '') : '';
  if (site && path.toLowerCase().indexOf(site.toLowerCase() + '/') === 0) {
    path = path.slice(site.length + 1);
  } else {
    path = path.replace(/^https?:\/\/[^/]+\//, '');
  }
  const segments = path.split('/');
  // library / folders… / file
  return segments.length > 2 ? segments.slice(0, -1).join(' › ') : segments.length === 2 ? segments[0] : undefined;
}

/** The guide list's value for a guide that is for every municipality. */
export const GUIDE_FOR_ALL = 'alla';

/**
 * Guides for the municipality shown: those for all, and those for it among others (a guide may
 * be for several municipalities); a guide only for other municipalities is left out.
 */
export function guidesForMunicipality<T extends { municipalities?: readonly string[] }>(guides: readonly T[], municipalityId: string | undefined): T[] {
  const shown = municipalityId ? municipalityId.toLowerCase() : undefined;
  return guides.filter(g => {
    const ids = (g.municipalities || []).map(m => m.toLowerCase());
    return ids.length === 0 || !shown || ids.indexOf(GUIDE_FOR_ALL) >= 0 || ids.indexOf(shown) >= 0;
  });
}

/**
 * How a pinned guide is named in the settings (pinnedGuideIds): its list item's UniqueId, else
 * Graph's id of the hit's resource, else its address, in lower case. Min sida and Sök read it alike.
 */
export function guidePinKey(uniqueId: unknown, resourceId: unknown, url: string): string {
  return String(uniqueId || resourceId || url).replace(/^\{|\}$/g, '').toLowerCase();
}

/** Pinned guides first (in the order pinned), then the guides of the user's förvaltning, then the rest. */
export function pickGuides(guides: readonly GuideRef[], pinnedIds: readonly string[], departmentGuideIds: ReadonlySet<string>, count: number): GuideRef[] {
  const byId: Record<string, GuideRef> = {};
  guides.forEach(g => { byId[g.id] = g; });
  const chosen: GuideRef[] = [];
  const seen = new Set<string>();
  const take = (g: GuideRef | undefined): void => {
    if (g && !seen.has(g.id) && chosen.length < count) {
      seen.add(g.id);
      chosen.push(g);
    }
  };
  pinnedIds.forEach(id => take(byId[id]));
  guides.filter(g => departmentGuideIds.has(g.id)).forEach(take);
  guides.forEach(take);
  return chosen;
}

// Settings

export const EMPTY_SETTINGS: DashboardSettings = { links: [], pinnedGuideIds: [] };

export function isSafeLinkUrl(url: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url.trim());
}

/** Settings from stored JSON; anything unreadable is dropped rather than trusted. */
export function parseSettings(raw: unknown): DashboardSettings {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return EMPTY_SETTINGS;
    }
  }
  if (typeof value !== 'object' || value === null) {
    return EMPTY_SETTINGS;
  }
  const v = value as { links?: unknown; municipalityId?: unknown; pinnedGuideIds?: unknown };
  const links: DashboardLink[] = [];
  if (Array.isArray(v.links)) {
    for (const link of v.links) {
      const l = link as { title?: unknown; url?: unknown };
      if (typeof l === 'object' && l !== null && typeof l.title === 'string' && typeof l.url === 'string' && isSafeLinkUrl(l.url) && l.title.trim() !== '') {
        links.push({ title: l.title.trim().slice(0, 80), url: l.url.trim() });
      }
    }
  }
  const pinned = Array.isArray(v.pinnedGuideIds) ? v.pinnedGuideIds.filter((id): id is string => typeof id === 'string') : [];
  return {
    links: links.slice(0, MAX_LINKS),
    municipalityId: typeof v.municipalityId === 'string' && v.municipalityId !== '' ? v.municipalityId : undefined,
    pinnedGuideIds: pinned.slice(0, MAX_PINNED_GUIDES)
  };
}

/** The stored form: one JSON string (open extensions on users hold primitive values only). */
export function serializeSettings(settings: DashboardSettings): string {
  const clean = parseSettings(settings);
  return JSON.stringify({ links: clean.links, municipalityId: clean.municipalityId, pinnedGuideIds: clean.pinnedGuideIds });
}

export type LinkError = 'title' | 'url' | 'full';

/** Adds a link at the end, or says what is wrong with it. */
export function addLink(settings: DashboardSettings, title: string, url: string): DashboardSettings | LinkError {
  if (settings.links.length >= MAX_LINKS) {
    return 'full';
  }
  if (title.trim() === '') {
    return 'title';
  }
  let address = url.trim();
  if (address !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(address)) {
    address = `https://${address}`;
  }
  if (!isSafeLinkUrl(address)) {
    return 'url';
  }
  return { ...settings, links: settings.links.concat([{ title: title.trim().slice(0, 80), url: address }]) };
}

export function removeLink(settings: DashboardSettings, index: number): DashboardSettings {
  return { ...settings, links: settings.links.filter((_, i) => i !== index) };
}

/** Moves a link one place up (-1) or down (+1); at an end nothing changes. */
export function moveLink(settings: DashboardSettings, index: number, by: -1 | 1): DashboardSettings {
  const target = index + by;
  if (index < 0 || index >= settings.links.length || target < 0 || target >= settings.links.length) {
    return settings;
  }
  const links = settings.links.slice();
  const moved = links[index];
  links[index] = links[target];
  links[target] = moved;
  return { ...settings, links };
}

export function togglePinnedGuide(settings: DashboardSettings, guideId: string): DashboardSettings {
  const pinned = settings.pinnedGuideIds.indexOf(guideId) >= 0
    ? settings.pinnedGuideIds.filter(id => id !== guideId)
    : settings.pinnedGuideIds.concat([guideId]).slice(-MAX_PINNED_GUIDES);
  return { ...settings, pinnedGuideIds: pinned };
}
