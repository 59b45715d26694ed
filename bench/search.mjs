// `node bench/search.mjs`: what the search web part costs, measured in Chromium against the local tenant.
//  - search requests per page view (Microsoft's Page Diagnostics budget: 3), SharePoint and Graph
//    round trips, counted by the local tenant (searches inside a $batch count too);
//  - time from navigation to rendered results (cold: a new browser context, a search link opened)
//    and from Enter to rendered results in an open page (interactive), for each vertical;
//  - at the seeded size (1,500 news, every document, person and guide of the seed) and with ten
//    times the news (15,000).
// Prints a table and writes bench/search-results.json. Options: --runs N (default 5), --persona KEY.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startTenant } from '../emulator/server.ts';
import { buildWorkbench, startWorkbench } from '../workbench/serve.mjs';
import { clearRequests, countRequests, launchChromium, median, tenantRequests } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    persona: { type: 'string', default: 'anna' },
    sizes: { type: 'string', default: '1500,15000' }
  }
});
const RUNS = Math.max(1, Number(values.runs));
const PERSONA = values.persona;
const SIZES = values.sizes.split(',').map(Number);
const BUDGET_SEARCH_REQUESTS = 3;
/** A word per vertical that has hits there. */
const QUERIES = [
  { vertical: 'all', text: 'semester' },
  { vertical: 'pages', text: 'förskola' },
  { vertical: 'documents', text: 'protokoll' },
  { vertical: 'people', text: 'lindqvist' },
  { vertical: 'guides', text: 'lön' }
];

async function resultsRendered(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-webpart="search"] [role="status"]');
    return status && /träff/.test(status.textContent) && !document.querySelector('[data-webpart="search"] [aria-busy="true"]');
  }, undefined, { polling: 'raf', timeout: 60000 });
}

async function measure(browser, tenant, workbench, query) {
  const cold = [];
  const interactive = [];
  let requests;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const params = new URLSearchParams({ persona: PERSONA, view: 'sharepoint', page: 'sok', q: query.text });
    if (query.vertical !== 'all') params.set('v', query.vertical);
    await clearRequests(tenant);
    await page.goto(`${workbench.url}?${params}`);
    await resultsRendered(page);
    cold.push(await page.evaluate(() => performance.now()));
    requests = countRequests(await tenantRequests(tenant));

    // The same page, another search typed: the query to rendered results.
    const box = page.getByRole('combobox', { name: 'Sök på intranätet' });
    await box.fill(`${query.text} 2026`);
    const started = Date.now();
    await box.press('Enter');
    await page.waitForFunction((text) => new URLSearchParams(location.search).get('q') === text, `${query.text} 2026`);
    await resultsRendered(page);
    interactive.push(Date.now() - started);
    await context.close();
  }
  return { coldMs: median(cold), interactiveMs: median(interactive), requests };
}

const results = { date: new Date().toISOString(), node: process.version, persona: PERSONA, runs: RUNS, budgetSearchRequests: BUDGET_SEARCH_REQUESTS, rows: [] };
const browser = await launchChromium();
const build = await buildWorkbench();
try {
  for (const size of SIZES) {
    const tenant = await startTenant({ port: 0, seed: 42, news: size });
    const workbench = await startWorkbench({ tenantUrl: tenant.url, port: 0, build });
    const index = {
      listItem: tenant.tenant.search.count('listItem'),
      driveItem: tenant.tenant.search.count('driveItem'),
      person: tenant.tenant.search.count('person'),
      externalItem: tenant.tenant.search.count('externalItem')
    };
    try {
      for (const query of QUERIES) {
        const m = await measure(browser, tenant, workbench, query);
        results.rows.push({ news: size, index, ...query, ...m });
      }
    } finally {
      await workbench.close();
      await tenant.close();
    }
  }
} finally {
  await browser.close();
}

const pad = (s, n) => String(s).padEnd(n);
const right = (s, n) => String(s).padStart(n);
console.log(`\nSearch web part as ${PERSONA}, median of ${RUNS} runs in Chromium; budget: <= ${BUDGET_SEARCH_REQUESTS} search requests per page view`);
let lastSize;
for (const r of results.rows) {
  if (r.news !== lastSize) {
    lastSize = r.news;
    console.log(`\nIndex: ${r.index.listItem} list items (${r.news} news + pages + guides), ${r.index.driveItem} documents, ${r.index.person} people, ${r.index.externalItem} connector guides`);
    console.log(`${pad('vertical', 11)}${pad('query', 12)}${right('cold ms', 9)}${right('query ms', 10)}${right('search', 8)}${right('trips', 7)}${right('SP', 5)}${right('photos', 8)}`);
  }
  console.log(`${pad(r.vertical, 11)}${pad(r.text, 12)}${right(Math.round(r.coldMs), 9)}${right(Math.round(r.interactiveMs), 10)}${right(r.requests.search, 8)}${right(r.requests.roundTrips, 7)}${right(r.requests.sharePoint, 5)}${right(r.requests.photos, 8)}`);
}
const over = results.rows.filter((r) => r.requests.search > BUDGET_SEARCH_REQUESTS);
console.log(over.length === 0 ? '\nEvery page view stays within the search budget.' : `\nOver budget: ${over.map((r) => `${r.vertical}@${r.news}`).join(', ')}`);
writeFileSync(path.join(root, 'bench/search-results.json'), JSON.stringify(results, null, 2) + '\n');
