import * as purifyModule from 'dompurify';

// TypeScript and Jest see the CommonJS build (export =); webpack and esbuild pick the ES build,
// whose sanitizer is its default export.
const DOMPurify: typeof purifyModule =
  (purifyModule as unknown as { default?: typeof purifyModule }).default || purifyModule;

/**
 * The one gate for HTML that came from content (page fields, search summaries, list items).
 * Everything rendered as markup, or turned into text, passes through here so there is a
 * single place to review and tighten.
 */

/** Markup that may be rendered: scripts, event handlers and unsafe URLs removed. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

/**
 * Plain text of a field that may hold markup or entities ("Lön &amp; HR"), for places that
 * render text only. Parsing goes through the sanitizer, so nothing in it ever runs.
 */
export function htmlToText(html: string): string {
  if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
    return html;
  }
  const fragment = DOMPurify.sanitize(html, { ALLOWED_TAGS: ['#text'], RETURN_DOM_FRAGMENT: true });
  return (fragment.textContent || '').replace(/\s+/g, ' ').trim();
}
