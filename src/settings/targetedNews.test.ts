import { checkTargetedNewsProperties, NEWS_BOOSTED_ON_TOP, NEWS_ITEM_COUNT, TARGETED_NEWS_DEFAULTS } from './targetedNews';

describe('Targeted news settings', () => {
  it('has the defaults of a new web part: a list of six, two boosted on top at most, from the default sites, with the default title', () => {
    expect(TARGETED_NEWS_DEFAULTS).toEqual({ title: '', layout: 'list', itemCount: 6, boostedOnTop: 2, sources: [] });
    expect(checkTargetedNewsProperties(undefined)).toEqual({ values: TARGETED_NEWS_DEFAULTS, invalid: [] });
    expect(checkTargetedNewsProperties({})).toEqual({ values: TARGETED_NEWS_DEFAULTS, invalid: [] });
  });

  it('offers 1 to 30 news, and 0 to 5 boosted news above the rest', () => {
    expect(NEWS_ITEM_COUNT).toEqual({ min: 1, max: 30, default: 6 });
    expect(NEWS_BOOSTED_ON_TOP).toEqual({ min: 0, max: 5, default: 2 });
  });

  it('reads the number of boosted news on top, 0 placing none there', () => {
    const boosted = (boostedOnTop: unknown): [number, string[]] => {
      const checked = checkTargetedNewsProperties({ boostedOnTop });
      return [checked.values.boostedOnTop, checked.invalid];
    };
    expect(boosted(0)).toEqual([0, []]);
    expect(boosted(5)).toEqual([5, []]);
    expect(boosted('3')).toEqual([3, []]);
    expect(boosted(undefined)).toEqual([2, []]);
    expect(boosted(6)).toEqual([5, ['boostedOnTop']]);
    expect(boosted(-1)).toEqual([0, ['boostedOnTop']]);
    expect(boosted('alla')).toEqual([2, ['boostedOnTop']]);
    expect(boosted(null)).toEqual([2, ['boostedOnTop']]);
  });

  it('keeps valid properties, trimming text', () => {
    expect(checkTargetedNewsProperties({ title: ' Aktuellt ', layout: 'cards', itemCount: 9, boostedOnTop: 1, sources: ['/sites/eksjo'] }))
      .toEqual({ values: { title: 'Aktuellt', layout: 'cards', itemCount: 9, boostedOnTop: 1, sources: ['/sites/eksjo'] }, invalid: [] });
  });

  it('reads the number of news at its bounds and from text', () => {
    const count = (itemCount: unknown): [number, string[]] => {
      const checked = checkTargetedNewsProperties({ itemCount });
      return [checked.values.itemCount, checked.invalid];
    };
    expect(count(1)).toEqual([1, []]);
    expect(count(30)).toEqual([30, []]);
    expect(count('12')).toEqual([12, []]);
    expect(count('7.6')).toEqual([8, []]);
    expect(count(31)).toEqual([30, ['itemCount']]);
    expect(count('500')).toEqual([30, ['itemCount']]);
    expect(count('-3')).toEqual([1, ['itemCount']]);
    expect(count(0)).toEqual([1, ['itemCount']]);
    expect(count('abc')).toEqual([6, ['itemCount']]);
    expect(count('')).toEqual([6, ['itemCount']]);
    expect(count(null)).toEqual([6, ['itemCount']]);
    expect(count(Number.NaN)).toEqual([6, ['itemCount']]);
    expect(count(undefined)).toEqual([6, []]);
  });

  it('repairs what a broken or old page saved, and names it', () => {
    expect(checkTargetedNewsProperties({ layout: 'carousel', itemCount: '500', sources: ['', ' /sites/savsjo ', 42] }))
      .toEqual({ values: { title: '', layout: 'list', itemCount: 30, boostedOnTop: 2, sources: ['/sites/savsjo'] }, invalid: ['layout', 'itemCount', 'sources'] });
    expect(checkTargetedNewsProperties({ title: 42, layout: 7, itemCount: { n: 3 }, sources: '/sites/savsjo' }))
      .toEqual({ values: TARGETED_NEWS_DEFAULTS, invalid: ['title', 'layout', 'itemCount', 'sources'] });
  });

  it('keeps a title with markup as text, and refuses markup as a layout', () => {
    const checked = checkTargetedNewsProperties({ title: '<script>alert(1)</script>', layout: '<b>cards</b>' });
    expect(checked.values.title).toBe('<script>alert(1)</script>');
    expect(checked.values.layout).toBe('list');
    expect(checked.invalid).toEqual(['layout']);
  });
});
