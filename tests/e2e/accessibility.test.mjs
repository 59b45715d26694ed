// Accessibility of every web part (issue 8): each web part as each persona, on the SharePoint
// page and in the Teams frame in Teams' three themes, checked by axe-core against WCAG 2.1 A and
// AA once it has loaded; then states a user opens (a guide, a selected row, a preview, the link
// editor). Last, a keyboard-only walk through each web part: every focus stop is visibly marked,
// Tab leaves the web part again, and the web part's main task is done with keys alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { useStack, axeViolations, output, root, lighterControls, teamsDarkInputBackground } from './support.mjs';
import { loadingTexts, webPartLoadState } from '../support/webPartLoaded.mjs';

const PERSONAS = ['anna', 'erik', 'sara', 'maria', 'johan', 'karin', 'per', 'admin'];
const FRAMES = [
  { key: 'sharepoint', view: 'sharepoint', theme: 'default' },
  { key: 'teams-default', view: 'teams', theme: 'default' },
  { key: 'teams-dark', view: 'teams', theme: 'dark' },
  { key: 'teams-contrast', view: 'teams', theme: 'contrast' }
];
/** Two pages at a time: the machine has two cores. */
const WORKERS = 2;
const LOADING = loadingTexts(root);

const WEB_PARTS = [
  { page: 'news', name: 'targeted-news', label: 'Riktade nyheter' },
  { page: 'dashboard', name: 'personal-dashboard', label: 'Min sida' },
  { page: 'sok', name: 'search', label: 'Sök' },
  { page: 'stada', name: 'content-health', label: 'Städa innehåll' },
  { page: 'samverka', name: 'content-reuse', label: 'Samverkan' },
  { page: 'guider', name: 'guide-editor', label: 'Guideredigeraren' }
];

/** Every render checked: { webPart, frame, persona, state, violations, ms }. */
const renders = [];
const keyboard = [];

const stack = useStack({ seed: 42 });

function url(webPart, frame, persona, extra = {}) {
  const params = new URLSearchParams({ persona, page: webPart.page, view: frame.view, theme: frame.theme, ...extra });
  return `${stack.workbench.url}?${params}`;
}

/** The page or the Teams frame, once the web part in it has loaded. */
async function open(page, webPart, frame, persona, extra) {
  await page.goto(url(webPart, frame, persona, extra));
  let scope = page.mainFrame();
  if (frame.view === 'teams') {
    scope = await (await page.waitForSelector('iframe')).contentFrame();
  }
  await waitReady(scope, webPart);
  return scope;
}

/** Until the web part shows its own answer (content, an empty state or a message), nothing loading. */
async function waitReady(scope, webPart) {
  await scope.waitForFunction(webPartLoadState, { webPart: webPart.name, loading: LOADING }, { timeout: 30000, polling: 100 });
}

const outerChecked = new Set();

/**
 * axe on the web part's document and, for Teams, on the workbench page around the frame: that
 * page (controls and the frame's title) differs by web part and theme only, so once for each.
 */
async function axeAll(page, scope) {
  const inner = await axeViolations(scope, { iframes: false });
  const outerKey = scope === page.mainFrame() ? undefined : new URL(page.url()).searchParams.toString().replace(/persona=[^&]*&?/, '');
  if (!outerKey || outerChecked.has(outerKey)) return inner;
  outerChecked.add(outerKey);
  return inner.concat((await axeViolations(page, { iframes: false })).map((v) => `page: ${v}`));
}

/** Types a search into the box and waits for its results, as a user does. */
async function searchFor(scope, text) {
  const box = scope.getByRole('combobox', { name: 'Sök på intranätet' });
  await box.fill(text);
  await box.press('Enter');
  await scope.locator('[data-webpart="search"] article').first().waitFor({ timeout: 20000 });
  await waitReady(scope, WEB_PARTS.find((w) => w.name === 'search'));
}

/** Runs jobs on WORKERS pages at once, each page reused from job to job. */
async function runJobs(jobs) {
  const queue = jobs.slice();
  await Promise.all(Array.from({ length: WORKERS }, async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    try {
      while (queue.length > 0) {
        const job = queue.shift();
        const started = Date.now();
        const record = { webPart: job.webPart.name, frame: job.frame.key, persona: job.persona, state: job.state || 'first render', violations: [] };
        try {
          record.violations = await job.run(page);
        } catch (error) {
          record.violations = [`not checked: ${String(error.message || error).split('\n')[0]}`];
        }
        record.ms = Date.now() - started;
        if (job.loadMs !== undefined) Object.assign(record, { loadMs: job.loadMs, axeMs: job.axeMs, shows: job.shows });
        renders.push(record);
      }
    } finally {
      await context.close();
    }
  }));
}

const SCREENSHOTS = new Set(['targeted-news/teams-contrast/anna', 'personal-dashboard/teams-dark/maria', 'content-health/teams-default/johan', 'content-reuse/sharepoint/karin', 'search/teams-contrast/sara']);

function firstRenderJob(webPart, frame, persona) {
  return {
    webPart, frame, persona,
    async run(page) {
      const t0 = Date.now();
      const scope = await open(page, webPart, frame, persona);
      this.loadMs = Date.now() - t0;
      const violations = await axeAll(page, scope);
      this.axeMs = Date.now() - t0 - this.loadMs;
      // Teams dark (issue 15): no form control brighter than the theme's input background, on every web part.
      if (frame.key === 'teams-dark') {
        violations.push(...(await lighterControls(scope, webPart.name, teamsDarkInputBackground())).map((c) => `light control in a dark theme: ${c}`));
      }
      // What was checked: the content, or a message (an error, "only for editors") in its place.
      this.shows = await scope.evaluate((name) => {
        const root = document.querySelector(`[data-webpart="${name}"]`);
        const text = (el) => el.textContent.trim().replace(/\s+/g, ' ').slice(0, 80);
        const alert = root.querySelector('[role="alert"]');
        if (alert) return `error: ${text(alert)}`;
        const bar = root.querySelector('.ms-MessageBar');
        return !root.querySelector('table, form, article, li') && bar ? `message: ${text(bar)}` : 'content';
      }, webPart.name);
      const shot = `${webPart.name}/${frame.key}/${persona}`;
      if (SCREENSHOTS.has(shot)) {
        await page.screenshot({ path: path.join(output, `a11y-${shot.replace(/\//g, '-')}.png`) });
      }
      return violations;
    }
  };
}

/** States past the first render, once per frame and theme. */
function stateJobs(frame) {
  const byName = (name) => WEB_PARTS.find((w) => w.name === name);
  return [
    {
      webPart: byName('search'), frame, persona: 'anna', state: 'results, guide open',
      async run(page) {
        const scope = await open(page, this.webPart, frame, 'anna');
        await searchFor(scope, 'semester');
        const results = await axeAll(page, scope);
        await scope.locator('[data-webpart="search"] article h3 button').first().click();
        await scope.getByRole('dialog').getByText(/^Steg 1 av/).waitFor({ timeout: 20000 });
        const dialog = await axeAll(page, scope);
        if (frame.key === 'sharepoint') await page.screenshot({ path: path.join(output, 'a11y-search-guide.png') });
        return results.map((v) => `results: ${v}`).concat(dialog.map((v) => `guide: ${v}`));
      }
    },
    {
      webPart: byName('search'), frame, persona: 'maria', state: 'people and documents refined',
      async run(page) {
        const scope = await open(page, this.webPart, frame, 'maria');
        await searchFor(scope, 'lindqvist');
        await scope.getByRole('navigation', { name: 'Vad du söker' }).getByRole('button', { name: /^Dokument/ }).click();
        await waitReady(scope, this.webPart);
        await scope.locator('[data-webpart="search"] fieldset input[type="checkbox"]').first().check();
        await waitReady(scope, this.webPart);
        return axeAll(page, scope);
      }
    },
    {
      webPart: byName('content-health'), frame, persona: 'johan', state: 'row selected',
      async run(page) {
        const scope = await open(page, this.webPart, frame, 'johan');
        await scope.locator('[data-webpart="content-health"] tbody tr[data-url] input[type="checkbox"]').first().check();
        await scope.getByText('1 vald', { exact: true }).first().waitFor();
        return axeAll(page, scope);
      }
    },
    {
      webPart: byName('content-reuse'), frame, persona: 'johan', state: 'preview open, page borrowed',
      async run(page) {
        const scope = await open(page, this.webPart, frame, 'johan');
        const first = scope.locator('[data-borrow-results] > li').first();
        await first.getByRole('button', { name: 'Förhandsgranska' }).click();
        // The page's own links show in the preview too: wait for the source link.
        await first.locator('[data-borrow-preview]').getByRole('link', { name: 'Öppna originalet' }).waitFor({ timeout: 20000 });
        const audience = scope.getByRole('button', { name: 'Vem ser den?' }).first();
        await audience.click();
        await scope.locator('[data-audience]').first().filter({ hasText: /Når|Riktad|Alla/ }).waitFor({ timeout: 20000 });
        const preview = await axeAll(page, scope);
        // Borrowing it: the notice with a link to the copy (the second frame's borrow finds it borrowed already).
        await first.getByRole('button', { name: 'Låna' }).click();
        await scope.locator('[data-borrow] .ms-MessageBar a').waitFor({ timeout: 20000 });
        const borrowed = await axeAll(page, scope);
        return preview.map((v) => `preview: ${v}`).concat(borrowed.map((v) => `borrowed: ${v}`));
      }
    },
    {
      webPart: byName('personal-dashboard'), frame, persona: 'erik', state: 'link editor open',
      async run(page) {
        const scope = await open(page, this.webPart, frame, 'erik');
        const links = scope.locator('[data-section="links"]');
        await links.getByRole('button', { name: 'Lägg till länk' }).click();
        await links.getByLabel('Adress').fill('inte en adress');
        await links.getByLabel('Namn').fill('Test');
        await links.getByRole('button', { name: 'Spara länken' }).click();
        await links.getByRole('alert').waitFor();
        return axeAll(page, scope);
      }
    },
    {
      webPart: byName('guide-editor'), frame, persona: 'johan', state: 'guide open: versions, owner search, problems',
      async run(page) {
        const scope = await open(page, this.webPart, frame, 'johan');
        const part = scope.locator('[data-webpart="guide-editor"]');
        await part.getByRole('button', { name: /^Redigera / }).first().click();
        await part.locator('[data-guide-form]').waitFor({ timeout: 20000 });
        await part.getByRole('button', { name: 'Visa versioner' }).click();
        await part.locator('[data-guide-versions]').waitFor({ timeout: 20000 });
        const owner = part.getByRole('combobox', { name: 'Ägare' });
        await owner.fill('lindqvist');
        await part.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 20000 });
        await owner.press('ArrowDown');
        const form = await axeAll(page, scope);
        await owner.press('Escape');
        // Publishing a guide without a title: every problem named, each a link to its field.
        await part.getByLabel('Titel', { exact: true }).fill('');
        await part.getByRole('button', { name: 'Publicera' }).click();
        await part.locator('[data-guide-problems]').waitFor({ timeout: 20000 });
        const problems = await axeAll(page, scope);
        return form.map((v) => `form: ${v}`).concat(problems.map((v) => `problems: ${v}`));
      }
    },
    {
      webPart: byName('targeted-news'), frame, persona: 'maria', state: 'list layout, filtered, more shown',
      async run(page) {
        const scope = await open(page, this.webPart, frame, 'maria', { layout: 'list' });
        await scope.getByRole('group', { name: 'Visa nyheter från' }).getByRole('button', { name: 'Vetlanda', exact: true }).click();
        await waitReady(scope, this.webPart);
        const more = scope.getByRole('button', { name: 'Visa fler' });
        if (await more.count() > 0) {
          await more.click();
          await scope.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'));
        }
        return axeAll(page, scope);
      }
    }
  ];
}

// ---- Focus: seen or not ----

/** RGBA pixels of a PNG (8-bit RGB or RGBA, as Chromium writes them). */
function decodePng(buffer) {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data = [];
  while (pos < buffer.length) {
    const length = buffer.readUInt32BE(pos);
    const type = buffer.toString('ascii', pos + 4, pos + 8);
    const chunk = buffer.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      assert.equal(chunk[8], 8, '8-bit PNG');
      channels = chunk[9] === 6 ? 4 : chunk[9] === 2 ? 3 : 0;
      assert.ok(channels > 0, `PNG colour type ${chunk[9]}`);
    } else if (type === 'IDAT') {
      data.push(chunk);
    }
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(width * height * 4);
  const previous = Buffer.alloc(stride);
  const line = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels] : 0;
      const b = previous[x];
      const c = x >= channels ? previous[x - channels] : 0;
      const p = a + b - c;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1
        : (Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c);
      line[x] = (row[x] + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let ch = 0; ch < 4; ch++) pixels[(y * width + x) * 4 + ch] = ch < channels ? line[x * channels + ch] : 255;
    }
    line.copy(previous);
  }
  return { width, height, pixels };
}

/** Pixels that differ clearly (any channel by more than 40) between two screenshots of one box. */
function changedPixels(a, b) {
  const one = decodePng(a);
  const two = decodePng(b);
  if (one.width !== two.width || one.height !== two.height) return Infinity;
  let changed = 0;
  for (let i = 0; i < one.pixels.length; i += 4) {
    if (Math.abs(one.pixels[i] - two.pixels[i]) > 40 || Math.abs(one.pixels[i + 1] - two.pixels[i + 1]) > 40 || Math.abs(one.pixels[i + 2] - two.pixels[i + 2]) > 40) changed++;
  }
  return changed;
}

/**
 * The focused element, described, and the box where its focus indicator can be: the element,
 * its label, and the box of an absolutely placed ::before/::after (a card-wide link target).
 */
function focusBox(webPartName) {
  const el = document.activeElement;
  const root = document.querySelector(`[data-webpart="${webPartName}"]`);
  if (!el || el === document.body || !root) return { inside: false };
  const inside = root.contains(el);
  const rects = [el.getBoundingClientRect()];
  if (el.labels) for (const label of el.labels) rects.push(label.getBoundingClientRect());
  for (const pseudo of ['::before', '::after']) {
    const style = getComputedStyle(el, pseudo);
    if (style.content !== 'none' && style.position === 'absolute' && el.offsetParent) rects.push(el.offsetParent.getBoundingClientRect());
  }
  const visible = rects.filter((r) => r.width > 0 && r.height > 0);
  // The control as seen: the element, or its label when the element itself is hidden (a styled radio).
  const own = rects[0].width >= 4 && rects[0].height >= 4 ? [rects[0]] : rects.slice(1, 1 + (el.labels ? el.labels.length : 0));
  const perimeter = own.reduce((sum, r) => sum + 2 * (r.width + r.height), 0);
  const pad = 6;
  const left = Math.max(0, Math.min(...visible.map((r) => r.left)) - pad);
  const top = Math.max(0, Math.min(...visible.map((r) => r.top)) - pad);
  const right = Math.min(window.innerWidth, Math.max(...visible.map((r) => r.right)) + pad);
  const bottom = Math.min(window.innerHeight, Math.max(...visible.map((r) => r.bottom)) + pad);
  const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || el.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const signature = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}.${String(el.className).trim().split(/\s+/).sort().join('.')}`;
  return {
    inside,
    description: `${el.tagName.toLowerCase()} "${name}"`,
    signature,
    perimeter: Math.round(perimeter),
    box: visible.length && right > left && bottom > top ? { x: left, y: top, width: right - left, height: bottom - top } : null
  };
}

/**
 * Whether the focused element's focus can be seen: its box screenshot focused and blurred. Clearly
 * changed pixels for three quarters of the control's perimeter (a 1 px ring around it, or just
 * inside its border as Fluent UI draws it) count as a focus indicator; fewer (a dot, a caret,
 * nothing) do not. Returns a problem or null.
 */
async function focusProblem(page, focus) {
  if (!focus.box) return `focus on something not shown: ${focus.description}`;
  const focused = await page.screenshot({ clip: focus.box });
  await page.evaluate(() => {
    window.__focusWalk = document.activeElement;
    document.activeElement.blur();
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const blurred = await page.screenshot({ clip: focus.box });
  await page.evaluate(() => window.__focusWalk.focus({ preventScroll: true }));
  const changed = changedPixels(focused, blurred);
  const needed = Math.max(40, Math.round(focus.perimeter * 0.75));
  return changed < needed ? `no visible focus on ${focus.description} (${changed} pixels change, ${needed} needed)` : null;
}

/** Checks the focused element now (a step of a task), adding any problem to the list. */
async function checkFocused(page, webPartName, problems) {
  const focus = await page.evaluate(focusBox, webPartName);
  assert.ok(focus.inside, `focus is in the web part (${focus.description || 'nothing'})`);
  const problem = await focusProblem(page, focus);
  if (problem) problems.push(problem);
  return focus;
}

/**
 * Tabs from where the page has focus through the web part and out again. Each focus stop whose
 * kind (tag, type, role, classes) was not seen twice already is checked for a visible focus.
 * `within` (a selector) keeps the walk inside a modal dialog: there, focus must stay.
 */
async function walk(page, webPartName, { maxStops = 400, within, presses } = {}) {
  const problems = [];
  const seen = new Map();
  const order = [];
  let stops = 0;
  let checked = 0;
  let entered = false;
  for (let press = 0; press < (presses || maxStops); press++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(focusBox, webPartName);
    if (within) {
      const inDialog = await page.evaluate((selector) => !!document.activeElement && !!document.activeElement.closest(selector), within);
      if (!inDialog) problems.push(`focus left the dialog to ${focus.description || 'the page'}`);
    }
    if (!focus.inside) {
      if (entered) {
        const back = within ? { stops: 0, left: true, problems: [] } : await walkBack(page, webPartName, order);
        return { stops, checked, left: true, back, problems: problems.concat(back.problems) };
      }
      continue;
    }
    entered = true;
    stops++;
    order.push(focus.description);
    const count = seen.get(focus.signature) || 0;
    if (count >= 2) continue;
    seen.set(focus.signature, count + 1);
    checked++;
    const problem = await focusProblem(page, focus);
    if (problem) problems.push(problem);
  }
  return { stops, checked, left: false, problems };
}

/**
 * From just after the web part, Shift+Tab through it to the page before it: the same stops as
 * Tab found, in the opposite order, and out again at the top (no trap going backwards).
 */
async function walkBack(page, webPartName, order) {
  const visited = [];
  let entered = false;
  let left = false;
  for (let press = 0; press < order.length + 20; press++) {
    await page.keyboard.press('Shift+Tab');
    const focus = await page.evaluate(focusBox, webPartName);
    if (!focus.inside) {
      if (entered) {
        left = true;
        break;
      }
      continue;
    }
    entered = true;
    visited.push(focus.description);
  }
  // A control with stops of its own (a date field's day, month and year) counts once: the
  // browser does not walk those the same number of times in both directions.
  const controls = (list) => list.filter((description, i) => description !== list[i - 1]);
  const expected = controls(order.slice().reverse());
  const back = controls(visited);
  const problems = [];
  const differs = expected.findIndex((description, i) => back[i] !== description);
  if (differs >= 0 || back.length !== expected.length) {
    const at = differs >= 0 ? differs : Math.min(back.length, expected.length);
    problems.push(`Shift+Tab: ${back.length} controls where Tab had ${expected.length}; control ${at + 1} from the end is ${back[at] || 'none'}, Tab had ${expected[at] || 'none'}`);
  }
  if (!left) problems.push('Shift+Tab does not leave the web part at the top');
  return { stops: visited.length, left, problems };
}

/** Starts a keyboard walk just before the web part: on the last link of the hub navigation. */
async function focusBefore(page) {
  await page.evaluate(() => {
    const links = document.querySelectorAll('.sp-hubnav a');
    links[links.length - 1].focus();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page, matches, { max = 300, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(matches)) return;
  }
  assert.fail(`no focus stop matched ${matches.toString()} in ${max} presses`);
}

async function openKeyboard(persona, webPart, extra = {}) {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const scope = await open(page, webPart, FRAMES[0], persona, extra);
  // A blinking caret or a running transition is not a focus indicator, and would look like one.
  await page.addStyleTag({ content: '* { caret-color: transparent !important; transition: none !important; animation: none !important; }' });
  await focusBefore(page);
  return { context, page, scope };
}

const report = { standard: 'WCAG 2.1 A and AA (axe-core tags wcag2a, wcag2aa, wcag21a, wcag21aa)' };

function writeReport() {
  writeFileSync(path.join(output, 'accessibility-report.json'), JSON.stringify({ checkedAt: new Date().toISOString(), ...report, keyboard }, null, 2));
}

function recordWalk(webPart, persona, result, task, problems) {
  keyboard.push({ webPart: webPart.name, persona, focusStops: result.stops, focusChecked: result.checked, leftByTab: result.left, backStops: result.back ? result.back.stops : 0, task, problems });
  writeReport();
  console.log(`keyboard ${webPart.name} (${persona}): ${result.stops} focus stops, ${result.checked} kinds checked for visible focus, Tab leaves: ${result.left}, Shift+Tab back through ${result.back ? result.back.stops : 0} stops; ${task}; problems: ${problems.length}`);
}

const isText = (text) => new Function(`return document.activeElement && document.activeElement.textContent.trim() === ${JSON.stringify(text)};`);

// ---- The tests ----

describe('Accessibility', () => {
  test('axe: every web part, persona, SharePoint page and Teams frame in its three themes, and opened states', async () => {
    const started = Date.now();
    const jobs = [];
    for (const webPart of WEB_PARTS) {
      for (const frame of FRAMES) {
        for (const persona of PERSONAS) jobs.push(firstRenderJob(webPart, frame, persona));
      }
    }
    for (const frame of FRAMES) jobs.push(...stateJobs(frame));
    await runJobs(jobs);
    const seconds = (Date.now() - started) / 1000;

    // The table: web part × frame, with the personas checked and the violations found.
    const rows = [];
    for (const webPart of WEB_PARTS) {
      for (const frame of FRAMES) {
        const here = renders.filter((r) => r.webPart === webPart.name && r.frame === frame.key);
        rows.push({
          webPart: webPart.name,
          frame: frame.key,
          personas: here.filter((r) => r.state === 'first render').map((r) => r.persona).join(' '),
          states: here.filter((r) => r.state !== 'first render').map((r) => `${r.state} (${r.persona})`).join('; '),
          violations: here.reduce((n, r) => n + r.violations.length, 0)
        });
      }
    }
    console.log(`\nAccessibility (axe-core, WCAG 2.1 A/AA): ${renders.length} renders in ${seconds.toFixed(0)} s`);
    console.log(`${'web part'.padEnd(20)}${'frame'.padEnd(16)}${'violations'.padEnd(12)}personas; states`);
    for (const row of rows) {
      console.log(`${row.webPart.padEnd(20)}${row.frame.padEnd(16)}${String(row.violations).padEnd(12)}${row.personas}${row.states ? `; ${row.states}` : ''}`);
    }
    Object.assign(report, { seconds: Math.round(seconds), renders: renders.length, table: rows, details: renders });
    writeReport();

    const firstRenders = renders.filter((r) => r.state === 'first render');
    assert.equal(firstRenders.length, WEB_PARTS.length * FRAMES.length * PERSONAS.length, 'every combination rendered');
    const failed = renders.filter((r) => r.violations.length > 0).map((r) => `${r.webPart} / ${r.frame} / ${r.persona} / ${r.state}:\n    ${r.violations.join('\n    ')}`);
    assert.deepEqual(failed, []);
  });

  test('the focus check sees a missing focus indicator and a present one', async () => {
    const webPart = WEB_PARTS.find((w) => w.name === 'targeted-news');
    const { context, page } = await openKeyboard('anna', webPart);
    try {
      await page.evaluate(() => {
        const plain = document.createElement('button');
        plain.textContent = 'Utan fokusmarkering';
        plain.style.cssText = 'outline: none; border: 0; background: none; font: inherit; color: inherit';
        document.querySelector('[data-webpart="targeted-news"] h2').after(plain);
      });
      await page.keyboard.press('Tab');
      const unmarked = await page.evaluate(focusBox, webPart.name);
      assert.match(unmarked.description, /Utan fokusmarkering/);
      assert.match(String(await focusProblem(page, unmarked)), /no visible focus/);
      await page.keyboard.press('Tab');
      const chip = await page.evaluate(focusBox, webPart.name);
      assert.equal(await focusProblem(page, chip), null, `${chip.description} shows its focus`);
    } finally {
      await context.close();
    }
  });

  test('keyboard: Targeted news — every stop visibly focused, Tab leaves; a municipality chosen and a news item opened', async () => {
    const webPart = WEB_PARTS.find((w) => w.name === 'targeted-news');
    const { context, page } = await openKeyboard('maria', webPart);
    try {
      const result = await walk(page, webPart.name);
      const problems = result.problems.slice();
      await focusBefore(page);
      await tabTo(page, () => document.activeElement.getAttribute('aria-pressed') !== null && document.activeElement.textContent === 'Vetlanda');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement.getAttribute('aria-pressed') === 'true'
        && !document.querySelector('section[aria-busy="true"]') && document.querySelector('section h3 a'));
      const sources = await page.locator('[data-webpart="targeted-news"] section li:has(h3)').evaluateAll((items) => items.map((i) => i.querySelector('time').previousElementSibling.textContent));
      assert.ok(sources.length > 0 && sources.every((source) => source === 'Vetlanda'), sources.join(','));
      await tabTo(page, () => !!document.activeElement.closest('section h3'));
      const focus = await checkFocused(page, webPart.name, problems);
      const href = await page.evaluate(() => document.activeElement.href);
      // The news page opens (in the workbench: its page view of the same page, as the same person).
      const opened = (url) => url.href === href || (url.searchParams.get('page') === 'nyhet' && url.searchParams.get('item') === decodeURIComponent(new URL(href).pathname));
      await Promise.all([page.waitForURL(opened, { waitUntil: 'commit' }), page.keyboard.press('Enter')]);
      recordWalk(webPart, 'maria', result, `chip Vetlanda by Enter, ${focus.description} opened by Enter`, problems);
      assert.equal(result.left, true, 'Tab leaves the web part');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('keyboard: Min sida — every stop visibly focused, Tab leaves; a link added with keys alone', async () => {
    const webPart = WEB_PARTS.find((w) => w.name === 'personal-dashboard');
    const { context, page } = await openKeyboard('johan', webPart);
    try {
      const result = await walk(page, webPart.name);
      const problems = result.problems.slice();
      const links = page.locator('[data-section="links"]');
      const focusedText = () => page.evaluate(() => document.activeElement && document.activeElement.closest('[data-section="links"]')
        ? document.activeElement.getAttribute('aria-label') || document.activeElement.textContent : null);
      await focusBefore(page);
      for (const [name, address] of [['Kommunens webbplats', 'https://www.vetlanda.se'], ['Lönesystemet', 'lon.example/start']]) {
        await tabTo(page, isText('Lägg till länk'));
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement.id === 'samverka-link-title');
        await checkFocused(page, webPart.name, problems);
        await page.keyboard.type(name);
        await page.keyboard.press('Tab');
        await checkFocused(page, webPart.name, problems);
        await page.keyboard.type(address);
        await page.keyboard.press('Tab');
        await checkFocused(page, webPart.name, problems);
        assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Spara länken');
        await page.keyboard.press('Enter');
        await links.getByText('Sparat.').waitFor();
        assert.ok(await links.getByRole('link', { name: new RegExp(name) }).isVisible());
        // The editor closed: focus must not fall back to the page.
        assert.equal(await focusedText(), 'Lägg till länk', 'focus returns to "Lägg till länk"');
      }
      // Moving a link by keyboard keeps focus on the moved link (its up button is disabled at the top).
      await tabTo(page, () => document.activeElement.getAttribute('aria-label') === 'Flytta Lönesystemet uppåt', { back: true });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-section="links"] li a').textContent.startsWith('Lönesystemet'));
      assert.equal(await focusedText(), 'Flytta Lönesystemet nedåt');
      await checkFocused(page, webPart.name, problems);
      recordWalk(webPart, 'johan', result, 'two links added by keys (Lägg till länk, Namn, Adress, Spara länken; focus back on Lägg till länk), one moved up with focus kept on it', problems);
      assert.equal(result.left, true, 'Tab leaves the web part');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await fetch(new URL('/v1.0/me/extensions/se.samverka.dashboard', stack.tenant.url), { method: 'DELETE', headers: { Authorization: 'Bearer johan' } });
    }
  });

  test('keyboard: search — a query typed, a kind chosen, a guide opened, walked and closed with Escape', async () => {
    const webPart = WEB_PARTS.find((w) => w.name === 'search');
    const { context, page } = await openKeyboard('anna', webPart);
    try {
      await tabTo(page, () => document.activeElement.getAttribute('role') === 'combobox');
      await page.keyboard.type('semester');
      await page.keyboard.press('Enter');
      await page.locator('[data-webpart="search"] article').first().waitFor({ timeout: 20000 });
      await tabTo(page, () => document.activeElement.closest('nav') && /^Guider/.test(document.activeElement.textContent));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement.getAttribute('aria-current') === 'page'
        && !document.querySelector('[data-webpart="search"] [aria-busy="true"]') && document.querySelector('[data-webpart="search"] article h3 button'));
      const kinds = await page.locator('[data-webpart="search"] article').evaluateAll((cards) => cards.map((c) => c.querySelector('span').textContent));
      assert.ok(kinds.length > 0 && kinds.every((k) => k === 'Guider'), kinds.join(','));
      // The results page, walked from the start: box, kinds, refiners, cards, "Visa fler".
      await focusBefore(page);
      const result = await walk(page, webPart.name);
      const problems = result.problems.slice();

      await focusBefore(page);
      await tabTo(page, () => !!document.activeElement.closest('article h3'));
      const title = await page.evaluate(() => document.activeElement.textContent);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/^Steg 1 av \d+$/).waitFor({ timeout: 20000 });
      const inDialog = await walk(page, webPart.name, { within: '[role="dialog"]', presses: 12 });
      problems.push(...inDialog.problems);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction((text) => document.activeElement && document.activeElement.textContent === text, title);
      recordWalk(webPart, 'anna', result, `query typed, Guider chosen, guide "${title}" opened by Enter (${inDialog.checked} stops in the dialog checked, focus kept inside), closed by Escape with focus back on its title`, problems);
      assert.equal(result.left, true, 'Tab leaves the web part');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('keyboard: content health — every stop visibly focused, Tab leaves; an item selected and marked reviewed', async () => {
    const webPart = WEB_PARTS.find((w) => w.name === 'content-health');
    const { context, page } = await openKeyboard('johan', webPart);
    try {
      const result = await walk(page, webPart.name);
      const problems = result.problems.slice();
      await focusBefore(page);
      await tabTo(page, () => document.activeElement.type === 'checkbox' && !!document.activeElement.closest('tbody tr[data-url]'));
      const row = await page.evaluate(() => document.activeElement.closest('tr').getAttribute('data-url'));
      await page.keyboard.press('Space');
      await page.getByText('1 vald', { exact: true }).waitFor();
      await tabTo(page, isText('Markera som granskad'), { back: true });
      await checkFocused(page, webPart.name, problems);
      await page.keyboard.press('Enter');
      await page.getByText('1 har uppdaterats.').waitFor({ timeout: 20000 });
      await page.waitForFunction((url) => !document.querySelector(`tr[data-url="${url}"]`), row);
      assert.ok(await page.evaluate(() => !!document.activeElement.closest('[data-webpart="content-health"]')), 'focus stays in the web part');
      recordWalk(webPart, 'johan', result, 'row checkbox by Space, Markera som granskad by Shift+Tab and Enter; the row left the list', problems);
      assert.equal(result.left, true, 'Tab leaves the web part');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('keyboard: content reuse — every stop visibly focused, Tab leaves; a page previewed', async () => {
    const webPart = WEB_PARTS.find((w) => w.name === 'content-reuse');
    const { context, page } = await openKeyboard('karin', webPart);
    try {
      const result = await walk(page, webPart.name);
      const problems = result.problems.slice();
      await focusBefore(page);
      await tabTo(page, () => !!document.activeElement.closest('[data-borrow-results]') && document.activeElement.textContent === 'Förhandsgranska');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement.getAttribute('aria-expanded') === 'true');
      const preview = await page.evaluate(() => document.activeElement.getAttribute('aria-controls'));
      await page.locator(`[id="${preview}"]`).getByRole('link', { name: 'Öppna originalet' }).waitFor({ timeout: 20000 });
      await checkFocused(page, webPart.name, problems);
      recordWalk(webPart, 'karin', result, 'Förhandsgranska by Enter; the preview opened with the source link', problems);
      assert.equal(result.left, true, 'Tab leaves the web part');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('keyboard in the Teams tab, default, dark and high contrast: every stop visibly focused, Tab and Shift+Tab leave', async () => {
    const personas = { 'targeted-news': 'maria', 'personal-dashboard': 'maria', search: 'anna', 'content-health': 'johan', 'content-reuse': 'karin', 'guide-editor': 'johan' };
    const problems = [];
    for (const theme of ['default', 'dark', 'contrast']) {
      const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
      const page = await context.newPage();
      try {
        for (const webPart of WEB_PARTS) {
          const persona = personas[webPart.name];
          // The tab's own document, as the frame shows it.
          await page.goto(new URL(`/teams?${new URLSearchParams({ persona, page: webPart.page, theme })}`, stack.workbench.url).href);
          await waitReady(page.mainFrame(), webPart);
          await page.addStyleTag({ content: '* { caret-color: transparent !important; transition: none !important; animation: none !important; }' });
          if (webPart.name === 'search') {
            await tabTo(page, () => document.activeElement.getAttribute('role') === 'combobox');
            await page.keyboard.type('semester');
            await page.keyboard.press('Enter');
            await page.locator('[data-webpart="search"] article').first().waitFor({ timeout: 20000 });
          }
          // Teams puts its own controls around the tab; here two stand-ins do, so that going past
          // either end of the web part is seen, and the walk starts from the one before it.
          await page.evaluate(() => {
            for (const where of ['afterbegin', 'beforeend']) {
              document.body.insertAdjacentHTML(where, '<button type="button" data-teams-host>Teams</button>');
            }
            document.querySelector('[data-teams-host]').focus();
          });
          const result = await walk(page, webPart.name);
          keyboard.push({ webPart: webPart.name, persona, frame: `teams-${theme}`, focusStops: result.stops, focusChecked: result.checked, leftByTab: result.left, backStops: result.back ? result.back.stops : 0, problems: result.problems });
          console.log(`keyboard ${webPart.name} (${persona}, Teams ${theme}): ${result.stops} focus stops, ${result.checked} kinds checked, Tab leaves: ${result.left}, Shift+Tab back through ${result.back ? result.back.stops : 0} stops; problems: ${result.problems.length}`);
          if (!result.left) problems.push(`${webPart.name} in Teams ${theme}: Tab does not leave the web part`);
          problems.push(...result.problems.map((p) => `${webPart.name} in Teams ${theme}: ${p}`));
        }
      } finally {
        await context.close();
      }
    }
    writeReport();
    assert.deepEqual(problems, []);
  });
});
