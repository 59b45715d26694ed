// What both benchmarks need: the median of repeated runs, Chromium, and the local tenant's count
// of the requests a page made.
import { launchChromium } from '../scripts/chromium.mjs';

export const median = (xs) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export { launchChromium };

export async function tenantRequests(tenant) {
  const body = await (await fetch(new URL('/_emulator/requests', tenant.url))).json();
  return Array.isArray(body) ? body : body.value || body.requests || [];
}

export async function clearRequests(tenant) {
  await fetch(new URL('/_emulator/requests', tenant.url), { method: 'DELETE' });
}

/**
 * What a page asked the tenant: round trips, SharePoint REST and Graph requests, search requests
 * (one per POST /search/query, also inside a $batch) and profile photos. Banner images and the
 * tenant's own admin endpoints do not count.
 */
export function countRequests(entries) {
  const own = entries.filter((e) => !e.path.startsWith('/_emulator') && !/\/SiteAssets\//i.test(e.path));
  const isSearch = (p) => /\/search\/query/.test(p);
  let search = 0;
  for (const e of own) {
    if (isSearch(e.path)) search++;
    for (const inner of e.inner || []) if (isSearch(inner.path)) search++;
  }
  const confirmations = (p) => /L%C3%A4sbekr%C3%A4ftelser|Läsbekräftelser/i.test(p);
  return {
    roundTrips: own.length,
    sharePoint: own.filter((e) => /\/_api\//.test(e.path)).length,
    graph: own.filter((e) => /^\/v1\.0\//.test(e.path)).length,
    search,
    photos: own.filter((e) => /\/photo\/\$value/.test(e.path)).length,
    // Läs och bekräfta: round trips that read (or write) the list Läsbekräftelser, alone or in a $batch.
    confirmationTrips: own.filter((e) => confirmations(e.path) || (e.inner || []).some((i) => confirmations(i.path))).length,
    // The answers' bodies, in bytes (the local tenant's count).
    bytes: own.reduce((sum, e) => sum + (e.bytes || 0), 0)
  };
}

/**
 * The searchRequests of one round trip that ask for must-read news alone (`SamverkaMustReadOWSBOOL:1`
 * without the boost clause Targeted news' priority query shares it with): what Läs och bekräfta adds to
 * a reader's search, or the editors' view's own search.
 */
export function mustReadSearchRequestsOf(pathname, method, body) {
  if (String(method).toUpperCase() !== 'POST' || !body) return 0;
  const parsed = typeof body === 'string' ? safeParse(body) : body;
  if (!parsed) return 0;
  const bodies = /\/\$batch$/.test(pathname)
    ? (parsed.requests || []).filter((r) => /\/search\/query/.test(r.url || '')).map((r) => r.body || {})
    : /\/search\/query/.test(pathname) ? [parsed] : [];
  let count = 0;
  for (const b of bodies) {
    for (const r of b.requests || []) {
      const q = `${(r.query && r.query.queryString) || ''} ${(r.query && r.query.queryTemplate) || ''}`;
      if (/SamverkaMustReadOWSBOOL:1/.test(q) && !/SamverkaBoostUntil/.test(q)) count++;
    }
  }
  return count;
}

/**
 * The searchRequests one round trip carries: every entry of the `requests` of a POST
 * /search/query body, and of each /search/query inside a Graph $batch. Each one counts against
 * the budget of search requests per page, as Page Diagnostics counts them. A body that cannot be
 * read (not text, or too large to record) counts one per search call: at least what was sent.
 */
export function searchRequestsOf(pathname, method, body) {
  const isSearch = (p) => /^(https?:\/\/[^/]+)?(\/v1\.0)?\/search\/query(\?|$)/.test(p);
  const inBody = (b) => {
    const parsed = typeof b === 'string' ? safeParse(b) : b;
    return parsed && Array.isArray(parsed.requests) ? Math.max(1, parsed.requests.length) : 1;
  };
  if (String(method).toUpperCase() !== 'POST') return 0;
  if (isSearch(pathname)) return inBody(body);
  if (pathname === '/v1.0/$batch') {
    const batch = typeof body === 'string' ? safeParse(body) : null;
    if (!batch || !Array.isArray(batch.requests)) return 0;
    return batch.requests.filter((r) => isSearch(String(r.url || '')) && String(r.method).toUpperCase() === 'POST')
      .reduce((sum, r) => sum + inBody(r.body), 0);
  }
  return 0;
}

function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Dependent steps of a first render over every service: the longest chain of round trips each
 * asked only after the one before it was answered (it waited for it, or for what it started).
 * Round trips in flight together are one step; on a real network each step costs a round trip.
 */
export function dependentSteps(trips) {
  const list = trips.slice().sort((a, b) => a.start - b.start);
  const depth = [];
  for (let j = 0; j < list.length; j++) {
    let before = 0;
    for (let i = 0; i < j; i++) if (list[i].answered <= list[j].start) before = Math.max(before, depth[i]);
    depth.push(before + 1);
  }
  return Math.max(0, ...depth);
}

/**
 * `npm run bench -- --network`: a real network's cost, through the local tenant's fault
 * injector (emulator/CONTRACT.md, "Fault injection"). 60 ms per round trip to SharePoint REST
 * or Graph (a $batch is one round trip, whatever it carries), plus 250 ms per searchRequest
 * (search is the slow service; the searches inside a Graph $batch are answered one after the
 * other, so a $batch with k searchRequests costs 60 + 250·k ms). Preflights and banner images
 * are not delayed.
 */
export const NETWORK_PROFILE = [
  { pattern: '/_api/|^/v1\\.0/', roundTrip: true, latencyMs: 60 },
  { pattern: '/search/query', perSearchRequest: true, latencyMs: 250 }
];
export const NETWORK_PROFILE_TEXT = '60 ms per round trip (a $batch is one), plus 250 ms per searchRequest, those inside a $batch one after another';

/** Graph answers at most 20 requests per JSON batch; a full batch leaves nothing to add. */
export const GRAPH_BATCH_LIMIT = 20;
/** A SharePoint `$batch` holds at most 100 parts (emulator/CONTRACT.md, the rules); a full one leaves nothing to add. */
export const SHAREPOINT_BATCH_LIMIT = 100;

/**
 * The service a tenant address belongs to, as far as batching goes: Microsoft Graph (search
 * included: POST /search/query goes into a Graph $batch), or SharePoint REST of one web (a
 * SharePoint $batch addresses one web). Banner images and the tenant's admin API: none.
 */
export function serviceOf(pathname) {
  if (pathname.startsWith('/_emulator') || /\/SiteAssets\//i.test(pathname)) return null;
  if (pathname.startsWith('/v1.0/')) return 'Graph';
  const api = pathname.indexOf('/_api/');
  if (api >= 0) return `SharePoint ${pathname.slice(0, api) || '/'}`;
  return null;
}

/**
 * Records every round trip a page makes to the tenant, in the page itself (the services send
 * through fetch): when it was asked for and when its answer reached the code (fetch resolved:
 * the headers are in, the body not yet read), both on the page's clock; its service and, for
 * a Graph $batch, how many requests it carried. Install before the page loads.
 */
export async function recordTrips(page) {
  await page.addInitScript(() => {
    const trips = [];
    Object.defineProperty(window, '__samverkaTrips', { value: trips });
    const original = window.fetch;
    window.fetch = function (input, init) {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const body = init && typeof init.body === 'string' && init.body.length < 200000 ? init.body : null;
      const trip = { url, method: (init && init.method) || 'GET', asked: performance.now(), answered: null, body };
      trips.push(trip);
      const answer = original.apply(this, arguments);
      // Registered before the caller's own reaction, so it runs first.
      answer.then(() => { trip.answered = performance.now(); }, () => { trip.answered = performance.now(); });
      return answer;
    };
  });
  const read = () => page.evaluate(() => (window.__samverkaTrips || []).map((t) => ({ ...t })));
  return {
    pending: async () => (await read()).filter((t) => t.answered === null && serviceOfUrl(t.url)).length,
    take: async () => {
      const trips = await page.evaluate(() => (window.__samverkaTrips || []).splice(0));
      return trips.filter((t) => serviceOfUrl(t.url)).map((t) => {
        const url = new URL(t.url, 'http://page');
        let inner = 0;
        if (url.pathname.startsWith('/v1.0/') && /\/\$batch$/.test(url.pathname) && t.body) {
          try {
            inner = (JSON.parse(t.body).requests || []).length;
          } catch {
            inner = 0;
          }
        }
        return {
          service: serviceOf(url.pathname), method: t.method, path: url.pathname, start: t.asked, answered: t.answered ?? Infinity, inner,
          searchRequests: searchRequestsOf(url.pathname, t.method, t.body),
          mustReadSearchRequests: mustReadSearchRequestsOf(url.pathname, t.method, t.body),
          sharePointParts: /\/_api\/\$batch$/.test(url.pathname) && t.body ? (t.body.match(/^Content-Type: application\/http/gim) || []).length : 0
        };
      });
    }
  };

  function serviceOfUrl(href) {
    return serviceOf(new URL(href, 'http://page').pathname);
  }
}

/**
 * Round trips per service and how many of them could have been batched: a round trip sent while
 * another to the same service was still unanswered cannot have needed that answer, so the two
 * could have been one batch (unless the earlier one was a full Graph batch). Round trips that
 * wait for an earlier answer are a new step (the news search needs the user's groups first).
 */
export function analyseTrips(trips) {
  const byService = {};
  for (const trip of trips) (byService[trip.service] ||= []).push(trip);
  const services = {};
  for (const [service, list] of Object.entries(byService)) {
    list.sort((a, b) => a.start - b.start);
    let unbatched = 0;
    let steps = 0;
    let stepEnd = -Infinity;
    for (let j = 0; j < list.length; j++) {
      const trip = list[j];
      const overlaps = list.some((other, i) => i !== j && (other.start < trip.start || (other.start === trip.start && i < j)) &&
        other.answered > trip.start && !(service === 'Graph' && other.inner >= GRAPH_BATCH_LIMIT) &&
        !(service.startsWith('SharePoint') && other.sharePointParts >= SHAREPOINT_BATCH_LIMIT));
      if (overlaps) unbatched++;
      if (trip.start >= stepEnd) steps++;
      stepEnd = Math.max(stepEnd, trip.answered);
    }
    services[service] = { roundTrips: list.length, steps, unbatched };
  }
  return services;
}

/** Waits until the page has had no request to the tenant open for `quietMs`. */
export async function settle(trips, quietMs = 300, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < until) {
    if (await trips.pending() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
