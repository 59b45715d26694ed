import { createFakeFetch, json } from '../../tests/support/fakeFetch';
import { isTenantConfigError } from '../core/tenantConfig';
import { baseOf } from '../wiring/base';
import { failureCodeOf } from '../core/failures';
import { MemoryStorage } from './sessionCache';
import { testTenantConfig } from './testDoubles';

const TENANT = 'http://tenant.test';
const ENTITY_URL = /^http:\/\/tenant\.test\/_api\/web\/getStorageEntity\('Samverka\.TenantConfig'\)$/;

function services(fake: ReturnType<typeof createFakeFetch>, storage = new MemoryStorage()) {
  return baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage });
}

describe('TenantConfigService', () => {
  it('reads the tenant property on the root web once per session', async () => {
    const fake = createFakeFetch().on('GET', ENTITY_URL, json({ Value: JSON.stringify(testTenantConfig), Comment: '', Description: '' }));
    const storage = new MemoryStorage();
    expect(await services(fake, storage).tenantConfig.getConfig()).toEqual(testTenantConfig);
    expect(await services(fake, storage).tenantConfig.getConfig()).toEqual(testTenantConfig);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].headers.authorization).toBe('Bearer anna');
    expect(fake.requests[0].headers.accept).toBe('application/json');
  });

  it('keeps the configuration for a returning user until the returning expiry, and an invalid one not at all', async () => {
    const fake = createFakeFetch()
      .on('GET', ENTITY_URL, json({ Value: '{"municipalities":[]}' }), 1)
      .on('GET', ENTITY_URL, json({ Value: JSON.stringify(testTenantConfig) }));
    const returningStorage = new MemoryStorage();
    let clock = Date.parse('2026-11-30T07:00:00Z');
    const visit = () => baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' },
      { fetch: fake.fetch, storage: new MemoryStorage(), returningStorage, returningTtlMs: 3600000, now: () => new Date(clock) });
    await expect(visit().tenantConfig.getConfig()).rejects.toBeTruthy();
    expect(await visit().tenantConfig.getConfig()).toEqual(testTenantConfig);
    expect(fake.requests).toHaveLength(2);
    clock += 59 * 60000;
    expect(await visit().tenantConfig.getConfig()).toEqual(testTenantConfig);
    expect(fake.requests).toHaveLength(2);
    clock += 2 * 60000;
    expect(await visit().tenantConfig.getConfig()).toEqual(testTenantConfig);
    expect(fake.requests).toHaveLength(3);
  });

  it('says the configuration is missing when the property is not set', async () => {
    const fake = createFakeFetch().on('GET', ENTITY_URL, json({ 'odata.null': true }));
    const error = await services(fake).tenantConfig.getConfig().catch(e => e);
    expect(isTenantConfigError(error) && error.code).toBe('missing');
    expect(failureCodeOf(error)).toBe('config');
  });

  it('says what is wrong with an invalid configuration, and does not cache it', async () => {
    const fake = createFakeFetch()
      .on('GET', ENTITY_URL, json({ Value: '{"municipalities":[]}' }), 1)
      .on('GET', ENTITY_URL, json({ Value: JSON.stringify(testTenantConfig) }));
    const s = services(fake);
    const error = await s.tenantConfig.getConfig().catch(e => e);
    expect(isTenantConfigError(error) && error.problems).toEqual(expect.arrayContaining(['municipalities: must be a non-empty array']));
    expect(await s.tenantConfig.getConfig()).toEqual(testTenantConfig);
  });

  it('passes on HTTP failures with their status', async () => {
    const fake = createFakeFetch().on('GET', ENTITY_URL, json({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } }, 403));
    expect(failureCodeOf(await services(fake).tenantConfig.getConfig().catch(e => e))).toBe('forbidden');
  });
});
