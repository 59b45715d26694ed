import { createFakeFetch, json, RecordedRequest } from '../../tests/support/fakeFetch';
import { baseOf } from '../wiring/base';
import { failureCodeOf } from '../core/failures';
import { MemoryStorage } from './sessionCache';

const TENANT = 'http://tenant.test';
const ME = { id: 'u-anna', displayName: 'Anna Lindqvist', mail: 'anna.lindqvist@eksjo.se', userPrincipalName: 'anna.lindqvist@eksjo.se', jobTitle: 'Undersköterska', department: 'Hemtjänst Norr', officeLocation: null };

type Inner = { id: string; url: string };
function graphBatch(answer: (r: Inner) => { status: number; body: unknown }) {
  return (request: RecordedRequest) => json({
    responses: (request.body as { requests: Inner[] }).requests.map(r => ({ id: r.id, headers: {}, ...answer(r) }))
  });
}

function groupsPage(ids: string[], nextLink?: string) {
  return { value: ids.map(id => ({ '@odata.type': '#microsoft.graph.group', id, displayName: id })), ...(nextLink ? { '@odata.nextLink': nextLink } : {}) };
}

describe('UserContextService', () => {
  it('peeks without asking: nothing before anyone asked, the load under way, then the user of the session', async () => {
    const fake = createFakeFetch().on('POST', /\/v1\.0\/\$batch$/, graphBatch(r =>
      r.id === 'me' ? { status: 200, body: ME } : { status: 200, body: groupsPage(['g-unit']) }));
    const { userContext } = baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage: new MemoryStorage() });
    expect(userContext.peek()).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
    const loading = userContext.getCurrentUser();
    const peeked = userContext.peek();
    expect(peeked).toBeInstanceOf(Promise);
    expect(await peeked).toEqual(await loading);
    expect(userContext.peek()).toEqual(expect.objectContaining({ id: 'u-anna', groupIds: ['g-unit'] }));
    expect(fake.requests).toHaveLength(1);
  });

  it('reads profile and groups in one Graph $batch on a cold start, then from the session cache', async () => {
    const fake = createFakeFetch().on('POST', /\/v1\.0\/\$batch$/, graphBatch(r =>
      r.id === 'me' ? { status: 200, body: ME } : { status: 200, body: groupsPage(['G-UNIT', 'g-allstaff']) }));
    const storage = new MemoryStorage();
    const services = baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage });

    const user = await services.userContext.getCurrentUser();
    expect(user).toEqual({
      id: 'u-anna', displayName: 'Anna Lindqvist', mail: 'anna.lindqvist@eksjo.se', userPrincipalName: 'anna.lindqvist@eksjo.se', jobTitle: 'Undersköterska',
      department: 'Hemtjänst Norr', officeLocation: undefined, groupIds: ['g-unit', 'g-allstaff']
    });
    expect(fake.requests).toHaveLength(1);
    expect((fake.requests[0].body as { requests: Inner[] }).requests.map(r => r.url)).toEqual([
      '/me?$select=id,displayName,mail,userPrincipalName,jobTitle,department,officeLocation',
      '/me/transitiveMemberOf/microsoft.graph.group?$select=id,displayName&$top=999'
    ]);

    // Another page load in the same session (new services, same storage): no request.
    const again = baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage });
    expect(await again.userContext.getCurrentUser()).toEqual(user);
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps the user and their groups for a returning user (a new session) until the returning expiry', async () => {
    const fake = createFakeFetch().on('POST', /\/v1\.0\/\$batch$/, graphBatch(r =>
      r.id === 'me' ? { status: 200, body: ME } : { status: 200, body: groupsPage(['g-unit']) }));
    const returningStorage = new MemoryStorage();
    let clock = Date.parse('2026-11-30T07:00:00Z');
    const now = () => new Date(clock);
    const visit = () => baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' },
      { fetch: fake.fetch, storage: new MemoryStorage(), returningStorage, returningTtlMs: 8 * 3600000, now });

    const user = await visit().userContext.getCurrentUser();
    expect(fake.requests).toHaveLength(1);
    // The next morning's tab has an empty session storage, but the returning entry is still fresh.
    clock += 7 * 3600000;
    expect(await visit().userContext.getCurrentUser()).toEqual(user);
    expect(fake.requests).toHaveLength(1);
    // Past the returning expiry: asked again.
    clock += 2 * 3600000;
    expect(await visit().userContext.getCurrentUser()).toEqual(user);
    expect(fake.requests).toHaveLength(2);
    // Without a returning storage (the default on a local connection) nothing outlives the session.
    const sessionOnly = baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage: new MemoryStorage(), now });
    await sessionOnly.userContext.getCurrentUser();
    expect(fake.requests).toHaveLength(3);
  });

  it('keeps each user\'s data apart in a shared session storage', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, (request) => graphBatch(r =>
      r.id === 'me' ? { status: 200, body: { ...ME, id: request.headers.authorization } } : { status: 200, body: groupsPage([]) })(request));
    const storage = new MemoryStorage();
    const anna = await baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage }).userContext.getCurrentUser();
    const erik = await baseOf({ kind: 'local', baseUrl: TENANT, token: 'erik' }, { fetch: fake.fetch, storage }).userContext.getCurrentUser();
    expect([anna.id, erik.id]).toEqual(['Bearer anna', 'Bearer erik']);
    expect(fake.requests).toHaveLength(2);
  });

  it('follows @odata.nextLink for people in many groups', async () => {
    const fake = createFakeFetch()
      .on('POST', /\$batch$/, graphBatch(r => r.id === 'me' ? { status: 200, body: ME }
        : { status: 200, body: groupsPage(['g1'], `${TENANT}/v1.0/me/transitiveMemberOf/microsoft.graph.group?$skiptoken=2`) }))
      .on('GET', /skiptoken=2$/, json(groupsPage(['g2'], `${TENANT}/v1.0/me/transitiveMemberOf/microsoft.graph.group?$skiptoken=3`)))
      .on('GET', /skiptoken=3$/, json(groupsPage(['g3'])));
    const user = await baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage: new MemoryStorage() })
      .userContext.getCurrentUser();
    expect(user.groupIds).toEqual(['g1', 'g2', 'g3']);
    expect(fake.requests[1].headers.authorization).toBe('Bearer anna');
  });

  it('uses the user principal name when there is no mail', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, graphBatch(r =>
      r.id === 'me' ? { status: 200, body: { ...ME, mail: null } } : { status: 200, body: groupsPage([]) }));
    const user = await baseOf({ kind: 'local', baseUrl: TENANT, token: 'x' }, { fetch: fake.fetch, storage: new MemoryStorage() }).userContext.getCurrentUser();
    expect(user.mail).toBe('anna.lindqvist@eksjo.se');
  });

  it('fails with the status Graph gave, and does not cache the failure', async () => {
    const fake = createFakeFetch().on('POST', /\$batch$/, graphBatch(r =>
      r.id === 'me' ? { status: 200, body: ME } : { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'no' } } }), 1)
      .on('POST', /\$batch$/, graphBatch(r => r.id === 'me' ? { status: 200, body: ME } : { status: 200, body: groupsPage(['g']) }));
    const services = baseOf({ kind: 'local', baseUrl: TENANT, token: 'anna' }, { fetch: fake.fetch, storage: new MemoryStorage() });
    const error = await services.userContext.getCurrentUser().catch(e => e);
    expect(failureCodeOf(error)).toBe('forbidden');
    expect((await services.userContext.getCurrentUser()).groupIds).toEqual(['g']);
  });
});
