// When a web part has loaded: one definition for the browser tests and the benchmark, so that
// "loaded" cannot mean one thing in the accessibility report and another in the budget table.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The web parts' "loading" texts in Swedish (every `...Loading...` and `...Searching...` string
 * of their sv-se.js and of the shared src/loc/common/sv-se.js): a web part that still shows one
 * of them has not loaded.
 */
export function loadingTexts(root) {
  const texts = new Set();
  const webparts = path.join(root, 'src/webparts');
  const files = [path.join(root, 'src/loc/common/sv-se.js'), ...readdirSync(webparts).map((dir) => path.join(webparts, dir, 'loc/sv-se.js'))];
  for (const file of files) {
    let source;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const match of source.matchAll(/\b\w*(?:Loading|Searching)\w*\s*:\s*'([^']+)'/g)) texts.add(match[1]);
  }
  return [...texts];
}

/**
 * Runs in the page or the Teams frame (self-contained: it is sent to the browser as source).
 * Arguments: `webPart` (the data-webpart of its zone), `loading` (loadingTexts), and optionally
 * `content` (a selector of what it shows once its data is in), `contentText` (text such an
 * element must hold) and `min` (how many). Without `content`, the web part's own answer counts:
 * content, an empty state, a message.
 *
 * Answers null while anything in it is still loading (aria-busy, a spinner, a shimmer, a loading
 * text) or its answer is not there yet; then 'failed' when it shows an error (role=alert), else
 * 'loaded' when it shows what was asked for.
 */
export function webPartLoadState({ webPart, loading, content, contentText, min }) {
  const ANSWER = {
    'targeted-news': 'section h3 a, section p',
    'personal-dashboard': '[data-section="profile"] h1',
    search: 'section p, section article',
    'content-health': 'section table, section .ms-MessageBar',
    'content-reuse': 'section form, section p strong, section .ms-MessageBar',
    // The overview of guides for an editor, the message for everyone else.
    'guide-editor': 'section table, section .ms-MessageBar'
  };
  // The parts of a web part that are there once its first answer is in, whatever it was.
  const FRAME = {
    'personal-dashboard': '[data-section="links"]',
    search: '[role="combobox"]',
    'content-reuse': 'section h2'
  };
  const zone = document.querySelector(`[data-webpart="${webPart}"]`);
  if (!zone) return null;
  if (zone.querySelector('[aria-busy="true"], .ms-Spinner, .ms-Shimmer-container')) return null;
  const texts = new Set(loading);
  for (const el of zone.querySelectorAll('[role="status"], p, span')) {
    if (texts.has((el.textContent || '').trim())) return null;
  }
  // An error counts once the rest has settled: a failed section next to others still loading is
  // not yet the page a reader sees.
  if (zone.querySelector('[role="alert"]')) return 'failed';
  if (FRAME[webPart] && !zone.querySelector(FRAME[webPart])) return null;
  const found = [...zone.querySelectorAll(content || ANSWER[webPart])]
    .filter((el) => !contentText || (el.textContent || '').includes(contentText));
  return found.length >= (min || 1) ? 'loaded' : null;
}
