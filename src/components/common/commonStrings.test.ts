import * as common from 'CommonStrings';
import { failureCodeOf } from '../../core/failures';
import { commonStrings, errorText, uiFormatter } from './commonStrings';
import { failureAction } from './failureAction';
import { reloadPage } from './reloadPage';

jest.mock('./reloadPage');

describe('errorText', () => {
  it('asks a reader whose sign-in ran out (401) to reload, and tells one without rights (403) so', () => {
    expect(errorText(failureCodeOf({ status: 401 }))).toBe('Du är inte inloggad längre. Ladda om sidan för att logga in igen.');
    expect(errorText(failureCodeOf({ status: 403 }))).toBe(common.Errors.forbidden);
    expect(errorText('signedOut')).not.toBe(errorText('forbidden'));
  });

  it('gives the shared text of every failure code', () => {
    expect(errorText('unavailable')).toBe('Tjänsten svarar inte just nu. Försök igen om en stund.');
    expect(errorText('throttled')).toBe(common.Errors.throttled);
    expect(errorText('network')).toBe(common.Errors.network);
  });

  it('takes a component\'s own text for a code of its own first', () => {
    const own = { notPending: 'Erbjudandet är redan besvarat.' };
    expect(errorText('notPending', own)).toBe('Erbjudandet är redan besvarat.');
    expect(errorText('unavailable', own)).toBe(common.Errors.unavailable);
  });

  it('says "Något gick fel." for a code nobody knows, or none', () => {
    expect(errorText('teapot')).toBe('Något gick fel.');
    expect(errorText(undefined)).toBe(common.Errors.unknown);
    expect(errorText('', { '': 'x' })).toBe(common.Errors.unknown);
  });
});

describe('failureAction', () => {
  it('offers the shared "Försök igen", which retries', () => {
    const retry = jest.fn();
    const action = failureAction('unavailable', retry);
    expect(action.text).toBe('Försök igen');
    action.onClick();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('offers the shared "Ladda om sidan" after a 401, which reloads the page', () => {
    const retry = jest.fn();
    const action = failureAction('signedOut', retry);
    expect(action.text).toBe(commonStrings.Reload);
    expect(action.text).toBe('Ladda om sidan');
    action.onClick();
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(retry).not.toHaveBeenCalled();
  });
});

describe('uiFormatter', () => {
  it('writes dates and numbers in the UI language of CommonStrings', () => {
    const format = uiFormatter(() => new Date('2026-11-28T10:00:00Z'));
    expect(format.locale).toBe('sv-SE');
    expect(format.date('2026-11-25T12:00:00Z').text).toBe('för 3 dagar sedan');
    expect(format.number(1234)).toBe('1\u00a0234');
  });
});
