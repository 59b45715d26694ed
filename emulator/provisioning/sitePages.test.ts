import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTenant } from '../server.ts';
import type { RunningTenant } from '../server.ts';
import { readFileSync } from 'node:fs';
import { PAGE_COLUMNS } from './store.ts';

/**
 * The setup command's requests for Site Pages and borrowing (issue 7): a list's content type
 * setting (read, MERGE), adding a content type to Site Pages, the role assignments of a site,
 * and an Entra group made a site principal with ensureuser.
 */

let empty: RunningTenant;
let full: RunningTenant;

before(async () => {
  empty = await startTenant({ empty: true });
  full = await startTenant({ news: 20 });
});
after(async () => {
  await empty.close();
  await full.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function call(tenant: RunningTenant, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(tenant.url + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const MERGE = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
const READ = 1073741826;

test('Site Pages of a new site: content types switched on with MERGE, then a content type brings its columns', async () => {
  await call(empty, 'admin', 'POST', '/_api/SPSiteManager/create', { request: { Title: 'Sidor', Url: `${empty.url}/sites/sidor` } });
  const web = '/sites/sidor/_api/web';
  const pages = `${web}/lists/getByTitle('Site Pages')`;
  assert.equal((await call(empty, 'admin', 'GET', `${pages}?$select=ContentTypesEnabled`)).json.ContentTypesEnabled, false);
  const xml = '<Field ID="{aaaaaaaa-0000-0000-0000-0000000000b1}" Name="SamverkaBoostUntil" DisplayName="Lyft fram till" Type="DateTime" Group="Samverka" />';
  await call(empty, 'admin', 'POST', `${web}/fields/CreateFieldAsXml`, { parameters: { SchemaXml: xml } });
  const id = '0x0101009D1CB255DA76424F860D91F20E6C411800AB';
  assert.equal((await call(empty, 'admin', 'POST', `${web}/contenttypes`, { Id: { StringValue: id }, Name: 'Sida', Group: 'Samverka' })).status, 201);
  await call(empty, 'admin', 'POST', `${web}/contenttypes('${id}')/fieldlinks`, { FieldInternalName: 'SamverkaBoostUntil' });

  // A page written before the library has the column: SharePoint knows no such property.
  const page = await call(empty, 'admin', 'POST', '/sites/sidor/_api/sitepages/pages/reposts', { Title: 'Nyhet', OriginalSourceUrl: 'https://www.eksjo.se/' });
  assert.equal(page.status, 201);
  const item = `${pages}/items(${page.json.Id})`;
  assert.equal((await call(empty, 'admin', 'POST', item, { SamverkaBoostUntil: '2027-01-01T00:00:00Z' }, MERGE)).status, 400);
  assert.equal((await call(empty, 'admin', 'GET', `${item}?$select=SamverkaBoostUntil`)).status, 400);

  const refused = await call(empty, 'admin', 'POST', `${pages}/contenttypes/addAvailableContentType`, { contentTypeId: id });
  assert.equal(refused.status, 400, 'the library does not allow content types yet');
  assert.match(refused.json['odata.error'].message.value, /ContentTypesEnabled/);

  assert.equal((await call(empty, 'admin', 'POST', pages, { ContentTypesEnabled: true })).status, 405, 'an update is a MERGE');
  assert.equal((await call(empty, 'anna', 'POST', pages, { ContentTypesEnabled: true }, MERGE)).status, 403);
  assert.equal((await call(empty, 'admin', 'POST', pages, { Title: 'Sidor' }, MERGE)).status, 400, 'only ContentTypesEnabled is served');
  assert.equal((await call(empty, 'admin', 'POST', pages, { __metadata: { type: 'SP.List' }, ContentTypesEnabled: true }, MERGE)).status, 204);
  assert.equal((await call(empty, 'admin', 'GET', `${pages}?$select=ContentTypesEnabled,Title`)).json.ContentTypesEnabled, true);

  assert.equal((await call(empty, 'admin', 'POST', `${pages}/contenttypes/addAvailableContentType`, { contentTypeId: id })).status, 200);
  assert.equal((await call(empty, 'admin', 'POST', `${pages}/contenttypes/addAvailableContentType`, { contentTypeId: id })).status, 400, 'already there');
  const types = (await call(empty, 'admin', 'GET', `${pages}/contenttypes?$select=StringId,Name`)).json.value;
  assert.deepEqual(types.map((t: { Name: string }) => t.Name), ['Sida']);
  assert.match(types[0].StringId, new RegExp(`^${id}00[0-9A-F]{32}$`));
  const fields = (await call(empty, 'admin', 'GET', `${pages}/fields?$select=InternalName`)).json.value.map((f: { InternalName: string }) => f.InternalName);
  assert.ok(fields.includes('SamverkaBoostUntil'));
  assert.equal((await call(empty, 'admin', 'POST', item, { SamverkaBoostUntil: '2027-01-01T00:00:00Z' }, MERGE)).status, 204);
  assert.equal((await call(empty, 'admin', 'GET', `${item}?$select=SamverkaBoostUntil`)).json.SamverkaBoostUntil, '2027-01-01T00:00:00Z');
  // Columns the content type did not bring stay unknown.
  assert.equal((await call(empty, 'admin', 'POST', item, { SamverkaReviewDate: '2027-01-01T00:00:00Z' }, MERGE)).status, 400);
  // A list created with content types on says so.
  await call(empty, 'admin', 'POST', `${web}/lists`, { Title: 'Med', BaseTemplate: 100, ContentTypesEnabled: true });
  assert.equal((await call(empty, 'admin', 'GET', `${web}/lists/getByTitle('Med')?$select=ContentTypesEnabled`)).json.ContentTypesEnabled, true);
});

test('the seeded Site Pages have the columns of "Samverka-sida", with the ids sharepoint/assets gives them', async () => {
  const assets = readFileSync(new URL('../../sharepoint/assets/content-health.xml', import.meta.url), 'utf8') + readFileSync(new URL('../../sharepoint/assets/reuse.xml', import.meta.url), 'utf8')
    + readFileSync(new URL('../../sharepoint/assets/must-read.xml', import.meta.url), 'utf8');
  const ids = new Map([...assets.matchAll(/<Field ID="\{([^}]+)\}" Name="([^"]+)"/g)].map((m) => [m[2], m[1].toLowerCase()]));
  const fields = (await call(full, 'admin', 'GET', "/sites/savsjo/_api/web/lists/getByTitle('Site Pages')/fields?$select=InternalName,Id")).json.value;
  for (const column of PAGE_COLUMNS) {
    assert.equal(ids.get(column.name), column.id, `${column.name} in sharepoint/assets`);
    assert.ok(fields.some((f: { InternalName: string; Id: string }) => f.InternalName === column.name && f.Id === column.id), `${column.name} on the seeded Site Pages`);
  }
});

test('role assignments of the seeded hub: its own staff and the other municipalities\' communicators read it', async () => {
  assert.equal((await call(full, 'anna', 'GET', '/sites/eksjo/_api/web/roleassignments')).status, 403, 'reading permissions needs an owner');
  const assignments = (await call(full, 'admin', 'GET', '/sites/eksjo/_api/web/roleassignments?$expand=Member,RoleDefinitionBindings')).json.value;
  const readers = assignments
    .filter((a: { RoleDefinitionBindings: Array<{ Id: number }> }) => a.RoleDefinitionBindings.some((r) => r.Id === READ))
    .map((a: { Member: { Title: string } }) => a.Member.Title);
  assert.ok(readers.includes('Sävsjö – Kommunikation'), readers.join(', '));
  assert.ok(readers.includes('Vetlanda – Kommunikation'));
  const editors = assignments.filter((a: { RoleDefinitionBindings: Array<{ Name: string }> }) => a.RoleDefinitionBindings.some((r) => r.Name === 'Edit'));
  assert.ok(editors.some((a: { Member: { Title: string } }) => a.Member.Title === 'Eksjö – Kommunikation'));
  for (const a of assignments) assert.equal(typeof a.PrincipalId, 'number');
});

test('an Entra group becomes a site principal with ensureuser and reads the site once given Read', async () => {
  await call(empty, 'admin', 'POST', '/_api/SPSiteManager/create', { request: { Title: 'Hubb', Url: `${empty.url}/sites/hubb` } });
  const group = await call(empty, 'admin', 'POST', '/v1.0/groups', { displayName: 'Läsare', mailNickname: 'lasare', securityEnabled: true, mailEnabled: false });
  const anna = (await call(empty, 'anna', 'GET', '/v1.0/me')).json.id;
  await call(empty, 'admin', 'POST', `/v1.0/groups/${group.json.id}/members/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${anna}` });
  assert.equal((await call(empty, 'anna', 'GET', '/sites/hubb/_api/web')).status, 403);

  const claim = `c:0t.c|tenant|${group.json.id}`;
  assert.equal((await call(empty, 'anna', 'POST', '/sites/hubb/_api/web/ensureuser', { logonName: claim })).status, 403);
  const user = await call(empty, 'admin', 'POST', '/sites/hubb/_api/web/ensureuser', { logonName: claim });
  assert.equal(user.status, 200);
  assert.deepEqual([user.json.LoginName, user.json.PrincipalType, typeof user.json.Id], [claim, 4, 'number']);
  assert.equal((await call(empty, 'admin', 'POST', '/sites/hubb/_api/web/ensureuser', { logonName: 'c:0t.c|tenant|00000000-0000-0000-0000-00000000abcd' })).status, 404);
  // A person's logon name is still served (content health's ensureuser).
  assert.equal((await call(empty, 'admin', 'POST', '/sites/hubb/_api/web/ensureuser', { logonName: 'i:0#.f|membership|anna.lindqvist@eksjo.se' })).json.PrincipalType, 1);

  assert.equal((await call(empty, 'admin', 'POST', `/sites/hubb/_api/web/roleassignments/addroleassignment(principalid=${user.json.Id},roledefid=999)`)).status, 404);
  assert.equal((await call(empty, 'admin', 'POST', `/sites/hubb/_api/web/roleassignments/addroleassignment(principalid=987654,roledefid=${READ})`)).status, 400);
  // PnPjs writes the parameters with a space after the comma.
  assert.equal((await call(empty, 'admin', 'POST', `/sites/hubb/_api/web/roleassignments/addroleassignment(principalid=${user.json.Id}, roledefid=${READ})`)).status, 200);
  assert.equal((await call(empty, 'anna', 'GET', '/sites/hubb/_api/web?$select=Title')).json.Title, 'Hubb');
  const assignments = (await call(empty, 'admin', 'GET', '/sites/hubb/_api/web/roleassignments')).json.value;
  const given = assignments.find((a: { PrincipalId: number }) => a.PrincipalId === user.json.Id);
  assert.deepEqual([given.Member.LoginName, given.RoleDefinitionBindings.map((r: { Id: number }) => r.Id)], [claim, [READ]]);
});
