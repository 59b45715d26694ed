import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';
import { refinementToken } from './aggregations.ts';
import { alterQuery, editDistance } from './speller.ts';

/** Search beyond news: guides (list and connector), people, aggregations, paging and the speller. */

const tenant = useTenant({ seed: 42, news: 300 });

/** People are an evolvable enum member of entityTypes: Graph needs the Prefer header for them. */
const PREFER_PERSON = { prefer: 'include-unknown-enum-members' };

async function search(request: Record<string, unknown>, token = 'anna', headers: Record<string, string> = {}) {
  const r = await tenant.call('/v1.0/search/query', { token, headers, body: { requests: [{ from: 0, size: 25, ...request }] } });
  return { status: r.status, json: r.json, response: r.json?.value?.[0], container: r.json?.value?.[0]?.hitsContainers?.[0] };
}

function guideList(): string {
  return `ListUrl:"${tenant.url}/sites/gemensamt/Lists/Guider"`;
}

describe('guides', () => {
  test('the shared site has at least 200 guides with steps, category, municipality, owner and review date', async () => {
    const r = await search({ entityTypes: ['listItem'], query: { queryString: guideList() }, size: 1 });
    assert.equal(r.status, 200);
    assert.ok(r.container.total >= 200, `only ${r.container.total} guides`);
    const items = await tenant.call(`/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items?$top=5`, { token: 'anna' });
    assert.equal(items.status, 200);
    const first = items.json.value[0];
    const steps = JSON.parse(first.SamverkaGuideSteps);
    assert.ok(steps.length >= 3 && steps.every((s: { title: string; html: string }) => s.title && s.html));
    assert.ok(steps.some((s: { image?: { url: string; alt: string } }) => s.image && s.image.alt));
    for (const field of ['SamverkaGuideSummary', 'SamverkaGuideCategory', 'SamverkaMunicipality', 'SamverkaGuideKeywords', 'SamverkaReviewDate']) assert.ok(first[field], field);
  });

  test('a word from a step finds its guide, whatever the case of å, ä and ö', async () => {
    const titles = async (q: string) => {
      const r = await search({ entityTypes: ['listItem'], query: { queryString: `${q} ${guideList()}` }, fields: ['Title'] });
      return (r.container.hits ?? []).map((h: { resource: { fields: { Title: string } } }) => h.resource.fields.Title).sort();
    };
    const lower = await titles('ledighetsansökan');
    assert.ok(lower.some((t: string) => t.startsWith('Ansök om semester')), lower.join(', '));
    assert.deepEqual(await titles('LEDIGHETSANSÖKAN'), lower);
    assert.deepEqual(await titles('LedighetsAnsÖkan'), lower);
    // Å, ä and ö are letters of their own: "ledighetsansokan" is another word.
    assert.deepEqual(await titles('ledighetsansokan'), []);
    // A prefix finds the word.
    assert.ok((await titles('ledighetsans*')).length >= lower.length);
  });

  test('step pictures and film captions are served', async () => {
    const r = await search({ entityTypes: ['listItem'], query: { queryString: guideList() }, fields: ['SamverkaGuideThumbnailOWSURLH'], size: 5 });
    const thumbnail = String(r.container.hits[0].resource.fields.SamverkaGuideThumbnailOWSURLH).split(', ')[0];
    const image = await tenant.call(thumbnail);
    assert.equal(image.status, 200);
    assert.match(image.headers.get('content-type') ?? '', /svg/);
    const items = await tenant.call(`/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items?$top=500`, { token: 'anna' });
    const withFilm = items.json.value.map((i: { SamverkaGuideSteps: string }) => JSON.parse(i.SamverkaGuideSteps)).flat().find((s: { video?: unknown }) => s.video);
    const vtt = await tenant.call(withFilm.video.captionsUrl);
    assert.equal(vtt.status, 200);
    assert.match(vtt.text, /^WEBVTT/);
  });

  test('the connector serves its own guides as externalItem, only with contentSources', async () => {
    const missing = await search({ entityTypes: ['externalItem'], query: { queryString: 'hjärtstartare' } });
    assert.equal(missing.status, 400);
    const r = await search({ entityTypes: ['externalItem'], contentSources: ['/external/connections/kunskapsbanken'], query: { queryString: 'hjärtstartare' }, fields: ['title', 'stepCount', 'url'] });
    assert.equal(r.status, 200);
    assert.ok(r.container.total >= 1);
    const hit = r.container.hits[0];
    assert.equal(hit.resource['@odata.type'], '#microsoft.graph.externalConnectors.externalItem');
    assert.match(hit.resource.properties.title, /Hjärt- och lungräddning/);
    assert.ok(hit.resource.properties.stepCount >= 3);
    const other = await search({ entityTypes: ['externalItem'], contentSources: ['/external/connections/another'], query: { queryString: 'hjärtstartare' } });
    assert.equal(other.container.total, 0);
  });
});

describe('people', () => {
  test('every employee is a person, found by part of the surname', async () => {
    const all = await search({ entityTypes: ['person'], query: { queryString: '*' }, size: 1 }, 'anna', PREFER_PERSON);
    const users = tenant.running.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number };
    assert.equal(all.container.total, users.n);
    const r = await search({ entityTypes: ['person'], query: { queryString: 'lindqv*' } }, 'anna', PREFER_PERSON);
    const anna = r.container.hits.find((h: { resource: { displayName: string } }) => h.resource.displayName === 'Anna Lindqvist');
    assert.ok(anna, 'Anna Lindqvist found by "lindqv*"');
    assert.equal(anna.resource['@odata.type'], '#microsoft.graph.person');
    assert.equal(anna.resource.companyName, 'Eksjö kommun');
    assert.deepEqual(anna.resource.emailAddresses[0].address, 'anna.lindqvist@eksjo.se');
    assert.ok(anna.resource.phones.some((p: { type: string }) => p.type === 'business'));
  });

  test('person cannot be combined with other entity types and has no aggregations; size is at most 25', async () => {
    assert.equal((await search({ entityTypes: ['person', 'listItem'], query: { queryString: 'anna' } }, 'anna', PREFER_PERSON)).status, 400);
    assert.equal((await search({ entityTypes: ['person'], query: { queryString: 'anna' }, aggregations: [{ field: 'department' }] }, 'anna', PREFER_PERSON)).status, 400);
    assert.equal((await search({ entityTypes: ['person'], query: { queryString: 'anna' }, size: 26 }, 'anna', PREFER_PERSON)).status, 400);
  });

  test('photos: an image for some, 404 ImageNotFound for the others', async () => {
    const anna = await tenant.call('/v1.0/me/photo/$value', { token: 'anna' });
    assert.equal(anna.status, 200);
    assert.match(anna.text, /^<svg/);
    const erik = await tenant.call('/v1.0/me/photo/$value', { token: 'erik' });
    assert.equal(erik.status, 404);
    assert.equal(erik.json.error.code, 'ImageNotFound');
    const users = tenant.running.db.prepare('SELECT id FROM users LIMIT 200').all() as Array<{ id: string }>;
    let found = 0;
    for (const u of users) if ((await tenant.call(`/v1.0/users/${u.id}/photo/$value`, { token: 'anna' })).status === 200) found++;
    assert.ok(found > 40 && found < 140, `${found} of 200 have photos`);
  });
});

describe('aggregations and paging', () => {
  test('buckets by count with filter tokens; a token refines the results', async () => {
    const r = await search({
      entityTypes: ['listItem'],
      query: { queryString: guideList() },
      aggregations: [{ field: 'RefinableString110', size: 20, bucketDefinition: { sortBy: 'count', isDescending: true, minimumCount: 0 } }],
    });
    const agg = r.container.aggregations[0];
    assert.equal(agg.field, 'RefinableString110');
    assert.ok(agg.buckets.length >= 5);
    for (let i = 1; i < agg.buckets.length; i++) assert.ok(agg.buckets[i - 1].count >= agg.buckets[i].count);
    const bucket = agg.buckets.find((b: { key: string }) => b.key === 'Lön och ersättning');
    assert.equal(bucket.aggregationFilterToken, refinementToken('Lön och ersättning'));
    const refined = await search({ entityTypes: ['listItem'], query: { queryString: guideList() }, aggregationFilters: [`RefinableString110:"${bucket.aggregationFilterToken}"`] });
    assert.equal(refined.container.total, bucket.count);
  });

  test('a file of a document library is a listItem too, with its managed properties; contentclass tells the kinds apart', async () => {
    const asFile = await search({ entityTypes: ['driveItem'], query: { queryString: 'protokoll IsDocument:true' }, size: 1 });
    const asItem = await search({
      entityTypes: ['listItem'],
      query: { queryString: 'protokoll contentclass:STS_ListItem_DocumentLibrary' },
      size: 1,
      fields: ['Filename', 'FileType', 'SiteTitle', 'ModifiedBy', 'ParentLink', 'contentclass'],
    });
    assert.equal(asItem.status, 200);
    assert.ok(asFile.container.total > 0);
    assert.equal(asItem.container.total, asFile.container.total);
    const item = asItem.container.hits[0].resource;
    assert.equal(item['@odata.type'], '#microsoft.graph.listItem');
    assert.equal(item.fields.contentclass, 'STS_ListItem_DocumentLibrary');
    assert.match(item.fields.Filename, /\.(docx|xlsx|pptx|pdf)$/);
    for (const name of ['FileType', 'SiteTitle', 'ModifiedBy', 'ParentLink']) assert.ok(item.fields[name], name);
    assert.ok(item.lastModifiedBy.user.displayName);

    // One listItem search over pages, documents and the guide list: each contentclass bucket counts what that kind's own search finds.
    const kinds = ['STS_ListItem_WebPageLibrary', 'STS_ListItem_DocumentLibrary', 'STS_ListItem_GenericList'];
    const text = '(lön OR semester OR protokoll)';
    const all = await search({
      entityTypes: ['listItem'],
      query: { queryString: text, queryTemplate: `({searchTerms}) AND (${kinds.map((k) => `contentclass:${k}`).join(' OR ')})` },
      size: 1,
      aggregations: [{ field: 'contentclass', size: 10, bucketDefinition: { sortBy: 'count', isDescending: true, minimumCount: 0 } }],
    });
    const buckets = new Map(all.container.aggregations[0].buckets.map((b: { key: string; count: number }) => [b.key, b.count]));
    for (const kind of kinds) {
      const own = await search({ entityTypes: ['listItem'], query: { queryString: `${text} contentclass:${kind}` }, size: 1 });
      assert.ok(own.container.total > 0, kind);
      assert.equal(buckets.get(kind), own.container.total, kind);
    }
    assert.equal([...buckets.values()].reduce((a, b) => a + b, 0), all.container.total);
  });

  test('date ranges bucket by modified time', async () => {
    const r = await search({
      entityTypes: ['driveItem', 'listItem'],
      query: { queryString: 'IsDocument:true OR contentclass:STS_ListItem_WebPageLibrary' },
      aggregations: [{ field: 'LastModifiedTime', bucketDefinition: { sortBy: 'keyAsString', ranges: [{ to: '2026-01-01T00:00:00Z' }, { from: '2026-01-01T00:00:00Z' }] } }],
    });
    const [before, after] = r.container.aggregations[0].buckets;
    assert.equal(before.aggregationFilterToken, 'range(min, 2026-01-01T00:00:00Z)');
    assert.ok(before.count > 0 && after.count > 0);
    assert.equal(before.count + after.count, r.container.total);
  });

  test('from and size page through the hits without overlap', async () => {
    const page = async (from: number) => (await search({ entityTypes: ['listItem'], query: { queryString: guideList() }, from, size: 10 })).container;
    const [a, b] = [await page(0), await page(10)];
    const ids = new Set([...a.hits, ...b.hits].map((h: { hitId: string }) => h.hitId));
    assert.equal(ids.size, 20);
    assert.equal(b.hits[0].rank, 11);
    assert.equal(a.moreResultsAvailable, true);
  });
});

describe('spelling', () => {
  test('edit distance counts a swap as one edit', () => {
    assert.equal(editDistance('semester', 'semetser', 2), 1);
    assert.equal(editDistance('lön', 'lon', 2), 1);
    assert.equal(editDistance('abc', 'xyz12', 1), 2);
  });

  test('alterQuery corrects unknown words only, not properties or prefixes', () => {
    const known = new Set(['semester', 'ansökan']);
    const vocab = () => [['semester', 10], ['ansökan', 4]] as Array<[string, number]>;
    const a = alterQuery('"semestr" AND Title:semestr AND ansök*', (w) => known.has(w), vocab)!;
    assert.equal(a.alteredQueryString, '"semester" AND Title:semestr AND ansök*');
    assert.deepEqual(a.alteredQueryTokens, [{ offset: 1, length: 7, suggestion: 'semester' }]);
    assert.equal(a.alteredHighlightedQueryString, '"\ue000semester\ue001" AND Title:semestr AND ansök*');
    assert.equal(alterQuery('semester', (w) => known.has(w), vocab), undefined);
  });

  test('suggestion keeps the results of what was typed; modification returns the corrected results', async () => {
    const suggestion = await search({ entityTypes: ['listItem'], query: { queryString: 'semestr' }, queryAlterationOptions: { enableSuggestion: true } });
    assert.equal(suggestion.container.total, 0);
    assert.equal(suggestion.response.queryAlterationResponse.queryAlterationType, 'suggestion');
    assert.equal(suggestion.response.queryAlterationResponse.queryAlteration.alteredQueryString, 'semester');
    const modified = await search({ entityTypes: ['listItem'], query: { queryString: 'semestr' }, queryAlterationOptions: { enableSuggestion: true, enableModification: true } });
    assert.equal(modified.response.queryAlterationResponse.queryAlterationType, 'modification');
    assert.ok(modified.container.total > 0);
    const none = await search({ entityTypes: ['listItem'], query: { queryString: 'semester' }, queryAlterationOptions: { enableSuggestion: true } });
    assert.equal(none.response.queryAlterationResponse, undefined);
    // The dictionary is the whole tenant: a word of documents is no typo in a search of the connector.
    const elsewhere = await search({ entityTypes: ['externalItem'], contentSources: ['/external/connections/kunskapsbanken'], query: { queryString: 'protokoll' }, queryAlterationOptions: { enableSuggestion: true, enableModification: true } });
    assert.equal(elsewhere.response.queryAlterationResponse, undefined);
  });
});

describe('query templates', () => {
  test('queryTemplate wraps what was typed; the speller corrects only the typed words', async () => {
    const template = `({searchTerms}) ${guideList()}`;
    const r = await search({ entityTypes: ['listItem'], query: { queryString: 'semestr', queryTemplate: template }, queryAlterationOptions: { enableSuggestion: true, enableModification: true }, fields: ['Title'] });
    assert.equal(r.status, 200);
    assert.equal(r.response.queryAlterationResponse.queryAlteration.alteredQueryString, 'semester');
    assert.ok(r.container.hits.every((h: { resource: { webUrl: string } }) => h.resource.webUrl.includes('/Lists/Guider/')));
    assert.equal((await search({ entityTypes: ['listItem'], query: { queryString: 'x', queryTemplate: 'no terms' } })).status, 400);
  });

  test('a body with several search requests is refused: Graph takes one searchRequest at a time', async () => {
    const r = await tenant.call('/v1.0/search/query', {
      token: 'anna',
      body: { requests: [
        { entityTypes: ['listItem'], query: { queryString: 'semester', queryTemplate: `{searchTerms} ${guideList()}` }, size: 1 },
        { entityTypes: ['externalItem'], contentSources: ['/external/connections/kunskapsbanken'], query: { queryString: 'semester' }, size: 1 },
      ] },
    });
    assert.equal(r.status, 400);
    assert.equal(r.json.error.code, 'BadRequest');
  });
});
