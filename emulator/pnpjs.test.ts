import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spfi, DefaultHeaders as SpDefaultHeaders, DefaultInit as SpDefaultInit } from '@pnp/sp';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/items/index.js';
import '@pnp/sp/batching.js';
import { graphfi, DefaultHeaders as GraphDefaultHeaders, DefaultInit as GraphDefaultInit } from '@pnp/graph';
import '@pnp/graph/users/index.js';
import '@pnp/graph/search/index.js';
import '@pnp/graph/batching.js';
import { BearerToken, BrowserFetch, DefaultParse } from '@pnp/queryable';
import { startTenant } from './server.ts';
import type { RunningTenant } from './server.ts';

/**
 * The real PnPjs 4 against the local tenant: its SharePoint $batch (contextinfo-free with a
 * bearer token, multipart in and out), item paging, Graph calls and Graph JSON batching.
 */

let tenant: RunningTenant;
before(async () => {
  tenant = await startTenant({ port: 0, news: 300 });
});
after(async () => {
  await tenant.close();
});

const sp = (persona: string, site: string) =>
  spfi(`${tenant.url}${site}`).using(SpDefaultHeaders(), SpDefaultInit(), BrowserFetch(), DefaultParse(), BearerToken(persona));
const graph = (persona: string) =>
  graphfi(`${tenant.url}/v1.0`).using(GraphDefaultHeaders(), GraphDefaultInit(`${tenant.url}/v1.0`), BrowserFetch(), DefaultParse(), BearerToken(persona));

test('SharePoint: a batch of reads, one of which fails, resolves each request on its own', async () => {
  const [batched, execute] = sp('erik', '/sites/eksjo').batched();
  const web = batched.web.select('Title')();
  const news = batched.web.lists.getByTitle('Site Pages').items.select('Id', 'Title', 'Author/Title').expand('Author').filter('PromotedState eq 2').orderBy('FirstPublishedDate', false).top(3)();
  const missing = batched.web.lists.getByTitle('Nope').items();
  await execute();
  assert.equal((await web).Title, 'Eksjö kommun');
  const items = await news;
  assert.equal(items.length, 3);
  assert.ok(items.every((i: { Author: { Title: string } }) => typeof i.Author.Title === 'string'));
  await assert.rejects(missing, (error: { status?: number }) => error.status === 404);
});

test('SharePoint: async iteration follows odata.nextLink through every page', async () => {
  const sizes: number[] = [];
  for await (const page of sp('anna', '/sites/eksjo').web.lists.getByTitle('Site Pages').items.select('Id').top(40)) sizes.push(page.length);
  const total = sizes.reduce((a, b) => a + b, 0);
  assert.ok(sizes.length > 1);
  assert.equal(total, (await sp('anna', '/sites/eksjo').web.lists.getByTitle('Site Pages').items.select('Id').top(5000)()).length);
});

test('SharePoint: a 403 reaches PnPjs as an HttpRequestError', async () => {
  await assert.rejects(sp('anna', '/sites/vetlanda').web(), (error: { status?: number }) => error.status === 403);
});

test('Graph: /me, search and a JSON batch', async () => {
  const me = await graph('maria').me.select('displayName', 'department')();
  assert.equal(me.displayName, 'Maria Berg');
  const [response] = await graph('maria').query({
    entityTypes: ['listItem'],
    query: { queryString: 'PromotedState:2' },
    fields: ['Title', 'Path'],
    from: 0,
    size: 3,
    sortProperties: [{ name: 'FirstPublishedDate', isDescending: true }],
  });
  assert.equal(response.hitsContainers![0].hits!.length, 3);
  const [batched, execute] = graph('maria').batched();
  const profile = batched.me();
  const groups = batched.me.transitiveMemberOf();
  await execute();
  assert.equal((await profile).displayName, 'Maria Berg');
  assert.equal((await groups).length, 8);
});
