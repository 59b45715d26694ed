import { deniesAccess, failureCodeOf, failureCodeOfStatus } from './failures';

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
});
