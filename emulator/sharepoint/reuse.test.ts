import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/** Content reuse on the local tenant: news links (repost pages), list item create, permissions. */

const tenant = useTenant({ seed: 42, news: 200 });
const REPOSTS = '/sites/vetlanda/_api/sitepages/pages/reposts';
const OFFERS = "/sites/gemensamt/_api/web/lists/getByTitle('Erbjudanden')/items";

/** An editor of the Sävsjö hub (a communicator there): may publish in Sävsjö, not in Vetlanda. */
function savsjoEditor(): string {
  const store = tenant.running.tenant.store;
  const group = store.groups().find((g) => g.mailNickname === 'savsjo-kommunikation')!;
  const user = store.users().find((u) => u.personaKey === null && store.memberOf(u.id).some((g) => g.id === group.id))!;
  return `upn:${user.userPrincipalName}`;
}

async function savsjoNews(token: string): Promise<Record<string, any>> {
  const r = await tenant.call("/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,Title,Description,FileRef,PromotedState&$filter=PromotedState eq 2&$top=1", { token });
  assert.equal(r.status, 200, r.text);
  return r.json.value[0];
}

describe('news links (repost pages)', () => {
  test('an editor of the hub creates one: a published news item in Site Pages, found by search and by its source URL', async () => {
    const source = `${tenant.url}/sites/savsjo/SitePages/Nyhet-fran-Savsjo.aspx`;
    const r = await tenant.call(REPOSTS, { token: 'johan', body: { Title: 'Nyhet från Sävsjö', Description: 'Kort text', OriginalSourceUrl: source, ShouldSaveAsDraft: false, IsBannerImageUrlExternal: false } });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.OriginalSourceUrl, source);
    assert.match(r.json.AbsoluteUrl, /\/sites\/vetlanda\/SitePages\/Nyhet-fran-Savsjo\.aspx$/);
    const items = await tenant.call(`/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,Title,PromotedState,OData__OriginalSourceUrl,ContentTypeId&$filter=Title eq 'Nyhet fr%C3%A5n S%C3%A4vsj%C3%B6'`, { token: 'sara' });
    assert.equal(items.status, 200, items.text);
    assert.equal(items.json.value.length, 1);
    assert.equal(items.json.value[0].PromotedState, 2);
    assert.equal(items.json.value[0].Id, r.json.Id);
    // Search crawls it as news of Vetlanda.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const s = await tenant.call('/v1.0/search/query', { token: 'sara', body: { requests: [{ entityTypes: ['listItem'], query: { queryString: 'PromotedState:2 "Nyhet från Sävsjö"' }, fields: ['Title', 'Path'], size: 5 }] } });
    assert.equal(s.status, 200, s.text);
    const hits = s.json.value[0].hitsContainers[0].hits ?? [];
    assert.ok(hits.some((h: any) => /\/sites\/vetlanda\//.test(decodeURI(h.resource.fields.path ?? h.resource.fields.Path))), JSON.stringify(hits));
  });

  test('an editor of Sävsjö gets 403 in Vetlanda\'s hub; an employee gets 403 too', async () => {
    const editor = savsjoEditor();
    const page = await savsjoNews(editor);
    for (const token of [editor, 'sara']) {
      const r = await tenant.call(REPOSTS, { token, body: { Title: page.Title, OriginalSourceUrl: `${tenant.url}${page.FileRef}` } });
      assert.equal(r.status, 403, `${token}: ${r.text}`);
    }
    const mine = await tenant.call('/sites/savsjo/_api/sitepages/pages/reposts', { token: editor, body: { Title: 'Egen', OriginalSourceUrl: `${tenant.url}${page.FileRef}` } });
    assert.equal(mine.status, 201, mine.text);
  });

  test('a request without a title or an absolute source URL is 400', async () => {
    assert.equal((await tenant.call(REPOSTS, { token: 'johan', body: { OriginalSourceUrl: `${tenant.url}/x.aspx` } })).status, 400);
    assert.equal((await tenant.call(REPOSTS, { token: 'johan', body: { Title: 'x', OriginalSourceUrl: '/sites/savsjo/x.aspx' } })).status, 400);
  });
});

describe('list item create', () => {
  test('an editor adds an offer on the shared site: 201 with the item, Author is the caller', async () => {
    const editor = savsjoEditor();
    const r = await tenant.call(OFFERS, { token: editor, body: { Title: 'Erbjudande', SamverkaSourceUrl: 'https://x/sites/savsjo/SitePages/a.aspx', SamverkaToMunicipality: 'vetlanda', SamverkaOfferStatus: 'pending' } });
    assert.equal(r.status, 201, r.text);
    assert.equal(typeof r.json.Id, 'number');
    assert.equal(r.json.SamverkaOfferStatus, 'pending');
    const user = tenant.running.tenant.store.user(editor.slice(4))!;
    assert.equal(r.json.AuthorId, user.spId);
    const back = await tenant.call(`${OFFERS}(${r.json.Id})?$select=Title,SamverkaToMunicipality`, { token: 'johan' });
    assert.equal(back.json.SamverkaToMunicipality, 'vetlanda');
  });

  test('unknown and read-only fields are 400; an employee (visitor) gets 403', async () => {
    assert.equal((await tenant.call(OFFERS, { token: 'johan', body: { Nope: 1 } })).status, 400);
    assert.equal((await tenant.call(OFFERS, { token: 'johan', body: { Id: 5 } })).status, 400);
    assert.equal((await tenant.call(OFFERS, { token: 'anna', body: { Title: 'x' } })).status, 403);
  });
});

describe('audience reach: transitive member counts (Graph)', () => {
  const count = (path: string, headers: Record<string, string> = { consistencylevel: 'eventual' }) => tenant.call(path, { token: 'johan', headers });

  test('counts the users of a group and of the groups nested in it, per e-mail domain when filtered', async () => {
    const store = tenant.running.tenant.store;
    const all = store.groups().find((g) => g.mailNickname === 'vetlanda-alla-medarbetare')!;
    const managers = store.groups().find((g) => g.mailNickname === 'vetlanda-chefer')!;
    const expected = store.users().filter((u) => store.principals(u.id).has(all.id));
    const r = await count(`/v1.0/groups/${all.id}/transitiveMembers/microsoft.graph.user/$count`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.text, String(expected.length));
    assert.ok(expected.length > 50);
    const m = await count(`/v1.0/groups/${managers.id}/transitiveMembers/microsoft.graph.user/$count`);
    assert.ok(Number(m.text) > 0 && Number(m.text) < expected.length);
    // People with a Vetlanda address among all staff (Maria works there with a Sävsjö address).
    const filter = encodeURIComponent("endswith(mail,'@vetlanda.se')");
    const f = await count(`/v1.0/groups/${all.id}/transitiveMembers/microsoft.graph.user/$count?$filter=${filter}`);
    assert.equal(f.text, String(expected.filter((u) => u.mail.toLowerCase().endsWith('@vetlanda.se')).length));
    assert.ok(Number(f.text) < expected.length);
    // Without the cast, the nested groups count too.
    const withGroups = await count(`/v1.0/groups/${all.id}/transitiveMembers/$count`);
    assert.ok(Number(withGroups.text) > expected.length);
  });

  test('needs ConsistencyLevel: eventual; an unknown group is 404', async () => {
    const all = tenant.running.tenant.store.groups()[0];
    assert.equal((await count(`/v1.0/groups/${all.id}/transitiveMembers/$count`, {})).status, 400);
    assert.equal((await count('/v1.0/groups/00000000-0000-4000-8000-000000000000/transitiveMembers/$count')).status, 404);
  });
});
