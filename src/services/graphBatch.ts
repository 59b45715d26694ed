import { body, JSONParse } from '@pnp/queryable';
import { graphPost } from '@pnp/graph';
import type { SamverkaGraph } from './graphClient';
import { retryDelay, RetryPolicy } from './retry';

/** One request inside a Graph JSON batch; `url` is relative to the version root, e.g. "/me". */
export interface GraphBatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GraphBatchResponse {
  id: string;
  /** 0 when the batch answered nothing for this request. */
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Graph takes at most 20 requests per batch. */
export const GRAPH_BATCH_LIMIT = 20;

/**
 * Sends requests as Graph JSON batches (POST /$batch, 20 at a time) and retries a request
 * that answered 429 or 503 inside the batch, alone, honouring its Retry-After: Graph
 * throttles requests of a batch one by one, and PnPjs retries only the outer request.
 * The outer POST itself goes through the client's retry behavior. Answers by request id.
 */
export async function sendGraphBatch(
  graph: SamverkaGraph,
  requests: GraphBatchRequest[],
  policy: RetryPolicy
): Promise<Record<string, GraphBatchResponse>> {
  const answers: Record<string, GraphBatchResponse> = {};
  let pending = requests;
  for (let attempt = 1; pending.length > 0; attempt++) {
    pending.forEach(request => delete answers[request.id]);
    const chunks: GraphBatchRequest[][] = [];
    for (let start = 0; start < pending.length; start += GRAPH_BATCH_LIMIT) {
      chunks.push(pending.slice(start, start + GRAPH_BATCH_LIMIT));
    }
    // Full batches go out together: one step of the render, not one per 20 requests.
    const replies = await Promise.all(chunks.map(chunk => graphPost<{ responses?: unknown[] }>(
      graph.at('$batch').using(JSONParse()),
      body({ requests: chunk.map(toWire) })
    )));
    for (const reply of replies) {
      for (const raw of Array.isArray(reply.responses) ? reply.responses : []) {
        const answer = fromWire(raw);
        if (answer) {
          answers[answer.id] = answer;
        }
      }
    }
    // Wait as long as the most demanding of the throttled requests asks, then resend those.
    let wait = 0;
    const again: GraphBatchRequest[] = [];
    for (const request of pending) {
      const answer = answers[request.id] || (answers[request.id] = { id: request.id, status: 0, headers: {}, body: null });
      const delay = retryDelay(answer.status, header(answer.headers, 'Retry-After'), attempt, policy);
      if (delay !== null) {
        again.push(request);
        wait = Math.max(wait, delay);
      }
    }
    if (again.length > 0) {
      await policy.sleep(wait);
    }
    pending = again;
  }
  return answers;
}

function toWire(request: GraphBatchRequest): Record<string, unknown> {
  const wire: Record<string, unknown> = { id: request.id, method: request.method, url: request.url };
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) {
    wire.body = request.body;
    headers['Content-Type'] = 'application/json';
  }
  if (Object.keys(headers).length > 0) {
    wire.headers = headers;
  }
  return wire;
}

function fromWire(raw: unknown): GraphBatchResponse | null {
  if (typeof raw !== 'object' || raw === null) {
    return null;
  }
  const r = raw as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown };
  if (r.id === undefined || r.id === null) {
    return null;
  }
  const headers: Record<string, string> = {};
  if (typeof r.headers === 'object' && r.headers !== null) {
    for (const key of Object.keys(r.headers)) {
      headers[key] = String((r.headers as Record<string, unknown>)[key]);
    }
  }
  return { id: String(r.id), status: typeof r.status === 'number' ? r.status : Number(r.status) || 0, headers, body: r.body };
}

/** Header names are case-insensitive. */
export function header(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === wanted) {
      return headers[key];
    }
  }
  return undefined;
}

/** The body of a successful answer in a batch, or an error carrying the status (see failureCodeOf). */
export function batchAnswerBody(answer: GraphBatchResponse | undefined, what: string): unknown {
  if (answer && answer.status >= 200 && answer.status < 300 && typeof answer.body === 'object' && answer.body !== null) {
    return answer.body;
  }
  const status = answer ? answer.status : 0;
  const error = new Error(`Graph answered ${status} for ${what} in a batch`) as Error & { status: number };
  error.status = status;
  throw error;
}
