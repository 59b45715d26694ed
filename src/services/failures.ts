/**
 * Stable failure codes the UI turns into messages in the reader's language
 * (see NewsSourceFailure.code in core/ports).
 */
export type FailureCode = 'forbidden' | 'notFound' | 'throttled' | 'unavailable' | 'network' | 'config' | 'unknown';

export function failureCodeOfStatus(status: number): FailureCode {
  if (status === 401 || status === 403) {
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
