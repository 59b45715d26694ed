import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';
import { FACT_NEWS } from '../seed/facts.ts';

/** Microsoft Graph over HTTP: users, memberships, search and JSON batching. */

const tenant = useTenant({ seed: 42, news: 1500 });

function searchBody(queryString: string, extra: Record<string, unknown> = {}): unknown {
  return { requests: [{ entityTypes: ['listItem'], query: { queryString }, from: 0, size: 25, ...extra }] };
}

describe('users', () => {
  test('401 without a token or with an unknown one, in Graph shape', async () => {
    for (const token of [undefined, 'mallory']) {
      const r = await tenant.call('/v1.0/me', { token });
      assert.equal(r.status, 401);
      assert.equal(r.json.error.code, 'InvalidAuthenticationToken');
      assert.ok(r.json.error.innerError['request-id']);
    }
  });

  test('/me has the default properties; department and companyName come with $select', async () => {
    const me = await tenant.call('/v1.0/me', { token: 'anna' });
    assert.equal(me.json.displayName, 'Anna Lindqvist');
    assert.equal(me.json.mail, 'anna.lindqvist@eksjo.se');
    assert.deepEqual(me.json.businessPhones.length, 1);
    assert.ok(!('department' in me.json));
    const selected = await tenant.call('/v1.0/me?$select=id,displayName,department,companyName,officeLocation', { token: 'anna' });
    assert.deepEqual(Object.keys(selected.json), ['@odata.context', 'id', 'displayName', 'department', 'companyName', 'officeLocation']);
    assert.equal(selected.json.department, 'Socialförvaltningen');
    assert.equal(selected.json.companyName, 'Eksjö kommun');
    assert.equal((await tenant.call('/v1.0/me?$select=shoeSize', { token: 'anna' })).status, 400);
  });

  test('/users/{id | userPrincipalName}, and 404 for no such user', async () => {
    const byUpn = await tenant.call('/v1.0/users/maria.berg@savsjo.se', { token: 'anna' });
    assert.equal(byUpn.json.displayName, 'Maria Berg');
    const byId = await tenant.call(`/v1.0/users/${byUpn.json.id}?$select=userPrincipalName`, { token: 'anna' });
    assert.equal(byId.json.userPrincipalName, 'maria.berg@savsjo.se');
    const missing = await tenant.call('/v1.0/users/nobody@eksjo.se', { token: 'anna' });
    assert.equal(missing.status, 404);
    assert.equal(missing.json.error.code, 'Request_ResourceNotFound');
  });

  test('an unknown segment is a 400, as Graph answers it', async () => {
    const r = await tenant.call('/v1.0/me/nonsense', { token: 'anna' });
    assert.equal(r.status, 400);
    assert.equal((await tenant.call('/v1.0/teapots', { token: 'anna' })).json.error.message, "Resource not found for the segment 'teapots'.");
  });
});

describe('memberships', () => {
  test("anna's transitive groups are her unit, förvaltning, all staff and municipality", async () => {
    const r = await tenant.call('/v1.0/me/transitiveMemberOf/microsoft.graph.group?$select=id,displayName&$top=999', { token: 'anna' });
    assert.equal(r.status, 200);
    assert.match(r.json['@odata.context'], /#groups\(id,displayName\)$/);
    assert.deepEqual(r.json.value.map((g: { displayName: string }) => g.displayName).sort(), ['Eksjö kommun', 'Eksjö – Hemtjänst Norr', 'Eksjö – Socialförvaltningen', 'Eksjö – alla medarbetare'].sort());
    assert.ok(r.json.value.every((g: Record<string, unknown>) => g['@odata.type'] === '#microsoft.graph.group' && Object.keys(g).length === 3));
    assert.ok(!('@odata.nextLink' in r.json));
  });

  test('without the cast, and direct memberships only with memberOf', async () => {
    const all = await tenant.call('/v1.0/me/transitiveMemberOf', { token: 'erik' });
    assert.equal(all.json.value.length, 5);
    assert.ok('description' in all.json.value[0]);
    const direct = await tenant.call('/v1.0/me/memberOf?$select=displayName', { token: 'erik' });
    assert.deepEqual(direct.json.value.map((g: { displayName: string }) => g.displayName).sort(), ['Eksjö – Hemtjänst Norr', 'Eksjö – chefer']);
  });

  test('$top pages through @odata.nextLink', async () => {
    const ids: string[] = [];
    let next: string | undefined = '/v1.0/me/transitiveMemberOf/microsoft.graph.group?$select=id&$top=3';
    let pages = 0;
    while (next) {
      const r = await tenant.call(next, { token: 'maria' });
      assert.equal(r.status, 200);
      ids.push(...r.json.value.map((g: { id: string }) => g.id));
      next = r.json['@odata.nextLink'];
      pages++;
    }
    assert.equal(pages, 3);
    assert.equal(new Set(ids).size, 8, 'maria: four groups in Sävsjö and four in Vetlanda');
    assert.equal((await tenant.call('/v1.0/me/transitiveMemberOf?$top=1000', { token: 'maria' })).status, 400);
  });
});

describe('search', () => {
  const hub = (path: string): string => `Path:"${tenant.url}${path}"`;

  test('finds news with the contract fields, newest first, and reports total', async () => {
    const r = await tenant.call('/v1.0/search/query', {
      token: 'erik',
      body: searchBody(`${hub('/sites/eksjo')} AND PromotedState:2`, {
        fields: ['Title', 'Path', 'FirstPublishedDate', 'ModernAudienceAadObjectIds', 'IsAudienceTargeted', 'BannerImageUrlOWSURLH', 'SamverkaBoostUntilOWSDATE', 'AuthorOWSUSER', 'SPSiteURL', 'NoSuchField'],
        sortProperties: [{ name: 'FirstPublishedDate', isDescending: true }],
      }),
    });
    assert.equal(r.status, 200);
    const container = r.json.value[0].hitsContainers[0];
    assert.ok(container.total > 300);
    assert.equal(container.moreResultsAvailable, true);
    assert.equal(container.hits.length, 25);
    const [first] = container.hits;
    assert.equal(first.rank, 1);
    assert.equal(first.resource['@odata.type'], '#microsoft.graph.listItem');
    assert.match(first.resource.parentReference.siteId, /^127\.0\.0\.1,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    assert.equal(first.resource.fields.Title, FACT_NEWS.find((f) => f.key === 'eksjoManagers')!.title);
    assert.equal(first.resource.fields.IsAudienceTargeted, true);
    assert.match(first.resource.fields.BannerImageUrlOWSURLH, /^http:\/\/127\.0\.0\.1:\d+\/sites\/eksjo\/SiteAssets\/.+\.svg, /);
    assert.equal(first.resource.fields.SPSiteURL, `${tenant.url}/sites/eksjo`);
    assert.ok(!('NoSuchField' in first.resource.fields), 'unknown fields are left out');
    assert.equal(first.resource.webUrl, first.resource.fields.Path);
    const dates = container.hits.map((h: { resource: { fields: { FirstPublishedDate: string } } }) => h.resource.fields.FirstPublishedDate);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('results are trimmed to the sites the caller can read', async () => {
    const query = `${hub('/sites/vetlanda')} AND PromotedState:2`;
    const anna = await tenant.call('/v1.0/search/query', { token: 'anna', body: searchBody(query) });
    assert.equal(anna.json.value[0].hitsContainers[0].total, 0);
    assert.ok(!('hits' in anna.json.value[0].hitsContainers[0]), 'Graph leaves hits out when there are none');
    const sara = await tenant.call('/v1.0/search/query', { token: 'sara', body: searchBody(query) });
    assert.ok(sara.json.value[0].hitsContainers[0].total > 300);
  });

  test('from/size pages are consecutive and complete, ascending or descending', async () => {
    const query = `${hub('/sites/savsjo')} AND PromotedState:2`;
    for (const isDescending of [true, false]) {
      const seen: string[] = [];
      const dates: string[] = [];
      let total = 0;
      for (let from = 0; ; from += 100) {
        const r = await tenant.call('/v1.0/search/query', {
          token: 'maria',
          body: searchBody(query, { from, size: 100, fields: ['FirstPublishedDate'], sortProperties: [{ name: 'FirstPublishedDate', isDescending }] }),
        });
        const container = r.json.value[0].hitsContainers[0];
        total = container.total;
        for (const hit of container.hits ?? []) {
          seen.push(hit.hitId);
          dates.push(hit.resource.fields.FirstPublishedDate);
        }
        if (!container.moreResultsAvailable) break;
      }
      assert.equal(seen.length, total);
      assert.equal(new Set(seen).size, total);
      const sorted = [...dates].sort();
      assert.deepEqual(dates, isDescending ? sorted.reverse() : sorted);
    }
  });

  test('the audience filter shows erik the Eksjö managers news and hides it from anna', async () => {
    const titles = async (persona: string): Promise<string[]> => {
      const groups = (await tenant.call('/v1.0/me/transitiveMemberOf/microsoft.graph.group?$select=id', { token: persona })).json.value.map((g: { id: string }) => g.id);
      const audience = groups.map((id: string) => `ModernAudienceAadObjectIds:${id}`).join(' OR ');
      const r = await tenant.call('/v1.0/search/query', {
        token: persona,
        body: searchBody(`(${hub('/sites/eksjo')} OR ${hub('/sites/gemensamt')}) AND PromotedState:2 AND (${audience} OR NOT IsAudienceTargeted:true)`, {
          fields: ['Title'],
          size: 20,
          sortProperties: [{ name: 'FirstPublishedDate', isDescending: true }],
        }),
      });
      return r.json.value[0].hitsContainers[0].hits.map((h: { resource: { fields: { Title: string } } }) => h.resource.fields.Title);
    };
    const managersNews = FACT_NEWS.find((f) => f.key === 'eksjoManagers')!.title;
    assert.ok((await titles('erik')).includes(managersNews));
    assert.ok(!(await titles('anna')).includes(managersNews));
  });

  test('free text with highlighted summaries and searchTerms', async () => {
    const r = await tenant.call('/v1.0/search/query', { token: 'anna', body: searchBody('Verksamhetsutvecklarna') });
    const result = r.json.value[0];
    assert.deepEqual(result.searchTerms, ['verksamhetsutvecklarna']);
    assert.ok(result.hitsContainers[0].total > 0);
    assert.match(result.hitsContainers[0].hits[0].summary, /<c0>verksamhetsutvecklarna<\/c0>/);
  });

  test('400 for requests Graph refuses', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [searchBody('x'.repeat(4097)), /4096/],
      [searchBody('lön', { size: 501 }), /size/],
      [searchBody('(lön'), /KQL/],
      [searchBody('   '), /queryString/],
      [searchBody('lön', { sortProperties: [{ name: 'Description' }] }), /not sortable/],
      [{ requests: [{ entityTypes: ['banana'], query: { queryString: 'x' } }] }, /entity type/],
      [{ requests: [{ entityTypes: ['person', 'listItem'], query: { queryString: 'x' } }] }, /person/],
      ['{not json', /JSON/],
    ];
    for (const [body, message] of cases) {
      const r = await tenant.call('/v1.0/search/query', { token: 'anna', body, headers: { 'content-type': 'application/json' } });
      assert.equal(r.status, 400, String(message));
      assert.equal(r.json.error.code, 'BadRequest');
      assert.match(r.json.error.message, message);
    }
    const longest = await tenant.call('/v1.0/search/query', { token: 'anna', body: searchBody(`lön ${'x'.repeat(4092)}`) });
    assert.equal(longest.status, 200, '4,096 characters are allowed');
  });

  test('entity types without content yet find nothing', async () => {
    // (driveItem has the seeded documents since the personal dashboard; mail messages have no content here.)
    const r = await tenant.call('/v1.0/search/query', { token: 'anna', body: { requests: [{ entityTypes: ['message'], query: { queryString: 'lön' } }] } });
    assert.equal(r.status, 200);
    assert.equal(r.json.value[0].hitsContainers[0].total, 0);
  });
});

describe('JSON batching', () => {
  test('up to 20 requests, each answered on its own', async () => {
    const requests = [
      { id: '1', method: 'GET', url: '/me?$select=displayName' },
      { id: '2', method: 'GET', url: '/me/transitiveMemberOf/microsoft.graph.group?$select=id' },
      { id: '3', method: 'POST', url: '/search/query', headers: { 'Content-Type': 'application/json' }, body: searchBody('PromotedState:2') },
      { id: '4', method: 'GET', url: '/users/nobody@eksjo.se' },
      { id: '5', method: 'GET', url: '/me', dependsOn: ['4'] },
      ...Array.from({ length: 15 }, (_, i) => ({ id: String(6 + i), method: 'GET', url: 'me?$select=id' })),
    ];
    const r = await tenant.call('/v1.0/$batch', { token: 'sara', body: { requests } });
    assert.equal(r.status, 200);
    const byId = new Map(r.json.responses.map((x: { id: string }) => [x.id, x]));
    assert.equal(r.json.responses.length, 20);
    assert.equal((byId.get('1') as { body: { displayName: string } }).body.displayName, 'Sara Nilsson');
    assert.equal((byId.get('2') as { body: { value: unknown[] } }).body.value.length, 4);
    assert.ok((byId.get('3') as { body: { value: unknown[] } }).body.value);
    assert.equal((byId.get('4') as { status: number }).status, 404);
    assert.equal((byId.get('5') as { status: number }).status, 424, 'a request depending on a failed one');
    assert.equal((byId.get('1') as { headers: Record<string, string> }).headers['Content-Type'].startsWith('application/json'), true);
  });

  test('more than 20 requests, duplicate ids or no requests: 400', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    assert.equal((await tenant.call('/v1.0/$batch', { token: 'sara', body: { requests: many } })).status, 400);
    assert.equal((await tenant.call('/v1.0/$batch', { token: 'sara', body: { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '1', method: 'GET', url: '/me' }] } })).status, 400);
    assert.equal((await tenant.call('/v1.0/$batch', { token: 'sara', body: { requests: [] } })).status, 400);
    assert.equal((await tenant.call('/v1.0/$batch', { body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } })).status, 401);
  });

  test('a fault on one inner request leaves the others intact', async () => {
    await tenant.call('/_emulator/faults', { body: [{ pattern: '/search/query', status: 429, retryAfter: 2, times: 1 }] });
    try {
      const requests = [
        { id: 'a', method: 'POST', url: '/search/query', headers: { 'Content-Type': 'application/json' }, body: searchBody('lön') },
        { id: 'b', method: 'GET', url: '/me' },
        { id: 'c', method: 'POST', url: '/search/query', headers: { 'Content-Type': 'application/json' }, body: searchBody('lön') },
      ];
      const r = await tenant.call('/v1.0/$batch', { token: 'sara', body: { requests } });
      assert.equal(r.status, 200, 'the batch itself succeeds');
      const [a, b, c] = r.json.responses;
      assert.equal(a.status, 429);
      assert.equal(a.headers['Retry-After'], '2');
      assert.equal(a.body.error.code, 'TooManyRequests');
      assert.equal(b.status, 200);
      assert.equal(c.status, 200, 'times: 1 used the fault up');
    } finally {
      await tenant.call('/_emulator/faults', { method: 'DELETE' });
    }
  });

  test('POST /$batch without the version segment is the same batch (PnPjs posts there for http base URLs)', async () => {
    const r = await tenant.call('/$batch', { token: 'sara', body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } });
    assert.equal(r.json.responses[0].status, 200);
  });
});
