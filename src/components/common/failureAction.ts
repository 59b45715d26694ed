import { offersReload } from '../../core/failures';
import { commonStrings } from './commonStrings';
import { reloadPage } from './reloadPage';

/** The action a failure message offers: its button's text and what a click does. */
export interface IFailureAction {
  text: string;
  onClick(): void;
}

/**
 * "Ladda om sidan" and a page reload when the sign-in has run out (401: see offersReload), since a
 * retry cannot help then; "Försök igen" and the retry for every other failure. `codes`: the failure
 * code, or the codes of all failures one button answers for. The texts are the shared ones (CommonStrings).
 */
export function failureAction(codes: string | undefined | readonly string[], retry: () => void): IFailureAction {
  return offersReload(codes)
    ? { text: commonStrings.Reload, onClick: () => reloadPage() }
    : { text: commonStrings.Retry, onClick: () => retry() };
}
