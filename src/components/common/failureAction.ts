import { offersReload } from '../../core/failures';
import { reloadPage } from './reloadPage';

/** The action a failure message offers: its button's text and what a click does. */
export interface IFailureAction {
  text: string;
  onClick(): void;
}

/**
 * "Ladda om sidan" and a page reload when the sign-in has run out (401: see offersReload), since a
 * retry cannot help then; "Försök igen" and the retry for every other failure. `codes`: the failure
 * code, or the codes of all failures one button answers for; `texts`: the web part's Retry and Reload.
 */
export function failureAction(codes: string | undefined | readonly string[], retry: () => void, texts: { Retry: string; Reload: string }): IFailureAction {
  return offersReload(codes)
    ? { text: texts.Reload, onClick: () => reloadPage() }
    : { text: texts.Retry, onClick: () => retry() };
}
