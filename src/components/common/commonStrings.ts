import * as strings from 'CommonStrings';
import { createFormatter, uiLocale } from '../../core/formatting';
import type { IFormatter } from '../../core/formatting';

/**
 * The shared loc module (src/loc/common, "CommonStrings" in config.json): what every web part
 * says alike. SPFx loads it in the user's language like a web part's own loc/ strings.
 */
export const commonStrings: ICommonStrings = strings;

/**
 * Why something failed, as a sentence: a component's own text for a code of its own (`own`,
 * such as reuse's "notPending"), else the shared text for a failure code, else "Något gick fel."
 */
export function errorText(code: string | undefined, own?: object): string {
  const owned = own as Record<string, string | undefined> | undefined;
  const shared = commonStrings.Errors as Record<string, string | undefined>;
  return (code && ((owned && owned[code]) || shared[code])) || commonStrings.Errors.unknown;
}

/** Dates and numbers in the UI language, on the clock given (the page's, or a test's). */
export function uiFormatter(now?: () => Date): IFormatter {
  return createFormatter(uiLocale(commonStrings.Locale), now);
}
