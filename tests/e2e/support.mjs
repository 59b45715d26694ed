// What every browser test needs: a local tenant, the workbench in front of it, Debian's Chromium,
// and axe-core's WCAG 2.1 A/AA check.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startTenant } from '../../emulator/server.ts';
import { buildWorkbench, startWorkbench } from '../../workbench/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Screenshots and reports go here (gitignored). */
export const output = path.join(root, 'test-output');

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Starts a local tenant (port 0; `tenantOptions` as startTenant takes them), the workbench in
 * front of it and Chromium. close() stops all three. When any of them fails to start, what did
 * start is stopped before the error is thrown, so a failed start never leaves a run waiting.
 */
export async function startStack(tenantOptions = { seed: 42 }) {
  mkdirSync(output, { recursive: true });
  const started = [];
  let tenant;
  let workbench;
  let browser;
  try {
    const [launched, tenantStarted, build] = await Promise.allSettled([
      launchChromium(), startTenant({ port: 0, ...tenantOptions }), buildWorkbench()
    ]);
    if (launched.status === 'fulfilled') started.push(launched.value);
    if (tenantStarted.status === 'fulfilled') started.push(tenantStarted.value);
    for (const result of [launched, tenantStarted, build]) {
      if (result.status === 'rejected') throw result.reason;
    }
    browser = launched.value;
    tenant = tenantStarted.value;
    workbench = await startWorkbench({ tenantUrl: tenant.url, port: 0, build: build.value });
  } catch (error) {
    await Promise.allSettled(started.map((s) => s.close()));
    throw error;
  }
  return {
    tenant,
    workbench,
    browser,
    async close() {
      await browser.close();
      await workbench.close();
      await tenant.close();
    }
  };
}

/**
 * One stack for a whole test file: registers node:test's `before` (startStack with
 * `tenantOptions`) and `after` (close) where it is called, and returns the stack, whose tenant,
 * workbench and browser are there once that `before` has run. Call it at the top of a file and
 * read the stack in tests (and their beforeEach): a file's own top-level `before` starts as soon
 * as it is registered, beside this one, not after it. Top-level `after` hooks run in the order
 * registered: one registered before useStack runs before the stack closes, one after it once the
 * stack is closed. A start that failed has stopped what it started, and `after` then has nothing
 * to close.
 */
export function useStack(tenantOptions) {
  let started;
  const part = (name) => {
    if (!started) throw new Error(`the stack's ${name} is not there: its start has not run or failed`);
    return started[name];
  };
  before(async () => {
    started = await startStack(tenantOptions);
  });
  after(async () => {
    if (started) await started.close();
  });
  return {
    get tenant() { return part('tenant'); },
    get workbench() { return part('workbench'); },
    get browser() { return part('browser'); }
  };
}

/** axe-core's WCAG 2.1 A and AA violations in a page or frame, one line each. */
export async function axeViolations(scope, options = {}) {
  await scope.addScriptTag({ path: axePath });
  const result = await scope.evaluate((runOptions) => window.axe.run(document, runOptions),
    { runOnly: { type: 'tag', values: WCAG_TAGS }, iframes: options.iframes !== false });
  // A run that checked nothing would pass anything.
  assert.ok(result.passes.length > 10, `axe checked ${result.passes.length} rules`);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/**
 * Samverka's "Låna en sida": fills in the search, sends it and waits for the answer to this
 * search, not the list the first load left there (the list is aria-busy while a search is out).
 * Returns the results list.
 */
export async function searchToBorrow(part, { municipality, kind, words = '' }) {
  const form = part.getByRole('search', { name: 'Låna en sida' });
  const found = part.locator('[data-borrow-found]');
  const settled = async () => {
    await found.and(part.locator('[aria-busy="false"]')).waitFor({ timeout: 30000 });
  };
  await settled();
  if (municipality) await form.getByLabel('Kommun').selectOption({ label: municipality });
  if (kind) await form.getByLabel('Typ').selectOption({ label: kind });
  await form.getByLabel('Sökord').fill(words);
  await form.getByRole('button', { name: 'Sök' }).click();
  // React handles the submit at once: the list is busy when the click returns, until the answer.
  await settled();
  return part.locator('[data-borrow-results]');
}

/** The input background of Teams' dark theme as the web parts' host theme has it (its palette's "white"). */
export function teamsDarkInputBackground() {
  const source = readFileSync(path.join(root, 'src/components/common/hostTheme.ts'), 'utf8');
  const dark = source.slice(source.indexOf('dark: {'), source.indexOf('contrast: {'));
  return dark.match(/\bwhite: '(#[0-9a-f]{6})'/i)[1];
}

/** Relative luminance (WCAG) of a CSS rgb()/rgba() colour or #rrggbb. */
export function luminance(color) {
  const parts = color.startsWith('#') ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) : color.match(/[\d.]+/g).slice(0, 3).map(Number);
  const [r, g, b] = parts.map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The form controls in a web part (fields, choices, checkboxes, their open lists) that are lighter
 * than `limit` (an input background), or native controls not drawn in the dark scheme: what a person
 * sees as a bright box in a dark theme. Each as "what background".
 * `layers`: also the controls in Fluent UI's open layers (`.ms-Layer`: an open Dropdown's choices, a
 * DatePicker's callout), which render outside the web part; at least one must be open, or the scan
 * of them would pass anything.
 */
export async function lighterControls(scope, webPartName, limit, { layers = false } = {}) {
  const controls = await scope.evaluate(({ name, inLayers }) => {
    const opaque = (element) => {
      for (let e = element; e; e = e.parentElement) {
        const color = getComputedStyle(e).backgroundColor;
        if (!/^rgba\(.*, 0\)$/.test(color) && color !== 'transparent') return color;
      }
      return 'rgb(255, 255, 255)';
    };
    const fields = 'input:not([type="hidden"]), select, textarea, [role="combobox"], [role="checkbox"], [role="listbox"], [role="option"], .ms-Dropdown-title';
    const shown = (e) => e.getClientRects().length > 0;
    const part = document.querySelector(`[data-webpart="${name}"]`);
    const layered = inLayers ? [...document.querySelectorAll('.ms-Layer')].flatMap((layer) => [...layer.querySelectorAll(fields)])
      .filter((e) => shown(e) && !(part && part.contains(e))) : [];
    // The chosen option is marked by a highlight of its own (Fluent's selected item): not a field.
    return [...(part ? part.querySelectorAll(fields) : []), ...layered]
      .filter((e) => shown(e) && e.getAttribute('aria-selected') !== 'true')
      .map((e) => ({
        what: `${e.tagName.toLowerCase()}[${e.getAttribute('role') || e.getAttribute('type') || String(e.className).split(' ')[0]}]`,
        background: opaque(e), scheme: getComputedStyle(e).colorScheme,
        native: e.matches('input[type="checkbox"], input[type="radio"], select, input[type="date"]'),
        box: e.matches('input[type="checkbox"], input[type="radio"]'),
        layer: layered.includes(e)
      }));
  }, { name: webPartName, inLayers: layers });
  if (layers) assert.ok(controls.some((c) => c.layer), `no form control in an open layer (.ms-Layer) beside ${webPartName}`);
  const max = luminance(limit) + 1e-6;
  return [...new Set(controls
    // A native checkbox or radio draws its own box in its colour scheme; what is behind it (a chosen chip's highlight) is not the control.
    .filter((c) => (!c.box && luminance(c.background) > max) || (c.native && c.scheme !== 'dark'))
    .map((c) => `${c.what}${c.layer ? ' in a layer' : ''} ${c.background}${c.native && c.scheme !== 'dark' ? ` (scheme ${c.scheme || 'normal'})` : ''}`))];
}
