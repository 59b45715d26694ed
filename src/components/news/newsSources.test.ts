import { itemSourceLabel, resolveNewsSources, siteLabel } from './newsSources';
import { ANNA, MARIA, TEST_CONFIG, newsItem } from './testing/newsFeedDoubles';

const paths = (sources: Array<{ sitePath: string }>): string[] => sources.map((source) => source.sitePath);

describe('resolveNewsSources', () => {
  it('defaults to the user\'s own municipalities and the shared site', () => {
    expect(paths(resolveNewsSources(TEST_CONFIG, ANNA, []).sources)).toEqual(['/sites/eksjo', '/sites/gemensamt']);
    expect(paths(resolveNewsSources(TEST_CONFIG, MARIA, []).sources)).toEqual(['/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt']);
  });

  it('uses the sites an editor chose, once each, whatever their letter case', () => {
    const resolved = resolveNewsSources(TEST_CONFIG, ANNA, ['/sites/Vetlanda/', '/sites/vetlanda', '/sites/gemensamt']);
    expect(paths(resolved.sources)).toEqual(['/sites/vetlanda', '/sites/gemensamt']);
    expect(resolved.skipped).toEqual([]);
  });

  it('reports chosen sites that do not exist, and falls back to the default when none does', () => {
    const resolved = resolveNewsSources(TEST_CONFIG, ANNA, ['/sites/nedlagd']);
    expect(resolved.skipped).toEqual(['/sites/nedlagd']);
    expect(paths(resolved.sources)).toEqual(['/sites/eksjo', '/sites/gemensamt']);
  });
});

describe('labels', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('names an item by its municipality, or by the site for shared news', () => {
    expect(itemSourceLabel(TEST_CONFIG, newsItem('/sites/savsjo', 0, now))).toBe('Sävsjö');
    expect(itemSourceLabel(TEST_CONFIG, newsItem('/sites/gemensamt', 0, now))).toBe('Gemensamt');
  });

  it('names a failed site, or shows its path when it is not configured', () => {
    expect(siteLabel(TEST_CONFIG, '/sites/vetlanda')).toBe('Vetlanda');
    expect(siteLabel(TEST_CONFIG, '/sites/okand')).toBe('/sites/okand');
  });
});
