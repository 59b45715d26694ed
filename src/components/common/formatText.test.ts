import { formatText } from './formatText';

describe('formatText', () => {
  it('fills numbered placeholders in any order', () => {
    expect(formatText('{1} från {0}', 'Sävsjö', 'Nyheter')).toBe('Nyheter från Sävsjö');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(formatText('{0} och {1}', 3)).toBe('3 och {1}');
  });
});
