import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';
import { recrawl } from '../search/catalog.ts';

/**
 * Who reads a site: its roles (owner, member, visitor), for SharePoint REST and for search alike.
 * The SharePoint Administrator role gives no access to site content; the admin who ran the setup
 * owns the sites it created, and reaches the tenant-level requests by the role.
 */

const tenant = useTenant({ seed: 42, news: 60 });
const PERSONAS = ['admin', 'anna', 'johan', 'karin', 'per'];

function prefix(path: string): string {
  return path === '/' ? '' : path;
}

/** The unique ids of the pages search finds for a persona, by site path. */
async function foundBySite(token: string): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  for (let from = 0; ; from += 500) {
    const r = await tenant.call('/v1.0/search/query', {
      token,
      body: { requests: [{ entityTypes: ['listItem'], query: { queryString: 'contentclass:STS_ListItem_WebPageLibrary' }, fields: ['UniqueId', 'SPSiteURL'], from, size: 500 }] },
    });
    assert.equal(r.status, 200, r.text);
    const container = r.json.value[0].hitsContainers[0];
    for (const hit of container.hits ?? []) {
      const site = new URL(hit.resource.fields.spSiteURL ?? hit.resource.fields.SPSiteURL).pathname.replace(/\/$/, '') || '/';
      if (!found.has(site)) found.set(site, new Set());
      found.get(site)!.add(String(hit.resource.fields.uniqueId ?? hit.resource.fields.UniqueId).toLowerCase());
    }
    if (!container.moreResultsAvailable) return found;
  }
}

/** REST's answer for a site's Site Pages: the status and the unique ids of the items it returns. */
async function restPages(token: string, path: string): Promise<{ status: number; ids: Set<string> }> {
  const r = await tenant.call(`${prefix(path)}/_api/web/lists/getByTitle('Site%20Pages')/items?$select=GUID&$top=5000`, { token, headers: { accept: 'application/json;odata=nometadata' } });
  return { status: r.status, ids: new Set(r.status === 200 ? (r.json.value as Array<{ GUID: string }>).map((i) => i.GUID.toLowerCase()) : []) };
}

async function assertAgree(token: string): Promise<{ readable: string[]; denied: string[] }> {
  const found = await foundBySite(token);
  const readable: string[] = [];
  const denied: string[] = [];
  for (const site of tenant.running.tenant.store.sites()) {
    const rest = await restPages(token, site.path);
    const hits = found.get(site.path) ?? new Set<string>();
    assert.ok(rest.status === 200 || rest.status === 403, `${token} ${site.path}: ${rest.status}`);
    if (rest.status === 403) {
      denied.push(site.path);
      assert.equal(hits.size, 0, `${token} cannot read ${site.path} by REST, but search finds ${hits.size} of its pages`);
    } else {
      readable.push(site.path);
      for (const id of hits) assert.ok(rest.ids.has(id), `${token}: search finds ${id} on ${site.path}, REST does not return it`);
      // Search leaves out drafts only: a site with published pages that REST reads, search finds too.
      if (rest.ids.size > 0 && site.path !== '/sites/appcatalog') assert.ok(hits.size > 0, `${token} reads ${site.path} by REST, but search finds none of its pages`);
    }
  }
  return { readable, denied };
}

describe('site access: REST and search from the same site roles', () => {
  test('for every persona, site by site: REST reads a site exactly when search finds its pages', async () => {
    for (const persona of PERSONAS) {
      const { readable } = await assertAgree(persona);
      assert.ok(readable.length > 0, `${persona} reads some site`);
    }
  });

  test('the admin reads the sites the setup created (as their owner) and finds their news', async () => {
    const { readable, denied } = await assertAgree('admin');
    for (const path of ['/', '/sites/eksjo', '/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt', '/sites/appcatalog']) assert.ok(readable.includes(path), path);
    assert.deepEqual(denied, []);
    const news = await tenant.call('/v1.0/search/query', {
      token: 'admin',
      body: { requests: [{ entityTypes: ['listItem'], query: { queryString: 'PromotedState:2' }, fields: ['Title'], size: 1 }] },
    });
    assert.ok(news.json.value[0].hitsContainers[0].total > 0, 'search finds news for the admin');
  });

  test('the admin role alone reads nothing: a site the admin has no role on is 403 by REST and empty in search', async () => {
    const { store } = tenant.running.tenant;
    const site = store.siteByPath('/sites/vetlanda')!;
    const admin = store.userByPersona('admin')!;
    const removed = store.db.prepare('DELETE FROM site_permissions WHERE site_id = ? AND principal_id = ?').run(site.id, admin.id);
    assert.ok(Number(removed.changes) > 0, 'the admin owned the site');
    try {
      recrawl(tenant.running.tenant.search, store, 'listItem');
      const { denied } = await assertAgree('admin');
      assert.deepEqual(denied, ['/sites/vetlanda']);
      assert.equal((await tenant.call('/sites/vetlanda/_api/web', { token: 'admin' })).status, 403);
      assert.equal((await tenant.call('/sites/vetlanda/_api/web/fields/CreateFieldAsXml', { token: 'admin', body: { parameters: { SchemaXml: '<Field Type="Text" Name="X" DisplayName="X" />' } } })).status, 403);
      // The tenant-level requests still go by the role, whatever the root site says.
      store.db.prepare("DELETE FROM site_permissions WHERE site_id = (SELECT id FROM sites WHERE path = '/') AND principal_id = ?").run(admin.id);
      assert.equal((await tenant.call('/_api/web', { token: 'admin' })).status, 403);
      const url = `${tenant.url}/sites/ny`;
      assert.equal((await tenant.call(`/_api/SPSiteManager/status?url='${encodeURIComponent(url)}'`, { token: 'admin' })).json.SiteStatus, 0);
      assert.equal((await tenant.call('/_api/SPSiteManager/create', { token: 'admin', body: { request: { Title: 'Ny', Url: url, Lcid: 1053 } } })).json.SiteStatus, 2);
      assert.equal((await tenant.call('/_api/SP_TenantSettings_Current', { token: 'admin' })).status, 200);
      // Its creator owns the new site.
      assert.equal((await tenant.call('/sites/ny/_api/web', { token: 'admin' })).status, 200);
      // Someone without the role gets none of them.
      assert.equal((await tenant.call('/_api/SPSiteManager/create', { token: 'anna', body: { request: { Title: 'Annas', Url: `${tenant.url}/sites/annas`, Lcid: 1053 } } })).status, 403);
    } finally {
      store.db.prepare("INSERT OR IGNORE INTO site_permissions (site_id, principal_id, role) SELECT id, ?, 'owner' FROM sites WHERE path IN ('/', '/sites/vetlanda')").run(admin.id);
      recrawl(tenant.running.tenant.search, store, 'listItem');
    }
  });
});
