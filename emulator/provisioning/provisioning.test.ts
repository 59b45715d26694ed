import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { startTenant } from '../server.ts';
import type { RunningTenant } from '../server.ts';
import { readAppManifest } from './sharepoint.ts';

/** The provisioning requests of the setup command (issue 7), their permission checks, and `--empty`. */

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

async function call(tenant: RunningTenant, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(tenant.url + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/** A zip with one deflated entry, as an .sppkg is built. */
function zip(name: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  const packed = deflateRawSync(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralStart = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12); end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

const MANIFEST = (version: string): string =>
  `<?xml version="1.0"?><App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="Samverka" ProductID="DB827069-6171-4BE0-BB41-667BC2DCCAA1" Version="${version}" SkipFeatureDeployment="true"><Properties><Title>Samverka</Title></Properties></App>`;

test('--empty: the root site, the app catalog and the people; no hubs, groups, news or configuration', async () => {
  const sites = empty.tenant.store.sites().map((s) => s.path);
  assert.deepEqual(sites, ['/', '/sites/appcatalog']);
  assert.equal(empty.tenant.store.groups().length, 0);
  assert.ok(empty.tenant.store.users().length > 600);
  assert.equal((await call(empty, 'anna', 'GET', '/v1.0/me')).json.userPrincipalName, 'anna.lindqvist@eksjo.se');
  assert.deepEqual((await call(empty, 'anna', 'GET', "/_api/web/GetStorageEntity('Samverka.TenantConfig')")).json['odata.null'], true);
  assert.equal((await call(empty, 'anna', 'GET', '/sites/eksjo/_api/web')).status, 404);
  assert.equal((await call(empty, 'admin', 'GET', '/v1.0/me')).json.jobTitle, 'IT-administratör');
});

test('the full tenant has the admin, the app catalog and its three hubs registered with audience targeting on', async () => {
  const hub = await call(full, 'anna', 'GET', '/sites/eksjo/_api/site?$select=IsHubSite,HubSiteId');
  assert.equal(hub.json.IsHubSite, true);
  assert.equal((await call(full, 'anna', 'GET', '/sites/gemensamt/_api/site')).json.IsHubSite, false);
  const fields = await call(full, 'admin', 'GET', "/sites/vetlanda/_api/web/lists/getByTitle('Site Pages')/fields?$select=InternalName");
  assert.ok(fields.json.value.some((f: { InternalName: string }) => f.InternalName === '_ModernAudienceAadObjectIds'));
  const receivers = await call(full, 'admin', 'GET', "/sites/vetlanda/_api/web/lists/getByTitle('Site Pages')/EventReceivers");
  assert.deepEqual(receivers.json.value.map((r: { EventType: number }) => r.EventType), [1, 2]);
  assert.match((await call(full, 'anna', 'GET', '/_api/SP_TenantSettings_Current')).json.CorporateCatalogUrl, /\/sites\/appcatalog$/);
});

test('only a tenant admin creates sites, registers hubs, sets tenant properties, creates groups and uploads apps', async () => {
  const url = `${full.url}/sites/ny`;
  assert.equal((await call(full, 'anna', 'POST', '/_api/SPSiteManager/create', { request: { Title: 'Ny', Url: url } })).status, 403);
  assert.equal((await call(full, 'johan', 'POST', '/sites/vetlanda/_api/site/RegisterHubSite')).status, 403);
  assert.equal((await call(full, 'anna', 'POST', '/sites/appcatalog/_api/web/SetStorageEntity', { key: 'k', value: 'v' })).status, 403);
  assert.equal((await call(full, 'admin', 'POST', '/sites/eksjo/_api/web/SetStorageEntity', { key: 'k', value: 'v' })).status, 403);
  const group = await call(full, 'erik', 'POST', '/v1.0/groups', { displayName: 'X', mailNickname: 'x', securityEnabled: true, mailEnabled: false });
  assert.equal(group.status, 403);
  assert.equal(group.json.error.code, 'Authorization_RequestDenied');
  assert.equal((await call(full, 'anna', 'GET', '/sites/appcatalog/_api/web/tenantappcatalog/AvailableApps')).status, 403);
  // A site owner manages their own site's columns; a reader does not.
  const xml = '<Field ID="{11111111-2222-3333-4444-555555555555}" Name="Prov" DisplayName="Prov" Type="Text" Group="Test" />';
  assert.equal((await call(full, 'sara', 'POST', '/sites/vetlanda/_api/web/fields/CreateFieldAsXml', { parameters: { SchemaXml: xml } })).status, 403);
  assert.equal((await call(full, 'johan', 'POST', '/sites/vetlanda/_api/web/fields/CreateFieldAsXml', { parameters: { SchemaXml: xml } })).status, 201);
  assert.equal((await call(full, 'johan', 'POST', '/sites/vetlanda/_api/web/fields/CreateFieldAsXml', { parameters: { SchemaXml: xml } })).status, 500, 'a duplicate column');
});

test('sites: status, creation, hub registration and association', async () => {
  const url = `${empty.url}/sites/prov`;
  assert.equal((await call(empty, 'admin', 'GET', `/_api/SPSiteManager/status?url='${encodeURIComponent(url)}'`)).json.SiteStatus, 0);
  const created = await call(empty, 'admin', 'POST', '/_api/SPSiteManager/create', { request: { Title: 'Prov', Url: url, Lcid: 1053 } });
  assert.equal(created.json.SiteStatus, 2);
  assert.equal(created.json.SiteUrl, url);
  assert.equal((await call(empty, 'admin', 'GET', `/_api/SPSiteManager/status?url='${encodeURIComponent(url)}'`)).json.SiteStatus, 2);
  assert.equal((await call(empty, 'admin', 'POST', '/_api/SPSiteManager/create', { request: { Title: 'Prov', Url: url } })).json.SiteStatus, 3);
  const hub = await call(empty, 'admin', 'POST', '/sites/prov/_api/site/RegisterHubSite');
  assert.equal(hub.status, 200);
  assert.equal((await call(empty, 'admin', 'POST', '/sites/prov/_api/site/RegisterHubSite')).status, 400, 'already a hub');
  await call(empty, 'admin', 'POST', '/_api/SPSiteManager/create', { request: { Title: 'Del', Url: `${empty.url}/sites/del` } });
  assert.equal((await call(empty, 'admin', 'POST', `/sites/del/_api/site/JoinHubSite('${hub.json.ID}')`)).status, 204);
  assert.equal((await call(empty, 'admin', 'GET', '/sites/del/_api/site?$select=HubSiteId')).json.HubSiteId, hub.json.ID);
  // A new site is read by its owner only until readers are added.
  assert.equal((await call(empty, 'anna', 'GET', '/sites/prov/_api/web')).status, 403);
});

test('groups: create, list with $filter, nest, and transitive membership follows', async () => {
  const make = async (name: string, nick: string): Promise<string> => {
    const r = await call(empty, 'admin', 'POST', '/v1.0/groups', { displayName: name, mailNickname: nick, securityEnabled: true, mailEnabled: false });
    assert.equal(r.status, 201);
    return r.json.id;
  };
  const root = await make('Testkommun', 'test-kommun');
  const unit = await make('Test – Enhet', 'test-enhet');
  assert.equal((await call(empty, 'admin', 'POST', '/v1.0/groups', { displayName: 'Igen', mailNickname: 'test-kommun', securityEnabled: true, mailEnabled: false })).status, 400);
  const found = await call(empty, 'anna', 'GET', "/v1.0/groups?$filter=mailNickname eq 'test-enhet'&$select=id,displayName");
  assert.deepEqual(found.json.value, [{ id: unit, displayName: 'Test – Enhet' }]);
  const ref = (id: string): unknown => ({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` });
  assert.equal((await call(empty, 'admin', 'POST', `/v1.0/groups/${root}/members/$ref`, ref(unit))).status, 204);
  assert.equal((await call(empty, 'admin', 'POST', `/v1.0/groups/${root}/members/$ref`, ref(unit))).status, 400, 'already a member');
  assert.equal((await call(empty, 'admin', 'POST', `/v1.0/groups/${unit}/members/$ref`, ref(root))).status, 400, 'a cycle');
  const anna = (await call(empty, 'anna', 'GET', '/v1.0/me')).json.id;
  // The root's users, asked before and after: the local tenant keeps a group's users until memberships change.
  const rootUsers = async (): Promise<{ ids: string[]; count: number }> => {
    const headers = { ConsistencyLevel: 'eventual' };
    const list = await call(empty, 'admin', 'GET', `/v1.0/groups/${root}/transitiveMembers/microsoft.graph.user?$count=true&$select=id`, undefined, headers);
    const count = await call(empty, 'admin', 'GET', `/v1.0/groups/${root}/transitiveMembers/microsoft.graph.user/$count`, undefined, headers);
    return { ids: list.json.value.map((u: { id: string }) => u.id), count: count.json };
  };
  assert.deepEqual(await rootUsers(), { ids: [], count: 0 });
  assert.equal((await call(empty, 'admin', 'POST', `/v1.0/groups/${unit}/members/$ref`, ref(anna))).status, 204);
  assert.deepEqual(await rootUsers(), { ids: [anna], count: 1 });
  const groups = await call(empty, 'anna', 'GET', '/v1.0/me/transitiveMemberOf?$select=displayName');
  assert.deepEqual(groups.json.value.map((g: { displayName: string }) => g.displayName).sort(), ['Test – Enhet', 'Testkommun']);
  assert.equal((await call(empty, 'anna', 'PATCH', `/v1.0/groups/${unit}`, { displayName: 'Annat' })).status, 403);
  assert.equal((await call(empty, 'admin', 'PATCH', `/v1.0/groups/${unit}`, { displayName: 'Test – Enheten' })).status, 204);
  assert.equal((await call(empty, 'admin', 'GET', `/v1.0/groups/${unit}?$select=displayName`)).json.displayName, 'Test – Enheten');
  await call(empty, 'admin', 'PATCH', `/v1.0/groups/${unit}`, { displayName: 'Test – Enhet' });
  const members = await call(empty, 'admin', 'GET', `/v1.0/groups/${root}/members?$select=id`);
  assert.deepEqual(members.json.value, [{ '@odata.type': '#microsoft.graph.group', id: unit }]);
});

test('the app catalog: upload, list, deploy; a new version replaces the old and needs deploying again', async () => {
  const add = (version: string): Promise<{ status: number; json: any }> =>
    call(empty, 'admin', 'POST', "/sites/appcatalog/_api/web/tenantappcatalog/Add(overwrite=true,url='samverka.sppkg')", zip('AppManifest.xml', MANIFEST(version)));
  assert.equal((await add('1.0.0.0')).status, 200);
  let apps = (await call(empty, 'admin', 'GET', '/sites/appcatalog/_api/web/tenantappcatalog/AvailableApps')).json.value;
  assert.equal(apps.length, 1);
  assert.equal(apps[0].ProductId, 'db827069-6171-4be0-bb41-667bc2dccaa1');
  assert.equal(apps[0].Deployed, false);
  assert.equal((await call(empty, 'admin', 'POST', `/sites/appcatalog/_api/web/tenantappcatalog/AvailableApps/GetById('${apps[0].ID}')/Deploy(true)`)).status, 204);
  apps = (await call(empty, 'admin', 'GET', '/sites/appcatalog/_api/web/tenantappcatalog/AvailableApps')).json.value;
  assert.deepEqual([apps[0].Deployed, apps[0].AppCatalogVersion, apps[0].SkipDeploymentFeature], [true, '1.0.0.0', true]);
  await add('1.1.0.0');
  apps = (await call(empty, 'admin', 'GET', '/sites/appcatalog/_api/web/tenantappcatalog/AvailableApps')).json.value;
  assert.deepEqual([apps.length, apps[0].Deployed, apps[0].AppCatalogVersion], [1, false, '1.1.0.0']);
  const bad = await call(empty, 'admin', 'POST', "/sites/appcatalog/_api/web/tenantappcatalog/Add(overwrite=true,url='x.sppkg')", Buffer.from('not a zip'));
  assert.equal(bad.status, 400);
  assert.equal(readAppManifest(zip('AppManifest.xml', MANIFEST('2.0.0.0'))).version, '2.0.0.0');
});

test('tenant properties set on the app catalog are read from any site', async () => {
  assert.equal((await call(empty, 'admin', 'POST', '/sites/appcatalog/_api/web/SetStorageEntity', { key: 'Samverka.Test', value: '{"a":1}', description: 'd', comments: 'c' })).status, 200);
  const read = await call(empty, 'anna', 'GET', "/_api/web/GetStorageEntity('Samverka.Test')");
  assert.deepEqual([read.json.Value, read.json.Description, read.json.Comment], ['{"a":1}', 'd', 'c']);
});

test('a list or library at a Url of its own (ListCreationInformation): created there, refused when the Url is taken or not site-relative, owners only', async () => {
  await call(empty, 'admin', 'POST', '/_api/SPSiteManager/create', { request: { Title: 'Adress', Url: `${empty.url}/sites/adress` } });
  const s = '/sites/adress/_api/web';
  const add = (token: string, parameters: Record<string, unknown>): ReturnType<typeof call> => call(empty, token, 'POST', `${s}/lists/add`, { parameters });
  const created = await add('admin', { Title: 'Läsbekräftelser, sammanställning', Url: 'Lasbekraftelser-sammanstallning', TemplateType: 101, Description: 'Sammanställning', QuickLaunchOption: 0 });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  assert.equal(created.json.Title, 'Läsbekräftelser, sammanställning');
  const list = await call(empty, 'admin', 'GET', `${s}/lists/getByTitle('L%C3%A4sbekr%C3%A4ftelser%2C%20sammanst%C3%A4llning')?$select=BaseTemplate,Description`);
  assert.deepEqual([list.json.BaseTemplate, list.json.Description], [101, 'Sammanställning']);
  // The library's root folder is the Url given, not one made of the title.
  const file = await call(empty, 'admin', 'POST', `${s}/getFolderByServerRelativePath(decodedUrl='/sites/adress/Lasbekraftelser-sammanstallning')/files/AddUsingPath(decodedurl='a.json',Overwrite=true)`, Buffer.from('{}'));
  assert.equal(file.status, 200, JSON.stringify(file.json));
  assert.equal(file.json.ServerRelativeUrl, '/sites/adress/Lasbekraftelser-sammanstallning/a.json');
  // A list under Lists/.
  assert.equal((await add('admin', { Title: 'Lista', Url: 'Lists/Min-lista', TemplateType: 100 })).status, 201);
  assert.equal((await add('admin', { Title: 'Annan', Url: 'lasbekraftelser-sammanstallning', TemplateType: 101 })).status, 400, 'the Url is taken (any case)');
  assert.equal((await add('admin', { Title: 'Läsbekräftelser, sammanställning', Url: 'Annan', TemplateType: 101 })).status, 500, 'the title is taken');
  assert.equal((await add('admin', { Title: 'Djup', Url: 'a/b/c', TemplateType: 101 })).status, 400, 'not one level under the site');
  assert.equal((await add('admin', { Title: 'Tecken', Url: 'a:b', TemplateType: 101 })).status, 400, 'a character SharePoint does not allow');
  assert.equal((await add('admin', { Title: 'Länk', Url: 'Lank', TemplateType: 101, QuickLaunchOption: 7 })).status, 400);
  assert.equal((await add('anna', { Title: 'Anna', Url: 'Anna', TemplateType: 101 })).status, 403, 'only the site\'s owners create lists');
  // Without a Url: made of the title, as POST web/lists.
  assert.equal((await add('admin', { Title: 'Utan adress', TemplateType: 101 })).status, 201);
  const byTitle = await call(empty, 'admin', 'POST', `${s}/getFolderByServerRelativePath(decodedUrl='/sites/adress/Utanadress')/files/AddUsingPath(decodedurl='b.txt')`, Buffer.from('b'));
  assert.equal(byTitle.status, 200, JSON.stringify(byTitle.json));
});

test('columns, content types, field links, lists and list content types', async () => {
  await call(empty, 'admin', 'POST', '/_api/SPSiteManager/create', { request: { Title: 'Schema', Url: `${empty.url}/sites/schema` } });
  const s = '/sites/schema/_api/web';
  const xml = '<Field ID="{aaaaaaaa-0000-0000-0000-000000000001}" Name="SamverkaTest" DisplayName="Test" Type="Text" Group="Samverka" />';
  assert.equal((await call(empty, 'admin', 'POST', `${s}/fields/CreateFieldAsXml`, { parameters: { SchemaXml: xml } })).json.InternalName, 'SamverkaTest');
  const ct = await call(empty, 'admin', 'POST', `${s}/contenttypes`, { Id: { StringValue: '0x0100AAAA' }, Name: 'Test', Group: 'Samverka' });
  assert.equal(ct.status, 201);
  assert.equal((await call(empty, 'admin', 'POST', `${s}/contenttypes('0x0100AAAA')/fieldlinks`, { FieldInternalName: 'SamverkaTest' })).status, 201);
  const links = await call(empty, 'admin', 'GET', `${s}/contenttypes('0x0100AAAA')/fieldlinks?$select=Name`);
  assert.deepEqual(links.json.value.map((l: { Name: string }) => l.Name), ['Title', 'SamverkaTest']);
  assert.equal((await call(empty, 'admin', 'POST', `${s}/lists`, { Title: 'Prov', BaseTemplate: 100, ContentTypesEnabled: true })).status, 201);
  assert.equal((await call(empty, 'admin', 'POST', `${s}/lists`, { Title: 'Prov', BaseTemplate: 100 })).status, 500, 'a list with that title exists');
  assert.equal((await call(empty, 'admin', 'POST', `${s}/lists/getByTitle('Prov')/contenttypes/addAvailableContentType`, { contentTypeId: '0x0100AAAA' })).status, 200);
  const listTypes = await call(empty, 'admin', 'GET', `${s}/lists/getByTitle('Prov')/contenttypes?$select=StringId`);
  assert.match(listTypes.json.value[0].StringId, /^0x0100AAAA00[0-9A-F]{32}$/);
  const listFields = await call(empty, 'admin', 'GET', `${s}/lists/getByTitle('Prov')/fields?$select=InternalName`);
  assert.ok(listFields.json.value.some((f: { InternalName: string }) => f.InternalName === 'SamverkaTest'), 'the list has the content type\'s columns');
  assert.equal((await call(empty, 'admin', 'GET', `${s}/lists/getByTitle('Prov')/items`)).json.value.length, 0);
});
