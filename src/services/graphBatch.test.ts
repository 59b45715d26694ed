import { createFakeFetch, json, RecordedRequest } from '../../tests/support/fakeFetch';
import { createGraph } from './connection';
import { batchAnswerBody, GraphBatchRequest, sendGraphBatch } from './graphBatch';
import { failureCodeOf } from '../core/failures';
import { defaultRetryPolicy, RetryPolicy } from './retry';

const connection = { kind: 'local' as const, baseUrl: 'http://tenant.test', token: 'anna' };

function policy(): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return { ...defaultRetryPolicy({ sleep: async ms => { slept.push(ms); }, random: () => 0 }), slept };
}

type WireRequest = { id: string; method: string; url: string; body?: unknown; headers?: Record<string, string> };

/** A Graph $batch endpoint whose answer per inner request the test decides. */
function batchEndpoint(answer: (request: WireRequest, round: number) => { status: number; headers?: Record<string, string>; body?: unknown }) {
  let round = 0;
  return (request: RecordedRequest) => {
    round++;
    const inner = (request.body as { requests: WireRequest[] }).requests;
    return json({ responses: inner.map(r => ({ id: r.id, headers: {}, body: {}, ...answer(r, round) })) });
  };
}

const innerIds = (request: RecordedRequest): string[] => (request.body as { requests: WireRequest[] }).requests.map(r => r.id);

describe('sendGraphBatch', () => {
  it('sends the requests as one JSON batch to the version root and answers by id', async () => {
    const fake = createFakeFetch().on('POST', /\/v1\.0\/\$batch$/, batchEndpoint(r => ({ status: 200, body: { url: r.url } })));
    const answers = await sendGraphBatch(createGraph(connection, policy(), fake.fetch), [
      { id: 'me', method: 'GET', url: '/me?$select=id' },
      { id: 'search', method: 'POST', url: '/search/query', body: { requests: [] } }
    ], policy());
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].url).toBe('http://tenant.test/v1.0/$batch');
    expect(fake.requests[0].headers.authorization).toBe('Bearer anna');
    expect(fake.requests[0].body).toEqual({
      requests: [
        { id: 'me', method: 'GET', url: '/me?$select=id' },
        { id: 'search', method: 'POST', url: '/search/query', body: { requests: [] }, headers: { 'Content-Type': 'application/json' } }
      ]
    });
    expect(answers.me).toMatchObject({ status: 200, body: { url: '/me?$select=id' } });
    expect(answers.search.status).toBe(200);
  });

  it('retries a request throttled inside the batch alone, after its Retry-After', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, batchEndpoint((r, round) =>
      r.id === 'b' && round === 1 ? { status: 429, headers: { 'retry-after': '3' } } : { status: 200, body: { round } }));
    const p = policy();
    const answers = await sendGraphBatch(createGraph(connection, p, fake.fetch), [
      { id: 'a', method: 'GET', url: '/a' }, { id: 'b', method: 'GET', url: '/b' }
    ], p);
    expect(fake.requests.map(innerIds)).toEqual([['a', 'b'], ['b']]);
    expect(p.slept).toEqual([3000]);
    expect(answers.a.body).toEqual({ round: 1 });
    expect(answers.b).toMatchObject({ status: 200, body: { round: 2 } });
  });

  it('waits for the longest Retry-After among throttled requests, and backs off without one (503)', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, batchEndpoint((r, round) => {
      if (round === 1 && r.id === 'a') return { status: 429, headers: { 'Retry-After': '1' } };
      if (round === 1 && r.id === 'b') return { status: 429, headers: { 'Retry-After': '4' } };
      if (round <= 2 && r.id === 'c') return { status: 503 };
      return { status: 200 };
    }));
    const p = policy();
    const answers = await sendGraphBatch(createGraph(connection, p, fake.fetch),
      ['a', 'b', 'c'].map(id => ({ id, method: 'GET' as const, url: `/${id}` })), p);
    expect(fake.requests.map(innerIds)).toEqual([['a', 'b', 'c'], ['a', 'b', 'c'], ['c']]);
    expect(p.slept).toEqual([4000, 500]);
    expect(['a', 'b', 'c'].map(id => answers[id].status)).toEqual([200, 200, 200]);
  });

  it('stops after the last attempt and hands back the throttled answer', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, batchEndpoint(() => ({ status: 503 })));
    const p = policy();
    const answers = await sendGraphBatch(createGraph(connection, p, fake.fetch), [{ id: 'a', method: 'GET', url: '/a' }], p);
    expect(fake.requests).toHaveLength(p.maxAttempts);
    expect(answers.a.status).toBe(503);
    expect(() => batchAnswerBody(answers.a, '/a')).toThrow(/503/);
    let code = '';
    try { batchAnswerBody(answers.a, '/a'); } catch (e) { code = failureCodeOf(e); }
    expect(code).toBe('unavailable');
  });

  it('splits more than 20 requests over several batches', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, batchEndpoint(() => ({ status: 200 })));
    const requests: GraphBatchRequest[] = Array.from({ length: 45 }, (_, i) => ({ id: String(i), method: 'GET', url: `/x/${i}` }));
    const answers = await sendGraphBatch(createGraph(connection, policy(), fake.fetch), requests, policy());
    expect(fake.requests.map(r => innerIds(r).length)).toEqual([20, 20, 5]);
    expect(Object.keys(answers)).toHaveLength(45);
  });

  it('sends the batches of more than 20 requests together, not one after another', async () => {
    let open = 0;
    let most = 0;
    const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
      open++;
      most = Math.max(most, open);
      await new Promise(resolve => setTimeout(resolve, 5));
      open--;
      const inner = (JSON.parse(String(init.body)) as { requests: WireRequest[] }).requests;
      return json({ responses: inner.map(r => ({ id: r.id, status: 200, headers: {}, body: {} })) });
    };
    const requests: GraphBatchRequest[] = Array.from({ length: 45 }, (_, i) => ({ id: String(i), method: 'GET', url: `/x/${i}` }));
    const answers = await sendGraphBatch(createGraph(connection, policy(), fetch), requests, policy());
    expect(most).toBe(3);
    expect(Object.values(answers).every(a => a.status === 200)).toBe(true);
  });

  it('marks requests the batch did not answer with status 0', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, () => json({ responses: [] }));
    const answers = await sendGraphBatch(createGraph(connection, policy(), fake.fetch), [{ id: 'a', method: 'GET', url: '/a' }], policy());
    expect(answers.a.status).toBe(0);
  });

  it('leaves a throttled outer batch to the client retry', async () => {
    const fake = createFakeFetch()
      .on('POST', /\$batch$/, () => json({ error: { code: 'TooManyRequests' } }, 429, { 'Retry-After': '1' }), 1)
      .on('POST', /\$batch$/, batchEndpoint(() => ({ status: 200 })));
    const p = policy();
    const answers = await sendGraphBatch(createGraph(connection, p, fake.fetch), [{ id: 'a', method: 'GET', url: '/a' }], p);
    expect(answers.a.status).toBe(200);
    expect(p.slept).toEqual([1000]);
  });
});
