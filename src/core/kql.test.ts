import fc from 'fast-check';
import { KqlNode, parseKql } from '../../tests/support/kqlModel';
import { kqlAllOf, kqlAnyOf, kqlPhrase, kqlRestriction, kqlUserText, kqlValue } from './kql';

function textNodes(node: KqlNode): KqlNode[] {
  if (node.type === 'and') {
    return textNodes(node.left).concat(textNodes(node.right));
  }
  return [node];
}

describe('KQL escaping', () => {
  it('keeps plain tokens bare and quotes everything else', () => {
    expect(kqlValue('2')).toBe('2');
    expect(kqlValue('0a1b2c3d-0000-4000-8000-000000000001')).toBe('0a1b2c3d-0000-4000-8000-000000000001');
    expect(kqlValue('2026-11-28')).toBe('2026-11-28');
    expect(kqlValue('http://127.0.0.1:4100/sites/eksjo')).toBe('"http://127.0.0.1:4100/sites/eksjo"');
    expect(kqlValue('Eksjö kommun')).toBe('"Eksjö kommun"');
    // Operators spelled as values would become operators.
    expect(kqlValue('OR')).toBe('"OR"');
    expect(kqlValue('not')).toBe('"not"');
  });

  it('turns quotes, wildcards, escapes and control characters into spaces inside a phrase', () => {
    expect(kqlPhrase('a "quoted" word')).toBe('"a quoted word"');
    expect(kqlPhrase('lön*')).toBe('"lön"');
    expect(kqlPhrase('“typographic” \\ back\nslash')).toBe('"typographic back slash"');
  });

  it('builds restrictions and refuses property names that are not names', () => {
    expect(kqlRestriction('Path', 'http://x/sites/a')).toBe('Path:"http://x/sites/a"');
    expect(kqlRestriction('SamverkaBoostUntilOWSDATE', '2026-11-28', '>=')).toBe('SamverkaBoostUntilOWSDATE>=2026-11-28');
    expect(() => kqlRestriction('Path OR x', 'a')).toThrow(/managed property/);
    expect(() => kqlRestriction('Title', '""')).toThrow(/Empty value/);
    expect(kqlAnyOf(['a:1'])).toBe('a:1');
    expect(kqlAnyOf(['a:1', 'b:2'])).toBe('(a:1 OR b:2)');
    expect(kqlAllOf(['a:1', 'b:2'])).toBe('a:1 AND b:2');
    expect(() => kqlAnyOf([])).toThrow();
  });

  it('makes every word a person types a literal phrase', () => {
    expect(kqlUserText('lön OR semester')).toBe('"lön" AND "OR" AND "semester"');
    expect(kqlUserText('  "  ')).toBeNull();
  });

  it('never lets a value change the structure of the query (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), value => {
      fc.pre(value.replace(/["\u201c\u201d\u201e\u201f\u2033\u2036\\*\s\u0000-\u001f\u007f]/g, '') !== '');
      const tree = parseKql(`PromotedState:2 AND ${kqlRestriction('Title', value)} AND Path:"x"`);
      const parts = textNodes(tree);
      expect(parts.map(p => p.type)).toEqual(['restriction', 'restriction', 'restriction']);
      expect(parts[1]).toMatchObject({ type: 'restriction', property: 'Title', operator: ':' });
    }), { numRuns: 500 });
  });

  it('never lets user text become operators, restrictions or groups (property)', () => {
    const words = fc.constantFrom('AND', 'OR', 'NOT', '(', ')', 'Title:x', '"', '*', 'lön', 'Path:"a"', '-x', 'NEAR(', '\\');
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 8 }), parts => {
      const query = kqlUserText(parts.join(' '));
      fc.pre(query !== null);
      const nodes = textNodes(parseKql(query as string));
      nodes.forEach(node => expect(node.type).toBe('text'));
    }), { numRuns: 500 });
  });
});
