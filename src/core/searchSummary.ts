/**
 * A search hit's summary as Graph documents it: text with `<c0>`…`</c0>` around the matched
 * terms and `<ddd/>` where text was left out. Those two are the only markup in it; anything else
 * that looks like a tag is text an editor wrote, and is shown as such, never as HTML.
 */

export type SummarySegment = { text: string; highlight: boolean } | { ellipsis: true };

const MARKERS = /<c0>|<\/c0>|<ddd\s*\/>/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** SharePoint's hit-highlighted summary is an XML fragment: its character references decode to the text they stand for. */
function decodeText(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) {
      return NAMED[name];
    }
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The summary as text runs, highlighted or not, and ellipses. `<c0>` inside `<c0>` stays one
 * highlight; a `<c0>` never closed highlights to the end; a `</c0>` with nothing open is dropped.
 */
export function summarySegments(summary: string): SummarySegment[] {
  const segments: SummarySegment[] = [];
  let depth = 0;
  let from = 0;
  const push = (raw: string): void => {
    const text = decodeText(raw);
    if (text === '') {
      return;
    }
    const highlight = depth > 0;
    const last = segments[segments.length - 1];
    if (last && 'text' in last && last.highlight === highlight) {
      last.text += text;
    } else {
      segments.push({ text, highlight });
    }
  };
  MARKERS.lastIndex = 0;
  for (let match = MARKERS.exec(summary); match; match = MARKERS.exec(summary)) {
    push(summary.slice(from, match.index));
    from = match.index + match[0].length;
    if (match[0] === '<c0>') {
      depth++;
    } else if (match[0] === '</c0>') {
      depth = Math.max(0, depth - 1);
    } else {
      segments.push({ ellipsis: true });
    }
  }
  push(summary.slice(from));
  return segments;
}

/** Plain text (a page's description) in the summary's form, so that it reads back as exactly that text. */
export function summaryOfText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
