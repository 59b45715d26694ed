/**
 * Stable failure codes the UI turns into messages in the reader's language
 * (see NewsSourceFailure.code in core/ports).
 */
export type FailureCode = 'forbidden' | 'signedOut' | 'notFound' | 'throttled' | 'unavailable' | 'network' | 'config' | 'unknown';

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

/** The code of anything a request threw: PnPjs' HttpRequestError carries the status; fetch throws a TypeError offline. */
export function failureCodeOf(error: unknown): FailureCode {
  if (typeof error === 'object' && error !== null) {
    const e = error as { status?: unknown; name?: unknown; isHttpRequestError?: unknown };
    if (e.name === 'TenantConfigError') {
      return 'config';
    }
    if (typeof e.status === 'number' && e.status > 0) {
      return failureCodeOfStatus(e.status);
    }
    if (e.name === 'TypeError' || e.name === 'AbortError') {
      return 'network';
    }
  }
  return 'unknown';
}
