import * as strings from 'SearchWebPartStrings';
import { searchErrorText } from './searchStrings';
import { errorCodeOf } from './useSearch';

describe('errorCodeOf (Sök)', () => {
  it('asks a reader whose sign-in ran out (401) to reload, and tells one without rights (403) so', () => {
    expect(searchErrorText(strings, errorCodeOf({ status: 401 }))).toBe(strings.Errors.signedOut);
    expect(searchErrorText(strings, errorCodeOf({ status: 403 }))).toBe(strings.Errors.forbidden);
    expect(strings.Errors.signedOut).not.toBe(strings.Errors.forbidden);
    expect(strings.Errors.signedOut).toMatch(/ladda om sidan/i);
  });

  it('finds the text of a source the service reported as signed out', () => {
    expect(searchErrorText(strings, 'signedOut')).toBe(strings.Errors.signedOut);
  });
});
