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
