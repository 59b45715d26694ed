// `npm test` without a usable Chromium: one clear line and a non-zero exit within seconds, and a
// browser test whose start fails leaves nothing running that could keep the run waiting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `node args` in the project with CHROMIUM_PATH set; resolves with code, output and seconds, or kills it after `limitMs`. */
function runWith(chromiumPath, args, limitMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, CHROMIUM_PATH: chromiumPath } });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

function brokenChromium() {
  const dir = mkdtempSync(path.join(tmpdir(), 'samverka-chromium-'));
  const file = path.join(dir, 'chromium');
  writeFileSync(file, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n');
  chmodSync(file, 0o755);
  return file;
}

for (const [what, chromium] of [['missing', () => path.join(tmpdir(), 'no-such-dir', 'chromium')], ['failing to start', brokenChromium]]) {
  test(`npm test with Chromium ${what} stops within a minute, names Chromium and runs no test`, async () => {
    const run = await runWith(chromium(), ['scripts/test.mjs'], 60000);
    assert.equal(run.signal, null, `still running after 60 s:\n${run.output}`);
    assert.notEqual(run.code, 0);
    assert.match(run.output, /Chromium at .* does not start .*apt-get .*install -y chromium/);
    assert.doesNotMatch(run.output, /=== Types/);
    assert.ok(run.seconds < 60, `${run.seconds} s`);
  });
}

test('a browser test stack whose Chromium fails to start stops its local tenant and workbench: the process ends by itself', async () => {
  const script = [
    "import { startStack } from './tests/e2e/support.mjs';",
    "try { await startStack({ seed: 42 }); console.log('STARTED'); }",
    "catch (error) { console.log('REFUSED ' + String(error.message).split('\\n')[0]); }"
  ].join('\n');
  const run = await runWith(brokenChromium(), ['--input-type=module', '-e', script], 120000);
  assert.equal(run.signal, null, `the process was still alive after 120 s (something was left running):\n${run.output}`);
  assert.match(run.output, /REFUSED /);
  assert.doesNotMatch(run.output, /STARTED/);
});
