/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { sanitizeHtml } from './sanitizeHtml';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { markupViolations } = require('../../../tests/support/markupViolations');

interface IHostilePayload { id: string; category: string; payload: string }

// The corpus of the hostile-content tests (issue 8): the same payloads the browser test places in the tenant.
const corpus: IHostilePayload[] = JSON.parse(readFileSync(path.join(__dirname, '../../../tests/fixtures/hostile-payloads.json'), 'utf8')).payloads;

// Parsed in a document of its own, with no window: a raw payload's handlers (a <details ontoggle>)
// would otherwise run in the test's page after the test.
const inert = document.implementation.createHTMLDocument('');

function violationsOf(html: string): string[] {
  const box = inert.createElement('div');
  box.innerHTML = html;
  return markupViolations(box, { rich: true });
}

describe('sanitizeHtml over the hostile corpus', () => {
  it('has at least a hundred payloads across every category', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((p) => p.category))).toEqual(new Set(['script', 'event', 'url', 'svg', 'embed', 'meta', 'style', 'mxss', 'entity', 'unicode', 'breakout', 'markdown', 'dialog']));
  });

  it('finds what it looks for: the raw payloads break the allow-list', () => {
    // Without this the check below could pass by looking at nothing.
    const raw = corpus.filter((p) => violationsOf(p.payload).length > 0);
    expect(raw.length).toBeGreaterThan(corpus.length / 2);
  });

  it.each(corpus.map((p) => [p.id, p.category, p.payload]))('%s (%s) leaves only allowed markup', (_id, _category, payload) => {
    const clean = sanitizeHtml(payload);
    expect(violationsOf(clean)).toEqual([]);
    // Sanitized markup parsed and sanitized again stays the same: no mutation on a second parse.
    expect(sanitizeHtml(clean)).toBe(clean);
  });
});

describe('sanitizeHtml: styles and data URLs', () => {
  it('keeps the rich text editor\'s own styles and drops what could move, hide or load', () => {
    expect(sanitizeHtml('<p style="text-align: center; position: fixed; color: rgb(0, 90, 158); background: url(https://evil.example/t.gif)">Hej</p>'))
      .toBe('<p style="text-align: center; color: rgb(0, 90, 158)">Hej</p>');
    expect(sanitizeHtml('<p style="z-index: 9999">Hej</p>')).toBe('<p>Hej</p>');
  });

  it('keeps a raster picture as a data URL, not an SVG or a page', () => {
    expect(sanitizeHtml('<img src="data:image/png;base64,iVBORw0KGgo=" alt="">')).toBe('<img src="data:image/png;base64,iVBORw0KGgo=" alt="">');
    expect(sanitizeHtml('<img src="data:image/svg+xml,<svg onload=x>" alt="">')).toBe('<img alt="">');
    expect(sanitizeHtml('<a href="data:text/html,x">x</a>')).toBe('<a>x</a>');
  });

  it('drops forms, media and classes from content', () => {
    expect(sanitizeHtml('<form action="https://evil.example"><input name="password"><button>Logga in</button></form><video src="a.mp4"></video><p class="ms-Overlay">x</p>'))
      .toBe('Logga in<p>x</p>');
  });
});
