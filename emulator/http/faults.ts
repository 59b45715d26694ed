/**
 * Fault injection: rules that make matching requests slow, fail or return a broken body, so
 * clients can be tested for retries (429 with Retry-After, 503) and resilience. Rules come from
 * the --faults option or POST /_emulator/faults.
 */
export interface FaultRule {
  /** Regular expression tested against the request's path and query string. */
  pattern: string;
  /** Only requests with this method (any when absent). */
  method?: string;
  /** Answer with this status (429, 503, ...) instead of the real response. */
  status?: number;
  /** Seconds for the Retry-After header of a 429 or 503. */
  retryAfter?: number;
  /** Delay before answering, in milliseconds. */
  latencyMs?: number;
  /**
   * Only HTTP round trips: the rule skips the requests inside a $batch (the batch itself
   * matches), so a network's cost per round trip is paid once per batch.
   */
  roundTrip?: boolean;
  /**
   * `latencyMs` once per searchRequest in the body of a POST /search/query (a body with three
   * costs three times as much; inside a $batch, each inner search request adds its own, one
   * after the other). Requests that carry no searchRequest get no delay from the rule.
   */
  perSearchRequest?: boolean;
  /** Answer 200 with a truncated body that is not valid JSON. */
  malformed?: boolean;
  /** How many requests the rule applies to; unlimited when absent. */
  times?: number;
}

export interface ActiveFault {
  status?: number;
  retryAfter?: number;
  latencyMs: number;
  malformed: boolean;
}

interface StoredRule {
  rule: FaultRule;
  regex: RegExp;
  remaining: number;
}

export class FaultRuleError extends Error {}

function validate(input: unknown): FaultRule {
  if (typeof input !== 'object' || input === null) throw new FaultRuleError('A fault rule must be an object.');
  const rule = input as Record<string, unknown>;
  if (typeof rule.pattern !== 'string' || rule.pattern === '') throw new FaultRuleError('A fault rule needs a "pattern" (a regular expression).');
  const numberOrAbsent = (name: string, min: number, max: number): void => {
    const value = rule[name];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)) {
      throw new FaultRuleError(`"${name}" must be a number from ${min} to ${max}.`);
    }
  };
  numberOrAbsent('status', 100, 599);
  numberOrAbsent('retryAfter', 0, 3600);
  numberOrAbsent('latencyMs', 0, 120_000);
  numberOrAbsent('times', 1, 1_000_000);
  for (const flag of ['malformed', 'roundTrip', 'perSearchRequest']) {
    if (rule[flag] !== undefined && typeof rule[flag] !== 'boolean') throw new FaultRuleError(`"${flag}" must be true or false.`);
  }
  if (rule.perSearchRequest === true && rule.latencyMs === undefined) throw new FaultRuleError('"perSearchRequest" needs "latencyMs".');
  if (rule.method !== undefined && typeof rule.method !== 'string') throw new FaultRuleError('"method" must be a string.');
  if (rule.status === undefined && rule.latencyMs === undefined && rule.malformed === undefined) {
    throw new FaultRuleError('A fault rule needs "status", "latencyMs" or "malformed".');
  }
  return rule as unknown as FaultRule;
}

export class FaultInjector {
  private rules: StoredRule[] = [];

  /** Adds one rule or several; throws FaultRuleError for an invalid one (and then adds none). */
  add(input: unknown): FaultRule[] {
    const list = Array.isArray(input) ? input : [input];
    const stored = list.map((item) => {
      const rule = validate(item);
      let regex: RegExp;
      try {
        regex = new RegExp(rule.pattern);
      } catch (error) {
        throw new FaultRuleError(`"pattern" is not a valid regular expression: ${(error as Error).message}`);
      }
      return { rule, regex, remaining: rule.times ?? Number.POSITIVE_INFINITY };
    });
    this.rules.push(...stored);
    return stored.map((s) => s.rule);
  }

  clear(): void {
    this.rules = [];
  }

  list(): Array<FaultRule & { remaining: number | null }> {
    return this.rules.map((s) => ({ ...s.rule, remaining: Number.isFinite(s.remaining) ? s.remaining : null }));
  }

  /**
   * The fault for a request, combining every matching rule (latencies add up, the first status
   * wins), and counting the request against each rule's `times`. `inner`: the request came
   * inside a $batch; `body`: its body (for `perSearchRequest`).
   */
  take(method: string, pathAndQuery: string, request: { inner?: boolean; body?: string } = {}): ActiveFault | undefined {
    let fault: ActiveFault | undefined;
    for (const stored of this.rules) {
      if (stored.remaining <= 0) continue;
      if (stored.rule.method && stored.rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (stored.rule.roundTrip && request.inner) continue;
      if (!stored.regex.test(pathAndQuery)) continue;
      stored.remaining -= 1;
      fault ??= { latencyMs: 0, malformed: false };
      const times = stored.rule.perSearchRequest ? searchRequestsIn(method, pathAndQuery, request.body) : 1;
      fault.latencyMs += (stored.rule.latencyMs ?? 0) * times;
      fault.malformed ||= stored.rule.malformed === true;
      if (fault.status === undefined && stored.rule.status !== undefined) {
        fault.status = stored.rule.status;
        fault.retryAfter = stored.rule.retryAfter;
      }
    }
    this.rules = this.rules.filter((s) => s.remaining > 0);
    return fault;
  }
}

/** How many searchRequests a POST /search/query body carries (0 for any other request or a body that is not one). */
export function searchRequestsIn(method: string, pathAndQuery: string, body: string | undefined): number {
  if (method.toUpperCase() !== 'POST' || !/^\/(v1\.0|beta)\/search\/query(\?|$)/i.test(pathAndQuery) || !body) return 0;
  try {
    const requests = (JSON.parse(body) as { requests?: unknown }).requests;
    return Array.isArray(requests) ? requests.length : 0;
  } catch {
    return 0;
  }
}

/** A response body cut in half: valid JSON no more, as after a dropped connection. */
export function malform(body: string | Buffer): string {
  const text = body.toString();
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}
