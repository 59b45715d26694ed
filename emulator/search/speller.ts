import { normalize } from './text.ts';

/**
 * Spelling corrections for Graph search's queryAlterationOptions
 * (https://learn.microsoft.com/graph/search-concept-speller): a free-text word of the query that
 * no document contains is replaced by the most frequent indexed word within a small edit
 * distance (one edit for short words, two for longer ones). Å, ä and ö are letters of their own,
 * so "lon" is corrected to "lön" when only "lön" is in the index.
 */

export interface AlteredQueryToken {
  offset: number;
  length: number;
  suggestion: string;
}

export interface QueryAlteration {
  alteredQueryString: string;
  alteredHighlightedQueryString: string;
  alteredQueryTokens: AlteredQueryToken[];
}

/** Damerau-Levenshtein distance (optimal string alignment), giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}

/** The best indexed word for a word no document has, or undefined. `frequency` gives a word's document count. */
export function correctWord(word: string, vocabulary: Iterable<[string, number]>): string | undefined {
  const limit = word.length <= 4 ? 1 : 2;
  if (word.length < 3) return undefined;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit || /^\d+$/.test(candidate)) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  }
  return best?.word;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** KQL words that are no search words: operators, and property names before `:`/`=`. */
const OPERATOR = /^(AND|OR|NOT|NEAR|ONEAR)$/;

/**
 * The query with each unknown free-text word corrected; undefined when every word is known or
 * nothing could be corrected. `known(word)` says whether a (normalised) word is indexed.
 */
export function alterQuery(queryString: string, known: (word: string) => boolean, vocabulary: () => Iterable<[string, number]>): QueryAlteration | undefined {
  const tokens: AlteredQueryToken[] = [];
  let vocab: Array<[string, number]> | undefined;
  for (const match of queryString.matchAll(WORD)) {
    const offset = match.index!;
    const text = match[0];
    const next = queryString[offset + text.length];
    const before = queryString[offset - 1];
    // Property names (Title:), values of restrictions (Prop:value), prefixes (lön*) and operators stay.
    if (OPERATOR.test(text) || next === ':' || next === '=' || next === '<' || next === '>' || next === '*') continue;
    if (before === ':' || before === '=' || before === '>' || before === '<' || /[\p{L}\p{N}]/u.test(before ?? '')) continue;
    if (isInsideRestriction(queryString, offset)) continue;
    const word = normalize(text);
    if (known(word)) continue;
    vocab ??= [...vocabulary()];
    const suggestion = correctWord(word, vocab);
    if (suggestion) tokens.push({ offset, length: text.length, suggestion });
  }
  if (tokens.length === 0) return undefined;
  let altered = '';
  let highlighted = '';
  let last = 0;
  for (const t of tokens) {
    altered += queryString.slice(last, t.offset) + t.suggestion;
    highlighted += `${queryString.slice(last, t.offset)}\ue000${t.suggestion}\ue001`;
    last = t.offset + t.length;
  }
  altered += queryString.slice(last);
  highlighted += queryString.slice(last);
  return { alteredQueryString: altered, alteredHighlightedQueryString: highlighted, alteredQueryTokens: tokens };
}

/** Whether a position lies in the value of a property restriction (`Prop:"a b"` or `Prop:value`). */
function isInsideRestriction(query: string, offset: number): boolean {
  let inQuote = false;
  let quoteOwnedByProperty = false;
  for (let i = 0; i < offset; i++) {
    if (query[i] === '"') {
      inQuote = !inQuote;
      quoteOwnedByProperty = inQuote && /[:=<>]$/.test(query.slice(0, i));
    }
  }
  return inQuote && quoteOwnedByProperty;
}
