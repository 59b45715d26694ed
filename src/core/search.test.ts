import fc from 'fast-check';
import {
  decodeSearchState, encodeSearchState, initialsOf, interleaveResults, isGuideForUser, municipalityIdsOf, normalizeSearchState, REFINER_KEYS,
  SEARCH_VERTICALS, SearchState, toggleRefiner, withVertical
} from './search';

describe('search state in the page address', () => {
  it('encodes only what differs from the defaults, with stable Swedish parameter names', () => {
    expect(encodeSearchState({ text: 'lön', vertical: 'all', refiners: {} })).toBe('?q=l%C3%B6n');
    expect(encodeSearchState({ text: '', vertical: 'all', refiners: {} })).toBe('');
    expect(encodeSearchState({ text: 'avtal', vertical: 'documents', refiners: { fileType: ['docx', 'pdf'], municipality: ['Eksjö kommun'] } }))
      .toBe('?q=avtal&v=documents&kommun=Eksj%C3%B6+kommun&filtyp=docx&filtyp=pdf');
  });

  it('keeps parameters that are not ours (SharePoint and Teams add their own)', () => {
    const search = encodeSearchState({ text: 'semester', vertical: 'guides', refiners: {} }, '?debug=true&q=old&v=people');
    expect(search).toBe('?debug=true&q=semester&v=guides');
  });

  it('drops refiners the vertical does not offer, unknown verticals and unknown date ranges', () => {
    expect(decodeSearchState('?q=a&v=people&kommun=Eksj%C3%B6')).toEqual({ text: 'a', vertical: 'people', refiners: {} });
    expect(decodeSearchState('?q=a&v=nonsense')).toEqual({ text: 'a', vertical: 'all', refiners: {} });
    expect(decodeSearchState('?q=a&v=pages&andrad=week&andrad=decade').refiners).toEqual({ modified: ['week'] });
  });

  it('round-trips any state through the address', () => {
    const text = fc.string({ maxLength: 80 });
    const value = fc.string({ minLength: 1, maxLength: 20 });
    const state = fc.record({
      text,
      vertical: fc.constantFrom(...SEARCH_VERTICALS),
      refiners: fc.dictionary(fc.constantFrom(...REFINER_KEYS), fc.array(fc.oneof(value, fc.constantFrom('week', 'month', 'year', 'older')), { maxLength: 3 }))
    });
    fc.assert(fc.property(state, (raw) => {
      const normal = normalizeSearchState(raw as SearchState);
      expect(decodeSearchState(encodeSearchState(normal))).toEqual(normal);
      expect(normalizeSearchState(normal)).toEqual(normal);
    }), { numRuns: 300 });
  });

  it('toggles refiner values and clears refiners when the vertical changes', () => {
    let state: SearchState = { text: 'x', vertical: 'documents', refiners: {} };
    state = toggleRefiner(state, 'fileType', 'pdf');
    state = toggleRefiner(state, 'fileType', 'docx');
    expect(state.refiners).toEqual({ fileType: ['docx', 'pdf'] });
    state = toggleRefiner(state, 'fileType', 'pdf');
    expect(state.refiners).toEqual({ fileType: ['docx'] });
    expect(withVertical(state, 'guides')).toEqual({ text: 'x', vertical: 'guides', refiners: {} });
  });
});

describe('results', () => {
  it('interleaves sources by rank, first source first in each round', () => {
    expect(interleaveResults([['g1', 'g2', 'g3'], ['p1'], ['d1', 'd2']])).toEqual(['g1', 'p1', 'd1', 'g2', 'd2', 'g3']);
    expect(interleaveResults([])).toEqual([]);
  });

  it('shows guides for everyone and for the user\'s municipalities', () => {
    expect(isGuideForUser({ municipalities: ['alla'] }, ['eksjo'])).toBe(true);
    expect(isGuideForUser({ municipalities: ['eksjo'] }, ['eksjo'])).toBe(true);
    expect(isGuideForUser({ municipalities: ['vetlanda'] }, ['eksjo'])).toBe(false);
    expect(isGuideForUser({ municipalities: ['vetlanda'] }, ['savsjo', 'vetlanda'])).toBe(true);
  });

  it('shows a guide for several municipalities to a reader of any of them, and to no one else', () => {
    const shared = { municipalities: ['eksjo', 'vetlanda'] };
    expect(isGuideForUser(shared, ['vetlanda'])).toBe(true);
    expect(isGuideForUser(shared, ['eksjo'])).toBe(true);
    expect(isGuideForUser(shared, ['savsjo'])).toBe(false);
  });

  it('reads a multi-valued municipality value in each shape search and REST return it', () => {
    expect(municipalityIdsOf('eksjo;vetlanda')).toEqual(['eksjo', 'vetlanda']);
    expect(municipalityIdsOf(';#eksjo;#vetlanda;#')).toEqual(['eksjo', 'vetlanda']);
    expect(municipalityIdsOf(['Eksjo', 'vetlanda', 'eksjo'])).toEqual(['eksjo', 'vetlanda']);
    expect(municipalityIdsOf({ results: ['savsjo'] })).toEqual(['savsjo']);
    expect(municipalityIdsOf('eksjo;alla')).toEqual(['alla']);
    expect(municipalityIdsOf(undefined)).toEqual(['alla']);
    expect(municipalityIdsOf('')).toEqual(['alla']);
  });

  it('makes initials from the first and last name', () => {
    expect(initialsOf('Anna Lindqvist')).toBe('AL');
    expect(initialsOf('Åsa Öberg-Ek')).toBe('ÅÖ');
    expect(initialsOf('Cher')).toBe('C');
    expect(initialsOf('  ')).toBe('?');
  });
});
