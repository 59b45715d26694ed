// `npm run bench`: what the Targeted news web part costs, measured, with a baseline in the same run.
//  - requests per first render (cold, and with the session's group cache warm), counted by the
//    local tenant: round trips, SharePoint requests, and search requests (inside batches too);
//  - the entry bundle of each web part from the ship build, minified and gzipped;
//  - time from navigation to a rendered list of 20 news, at 1,500 and 15,000 news, for our
//    service and for a naive baseline that reads every news page and filters on the client.
// Prints a table and writes bench/results.json. Options: --runs N (default 5), --persona KEY.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startTenant } from '../emulator/server.ts';
import { buildWorkbench, startWorkbench } from '../workbench/serve.mjs';
import { clearRequests, countRequests, launchChromium, median, tenantRequests } from './support.mjs';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    persona: { type: 'string', default: 'erik' },
    sizes: { type: 'string', default: '1500,15000' }
  }
});
const RUNS = Math.max(1, Number(values.runs));
const PERSONA = values.persona;
const SIZES = values.sizes.split(',').map(Number);
const ITEMS = 20;
const PAGE_DIAGNOSTICS = { sharePointRequests: 25, searchRequests: 3, loadMs: 2000 };

// ---- Bundles: the entry bundle of each web part, as the .sppkg carries it ----

/** The component manifests of the web parts in the package. */
async function webPartManifests(zip) {
  const manifests = [];
  for (const name of Object.keys(zip.files).filter((f) => /\/WebPart_[^/]+\.xml$/.test(f))) {
    const xml = await zip.file(name).async('string');
    manifests.push(JSON.parse(xml.match(/ComponentManifest="([^"]*)"/)[1]
      .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')));
  }
  return manifests;
}

async function bundleSizes() {
  const sppkg = path.join(root, 'sharepoint/solution/samverka.sppkg');
  if (!existsSync(sppkg)) {
    console.log('Building the package (npm run package) ...');
    const built = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run package failed');
  }
  const zip = await JSZip.loadAsync(readFileSync(sppkg));
  const manifests = await webPartManifests(zip);
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

// ---- First render in a real browser, against the local tenant ----

async function timeToList(page) {
  await page.waitForFunction((n) => document.querySelectorAll('section li:has(h3)').length >= n, ITEMS, { polling: 'raf', timeout: 60000 });
  return page.evaluate(() => performance.now());
}

async function measure(browser, tenant, workbench, service) {
  const cold = [];
  const warm = [];
  let coldRequests;
  let warmRequests;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const params = new URLSearchParams({ persona: PERSONA, layout: 'list', view: 'sharepoint', news: service, items: String(ITEMS) });
    await clearRequests(tenant);
    await page.goto(`${workbench.url}?${params}`);
    cold.push(await timeToList(page));
    coldRequests = countRequests(await tenantRequests(tenant));

    // Same tab again: sessionStorage keeps the user's groups and the tenant configuration.
    await clearRequests(tenant);
    await page.reload();
    warm.push(await timeToList(page));
    warmRequests = countRequests(await tenantRequests(tenant));
    await context.close();
  }
  return { coldMs: median(cold), warmMs: median(warm), coldRequests, warmRequests };
}

// ---- Run ----

const results = { date: new Date().toISOString(), node: process.version, persona: PERSONA, runs: RUNS, items: ITEMS };
results.bundles = await bundleSizes();

const browser = await launchChromium();
const build = await buildWorkbench();
results.render = [];
try {
  for (const size of SIZES) {
    const tenant = await startTenant({ port: 0, seed: 42, news: size });
    const workbench = await startWorkbench({ tenantUrl: tenant.url, port: 0, build });
    try {
      for (const service of ['samverka', 'naive']) {
        const m = await measure(browser, tenant, workbench, service);
        results.render.push({ news: size, service, ...m });
      }
    } finally {
      await workbench.close();
      await tenant.close();
    }
  }
} finally {
  await browser.close();
}

// ---- Report ----

const pad = (s, n) => String(s).padEnd(n);
const num = (n) => String(Math.round(n)).padStart(8);
console.log('\nEntry bundles (ship build, from the .sppkg)');
console.log(`${pad('web part', 28)}${pad('entry', 34)}${'min B'.padStart(9)}${'gzip B'.padStart(9)}`);
for (const b of results.bundles) {
  console.log(`${pad(b.webPart, 28)}${pad(b.entry, 34)}${num(b.minifiedBytes)} ${num(b.gzippedBytes)}`);
}
if (results.bundles.length > 0) {
  const b = results.bundles[0];
  console.log(`Loaded on demand (views, services, PnPjs, Fluent UI, property panes; shared by the web parts): ${b.lazyChunks} chunks, ${b.lazyBytes} B minified`);
}
console.log(`\nFirst render of Targeted news as ${PERSONA}, ${ITEMS} items, median of ${RUNS} runs in Chromium`);
console.log(`Budget (Page Diagnostics): <= ${PAGE_DIAGNOSTICS.sharePointRequests} SharePoint requests, <= ${PAGE_DIAGNOSTICS.searchRequests} search requests, loaded within ${PAGE_DIAGNOSTICS.loadMs} ms`);
console.log(`${pad('news', 8)}${pad('service', 10)}${pad('cache', 7)}${'ms'.padStart(8)}${'trips'.padStart(7)}${'SP'.padStart(5)}${'Graph'.padStart(7)}${'search'.padStart(8)}`);
for (const r of results.render) {
  for (const [cache, ms, req] of [['cold', r.coldMs, r.coldRequests], ['warm', r.warmMs, r.warmRequests]]) {
    console.log(`${pad(r.news, 8)}${pad(r.service, 10)}${pad(cache, 7)}${num(ms)}${String(req.roundTrips).padStart(7)}${String(req.sharePoint).padStart(5)}${String(req.graph).padStart(7)}${String(req.search).padStart(8)}`);
  }
}
for (const size of SIZES) {
  const ours = results.render.find((r) => r.news === size && r.service === 'samverka');
  const naive = results.render.find((r) => r.news === size && r.service === 'naive');
  console.log(`${size} news: the baseline takes ${(naive.coldMs / ours.coldMs).toFixed(1)}x as long cold (${Math.round(naive.coldMs)} vs ${Math.round(ours.coldMs)} ms) and ${naive.coldRequests.roundTrips} vs ${ours.coldRequests.roundTrips} round trips`);
}
writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten: bench/results.json');
