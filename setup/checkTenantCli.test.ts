import { formatTable, isLocalTenantAt, main, redactor } from './checkTenantCli';

test('every token is replaced wherever it appears, the longer one first', () => {
  const redact = redactor(['abc', 'abcdef', '']);
  expect(redact('x abcdef y abc z')).toBe('x *** y *** z');
  expect(redact('nothing secret')).toBe('nothing secret');
});

test('the local tenant is recognised by its health address; any other answer, or none, is a real tenant', async () => {
  const answering = (status: number, body: unknown) => async (): Promise<Response> => new Response(JSON.stringify(body), { status });
  expect(await isLocalTenantAt('http://127.0.0.1:4401', answering(200, { status: 'ok', seed: 42, news: 1500 }))).toBe(true);
  expect(await isLocalTenantAt('https://contoso.sharepoint.com', answering(404, { error: 'not found' }))).toBe(false);
  expect(await isLocalTenantAt('https://contoso.sharepoint.com', answering(200, { status: 'ok' }))).toBe(false);
  expect(await isLocalTenantAt('https://contoso.sharepoint.com', () => Promise.reject(new TypeError('fetch failed')))).toBe(false);
});

test('the health probe carries no token', async () => {
  const seen: RequestInit[] = [];
  await isLocalTenantAt('https://contoso.sharepoint.com', async (_url, init) => { seen.push(init); return new Response('', { status: 404 }); });
  expect(JSON.stringify(seen[0].headers || {})).not.toMatch(/authorization/i);
});

test('the table has one row per step and the counts last', () => {
  const lines = formatTable({
    steps: [
      { name: 'Sök: all (search)', status: '503', outcome: 'failed', reason: 'unavailable: 503 POST /v1.0/search/query', ms: 120 },
      { name: 'Configuration', status: '200', outcome: 'passed', reason: 'ok', ms: 5 }
    ],
    passed: 1, failed: 1, skipped: 0
  });
  expect(lines[0]).toMatch(/^request\s+HTTP\s+ms\s+result$/);
  expect(lines[2]).toMatch(/^Sök: all \(search\)\s+503\s+120\s+unavailable: 503 POST/);
  expect(lines[lines.length - 1]).toBe('1 passed, 1 failed');
});

describe('arguments', () => {
  const run = async (argv: string[], env: Record<string, string> = {}): Promise<{ code: number; text: string }> => {
    let text = '';
    const code = await main(argv, { env, out: t => { text += t; }, err: t => { text += t; }, fetch: async () => new Response('', { status: 404 }) });
    return { code, text };
  };

  test('a real tenant needs both tokens, and says where to get them without echoing what was given', async () => {
    const noGraph = await run(['--tenant', 'https://contoso.sharepoint.com', '--token', 'sp-secret-1']);
    expect(noGraph.code).toBe(2);
    expect(noGraph.text).toContain('az account get-access-token --resource https://graph.microsoft.com');
    expect(noGraph.text).not.toContain('sp-secret-1');
    expect((await run(['--tenant', 'https://contoso.sharepoint.com'])).code).toBe(2);
  });

  test('an unknown option is refused without printing the values given', async () => {
    const bad = await run(['--tenant', 'https://contoso.sharepoint.com', '--token', 'sp-secret-2', '--tokn', 'typo-secret']);
    expect(bad.code).toBe(2);
    expect(bad.text).not.toContain('sp-secret-2');
    expect(bad.text).not.toContain('typo-secret');
  });
});
