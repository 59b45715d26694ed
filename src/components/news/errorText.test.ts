import * as strings from 'TargetedNewsWebPartStrings';
import { failureCodeOf } from '../../core/failures';
import { errorText } from './newsStrings';

describe('news error texts', () => {
  it('asks a reader whose sign-in ran out (401) to reload, and tells one without rights (403) so', () => {
    expect(errorText(strings, failureCodeOf({ status: 401 }))).toBe(strings.Errors.signedOut);
    expect(errorText(strings, failureCodeOf({ status: 403 }))).toBe(strings.Errors.forbidden);
    expect(strings.Errors.signedOut).not.toBe(strings.Errors.forbidden);
    expect(strings.Errors.signedOut).toMatch(/ladda om sidan/i);
  });
});
