import * as strings from 'TargetedNewsWebPartStrings';
import { createTenantConfigError } from '../../core/tenantConfig';
import { errorCodeOf } from './errorCode';
import { errorText } from './newsStrings';

describe('errorCodeOf', () => {
  it('keeps a code the services already chose', () => {
    expect(errorCodeOf({ code: 'throttled' })).toBe('throttled');
    expect(errorCodeOf({ code: 'signedOut' })).toBe('signedOut');
  });

  it('reads HTTP statuses, also of PnPjs errors (response.status)', () => {
    expect(errorCodeOf({ status: 403 })).toBe('forbidden');
    expect(errorCodeOf({ status: 401 })).toBe('signedOut');
    expect(errorCodeOf({ response: { status: 401 } })).toBe('signedOut');
    expect(errorCodeOf({ response: { status: 404 } })).toBe('notFound');
    expect(errorCodeOf({ status: 429 })).toBe('throttled');
    expect(errorCodeOf({ status: 503 })).toBe('unavailable');
    expect(errorCodeOf({ status: 400 })).toBe('unknown');
  });

  it('asks a reader whose sign-in ran out (401) to reload, and tells one without rights (403) so', () => {
    expect(errorText(strings, errorCodeOf({ status: 401 }))).toBe(strings.Errors.signedOut);
    expect(errorText(strings, errorCodeOf({ status: 403 }))).toBe(strings.Errors.forbidden);
    expect(strings.Errors.signedOut).not.toBe(strings.Errors.forbidden);
    expect(strings.Errors.signedOut).toMatch(/ladda om sidan/i);
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
