import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/**
 * Audience targeting as SharePoint Online keeps it: the audience is the target user field, the
 * Entra ids are computed from it, a direct write of them is refused, and a news link saved as a
 * draft is seen by no reader until it is published.
 */

const tenant = useTenant({ seed: 42, news: 200 });
const SITE = '/sites/vetlanda';
const REPOSTS = `${SITE}/_api/sitepages/pages/reposts`;
const ITEMS = `${SITE}/_api/web/lists/getByTitle('Site%20Pages')/items`;
const MERGE = { 'x-http-method': 'MERGE', 'if-match': '*' };

function group(mailNickname: string): { id: string; spId: number } {
  return tenant.running.tenant.store.groups().find((g) => g.mailNickname === mailNickname)!;
}

async function newsLink(title: string, draft: boolean): Promise<number> {
  const r = await tenant.call(REPOSTS, { token: 'johan', body: { Title: title, OriginalSourceUrl: `${tenant.url}/sites/savsjo/SitePages/${encodeURIComponent(title)}.aspx`, ShouldSaveAsDraft: draft } });
  assert.equal(r.status, 201, r.text);
  return r.json.Id;
}

async function audienceOf(id: number): Promise<{ ids: string[]; principals: number[] }> {
  const r = await tenant.call(`${ITEMS}(${id})?$select=OData__ModernAudienceAadObjectIds,OData__ModernAudienceTargetUserFieldId`, { token: 'johan' });
  assert.equal(r.status, 200, r.text);
  return { ids: r.json.OData__ModernAudienceAadObjectIds, principals: r.json.OData__ModernAudienceTargetUserFieldId };
}

/** The search index's audience of a page, found by its title (as johan, an editor who reads Vetlanda). */
async function indexed(title: string, token = 'johan'): Promise<Array<Record<string, unknown>>> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const s = await tenant.call('/v1.0/search/query', { token, body: { requests: [{ entityTypes: ['listItem'], query: { queryString: `"${title}"` }, fields: ['Title', 'ModernAudienceAadObjectIds', 'IsAudienceTargeted'], size: 5 }] } });
  assert.equal(s.status, 200, s.text);
  return (s.json.value[0].hitsContainers[0].hits ?? []).map((h: any) => h.resource.fields).filter((f: any) => f.title === title || f.Title === title);
}

describe('audience of a page', () => {
  test('a direct write of OData__ModernAudienceAadObjectIds is refused (400) and never retargets the page', async () => {
    const id = await newsLink('Direktskrivning', false);
    const managers = group('vetlanda-chefer');
    const m = await tenant.call(`${ITEMS}(${id})`, { token: 'johan', headers: MERGE, body: { OData__ModernAudienceAadObjectIds: [managers.id] } });
    assert.equal(m.status, 400, m.text);
    assert.match(m.text, /read-only/);
    assert.deepEqual((await audienceOf(id)).ids, []);
    // Search indexes the page as untargeted: the write changed nothing.
    const hits = await indexed('Direktskrivning');
    assert.equal(hits.length, 1);
    assert.notEqual(hits[0].isAudienceTargeted ?? hits[0].IsAudienceTargeted, true);
  });

  test('ensureuser of a group claim gives the principal; writing it to the target user field sets the computed ids and the index', async () => {
    const id = await newsLink('Till chefer i Vetlanda', false);
    const managers = group('vetlanda-chefer');
    const user = await tenant.call(`${SITE}/_api/web/ensureuser`, { token: 'johan', body: { logonName: `c:0t.c|tenant|${managers.id}` } });
    assert.equal(user.status, 200, user.text);
    assert.equal(user.json.PrincipalType, 4);
    assert.equal(user.json.Id, managers.spId);
    const m = await tenant.call(`${ITEMS}(${id})`, { token: 'johan', headers: MERGE, body: { OData__ModernAudienceTargetUserFieldId: [user.json.Id] } });
    assert.equal(m.status, 204, m.text);
    assert.deepEqual(await audienceOf(id), { ids: [managers.id], principals: [managers.spId] });
    const hits = await indexed('Till chefer i Vetlanda');
    assert.equal(hits.length, 1);
    const ids = hits[0].modernAudienceAadObjectIds ?? hits[0].ModernAudienceAadObjectIds;
    assert.match(String(ids), new RegExp(managers.id));
    assert.equal(String(hits[0].isAudienceTargeted ?? hits[0].IsAudienceTargeted), 'true');
    // Clearing the field makes the page untargeted again.
    const cleared = await tenant.call(`${ITEMS}(${id})`, { token: 'johan', headers: MERGE, body: { OData__ModernAudienceTargetUserFieldId: { results: [] } } });
    assert.equal(cleared.status, 204, cleared.text);
    assert.deepEqual((await audienceOf(id)).ids, []);
  });

  test('the target user field expands to its principals, as a multi-user field does: their titles and claims, an array ({results} in verbose)', async () => {
    const id = await newsLink('Till chefer och alla i Vetlanda', false);
    const fields = `${ITEMS}(${id})?$select=Id,OData__ModernAudienceTargetUserField/Title,OData__ModernAudienceTargetUserField/Name&$expand=OData__ModernAudienceTargetUserField`;
    // Untargeted: an empty collection, not null.
    const empty = await tenant.call(fields, { token: 'johan' });
    assert.equal(empty.status, 200, empty.text);
    assert.deepEqual(empty.json.OData__ModernAudienceTargetUserField, []);

    const wanted = [group('vetlanda-chefer'), group('vetlanda-alla-medarbetare')];
    const principals: number[] = [];
    for (const g of wanted) {
      const user = await tenant.call(`${SITE}/_api/web/ensureuser`, { token: 'johan', body: { logonName: `c:0t.c|tenant|${g.id}` } });
      assert.equal(user.status, 200, user.text);
      principals.push(user.json.Id);
    }
    assert.equal((await tenant.call(`${ITEMS}(${id})`, { token: 'johan', headers: MERGE, body: { OData__ModernAudienceTargetUserFieldId: principals } })).status, 204);

    const r = await tenant.call(fields, { token: 'johan' });
    assert.equal(r.status, 200, r.text);
    const expanded = r.json.OData__ModernAudienceTargetUserField as Array<Record<string, unknown>>;
    assert.deepEqual(expanded.map((p) => ({ Title: p.Title, Name: p.Name })), wanted.map((g) => ({ Title: tenant.running.tenant.store.groups().find((x) => x.id === g.id)!.displayName, Name: `c:0t.c|tenant|${g.id}` })));
    assert.equal(expanded[0]['odata.type'], 'SP.Data.UserInfoItem');
    assert.equal('Id' in expanded[0], false, 'only the sub-fields selected');

    const verbose = await tenant.call(fields, { token: 'johan', headers: { accept: 'application/json;odata=verbose' } });
    assert.equal(verbose.status, 200, verbose.text);
    assert.deepEqual(verbose.json.d.OData__ModernAudienceTargetUserField.results.map((p: Record<string, unknown>) => p.Name), wanted.map((g) => `c:0t.c|tenant|${g.id}`));
    const plain = await tenant.call(fields, { token: 'johan', headers: { accept: 'application/json;odata=nometadata' } });
    assert.deepEqual(plain.json.OData__ModernAudienceTargetUserField, wanted.map((g) => ({ Title: tenant.running.tenant.store.groups().find((x) => x.id === g.id)!.displayName, Name: `c:0t.c|tenant|${g.id}` })));

    // As for other user fields: its sub-fields need $expand; a multi-user field is not a filter or sort key here.
    assert.equal((await tenant.call(`${ITEMS}(${id})?$select=OData__ModernAudienceTargetUserField/Name`, { token: 'johan' })).status, 400);
    assert.equal((await tenant.call(`${ITEMS}?$select=Id&$expand=OData__ModernAudienceTargetUserField&$filter=OData__ModernAudienceTargetUserField/Name eq 'x'`, { token: 'johan' })).status, 400);
    assert.equal((await tenant.call(`${ITEMS}?$select=Id&$expand=OData__ModernAudienceTargetUserField&$orderby=OData__ModernAudienceTargetUserField/Title`, { token: 'johan' })).status, 400);
  });

  test('a principal id of nobody, of a group not ensured on the site, or ids that are not numbers, are 400; a reader may not ensure a group', async () => {
    const id = await newsLink('Felaktig publik', false);
    assert.equal((await tenant.call(`${ITEMS}(${id})`, { token: 'johan', headers: MERGE, body: { OData__ModernAudienceTargetUserFieldId: [987654] } })).status, 400);
    assert.equal((await tenant.call(`${ITEMS}(${id})`, { token: 'johan', headers: MERGE, body: { OData__ModernAudienceTargetUserFieldId: ['x'] } })).status, 400);
    // A group of the tenant that was never ensured on this site is not one of its principals.
    const stranger = group('eksjo-chefer');
    assert.equal((await tenant.call(`${ITEMS}(${id})`, { token: 'johan', headers: MERGE, body: { OData__ModernAudienceTargetUserFieldId: [stranger.spId] } })).status, 400);
    assert.equal((await tenant.call(`${SITE}/_api/web/ensureuser`, { token: 'johan', body: { logonName: `c:0t.c|tenant|${stranger.id}` } })).status, 200);
    assert.equal((await tenant.call(`${ITEMS}(${id})`, { token: 'johan', headers: MERGE, body: { OData__ModernAudienceTargetUserFieldId: [stranger.spId] } })).status, 204);
    const r = await tenant.call(`${SITE}/_api/web/ensureuser`, { token: 'sara', body: { logonName: `c:0t.c|tenant|${group('vetlanda-chefer').id}` } });
    assert.equal(r.status, 403, r.text);
  });
});

describe('a news link saved as a draft', () => {
  test('is seen by no reader (REST and search) until it is published; only an editor may publish it', async () => {
    const id = await newsLink('Utkast till nyhetslänk', true);
    const reader = await tenant.call(`${ITEMS}?$select=Id&$filter=Id eq ${id}`, { token: 'sara' });
    assert.equal(reader.status, 200, reader.text);
    assert.equal(reader.json.value.length, 0);
    assert.equal((await tenant.call(`${ITEMS}(${id})`, { token: 'sara' })).status, 404);
    assert.equal((await indexed('Utkast till nyhetslänk', 'sara')).length, 0);
    // The editor sees the draft.
    const own = await tenant.call(`${ITEMS}(${id})?$select=Id,OData__UIVersionString,FirstPublishedDate`, { token: 'johan' });
    assert.equal(own.json.OData__UIVersionString, '0.1');
    assert.equal(own.json.FirstPublishedDate, null);

    assert.equal((await tenant.call(`${SITE}/_api/sitepages/pages(${id})/publish`, { token: 'sara', method: 'POST' })).status, 403);
    const p = await tenant.call(`${SITE}/_api/sitepages/pages(${id})/publish`, { token: 'johan', method: 'POST' });
    assert.equal(p.status, 200, p.text);
    assert.equal(p.json.value, true);
    const seen = await tenant.call(`${ITEMS}(${id})?$select=Id,OData__UIVersionString,FirstPublishedDate`, { token: 'sara' });
    assert.equal(seen.status, 200, seen.text);
    assert.equal(seen.json.OData__UIVersionString, '1.0');
    assert.ok(seen.json.FirstPublishedDate);
    assert.equal((await indexed('Utkast till nyhetslänk', 'sara')).length, 1);
    assert.equal((await tenant.call(`${SITE}/_api/sitepages/pages(999999)/publish`, { token: 'johan', method: 'POST' })).status, 404);
  });

  test('an editor deletes a draft (X-HTTP-Method: DELETE); a reader may not', async () => {
    const id = await newsLink('Utkast som tas bort', true);
    const del = { 'x-http-method': 'DELETE', 'if-match': '*' };
    assert.equal((await tenant.call(`${ITEMS}(${id})`, { token: 'sara', method: 'POST', headers: del })).status, 403);
    const r = await tenant.call(`${ITEMS}(${id})`, { token: 'johan', method: 'POST', headers: del });
    assert.equal(r.status, 200, r.text);
    assert.equal((await tenant.call(`${ITEMS}(${id})`, { token: 'johan' })).status, 404);
  });
});
