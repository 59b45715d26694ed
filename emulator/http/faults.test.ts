import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FaultInjector, FaultRuleError } from './faults.ts';
import { startTenant } from '../server.ts';
import { useTenant } from '../tenant-fixture.ts';

/** Fault injection, the request log, CORS and the admin endpoints. */

describe('fault rules', () => {
  test('a rule applies `times` times; matching rules combine', () => {
    const faults = new FaultInjector();
    faults.add([
      { pattern: '/search/query', status: 429, retryAfter: 1, times: 2 },
      { pattern: '^/v1\\.0/', latencyMs: 50 },
      { pattern: '/items', method: 'POST', status: 503 },
    ]);
    assert.deepEqual(faults.take('POST', '/v1.0/search/query'), { latencyMs: 50, malformed: false, status: 429, retryAfter: 1 });
    assert.equal(faults.take('POST', '/v1.0/search/query')?.status, 429);
    assert.deepEqual(faults.take('POST', '/v1.0/search/query'), { latencyMs: 50, malformed: false }, 'the 429 is used up');
    assert.equal(faults.take('GET', "/sites/eksjo/_api/web/lists/getByTitle('x')/items"), undefined, 'the method must match');
    assert.equal(faults.list().length, 2);
    faults.clear();
    assert.equal(faults.take('POST', '/v1.0/search/query'), undefined);
  });

  test('a network profile: once per round trip, and per searchRequest of a search body', () => {
    const faults = new FaultInjector();
    faults.add([
      { pattern: '/_api/|^/v1\\.0/', roundTrip: true, latencyMs: 60 },
      { pattern: '/search/query', perSearchRequest: true, latencyMs: 250 },
    ]);
    const body = (n: number) => JSON.stringify({ requests: Array.from({ length: n }, () => ({ entityTypes: ['listItem'], query: { queryString: 'x' } })) });
    assert.equal(faults.take('POST', '/v1.0/$batch', { body: '{"requests":[{"id":"1","method":"GET","url":"/me"}]}' })?.latencyMs, 60, 'a batch: one round trip, its "requests" are no searchRequests');
    assert.equal(faults.take('GET', '/v1.0/me', { inner: true }), undefined, 'a request inside a batch pays no round trip of its own');
    assert.equal(faults.take('POST', '/v1.0/search/query', { inner: true, body: body(1) })?.latencyMs, 250);
    assert.equal(faults.take('POST', '/v1.0/search/query', { body: body(3) })?.latencyMs, 60 + 3 * 250, 'three searchRequests in one body cost three');
    assert.equal(faults.take('POST', '/v1.0/search/query', { body: 'not json' })?.latencyMs, 60);
    assert.equal(faults.take('GET', "/sites/eksjo/_api/web/lists/getByTitle('x')/items")?.latencyMs, 60);
    assert.equal(faults.take('GET', '/sites/eksjo/siteassets/sitepages/nyhetsbilder/a.svg'), undefined);
    assert.throws(() => faults.add({ pattern: 'x', perSearchRequest: true }), FaultRuleError, 'perSearchRequest needs latencyMs');
    assert.throws(() => faults.add({ pattern: 'x', latencyMs: 1, roundTrip: 'yes' }), FaultRuleError);
  });

  test('invalid rules are refused, none of a list is added', () => {
    const faults = new FaultInjector();
    for (const bad of [null, {}, { pattern: '(' , status: 429 }, { pattern: 'x' }, { pattern: 'x', status: 42 }, { pattern: 'x', latencyMs: -1 }, { pattern: 'x', times: 0, status: 500 }]) {
      assert.throws(() => faults.add(bad), FaultRuleError, JSON.stringify(bad));
    }
    assert.throws(() => faults.add([{ pattern: 'ok', status: 503 }, { pattern: 'bad' }]), FaultRuleError);
    assert.equal(faults.list().length, 0);
  });
});

describe('over HTTP', () => {
  const tenant = useTenant({ news: 200 });
  const search = { requests: [{ entityTypes: ['listItem'], query: { queryString: 'PromotedState:2' }, size: 5 }] };

  test('429 with Retry-After, twice, then the real answer', async () => {
    const added = await tenant.call('/_emulator/faults', { body: [{ pattern: '/search/query', status: 429, retryAfter: 1, times: 2 }] });
    assert.equal(added.status, 201);
    for (let i = 0; i < 2; i++) {
      const r = await tenant.call('/v1.0/search/query', { token: 'anna', body: search });
      assert.equal(r.status, 429);
      assert.equal(r.headers.get('retry-after'), '1');
      assert.equal(r.json.error.code, 'TooManyRequests');
    }
    assert.equal((await tenant.call('/v1.0/search/query', { token: 'anna', body: search })).status, 200);
    assert.deepEqual((await tenant.call('/_emulator/faults')).json.value, [], 'a used-up rule is gone');
  });

  test('503 on SharePoint in SharePoint shape', async () => {
    await tenant.call('/_emulator/faults', { body: { pattern: '/_api/web/lists', status: 503, retryAfter: 3 } });
    try {
      const r = await tenant.call("/sites/eksjo/_api/web/lists/getByTitle('Site%20Pages')/items", { token: 'anna' });
      assert.equal(r.status, 503);
      assert.equal(r.headers.get('retry-after'), '3');
      assert.ok(r.json['odata.error'].code);
      assert.equal((await tenant.call('/sites/eksjo/_api/web', { token: 'anna' })).status, 200, 'other paths are untouched');
      assert.equal((await tenant.call('/_emulator/faults')).json.value[0].remaining, null, 'no times: unlimited');
    } finally {
      assert.equal((await tenant.call('/_emulator/faults', { method: 'DELETE' })).status, 204);
    }
  });

  test('latency and a malformed body', async () => {
    await tenant.call('/_emulator/faults', { body: [{ pattern: '^/v1\\.0/me$', latencyMs: 200, times: 1 }, { pattern: '/_api/web$', malformed: true, times: 1 }] });
    const started = performance.now();
    const slow = await tenant.call('/v1.0/me', { token: 'anna' });
    assert.equal(slow.status, 200);
    assert.ok(performance.now() - started >= 190, 'answered after the added latency');
    const broken = await tenant.call('/_api/web', { token: 'anna' });
    assert.equal(broken.status, 200);
    assert.throws(() => JSON.parse(broken.text), SyntaxError);
    assert.equal(JSON.parse((await tenant.call('/_api/web', { token: 'anna' })).text).Title, 'Intranät');
  });

  test('a $batch with two search requests waits for one round trip and both searches, one after the other', async () => {
    await tenant.call('/_emulator/faults', { body: [
      { pattern: '^/v1\\.0/', roundTrip: true, latencyMs: 60 },
      { pattern: '/search/query', perSearchRequest: true, latencyMs: 250 },
    ] });
    try {
      const searchItem = (id: string) => ({ id, method: 'POST', url: '/search/query', headers: { 'Content-Type': 'application/json' }, body: search });
      const started = performance.now();
      const r = await tenant.call('/v1.0/$batch', { token: 'anna', body: { requests: [searchItem('1'), searchItem('2'), { id: '3', method: 'GET', url: '/me' }] } });
      const elapsed = performance.now() - started;
      assert.equal(r.status, 200);
      assert.deepEqual(r.json.responses.map((x: { status: number }) => x.status), [200, 200, 200]);
      assert.ok(elapsed >= 60 + 2 * 250 - 10, `answered after 60 + 2 × 250 ms (took ${Math.round(elapsed)} ms)`);
    } finally {
      await tenant.call('/_emulator/faults', { method: 'DELETE' });
    }
  });

  test('a bad rule gets a 400', async () => {
    const r = await tenant.call('/_emulator/faults', { body: [{ pattern: '[', status: 429 }] });
    assert.equal(r.status, 400);
    assert.match(r.json.error.message, /regular expression/);
    assert.equal((await tenant.call('/_emulator/faults', { body: 'not json', headers: { 'content-type': 'application/json' } })).status, 400);
  });

  test('the request log lists method, path, status and time, and is cleared by DELETE', async () => {
    assert.equal((await tenant.call('/_emulator/requests', { method: 'DELETE' })).status, 204);
    await tenant.call('/sites/eksjo/_api/web?$select=Title', { token: 'erik' });
    await tenant.call('/v1.0/me', { token: 'maria' });
    await tenant.call('/v1.0/me');
    await tenant.call('/v1.0/me', { method: 'OPTIONS', headers: { origin: 'http://localhost:4400', 'access-control-request-method': 'GET' } });
    const log = (await tenant.call('/_emulator/requests')).json.value;
    assert.deepEqual(
      log.map((e: { method: string; path: string; status: number; family: string; caller?: string }) => [e.method, e.path, e.status, e.family, e.caller]),
      [
        ['GET', '/sites/eksjo/_api/web?$select=Title', 200, 'sharepoint', 'erik'],
        ['GET', '/v1.0/me', 200, 'graph', 'maria'],
        ['GET', '/v1.0/me', 401, 'graph', undefined],
      ],
      'preflights and admin calls are not logged',
    );
    assert.ok(log.every((e: { time: string; durationMs: number }) => !Number.isNaN(Date.parse(e.time)) && e.durationMs >= 0));
  });

  test('CORS: preflight and headers for a page on another localhost port', async () => {
    const preflight = await tenant.call('/v1.0/search/query', {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:4400', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:4400');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    const r = await tenant.call('/v1.0/me', { token: 'anna', headers: { origin: 'http://localhost:4400' } });
    assert.equal(r.headers.get('access-control-allow-origin'), 'http://localhost:4400');
    assert.match(r.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    assert.equal((await tenant.call('/v1.0/me')).headers.get('access-control-allow-origin'), '*');
  });

  test('personas and health', async () => {
    const personas = (await tenant.call('/_emulator/personas')).json.value;
    assert.deepEqual(personas.map((p: { key: string }) => p.key).sort(), ['admin', 'anna', 'erik', 'johan', 'karin', 'maria', 'per', 'sara']);
    const health = (await tenant.call('/_emulator/health')).json;
    assert.equal(health.status, 'ok');
    assert.equal(health.news, 200);
  });
});

test('faults given at start (the --faults option)', async () => {
  const running = await startTenant({ port: 0, news: 50, faults: JSON.stringify([{ pattern: '/v1.0/me', status: 503, times: 1 }]) });
  try {
    const first = await fetch(`${running.url}/v1.0/me`, { headers: { authorization: 'Bearer anna' } });
    assert.equal(first.status, 503);
    assert.equal((await first.json()).error.code, 'serviceNotAvailable');
    assert.equal((await fetch(`${running.url}/v1.0/me`, { headers: { authorization: 'Bearer anna' } })).status, 200);
  } finally {
    await running.close();
  }
});
