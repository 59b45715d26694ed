import { describeExchange, finalExchanges, RequestRecorder } from './requestRecorder';

const TENANT = 'https://contoso.sharepoint.com';
const GRAPH = 'https://graph.microsoft.com/v1.0';

function answering(status: number, text: string): (url: string, init: RequestInit) => Promise<Response> {
  return async () => new Response(text, { status });
}

test('every request inside a Graph batch is recorded with its own status, and the caller still reads the whole answer', async () => {
  const reply = { responses: [{ id: '2', status: 503, body: {} }, { id: '1', status: 200, body: {} }] };
  const recorder = new RequestRecorder(TENANT, GRAPH, answering(200, JSON.stringify(reply)));
  const response = await recorder.fetch(`${GRAPH}/$batch`, {
    method: 'POST',
    headers: { Authorization: 'Bearer secret' },
    body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/me?$select=id' }, { id: '2', method: 'POST', url: '/search/query', body: { requests: [] } }] })
  });
  expect(await response.json()).toEqual(reply);
  const taken = recorder.take();
  expect(taken.map(e => [e.method, e.shown, e.status, e.inBatch])).toEqual([
    ['POST', 'graph.microsoft.com/v1.0/$batch', 200, false],
    ['GET', 'graph.microsoft.com/v1.0/me', 200, true],
    ['POST', 'graph.microsoft.com/v1.0/search/query', 503, true]
  ]);
  expect(JSON.stringify(taken)).not.toContain('secret');
  expect(recorder.take()).toEqual([]);
});

test('the parts of a SharePoint batch are paired with their status lines in order', async () => {
  const sent = [
    '--batch_1', 'Content-Type: application/http', '', `GET ${TENANT}/sites/a/_api/web/lists/getByTitle('Site%20Pages')/items?$top=1 HTTP/1.1`, 'Accept: application/json', '',
    '--batch_1', 'Content-Type: application/http', '', `GET ${TENANT}/sites/a/_api/web/lists/getByTitle('Guider')/items HTTP/1.1`, '', '--batch_1--'
  ].join('\n');
  const answer = ['--batchresponse_x', 'Content-Type: application/http', '', 'HTTP/1.1 200 OK', '', '{}', '--batchresponse_x', '', 'HTTP/1.1 403 Forbidden', '', '{}', '--batchresponse_x--', ''].join('\r\n');
  const recorder = new RequestRecorder(TENANT, GRAPH, answering(200, answer));
  await recorder.fetch(`${TENANT}/sites/a/_api/$batch`, { method: 'POST', body: sent });
  const inner = recorder.take().filter(e => e.inBatch);
  expect(inner.map(e => [e.shown, e.status])).toEqual([
    ["/sites/a/_api/web/lists/getByTitle('Site Pages')/items", 200],
    ["/sites/a/_api/web/lists/getByTitle('Guider')/items", 403]
  ]);
  expect(describeExchange(inner[1])).toBe(`403 GET /sites/a/_api/web/lists/getByTitle('Guider')/items in $batch (list "Guider")`);
});

test('a 429 or 503 sent again is not the final answer; the last sending is', () => {
  const e = (key: string, status: number): ReturnType<RequestRecorder['take']>[number] => ({ method: 'GET', shown: key, status, inBatch: false, key });
  expect(finalExchanges([e('a', 503), e('b', 429), e('a', 200), e('c', 503)]).map(x => [x.key, x.status])).toEqual([['b', 429], ['a', 200], ['c', 503]]);
  // A 404 is an answer, even when the same request is sent again.
  expect(finalExchanges([e('a', 404), e('a', 200)])).toHaveLength(2);
});

test('a request that got no answer is recorded as status 0 and its error still reaches the caller', async () => {
  const recorder = new RequestRecorder(TENANT, GRAPH, () => Promise.reject(new TypeError('fetch failed')));
  await expect(recorder.fetch(`${TENANT}/_api/web`, { method: 'GET' })).rejects.toThrow('fetch failed');
  expect(describeExchange(recorder.take()[0])).toBe('no answer GET /_api/web');
});
