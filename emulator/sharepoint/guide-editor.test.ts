import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useTenant } from '../tenant-fixture.ts';

/**
 * The guide editor on the local tenant (issue 13): the guide list takes a status and a copy's
 * provenance, search indexes the status so readers' queries can leave drafts out, and a save
 * on top of someone else's newer save is refused by its ETag (412), changing nothing.
 */

const tenant = useTenant({ seed: 42 });
const GUIDES = "/sites/gemensamt/_api/web/lists/getByTitle('Guider')";
const STEPS = JSON.stringify([{ title: 'Öppna portalen', html: '<p>Välj <strong>Semester</strong>.</p>' }]);

async function create(title: string, status: string): Promise<{ id: number; etag: string }> {
  const r = await tenant.call(`${GUIDES}/items`, {
    token: 'johan',
    body: { Title: title, SamverkaGuideSummary: 'Sammanfattning', SamverkaGuideSteps: STEPS, SamverkaGuideStepCount: 1, SamverkaGuideCategory: 'Ledighet', SamverkaMunicipality: ['alla'], SamverkaGuideStatus: status }
  });
  assert.equal(r.status, 201, r.text);
  return { id: r.json.Id, etag: r.json['odata.etag'] };
}

async function found(token: string, word: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const r = await tenant.call('/v1.0/search/query', { token, body: { requests: [{ entityTypes: ['listItem'], query: { queryString: `${word} AND NOT SamverkaGuideStatusOWSCHCS:utkast` }, fields: ['Title'] }] } });
  assert.equal(r.status, 200, r.text);
  return r.json.value[0].hitsContainers[0].total;
}

describe('guide status and provenance', () => {
  test('a draft is indexed with its status, so readers\' queries leave it out until it is published', async () => {
    const guide = await create('Zorbexguide för semester', 'utkast');
    assert.equal(await found('sara', 'Zorbexguide'), 0);
    const unfiltered = await tenant.call('/v1.0/search/query', { token: 'johan', body: { requests: [{ entityTypes: ['listItem'], query: { queryString: 'Zorbexguide' }, fields: ['SamverkaGuideStatusOWSCHCS'] }] } });
    assert.equal(unfiltered.json.value[0].hitsContainers[0].hits[0].resource.fields.samverkaGuideStatusOWSCHCS ?? unfiltered.json.value[0].hitsContainers[0].hits[0].resource.fields.SamverkaGuideStatusOWSCHCS, 'utkast');
    const publish = await tenant.call(`${GUIDES}/items(${guide.id})`, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': guide.etag }, body: { SamverkaGuideStatus: 'publicerad' } });
    assert.equal(publish.status, 204, publish.text);
    assert.equal(await found('sara', 'Zorbexguide'), 1);
  });

  test('a copy keeps where it came from in the provenance columns', async () => {
    const copy = await create('Kopia av guide', 'utkast');
    const provenance = { SamverkaSourceUrl: `${tenant.url}/sites/gemensamt/Lists/Guider/DispForm.aspx?ID=1`, SamverkaSourceMunicipality: 'eksjo', SamverkaSourceModified: '2026-01-01T00:00:00Z', SamverkaCopiedBy: 'johan.lindqvist@vetlanda.se', SamverkaCopiedAt: '2026-02-01T00:00:00Z' };
    const r = await tenant.call(`${GUIDES}/items(${copy.id})`, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': '*' }, body: provenance });
    assert.equal(r.status, 204, r.text);
    const back = await tenant.call(`${GUIDES}/items(${copy.id})?$select=${Object.keys(provenance).join(',')}`, { token: 'johan' });
    for (const [name, value] of Object.entries(provenance)) {
      assert.equal(back.json[name], value.replace('.000Z', 'Z'), name);
    }
  });
});

describe('two editors at once: If-Match', () => {
  test('a save with the ETag the item had is refused once someone saved in between: 412, SharePoint\'s error, nothing changed', async () => {
    const guide = await create('Guide att redigera', 'utkast');
    const first = await tenant.call(`${GUIDES}/items(${guide.id})`, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': guide.etag }, body: { Title: 'Johans rubrik' } });
    assert.equal(first.status, 204);
    assert.notEqual(first.headers.get('etag'), guide.etag);
    const stale = await tenant.call(`${GUIDES}/items(${guide.id})`, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': guide.etag }, body: { Title: 'Gammal rubrik' } });
    assert.equal(stale.status, 412);
    assert.deepEqual(stale.json, { 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { lang: 'en-US', value: `The request ETag value '${guide.etag}' does not match the object's ETag value '${first.headers.get('etag')}'.` } } });
    const after = await tenant.call(`${GUIDES}/items(${guide.id})?$select=Title,Modified,Editor/Title&$expand=Editor`, { token: 'johan' });
    assert.equal(after.json.Title, 'Johans rubrik');
    assert.equal(after.json['odata.etag'], first.headers.get('etag'));
    // The current ETag, and '*', are taken.
    const current = await tenant.call(`${GUIDES}/items(${guide.id})`, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': first.headers.get('etag')! }, body: { Title: 'Ny rubrik' } });
    assert.equal(current.status, 204);
  });

  test('a weak stale ETag (W/"n") is compared by its value and refused the same way', async () => {
    const guide = await create('Guide i batch', 'utkast');
    await tenant.call(`${GUIDES}/items(${guide.id})`, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': '*' }, body: { Title: 'Först' } });
    const stale = await tenant.call(`${GUIDES}/items(${guide.id})`, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': `W/${guide.etag}` }, body: { Title: 'Sen' } });
    assert.equal(stale.status, 412);
  });
});

describe('the municipality column is multi-choice', () => {
  async function searchTotal(token: string, queryString: string): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const r = await tenant.call('/v1.0/search/query', { token, body: { requests: [{ entityTypes: ['listItem'], query: { queryString }, fields: ['Title'] }] } });
    assert.equal(r.status, 200, r.text);
    return r.json.value[0].hitsContainers[0].total;
  }

  test('takes an array (JSON) or { results } (verbose), returns the same shape, and refuses one string', async () => {
    const r = await tenant.call(`${GUIDES}/items`, {
      token: 'johan',
      body: { Title: 'Qwimbaguide för två', SamverkaGuideSummary: 'S', SamverkaGuideSteps: STEPS, SamverkaGuideStepCount: 1, SamverkaGuideCategory: 'Ledighet', SamverkaMunicipality: ['eksjo', 'vetlanda'] },
    });
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.json.SamverkaMunicipality, ['eksjo', 'vetlanda']);
    const verbose = await tenant.call(`${GUIDES}/items(${r.json.Id})?$select=SamverkaMunicipality`, { token: 'johan', headers: { accept: 'application/json;odata=verbose' } });
    assert.deepEqual(verbose.json.d.SamverkaMunicipality.results, ['eksjo', 'vetlanda']);
    const merge = await tenant.call(`${GUIDES}/items(${r.json.Id})`, {
      token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': '*', 'content-type': 'application/json;odata=verbose' },
      body: { SamverkaMunicipality: { __metadata: { type: 'Collection(Edm.String)' }, results: ['eksjo', 'vetlanda', 'savsjo'] } },
    });
    assert.equal(merge.status, 204, merge.text);
    const single = await tenant.call(`${GUIDES}/items(${r.json.Id})`, { token: 'johan', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': '*' }, body: { SamverkaMunicipality: 'eksjo;vetlanda' } });
    assert.equal(single.status, 400, single.text);
  });

  test('search keeps each value: RefinableString111 matches any of them and its refiner counts the guide under each', async () => {
    const r = await tenant.call(`${GUIDES}/items`, {
      token: 'johan',
      body: { Title: 'Plonkguide för två', SamverkaGuideSummary: 'S', SamverkaGuideSteps: STEPS, SamverkaGuideStepCount: 1, SamverkaGuideCategory: 'Ledighet', SamverkaMunicipality: ['eksjo', 'vetlanda'] },
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(await searchTotal('sara', 'Plonkguide AND RefinableString111:vetlanda'), 1);
    assert.equal(await searchTotal('sara', 'Plonkguide AND RefinableString111:eksjo'), 1);
    assert.equal(await searchTotal('sara', 'Plonkguide AND RefinableString111:savsjo'), 0);
    assert.equal(await searchTotal('sara', 'Plonkguide AND SamverkaMunicipalityOWSCHCM:vetlanda'), 1);
    const refined = await tenant.call('/v1.0/search/query', {
      token: 'sara',
      body: { requests: [{ entityTypes: ['listItem'], query: { queryString: 'Plonkguide' }, fields: ['RefinableString111'], aggregations: [{ field: 'RefinableString111', size: 10, bucketDefinition: { sortBy: 'count', isDescending: true, minimumCount: 0 } }] }] },
    });
    assert.equal(refined.status, 200, refined.text);
    const container = refined.json.value[0].hitsContainers[0];
    const buckets = container.aggregations[0].buckets.map((b: { key: string; count: number }) => [b.key, b.count]).sort();
    assert.deepEqual(buckets, [['eksjo', 1], ['vetlanda', 1]]);
    // A multi-valued property is returned as one string, its values separated by ";".
    assert.equal(container.hits[0].resource.fields.refinableString111 ?? container.hits[0].resource.fields.RefinableString111, 'eksjo;vetlanda');
  });
});

describe('the guide list keeps versions', () => {
  const merge = (id: number, etag: string, token: string, body: Record<string, unknown>) =>
    tenant.call(`${GUIDES}/items(${id})`, { token, method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': etag }, body });

  test('each save is a new major version; items(ID)/versions lists them newest first: label, who, when and every field as it was', async () => {
    const guide = await create('Versionsguide', 'utkast');
    const first = await merge(guide.id, guide.etag, 'johan', { Title: 'Versionsguide, andra' });
    assert.equal(first.status, 204, first.text);
    const second = await merge(guide.id, first.headers.get('etag')!, 'karin', { SamverkaGuideSummary: 'Ny sammanfattning' });
    assert.equal(second.status, 204, second.text);
    const item = await tenant.call(`${GUIDES}/items(${guide.id})?$select=OData__UIVersionString`, { token: 'johan' });
    assert.equal(item.json.OData__UIVersionString, '3.0');

    const r = await tenant.call(`${GUIDES}/items(${guide.id})/versions`, { token: 'johan' });
    assert.equal(r.status, 200, r.text);
    const versions = r.json.value as Array<Record<string, any>>;
    assert.deepEqual(versions.map((v) => v.VersionLabel), ['3.0', '2.0', '1.0']);
    assert.deepEqual(versions.map((v) => v.VersionId), [1536, 1024, 512]);
    assert.deepEqual(versions.map((v) => v.IsCurrentVersion), [true, false, false]);
    assert.deepEqual(versions.map((v) => v.Title), ['Versionsguide, andra', 'Versionsguide, andra', 'Versionsguide']);
    assert.deepEqual(versions.map((v) => v.SamverkaGuideSummary), ['Ny sammanfattning', 'Sammanfattning', 'Sammanfattning']);
    assert.deepEqual(versions.map((v) => v.Editor.LookupValue), ['Karin Holm', 'Johan Ek', 'Johan Ek']);
    assert.equal(versions[2].SamverkaGuideSteps, STEPS);
    assert.deepEqual(versions[2].SamverkaMunicipality, ['alla']);
    assert.ok(versions.every((v) => typeof v.Created === 'string' && v['odata.type'] === 'SP.ListItemVersion'));
    // PnPjs' items.getById(id).versions() asks the same through getbyid.
    const byId = await tenant.call(`${GUIDES}/items/getbyid(${guide.id})/versions`, { token: 'sara' });
    assert.equal(byId.status, 200, byId.text);
    assert.equal(byId.json.value.length, 3);
  });

  test('a seeded guide saved for the first time keeps the version it had; an unknown item is 404', async () => {
    const before = await tenant.call(`${GUIDES}/items(2)?$select=Title,OData__UIVersionString`, { token: 'johan' });
    const only = await tenant.call(`${GUIDES}/items(2)/versions`, { token: 'johan' });
    assert.deepEqual(only.json.value.map((v: { VersionLabel: string }) => v.VersionLabel), ['1.0']);
    const saved = await merge(2, '*', 'johan', { Title: 'Ändrad rubrik' });
    assert.equal(saved.status, 204, saved.text);
    const versions = (await tenant.call(`${GUIDES}/items(2)/versions`, { token: 'johan' })).json.value;
    assert.deepEqual(versions.map((v: { VersionLabel: string; Title: string }) => [v.VersionLabel, v.Title]), [['2.0', 'Ändrad rubrik'], ['1.0', before.json.Title]]);
    assert.equal((await tenant.call(`${GUIDES}/items(99999)/versions`, { token: 'johan' })).status, 404);
  });

  test('a list without versioning keeps none: one version, the current', async () => {
    const list = await tenant.call("/sites/gemensamt/_api/web/lists/getByTitle('Guider')?$select=EnableVersioning", { token: 'johan' });
    assert.equal(list.json.EnableVersioning, true);
    const made = await tenant.call('/sites/gemensamt/_api/web/lists', { token: 'admin', body: { Title: 'Utan versioner', BaseTemplate: 100 } });
    assert.equal(made.status, 201, made.text);
    const list2 = "/sites/gemensamt/_api/web/lists/getByTitle('Utan versioner')";
    assert.equal((await tenant.call(`${list2}?$select=EnableVersioning`, { token: 'admin' })).json.EnableVersioning, false);
    const item = await tenant.call(`${list2}/items`, { token: 'admin', body: { Title: 'Ett' } });
    assert.equal(item.status, 201, item.text);
    await tenant.call(`${list2}/items(${item.json.Id})`, { token: 'admin', method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': '*' }, body: { Title: 'Två' } });
    const versions = (await tenant.call(`${list2}/items(${item.json.Id})/versions`, { token: 'admin' })).json.value;
    assert.deepEqual(versions.map((v: { VersionLabel: string; Title: string }) => [v.VersionLabel, v.Title]), [['1.0', 'Två']]);
  });
});
