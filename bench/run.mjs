// `npm run bench`: what every web part costs on its first render, measured in Chromium against the
// local tenant, and judged against the design's budgets:
//  - Microsoft's Page Diagnostics budgets per page: at most 25 requests to SharePoint, at most 3
//    search requests (inside a $batch too), the web part loaded within 2 s;
//  - one round trip to each service per step of the first render: batch what can be batched;
//  - the entry bundle of each web part from the ship build (the .sppkg), minified and gzipped;
//  - the JavaScript each component's first render downloads from the ship build (entry, strings and
//    every chunk it asks for before it shows its content; React, ReactDOM and @microsoft/sp-* aside,
//    SharePoint provides them): each component loaded from the .sppkg in Chromium against the local
//    tenant (bench/firstRender.mjs). Budget: Targeted news at most 45 KB gzipped.
// Each page is opened cold (a new browser session) and warm (the same tab reloaded: the session
// cache holds the user's groups and the tenant configuration), at the seeded size (1,500 news)
// and at ten times that (15,000 news; the content health report grows with them). The Targeted
// news row has a naive baseline beside it (every news page read, filtered on the client), and the
// search page is timed from Enter to results as well.
// Prints the tables, writes bench/results.json. Options: --runs N (default 3), --sizes 1500,15000
// (or --news 15000), --only key,key (row keys: news, dashboard, search-all, content-health,
// reuse-johan, ...), --network (a real network's latency through the tenant's fault injector:
// 60 ms per round trip, a $batch being one, plus 250 ms per searchRequest, those inside a $batch
// one after another, so a $batch with k of them costs 60 + 250·k ms; NETWORK_PROFILE in
// support.mjs), --check (exit 1 when anything is over budget), --bytes (only the first render's
// bytes, no timing pages), --sppkg path (the package to measure, default the one `npm run package`
// writes, built when missing; give it twice, before and after, to compare two builds in one run:
// the last is judged).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startTenant } from '../emulator/server.ts';
import { buildWorkbench, startWorkbench } from '../workbench/serve.mjs';
import { benchPages, mustReadPages, MUST_READ_ITEMS, NEWS_ITEMS } from './pages.mjs';
import { FIRST_RENDER_BUDGET, firstRenderOverBudget, measureFirstRenders } from './firstRender.mjs';
import { loadingTexts, webPartLoadState } from '../tests/support/webPartLoaded.mjs';
import {
  analyseTrips, clearRequests, countRequests, dependentSteps, launchChromium, median, NETWORK_PROFILE, NETWORK_PROFILE_TEXT, recordTrips, settle,
  tenantRequests
} from './support.mjs';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '1500,15000' },
    news: { type: 'string' },
    network: { type: 'boolean', default: false },
    only: { type: 'string', default: '' },
    check: { type: 'boolean', default: false },
    bytes: { type: 'boolean', default: false },
    sppkg: { type: 'string', multiple: true },
    // Läs och bekräfta at scale: tenants of this many people (650: the seed's), each with MUST_READ_ITEMS must-read news for all staff.
    'must-read-people': { type: 'string', default: '650,10000' }
  }
});
const RUNS = Math.max(1, Number(values.runs));
const SIZES = (values.news || values.sizes).split(',').map(Number);
const NETWORK = values.network;
const ONLY = values.only ? values.only.split(',') : null;
const MUST_READ_PEOPLE = values['must-read-people'] ? values['must-read-people'].split(',').map(Number) : [];
const BUDGET = { sharePointRequests: 25, searchRequests: 3, loadMs: 2000, roundTripsPerServiceAndStep: 1 };
const INTERPRETATION = [
  'SP counts every request to SharePoint REST of the page; search every searchRequest (each one in a /search/query body,',
  'inside a $batch too). Each workbench page carries one web part',
  '(the hub start page: Targeted news alone) under a stand-in hub header that reads the tenant configuration and the',
  'user through the same session cache. Loaded: the web part shows its content and nothing in it is still loading,',
  'timed from navigation. A service is Microsoft Graph (search included) or the SharePoint REST API of one web (a',
  'SharePoint $batch addresses one web). "unbatched": round trips sent while another to the same service was still',
  'unanswered, so they could have shared its batch (a full Graph batch of 20 excepted); budget 0. "steps": round',
  'trips that waited for an earlier answer (the news search needs the user\'s groups), shown per service; "dep": the',
  'longest chain of round trips each asked after the one before was answered, over all services.'
];

// ---- Bundles: the entry bundle of each web part, as the .sppkg carries it ----

/** The component manifests of the web parts and the extension in the package. */
async function componentManifests(zip) {
  const manifests = [];
  for (const name of Object.keys(zip.files).filter((f) => /\/(WebPart|Extension)_[^/]+\.xml$/.test(f))) {
    const xml = await zip.file(name).async('string');
    manifests.push(JSON.parse(xml.match(/ComponentManifest="([^"]*)"/)[1]
      .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')));
  }
  return manifests;
}

const DEFAULT_SPPKG = path.join(root, 'sharepoint/solution/samverka.sppkg');

async function bundleSizes(sppkg) {
  // An existing package is reused (a ship build takes minutes); only the default one is built when missing.
  if (!existsSync(sppkg) && sppkg === DEFAULT_SPPKG) {
    console.log('Building the package (npm run package) ...');
    const built = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run package failed');
  }
  const zip = await JSZip.loadAsync(readFileSync(sppkg));
  const manifests = await componentManifests(zip);
  const entryOf = (m) => `ClientSideAssets/${m.loaderConfig.scriptResources[m.loaderConfig.entryModuleId].path}`;
  const entries = new Set(manifests.map(entryOf));
  // Everything else is loaded on demand: views, services, PnPjs, Fluent UI, property panes.
  const chunks = Object.keys(zip.files).filter((f) => f.startsWith('ClientSideAssets/') && f.endsWith('.js') &&
    !entries.has(f) && !/Strings_/.test(f));
  let lazyBytes = 0;
  for (const chunk of chunks) lazyBytes += (await zip.file(chunk).async('nodebuffer')).length;
  const rows = [];
  for (const manifest of manifests) {
    const js = await zip.file(entryOf(manifest)).async('nodebuffer');
    rows.push({
      webPart: manifest.alias,
      entry: path.basename(entryOf(manifest)).replace(/_[0-9a-f]{20}\.js$/, '.js'),
      minifiedBytes: js.length,
      gzippedBytes: gzipSync(js, { level: 9 }).length,
      lazyChunks: chunks.length,
      lazyBytes
    });
  }
  return rows;
}

/** Whether a source file changed after the package was built (its bundle sizes may then be old). */
function packageIsStale(sppkg) {
  const built = statSync(sppkg).mtimeMs;
  const newer = (dir) => readdirSync(dir, { withFileTypes: true }).some((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? newer(full) : !/\.test\.tsx?$/.test(entry.name) && statSync(full).mtimeMs > built;
  });
  return newer(path.join(root, 'src'));
}

// ---- First render of each page in a real browser, against the local tenant ----

const LOADING = loadingTexts(root);

async function loaded(page, row) {
  // A view over 10,000 people may take long on the local tenant: measured, not cut off.
  const handle = await page.waitForFunction(webPartLoadState, { ...row, loading: LOADING }, { polling: 'raf', timeout: row.reveal ? 180000 : 30000 });
  const state = await handle.jsonValue();
  const ms = await page.evaluate(() => performance.now());
  if (state !== 'loaded') throw new Error(`${row.label} (${row.persona}) showed an error instead of its content`);
  return ms;
}

/** One visit: time to loaded, what the tenant was asked, the round trips as the browser saw them. */
async function visit(page, trips, tenant, row, open) {
  await clearRequests(tenant);
  await open();
  const ms = await loaded(page, row);
  // Whatever the first render still asks after it shows (photos, a section's second step) counts too.
  await settle(trips);
  const taken = await trips.take();
  const requests = countRequests(await tenantRequests(tenant));
  // The tenant's log sees each search call, the page's own record each searchRequest in its body.
  requests.search = Math.max(requests.search, taken.reduce((sum, t) => sum + t.searchRequests, 0));
  requests.mustReadSearch = taken.reduce((sum, t) => sum + t.mustReadSearchRequests, 0);
  return { ms, requests, services: analyseTrips(taken), steps: dependentSteps(taken) };
}

/**
 * A view opened in a loaded page (`row.reveal`, a button's name): the page is loaded and quiet first,
 * then the time, requests and round trips are those from the press to the view's content.
 */
async function visitReveal(page, trips, tenant, row, open) {
  await open();
  await loaded(page, { webPart: row.webPart });
  await settle(trips);
  await trips.take();
  await clearRequests(tenant);
  const button = page.getByRole('button', { name: row.reveal });
  const pressed = await page.evaluate(() => performance.now());
  await button.click();
  const ms = (await loaded(page, row)) - pressed;
  await settle(trips);
  const taken = await trips.take();
  const requests = countRequests(await tenantRequests(tenant));
  requests.search = Math.max(requests.search, taken.reduce((sum, t) => sum + t.searchRequests, 0));
  requests.mustReadSearch = taken.reduce((sum, t) => sum + t.mustReadSearchRequests, 0);
  return { ms, requests, services: analyseTrips(taken), steps: dependentSteps(taken) };
}

/** The worst of the runs per service: a count that varies with timing is judged by its worst. */
function worst(list) {
  const out = {};
  for (const services of list) {
    for (const [name, s] of Object.entries(services)) {
      const w = out[name] ||= { roundTrips: 0, steps: 0, unbatched: 0 };
      w.roundTrips = Math.max(w.roundTrips, s.roundTrips);
      w.steps = Math.max(w.steps, s.steps);
      w.unbatched = Math.max(w.unbatched, s.unbatched);
    }
  }
  return out;
}

function worstRequests(list) {
  const out = {};
  for (const r of list) for (const [k, v] of Object.entries(r)) out[k] = Math.max(out[k] || 0, v);
  return out;
}

async function measurePage(browser, tenant, workbench, row) {
  const runs = { cold: [], warm: [] };
  const interactive = [];
  let first;
  if (row.summary) {
    // The view with no summary (removed as the admin): once, cold; it writes the summary the runs below read.
    const removed = await fetch(`${tenant.url}${row.summary}`, { method: 'DELETE', headers: { Authorization: 'Bearer admin', 'IF-MATCH': '*' } });
    if (removed.status !== 200 && removed.status !== 404) throw new Error(`The summary could not be removed before the first open: ${removed.status}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const trips = await recordTrips(page);
    const params = new URLSearchParams({ persona: row.persona, view: 'sharepoint', ...row.params });
    first = await visitReveal(page, trips, tenant, row, () => page.goto(`${workbench.url}?${params}`));
    await context.close();
    const written = await fetch(`${tenant.url}${row.summary}/$value`, { headers: { Authorization: `Bearer ${row.persona}` } });
    if (written.status !== 200) throw new Error(`The first open wrote no summary (${written.status}): the runs would not measure one`);
  }
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const trips = await recordTrips(page);
    const params = new URLSearchParams({ persona: row.persona, view: 'sharepoint', ...row.params });
    const measure = row.reveal ? visitReveal : visit;
    runs.cold.push(await measure(page, trips, tenant, row, () => page.goto(`${workbench.url}?${params}`)));
    // Same tab again: sessionStorage keeps the user's groups and the tenant configuration.
    runs.warm.push(await measure(page, trips, tenant, row, () => page.reload()));
    if (row.query) {
      // The same page, another search typed: from Enter to rendered results.
      const text = `${row.query.text} 2026`;
      const box = page.getByRole('combobox', { name: 'Sök på intranätet' });
      await box.fill(text);
      const started = Date.now();
      await box.press('Enter');
      await page.waitForFunction((t) => new URLSearchParams(location.search).get('q') === t, text);
      await page.waitForFunction(webPartLoadState, { ...row, loading: LOADING }, { polling: 'raf', timeout: 30000 });
      interactive.push(Date.now() - started);
    }
    await context.close();
  }
  const summary = (list) => ({
    ms: median(list.map((v) => v.ms)),
    requests: worstRequests(list.map((v) => v.requests)),
    services: worst(list.map((v) => v.services)),
    steps: Math.max(...list.map((v) => v.steps))
  });
  return { cold: summary(runs.cold), warm: summary(runs.warm), ...(first ? { first: summary([first]) } : {}), ...(row.query ? { interactiveMs: median(interactive) } : {}) };
}

/** What is over budget in one measured first render (empty: within budget). */
function overBudget(m) {
  const over = [];
  if (m.requests.sharePoint > BUDGET.sharePointRequests) over.push(`${m.requests.sharePoint} SP requests`);
  if (m.requests.search > BUDGET.searchRequests) over.push(`${m.requests.search} search requests`);
  if (m.ms > BUDGET.loadMs) over.push(`${Math.round(m.ms)} ms`);
  for (const [service, s] of Object.entries(m.services)) {
    if (s.unbatched > 0) over.push(`${s.unbatched} unbatched to ${service}`);
  }
  return over;
}

// ---- Run ----

const results = {
  date: new Date().toISOString(), node: process.version, runs: RUNS, items: NEWS_ITEMS, budget: BUDGET, interpretation: INTERPRETATION.join(' '),
  network: NETWORK ? { profile: NETWORK_PROFILE, text: NETWORK_PROFILE_TEXT } : null
};
// With two --sppkg (before, after) both are measured in this run and the last is judged.
const shown = (p) => (p.startsWith(root + path.sep) ? path.relative(root, p) : p);
const packages = values.sppkg ? values.sppkg.map((p) => path.resolve(p)) : [DEFAULT_SPPKG];
const sppkg = packages[packages.length - 1];
results.sppkg = shown(sppkg);
results.bundles = await bundleSizes(sppkg);
results.packageStale = packageIsStale(sppkg);

const rows = values.bytes ? [] : benchPages().filter((row) => !ONLY || ONLY.includes(row.key));
const browser = await launchChromium();
const build = values.bytes ? null : await buildWorkbench();
results.pages = [];
results.firstRender = [];
const started = Date.now();
try {
  // What each component's first render downloads, from the package, at the seeded size.
  const seeded = await startTenant({ port: 0, seed: 42 });
  try {
    for (const pkg of packages) {
      if (pkg !== sppkg) await bundleSizes(pkg);
      const measured = await measureFirstRenders({ sppkg: pkg, tenant: seeded, browser });
      results.firstRender.push({ sppkg: shown(pkg), stale: packageIsStale(pkg), components: measured });
      process.stderr.write(`  first renders of ${shown(pkg)}: ${measured.map((r) => `${r.alias} ${r.gzippedKB} KB`).join(', ')}\n`);
    }
  } finally {
    await seeded.close();
  }
  for (const size of rows.length > 0 ? SIZES : []) {
    const tenant = await startTenant({ port: 0, seed: 42, news: size, ...(NETWORK ? { faults: JSON.stringify(NETWORK_PROFILE) } : {}) });
    const workbench = await startWorkbench({ tenantUrl: tenant.url, port: 0, build });
    try {
      for (const row of rows) {
        const m = await measurePage(browser, tenant, workbench, row);
        const over = row.baseline ? [] : [...overBudget(m.cold).map((o) => `cold: ${o}`), ...overBudget(m.warm).map((o) => `warm: ${o}`)];
        results.pages.push({ news: size, key: row.key, webPart: row.webPart, label: row.label, persona: row.persona, baseline: !!row.baseline, ...m, over });
        process.stderr.write(`  ${size} ${row.key}: ${Math.round(m.cold.ms)} / ${Math.round(m.warm.ms)} ms\n`);
      }
    } finally {
      await workbench.close();
      await tenant.close();
    }
  }
  // Läs och bekräfta at scale: all staff in the audience of MUST_READ_ITEMS must-read news.
  const mustReadRows = values.bytes ? [] : mustReadPages().filter((row) => !ONLY || ONLY.includes(row.key));
  for (const people of mustReadRows.length > 0 ? MUST_READ_PEOPLE : []) {
    const seeded = Date.now();
    const tenant = await startTenant({
      port: 0, seed: 42, news: 1500, people: people === 650 ? undefined : people, mustReadItems: MUST_READ_ITEMS,
      ...(NETWORK ? { faults: JSON.stringify(NETWORK_PROFILE) } : {})
    });
    process.stderr.write(`  must-read tenant of ${people} people seeded in ${Math.round((Date.now() - seeded) / 1000)} s\n`);
    const workbench = await startWorkbench({ tenantUrl: tenant.url, port: 0, build });
    try {
      for (const row of mustReadRows) {
        const m = await measurePage(browser, tenant, workbench, row);
        const over = [...overBudget(m.cold).map((o) => `cold: ${o}`), ...overBudget(m.warm).map((o) => `warm: ${o}`)];
        results.pages.push({ news: 1500, people, mustReadItems: MUST_READ_ITEMS, key: row.key, webPart: row.webPart, label: row.label, persona: row.persona, baseline: false, ...m, over });
        process.stderr.write(`  ${people} people ${row.key}: ${Math.round(m.cold.ms)} / ${Math.round(m.warm.ms)} ms\n`);
      }
    } finally {
      await workbench.close();
      await tenant.close();
    }
  }
} finally {
  await browser.close();
}
results.seconds = Math.round((Date.now() - started) / 1000);

// The earlier format's Targeted news rows, kept for comparisons with older results.
results.render = results.pages.filter((p) => p.key === 'news' || p.key === 'news-naive').map((p) => ({
  news: p.news, service: p.key === 'news' ? 'samverka' : 'naive', coldMs: p.cold.ms, warmMs: p.warm.ms, coldRequests: p.cold.requests, warmRequests: p.warm.requests
}));
results.overBudget = results.pages.filter((p) => p.over.length > 0).map((p) => ({ news: p.news, ...(p.people ? { people: p.people } : {}), key: p.key, over: p.over }));
const judged = results.firstRender[results.firstRender.length - 1];
const bytesOver = firstRenderOverBudget(judged.components);
if (bytesOver.length > 0) results.overBudget.push({ key: 'first-render-bytes', over: bytesOver });

// ---- Report ----

const pad = (s, n) => String(s).padEnd(n);
const right = (s, n) => String(s).padStart(n);
console.log('\nEntry bundles (ship build, from the .sppkg)' + (results.packageStale ? ' — the package is older than src/: run npm run package' : ''));
console.log(`${pad('component', 32)}${pad('entry', 38)}${right('min B', 9)}${right('gzip B', 9)}`);
for (const b of results.bundles) {
  console.log(`${pad(b.webPart, 32)}${pad(b.entry, 38)}${right(b.minifiedBytes, 9)}${right(b.gzippedBytes, 9)}`);
}
if (results.bundles.length > 0) {
  const b = results.bundles[0];
  console.log(`Loaded on demand (views, services, PnPjs, Fluent UI, property panes; shared by the web parts): ${b.lazyChunks} chunks, ${b.lazyBytes} B minified`);
}

console.log('\nJavaScript of each first render, from the ship build (entry, strings and every chunk fetched before the content shows;');
console.log('React, ReactDOM and @microsoft/sp-* not counted: SharePoint provides them). KB = 1,024 bytes, each file gzipped on its own.');
console.log(`Budget: ${FIRST_RENDER_BUDGET.alias} <= ${FIRST_RENDER_BUDGET.gzippedKB} KB gzipped`);
const firstRenderText = (r) => r.missing ? 'not in the package' : `${right(r.files.length, 6)}${right(r.minifiedKB.toFixed(1), 10)}${right(r.gzippedKB.toFixed(1), 10)}`;
for (const measured of results.firstRender) {
  console.log(`\n${measured.sppkg}${measured.stale ? ' (older than src/: run npm run package)' : ''}`);
  console.log(`${pad('component', 32)}${right('files', 6)}${right('min KB', 10)}${right('gzip KB', 10)}  verdict`);
  for (const r of measured.components) {
    const isJudged = measured === judged && r.alias === FIRST_RENDER_BUDGET.alias;
    const verdict = !isJudged || r.missing ? '' : r.gzippedKB <= FIRST_RENDER_BUDGET.gzippedKB ? 'ok' : 'OVER';
    console.log(`${pad(r.label, 32)}${firstRenderText(r)}  ${verdict}`);
  }
}
if (values.bytes) {
  console.log(results.overBudget.length === 0 ? '\nSummary: within budget.' : `\nSummary: over budget: ${results.overBudget.map((o) => o.over.join('; ')).join(', ')}`);
  writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('Written: bench/results.json');
  if (values.check && results.overBudget.length > 0) process.exitCode = 1;
  process.exit();
}

console.log(`\nFirst render per page, median ms of ${RUNS} runs in Chromium (sv-SE); requests: the most of any run`);
console.log(`Budget: <= ${BUDGET.sharePointRequests} SP and <= ${BUDGET.searchRequests} search requests per page, loaded within ${BUDGET.loadMs} ms, no unbatched round trip`);
for (const line of INTERPRETATION) console.log(`  ${line}`);
const serviceText = (services) => Object.entries(services)
  .sort(([a], [b]) => (a === 'Graph' ? -1 : b === 'Graph' ? 1 : a.localeCompare(b)))
  .map(([name, s]) => `${name.replace('SharePoint ', 'SP ')} ${s.roundTrips}/${s.steps}${s.unbatched ? `/${s.unbatched}!` : ''}`).join(', ');
for (const size of SIZES) {
  console.log(`\n${size} news`);
  console.log(`${pad('page (web part)', 22)}${pad('persona', 8)}${pad('cache', 6)}${right('ms', 6)}${right('trips', 6)}${right('SP', 4)}${right('Graph', 6)}${right('search', 7)}  ${pad('verdict', 10)}round trips/steps[/unbatched!] per service`);
  for (const p of results.pages.filter((r) => r.news === size && !r.people)) {
    for (const cache of ['cold', 'warm']) {
      const m = p[cache];
      const mine = p.over.filter((o) => o.startsWith(`${cache}:`));
      const verdict = p.baseline ? 'baseline' : mine.length === 0 ? 'ok' : 'OVER';
      console.log(`${pad(cache === 'cold' ? p.label : '', 22)}${pad(cache === 'cold' ? p.persona : '', 8)}${pad(cache, 6)}${right(Math.round(m.ms), 6)}${right(m.requests.roundTrips, 6)}${right(m.requests.sharePoint, 4)}${right(m.requests.graph, 6)}${right(m.requests.search, 7)}  ${pad(verdict, 10)}${serviceText(m.services)}`);
    }
  }
}
// Per web part, cold: what a first visit costs, the naive baseline beside Targeted news.
console.log(`\nCold first render per web part${NETWORK ? ` on the network profile (${NETWORK_PROFILE_TEXT})` : ' (no added latency; --network adds a real network\'s)'}`);
for (const size of SIZES) {
  console.log(`\n${size} news, cold`);
  console.log(`${pad('web part', 28)}${right('ms', 7)}${right('trips', 7)}${right('dep', 5)}${right('search', 8)}  verdict`);
  for (const p of results.pages.filter((r) => r.news === size && !r.people)) {
    const over = p.over.filter((o) => o.startsWith('cold:')).map((o) => o.slice(6));
    const verdict = p.baseline ? 'baseline' : over.length === 0 ? 'ok' : `OVER (${over.join('; ')})`;
    console.log(`${pad(p.label, 28)}${right(Math.round(p.cold.ms), 7)}${right(p.cold.requests.roundTrips, 7)}${right(p.cold.steps, 5)}${right(p.cold.requests.search, 8)}  ${verdict}`);
  }
}

const search = results.pages.filter((p) => p.interactiveMs !== undefined);
if (search.length > 0) {
  console.log(`\nSearch, from Enter to rendered results in an open page (median ms): ${SIZES.map((size) =>
    `${size} news: ` + search.filter((p) => p.news === size).map((p) => `${p.key.replace('search-', '')} ${Math.round(p.interactiveMs)}`).join(', ')).join('; ')}`);
}
for (const size of SIZES) {
  const ours = results.pages.find((r) => r.news === size && r.key === 'news' && !r.people);
  const naive = results.pages.find((r) => r.news === size && r.key === 'news-naive' && !r.people);
  if (ours && naive) {
    console.log(`${size} news: the naive baseline takes ${(naive.cold.ms / ours.cold.ms).toFixed(1)}x as long cold (${Math.round(naive.cold.ms)} vs ${Math.round(ours.cold.ms)} ms) and ${naive.cold.requests.roundTrips} vs ${ours.cold.requests.roundTrips} round trips`);
  }
}
const mustRead = results.pages.filter((p) => p.people);
if (mustRead.length > 0) {
  console.log(`\nLäs och bekräfta at scale: ${MUST_READ_ITEMS} must-read news for all staff, a share confirmed (1,500 news)${NETWORK ? `, network profile` : ''}`);
  console.log('The editors\' view is timed from pressing "Visa läsbekräftelser" to its table, counting only what it asks;');
  console.log('its "first" row is one open with no summary of confirmations (after setup or a retention run: the whole list read, the summary written),');
  console.log('its cold and warm rows read the summary and the confirmations after it; not judged against the budget, it is shown as "once".');
  console.log('the readers\' rows are first renders: "+MR" is what must-read adds (round trips to Läsbekräftelser, must-read-only searchRequests).');
  console.log(`${pad('view', 18)}${right('people', 7)}${pad('', 2)}${pad('cache', 6)}${right('ms', 6)}${right('trips', 6)}${right('dep', 4)}${right('SP', 4)}${right('Graph', 6)}${right('search', 7)}${right('bytes', 11)}${right('+MR SP', 8)}${right('+MR srch', 9)}  verdict`);
  for (const p of mustRead) {
    for (const cache of p.first ? ['first', 'cold', 'warm'] : ['cold', 'warm']) {
      const m = p[cache];
      const top = cache === (p.first ? 'first' : 'cold');
      const mine = cache === 'first' ? ['once'] : p.over.filter((o) => o.startsWith(`${cache}:`)).map((o) => o.slice(cache.length + 2));
      console.log(`${pad(top ? p.label : '', 18)}${right(top ? p.people : '', 7)}${pad('', 2)}${pad(cache, 6)}${right(Math.round(m.ms), 6)}${right(m.requests.roundTrips, 6)}${right(m.steps, 4)}${right(m.requests.sharePoint, 4)}${right(m.requests.graph, 6)}${right(m.requests.search, 7)}${right(m.requests.bytes, 11)}${right(m.requests.confirmationTrips, 8)}${right(m.requests.mustReadSearch || 0, 9)}  ${mine.length === 0 ? 'ok' : cache === 'first' ? 'once' : `OVER (${mine.join('; ')})`}`);
    }
  }
}
console.log(results.overBudget.length === 0
  ? '\nSummary: all within budget.'
  : `\nSummary: over budget: ${results.overBudget.map((o) => `${o.key}${o.people ? `@${o.people} people` : o.news ? `@${o.news}` : ''} (${o.over.join('; ')})`).join(', ')}`);
writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`Written: bench/results.json (${results.seconds} s in the browser)`);
if (values.check && results.overBudget.length > 0) process.exitCode = 1;
