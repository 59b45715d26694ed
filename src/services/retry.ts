import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';

/**
 * Retry of throttled (429) and unavailable (503) answers, for every request the services
 * send and, through the Graph batch helper, for every request inside a batch.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First backoff when the service gives no Retry-After; doubled per attempt, with jitter. */
  baseDelayMs: number;
  /** Longest backoff of our own. */
  maxBackoffMs: number;
  /** A Retry-After longer than this is not waited for: the caller reports "throttled" instead of hanging the page. */
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1); injected so tests are deterministic. */
  random: () => number;
  now: () => Date;
}

export const RETRY_STATUSES = [429, 503];

export function defaultRetryPolicy(overrides?: Partial<RetryPolicy>): RetryPolicy {
  return {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxBackoffMs: 8000,
    maxRetryAfterMs: 30000,
    sleep: ms => new Promise<void>(resolve => setTimeout(resolve, ms)),
    random: Math.random,
    now: () => new Date(),
    ...overrides
  };
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (value === null || value === undefined || value.trim() === '') {
    return null;
  }
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Math.round(parseFloat(trimmed) * 1000);
  }
  const date = Date.parse(trimmed);
  return isNaN(date) ? null : Math.max(0, date - now.getTime());
}

/**
 * How long to wait before attempt `attempt + 1`, or null when the answer is final: not a
 * retryable status, attempts used up, or a Retry-After longer than we are willing to wait.
 */
export function retryDelay(status: number, retryAfter: string | null | undefined, attempt: number, policy: RetryPolicy): number | null {
  if (RETRY_STATUSES.indexOf(status) < 0 || attempt >= policy.maxAttempts) {
    return null;
  }
  const asked = parseRetryAfter(retryAfter, policy.now());
  if (asked !== null) {
    return asked > policy.maxRetryAfterMs ? null : asked;
  }
  // "Equal jitter": at least half the backoff, so retries never come back at once.
  const backoff = Math.min(policy.maxBackoffMs, policy.baseDelayMs * Math.pow(2, attempt - 1));
  return Math.round(backoff / 2 + policy.random() * (backoff / 2));
}

export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/**
 * PnPjs behavior that sends requests with retry on 429/503, replacing PnPjs' own
 * BrowserFetchWithRetry (which has fixed delays and retries 504 and network errors too).
 * A network error is not retried here: the request may have reached the server.
 */
export function ThrottleRetry(policy: RetryPolicy, fetchFunction?: FetchFunction): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: Queryable, url: URL, init: RequestInit): Promise<Response> {
      const send: FetchFunction = fetchFunction || ((u, i) => fetch(u, i));
      for (let attempt = 1; ; attempt++) {
        const response = await send(url.toString(), init);
        const wait = retryDelay(response.status, response.headers.get('Retry-After'), attempt, policy);
        if (wait === null || (init.signal && init.signal.aborted)) {
          return response;
        }
        this.log(`Samverka: ${response.status} from ${url.toString()}, attempt ${attempt}; retrying in ${wait} ms`, 1);
        await response.text().catch(() => undefined); // free the connection
        await policy.sleep(wait);
      }
    });
    return instance;
  };
}
