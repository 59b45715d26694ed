import { graphError, GRAPH_JSON, json } from '../http/errors.ts';
import type { InnerRequestEntry } from '../http/request-log.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';

/**
 * Graph JSON batching: up to 20 requests in one POST /$batch, each answered on its own (its
 * status, headers and body), so one failing request (a 429, say) leaves the others intact.
 * Every request goes through the same dispatch as a direct one: faults apply to each.
 */

export const MAX_BATCH_REQUESTS = 20;

interface BatchRequestItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

function validateItems(items: unknown): BatchRequestItem[] | string {
  if (!Array.isArray(items)) return 'The body needs "requests": a list of requests.';
  if (items.length === 0) return 'The batch contains no requests.';
  if (items.length > MAX_BATCH_REQUESTS) return `The batch contains ${items.length} requests; the limit is ${MAX_BATCH_REQUESTS}.`;
  const ids = new Set<string>();
  for (const item of items as Array<Partial<BatchRequestItem>>) {
    if (typeof item?.id !== 'string' || item.id === '') return 'Every request in a batch needs an "id".';
    if (ids.has(item.id.toLowerCase())) return `The id '${item.id}' is used by more than one request.`;
    ids.add(item.id.toLowerCase());
    if (typeof item.method !== 'string' || typeof item.url !== 'string') return `Request '${item.id}' needs a "method" and a "url".`;
    if (item.body !== undefined && !Object.keys(item.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')) {
      return `Request '${item.id}' has a body but no Content-Type header.`;
    }
  }
  return items as BatchRequestItem[];
}

/** "/me", "me", "/v1.0/me" or "https://graph.microsoft.com/v1.0/me" → the tenant's "/v1.0/me". */
function innerUrl(url: string, outer: URL): URL {
  let path = url.replace(/^https?:\/\/[^/]+/i, '');
  if (!path.startsWith('/')) path = `/${path}`;
  if (!/^\/(v1\.0|beta)\//i.test(path)) path = `/v1.0${path}`;
  return new URL(path, outer.origin);
}

function parseBody(response: EmulatorResponse): unknown {
  const text = response.body.toString();
  if (text === '') return undefined;
  // Graph answers binary content in a batch base64-encoded (a profile photo, for one).
  if (/^image\//i.test(response.headers['content-type'] ?? '')) return Buffer.from(response.body).toString('base64');
  if (!/json/i.test(response.headers['content-type'] ?? '')) return text;
  try {
    return JSON.parse(text);
  } catch {
    // A malformed body (fault injection) is passed on as the text it is.
    return text;
  }
}

export async function postGraphBatch(tenant: Tenant, request: EmulatorRequest): Promise<EmulatorResponse> {
  let parsed: { requests?: unknown };
  try {
    parsed = JSON.parse(request.body) as { requests?: unknown };
  } catch {
    return graphError(request, 400, 'BadRequest', 'Invalid batch payload format.');
  }
  const items = validateItems(parsed?.requests);
  if (typeof items === 'string') return graphError(request, 400, 'BadRequest', items);

  const responses: Array<Record<string, unknown>> = [];
  const statusById = new Map<string, number>();
  const inner: InnerRequestEntry[] = [];
  for (const item of items) {
    const failedDependency = (item.dependsOn ?? []).find((id) => {
      const status = statusById.get(id.toLowerCase());
      return status === undefined || status >= 400;
    });
    if (failedDependency !== undefined) {
      statusById.set(item.id.toLowerCase(), 424);
      responses.push({ id: item.id, status: 424, headers: { 'Content-Type': 'application/json' }, body: { error: { code: 'FailedDependency', message: `Request '${failedDependency}' failed or did not run.` } } });
      continue;
    }
    const url = innerUrl(item.url, request.url);
    const headers: Record<string, string> = Object.fromEntries(Object.entries(item.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (!headers.authorization && request.headers.authorization) headers.authorization = request.headers.authorization;
    const body = item.body === undefined ? '' : typeof item.body === 'string' ? item.body : JSON.stringify(item.body);
    const response = /\/\$batch$/i.test(url.pathname)
      ? graphError(request, 400, 'BadRequest', 'A batch cannot contain another batch.')
      : await tenant.dispatch({ method: item.method.toUpperCase(), url, headers, body, inner: true });
    statusById.set(item.id.toLowerCase(), response.status);
    inner.push({ method: item.method.toUpperCase(), path: url.pathname + url.search, status: response.status });
    const outHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (/^(content-type|retry-after|location|etag)$/i.test(name)) outHeaders[name.replace(/(^|-)([a-z])/g, (_m, dash: string, ch: string) => dash + ch.toUpperCase())] = value;
    }
    const entry: Record<string, unknown> = { id: item.id, status: response.status, headers: outHeaders };
    const parsedBody = parseBody(response);
    if (parsedBody !== undefined) entry.body = parsedBody;
    responses.push(entry);
  }
  return { ...json(200, { responses }, GRAPH_JSON), log: { inner } };
}
