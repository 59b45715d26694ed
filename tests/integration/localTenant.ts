import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';

/**
 * The local tenant (emulator/server.ts) as a child process, for integration tests: started
 * on a free port, ready when it prints its address, stopped at the end.
 */
export interface LocalTenant {
  /** e.g. http://127.0.0.1:43111 */
  url: string;
  stop(): Promise<void>;
  /** Fault rules for POST /_emulator/faults, e.g. { pattern: '/search/query', status: 429, retryAfter: 1, times: 2 }. */
  addFaults(rules: FaultRule[]): Promise<void>;
  clearFaults(): Promise<void>;
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
}

export interface FaultRule {
  pattern: string;
  method?: string;
  status?: number;
  retryAfter?: number;
  latencyMs?: number;
  malformed?: boolean;
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  caller?: string;
  inner?: Array<{ method: string; path: string; status: number }>;
}

const ROOT = path.resolve(__dirname, '..', '..');
const READY = /Samverka local tenant listening on (http:\/\/127\.0\.0\.1:\d+)/;

export function startLocalTenant(extraArgs: string[] = [], timeoutMs = 90000): Promise<LocalTenant> {
  const node = path.join(ROOT, 'node_modules', '.bin', 'node');
  const child = spawn(node, ['emulator/server.ts', '--port', '0', '--seed', '42', ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stderr = '';
  child.stderr!.on('data', chunk => { stderr += String(chunk); });

  return new Promise<LocalTenant>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The local tenant did not start within ${timeoutMs} ms.\n${stderr}`));
    }, timeoutMs);
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`The local tenant exited (${code}) before it was ready.\n${stderr}`));
    };
    child.once('exit', onExit);
    child.stdout!.on('data', chunk => {
      stdout += String(chunk);
      const match = READY.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.removeListener('exit', onExit);
        resolve(tenantAt(match[1], child));
      }
    });
  });
}

function tenantAt(url: string, child: ChildProcess): LocalTenant {
  let exited = false;
  child.once('exit', () => { exited = true; });
  const admin = async (method: string, endpoint: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${url}/_emulator/${endpoint}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error(`${method} /_emulator/${endpoint}: ${response.status} ${await response.text()}`);
    }
    return response.status === 204 ? undefined : response.json();
  };
  return {
    url,
    stop: () => new Promise<void>(resolve => {
      if (exited) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
    addFaults: async rules => { await admin('POST', 'faults', rules); },
    clearFaults: async () => { await admin('DELETE', 'faults'); },
    requests: async () => ((await admin('GET', 'requests')) as { value: LoggedRequest[] }).value,
    clearRequests: async () => { await admin('DELETE', 'requests'); }
  };
}
