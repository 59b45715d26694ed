import type { DriveItem, Event, OpenTypeExtension, SearchHit, SearchResponse, User } from '@microsoft/microsoft-graph-types';
import type { CalendarEvent, DashboardDocument, DashboardProfile, DashboardSettings, SectionResult } from '../core/dashboard';
import { extensionOf, fileTypeOf, folderOf, parseSettings, wallClock } from '../core/dashboardRules';
import { failureCodeOfStatus } from '../core/failures';
import type { CurrentUser } from '../core/ports';
import type { GraphBatchResponse } from './graphBatch';
import { KnownSite, siteOfFile } from './searchMapping';
import { groupsOfPage, GroupsPage, userOfProfile } from './userProfile';

/**
 * The dashboard's sections from the answers of its Graph $batch: each answer read on its own,
 * a failed one the section's failure code.
 */

export function failureOf(answer: GraphBatchResponse | undefined): { ok: false; code: string } | null {
  if (!answer) {
    return { ok: false, code: 'unknown' };
  }
  if (answer.status >= 200 && answer.status < 300 && typeof answer.body === 'object' && answer.body !== null) {
    return null;
  }
  return { ok: false, code: answer.status === 0 ? 'network' : failureCodeOfStatus(answer.status) };
}

export function hitsOf(body: unknown): SearchHit[] {
  const value = (body as { value?: SearchResponse[] }).value;
  const container = value && value[0] && value[0].hitsContainers ? value[0].hitsContainers[0] : undefined;
  return container && container.hits ? container.hits : [];
}

/** Whether a search answer's window was full, with more hits after it (Graph's moreResultsAvailable). */
export function moreOf(body: unknown): boolean {
  const value = (body as { value?: SearchResponse[] }).value;
  const container = value && value[0] && value[0].hitsContainers ? value[0].hitsContainers[0] : undefined;
  return !!(container && container.moreResultsAvailable && container.hits && container.hits.length > 0);
}

/** The profile from the session's user context (its groups are ids: their names are not shown). */
export function profileOfUser(user: CurrentUser): SectionResult<DashboardProfile> {
  const { groupIds, ...person } = user;
  return { ok: true, value: { ...person, groups: groupIds.map(id => ({ id: id.toLowerCase(), displayName: '' })) } };
}

/** The profile from the batch's own /me and groups (a failed groups answer: no groups). */
export function readProfile(profile: GraphBatchResponse | undefined, groups: GraphBatchResponse | undefined): SectionResult<DashboardProfile> {
  const failed = failureOf(profile);
  if (failed) {
    return failed;
  }
  const ok = groups && groups.status >= 200 && groups.status < 300;
  return { ok: true, value: { ...userOfProfile(profile!.body as User), groups: ok ? groupsOfPage(groups!.body as GroupsPage) : [] } };
}

export function readCalendar(answer: GraphBatchResponse | undefined): SectionResult<CalendarEvent[]> {
  const failed = failureOf(answer);
  if (failed) {
    return failed;
  }
  const value = (answer!.body as { value?: Event[] }).value || [];
  const events: CalendarEvent[] = [];
  for (const e of value) {
    const start = e.start;
    const end = e.end;
    if (typeof e.id !== 'string' || !start || !end || typeof start.dateTime !== 'string' || typeof end.dateTime !== 'string') {
      continue;
    }
    const location = e.location;
    const online = e.onlineMeeting;
    events.push({
      id: e.id,
      subject: text(e.subject) || '',
      start: wallClock(start.dateTime),
      end: wallClock(end.dateTime),
      isAllDay: e.isAllDay === true,
      location: location ? text(location.displayName) : undefined,
      joinUrl: online && isHttps(online.joinUrl) ? String(online.joinUrl) : undefined,
      webLink: isHttps(e.webLink) ? String(e.webLink) : undefined,
      showAs: text(e.showAs),
      isCancelled: e.isCancelled === true
    });
  }
  return { ok: true, value: events };
}

export function readDocuments(answer: GraphBatchResponse | undefined, sites: readonly KnownSite[]): SectionResult<DashboardDocument[]> {
  const failed = failureOf(answer);
  if (failed) {
    return failed;
  }
  const documents: DashboardDocument[] = [];
  for (const hit of hitsOf(answer!.body)) {
    const file = hit.resource as DriveItem | null | undefined;
    if (!file || typeof file.webUrl !== 'string' || typeof file.name !== 'string') {
      continue;
    }
    const { siteUrl, siteTitle } = siteOfFile(file, sites);
    const extension = extensionOf(file.name);
    const editor = file.lastModifiedBy && file.lastModifiedBy.user ? text(file.lastModifiedBy.user.displayName) : undefined;
    documents.push({
      id: String(file.id || file.webUrl),
      name: file.name,
      url: file.webUrl,
      extension,
      fileType: fileTypeOf(extension),
      modifiedAt: text(file.lastModifiedDateTime) || '',
      modifiedBy: editor,
      siteTitle: siteTitle || undefined,
      siteUrl,
      folder: folderOf(file.webUrl, siteUrl)
    });
  }
  return { ok: true, value: documents };
}

/** The settings, and whether their extension exists (a first visit has none: it is created on the first save). */
export function readSettings(answer: GraphBatchResponse | undefined): { result: SectionResult<DashboardSettings>; exists?: boolean } {
  if (answer && answer.status === 404) {
    return { result: { ok: true, value: parseSettings(null) }, exists: false };
  }
  const failed = failureOf(answer);
  if (failed) {
    return { result: failed };
  }
  // An open extension carries its own properties beside Graph's (here: settings).
  return { result: { ok: true, value: parseSettings((answer!.body as OpenTypeExtension & { settings?: unknown }).settings) }, exists: true };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isHttps(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}
