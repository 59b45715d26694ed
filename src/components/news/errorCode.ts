import { isTenantConfigError } from '../../core/tenantConfig';

/**
 * The error codes the feed can explain to the user: the NewsSourceFailure codes, and 'config'
 * for a missing or broken tenant configuration (loc Errors group).
 */
export type FeedErrorCode = 'forbidden' | 'signedOut' | 'notFound' | 'throttled' | 'unavailable' | 'network' | 'config' | 'unknown';

const CODES: FeedErrorCode[] = ['forbidden', 'signedOut', 'notFound', 'throttled', 'unavailable', 'network', 'config', 'unknown'];

function byStatus(status: number): FeedErrorCode {
  // 401: the sign-in has run out (a reload helps); 403: the rights are missing.
  if (status === 401) return 'signedOut';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  return status >= 500 ? 'unavailable' : 'unknown';
}

/**
 * Turns whatever a service threw into a code the user can be told about: the services' own
 * code when they give one, else the HTTP status, else a failed fetch (TypeError) as 'network'.
 */
export function errorCodeOf(error: unknown): FeedErrorCode {
  if (isTenantConfigError(error)) {
    return 'config';
  }
  const candidate = error as { code?: unknown; status?: unknown; response?: { status?: unknown } } | null;
  if (candidate && typeof candidate.code === 'string' && CODES.indexOf(candidate.code as FeedErrorCode) >= 0) {
    return candidate.code as FeedErrorCode;
  }
  const status = candidate && (typeof candidate.status === 'number' ? candidate.status
    : candidate.response && typeof candidate.response.status === 'number' ? candidate.response.status : undefined);
  if (typeof status === 'number') {
    return byStatus(status);
  }
  return error instanceof TypeError ? 'network' : 'unknown';
}
