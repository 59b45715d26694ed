// `npm test`: every test of the project, in the order a failure is cheapest to find:
// type checks, unit and integration tests (Jest), the local tenant's own tests, the package built by the
// real SPFx toolchain, then the browser tests against the workbench.
// Prints one closing line: "N passed, N failed". Before anything else it checks that Chromium
// starts: without it the browser tests cannot run, so the run stops at once and says how to get it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_HELP, chromiumPath, chromiumProblem } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test-output');
mkdirSync(out, { recursive: true });

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const steps = [];
let passed = 0;
let failed = 0;

function run(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  steps.push({ name, ok, seconds });
  return ok;
}

function countNodeTests(tapFile) {
  if (!existsSync(tapFile)) return { pass: 0, fail: 1 };
  const tap = readFileSync(tapFile, 'utf8');
  const grab = (key) => Number((tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm')) || [])[1] || 0);
  return { pass: grab('pass'), fail: grab('fail') + grab('cancelled') };
}

function nodeTests(name, files) {
  const tap = path.join(out, `${name.replace(/\W+/g, '-')}.tap`);
  rmSync(tap, { force: true });
  const ok = run(name, bin('node'), [
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files
  ]);
  const counts = countNodeTests(tap);
  passed += counts.pass;
  failed += counts.fail + (ok || counts.fail > 0 ? 0 : 1);
}

console.log(`Node ${process.version}`);

const chromiumFailure = await chromiumProblem();
if (chromiumFailure !== null) {
  console.error(`Chromium at ${chromiumPath()} does not start (${chromiumFailure}): ${CHROMIUM_HELP}. No test was run.`);
  process.exit(1);
}

// 0. Types: the web parts, services and tests (ts-jest only transpiles), the workbench, and the
//    local tenant as Node runs it. The SPFx build checks src/ again with its own settings.
for (const [name, project] of [['tests and setup', 'tsconfig.test.json'], ['workbench', 'workbench'], ['local tenant', 'emulator']]) {
  if (!run(`Types: ${name}`, bin('node'), [bin('tsc'), '-p', project, '--noEmit'])) {
    failed += 1;
  }
}

// 1. Jest: unit tests beside the code, and integration tests of the services against the local tenant.
const jestJson = path.join(out, 'jest.json');
rmSync(jestJson, { force: true });
const jestOk = run('Jest: unit and integration', bin('node'), [
  bin('jest'), '--ci', '--json', `--outputFile=${jestJson}`, '--testLocationInResults'
]);
if (existsSync(jestJson)) {
  const report = JSON.parse(readFileSync(jestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
  if (report.numPendingTests > 0) {
    console.error(`${report.numPendingTests} skipped Jest test(s): a skipped test is a failure here.`);
    failed += report.numPendingTests;
  }
  if (!jestOk && report.numFailedTests + (report.numRuntimeErrorTestSuites || 0) === 0) {
    // Jest failed for something no test owns (an error logged after the tests were done, an open handle).
    console.error('Jest exited with an error although every test passed: see its output above.');
    failed += 1;
  }
} else if (!jestOk) {
  failed += 1;
}

// 2. The local tenant's own tests.
nodeTests('Local tenant', ['emulator/**/*.test.ts']);

// 3. The package, built with the SPFx toolchain, opened and checked (with the scripts that build it).
if (run('Package: npm run package', 'npm', ['run', 'package', '--silent'])) {
  nodeTests('Package contents', ['scripts/*.test.mjs', 'tests/package/*.test.mjs']);
} else {
  failed += 1;
}

// 4. Browser tests against the workbench and the local tenant.
nodeTests('Browser (end to end)', ['tests/e2e/*.test.mjs']);

console.log('\n=== Summary ===');
for (const step of steps) console.log(`${step.ok ? 'ok  ' : 'FAIL'} ${step.name} (${step.seconds} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
