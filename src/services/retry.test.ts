import '@pnp/sp/webs';
import { createFakeFetch, json } from '../../tests/support/fakeFetch';
import { createSp } from './connection';
import { defaultRetryPolicy, parseRetryAfter, retryDelay, RetryPolicy } from './retry';

const NOW = new Date('2026-11-28T12:00:00Z');
const connection = { kind: 'local' as const, baseUrl: 'http://tenant.test', token: 'anna' };

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return {
    ...defaultRetryPolicy({ sleep: async ms => { slept.push(ms); }, random: () => 0, now: () => NOW, ...overrides }),
    slept
  };
}

describe('Retry-After and backoff', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter('0.5', NOW)).toBe(500);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:07 GMT', NOW)).toBe(7000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter(null, NOW)).toBeNull();
  });

  it('retries only 429 and 503, and only while attempts remain', () => {
    const p = policy();
    expect(retryDelay(429, '1', 1, p)).toBe(1000);
    expect(retryDelay(503, '3', 3, p)).toBe(3000);
    expect(retryDelay(503, '3', 4, p)).toBeNull();
    expect(retryDelay(500, '1', 1, p)).toBeNull();
    expect(retryDelay(404, null, 1, p)).toBeNull();
  });

  it('does not wait for a Retry-After longer than the page can bear', () => {
    expect(retryDelay(429, '120', 1, policy())).toBeNull();
    expect(retryDelay(429, '30', 1, policy())).toBe(30000);
  });

  it('backs off exponentially with jitter when no Retry-After is given', () => {
    const low = policy({ random: () => 0 });
    const high = policy({ random: () => 0.999 });
    expect([1, 2, 3].map(a => retryDelay(503, null, a, low))).toEqual([250, 500, 1000]);
    expect([1, 2, 3].map(a => retryDelay(503, null, a, high))).toEqual([500, 1000, 1999]);
    const capped = policy({ maxAttempts: 10, random: () => 0.999 });
    expect(retryDelay(429, null, 9, capped)).toBe(7996);
  });
});

describe('ThrottleRetry through PnPjs', () => {
  it('honours Retry-After on 429 and then returns the answer', async () => {
    const fake = createFakeFetch()
      .on('GET', /\/_api\/web$/, () => json({ 'odata.error': { code: 'throttled' } }, 429, { 'Retry-After': '2' }), 1)
      .on('GET', /\/_api\/web$/, () => json({ Title: 'Eksjö' }));
    const p = policy();
    const web = await createSp(connection, 'http://tenant.test/sites/eksjo', p, fake.fetch).web();
    expect(web.Title).toBe('Eksjö');
    expect(fake.requests).toHaveLength(2);
    expect(p.slept).toEqual([2000]);
  });

  it('retries 503 with backoff and gives up after the last attempt', async () => {
    const fake = createFakeFetch().on('GET', /\/_api\/web$/, () => json({}, 503));
    const p = policy({ maxAttempts: 3 });
    await expect(createSp(connection, 'http://tenant.test/sites/eksjo', p, fake.fetch).web()).rejects.toMatchObject({ status: 503 });
    expect(fake.requests).toHaveLength(3);
    expect(p.slept).toEqual([250, 500]);
  });

  it('does not retry other errors', async () => {
    const fake = createFakeFetch().on('GET', /\/_api\/web$/, () => json({}, 403));
    const p = policy();
    await expect(createSp(connection, 'http://tenant.test/sites/eksjo', p, fake.fetch).web()).rejects.toMatchObject({ status: 403 });
    expect(fake.requests).toHaveLength(1);
    expect(p.slept).toEqual([]);
  });

  it('gives a throttled answer back at once when Retry-After is too long to wait', async () => {
    const fake = createFakeFetch().on('GET', /\/_api\/web$/, () => json({}, 429, { 'Retry-After': '600' }));
    const p = policy();
    await expect(createSp(connection, 'http://tenant.test/sites/eksjo', p, fake.fetch).web()).rejects.toMatchObject({ status: 429 });
    expect(fake.requests).toHaveLength(1);
  });
});
