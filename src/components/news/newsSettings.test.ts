import { DEFAULT_ITEM_COUNT, MAX_ITEM_COUNT, normalizeSettings } from './newsSettings';

describe('normalizeSettings', () => {
  it('gives defaults when nothing is set', () => {
    expect(normalizeSettings(undefined)).toEqual({ title: '', layout: 'list', itemCount: DEFAULT_ITEM_COUNT, sources: [] });
  });

  it('keeps valid properties', () => {
    expect(normalizeSettings({ title: ' Aktuellt ', layout: 'cards', itemCount: 9, sources: ['/sites/eksjo'] }))
      .toEqual({ title: 'Aktuellt', layout: 'cards', itemCount: 9, sources: ['/sites/eksjo'] });
  });

  it('repairs what a broken or old page saved', () => {
    const settings = normalizeSettings({
      layout: 'carousel', itemCount: '500', sources: ['', ' /sites/savsjo ', 42 as unknown as string]
    });
    expect(settings).toEqual({ title: '', layout: 'list', itemCount: MAX_ITEM_COUNT, sources: ['/sites/savsjo'] });
    expect(normalizeSettings({ itemCount: Number.NaN }).itemCount).toBe(DEFAULT_ITEM_COUNT);
    expect(normalizeSettings({ itemCount: -3 }).itemCount).toBe(1);
  });
});
