import type { SearchResponse } from '@microsoft/microsoft-graph-types';
import { createFakeFetch, json, RecordedRequest } from '../../tests/support/fakeFetch';
import { createGraph } from './connection';
import { failureCodeOf } from '../core/failures';
import { GraphBatchCoalescer, runSearch, searchCall } from './graphBatchCoalescer';
import { defaultRetryPolicy } from './retry';

const connection = { kind: 'local' as const, baseUrl: 'http://tenant.test', token: 'anna' };
const policy = defaultRetryPolicy({ sleep: async () => undefined, random: () => 0 });

type WireRequest = { id: string; method: string; url: string; headers?: Record<string, string>; body?: { requests: Array<{ query: { queryString: string } }> } };

/** A search answer whose one hit names the query it answers, so a test can tell answers apart. */
function searchAnswer(queryString: string): unknown {
  return { value: [{ hitsContainers: [{ total: 1, hits: [{ hitId: queryString }] }] }] };
}

function graphTenant() {
  return createFakeFetch()
    .on('POST', /\/v1\.0\/\$batch$/, (request: RecordedRequest) => json({
      responses: (request.body as { requests: WireRequest[] }).requests.map(r => {
        const query = r.body ? r.body.requests[0].query.queryString : '';
        return query === 'fails'
          ? { id: r.id, status: 403, headers: {}, body: { error: { code: 'accessDenied' } } }
          : { id: r.id, status: 200, headers: { 'Content-Type': 'application/json' }, body: searchAnswer(query) };
      })
    }))
    .on('POST', /\/v1\.0\/search\/query$/, (request: RecordedRequest) =>
      json(searchAnswer((request.body as { requests: Array<{ query: { queryString: string } }> }).requests[0].query.queryString)));
}

const query = (text: string) => [{ entityTypes: ['listItem' as const], query: { queryString: text } }];
const hitOf = (responses: SearchResponse[]): string | null | undefined => responses[0].hitsContainers![0].hits![0].hitId;

describe('GraphBatchCoalescer', () => {
  it('sends calls asked at the same moment as one JSON batch and gives each its own answer', async () => {
    const fake = graphTenant();
    const graph = createGraph(connection, policy, fake.fetch);
    const batch = new GraphBatchCoalescer(graph, policy);
    const [news, pages] = await Promise.all([batch.run(searchCall(graph, query('news'))), batch.run(searchCall(graph, query('pages')))]);
    expect(fake.requests.map(r => r.url)).toEqual(['http://tenant.test/v1.0/$batch']);
    expect((fake.requests[0].body as { requests: WireRequest[] }).requests.map(r => `${r.method} ${r.url}`)).toEqual(['POST /search/query', 'POST /search/query']);
    expect(hitOf(news)).toBe('news');
    expect(hitOf(pages)).toBe('pages');
  });

  it('sends a call asked alone as it would go without a batch', async () => {
    const fake = graphTenant();
    const graph = createGraph(connection, policy, fake.fetch);
    const answer = await new GraphBatchCoalescer(graph, policy).run(searchCall(graph, query('alone')));
    expect(fake.requests.map(r => r.url)).toEqual(['http://tenant.test/v1.0/search/query']);
    expect(hitOf(answer)).toBe('alone');
  });

  it('fails only the call whose answer in the batch failed, with its status', async () => {
    const fake = graphTenant();
    const graph = createGraph(connection, policy, fake.fetch);
    const batch = new GraphBatchCoalescer(graph, policy);
    const [ok, failed] = await Promise.allSettled([batch.run(searchCall(graph, query('fine'))), batch.run(searchCall(graph, query('fails')))]);
    expect(ok.status === 'fulfilled' && hitOf(ok.value)).toBe('fine');
    expect(failed.status).toBe('rejected');
    expect(failureCodeOf((failed as PromiseRejectedResult).reason)).toBe('forbidden');
  });

  it('asks again in a new batch once the previous one has gone', async () => {
    const fake = graphTenant();
    const graph = createGraph(connection, policy, fake.fetch);
    const batch = new GraphBatchCoalescer(graph, policy);
    await Promise.all([batch.run(searchCall(graph, query('a'))), batch.run(searchCall(graph, query('b')))]);
    await batch.run(searchCall(graph, query('c')));
    expect(fake.requests.map(r => r.url.replace('http://tenant.test/v1.0/', ''))).toEqual(['$batch', 'search/query']);
  });

  it('sends a call of two search requests as two inner requests of one batch, one searchRequest in each body, read back in order', async () => {
    const fake = graphTenant();
    const graph = createGraph(connection, policy, fake.fetch);
    const answer = await new GraphBatchCoalescer(graph, policy).run(searchCall(graph, [...query('feed'), ...query('boosted')]));
    expect(fake.requests.map(r => r.url)).toEqual(['http://tenant.test/v1.0/$batch']);
    const inner = (fake.requests[0].body as { requests: WireRequest[] }).requests;
    expect(inner.map(r => `${r.method} ${r.url}`)).toEqual(['POST /search/query', 'POST /search/query']);
    expect(inner.map(r => r.body!.requests.length)).toEqual([1, 1]);
    expect(inner.map(r => r.body!.requests[0].query.queryString)).toEqual(['feed', 'boosted']);
    expect(answer.map(r => r.hitsContainers![0].hits![0].hitId)).toEqual(['feed', 'boosted']);
  });

  it('retries a throttled inner search request alone, after its Retry-After, and keeps the order', async () => {
    const slept: number[] = [];
    const patient = defaultRetryPolicy({ sleep: async ms => { slept.push(ms); }, random: () => 0 });
    let throttled = false;
    const fake = createFakeFetch().on('POST', /\/v1\.0\/\$batch$/, (request: RecordedRequest) => json({
      responses: (request.body as { requests: WireRequest[] }).requests.map(r => {
        const text = r.body!.requests[0].query.queryString;
        if (text === 'boosted' && !throttled) {
          throttled = true;
          return { id: r.id, status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'TooManyRequests' } } };
        }
        return { id: r.id, status: 200, headers: {}, body: searchAnswer(text) };
      })
    }));
    const graph = createGraph(connection, patient, fake.fetch);
    const answer = await runSearch(graph, [...query('feed'), ...query('boosted')], patient);
    const sent = fake.requests.map(r => (r.body as { requests: WireRequest[] }).requests.map(x => x.body!.requests[0].query.queryString));
    expect(sent).toEqual([['feed', 'boosted'], ['boosted']]);
    expect(slept).toEqual([2000]);
    expect(answer.map(r => r.hitsContainers![0].hits![0].hitId)).toEqual(['feed', 'boosted']);
  });

  it('sends Prefer: include-unknown-enum-members with a person search: as the inner header in a batch, as a request header alone', async () => {
    const fake = graphTenant();
    const graph = createGraph(connection, policy, fake.fetch);
    const people = [{ entityTypes: ['person' as const], query: { queryString: 'anna' } }];
    await new GraphBatchCoalescer(graph, policy).run(searchCall(graph, [...query('pages'), ...people]));
    const inner = (fake.requests[0].body as { requests: WireRequest[] }).requests;
    expect(inner.map(r => r.headers && r.headers.Prefer)).toEqual([undefined, 'include-unknown-enum-members']);
    await new GraphBatchCoalescer(graph, policy).run(searchCall(graph, people));
    expect(fake.requests[1].url).toBe('http://tenant.test/v1.0/search/query');
    expect(fake.requests[1].headers.prefer).toBe('include-unknown-enum-members');
    await new GraphBatchCoalescer(graph, policy).run(searchCall(graph, query('pages')));
    expect(fake.requests[2].headers.prefer).toBeUndefined();
  });
});
