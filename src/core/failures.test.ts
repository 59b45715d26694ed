import { deniesAccess, failureCodeOf, failureCodeOfStatus, offersReload } from './failures';
import { createTenantConfigError } from './tenantConfig';

describe('failure codes', () => {
  it('tells a sign-in that ran out (401) from missing rights (403)', () => {
    expect(failureCodeOfStatus(401)).toBe('signedOut');
    expect(failureCodeOfStatus(403)).toBe('forbidden');
    expect(failureCodeOf(Object.assign(new Error('Unauthorized'), { status: 401 }))).toBe('signedOut');
    expect(failureCodeOf(Object.assign(new Error('Forbidden'), { status: 403 }))).toBe('forbidden');
  });

  it('keeps both as "no rights" for permission checks, and nothing else', () => {
    expect(deniesAccess(failureCodeOfStatus(401))).toBe(true);
    expect(deniesAccess(failureCodeOfStatus(403))).toBe(true);
    for (const status of [404, 429, 500, 503]) {
      expect(deniesAccess(failureCodeOfStatus(status))).toBe(false);
    }
    expect(deniesAccess(failureCodeOf(new TypeError('Failed to fetch')))).toBe(false);
  });

  it('keeps a code the services already chose', () => {
    expect(failureCodeOf({ code: 'throttled' })).toBe('throttled');
    expect(failureCodeOf({ code: 'signedOut' })).toBe('signedOut');
  });

  it('reads HTTP statuses, also of PnPjs errors (response.status)', () => {
    expect(failureCodeOf({ status: 403 })).toBe('forbidden');
    expect(failureCodeOf({ status: 401 })).toBe('signedOut');
    expect(failureCodeOf({ response: { status: 401 } })).toBe('signedOut');
    expect(failureCodeOf({ response: { status: 404 } })).toBe('notFound');
    expect(failureCodeOf({ status: 429 })).toBe('throttled');
    expect(failureCodeOf({ status: 503 })).toBe('unavailable');
    expect(failureCodeOf({ status: 400 })).toBe('unknown');
    // A 500 is a fault in the server, not a service that is down for a while.
    expect(failureCodeOf({ status: 500 })).toBe('unknown');
  });

  it('recognises a failed fetch and a broken tenant configuration', () => {
    expect(failureCodeOf(new TypeError('Failed to fetch'))).toBe('network');
    expect(failureCodeOf(createTenantConfigError('invalid', ['x']))).toBe('config');
  });

  it('calls anything else unknown', () => {
    expect(failureCodeOf(new Error('boom'))).toBe('unknown');
    expect(failureCodeOf(undefined)).toBe('unknown');
    expect(failureCodeOf({ code: 'ENOTFOUND' })).toBe('unknown');
  });

  it('offers a page reload instead of a retry only for a sign-in that ran out (401)', () => {
    expect(offersReload(failureCodeOfStatus(401))).toBe(true);
    expect(offersReload(failureCodeOf({ response: { status: 401 } }))).toBe(true);
    for (const status of [403, 404, 429, 500, 503]) {
      expect(offersReload(failureCodeOfStatus(status))).toBe(false);
    }
    expect(offersReload(failureCodeOf(new TypeError('Failed to fetch')))).toBe(false);
    expect(offersReload('config')).toBe(false);
    expect(offersReload(undefined)).toBe(false);
    expect(offersReload('')).toBe(false);
  });

  it('offers it for several failures behind one button only when every one is a 401', () => {
    expect(offersReload(['signedOut'])).toBe(true);
    expect(offersReload(['signedOut', 'signedOut'])).toBe(true);
    // A retry may still help the 503 (or the 403 once rights are granted): keep it.
    expect(offersReload(['signedOut', 'unavailable'])).toBe(false);
    expect(offersReload(['forbidden', 'signedOut'])).toBe(false);
    expect(offersReload([])).toBe(false);
  });
});
