import { createTenantConfigError } from '../../core/tenantConfig';
import { errorCodeOf } from './errorCode';

describe('errorCodeOf', () => {
  it('keeps a code the services already chose', () => {
    expect(errorCodeOf({ code: 'throttled' })).toBe('throttled');
  });

  it('reads HTTP statuses, also of PnPjs errors (response.status)', () => {
    expect(errorCodeOf({ status: 403 })).toBe('forbidden');
    expect(errorCodeOf({ status: 401 })).toBe('forbidden');
    expect(errorCodeOf({ response: { status: 404 } })).toBe('notFound');
    expect(errorCodeOf({ status: 429 })).toBe('throttled');
    expect(errorCodeOf({ status: 503 })).toBe('unavailable');
    expect(errorCodeOf({ status: 400 })).toBe('unknown');
  });

  it('recognises a failed fetch and a broken tenant configuration', () => {
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe('network');
    expect(errorCodeOf(createTenantConfigError('invalid', ['x']))).toBe('config');
  });

  it('calls anything else unknown', () => {
    expect(errorCodeOf(new Error('boom'))).toBe('unknown');
    expect(errorCodeOf(undefined)).toBe('unknown');
    expect(errorCodeOf({ code: 'ENOTFOUND' })).toBe('unknown');
  });
});
