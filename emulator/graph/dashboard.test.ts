import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/** What the personal dashboard asks of Graph: calendarView, open extensions on the user, driveItem search, in a $batch. */

const tenant = useTenant({ seed: 42, news: 300 });
const STOCKHOLM = { prefer: 'outlook.timezone="W. Europe Standard Time"' };
// Monday 30 November to Thursday 3 December 2026, midnight to midnight in Sweden (UTC+1).
const WEEK = 'startDateTime=2026-11-29T23:00:00Z&endDateTime=2026-12-03T23:00:00Z';

describe('calendarView', () => {
  test('needs a time window', async () => {
    const r = await tenant.call('/v1.0/me/calendarView', { token: 'anna' });
    assert.equal(r.status, 400);
    assert.equal(r.json.error.code, 'ErrorInvalidParameter');
    assert.match(r.json.error.message, /StartDateTime and EndDateTime/);
  });

  test('answers in UTC, or in Swedish time with the Prefer header, and says which', async () => {
    const utc = await tenant.call(`/v1.0/me/calendarView?${WEEK}&$top=100`, { token: 'anna' });
    const local = await tenant.call(`/v1.0/me/calendarView?${WEEK}&$top=100`, { token: 'anna', headers: STOCKHOLM });
    assert.equal(utc.status, 200);
    assert.equal(local.headers.get('preference-applied'), 'outlook.timezone="W. Europe Standard Time"');
    assert.ok(utc.json.value.length > 3);
    const timed = utc.json.value.findIndex((e: { isAllDay: boolean }) => !e.isAllDay);
    const u = utc.json.value[timed].start;
    const l = local.json.value[timed].start;
    assert.equal(u.timeZone, 'UTC');
    assert.equal(l.timeZone, 'W. Europe Standard Time');
    assert.match(l.dateTime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.0000000$/);
    // Winter: Sweden is an hour ahead of UTC.
    assert.equal(Date.parse(`${l.dateTime.slice(0, 19)}Z`) - Date.parse(`${u.dateTime.slice(0, 19)}Z`), 3600000);
  });

  test('expands recurring series into occurrences and has online meetings and all-day events', async () => {
    const r = await tenant.call(`/v1.0/me/calendarView?${WEEK}&$top=200&$select=subject,start,end,type,seriesMasterId,isAllDay,onlineMeeting,isOnlineMeeting`, { token: 'erik', headers: STOCKHOLM });
    const events = r.json.value as Array<Record<string, any>>;
    const occurrences = events.filter((e) => e.type === 'occurrence');
    assert.ok(occurrences.some((e) => /^Veckomöte/.test(e.subject)), "the unit's weekly meeting");
    assert.ok(occurrences.every((e) => typeof e.seriesMasterId === 'string'));
    // Erik leads a weekly Ledningsgrupp on Tuesdays: one occurrence this week, on 1 December.
    const lg = occurrences.filter((e) => /^Ledningsgrupp/.test(e.subject));
    assert.equal(lg.length, 1);
    assert.equal(lg[0].start.dateTime.slice(0, 16), '2026-12-01T13:00');
    const online = events.filter((e) => e.isOnlineMeeting);
    assert.ok(online.length > 0 && online.every((e) => /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//.test(e.onlineMeeting.joinUrl)));
    assert.ok(events.filter((e) => !e.isOnlineMeeting).every((e) => e.onlineMeeting === null));
    assert.deepEqual(Object.keys(events[0]).sort(), ['@odata.etag', 'end', 'id', 'isAllDay', 'isOnlineMeeting', 'onlineMeeting', 'seriesMasterId', 'start', 'subject', 'type'].sort());
    // $orderby start/dateTime keeps the order
    const starts = events.map((e) => e.start.dateTime);
    assert.deepEqual(starts, [...starts].sort());
  });

  test('has all-day events as floating midnight-to-midnight dates', async () => {
    const r = await tenant.call('/v1.0/me/calendarView?startDateTime=2026-10-31T23:00:00Z&endDateTime=2026-11-30T23:00:00Z&$top=500&$select=subject,start,end,isAllDay', { token: 'anna', headers: STOCKHOLM });
    const allDay = (r.json.value as Array<Record<string, any>>).filter((e) => e.isAllDay);
    assert.ok(allDay.length > 0);
    for (const e of allDay) {
      assert.match(e.start.dateTime, /T00:00:00\.0000000$/);
      assert.equal(Date.parse(`${e.end.dateTime.slice(0, 10)}T00:00:00Z`) - Date.parse(`${e.start.dateTime.slice(0, 10)}T00:00:00Z`), 86400000);
    }
  });

  test('pages with $top (default 10) and @odata.nextLink, and gives the same events every time', async () => {
    const WEEK = 'startDateTime=2026-11-15T23:00:00Z&endDateTime=2026-12-13T23:00:00Z';
    const first = await tenant.call(`/v1.0/me/calendarView?${WEEK}`, { token: 'anna' });
    assert.equal(first.json.value.length, 10);
    assert.ok(first.json['@odata.nextLink']);
    const all = await tenant.call(`/v1.0/me/calendarView?${WEEK}&$top=1000`, { token: 'anna' });
    const second = await tenant.call(first.json['@odata.nextLink'], { token: 'anna' });
    assert.deepEqual([...first.json.value, ...second.json.value].map((e: { id: string }) => e.id), all.json.value.slice(0, 10 + second.json.value.length).map((e: { id: string }) => e.id));
    const again = await tenant.call(`/v1.0/me/calendarView?${WEEK}&$top=1000`, { token: 'anna' });
    assert.deepEqual(again.json.value, all.json.value);
    assert.equal((await tenant.call(`/v1.0/me/calendarView?${WEEK}&$select=shoeSize`, { token: 'anna' })).status, 400);
  });
});

describe('open extensions on the user', () => {
  const NAME = 'se.samverka.test';
  const body = { '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: NAME, settings: '{"links":[]}', version: 1 };

  test('create, read, replace and delete; 404 before and after', async () => {
    assert.equal((await tenant.call(`/v1.0/me/extensions/${NAME}`, { token: 'sara' })).status, 404);
    const created = await tenant.call('/v1.0/me/extensions', { token: 'sara', body });
    assert.equal(created.status, 201);
    assert.equal(created.json.id, NAME);
    assert.equal(created.json['@odata.type'], '#microsoft.graph.openTypeExtension');
    assert.equal((await tenant.call('/v1.0/me/extensions', { token: 'sara', body })).status, 409);
    const patched = await tenant.call(`/v1.0/me/extensions/${NAME}`, { token: 'sara', method: 'PATCH', body: { '@odata.type': 'microsoft.graph.openTypeExtension', settings: '{"links":[1]}' } });
    assert.equal(patched.status, 204);
    const read = await tenant.call(`/v1.0/me/extensions/${NAME}`, { token: 'sara' });
    assert.equal(read.json.settings, '{"links":[1]}');
    assert.ok(!('version' in read.json), 'PATCH replaces the custom data of a directory object\'s extension');
    const list = await tenant.call('/v1.0/me/extensions', { token: 'sara' });
    assert.deepEqual(list.json.value.map((e: { id: string }) => e.id), [NAME]);
    // Other people neither see it nor may write it.
    assert.equal((await tenant.call(`/v1.0/me/extensions/${NAME}`, { token: 'johan' })).status, 404);
    const sara = await tenant.call('/v1.0/me', { token: 'sara' });
    assert.equal((await tenant.call(`/v1.0/users/${sara.json.id}/extensions/${NAME}`, { token: 'johan', method: 'DELETE' })).status, 403);
    assert.equal((await tenant.call(`/v1.0/me/extensions/${NAME}`, { token: 'sara', method: 'DELETE' })).status, 204);
    assert.equal((await tenant.call(`/v1.0/me/extensions/${NAME}`, { token: 'sara' })).status, 404);
  });

  test('refuses nested objects, a missing type and a Microsoft name', async () => {
    assert.equal((await tenant.call('/v1.0/me/extensions', { token: 'anna', body: { ...body, settings: { links: [] } } })).status, 400);
    assert.equal((await tenant.call('/v1.0/me/extensions', { token: 'anna', body: { extensionName: NAME } })).status, 400);
    assert.equal((await tenant.call('/v1.0/me/extensions', { token: 'anna', body: { ...body, extensionName: 'com.microsoft.x' } })).status, 400);
  });
});

describe('driveItem search', () => {
  function search(token: string, queryString: string, extra: Record<string, unknown> = {}) {
    return tenant.call('/v1.0/search/query', { token, body: { requests: [{ entityTypes: ['driveItem'], query: { queryString }, size: 25, ...extra }] } });
  }

  test('holds over 5,000 documents of the hubs and the shared site: Word, Excel, PowerPoint and PDF', async () => {
    assert.ok(tenant.running.tenant.search.count('driveItem') >= 5000);
    for (const type of ['docx', 'xlsx', 'pptx', 'pdf']) {
      const r = await search('maria', `FileType:${type}`);
      assert.ok(r.json.value[0].hitsContainers[0].total > 100, type);
    }
  });

  test("a person's latest documents, newest first, with the driveItem properties asked for in fields", async () => {
    const mail = 'anna.lindqvist@eksjo.se';
    const r = await search('anna', `IsDocument:true AND (AuthorOWSUSER:"${mail}" OR EditorOWSUSER:"${mail}" OR SharedWithUsersOWSUSER:"${mail}")`, {
      fields: ['name', 'webUrl', 'file', 'parentReference', 'createdBy', 'lastModifiedBy', 'lastModifiedDateTime'], sortProperties: [{ name: 'LastModifiedTime', isDescending: true }]
    });
    const hits = r.json.value[0].hitsContainers[0].hits as Array<Record<string, any>>;
    assert.ok(hits.length >= 10);
    const dates = hits.map((h) => h.resource.lastModifiedDateTime);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const first = hits[0].resource;
    assert.equal(first['@odata.type'], '#microsoft.graph.driveItem');
    assert.match(first.name, /\.(docx|xlsx|pptx|pdf)$/);
    assert.ok(first.file.mimeType && first.parentReference.driveId.startsWith('b!') && first.parentReference.sharepointIds.siteUrl);
    assert.equal(first.fields, undefined, 'a driveItem has no managed-property fields');
    // Each is Anna's in one of the three ways.
    const people = hits.map((h) => [h.resource.createdBy.user.email, h.resource.lastModifiedBy.user.email]);
    assert.ok(people.filter(([by, changed]) => by === mail || changed === mail).length >= hits.length / 2);
  });

  test('is trimmed to what the caller may read: Vetlanda documents reach Anna only when shared with her', async () => {
    const r = await search('anna', 'Path:"http://' + new URL(tenant.url).host + '/sites/vetlanda"', { size: 500 });
    const all = await search('sara', 'Path:"http://' + new URL(tenant.url).host + '/sites/vetlanda"', { size: 1 });
    assert.ok(all.json.value[0].hitsContainers[0].total >= 1500);
    const seenByAnna = r.json.value[0].hitsContainers[0].total;
    assert.ok(seenByAnna < 100, `Anna sees ${seenByAnna} Vetlanda documents (shared with her)`);
  });
});

describe('the dashboard batch', () => {
  test('answers each request on its own: a 403 on the calendar leaves the others 200', async () => {
    await tenant.call('/_emulator/faults', { body: [{ pattern: '/me/calendarView', status: 403, times: 1 }] });
    const r = await tenant.call('/v1.0/$batch', {
      token: 'anna',
      body: {
        requests: [
          { id: 'profile', method: 'GET', url: '/me?$select=id,displayName,department' },
          { id: 'calendar', method: 'GET', url: `/me/calendarView?${WEEK}`, headers: { Prefer: STOCKHOLM.prefer } },
          { id: 'settings', method: 'GET', url: '/me/extensions/se.samverka.dashboard' },
          { id: 'documents', method: 'POST', url: '/search/query', headers: { 'Content-Type': 'application/json' }, body: { requests: [{ entityTypes: ['driveItem'], query: { queryString: 'IsDocument:true' }, size: 3 }] } },
        ],
      },
    });
    assert.equal(r.status, 200);
    const status = Object.fromEntries(r.json.responses.map((x: { id: string; status: number }) => [x.id, x.status]));
    assert.deepEqual(status, { profile: 200, calendar: 403, settings: 404, documents: 200 });
  });
});
