import { after, before } from 'node:test';
import { startTenant } from './server.ts';
import type { RunningTenant, TenantOptions } from './server.ts';

/** Starts one local tenant for a test file (closed after its tests) and calls it like a client would. */

export interface CallOptions {
  token?: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, typed loosely on purpose: tests read into it freely and assert what they find. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface TestTenant {
  readonly url: string;
  readonly running: RunningTenant;
  call(path: string, options?: CallOptions): Promise<CallResult>;
}

export function useTenant(options: TenantOptions = {}): TestTenant {
  let running: RunningTenant | undefined;
  before(async () => {
    running = await startTenant({ port: 0, ...options });
  });
  after(async () => {
    await running?.close();
  });
  return {
    get url() {
      return running!.url;
    },
    get running() {
      return running!;
    },
    async call(path, { token, method, body, headers = {} } = {}) {
      const response = await fetch(path.startsWith('http') ? path : `${running!.url}${path}`, {
        method: method ?? (body === undefined ? 'GET' : 'POST'),
        headers: {
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, text, json };
    },
  };
}
