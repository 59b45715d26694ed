import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/**
 * The rules of Graph search (v1.0) the local tenant enforces: each violating request is refused
 * with Graph's 400 BadRequest, and the request that keeps the rule is answered.
 */

const tenant = useTenant({ seed: 42, news: 200 });
const PREFER = 'include-unknown-enum-members';

async function query(requests: unknown[], headers: Record<string, string> = {}) {
  return tenant.call('/v1.0/search/query', { token: 'anna', headers, body: { requests } });
}

function assertBadRequest(r: { status: number; json: { error?: { code: string; message: string } } }, message: RegExp): void {
  assert.equal(r.status, 400);
  assert.equal(r.json.error?.code, 'BadRequest');
  assert.match(r.json.error?.message ?? '', message);
  assert.ok((r.json.error as { innerError?: { 'request-id'?: string } }).innerError?.['request-id'], "Graph's error shape: innerError with request-id");
}

describe('one searchRequest per body', () => {
  test('two requests in one body: 400; the same requests one by one: 200', async () => {
    const pages = { entityTypes: ['listItem'], query: { queryString: 'PromotedState:2' }, size: 1 };
    const files = { entityTypes: ['driveItem'], query: { queryString: 'IsDocument:true' }, size: 1 };
    assertBadRequest(await query([pages, files]), /single searchRequest/);
    assertBadRequest(await query([pages, pages]), /single searchRequest/);
    assert.equal((await query([pages])).status, 200);
    assert.equal((await query([files])).status, 200);
  });
});

describe('person needs Prefer: include-unknown-enum-members', () => {
  const people = { entityTypes: ['person'], query: { queryString: 'lindqv*' }, size: 5 };

  test('without the header: 400; with it (among other preferences): 200', async () => {
    assertBadRequest(await query([people]), /Prefer: include-unknown-enum-members/);
    const r = await query([people], { prefer: `odata.maxpagesize=10, ${PREFER}` });
    assert.equal(r.status, 200);
    assert.ok(r.json.value[0].hitsContainers[0].total >= 1);
  });

  test('inside a JSON $batch the header is the inner request\'s', async () => {
    const inner = (id: string, headers: Record<string, string>) => ({ id, method: 'POST', url: '/search/query', headers: { 'Content-Type': 'application/json', ...headers }, body: { requests: [people] } });
    const r = await tenant.call('/v1.0/$batch', { token: 'anna', body: { requests: [inner('without', {}), inner('with', { Prefer: PREFER })] } });
    assert.equal(r.status, 200);
    const [without, withPrefer] = r.json.responses;
    assert.equal(without.status, 400);
    assert.equal(without.body.error.code, 'BadRequest');
    assert.equal(withPrefer.status, 200);
    assert.ok(withPrefer.body.value[0].hitsContainers[0].total >= 1);
  });

  test('person alone: with any other entity type 400, even with the header', async () => {
    assertBadRequest(await query([{ ...people, entityTypes: ['person', 'listItem'] }], { prefer: PREFER }), /person/);
  });

  test('custom sort where Graph has none (person, externalItem): 400', async () => {
    assertBadRequest(await query([{ ...people, sortProperties: [{ name: 'displayName' }] }], { prefer: PREFER }), /not supported for the entity type 'person'/);
    assertBadRequest(await query([{ entityTypes: ['externalItem'], contentSources: ['/external/connections/kunskapsbanken'], query: { queryString: 'semester' }, sortProperties: [{ name: 'title' }] }]), /externalItem/);
  });

  test('entity types Graph does not combine in one request: 400', async () => {
    assertBadRequest(await query([{ entityTypes: ['message', 'listItem'], query: { queryString: 'lön' } }]), /cannot be combined/);
    assert.equal((await query([{ entityTypes: ['driveItem', 'listItem'], query: { queryString: 'lön' }, size: 1 }])).status, 200);
  });
});

describe('driveItem hits carry driveItem properties, never managed-property fields', () => {
  const mine = 'IsDocument:true AND AuthorOWSUSER:"anna.lindqvist@eksjo.se"';

  test('without fields: the driveItem resource (name, webUrl, lastModifiedBy, parentReference, size, file), no fields', async () => {
    const r = await query([{ entityTypes: ['driveItem'], query: { queryString: mine }, size: 3 }]);
    const resource = r.json.value[0].hitsContainers[0].hits[0].resource;
    for (const property of ['name', 'webUrl', 'lastModifiedBy', 'lastModifiedDateTime', 'parentReference', 'size', 'file']) assert.ok(resource[property] !== undefined, property);
    assert.equal(resource.fields, undefined);
  });

  test('managed properties in fields are ignored (no SiteTitle, SPSiteURL…); driveItem properties in fields are selected', async () => {
    const r = await query([{ entityTypes: ['driveItem'], query: { queryString: mine }, size: 3, fields: ['SiteTitle', 'SPSiteURL', 'ModifiedBy', 'name', 'webUrl'] }]);
    assert.equal(r.status, 200);
    for (const hit of r.json.value[0].hitsContainers[0].hits) {
      assert.equal(hit.resource.fields, undefined);
      assert.deepEqual(Object.keys(hit.resource).sort(), ['@odata.type', 'id', 'name', 'webUrl']);
    }
    // The same managed properties come back for the file's listItem.
    const asListItem = await query([{ entityTypes: ['listItem'], query: { queryString: 'PromotedState:2' }, size: 1, fields: ['SiteTitle', 'SPSiteURL'] }]);
    assert.ok(asListItem.json.value[0].hitsContainers[0].hits[0].resource.fields.SiteTitle);
  });
});

describe('aggregations only on refinable managed properties', () => {
  test('refinable (FileType, LastModifiedTime, SiteName, RefinableString1nn): 200; not refinable or unknown: 400', async () => {
    const files = (field: string) => query([{ entityTypes: ['driveItem'], query: { queryString: 'IsDocument:true' }, size: 1, aggregations: [{ field, size: 10 }] }]);
    for (const field of ['FileType', 'LastModifiedTime', 'SiteName']) {
      const r = await files(field);
      assert.equal(r.status, 200, field);
      assert.ok(r.json.value[0].hitsContainers[0].aggregations[0].buckets.length > 0, field);
    }
    const site = (await files('SiteName')).json.value[0].hitsContainers[0].aggregations[0].buckets[0];
    assert.match(site.key, /^http:\/\/.+\/sites\//, 'a URL bucket is the absolute URL');
    for (const field of ['SiteTitle', 'Title', 'Path', 'NoSuchProperty']) assertBadRequest(await files(field), /not refinable/);
    const guides = await query([{ entityTypes: ['listItem'], query: { queryString: 'contentclass:STS_ListItem_GenericList' }, size: 1, aggregations: [{ field: 'RefinableString110' }] }]);
    assert.equal(guides.status, 200);
  });

  test('several entity types: the property must be refinable in each of them (stricter reading)', async () => {
    const content = (entityTypes: string[], field: string) =>
      query([{ entityTypes, contentSources: ['/external/connections/kunskapsbanken'], query: { queryString: 'lön' }, size: 1, aggregations: [{ field }] }]);
    // contentclass and FileType are refinable for listItem and driveItem alike.
    assert.equal((await content(['listItem', 'driveItem'], 'contentclass')).status, 200);
    // A connector's items have no contentclass; a list item has no `category`.
    assertBadRequest(await content(['listItem', 'externalItem'], 'contentclass'), /not refinable or does not exist for the entity type 'externalItem'/);
    assertBadRequest(await content(['listItem', 'externalItem'], 'category'), /not refinable or does not exist for the entity type 'listItem'/);
  });

  test('entity types without aggregations: 400', async () => {
    assertBadRequest(await query([{ entityTypes: ['site'], query: { queryString: 'lön' }, aggregations: [{ field: 'FileType' }] }]), /not supported/);
  });
});

describe('the speller only for the entity types it serves', () => {
  test('listItem, driveItem and externalItem: 200; person: 400', async () => {
    const spell = { enableSuggestion: true, enableModification: true };
    assert.equal((await query([{ entityTypes: ['listItem'], query: { queryString: 'semestr' }, queryAlterationOptions: spell, size: 1 }])).status, 200);
    assert.equal((await query([{ entityTypes: ['driveItem'], query: { queryString: 'rutin' }, queryAlterationOptions: spell, size: 1 }])).status, 200);
    assert.equal((await query([{ entityTypes: ['externalItem'], contentSources: ['/external/connections/kunskapsbanken'], query: { queryString: 'semestr' }, queryAlterationOptions: spell, size: 1 }])).status, 200);
    assertBadRequest(await query([{ entityTypes: ['person'], query: { queryString: 'lindqvst' }, queryAlterationOptions: spell, size: 1 }], { prefer: PREFER }), /not supported for the entity type 'person'/);
    // Turned off, the options are no request for the speller.
    assert.equal((await query([{ entityTypes: ['person'], query: { queryString: 'lindqvst' }, queryAlterationOptions: { enableSuggestion: false }, size: 1 }], { prefer: PREFER })).status, 200);
  });
});
