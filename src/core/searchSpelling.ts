export interface AlteredToken {
  offset: number;
  length: number;
  suggestion: string;
}

/**
 * "Did you mean": the user's words with the speller's corrections. The corrections point into
 * the query string we sent (kqlSearchText of the text), so a word is replaced when a correction
 * covers exactly that word there. Undefined when nothing the user typed was corrected.
 */
export function spellingSuggestion(text: string, queryString: string, tokens: readonly AlteredToken[]): string | undefined {
  const corrections = new Map<string, string>();
  for (const t of tokens) {
    const original = queryString.slice(t.offset, t.offset + t.length);
    if (original !== '' && typeof t.suggestion === 'string' && t.suggestion !== '') {
      corrections.set(original.toLocaleLowerCase('sv-SE'), t.suggestion);
    }
  }
  let changed = false;
  const words = text.split(/\s+/).filter(w => w !== '').map(w => {
    const fix = corrections.get(w.toLocaleLowerCase('sv-SE'));
    if (fix && fix.toLocaleLowerCase('sv-SE') !== w.toLocaleLowerCase('sv-SE')) {
      changed = true;
      return fix;
    }
    return w;
  });
  return changed ? words.join(' ') : undefined;
}
