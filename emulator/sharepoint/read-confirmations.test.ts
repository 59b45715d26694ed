import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';
import type { CallResult } from '../tenant-fixture.ts';

/**
 * Läs och bekräfta's rules: a list's own permission levels, item-level permissions (ReadSecurity,
 * WriteSecurity, and who overrides them), columns that enforce unique values, and that those two
 * do not combine. Each test makes a request the rule refuses and checks SharePoint's answer.
 */

const tenant = useTenant({ seed: 42, news: 60 });

const SHARED = '/sites/gemensamt/_api/web';
const CONFIRMATIONS = `${SHARED}/lists/getByTitle('L%C3%A4sbekr%C3%A4ftelser')`;
const PAGE = '18fac59b-e203-51e2-a016-568700849d8a/5444dc53-841b-5da0-a1a5-3223098da851';
const MERGE = { 'x-http-method': 'MERGE', 'if-match': '*' };

function confirmation(upn: string): Record<string, string> {
  return { SamverkaReader: upn, SamverkaPageBucket: `${PAGE}#0` };
}

async function ids(path: string, token: string): Promise<number[]> {
  const r = await tenant.call(`${path}/items?$select=Id&$top=5000`, { token });
  assert.equal(r.status, 200, r.text);
  return (r.json.value as Array<{ Id: number }>).map((i) => i.Id).sort((a, b) => a - b);
}

function assertError(r: CallResult, status: number, code: string): void {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json['odata.error'].code, code, r.text);
}

/** A scratch list on the shared site, made by its owner (the admin), that the Vetlanda root group may contribute to. */
async function scratchList(title: string, role = 1073741827): Promise<string> {
  assert.equal((await tenant.call(`${SHARED}/lists`, { token: 'admin', body: { Title: title, BaseTemplate: 100 } })).status, 201);
  const path = `${SHARED}/lists/getByTitle('${title}')`;
  assert.equal((await tenant.call(`${path}/breakroleinheritance(copyroleassignments=false, clearsubscopes=true)`, { token: 'admin', method: 'POST' })).status, 200);
  const config = JSON.parse((await tenant.call("/_api/web/GetStorageEntity('Samverka.TenantConfig')", { token: 'admin' })).json.Value);
  const vetlanda = config.municipalities.find((m: { id: string }) => m.id === 'vetlanda');
  const group = await tenant.call(`${SHARED}/ensureuser`, { token: 'admin', body: { logonName: `c:0t.c|tenant|${vetlanda.groups.root}` } });
  assert.equal((await tenant.call(`${path}/roleassignments/addroleassignment(principalid=${group.json.Id},roledefid=${role})`, { token: 'admin', method: 'POST' })).status, 200);
  return path;
}

describe('Läsbekräftelser, sammanställning: the editors\' summary library as setup leaves it', () => {
  const LIBRARY = `${SHARED}/lists/getByTitle('L%C3%A4sbekr%C3%A4ftelser%2C%20sammanst%C3%A4llning')`;
  const FOLDER = '/sites/gemensamt/Lasbekraftelser-sammanstallning';
  const FILE = `${SHARED}/getFileByServerRelativePath(decodedUrl='${FOLDER}/sammanstallning.json')`;
  const write = (token: string, text: string): Promise<CallResult> =>
    tenant.call(`${SHARED}/getFolderByServerRelativePath(decodedUrl='${FOLDER}')/files/AddUsingPath(decodedurl='sammanstallning.json',Overwrite=true)`, { token, body: text });

  test('is a document library out of search with its own roles: Contribute for each municipality\'s communicators, nothing for the readers', async () => {
    const library = await tenant.call(`${LIBRARY}?$select=BaseTemplate,NoCrawl,HasUniqueRoleAssignments`, { token: 'admin' });
    assert.equal(library.status, 200, library.text);
    assert.deepEqual([library.json.BaseTemplate, library.json.NoCrawl, library.json.HasUniqueRoleAssignments], [101, true, true]);
    const roles = await tenant.call(`${LIBRARY}/roleassignments?$expand=Member,RoleDefinitionBindings`, { token: 'admin' });
    const held = (roles.json.value as Array<{ Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> }>)
      .map((a) => `${a.Member.Title}: ${a.RoleDefinitionBindings.map((b) => b.Name).join(', ')}`).sort();
    assert.deepEqual(held, ['Eksjö – Kommunikation: Contribute', 'Sävsjö – Kommunikation: Contribute', 'Vetlanda – Kommunikation: Contribute']);
    // Sara reads the shared site (and confirms news) but not the library.
    assertError(await tenant.call(`${LIBRARY}/items`, { token: 'sara' }), 403, '-2147024891, System.UnauthorizedAccessException');
  });

  test('a communicator adds, overwrites, reads and deletes the file; a reader neither reads, writes nor deletes it', async () => {
    assertError(await tenant.call(`${FILE}/$value`, { token: 'johan' }), 404, '-2130575338, Microsoft.SharePoint.SPException');
    const added = await write('johan', '{"upTo":1}');
    assert.equal(added.status, 200, added.text);
    assert.equal(added.json.ServerRelativeUrl, `${FOLDER}/sammanstallning.json`);
    assert.equal((await write('johan', '{"upTo":2}')).status, 200, 'Overwrite=true replaces it');
    const read = await tenant.call(`${FILE}/$value`, { token: 'johan' });
    assert.equal(read.status, 200);
    assert.equal(read.text, '{"upTo":2}');
    for (const reader of ['sara', 'erik']) {
      assertError(await tenant.call(`${FILE}/$value`, { token: reader }), 404, '-2130575338, Microsoft.SharePoint.SPException');
      assertError(await write(reader, '{"upTo":0}'), 403, '-2147024891, System.UnauthorizedAccessException');
      assert.equal((await tenant.call(FILE, { token: reader, method: 'POST', headers: { 'x-http-method': 'DELETE' } })).status, 404, `${reader} cannot see the file to delete it`);
    }
    assert.equal((await tenant.call(`${FILE}/$value`, { token: 'johan' })).text, '{"upTo":2}', 'what the readers tried changed nothing');
    // What retention does before it removes confirmations, and if it cannot write a new summary after (setup/confirmationRetention.ts): the file is gone, a second delete finds none.
    assert.equal((await tenant.call(FILE, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'DELETE', 'if-match': '*' } })).status, 200);
    assertError(await tenant.call(`${FILE}/$value`, { token: 'johan' }), 404, '-2130575338, Microsoft.SharePoint.SPException');
    assertError(await tenant.call(FILE, { token: 'admin', method: 'POST', headers: { 'x-http-method': 'DELETE' } }), 404, '-2130575338, Microsoft.SharePoint.SPException');
  });
});

describe('Läsbekräftelser: the list as setup leaves it', () => {
  test('has item-level permissions, stays out of search and has its own roles: readers add, editors read all', async () => {
    const list = await tenant.call(`${CONFIRMATIONS}?$select=ReadSecurity,WriteSecurity,NoCrawl,HasUniqueRoleAssignments`, { token: 'sara' });
    assert.equal(list.status, 200, list.text);
    assert.deepEqual([list.json.ReadSecurity, list.json.WriteSecurity, list.json.NoCrawl, list.json.HasUniqueRoleAssignments], [2, 2, true, true]);
    const low = async (token: string): Promise<number> => Number((await tenant.call(`${CONFIRMATIONS}/EffectiveBasePermissions`, { token })).json.Low);
    const sara = await low('sara');
    assert.equal(sara & 0x3, 0x3, 'view and add');
    assert.equal(sara & 0x10c, 0, 'no edit, delete or override');
    assert.equal((await low('johan')) & 0x103, 0x103, 'the editor views, adds and overrides list behaviors');
    const roles = await tenant.call(`${CONFIRMATIONS}/roleassignments?$expand=Member,RoleDefinitionBindings`, { token: 'admin' });
    const names = new Set((roles.json.value as Array<{ RoleDefinitionBindings: Array<{ Name: string }> }>).flatMap((a) => a.RoleDefinitionBindings.map((b) => b.Name)));
    assert.deepEqual([...names].sort(), ['Samverka – bekräfta läsning', 'Samverka – se läsbekräftelser'], 'readers, editors; the site owner keeps Full Control as site admin');
  });

  test('ReadSecurity 2: a reader reads only their own items (another\'s is 404); an editor and the site owner read all', async () => {
    const per = await tenant.call(`${CONFIRMATIONS}/items`, { token: 'per', body: confirmation('per.sandberg@vetlanda.se') });
    assert.equal(per.status, 201, per.text);
    const sara = await tenant.call(`${CONFIRMATIONS}/items`, { token: 'sara', body: confirmation('sara.nilsson@vetlanda.se') });
    assert.equal(sara.status, 201, sara.text);
    assert.deepEqual(await ids(CONFIRMATIONS, 'sara'), [sara.json.Id]);
    assert.deepEqual(await ids(CONFIRMATIONS, 'per'), [per.json.Id]);
    assertError(await tenant.call(`${CONFIRMATIONS}/items(${per.json.Id})`, { token: 'sara' }), 404, '-2147024809, System.ArgumentException');
    // A filter does not reach past it either.
    const filtered = await tenant.call(`${CONFIRMATIONS}/items?$select=Id&$filter=SamverkaReader eq 'per.sandberg@vetlanda.se'`, { token: 'sara' });
    assert.deepEqual(filtered.json.value, []);
    for (const token of ['johan', 'admin']) {
      const all = await ids(CONFIRMATIONS, token);
      assert.ok(all.includes(per.json.Id) && all.includes(sara.json.Id), token);
    }
    assert.equal((await tenant.call(`${CONFIRMATIONS}/items(${per.json.Id})`, { token: 'johan' })).status, 200);
  });

  test('the readers\' level adds and never edits: no one but the owner changes or removes a confirmation', async () => {
    const per = await tenant.call(`${CONFIRMATIONS}/items`, { token: 'per', body: confirmation('per.sandberg@vetlanda.se') });
    const item = `${CONFIRMATIONS}/items(${per.json.Id})`;
    const change = { SamverkaReader: 'sara.nilsson@vetlanda.se' };
    for (const token of ['sara', 'per', 'johan']) {
      assertError(await tenant.call(item, { token, body: change, headers: MERGE }), 403, '-2147024891, System.UnauthorizedAccessException');
      assertError(await tenant.call(`${item}/recycle`, { token, method: 'POST' }), token === 'sara' ? 404 : 403, token === 'sara' ? '-2130575338, Microsoft.SharePoint.SPException' : '-2147024891, System.UnauthorizedAccessException');
      assertError(await tenant.call(item, { token, method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } }), 403, '-2147024891, System.UnauthorizedAccessException');
    }
    const after = await tenant.call(`${item}?$select=SamverkaReader`, { token: 'per' });
    assert.equal(after.json.SamverkaReader, 'per.sandberg@vetlanda.se');
    // The site owner (Full Control) may: a retention clean-up runs as the admin.
    assert.equal((await tenant.call(item, { token: 'admin', body: change, headers: MERGE })).status, 204);
  });
});

describe('a list\'s own permissions and item-level security', () => {
  test('WriteSecurity 2: a reader who may edit changes only the items they created', async () => {
    const list = await scratchList('Skrivsakerhet');
    assert.equal((await tenant.call(list, { token: 'admin', body: { WriteSecurity: 2 }, headers: MERGE })).status, 204);
    const per = await tenant.call(`${list}/items`, { token: 'per', body: { Title: 'Pers' } });
    assert.equal(per.status, 201, per.text);
    // Sara sees it (ReadSecurity 1) but may not change it.
    assert.equal((await tenant.call(`${list}/items(${per.json.Id})`, { token: 'sara' })).status, 200);
    assertError(await tenant.call(`${list}/items(${per.json.Id})`, { token: 'sara', body: { Title: 'Saras nu' }, headers: MERGE }), 403, '-2147024891, System.UnauthorizedAccessException');
    assert.equal((await tenant.call(`${list}/items(${per.json.Id})`, { token: 'per', body: { Title: 'Pers, ändrad' }, headers: MERGE })).status, 204);
  });

  test('only owners break inheritance and give levels; a list that inherits refuses an assignment; no level on the list, no access', async () => {
    assertError(await tenant.call(`${SHARED}/lists/getByTitle('Erbjudanden')/breakroleinheritance(copyroleassignments=true)`, { token: 'sara', method: 'POST' }), 403, '-2147024891, System.UnauthorizedAccessException');
    assertError(await tenant.call(`${SHARED}/lists/getByTitle('Erbjudanden')/roleassignments/addroleassignment(principalid=10,roledefid=1073741827)`, { token: 'admin', method: 'POST' }), 400, '-2146232832, Microsoft.SharePoint.SPException');
    assert.equal((await tenant.call(`${SHARED}/lists`, { token: 'admin', body: { Title: 'Stangd', BaseTemplate: 100 } })).status, 201);
    const closed = `${SHARED}/lists/getByTitle('Stangd')`;
    assert.equal((await tenant.call(`${closed}/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`, { token: 'admin', method: 'POST' })).status, 200);
    assertError(await tenant.call(`${closed}/items`, { token: 'sara' }), 403, '-2147024891, System.UnauthorizedAccessException');
    assertError(await tenant.call(`${closed}/items`, { token: 'sara', body: { Title: 'x' } }), 403, '-2147024891, System.UnauthorizedAccessException');
    assert.equal((await tenant.call(`${closed}/items`, { token: 'admin' })).status, 200, 'the site owner keeps Full Control');
  });

  test('a new permission level needs a name and a mask, once per name; only owners add one', async () => {
    const level = { Name: 'Bara läsa och lägga till', Description: '', Order: 200, BasePermissions: { High: '176', Low: '138612835' } };
    assertError(await tenant.call(`${SHARED}/roledefinitions`, { token: 'johan', body: level }), 403, '-2147024891, System.UnauthorizedAccessException');
    const created = await tenant.call(`${SHARED}/roledefinitions`, { token: 'admin', body: level });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.BasePermissions.Low, '138612835');
    assert.equal((await tenant.call(`${SHARED}/roledefinitions`, { token: 'admin', body: level })).status, 400);
    assert.equal((await tenant.call(`${SHARED}/roledefinitions`, { token: 'admin', body: { Name: 'Utan mask' } })).status, 400);
  });
});

describe('columns that enforce unique values', () => {
  test('a duplicate add or update is refused with SharePoint\'s SPDuplicateValuesFoundException, whatever the case', async () => {
    const list = await scratchList('Unika');
    const title = `${list}/fields/getByInternalNameOrTitle('Title')`;
    // Unique values need an index.
    assert.equal((await tenant.call(title, { token: 'admin', body: { EnforceUniqueValues: true }, headers: MERGE })).status, 400);
    assert.equal((await tenant.call(title, { token: 'admin', body: { Indexed: true, EnforceUniqueValues: true }, headers: MERGE })).status, 204);
    assert.equal((await tenant.call(`${title}?$select=EnforceUniqueValues,Indexed`, { token: 'admin' })).json.EnforceUniqueValues, true);
    const first = await tenant.call(`${list}/items`, { token: 'per', body: { Title: 'per|sida-1' } });
    assert.equal(first.status, 201, first.text);
    const again = await tenant.call(`${list}/items`, { token: 'sara', body: { Title: 'PER|Sida-1' } });
    assertError(again, 400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    assert.equal(again.json['odata.error'].message.value, 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.');
    const other = await tenant.call(`${list}/items`, { token: 'sara', body: { Title: 'sara|sida-1' } });
    assert.equal(other.status, 201);
    assertError(await tenant.call(`${list}/items(${other.json.Id})`, { token: 'sara', body: { Title: 'per|sida-1' }, headers: MERGE }), 400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    assert.deepEqual((await ids(list, 'admin')).length, 2);
  });

  test('cannot be combined with "read only your own items", either way round', async () => {
    const list = await scratchList('Unika2');
    const title = `${list}/fields/getByInternalNameOrTitle('Title')`;
    assert.equal((await tenant.call(title, { token: 'admin', body: { Indexed: true, EnforceUniqueValues: true }, headers: MERGE })).status, 204);
    assertError(await tenant.call(list, { token: 'admin', body: { ReadSecurity: 2 }, headers: MERGE }), 400, '-2146232832, Microsoft.SharePoint.SPException');
    assert.equal((await tenant.call(`${list}?$select=ReadSecurity`, { token: 'admin' })).json.ReadSecurity, 1);
    const reader = `${CONFIRMATIONS}/fields/getByInternalNameOrTitle('SamverkaReader')`;
    assertError(await tenant.call(reader, { token: 'admin', body: { Indexed: true, EnforceUniqueValues: true }, headers: MERGE }), 400, '-2146232832, Microsoft.SharePoint.SPException');
  });
});

describe('must-read news in search', () => {
  async function mustRead(token: string, query: string): Promise<Array<Record<string, string>>> {
    const r = await tenant.call('/v1.0/search/query', {
      token,
      body: { requests: [{ entityTypes: ['listItem'], query: { queryString: query }, fields: ['Title', 'SamverkaMustReadOWSBOOL', 'SamverkaReadByOWSDATE', 'SiteId', 'UniqueId'], size: 50 }] },
    });
    assert.equal(r.status, 200, r.text);
    return (r.json.value[0].hitsContainers[0].hits ?? []).map((h: { resource: { fields: Record<string, string> } }) => h.resource.fields);
  }

  /** The must-read query of the product (src/core/newsKql.ts, buildMustReadKql) for a person's groups: audiences are in the query, not security. */
  async function forMe(token: string): Promise<Array<Record<string, string>>> {
    const groups = await tenant.call('/v1.0/me/transitiveMemberOf/microsoft.graph.group?$select=id&$top=999', { token });
    const audiences = (groups.json.value as Array<{ id: string }>).map((g) => `ModernAudienceAadObjectIds:${g.id}`);
    return mustRead(token, `PromotedState:2 AND SamverkaMustReadOWSBOOL:1 AND (${audiences.join(' OR ')} OR NOT IsAudienceTargeted:true)`);
  }

  test('SamverkaMustReadOWSBOOL is "1" (`:1` finds it, `:true` does not) with the read-by date; Per finds Vetlanda\'s managers\' item, Sara does not', async () => {
    const per = await forMe('per');
    const managers = per.find((f) => f.Title === 'Chefsinformation: budgetuppföljning för november');
    assert.ok(managers, JSON.stringify(per.map((f) => f.Title)));
    assert.equal(managers!.SamverkaMustReadOWSBOOL, '1');
    assert.equal(managers!.SamverkaReadByOWSDATE, '2026-12-03T23:00:00Z');
    assert.match(managers!.UniqueId, /^[0-9a-f-]{36}$/);
    assert.ok(per.some((f) => f.Title.startsWith('Lön: ändrade datum')), 'all staff of Sävsjö and Vetlanda');
    const sara = await forMe('sara');
    assert.ok(!sara.some((f) => f.Title === managers!.Title));
    assert.ok(sara.some((f) => f.Title.startsWith('Lön: ändrade datum')));
    // Not must-read: the other news of the hub are not found.
    assert.ok(!per.some((f) => f.Title === 'Vetlanda: ljusfest på Stora torget'));
    assert.deepEqual(await mustRead('per', 'PromotedState:2 AND SamverkaMustReadOWSBOOL:true'), []);
  });
});
