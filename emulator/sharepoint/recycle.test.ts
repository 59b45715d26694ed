import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/** SP.ListItem.recycle on the local tenant: an editor removes an item, a reader may not, a removed item is gone. */

const tenant = useTenant({ seed: 42, news: 200 });
const REPOSTS = '/sites/vetlanda/_api/sitepages/pages/reposts';
const PAGES = "/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')";

async function newsLink(title: string): Promise<number> {
  const r = await tenant.call(REPOSTS, { token: 'johan', body: { Title: title, OriginalSourceUrl: `${tenant.url}/sites/savsjo/SitePages/${encodeURIComponent(title)}.aspx` } });
  assert.equal(r.status, 201, r.text);
  return r.json.Id as number;
}

test('an owner recycles an item: 200 with the recycle bin item id, then the item is 404 and search forgets it', async () => {
  const id = await newsLink('Papperskorgen');
  const r = await tenant.call(`${PAGES}/items(${id})/recycle`, { token: 'johan', method: 'POST' });
  assert.equal(r.status, 200, r.text);
  assert.match(r.json.value, /^[0-9a-f-]{36}$/);
  assert.equal((await tenant.call(`${PAGES}/items(${id})`, { token: 'johan' })).status, 404);
  assert.equal((await tenant.call(`${PAGES}/items(${id})/recycle()`, { token: 'johan', method: 'POST' })).status, 404);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const s = await tenant.call('/v1.0/search/query', { token: 'johan', body: { requests: [{ entityTypes: ['listItem'], query: { queryString: 'Papperskorgen' }, fields: ['Title'], size: 5 }] } });
  assert.equal(s.status, 200, s.text);
  assert.equal((s.json.value[0].hitsContainers[0].hits ?? []).length, 0);
});

test('a reader of the site gets 403 and the item stays', async () => {
  const id = await newsLink('Kvar');
  const r = await tenant.call(`${PAGES}/items(${id})/recycle`, { token: 'sara', method: 'POST' });
  assert.equal(r.status, 403, r.text);
  assert.equal((await tenant.call(`${PAGES}/items(${id})`, { token: 'johan' })).status, 200);
});

test('GET is not a way to recycle', async () => {
  const id = await newsLink('Inte med GET');
  assert.equal((await tenant.call(`${PAGES}/items(${id})/recycle`, { token: 'johan' })).status, 405);
});

test('a removed item\'s id is not given again: the next item gets a new one, as SharePoint counts ids up', async () => {
  const first = await newsLink('Högsta id');
  assert.equal((await tenant.call(`${PAGES}/items(${first})/recycle`, { token: 'johan', method: 'POST' })).status, 200);
  const next = await newsLink('Nästa id');
  assert.ok(next > first, `the new item got ${next}, the removed one had ${first}`);
});
