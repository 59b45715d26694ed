import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startTenant } from '../server.ts';
import type { RunningTenant } from '../server.ts';
import { buildDocuments } from './documents.ts';
import { HOSTILE_META_KEY, HOSTILE_WORD, hostilePayloads } from './hostile.ts';

const corpus = JSON.parse(readFileSync(new URL('../../tests/fixtures/hostile-payloads.json', import.meta.url), 'utf8')) as { payloads: Array<{ payload: string }>; summaryPayloads: Array<{ payload: string }> };
const payloads = corpus.payloads.map((p) => p.payload);

async function json(tenant: RunningTenant, path: string, token = 'maria'): Promise<{ value: Array<Record<string, unknown>> }> {
  const response = await fetch(new URL(path, tenant.url), { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' } });
  assert.equal(response.status, 200, path);
  return (await response.json()) as { value: Array<Record<string, unknown>> };
}

describe('hostile content (startTenant hostile)', () => {
  let plain: RunningTenant;
  let hostile: RunningTenant;
  before(async () => {
    [plain, hostile] = await Promise.all([startTenant({ port: 0, seed: 42, news: 200 }), startTenant({ port: 0, seed: 42, news: 200, hostile: corpus })]);
  });
  after(async () => {
    await Promise.all([plain.close(), hostile.close()]);
  });

  test('a tenant started without it has none of it', () => {
    assert.equal(plain.hostile, undefined);
    assert.equal(plain.tenant.store.meta(HOSTILE_META_KEY), undefined);
    assert.ok(!plain.tenant.store.users().some((u) => u.displayName.startsWith(HOSTILE_WORD)));
    assert.ok(!buildDocuments(plain.tenant.store).some((d) => d.name.startsWith(HOSTILE_WORD)));
  });

  test('every payload is placed in news, people, guides and documents', () => {
    const summary = hostile.hostile!;
    assert.equal(summary.payloads, payloads.length);
    for (const kind of ['news', 'people', 'guides', 'documents'] as const) {
      assert.equal(summary[kind].flatMap((item) => item.payloads).length, payloads.length, kind);
    }
    const documents = buildDocuments(hostile.tenant.store).filter((d) => d.name.startsWith(`${HOSTILE_WORD} `));
    assert.deepEqual(documents.map((d) => d.name), summary.documents.map((d) => d.name));
    // The rest of the tenant is the plain one's.
    assert.equal(buildDocuments(hostile.tenant.store).length - documents.length, buildDocuments(plain.tenant.store).length);
  });

  test('SharePoint answers with the payloads as they were written', async () => {
    const pages = await json(hostile, "/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Title,Description&$filter=PromotedState eq 2&$orderby=FirstPublishedDate desc&$top=40");
    const titles = new Set(pages.value.map((p) => p.Title));
    for (const news of hostile.hostile!.news) assert.ok(titles.has(news.title), news.title);
    const guides = await json(hostile, "/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items?$select=Title,SamverkaGuideSteps&$top=500");
    const steps = guides.value.filter((g) => String(g.Title).startsWith(HOSTILE_WORD)).flatMap((g) => JSON.parse(String(g.SamverkaGuideSteps)) as Array<{ title: string; html: string }>);
    assert.deepEqual(steps.map((s) => s.html), payloads);
  });

  test('search summaries of the pages without canvas text carry the summary payloads as written', async () => {
    const response = await fetch(new URL('/v1.0/search/query', hostile.url), {
      method: 'POST',
      headers: { Authorization: 'Bearer maria', 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: [{ entityTypes: ['listItem'], query: { queryString: `${HOSTILE_WORD} path:"${hostile.url}/sites/savsjo/SitePages"` }, from: 0, size: 100 }] }),
    });
    assert.equal(response.status, 200);
    const hits = ((await response.json()) as { value: Array<{ hitsContainers: Array<{ hits?: Array<{ summary: string }> }> }> }).value[0].hitsContainers[0].hits ?? [];
    const summaries = hits.map((h) => h.summary);
    const led = hostile.hostile!.news.filter((n) => n.summaryPayload);
    assert.ok(led.length >= corpus.summaryPayloads.length, `${led.length} pages lead with a summary payload`);
    for (const { payload } of corpus.summaryPayloads) {
      assert.ok(summaries.some((s) => s.startsWith(payload)), `a summary starts with ${payload}`);
    }
  });

  test('search finds the hostile items by the hostile word', async () => {
    const response = await fetch(new URL('/v1.0/search/query', hostile.url), {
      method: 'POST',
      headers: { Authorization: 'Bearer maria', 'Content-Type': 'application/json', Prefer: 'include-unknown-enum-members' },
      body: JSON.stringify({ requests: [{ entityTypes: ['person'], query: { queryString: HOSTILE_WORD }, size: 25 }] }),
    });
    assert.equal(response.status, 200);
    const hits = ((await response.json()) as { value: Array<{ hitsContainers: Array<{ total: number }> }> }).value[0].hitsContainers[0].total;
    assert.equal(hits, hostile.hostile!.people.length);
  });

  test('payloads come as strings, { payload } objects or a corpus; anything else is refused', async () => {
    assert.deepEqual(hostilePayloads(['<b>', { payload: '<i>' }]), ['<b>', '<i>']);
    assert.equal(hostilePayloads(corpus).length, payloads.length);
    assert.throws(() => hostilePayloads({}), /array of payloads/);
    assert.throws(() => hostilePayloads([1]), /string/);
    await assert.rejects(startTenant({ port: 0, dbPath: '/tmp/never.sqlite', hostile: ['<b>'] }), /in memory/);
  });
});
