/**
 * A stand-in for fetch in service tests: answers from handlers in order of registration and
 * records every request, so tests can check what went over the wire without a server.
 */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export type FakeHandler = (request: RecordedRequest, call: number) => Response | undefined;

export interface FakeFetch {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  requests: RecordedRequest[];
  /** Answer requests whose method and URL match; `times` limits how often (then the next handler gets a turn). */
  on(method: string, url: RegExp, answer: FakeHandler | Response | (() => Response), times?: number): FakeFetch;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function createFakeFetch(): FakeFetch {
  const routes: Array<{ method: string; url: RegExp; answer: FakeHandler; left: number; calls: number }> = [];
  const requests: RecordedRequest[] = [];
  const fake: FakeFetch = {
    requests,
    on(method, url, answer, times = Infinity) {
      const handler: FakeHandler = answer instanceof Response
        ? () => answer.clone()
        : (answer as FakeHandler);
      routes.push({ method: method.toUpperCase(), url, answer: handler, left: times, calls: 0 });
      return fake;
    },
    async fetch(url, init) {
      const headers: Record<string, string> = {};
      const raw = (init.headers || {}) as Record<string, string>;
      Object.keys(raw).forEach(key => { headers[key.toLowerCase()] = raw[key]; });
      const body = typeof init.body === 'string' && init.body !== '' ? JSON.parse(init.body) : undefined;
      const request: RecordedRequest = { method: (init.method || 'GET').toUpperCase(), url, headers, body };
      requests.push(request);
      for (const route of routes) {
        if (route.left > 0 && route.method === request.method && route.url.test(url)) {
          const response = route.answer(request, ++route.calls);
          if (response) {
            route.left--;
            return response;
          }
        }
      }
      return json({ error: { code: 'itemNotFound', message: `No fake answer for ${request.method} ${url}` } }, 404);
    }
  };
  return fake;
}
