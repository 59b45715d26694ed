/**
 * A URL from content (a list field, a guide step, a search property) before it becomes an href
 * or a src: http(s), mailto:, tel: and relative URLs pass; javascript:, vbscript:, data: and
 * other schemes do not. A picture may also be a raster image as a data: URL.
 */

/** A URL without the characters URL parsers skip or that hide a scheme: "java\tscript:" is javascript:. */
export function squeezeUrl(url: string): string {
  let squeezed = '';
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    const ignored = c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0x2060 || c === 0xfeff;
    if (!ignored) {
      squeezed += url.charAt(i);
    }
  }
  return squeezed;
}
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];
const RASTER_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/i;

/** The URL when content may use it as a link (or, with 'image', as a picture); undefined when not. */
export function safeUrl(url: string, use: 'link' | 'image' = 'link'): string | undefined {
  const squeezed = squeezeUrl(url);
  const scheme = SCHEME.exec(squeezed);
  if (!scheme) {
    return url;
  }
  if (SAFE_SCHEMES.indexOf(scheme[1].toLowerCase()) >= 0 || (use === 'image' && RASTER_DATA_URL.test(squeezed))) {
    return url;
  }
  return undefined;
}
