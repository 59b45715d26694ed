import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';
import { FACT_NEWS } from '../seed/facts.ts';

/** SharePoint REST over HTTP: authentication, permissions, errors, list items and $batch. */

const tenant = useTenant({ seed: 42, news: 600 });
const ITEMS = "/sites/eksjo/_api/web/lists/getByTitle('Site%20Pages')/items";

describe('who may call', () => {
  test('401 without a token or with an unknown one, in SharePoint shape', async () => {
    for (const token of [undefined, 'mallory']) {
      const r = await tenant.call('/sites/eksjo/_api/web', { token });
      assert.equal(r.status, 401);
      assert.equal(r.json['odata.error'].code, '-2147024891, System.UnauthorizedAccessException');
      assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer /);
    }
  });

  test('a persona by key or any user by upn:', async () => {
    assert.equal((await tenant.call('/sites/eksjo/_api/web', { token: 'anna' })).status, 200);
    assert.equal((await tenant.call('/sites/eksjo/_api/web', { token: 'ANNA' })).status, 200);
    assert.equal((await tenant.call('/sites/eksjo/_api/web', { token: 'upn:erik.johansson@eksjo.se' })).status, 200);
  });

  test('403 on a site the caller cannot read, 404 for a site that does not exist', async () => {
    const forbidden = await tenant.call('/sites/vetlanda/_api/web', { token: 'anna' });
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.json['odata.error'].code, '-2147024891, System.UnauthorizedAccessException');
    assert.equal((await tenant.call(`/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')/items`, { token: 'anna' })).status, 403);
    assert.equal((await tenant.call('/sites/vetlanda/_api/web', { token: 'maria' })).status, 200, 'maria reads both of her hubs');
    assert.equal((await tenant.call('/sites/savsjo/_api/web', { token: 'maria' })).status, 200);
    assert.equal((await tenant.call('/sites/nowhere/_api/web', { token: 'anna' })).status, 404);
    const verbose = await tenant.call('/sites/vetlanda/_api/web', { token: 'anna', headers: { accept: 'application/json;odata=verbose' } });
    assert.equal(verbose.json.error.code, '-2147024891, System.UnauthorizedAccessException', 'verbose errors are {"error": ...}');
  });
});

describe('web, tenant properties and digest', () => {
  test('the web, whole and with $select', async () => {
    const web = await tenant.call('/sites/eksjo/_api/web', { token: 'anna' });
    assert.equal(web.json.Title, 'Eksjö kommun');
    assert.equal(web.json.ServerRelativeUrl, '/sites/eksjo');
    assert.equal(web.json.Url, `${tenant.url}/sites/eksjo`);
    assert.equal(web.json['odata.type'], 'SP.Web');
    const selected = await tenant.call('/_api/web?$select=Title,ServerRelativeUrl', { token: 'anna' });
    assert.deepEqual(Object.keys(selected.json).filter((k) => !k.startsWith('odata.')), ['Title', 'ServerRelativeUrl']);
    assert.equal(selected.json.ServerRelativeUrl, '/');
    assert.equal((await tenant.call('/_api/web?$select=Nope', { token: 'anna' })).status, 400);
  });

  test('the site collection: its id (SPFx\'s pageContext.site.id, search\'s SiteId), one per site', async () => {
    const eksjo = await tenant.call('/sites/eksjo/_api/site?$select=Id,ServerRelativeUrl', { token: 'anna' });
    assert.equal(eksjo.status, 200, eksjo.text);
    assert.equal(eksjo.json['odata.type'], 'SP.Site');
    assert.match(eksjo.json.Id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(eksjo.json.ServerRelativeUrl, '/sites/eksjo');
    const root = await tenant.call('/_api/site?$select=Id', { token: 'anna' });
    assert.notEqual(root.json.Id, eksjo.json.Id);
    assert.notEqual(eksjo.json.Id, (await tenant.call('/sites/eksjo/_api/web?$select=Id', { token: 'anna' })).json.Id, 'the site is not its root web');
    assert.equal((await tenant.call('/sites/vetlanda/_api/site', { token: 'anna' })).status, 403, 'read permission first');
  });

  test('an item\'s UniqueId, only when $select names it', async () => {
    const items = "/sites/eksjo/_api/web/lists/getByTitle('Site%20Pages')/items";
    const selected = await tenant.call(`${items}?$select=Id,UniqueId&$top=2`, { token: 'anna' });
    assert.equal(selected.status, 200, selected.text);
    const [a, b] = selected.json.value;
    assert.match(a.UniqueId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.notEqual(a.UniqueId, b.UniqueId);
    const one = await tenant.call(`${items}(${a.Id})?$select=UniqueId`, { token: 'anna' });
    assert.equal(one.json.UniqueId, a.UniqueId);
    assert.equal('UniqueId' in (await tenant.call(`${items}?$top=1`, { token: 'anna' })).json.value[0], false);
  });

  test('GetStorageEntity returns the tenant configuration, and odata.null for a missing key', async () => {
    const r = await tenant.call("/_api/web/GetStorageEntity('Samverka.TenantConfig')", { token: 'sara' });
    assert.equal(r.status, 200);
    const config = JSON.parse(r.json.Value);
    assert.equal(config.municipalities.length, 3);
    assert.equal(r.json.Comment, '');
    const missing = await tenant.call("/sites/eksjo/_api/web/GetStorageEntity('Nope')", { token: 'anna' });
    assert.equal(missing.json['odata.null'], true);
  });

  test('contextinfo gives a form digest, in both JSON flavours', async () => {
    const minimal = await tenant.call('/sites/eksjo/_api/contextinfo', { token: 'anna', method: 'POST' });
    assert.equal(minimal.json.FormDigestTimeoutSeconds, 1800);
    assert.match(minimal.json.FormDigestValue, /^0x[0-9A-F]+,/);
    assert.equal(minimal.json.WebFullUrl, `${tenant.url}/sites/eksjo`);
    const verbose = await tenant.call('/sites/eksjo/_api/contextinfo', { token: 'anna', method: 'POST', headers: { accept: 'application/json;odata=verbose' } });
    assert.deepEqual(verbose.json.d.GetContextWebInformation.SupportedSchemaVersions.results, ['14.0.0.0', '15.0.0.0']);
    assert.equal((await tenant.call('/sites/eksjo/_api/contextinfo', { token: 'anna' })).status, 405, 'GET is not allowed');
  });
});

describe('list items', () => {
  const newsQuery = `${ITEMS}?$select=Id,Title,FirstPublishedDate,BannerImageUrl,OData__ModernAudienceAadObjectIds,SamverkaBoostUntil,Author/Title&$expand=Author&$filter=PromotedState eq 2&$orderby=FirstPublishedDate desc&$top=25`;

  test('news of a hub, newest first, with the fields of the wire contract', async () => {
    const r = await tenant.call(newsQuery, { token: 'erik' });
    assert.equal(r.status, 200);
    assert.equal(r.json.value.length, 25);
    const [first] = r.json.value;
    assert.equal(first.Title, FACT_NEWS.find((f) => f.key === 'eksjoManagers')!.title);
    assert.equal(typeof first.Author.Title, 'string');
    assert.match(first.BannerImageUrl.Url, new RegExp(`^${tenant.url}/sites/eksjo/SiteAssets/`));
    assert.ok(Array.isArray(first.OData__ModernAudienceAadObjectIds));
    const dates = r.json.value.map((i: { FirstPublishedDate: string }) => i.FirstPublishedDate);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.match(r.json['odata.nextLink'], /\$skiptoken=Paged%3DTRUE%26p_FirstPublishedDate%3D/);
  });

  test('following odata.nextLink visits every news page once, in order', async () => {
    const seen: Array<{ Id: number; FirstPublishedDate: string }> = [];
    let next: string | undefined = `${ITEMS}?$select=Id,FirstPublishedDate&$filter=PromotedState eq 2&$orderby=FirstPublishedDate desc&$top=40`;
    while (next) {
      const r = await tenant.call(next, { token: 'anna' });
      assert.equal(r.status, 200);
      seen.push(...r.json.value);
      next = r.json['odata.nextLink'];
    }
    const all = await tenant.call(`${ITEMS}?$select=Id&$filter=PromotedState eq 2&$top=5000`, { token: 'anna' });
    assert.equal(seen.length, all.json.value.length);
    assert.equal(new Set(seen.map((i) => i.Id)).size, seen.length);
    const dates = seen.map((i) => i.FirstPublishedDate);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('a skiptoken with only p_ID continues after that item', async () => {
    const first = await tenant.call(`${ITEMS}?$select=Id&$top=3`, { token: 'anna' });
    assert.deepEqual(first.json.value.map((i: { Id: number }) => i.Id), [1, 2, 3]);
    const next = await tenant.call(`${ITEMS}?$select=Id&$top=3&$skiptoken=${encodeURIComponent('Paged=TRUE&p_ID=3')}`, { token: 'anna' });
    assert.deepEqual(next.json.value.map((i: { Id: number }) => i.Id), [4, 5, 6]);
  });

  test('$filter with dates, text functions and or', async () => {
    const since = await tenant.call(`${ITEMS}?$select=Id,FirstPublishedDate&$filter=FirstPublishedDate ge datetime'2026-11-01T00:00:00Z' and PromotedState eq 2&$top=500`, { token: 'anna' });
    assert.ok(since.json.value.length > 0);
    assert.ok(since.json.value.every((i: { FirstPublishedDate: string }) => i.FirstPublishedDate >= '2026-11-01'));
    const text = await tenant.call(`${ITEMS}?$select=Title&$filter=substringof('nya öppettider', Title) or startswith(Title, 'Hemtjänst Norr')`, { token: 'anna' });
    assert.deepEqual(text.json.value.map((i: { Title: string }) => i.Title).sort(), [
      'Eksjö: nya öppettider i stadshuset under december',
      'Hemtjänst Norr: arbetsplatsträff den 3 december',
    ]);
    const home = await tenant.call(`${ITEMS}?$select=Title,FileLeafRef,PromotedState&$filter=PromotedState eq 0`, { token: 'anna' });
    assert.deepEqual(home.json.value.map((i: { FileLeafRef: string }) => i.FileLeafRef), ['Home.aspx', 'Kontakta-oss.aspx']);
  });

  test('one item, and the default fields without $select', async () => {
    const item = await tenant.call(`${ITEMS}(1)`, { token: 'anna' });
    assert.equal(item.json.Id, 1);
    assert.equal(item.json.Title, 'Start');
    assert.ok(!('FileRef' in item.json), 'FileRef needs $select, as in SharePoint');
    assert.equal((await tenant.call(`${ITEMS}(99999)`, { token: 'anna' })).status, 404);
  });

  test('400 for bad OData, in SharePoint shape', async () => {
    const cases = [
      `${ITEMS}?$filter=PromotedState eq`,
      `${ITEMS}?$filter=Nope eq 1`,
      `${ITEMS}?$select=Author/Title`,
      `${ITEMS}?$select=Nope`,
      `${ITEMS}?$orderby=Nope desc`,
      `${ITEMS}?$top=abc`,
    ];
    for (const path of cases) {
      const r = await tenant.call(path, { token: 'anna' });
      assert.equal(r.status, 400, path);
      assert.ok(r.json['odata.error'].message.value, path);
    }
    const lookup = await tenant.call(`${ITEMS}?$select=Author/Title`, { token: 'anna' });
    assert.match(lookup.json['odata.error'].message.value, /\$expand query string must contains Author/);
  });

  test('404 for a list that does not exist', async () => {
    const r = await tenant.call("/sites/eksjo/_api/web/lists/getByTitle('Nope')/items", { token: 'anna' });
    assert.equal(r.status, 404);
    assert.match(r.json['odata.error'].message.value, /List 'Nope' does not exist/);
  });

  test('the list by id and the verbose and nometadata flavours', async () => {
    const list = await tenant.call("/sites/eksjo/_api/web/lists/getByTitle('Site Pages')", { token: 'anna' });
    assert.equal(list.json.BaseTemplate, 119);
    const byId = await tenant.call(`/sites/eksjo/_api/web/lists(guid'${list.json.Id}')/items?$select=Id,OData__ModernAudienceAadObjectIds&$top=1`, { token: 'anna', headers: { accept: 'application/json;odata=verbose' } });
    assert.equal(byId.json.d.results.length, 1);
    assert.equal(byId.json.d.results[0].__metadata.type, 'SP.Data.SitePagesItem');
    assert.deepEqual(byId.json.d.results[0].OData__ModernAudienceAadObjectIds.results, []);
    assert.ok(byId.json.d.__next);
    const bare = await tenant.call(`${ITEMS}?$select=Id&$top=1`, { token: 'anna', headers: { accept: 'application/json;odata=nometadata' } });
    assert.deepEqual(bare.json.value, [{ Id: 1, ID: 1 }]);
  });
});

describe('$batch', () => {
  /** A body as PnPjs 4 writes it: "\n" line ends, absolute URLs, writes inside a changeset. */
  function batchBody(batchId: string, origin: string): string {
    const changeset = 'changeset_7d1b5e0e-2f7a-4c41-9c1b-1a2b3c4d5e6f';
    return [
      `--batch_${batchId}\n`,
      'Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n',
      `GET ${origin}/sites/eksjo/_api/web?$select=Title HTTP/1.1\naccept: application/json\ncontent-type: application/json;charset=utf-8\n\n`,
      `--batch_${batchId}\n`,
      'Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n',
      `GET ${origin}${ITEMS}?$select=Id,Title&$filter=PromotedState eq 2&$orderby=FirstPublishedDate desc&$top=2 HTTP/1.1\naccept: application/json\n\n`,
      `--batch_${batchId}\n`,
      'Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n',
      `GET ${origin}/sites/vetlanda/_api/web HTTP/1.1\naccept: application/json\n\n`,
      `--batch_${batchId}\n`,
      `Content-Type: multipart/mixed; boundary="${changeset}"\n\n`,
      `--${changeset}\n`,
      'Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n',
      `PATCH ${origin}/sites/eksjo/_api/web HTTP/1.1\naccept: application/json\ncontent-type: application/json;charset=utf-8\n\n{"Title":"x"}\n\n`,
      `--${changeset}--\n\n`,
      `--batch_${batchId}--\n`,
    ].join('');
  }

  /** Reads a batch response the way PnPjs does: one part per request, status line, headers, one body line. */
  function readParts(text: string): Array<{ status: number; body: string }> {
    const boundary = /^--(batchresponse_[0-9a-f-]+)$/m.exec(text)![1];
    assert.ok(text.endsWith(`--${boundary}--\n`), 'closing boundary and a trailing newline');
    return text
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => {
        const lines = part.split('\n');
        const statusLine = lines.findIndex((l) => l.startsWith('HTTP/1.1 '));
        const blank = lines.indexOf('', statusLine);
        return { status: Number(lines[statusLine].split(' ')[1]), body: lines.slice(blank + 1).join('') };
      });
  }

  test('answers each request in order, each with its own status', async () => {
    const id = '0b6d5b49-1cd6-4c52-8f5e-3c4c2f5a8e11';
    const r = await tenant.call('/sites/eksjo/_api/$batch', {
      token: 'anna',
      body: batchBody(id, tenant.url),
      headers: { 'content-type': `multipart/mixed; boundary=batch_${id}` },
    });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^multipart\/mixed; boundary=batchresponse_/);
    const parts = readParts(r.text);
    assert.deepEqual(parts.map((p) => p.status), [200, 200, 403, 405]);
    assert.equal(JSON.parse(parts[0].body).Title, 'Eksjö kommun');
    assert.equal(JSON.parse(parts[1].body).value.length, 2);
    assert.equal(JSON.parse(parts[2].body)['odata.error'].code, '-2147024891, System.UnauthorizedAccessException');
  });

  test('a body that is no multipart batch is a 400', async () => {
    const r = await tenant.call('/sites/eksjo/_api/$batch', { token: 'anna', body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 400);
  });

  test('a batch of more than 100 parts (query operations and change sets) is a 400 and runs none of them; 100 pass', async () => {
    const body = (id: string, count: number): string => {
      const parts: string[] = [];
      for (let i = 0; i < count; i++) {
        parts.push(`--batch_${id}\n`, 'Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n', `GET ${tenant.url}/sites/eksjo/_api/web?$select=Title HTTP/1.1\naccept: application/json\n\n`);
      }
      return parts.join('') + `--batch_${id}--\n`;
    };
    const id = '22222222-3333-4444-8555-666666666666';
    const call = (count: number): ReturnType<typeof tenant.call> =>
      tenant.call('/sites/eksjo/_api/$batch', { token: 'anna', body: body(id, count), headers: { 'content-type': `multipart/mixed; boundary=batch_${id}` } });
    await tenant.call('/_emulator/requests', { method: 'DELETE' });
    const over = await call(101);
    assert.equal(over.status, 400);
    assert.match(over.json['odata.error'].message.value, /too many parts.*'100' query operations and change sets/);
    assert.equal((await tenant.call('/_emulator/requests')).json.value[0].inner, undefined, 'nothing inside ran');
    const full = await call(100);
    assert.equal(full.status, 200);
    assert.equal(readParts(full.text).length, 100);
  });

  test('the batch is one entry in the request log, with its requests inside', async () => {
    await tenant.call('/_emulator/requests', { method: 'DELETE' });
    const id = '11111111-2222-4333-8444-555555555555';
    await tenant.call('/sites/eksjo/_api/$batch', { token: 'anna', body: batchBody(id, tenant.url), headers: { 'content-type': `multipart/mixed; boundary=batch_${id}` } });
    const log = await tenant.call('/_emulator/requests');
    assert.equal(log.json.value.length, 1);
    assert.equal(log.json.value[0].inner.length, 4);
    assert.equal(log.json.value[0].caller, 'anna');
  });
});

test('banner images are served from the site assets without a token', async () => {
  const r = await tenant.call('/sites/eksjo/SiteAssets/SitePages/nyhetsbilder/lonerevision-2.svg');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/svg+xml');
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(r.headers.get('content-security-policy'), "default-src 'none'");
  assert.match(r.text, /^<svg [^>]*role="img"/);
  assert.equal((await tenant.call('/sites/eksjo/SiteAssets/SitePages/nyhetsbilder/nope-1.svg')).status, 404);
});
