// End to end: every web part in the workbench against the local tenant (seed 42) in Chromium,
// with the tenant's fault injection on the request each web part cannot do without. A storm of
// 429s with Retry-After (the wait is honoured: the request log shows no retry sooner), 503s,
// answers slower than 10 s, bodies cut in half, 401 and 403. Nothing may blank the page, and
// every message is the web part's own Swedish text. Prints a table (web part × fault) and writes
// test-output/faults-report.json; each cell is the outcome of the assertions of that case.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { useStack, output, root } from './support.mjs';
import { loadingTexts, webPartLoadState } from '../support/webPartLoaded.mjs';

/** Which requests each web part makes was read from the request log of a clean first render. */
const WEB_PARTS = [
  {
    key: 'news', name: 'Riktade nyheter', persona: 'erik', query: {}, loc: 'targetedNews',
    root: '[data-webpart="targeted-news"]', content: 'section h3 a',
    // One Graph search per page of news.
    primary: { pattern: '^/v1\\.0/search/query', method: 'POST' }
  },
  {
    key: 'dashboard', name: 'Min sida', persona: 'erik', query: { page: 'dashboard' }, loc: 'personalDashboard',
    root: '[data-webpart="personal-dashboard"]', content: '[data-section="documents"] h3 a',
    // Profile, calendar, documents, Att läsa and settings come in one Graph $batch (the guides from SharePoint, beside it).
    primary: { pattern: '^/v1\\.0/\\$batch', method: 'POST' },
    // The calendar alone, inside that batch: the rest of the page must stay.
    secondary: { pattern: '^/v1\\.0/me/calendarView', section: 'calendar', others: ['documents', 'news'] }
  },
  {
    key: 'search', name: 'Sök', persona: 'anna', query: { page: 'sok', q: 'semester' }, loc: 'search',
    root: '[data-webpart="search"]', content: 'article h3',
    primary: { pattern: '^/v1\\.0/search/query', method: 'POST' }
  },
  {
    key: 'contentHealth', name: 'Städa innehåll', persona: 'johan', query: { page: 'stada' }, loc: 'contentHealth',
    root: '[data-webpart="content-health"]', content: 'tbody tr[data-url]',
    // The pages of the sites the editor may edit, with their review columns (not the guide list).
    primary: { pattern: "getByTitle\\('Site%20Pages'\\)/items\\?.*SamverkaReviewDate", method: 'GET' }
  },
  {
    key: 'reuse', name: 'Samverka med andra kommuner', persona: 'johan', query: { page: 'samverka' }, loc: 'contentReuse',
    root: '[data-webpart="content-reuse"]', content: 'section section h3',
    // The offers list: nothing of the web part shows without it.
    primary: { pattern: "getByTitle\\('Erbjudanden'\\)/items", method: 'GET' }
  }
];

const FAULTS = ['429 storm', '503', '503 persistent', 'slow 11 s', 'malformed', '401', '403'];
/** The same web parts as Teams tabs (dark theme): the messages and their actions in the frame. */
const TEAMS_FAULTS = ['Teams 503 persistent', 'Teams 401'];
const RETRY_AFTER_S = 1;
const SLOW_MS = 11000;

/** Words and codes that must not reach the reader: the tenant's or the browser's own text. */
const NOT_SWEDISH = /\b(error|errors|failed|failure|undefined|null|NaN|exception|forbidden|unauthori[sz]ed|unavailable|throttled|too many|request|injected|retry|status|\[object)\b|\b(401|403|429|500|503)\b/i;

/** report[webPart][fault] = { survived, detail } */
const report = {};
/** Clean first render: how many requests of each web part match its primary pattern. */
const baseline = {};

// The report is written before the stack closes: registered first, this `after` runs first.
after(() => writeReport());

const stack = useStack({ seed: 42 });

// ---- The web parts' Swedish strings, read as SPFx loads them (an AMD module) ----

function amdStrings(file) {
  const source = readFileSync(file, 'utf8');
  let strings;
  new Function('define', source)((_deps, factory) => { strings = factory(); });
  return strings;
}

/** What every web part says alike (retry, reload, loading, why something failed): src/loc/common. */
const COMMON = amdStrings(path.join(root, 'src', 'loc', 'common', 'sv-se.js'));

/** A web part's strings with the shared ones it shows: its own Errors first, then the shared. */
function locStrings(folder) {
  const strings = amdStrings(path.join(root, 'src', 'webparts', folder, 'loc', 'sv-se.js'));
  return { ...strings, Common: COMMON, Errors: { ...COMMON.Errors, ...(strings.Errors || {}) } };
}

const STRINGS = Object.fromEntries(WEB_PARTS.map((w) => [w.key, locStrings(w.loc)]));

/** Every string of a loc group whose key matches `key`, at any depth. */
function stringsWhere(strings, key) {
  const found = [];
  const walk = (node) => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string' && key.test(k)) found.push(v);
      else if (v && typeof v === 'object') walk(v);
    }
  };
  walk(strings);
  return found;
}

/** The loc text that must appear in a message for a fault: what happened, in the reader's words. */
function expectedMessage(webPart, code) {
  const errors = STRINGS[webPart.key].Errors || {};
  assert.ok(errors[code], `${webPart.name} has a Swedish text for "${code}" (loc Errors.${code})`);
  return errors[code];
}

// ---- The tenant ----

async function setFaults(rules) {
  await clearFaults();
  const response = await fetch(`${stack.tenant.url}/_emulator/faults`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rules)
  });
  assert.equal(response.status, 201, 'fault rules accepted');
}

async function clearFaults() {
  await fetch(`${stack.tenant.url}/_emulator/faults`, { method: 'DELETE' });
}

async function clearLog() {
  await fetch(`${stack.tenant.url}/_emulator/requests`, { method: 'DELETE' });
}

async function requestLog() {
  return (await (await fetch(`${stack.tenant.url}/_emulator/requests`)).json()).value;
}

/**
 * The requests a rule touched, one each: a direct request whose path matches, or each matching
 * request inside a $batch (they share the batch's times). `throttled`: it was answered 429.
 */
function touched(log, rule) {
  const regex = new RegExp(rule.pattern);
  const methodOk = (m) => !rule.method || m.toUpperCase() === rule.method;
  return log.flatMap((entry) => {
    const start = Date.parse(entry.time) - entry.durationMs;
    const end = Date.parse(entry.time);
    if (regex.test(entry.path) && methodOk(entry.method)) return [{ start, end, throttled: entry.status === 429 }];
    return (entry.inner || []).filter((i) => regex.test(i.path) && methodOk(i.method)).map((i) => ({ start, end, throttled: i.status === 429 }));
  }).sort((a, b) => a.start - b.start);
}

/**
 * Proves that every 429 was waited out: each request after the first `firstAttempts` ones must be
 * the retry of an earlier 429 and start no sooner than that answer's end plus Retry-After.
 * Returns the waits observed (ms); throws when a retry came early or a request came unasked.
 */
function assertRetryAfterHonoured(entries, firstAttempts, retryAfterMs) {
  const due = [];
  const waits = [];
  let firsts = 0;
  for (const entry of entries) {
    due.sort((a, b) => a - b);
    // Log times are whole milliseconds: a millisecond of rounding either side.
    if (due.length > 0 && entry.start + 2 >= due[0]) {
      waits.push(Math.round(entry.start - (due.shift() - retryAfterMs)));
    } else if (firsts < firstAttempts) {
      firsts++;
    } else {
      const earliest = due.length > 0 ? due[0] - retryAfterMs : null;
      assert.fail(`a request ${earliest === null ? 'nobody asked for' : `${entry.start - earliest} ms after a 429 that asked for ${retryAfterMs} ms`}`);
    }
    if (entry.throttled) due.push(entry.end + retryAfterMs);
  }
  assert.equal(due.length, 0, 'every 429 was retried');
  return waits;
}

// ---- The page ----

/** The workbench page, on the SharePoint page or (`frame`: { theme }) in the Teams tab's frame. */
async function open(webPart, frame) {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const view = frame ? { view: 'teams', theme: frame.theme } : { view: 'sharepoint' };
  const params = new URLSearchParams({ persona: webPart.persona, ...view, layout: 'list', ...webPart.query });
  const opened = Date.now();
  await page.goto(`${stack.workbench.url}?${params}`);
  const root = frame ? page.frameLocator('iframe').locator(webPart.root) : page.locator(webPart.root);
  const scope = frame ? await (await page.waitForSelector('iframe')).contentFrame() : page.mainFrame();
  return { page, context, pageErrors, opened, root, scope };
}

const LOADING = loadingTexts(root);

/**
 * After a failure nothing in the web part may go on loading: every part of it has either its
 * content or its message (a section that cannot be asked for without the failed answer too).
 */
async function assertSettled(view, webPart) {
  const name = /data-webpart="([^"]+)"/.exec(webPart.root)[1];
  const handle = await view.scope.waitForFunction(webPartLoadState, { webPart: name, loading: LOADING }, { timeout: 15000, polling: 250 })
    .catch(() => null);
  // Settled: 'failed' (an alert), or 'loaded' where the failure is a notice beside what did load.
  assert.ok(handle, 'nothing is still loading 15 s after the failure was shown');
}

async function waitForContent(view, webPart, timeout = 20000) {
  await view.root.locator(webPart.content).first().waitFor({ timeout });
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The web part's failure message: visible, Swedish, with its own loc text for what happened (as
 * a sentence or within one, so in any case), and no English or raw codes. An alert, or a status
 * when the rest of the web part is shown.
 */
async function assertMessage(view, webPart, code, options = {}) {
  const expected = expectedMessage(webPart, code);
  const scope = options.scope || view.root;
  const alert = scope.locator('[role="alert"], [role="status"]').filter({ hasText: new RegExp(escapeRegExp(expected.replace(/[.]$/, '')), 'i') }).first();
  await alert.waitFor({ timeout: options.timeout || 20000 });
  const text = (await alert.innerText()).replace(/\s+/g, ' ').trim();
  assert.ok(text.length > 10, `a message, not an empty box: "${text}"`);
  assert.doesNotMatch(text, NOT_SWEDISH, 'the message is Swedish and carries no raw code');
  return { alert, text };
}

/** Nothing blank: the web part shows text beyond its title, and no script error escaped. */
async function assertNotBlank(view) {
  assert.ok(await view.root.isVisible(), 'the web part is on the page');
  const text = (await view.root.innerText()).trim();
  assert.ok(text.split('\n').filter((line) => line.trim()).length >= 2, `the web part shows more than its title: "${text}"`);
  assert.deepEqual(view.pageErrors, [], 'no uncaught error in the page');
}

/** The message offers "Försök igen"; once the tenant answers again, it brings the content and the message goes. */
async function retryAfterClearing(view, webPart, alert, faultsCleared) {
  await faultsCleared();
  const label = stringsWhere(STRINGS[webPart.key], /^Retry$/)[0];
  assert.equal(label, 'Försök igen');
  await view.root.getByRole('button', { name: label }).first().click();
  await alert.waitFor({ state: 'hidden', timeout: 20000 });
  await waitForContent(view, webPart);
}

/**
 * After a 401 the message offers "Ladda om sidan" instead: once the tenant signs the reader in
 * again, the click reloads the page (or the Teams tab's frame) and the content comes.
 */
async function reloadAfterClearing(view, webPart, faultsCleared) {
  const label = stringsWhere(STRINGS[webPart.key], /^Reload$/)[0];
  assert.equal(label, 'Ladda om sidan');
  const retry = stringsWhere(STRINGS[webPart.key], /^Retry$/)[0];
  assert.equal(await view.root.getByRole('button', { name: retry }).count(), 0, 'no "Försök igen" after a 401: asking again cannot sign in');
  await faultsCleared();
  await view.root.getByRole('button', { name: label }).first().click();
  await waitForContent(view, webPart, 30000);
  assert.equal(await view.root.getByRole('button', { name: label }).count(), 0, 'the message is gone after the reload');
}

/** The request log once every 429 has had its retry (the content may show before a retry of another part). */
async function settledLog(rule, webPart, firstAttempts) {
  const until = Date.now() + RETRY_AFTER_S * 3000 + 3000;
  let entries;
  do {
    entries = touchedBy(await requestLog(), rule, webPart);
    if (entries.length >= firstAttempts + entries.filter((e) => e.throttled).length) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  } while (Date.now() < until);
  return entries;
}

// ---- The report ----

function writeReport() {
  const faults = [...FAULTS, 'calendar 429 in batch', 'calendar 503 persistent', ...TEAMS_FAULTS];
  const used = faults.filter((f) => WEB_PARTS.some((w) => report[w.key] && report[w.key][f]));
  const width = Math.max(...WEB_PARTS.map((w) => w.name.length)) + 2;
  const lines = [['web part'.padEnd(width), ...used.map((f) => f.padEnd(Math.max(f.length, 8)))].join(' | ')];
  for (const w of WEB_PARTS) {
    const row = report[w.key] || {};
    lines.push([w.name.padEnd(width), ...used.map((f) => (row[f] ? (row[f].survived ? 'survived' : 'FAILED') : '–').padEnd(Math.max(f.length, 8)))].join(' | '));
  }
  const table = lines.join('\n');
  process.stdout.write(`\nFaults per web part (local tenant, seed 42):\n${table}\n`);
  const json = {
    generated: new Date().toISOString(),
    retryAfterSeconds: RETRY_AFTER_S,
    slowMs: SLOW_MS,
    webParts: WEB_PARTS.map((w) => ({
      key: w.key, name: w.name, persona: w.persona, primary: w.primary, secondary: w.secondary,
      baselineRequests: baseline[w.key],
      faults: report[w.key] || {},
      tried: Object.keys(report[w.key] || {}).length,
      survived: Object.values(report[w.key] || {}).filter((c) => c.survived).length
    }))
  };
  writeFileSync(path.join(output, 'faults-report.json'), JSON.stringify(json, null, 2));
}

// ---- The tests ----

const byKey = Object.fromEntries(WEB_PARTS.map((w) => [w.key, w]));
/**
 * Web parts whose faults can run side by side. The dashboard's $batch rule would fail every
 * page's user lookup, so it runs alone. A rule used a number of times (`times`) must not be used
 * up by another page: the news' and the search's Graph searches share a path, and the reuse
 * page previews the feed with the same searches.
 */
const SIDE_BY_SIDE = [['news', 'search', 'contentHealth', 'reuse'], ['dashboard']].map((g) => g.map((k) => byKey[k]));
const ONE_USE_GROUPS = [['news', 'contentHealth'], ['search'], ['reuse'], ['dashboard']].map((g) => g.map((k) => byKey[k]));

/**
 * A meeting point for the pages of a group: the faults are cleared once every page has shown
 * its message (or failed), so no page's retry heals another that is still failing.
 */
function clearingGate(count) {
  let arrived = 0;
  let open;
  const opened = new Promise((resolve) => { open = resolve; });
  return () => {
    arrived += 1;
    if (arrived === count) clearFaults().then(open, open);
    return opened;
  };
}

/**
 * Runs `body(webPart, faultsCleared)` for the web parts of each group at once (the group's rules
 * set first), records a report cell per web part, and fails with every failure of the round.
 */
async function round(fault, groups, rulesOf, body) {
  const failures = [];
  for (const group of groups) {
    const rules = group.flatMap((w) => rulesOf(w));
    if (rules.length > 0) await setFaults(rules); else await clearFaults();
    await clearLog();
    const arrive = clearingGate(group.length);
    const results = await Promise.allSettled(group.map(async (w) => {
      let arrived = false;
      const faultsCleared = () => { arrived = true; return arrive(); };
      try {
        return await body(w, faultsCleared);
      } finally {
        if (!arrived) arrive();
      }
    }));
    await clearFaults();
    results.forEach((result, i) => {
      const w = group[i];
      const row = report[w.key] ||= {};
      if (result.status === 'fulfilled') {
        row[fault] = { survived: true, detail: result.value || '' };
      } else {
        const detail = String(result.reason && result.reason.message || result.reason).split('\n')[0];
        row[fault] = { survived: false, detail };
        failures.push(`${w.name}: ${detail}`);
      }
    });
  }
  assert.deepEqual(failures, []);
}

/** Opens the web part, runs `check` on it, and closes it whatever happened. */
async function withPage(webPart, check, frame) {
  const view = await open(webPart, frame);
  try {
    return await check(view);
  } finally {
    await view.context.close();
  }
}

/** The requests of this web part's persona a rule touched (a faulted answer carries no caller). */
function touchedBy(log, rule, webPart) {
  return touched(log.filter((e) => !e.caller || e.caller === webPart.persona), rule);
}

describe('faults, every web part in the workbench', () => {
  test('without faults each web part renders, and asks the request faulted below', async () => {
    await round('none', SIDE_BY_SIDE, () => [], (w) => withPage(w, async (view) => {
      await waitForContent(view, w);
      await assertNotBlank(view);
      // The last requests may still be on their way when the content shows.
      await view.page.waitForLoadState('networkidle');
      const hits = touchedBy(await requestLog(), w.primary, w);
      assert.ok(hits.length > 0, `the first render asks ${w.primary.pattern}`);
      baseline[w.key] = hits.length;
      return `${hits.length} request(s) on ${w.primary.pattern}`;
    }));
    for (const w of WEB_PARTS) delete report[w.key].none;
  });

  test(`a storm of 429s with Retry-After ${RETRY_AFTER_S} s: no retry sooner, and the content arrives`, async () => {
    const THROTTLED = 3;
    await round('429 storm', ONE_USE_GROUPS, (w) => [{ ...w.primary, status: 429, retryAfter: RETRY_AFTER_S, times: THROTTLED }], (w) => withPage(w, async (view) => {
      await waitForContent(view, w, 30000);
      await assertNotBlank(view);
      const entries = await settledLog(w.primary, w, baseline[w.key]);
      assert.equal(entries.filter((e) => e.throttled).length, THROTTLED, `${THROTTLED} answers of 429`);
      const waits = assertRetryAfterHonoured(entries, baseline[w.key], RETRY_AFTER_S * 1000);
      assert.equal(waits.length, THROTTLED);
      return `${THROTTLED}×429; retries ${waits.join(', ')} ms after the 429 (Retry-After ${RETRY_AFTER_S * 1000} ms)`;
    }));
  });

  test('503 twice, then OK: the content arrives', async () => {
    await round('503', ONE_USE_GROUPS, (w) => [{ ...w.primary, status: 503, times: 2 }], (w) => withPage(w, async (view) => {
      await waitForContent(view, w, 30000);
      await assertNotBlank(view);
      return 'content after two 503s';
    }));
  });

  test('a 503 that persists: a Swedish message with "Försök igen", which works once the service is back', async () => {
    await round('503 persistent', SIDE_BY_SIDE, (w) => [{ ...w.primary, status: 503 }], (w, faultsCleared) => withPage(w, async (view) => {
      const { alert, text } = await assertMessage(view, w, 'unavailable', { timeout: 30000 });
      await assertSettled(view, w);
      // The retries give up in bounded time (services/retry: four attempts, backoff up to 8 s).
      const gaveUpAfter = Date.now() - view.opened;
      assert.ok(gaveUpAfter < 15000, `the message within 15 s, not a page that waits on (${gaveUpAfter} ms)`);
      await assertNotBlank(view);
      await retryAfterClearing(view, w, alert, faultsCleared);
      assert.deepEqual(view.pageErrors, []);
      return `${text} (after ${gaveUpAfter} ms)`;
    }));
  });

  test('a body cut in half: a Swedish message in the web part, the page stays, and "Försök igen" works', async () => {
    await round('malformed', SIDE_BY_SIDE, (w) => [{ ...w.primary, malformed: true }], (w, faultsCleared) => withPage(w, async (view) => {
      const { alert, text } = await assertMessage(view, w, 'unknown');
      await assertSettled(view, w);
      await assertNotBlank(view);
      assert.ok(await view.page.locator('.sp-hubnav').isVisible(), 'the rest of the page renders');
      await retryAfterClearing(view, w, alert, faultsCleared);
      return text;
    }));
  });

  // A 401 is a sign-in that ran out (a reload helps), a 403 rights that are missing: each its own text.
  for (const [status, code, says] of [[401, 'signedOut', 'the sign-in ran out'], [403, 'forbidden', 'access was refused']]) {
    test(`${status}: a Swedish message that says ${says}, no blank web part${status === 401 ? '; "Ladda om sidan" brings the content' : ''}`, async () => {
      await round(String(status), SIDE_BY_SIDE, (w) => [{ ...w.primary, status }], (w, faultsCleared) => withPage(w, async (view) => {
        const { text } = await assertMessage(view, w, code);
        await assertSettled(view, w);
        await assertNotBlank(view);
        if (status === 401) {
          const forbidden = expectedMessage(w, 'forbidden').replace(/[.]$/, '').toLowerCase();
          assert.ok(!text.toLowerCase().includes(forbidden), `a 401 is not told as missing rights: "${text}"`);
          await reloadAfterClearing(view, w, faultsCleared);
          assert.deepEqual(view.pageErrors, []);
        }
        return text;
      }));
    });
  }

  const dashboard = byKey.dashboard;
  const calendar = dashboard.secondary;

  test('Min sida: a 429 on the calendar inside the batch is retried alone, after Retry-After', async () => {
    await round('calendar 429 in batch', [[dashboard]], () => [{ pattern: calendar.pattern, status: 429, retryAfter: RETRY_AFTER_S, times: 2 }], (w) => withPage(w, async (view) => {
      await view.root.locator(`[data-section="${calendar.section}"] h3`).first().waitFor({ timeout: 20000 });
      await waitForContent(view, w);
      const entries = await settledLog({ pattern: calendar.pattern }, w, 1);
      const waits = assertRetryAfterHonoured(entries, 1, RETRY_AFTER_S * 1000);
      assert.equal(waits.length, 2);
      // The retry asks the throttled request only, not the whole batch again.
      const batches = (await requestLog()).filter((e) => e.inner && e.inner.some((i) => new RegExp(calendar.pattern).test(i.path)));
      assert.equal(batches.length, 3, 'the first batch and two retries');
      assert.deepEqual(batches.slice(1).map((e) => e.inner.length), [1, 1], 'each retry is a batch of the calendar request alone');
      return `retries ${waits.join(', ')} ms after the 429, the calendar request alone`;
    }));
  });

  test('Min sida: the calendar fails for good: its own Swedish message, the rest renders, "Försök igen" works', async () => {
    await round('calendar 503 persistent', [[dashboard]], () => [{ pattern: calendar.pattern, status: 503 }], (w, faultsCleared) => withPage(w, async (view) => {
      const part = view.root.locator(`[data-section="${calendar.section}"]`);
      const { alert, text } = await assertMessage(view, w, 'unavailable', { scope: part, timeout: 30000 });
      for (const other of calendar.others) {
        assert.ok(await view.root.locator(`[data-section="${other}"] h3 a`).count() > 0, `${other} still shown`);
      }
      await assertNotBlank(view);
      await faultsCleared();
      await part.getByRole('button', { name: 'Försök igen' }).click();
      await alert.waitFor({ state: 'hidden', timeout: 20000 });
      await part.locator('h3').first().waitFor({ timeout: 20000 });
      return text;
    }));
  });

  test(`answers slower than 10 s (${SLOW_MS} ms): a labelled loading state while waiting, then the content`, async () => {
    // One tenant, five pages side by side, so the wait is paid once. The Graph searches inside
    // the dashboard's $batch have the path of the news' and the search's own, and a batch's
    // requests are answered one after another: the search rule is lifted once the first
    // searches of the pages are on their way (the tenant keeps the latency it gave them), before
    // the dashboard's batch, held up by its calendar, reaches its searches.
    const searchRule = { ...byKey.news.primary, latencyMs: SLOW_MS };
    assert.equal(byKey.search.primary.pattern, searchRule.pattern);
    const others = WEB_PARTS.filter((w) => w.primary.pattern !== searchRule.pattern && !w.secondary).map((w) => ({ ...w.primary, latencyMs: SLOW_MS }))
      .concat([{ pattern: byKey.dashboard.secondary.pattern, latencyMs: SLOW_MS }]);
    let lifted = false;
    const lift = async () => {
      if (!lifted) {
        lifted = true;
        await setFaults(others);
      }
    };
    let loadingShown = 0;
    await round('slow 11 s', [WEB_PARTS], (w) => (w === WEB_PARTS[0] ? [searchRule, ...others] : []), (w) => withPage(w, async (view) => {
      // Well inside the wait: a labelled loading indicator, no content yet.
      await view.page.waitForTimeout(3000);
      try {
        assert.equal(await view.root.locator(w.content).count(), 0, 'no content before the slow answer');
        assert.ok(await view.root.locator('[role="status"], [role="progressbar"], [aria-busy="true"]').count() > 0, 'a loading indicator');
        const loadingTexts = stringsWhere(STRINGS[w.key], /Loading|Searching/);
        const shown = await view.root.evaluate((element) => [...element.querySelectorAll('[role="status"], [role="progressbar"], [aria-busy="true"], [aria-label]')]
          .map((e) => `${e.textContent} ${e.getAttribute('aria-label') || ''}`).join(' '));
        assert.ok(loadingTexts.some((t) => shown.includes(t)), `the indicator is labelled with a loading text (${loadingTexts.join(' / ')}): "${shown.trim()}"`);
        await assertNotBlank(view);
      } finally {
        if (++loadingShown === WEB_PARTS.length) await lift();
      }
      await waitForContent(view, w, SLOW_MS + 20000);
      const waited = Date.now() - view.opened;
      assert.ok(waited >= SLOW_MS, `content after the slow answer (${waited} ms)`);
      assert.ok(waited < 2 * SLOW_MS, `one slow answer, not several in a row (${waited} ms)`);
      assert.deepEqual(view.pageErrors, []);
      return `loading state, then the content after ${waited} ms`;
    }));
  });

  // In Teams the web part runs in the tab's frame, with Teams' theme: the same messages and
  // actions must be there, readable, and work in the frame.
  const TEAMS = { theme: 'dark' };

  test('in the Teams tab (dark): a 503 that persists gives the Swedish message, and "Försök igen" works', async () => {
    await round('Teams 503 persistent', SIDE_BY_SIDE, (w) => [{ ...w.primary, status: 503 }], (w, faultsCleared) => withPage(w, async (view) => {
      const { alert, text } = await assertMessage(view, w, 'unavailable', { timeout: 30000 });
      await assertSettled(view, w);
      await assertNotBlank(view);
      await retryAfterClearing(view, w, alert, faultsCleared);
      assert.deepEqual(view.pageErrors, []);
      return text;
    }, TEAMS));
  });

  test('in the Teams tab (dark): a 401 says the sign-in ran out, and "Ladda om sidan" reloads the tab', async () => {
    await round('Teams 401', SIDE_BY_SIDE, (w) => [{ ...w.primary, status: 401 }], (w, faultsCleared) => withPage(w, async (view) => {
      const { text } = await assertMessage(view, w, 'signedOut');
      await assertSettled(view, w);
      const forbidden = expectedMessage(w, 'forbidden').replace(/[.]$/, '').toLowerCase();
      assert.ok(!text.toLowerCase().includes(forbidden), `a 401 is not told as missing rights: "${text}"`);
      await assertNotBlank(view);
      await reloadAfterClearing(view, w, faultsCleared);
      assert.deepEqual(view.pageErrors, []);
      return text;
    }, TEAMS));
  });
});
