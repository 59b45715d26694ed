import * as strings from 'SearchWebPartStrings';
import { searchErrorText } from './searchStrings';
import { failureCodeOf } from '../../core/failures';

describe("Sök's error texts", () => {
  it('asks a reader whose sign-in ran out (401) to reload, and tells one without rights (403) so', () => {
    expect(searchErrorText(strings, failureCodeOf({ status: 401 }))).toBe(strings.Errors.signedOut);
    expect(searchErrorText(strings, failureCodeOf({ status: 403 }))).toBe(strings.Errors.forbidden);
    expect(strings.Errors.signedOut).not.toBe(strings.Errors.forbidden);
    expect(strings.Errors.signedOut).toMatch(/ladda om sidan/i);
  });

  it('finds the text of a source the service reported as signed out', () => {
    expect(searchErrorText(strings, 'signedOut')).toBe(strings.Errors.signedOut);
  });
});
