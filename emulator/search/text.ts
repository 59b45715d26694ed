/**
 * Text normalisation shared by indexing and querying. Matching is case-insensitive and
 * Unicode-normalised (a decomposed "a" + ring matches "å"), but å, ä and ö stay letters of
 * their own, as in Swedish: "lon" does not match "lön".
 */

const WORD = /[\p{L}\p{N}]+/gu;

export function normalize(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv-SE');
}

export function tokens(text: string): string[] {
  return normalize(text).match(WORD) ?? [];
}

/** Tokens joined and padded with spaces, so `includes(' ' + phrase + ' ')` finds whole-word sequences. */
export function spaced(text: string): string {
  const words = tokens(text);
  return words.length === 0 ? ' ' : ` ${words.join(' ')} `;
}

/** A key that sorts in Swedish alphabetical order (å, ä, ö after z) with plain string comparison. */
export function swedishSortKey(text: string): string {
  return normalize(text).replace(/[åäö]/g, (ch) => (ch === 'å' ? 'z\u0001' : ch === 'ä' ? 'z\u0002' : 'z\u0003'));
}

/** Text without markup, for the full-text index and hit summaries. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
