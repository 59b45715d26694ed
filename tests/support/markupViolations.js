'use strict';
// What content may leave in the DOM after it has been rendered, checked on the DOM itself (jsdom
// in unit tests, Chromium in tests/e2e/hostile.test.mjs). The function is self-contained: the
// browser test hands its source to the page.

/**
 * Elements and attributes under `root` that break the rules for content, one line each.
 *
 * Everywhere: no element that runs, embeds or restyles (script, iframe, object, embed, style,
 * base, meta, link, frames); no on* attribute; no javascript:, vbscript: or data: URL in a URL
 * attribute, except a raster image (data:image/png, jpeg, gif, webp, avif) as an img src; no
 * style attribute with url(), expression(), behavior or -moz-binding.
 *
 * Inside rich-text containers (`richSelector`; the whole root when `rich` is true): only the
 * rich-text tags below, and no style that lifts content out of its box (position, z-index) or
 * hides the page.
 *
 * Options: rich, richSelector, and ignore (a selector of the component's own elements to skip).
 */
function markupViolations(root, options) {
  const opts = options || {};
  const NEVER = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'base', 'meta', 'link', 'portal', 'noscript', 'template', 'xmp', 'noembed', 'plaintext', 'listing', 'isindex', 'handler'];
  const RICH = ['p', 'br', 'hr', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'sub', 'sup', 'small', 'mark', 'code', 'pre', 'kbd', 'q', 'cite', 'abbr', 'blockquote',
    'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col'];
  const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'background', 'poster', 'srcset', 'lowsrc', 'dynsrc', 'ping', 'longdesc', 'codebase', 'manifest', 'icon', 'values', 'to', 'from', 'by'];
  const RASTER = /^data:image\/(png|jpe?g|gif|webp|avif)[;,]/;
  const problems = [];
  const describe = (el) => {
    const text = (el.outerHTML || '').replace(/\s+/g, ' ');
    return text.length > 160 ? `${text.slice(0, 160)}…` : text;
  };
  const richContainers = opts.rich ? [root] : opts.richSelector ? Array.prototype.slice.call(root.querySelectorAll(opts.richSelector)) : [];
  const isRich = (el) => richContainers.some((container) => container !== el && container.contains(el));
  // `ignore`: the component's own elements that the rules would catch (a print <style> of its own).
  const elements = Array.prototype.slice.call(root.querySelectorAll('*')).filter((el) => !(opts.ignore && el.matches(opts.ignore)));
  for (const el of elements) {
    const tag = String(el.localName || el.nodeName).toLowerCase();
    const rich = isRich(el);
    if (NEVER.indexOf(tag) >= 0) problems.push(`<${tag}> element: ${describe(el)}`);
    else if (rich && RICH.indexOf(tag) < 0) problems.push(`<${tag}> outside the rich-text allow-list: ${describe(el)}`);
    for (const attr of Array.prototype.slice.call(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Control characters, spaces and invisible characters are ignored by URL parsers.
      const squeezed = attr.value.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase();
      if (/^on/.test(name)) problems.push(`${name} on <${tag}>: ${describe(el)}`);
      if (name === 'srcdoc') problems.push(`srcdoc on <${tag}>`);
      if (URL_ATTRIBUTES.indexOf(name) >= 0 || /:href$/.test(name)) {
        if (/(^|[,;\s])(javascript|vbscript|livescript|mocha):/.test(squeezed) || /^(javascript|vbscript|livescript|mocha):/.test(squeezed)) {
          problems.push(`${name}="${attr.value.slice(0, 80)}" on <${tag}>`);
        } else if (/^data:/.test(squeezed) && !(tag === 'img' && name === 'src' && RASTER.test(squeezed))) {
          problems.push(`data: URL in ${name} on <${tag}>: ${attr.value.slice(0, 80)}`);
        }
      }
      if (name === 'style') {
        if (/url\(|expression|behavior|binding|javascript:|@import|image-set|\\/.test(squeezed)) problems.push(`style="${attr.value.slice(0, 80)}" on <${tag}>`);
        else if (rich && /position:|z-index|inset:|display:none|visibility:hidden|opacity:/.test(squeezed)) problems.push(`style that leaves the box: "${attr.value.slice(0, 80)}" on <${tag}>`);
      }
    }
  }
  return problems;
}

module.exports = { markupViolations };
