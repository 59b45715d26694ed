import { kqlSearchText } from './searchQuery';
import { spellingSuggestion } from './searchSpelling';

describe('did you mean', () => {
  it('replaces the words the speller corrected in the query we sent', () => {
    const query = kqlSearchText('Semestr ansökan')!;
    const offset = query.indexOf('Semestr');
    expect(spellingSuggestion('Semestr ansökan', query, [{ offset, length: 7, suggestion: 'semester' }])).toBe('semester ansökan');
    expect(spellingSuggestion('semester', '(semester OR semester*)', [])).toBeUndefined();
    // A correction of our own syntax is not a suggestion for the user.
    expect(spellingSuggestion('lön', '(lön OR lön*)', [{ offset: 5, length: 2, suggestion: 'och' }])).toBeUndefined();
  });
});
