import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The command line as other tests and `npm start` use it: one line when ready, quiet otherwise. */

const SERVER = fileURLToPath(new URL('./server.ts', import.meta.url));
const READY = /^Samverka local tenant listening on (http:\/\/127\.0\.0\.1:\d+)\n$/;

interface Started {
  url: string;
  stop(): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function start(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [SERVER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = READY.exec(stdout);
      if (match) {
        resolve({
          url: match[1],
          stop: async () => {
            child.kill('SIGTERM');
            const code = await exited;
            return { code, stdout, stderr };
          },
        });
      }
    });
    exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [SERVER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

test('prints exactly one line when ready, nothing else, and stops on SIGTERM', async () => {
  const server = await start(['--port', '0', '--seed', '3', '--news', '100']);
  const me = await fetch(`${server.url}/v1.0/me`, { headers: { authorization: 'Bearer johan' } });
  assert.equal((await me.json()).displayName, 'Johan Ek');
  const { code, stdout, stderr } = await server.stop();
  assert.equal(code, 0);
  assert.match(stdout, READY);
  assert.equal(stderr, '', 'quiet: no warnings');
});

test('--db keeps the database in a file and reuses it when seeded the same way', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samverka-'));
  try {
    const file = join(dir, 'data', 'tenant.sqlite');
    const first = await start(['--port=0', '--seed=5', '--news=120', `--db=${file}`]);
    const health = await (await fetch(`${first.url}/_emulator/health`)).json();
    await first.stop();
    assert.ok(existsSync(file));
    assert.equal(health.news, 120);

    const again = await start(['--port', '0', '--seed', '5', '--news', '120', '--db', file]);
    const web = await fetch(`${again.url}/sites/vetlanda/_api/web`, { headers: { authorization: 'Bearer johan' } });
    assert.equal((await web.json()).Title, 'Vetlanda kommun');
    await again.stop();

    const reseeded = await start(['--port', '0', '--seed', '5', '--news', '60', '--db', file]);
    assert.equal((await (await fetch(`${reseeded.url}/_emulator/health`)).json()).news, 60, 'other options seed the file again');
    await reseeded.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad option exits with 2 and says how to call it', async () => {
  const { code, stderr } = await run(['--news', 'many']);
  assert.equal(code, 2);
  assert.match(stderr, /--news needs an integer/);
  assert.match(stderr, /Usage: node emulator\/server\.ts/);
  assert.equal((await run(['--colour'])).code, 2);
});
