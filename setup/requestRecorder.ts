import type { FetchFunction } from '../src/services/retry';

/**
 * One HTTP answer the services got: a round trip, or a request inside a Graph JSON `$batch` or a
 * SharePoint `$batch` (whose outer answer is 200 whatever its parts answered).
 */
export interface Exchange {
  method: string;
  /** What the table shows: the path without its query (tenant paths) or host and path (elsewhere), decoded. */
  shown: string;
  status: number;
  inBatch: boolean;
  /** Method, full URL and body: two exchanges with the same key are the same request sent again. */
  key: string;
}

/**
 * The fetch the product's clients are given (ServiceOptions.fetch): it sends through the real
 * fetch and writes down every answer, and the answers inside batches, so a check can tell which
 * request of a step failed even where the service turns the failure into a quiet fallback.
 * Nothing of the request's headers (the token) is kept.
 */
export class RequestRecorder {
  private exchanges: Exchange[] = [];
  private readonly tenantOrigin: string;
  private readonly graphBase: string;
  private readonly send: FetchFunction;

  public constructor(tenantUrl: string, graphUrl: string, send?: FetchFunction) {
    this.tenantOrigin = new URL(tenantUrl).origin;
    this.graphBase = graphUrl.replace(/\/+$/, '');
    this.send = send || ((url, init) => fetch(url, init));
  }

  public readonly fetch: FetchFunction = async (url, init) => {
    const method = (init.method || 'GET').toUpperCase();
    const key = `${method} ${url} ${typeof init.body === 'string' ? init.body : ''}`;
    let response: Response;
    try {
      response = await this.send(url, init);
    } catch (error) {
      this.exchanges.push({ method, shown: this.show(url), status: 0, inBatch: false, key });
      throw error;
    }
    this.exchanges.push({ method, shown: this.show(url), status: response.status, inBatch: false, key });
    if (method === 'POST' && response.ok && /\/\$batch$/i.test(new URL(url).pathname) && typeof init.body === 'string') {
      const text = await response.clone().text().catch(() => '');
      if (/\/_api\/\$batch$/i.test(new URL(url).pathname)) {
        this.recordSharePointBatch(init.body, text);
      } else {
        this.recordGraphBatch(init.body, text);
      }
    }
    return response;
  };

  /** The answers since the last call, and a fresh start. */
  public take(): Exchange[] {
    const taken = this.exchanges;
    this.exchanges = [];
    return taken;
  }

  private recordGraphBatch(requestBody: string, responseText: string): void {
    let sent: Array<{ id?: unknown; method?: unknown; url?: unknown; body?: unknown }>;
    let answered: Array<{ id?: unknown; status?: unknown }>;
    try {
      sent = (JSON.parse(requestBody) as { requests?: typeof sent }).requests || [];
      answered = (JSON.parse(responseText) as { responses?: typeof answered }).responses || [];
    } catch {
      return; // a batch answer that is not JSON fails the services' parsing, and the step, by itself
    }
    for (const request of sent) {
      const answer = answered.filter(a => String(a.id) === String(request.id))[0];
      const relative = String(request.url || '');
      const url = /^https?:/i.test(relative) ? relative : `${this.graphBase}/${relative.replace(/^\/+/, '')}`;
      const method = String(request.method || 'GET').toUpperCase();
      this.exchanges.push({
        method,
        shown: this.show(url),
        status: answer ? Number(answer.status) || 0 : 0,
        inBatch: true,
        key: `${method} ${url} ${request.body === undefined ? '' : JSON.stringify(request.body)}`
      });
    }
  }

  private recordSharePointBatch(requestBody: string, responseText: string): void {
    // Parts in order: "GET https://…/_api/… HTTP/1.1" in the request, "HTTP/1.1 200 OK" in the answer.
    const sent = requestBody.split(/\r?\n/).map(line => /^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1$/.exec(line)).filter((m): m is RegExpExecArray => m !== null);
    const statuses = responseText.split(/\r?\n/).map(line => /^HTTP\/1\.1 (\d{3})/.exec(line)).filter((m): m is RegExpExecArray => m !== null).map(m => Number(m[1]));
    sent.forEach((request, i) => {
      this.exchanges.push({
        method: request[1], shown: this.show(request[2]), status: i < statuses.length ? statuses[i] : 0, inBatch: true, key: `${request[1]} ${request[2]}`
      });
    });
  }

  private show(url: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return '(unreadable address)';
    }
    let path = parsed.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep it encoded
    }
    return parsed.origin === this.tenantOrigin ? path : `${parsed.host}${path}`;
  }
}

/**
 * The answers that stand: a 429 or 503 that the same request was sent again after (our retry)
 * is not the step's answer; the answer to the last sending is.
 */
export function finalExchanges(exchanges: readonly Exchange[]): Exchange[] {
  return exchanges.filter((exchange, i) => !((exchange.status === 429 || exchange.status === 503) &&
    exchanges.slice(i + 1).some(later => later.key === exchange.key)));
}

/** What the reason column says of an answer, naming the list when the address is a list's. */
export function describeExchange(exchange: Exchange): string {
  const list = /\/lists\/getbytitle\('((?:[^']|'')*)'\)/i.exec(exchange.shown);
  const entity = /getstorageentity\('((?:[^']|'')*)'\)/i.exec(exchange.shown);
  const where = list ? ` (list "${list[1].replace(/''/g, "'")}")` : entity ? ` (tenant property ${entity[1]})` : '';
  return `${exchange.status === 0 ? 'no answer' : exchange.status} ${exchange.method} ${exchange.shown}${exchange.inBatch ? ' in $batch' : ''}${where}`;
}
