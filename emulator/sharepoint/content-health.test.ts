import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/** Content health on the local tenant: review columns, permissions, MERGE updates, ensureUser and unpublish. */

const tenant = useTenant({ seed: 42, news: 600 });
const VETLANDA = "/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')";
const SELECT = '$select=Id,Title,FileRef,PromotedState,SamverkaOwnerId,SamverkaReviewDate,SamverkaExpires,Modified,OData__UIVersionString';
const MERGE = { 'x-http-method': 'MERGE', 'if-match': '*' };

async function allPages(token: string): Promise<Array<Record<string, any>>> {
  const r = await tenant.call(`${VETLANDA}/items?${SELECT},SamverkaOwner/Title,SamverkaOwner/EMail,SamverkaOwner/UserName&$expand=SamverkaOwner&$top=5000`, { token });
  assert.equal(r.status, 200, r.text);
  return r.json.value;
}

describe('seeded review columns', () => {
  test('pages have owners, review dates and expiry dates: some stale, some due, some fresh, some without owner', async () => {
    const pages = await allPages('johan');
    const seedDate = Date.parse('2026-11-28T00:00:00Z');
    const review = pages.map((p) => (p.SamverkaReviewDate ? Date.parse(p.SamverkaReviewDate) : NaN));
    assert.ok(review.filter((t) => t < seedDate).length > 20, 'past their review date');
    assert.ok(review.filter((t) => t >= seedDate && t < seedDate + 30 * 86400000).length > 5, 'due within 30 days');
    assert.ok(review.filter((t) => t >= seedDate + 30 * 86400000).length > 20, 'fresh');
    assert.ok(pages.filter((p) => p.SamverkaOwnerId === null).length > 3, 'without an owner');
    const owned = pages.find((p) => p.SamverkaOwner);
    assert.ok(owned.SamverkaOwner.EMail && owned.SamverkaOwner.Title);
    assert.ok(pages.some((p) => p.SamverkaExpires && Date.parse(p.SamverkaExpires) < seedDate), 'expired news');
  });

  test('a few owners have left: Graph says accountEnabled false', async () => {
    const pages = await allPages('johan');
    const owners = [...new Set(pages.filter((p) => p.SamverkaOwner).map((p) => p.SamverkaOwner.UserName as string))];
    const states = await Promise.all(owners.map(async (upn) => {
      const r = await tenant.call(`/v1.0/users/${encodeURIComponent(upn)}?$select=id,accountEnabled`, { token: 'johan' });
      assert.equal(r.status, 200);
      return r.json.accountEnabled as boolean;
    }));
    assert.ok(states.filter((s) => s === false).length >= 1, 'someone who left owns pages');
    assert.ok(states.filter((s) => s === true).length > 5);
  });

  test('expired news are not found by search; news without an expiry date are', async () => {
    const pages = await allPages('johan');
    const expired = pages.filter((p) => p.PromotedState === 2 && p.SamverkaExpires && Date.parse(p.SamverkaExpires) < Date.parse('2026-11-28T00:00:00Z'));
    const query = `PromotedState:2 AND Path:"${tenant.url}/sites/vetlanda" AND NOT SamverkaExpiresOWSDATE<2026-11-28`;
    const r = await tenant.call('/v1.0/search/query', { token: 'johan', body: { requests: [{ entityTypes: ['listItem'], query: { queryString: query }, fields: ['Path'], size: 500 }] } });
    assert.equal(r.status, 200);
    const found = new Set((r.json.value[0].hitsContainers[0].hits ?? []).map((h: any) => decodeURI(h.resource.fields.Path).replace(tenant.url, '').toLowerCase()));
    assert.ok(expired.length > 0);
    for (const page of expired) assert.ok(!found.has(page.FileRef.toLowerCase()), `${page.FileRef} expired`);
    assert.ok(found.size > 100);
  });
});

describe('effective permissions', () => {
  test('owners get Full Control, members Contribute, visitors Read, in SharePoint\'s High/Low shape', async () => {
    const johan = await tenant.call('/sites/vetlanda/_api/web/effectiveBasePermissions', { token: 'johan' });
    assert.equal(johan.status, 200);
    assert.deepEqual({ High: johan.json.High, Low: johan.json.Low }, { High: '2147483647', Low: '4294967295' });
    const sara = await tenant.call(`${VETLANDA}/EffectiveBasePermissions`, { token: 'sara' });
    assert.deepEqual({ High: sara.json.High, Low: sara.json.Low }, { High: '176', Low: '138612833' });
    assert.equal(Number(sara.json.Low) & 4, 0, 'no EditListItems');
    const verbose = await tenant.call('/sites/vetlanda/_api/web/effectiveBasePermissions', { token: 'sara', headers: { accept: 'application/json;odata=verbose' } });
    assert.equal(verbose.json.d.EffectiveBasePermissions.High, '176');
  });
});

describe('the list with the caller\'s permissions on it', () => {
  test('$select=EffectiveBasePermissions,ItemCount on a list gives both, per caller, in each JSON flavour; not selected, not sent', async () => {
    const url = `${VETLANDA}?$select=EffectiveBasePermissions,ItemCount`;
    const johan = await tenant.call(url, { token: 'johan' });
    assert.equal(johan.status, 200, johan.text);
    assert.deepEqual(johan.json.EffectiveBasePermissions, { High: '2147483647', Low: '4294967295' });
    const all = await tenant.call(`${VETLANDA}/items?$select=Id&$top=5000`, { token: 'johan' });
    assert.equal(johan.json.ItemCount, all.json.value.length);
    const sara = await tenant.call(url, { token: 'sara', headers: { accept: 'application/json;odata=nometadata' } });
    assert.deepEqual(sara.json, { EffectiveBasePermissions: { High: '176', Low: '138612833' }, ItemCount: johan.json.ItemCount });
    const verbose = await tenant.call(url, { token: 'sara', headers: { accept: 'application/json;odata=verbose' } });
    assert.equal(verbose.json.d.EffectiveBasePermissions.__metadata.type, 'SP.BasePermissions');
    assert.equal(verbose.json.d.EffectiveBasePermissions.Low, '138612833');
    const plain = await tenant.call(VETLANDA, { token: 'johan' });
    assert.equal(plain.status, 200);
    assert.equal('EffectiveBasePermissions' in plain.json, false);
    assert.equal((await tenant.call(VETLANDA, { token: 'anna' })).status, 403, 'no access to the site: no list');
  });
});

describe('writes', () => {
  test('MERGE updates the review date as an editor; Modified and Editor follow; a reader gets 403', async () => {
    const [page] = (await allPages('johan')).filter((p) => p.PromotedState === 2);
    const url = `${VETLANDA}/items(${page.Id})`;
    const denied = await tenant.call(url, { token: 'sara', method: 'POST', headers: MERGE, body: { SamverkaReviewDate: '2027-11-27T23:00:00Z' } });
    assert.equal(denied.status, 403);
    assert.equal(denied.json['odata.error'].code, '-2147024891, System.UnauthorizedAccessException');

    const done = await tenant.call(url, { token: 'johan', method: 'POST', headers: MERGE, body: { SamverkaReviewDate: '2027-11-27T23:00:00Z' } });
    assert.equal(done.status, 204, done.text);
    assert.match(done.headers.get('etag') ?? '', /^"\d+"$/);
    const after = await tenant.call(`${url}?$select=SamverkaReviewDate,Modified,EditorId`, { token: 'johan' });
    assert.equal(after.json.SamverkaReviewDate, '2027-11-27T23:00:00Z');
    assert.ok(Date.now() - Date.parse(after.json.Modified) < 60000);
    assert.equal(after.json['odata.etag'], done.headers.get('etag'));
  });

  test('bad updates: unknown or read-only fields, wrong types, unknown owners, a stale etag: 400 or 412', async () => {
    const url = `${VETLANDA}/items(3)`;
    const cases: Array<[Record<string, unknown>, number, Record<string, string>?]> = [
      [{ NoSuchField: 1 }, 400], [{ Created: '2020-01-01T00:00:00Z' }, 400], [{ SamverkaReviewDate: 'snart' }, 400],
      [{ SamverkaOwnerId: 999999 }, 400], [{ Title: 'x' }, 412, { 'x-http-method': 'MERGE', 'if-match': '"999"' }],
    ];
    for (const [body, status, headers] of cases) {
      const r = await tenant.call(url, { token: 'johan', method: 'POST', headers: headers ?? MERGE, body });
      assert.equal(r.status, status, JSON.stringify(body));
    }
    const noMerge = await tenant.call(url, { token: 'johan', method: 'POST', body: { Title: 'x' } });
    assert.equal(noMerge.status, 405);
  });

  test('ensureUser returns the site user for a claims login; hand-over sets SamverkaOwnerId', async () => {
    const r = await tenant.call('/sites/vetlanda/_api/web/ensureuser', { token: 'johan', body: { logonName: 'i:0#.f|membership|sara.nilsson@vetlanda.se' } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.Email, 'sara.nilsson@vetlanda.se');
    assert.equal((await tenant.call('/sites/vetlanda/_api/web/ensureuser', { token: 'johan', body: { logonName: 'nobody@vetlanda.se' } })).status, 404);
    assert.equal((await tenant.call('/sites/vetlanda/_api/web/ensureuser', { token: 'sara', body: { logonName: 'sara.nilsson@vetlanda.se' } })).status, 403);
    const handOver = await tenant.call(`${VETLANDA}/items(4)`, { token: 'johan', method: 'POST', headers: MERGE, body: { SamverkaOwnerId: r.json.Id } });
    assert.equal(handOver.status, 204);
    const after = await tenant.call(`${VETLANDA}/items(4)?$select=SamverkaOwner/EMail&$expand=SamverkaOwner`, { token: 'johan' });
    assert.equal(after.json.SamverkaOwner.EMail, 'sara.nilsson@vetlanda.se');
  });

  test('unpublish turns the page into a draft: readers and search lose it, editors still see it', async () => {
    const pages = (await allPages('johan')).filter((p) => p.PromotedState === 2);
    const page = pages[pages.length - 1];
    const path = `/_api/web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(page.FileRef)}')/unpublish(comment='Inaktuell')`;
    assert.equal((await tenant.call(`/sites/vetlanda${path}`, { token: 'sara', method: 'POST' })).status, 403);
    const r = await tenant.call(`/sites/vetlanda${path}`, { token: 'johan', method: 'POST' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json['odata.null'], true);
    assert.equal((await tenant.call(`${VETLANDA}/items(${page.Id})`, { token: 'sara' })).status, 404);
    const asEditor = await tenant.call(`${VETLANDA}/items(${page.Id})?$select=OData__UIVersionString`, { token: 'johan' });
    assert.match(asEditor.json.OData__UIVersionString, /^\d+\.1$/);
    const search = await tenant.call('/v1.0/search/query', { token: 'sara', body: { requests: [{ entityTypes: ['listItem'], query: { queryString: `Path:"${tenant.url}${page.FileRef}"` } }] } });
    assert.equal(search.json.value[0].hitsContainers[0].total, 0);
    assert.equal((await tenant.call(`/sites/vetlanda${path}`, { token: 'johan', method: 'POST' })).status, 400, 'a draft cannot be unpublished again');
  });

  test('writes inside a $batch changeset are answered 204 each', async () => {
    const batch = 'batch_1b2c';
    const changeset = 'changeset_3d4e';
    const part = (id: number): string => [
      `--${changeset}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${tenant.url}${VETLANDA}/items(${id}) HTTP/1.1`, 'Accept: application/json', 'Content-Type: application/json;charset=utf-8',
      'IF-Match: *', 'X-HTTP-Method: MERGE', '', JSON.stringify({ SamverkaReviewDate: '2027-11-27T23:00:00Z' }), '',
    ].join('\n');
    const body = [`--${batch}`, `Content-Type: multipart/mixed; boundary="${changeset}"`, '', '', part(5), part(6), `--${changeset}--`, '', `--${batch}--`, ''].join('\n');
    const r = await tenant.call('/sites/vetlanda/_api/$batch', { token: 'johan', method: 'POST', body, headers: { 'content-type': `multipart/mixed; boundary=${batch}` } });
    assert.equal(r.status, 200);
    assert.equal(r.text.match(/HTTP\/1\.1 204 No Content/g)?.length, 2, r.text);
  });
});
