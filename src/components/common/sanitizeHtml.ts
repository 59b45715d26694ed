import * as purifyModule from 'dompurify';
import { squeezeUrl } from '../../core/safeUrl';

// TypeScript and Jest see the CommonJS build (export =); webpack and esbuild pick the ES build,
// whose sanitizer is its default export.
const DOMPurify: typeof purifyModule =
  (purifyModule as unknown as { default?: typeof purifyModule }).default || purifyModule;

/**
 * The one gate for HTML that came from content (page fields, list items). Search summaries are
 * text, never HTML (SearchSummary).
 * Everything rendered as markup passes through here so there is a single place to review and
 * tighten. Text of markup (a news description in the feed) comes from htmlText.ts, which renders
 * no markup and so needs no sanitizer to download.
 */

/**
 * What content markup may keep: text structure, links, pictures and tables. No forms, media,
 * SVG or MathML, no classes or ids (our own class names could restyle the page), no data-* or
 * aria-* from content. DOMPurify still removes scripts, event handlers and unsafe URLs.
 */
export const RICH_TEXT_TAGS: readonly string[] = [
  'p', 'br', 'hr', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'sub', 'sup', 'small', 'mark', 'code', 'pre', 'kbd', 'q', 'cite', 'abbr', 'blockquote',
  'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col'
];
export const RICH_TEXT_ATTRIBUTES: readonly string[] = [
  'href', 'src', 'alt', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'width', 'height', 'start', 'reversed', 'style'
];
/** Inline styles the rich text editor writes that cannot move content out of its box or load anything. */
const STYLE_PROPERTIES: readonly string[] = ['text-align', 'color', 'background-color', 'font-weight', 'font-style', 'text-decoration', 'margin-left', 'padding-left', 'list-style-type'];
const STYLE_VALUE = /^(?:[#\w\s.,%+-]+|(?:rgba?|hsla?)\([\d\s.,%]+\))$/;
/** A data: URL content may keep: a raster picture (an SVG picture is a document of its own). */
const RASTER_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/i;

/** The declarations of a style attribute that may stay; '' when none may. */
export function safeStyle(style: string): string {
  return style.split(';').map((declaration) => {
    const colon = declaration.indexOf(':');
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    return colon > 0 && STYLE_PROPERTIES.indexOf(property) >= 0 && STYLE_VALUE.test(value) ? `${property}: ${value}` : '';
  }).filter(Boolean).join('; ');
}

DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName === 'style') {
    data.attrValue = safeStyle(data.attrValue);
    data.keepAttr = data.attrValue !== '';
  } else if ((data.attrName === 'src' || data.attrName === 'href') && /^data:/i.test(squeezeUrl(data.attrValue))) {
    data.keepAttr = RASTER_DATA_URL.test(squeezeUrl(data.attrValue));
  }
});

/** Markup that may be rendered: only the rich-text allow-list, scripts, event handlers and unsafe URLs removed. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: RICH_TEXT_TAGS as string[],
    ALLOWED_ATTR: RICH_TEXT_ATTRIBUTES as string[],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false
  });
}
