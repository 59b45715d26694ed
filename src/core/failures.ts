/**
 * Stable failure codes the UI turns into messages in the reader's language
 * (see NewsSourceFailure.code in core/ports). The one place that reads an HTTP status or a thrown
 * error as a code: the services label failed sources with it, the web parts their own failures.
 */
import { isTenantConfigError } from './tenantConfig';

export type FailureCode = 'forbidden' | 'signedOut' | 'notFound' | 'throttled' | 'unavailable' | 'network' | 'config' | 'unknown';

const CODES: readonly string[] = ['forbidden', 'signedOut', 'notFound', 'throttled', 'unavailable', 'network', 'config', 'unknown'];

export function isFailureCode(value: unknown): value is FailureCode {
  return typeof value === 'string' && CODES.indexOf(value) >= 0;
}

export function failureCodeOfStatus(status: number): FailureCode {
  // 401: the sign-in is no longer valid (a reload signs in again); 403: the rights are missing.
  if (status === 401) {
    return 'signedOut';
  }
  if (status === 403) {
    return 'forbidden';
  }
  if (status === 404) {
    return 'notFound';
  }
  if (status === 429) {
    return 'throttled';
  }
  if (status === 502 || status === 503 || status === 504) {
    return 'unavailable';
  }
  return 'unknown';
}

/**
 * Whether a failed permission check means "not this user's": a 401 counts as no rights too, so a
 * site or hub is left out rather than reported (what the user is told uses the code itself).
 */
export function deniesAccess(code: FailureCode): boolean {
  return code === 'forbidden' || code === 'signedOut';
}

/**
 * The code of anything a request threw: a code a service already gave, the HTTP status PnPjs'
 * HttpRequestError carries (or a response's), the tenant configuration's own error, and fetch's
 * TypeError (or an abort) when offline.
 */
export function failureCodeOf(error: unknown): FailureCode {
  if (typeof error === 'object' && error !== null) {
    const e = error as { code?: unknown; status?: unknown; response?: { status?: unknown } | null; name?: unknown };
    if (isTenantConfigError(error)) {
      return 'config';
    }
    if (isFailureCode(e.code)) {
      return e.code;
    }
    const status = typeof e.status === 'number' ? e.status
      : e.response && typeof e.response.status === 'number' ? e.response.status : undefined;
    if (status !== undefined && status > 0) {
      return failureCodeOfStatus(status);
    }
    if (e.name === 'TypeError' || e.name === 'AbortError') {
      return 'network';
    }
  }
  return 'unknown';
}

/**
 * Whether a failure is met with "Ladda om sidan" (a page reload) rather than "Försök igen": a 401
 * means the sign-in has run out, and only a reload signs in again; asking again cannot help. For
 * several failures behind one button (a report whose sources failed), only when every one of them
 * is a 401: if any other failure is there, a retry may still help it, so the button retries.
 */
export function offersReload(codes: string | undefined | readonly string[]): boolean {
  if (typeof codes === 'string' || codes === undefined) {
    return codes === 'signedOut';
  }
  return codes.length > 0 && codes.every(code => code === 'signedOut');
}
