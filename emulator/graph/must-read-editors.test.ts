import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/** Läs och bekräfta, what the editors' view reads and sends: a group's users, and a mail (emulator/CONTRACT.md 20a, 20b). */
const tenant = useTenant({ seed: 42, news: 0 });

async function managersGroup(): Promise<string> {
  const me = await tenant.call('/v1.0/me/transitiveMemberOf?$select=id,displayName&$top=999', { token: 'per' });
  const group = me.json.value.find((g: { displayName: string }) => /Vetlanda.*[Cc]hefer/.test(g.displayName));
  assert.ok(group, 'Per is in Vetlanda\'s managers');
  return group.id;
}

test('a group\'s users by the cast need ConsistencyLevel: eventual and $count=true, as Graph documents', async () => {
  const id = await managersGroup();
  const path = `/v1.0/groups/${id}/transitiveMembers/microsoft.graph.user?$select=id,displayName,userPrincipalName,department`;
  assert.equal((await tenant.call(path, { token: 'johan' })).status, 400);
  assert.equal((await tenant.call(`${path}&$count=true`, { token: 'johan' })).status, 400);
  assert.equal((await tenant.call(path, { token: 'johan', headers: { ConsistencyLevel: 'eventual' } })).status, 400);
  const ok = await tenant.call(`${path}&$count=true`, { token: 'johan', headers: { ConsistencyLevel: 'eventual' } });
  assert.equal(ok.status, 200);
  assert.equal(ok.json['@odata.count'], ok.json.value.length);
  const per = ok.json.value.find((u: { userPrincipalName: string }) => u.userPrincipalName === 'per.sandberg@vetlanda.se');
  assert.ok(per && typeof per.department === 'string');
  assert.equal(new Set(ok.json.value.map((u: { id: string }) => u.id)).size, ok.json.value.length);
});

test('a group\'s users page by @odata.nextLink and refuse a page over 999', async () => {
  const id = await managersGroup();
  const headers = { ConsistencyLevel: 'eventual' };
  const base = `/v1.0/groups/${id}/transitiveMembers/microsoft.graph.user?$count=true&$select=id`;
  assert.equal((await tenant.call(`${base}&$top=1000`, { token: 'johan', headers })).status, 400);
  const first = await tenant.call(`${base}&$top=2`, { token: 'johan', headers });
  assert.equal(first.json.value.length, 2);
  const next = new URL(first.json['@odata.nextLink']);
  const second = await tenant.call(`${next.pathname}${next.search}`, { token: 'johan', headers });
  assert.equal(second.status, 200);
  assert.notEqual(second.json.value[0].id, first.json.value[0].id);
});

async function allStaffGroup(): Promise<string> {
  const me = await tenant.call('/v1.0/me/transitiveMemberOf?$select=id,displayName&$top=999', { token: 'per' });
  const group = me.json.value.find((g: { displayName: string }) => g.displayName === 'Vetlanda – alla medarbetare');
  assert.ok(group, 'Per is in Vetlanda\'s all-staff group');
  return group.id;
}

type Member = { id: string; userPrincipalName: string };
const eventual = { ConsistencyLevel: 'eventual' };
const usersOf = (id: string, query: string) => `/v1.0/groups/${id}/transitiveMembers/microsoft.graph.user?$count=true&$select=id,userPrincipalName&${query}`;
const filtered = (id: string, filter: string, query = '$top=999') => usersOf(id, `$filter=${encodeURIComponent(filter)}&${query}`);

/** Every page of a read, by @odata.nextLink. */
async function allPages(path: string): Promise<{ count: number; pages: Member[][] }> {
  const pages: Member[][] = [];
  let next: string | undefined = path;
  let count = -1;
  while (next) {
    const r = await tenant.call(next, { token: 'johan', headers: eventual });
    assert.equal(r.status, 200, r.text);
    count = r.json['@odata.count'];
    pages.push(r.json.value);
    next = r.json['@odata.nextLink'];
  }
  return { count, pages };
}

const PARTS: Array<{ filter: string; fits: (upn: string) => boolean }> = [
  { filter: "userPrincipalName le 'h'", fits: (upn) => upn.toLowerCase() <= 'h' },
  { filter: "userPrincipalName ge 'h' and userPrincipalName le 'p'", fits: (upn) => upn.toLowerCase() >= 'h' && upn.toLowerCase() <= 'p' },
  { filter: "userPrincipalName ge 'p'", fits: (upn) => upn.toLowerCase() >= 'p' },
];

test('a group\'s users in parts by a userPrincipalName range: together exactly the group, each counted and in its range', async () => {
  const id = await allStaffGroup();
  const whole = await allPages(usersOf(id, '$top=999'));
  const all = new Set(whole.pages.flat().map((u) => u.id));
  assert.equal(all.size, whole.count);
  assert.ok(all.size > 100, 'a group large enough to split');
  const together = new Set<string>();
  for (const part of PARTS) {
    const read = await allPages(filtered(id, part.filter));
    const users = read.pages.flat();
    assert.ok(users.length > 0, `${part.filter} matches someone`);
    assert.equal(read.count, users.length, `@odata.count of ${part.filter} is the number that match`);
    for (const u of users) {
      assert.ok(part.fits(u.userPrincipalName), `${u.userPrincipalName} is in ${part.filter}`);
      assert.ok(all.has(u.id), `${u.userPrincipalName} is in the group`);
      together.add(u.id);
    }
  }
  assert.deepEqual([...together].sort(), [...all].sort());
  // Keywords and the property in any case, several spaces between tokens, '' as a quote.
  const loose = await tenant.call(filtered(id, "  USERPRINCIPALNAME   GE  'h'  AND userprincipalname Le   'p' "), { token: 'johan', headers: eventual });
  assert.equal(loose.status, 200, loose.text);
  assert.equal(loose.json['@odata.count'], (await allPages(filtered(id, PARTS[1].filter))).count);
  // Case-insensitive: an upper-case literal bounds the same people.
  const upper = await allPages(filtered(id, "userPrincipalName ge 'H' and userPrincipalName le 'P'"));
  assert.deepEqual(upper.pages.flat().map((u) => u.id), (await allPages(filtered(id, PARTS[1].filter))).pages.flat().map((u) => u.id));
  const quoted = await tenant.call(filtered(id, "userPrincipalName le 'o''a'"), { token: 'johan', headers: eventual });
  assert.equal(quoted.status, 200, quoted.text);
  assert.ok(quoted.json.value.every((u: Member) => u.userPrincipalName.toLowerCase() <= "o'a"));
});

test('any other $filter on a group\'s users is refused with 400, and a filter needs the advanced query parameters', async () => {
  const id = await allStaffGroup();
  for (const filter of [
    "userPrincipalName gt 'm'",
    "userPrincipalName lt 'm'",
    "userPrincipalName eq 'per.sandberg@vetlanda.se'",
    "startswith(userPrincipalName,'a')",
    "mail ge 'a'",
    "userPrincipalName ge 'a' or userPrincipalName le 'b'",
    "not(userPrincipalName ge 'a')",
    "userPrincipalName le 'b' and userPrincipalName ge 'a'",
    "userPrincipalName ge 'a",
    "userPrincipalName ge 'a''",
    'userPrincipalName ge a',
  ]) {
    const r = await tenant.call(filtered(id, filter), { token: 'johan', headers: eventual });
    assert.equal(r.status, 400, filter);
    assert.equal(r.json.error.code, 'Request_UnsupportedQuery', filter);
    assert.match(r.json.error.message, /userPrincipalName ge/, 'the message says what is supported');
  }
  const ok = `/v1.0/groups/${id}/transitiveMembers/microsoft.graph.user?$select=id&$filter=${encodeURIComponent("userPrincipalName ge 'p'")}`;
  assert.equal((await tenant.call(`${ok}&$count=true`, { token: 'johan' })).status, 400, 'without ConsistencyLevel');
  assert.equal((await tenant.call(ok, { token: 'johan', headers: eventual })).status, 400, 'without $count=true');
  assert.equal((await tenant.call(`${ok}&$count=true`, { token: 'johan', headers: eventual })).status, 200);
});

test('a filtered part pages by @odata.nextLink, each page within the filter, all pages together the part', async () => {
  const id = await allStaffGroup();
  const part = PARTS[1];
  const whole = await allPages(filtered(id, part.filter));
  const first = await tenant.call(filtered(id, part.filter, '$top=2'), { token: 'johan', headers: eventual });
  assert.equal(first.status, 200);
  assert.equal(first.json.value.length, 2);
  assert.match(first.json['@odata.nextLink'], /\$filter=/, 'the next link keeps the filter');
  const paged = await allPages(filtered(id, part.filter, '$top=2'));
  assert.ok(paged.pages.length > 2);
  for (const page of paged.pages) {
    assert.ok(page.length <= 2);
    for (const u of page) assert.ok(part.fits(u.userPrincipalName), `${u.userPrincipalName} is in ${part.filter}`);
  }
  assert.equal(paged.count, whole.count);
  assert.deepEqual(paged.pages.flat().map((u) => u.id), whole.pages.flat().map((u) => u.id));
});

test('a filtered part inside a Graph $batch, ConsistencyLevel in the inner request\'s headers', async () => {
  const id = await allStaffGroup();
  const part = PARTS[2];
  const direct = await allPages(filtered(id, part.filter));
  const url = `/groups/${id}/transitiveMembers/microsoft.graph.user?$count=true&$select=id,userPrincipalName&$filter=${encodeURIComponent(part.filter)}&$top=999`;
  const r = await tenant.call('/v1.0/$batch', { token: 'johan', body: { requests: [
    { id: '1', method: 'GET', url, headers: eventual },
    { id: '2', method: 'GET', url },
  ] } });
  assert.equal(r.status, 200);
  const byId = new Map(r.json.responses.map((x: { id: string }) => [x.id, x]));
  const inner = byId.get('1') as { status: number; body: { '@odata.count': number; value: Member[] } };
  assert.equal(inner.status, 200);
  assert.equal(inner.body['@odata.count'], direct.count);
  assert.deepEqual(inner.body.value.map((u) => u.id), direct.pages.flat().map((u) => u.id));
  assert.equal((byId.get('2') as { status: number }).status, 400, 'without ConsistencyLevel in the inner request');
});

test('sendMail accepts a mail from the caller\'s mailbox with 202 and keeps it; refuses no recipient and more than 500', async () => {
  await fetch(`${tenant.url}/_emulator/sent-mail`, { method: 'DELETE' });
  const send = (message: unknown) => tenant.call('/v1.0/me/sendMail', { token: 'johan', method: 'POST', body: { message, saveToSentItems: true }, headers: { 'Content-Type': 'application/json' } });
  const bcc = (n: number) => Array.from({ length: n }, (_, i) => ({ emailAddress: { address: `p${i}@vetlanda.se` } }));
  const ok = await send({ subject: 'Påminnelse', body: { contentType: 'Text', content: 'Läs' }, bccRecipients: bcc(2) });
  assert.equal(ok.status, 202);
  assert.equal(ok.text, '');
  assert.equal((await send({ subject: 'x', body: { contentType: 'Text', content: 'x' } })).status, 400);
  assert.equal((await send({ subject: 'x', bccRecipients: [{ emailAddress: { address: 'not an address' } }] })).status, 400);
  assert.equal((await send({ subject: 'x', bccRecipients: bcc(501) })).status, 400);
  assert.equal((await tenant.call('/v1.0/me/sendMail', { token: 'johan', method: 'POST', body: {}, headers: { 'Content-Type': 'application/json' } })).status, 400);
  const sent = (await (await fetch(`${tenant.url}/_emulator/sent-mail`)).json()).value;
  assert.equal(sent.length, 1);
  assert.equal(sent[0].from, 'johan.ek@vetlanda.se');
  assert.deepEqual(sent[0].bcc, ['p0@vetlanda.se', 'p1@vetlanda.se']);
});
