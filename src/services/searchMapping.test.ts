import { pageOf } from './searchMapping';
import { summarySegments } from '../core/searchSummary';

describe('pageOf', () => {
  it("keeps Graph's hit summary as it came", () => {
    expect(pageOf({ summary: 'Ny <c0>lön</c0><ddd/>', resource: { fields: { Description: 'annat' } } }).summary).toBe('Ny <c0>lön</c0><ddd/>');
  });

  it('falls back to the description as text: its markup never turns into highlights', () => {
    const description = 'Läs <c0>detta</c0> & <img src="https://tracker.example/p.gif"><ddd/>';
    const page = pageOf({ summary: '', resource: { fields: { Description: description } } });
    expect(summarySegments(page.summary)).toEqual([{ text: description, highlight: false }]);
  });
});
