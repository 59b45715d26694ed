import { checkProperties, defaultsOf, parseChoice, parseCount, parseFlag, parseIdentifier, parseText, parseTextList } from './properties';
import type { PropertyParsers } from './properties';

const COUNT = { min: 1, max: 30, default: 6 };

describe('parseCount', () => {
  it('keeps a whole number in range', () => {
    expect(parseCount(12, COUNT)).toEqual({ value: 12, valid: true });
    expect(parseCount(1, COUNT)).toEqual({ value: 1, valid: true });
    expect(parseCount(30, COUNT)).toEqual({ value: 30, valid: true });
  });

  it('gives the default quietly when nothing is saved', () => {
    expect(parseCount(undefined, COUNT)).toEqual({ value: 6, valid: true });
  });

  it('accepts a number saved as text (older pages, address parameters)', () => {
    expect(parseCount('12', COUNT)).toEqual({ value: 12, valid: true });
    expect(parseCount(' 8 ', COUNT)).toEqual({ value: 8, valid: true });
  });

  it('rounds a fraction, as a number or as text, the same way', () => {
    expect(parseCount(7.6, COUNT)).toEqual({ value: 8, valid: true });
    expect(parseCount('7.6', COUNT)).toEqual({ value: 8, valid: true });
    expect(parseCount(7.4, COUNT)).toEqual({ value: 7, valid: true });
  });

  it('clamps what is out of range and names it', () => {
    expect(parseCount(500, COUNT)).toEqual({ value: 30, valid: false });
    expect(parseCount('500', COUNT)).toEqual({ value: 30, valid: false });
    expect(parseCount(-3, COUNT)).toEqual({ value: 1, valid: false });
    expect(parseCount('-3', COUNT)).toEqual({ value: 1, valid: false });
    expect(parseCount(0, COUNT)).toEqual({ value: 1, valid: false });
    expect(parseCount(30.4, COUNT)).toEqual({ value: 30, valid: true });
    expect(parseCount(30.6, COUNT)).toEqual({ value: 30, valid: false });
  });

  it('gives the default for what is not a number, and names it', () => {
    for (const bad of ['abc', '', '12abc', '1e3', '0x10', '<b>5</b>', null, NaN, Infinity, -Infinity, true, [], [5], { n: 5 }]) {
      expect([bad, parseCount(bad, COUNT)]).toEqual([bad, { value: 6, valid: false }]);
    }
  });
});

describe('parseText', () => {
  it('keeps text, trimmed; nothing saved is empty', () => {
    expect(parseText(' Aktuellt ')).toEqual({ value: 'Aktuellt', valid: true });
    expect(parseText('')).toEqual({ value: '', valid: true });
    expect(parseText(undefined)).toEqual({ value: '', valid: true });
  });

  it('keeps markup as the text it is (views render it as text, not HTML)', () => {
    expect(parseText('<img src=x onerror="alert(1)">')).toEqual({ value: '<img src=x onerror="alert(1)">', valid: true });
  });

  it('refuses what is not text', () => {
    for (const bad of [42, null, true, { sv: 'Nyheter' }, ['Nyheter']]) {
      expect(parseText(bad)).toEqual({ value: '', valid: false });
    }
  });
});

describe('parseFlag', () => {
  it('keeps true and false, takes the fallback for anything else', () => {
    expect(parseFlag(false, true)).toEqual({ value: false, valid: true });
    expect(parseFlag(true, false)).toEqual({ value: true, valid: true });
    expect(parseFlag(undefined, true)).toEqual({ value: true, valid: true });
    for (const bad of ['false', 'nej', '', 0, 1, null, {}]) {
      expect(parseFlag(bad, true)).toEqual({ value: true, valid: false });
    }
  });
});

describe('parseChoice', () => {
  const LAYOUTS = ['list', 'cards'] as const;
  it('keeps one of the choices exactly as written', () => {
    expect(parseChoice('cards', LAYOUTS, 'list')).toEqual({ value: 'cards', valid: true });
    expect(parseChoice(undefined, LAYOUTS, 'list')).toEqual({ value: 'list', valid: true });
    for (const bad of ['Cards', ' cards', 'grid', '', 3, null, ['cards']]) {
      expect(parseChoice(bad, LAYOUTS, 'list')).toEqual({ value: 'list', valid: false });
    }
  });
});

describe('parseTextList', () => {
  it('keeps a list of non-empty texts, trimmed', () => {
    expect(parseTextList(['/sites/eksjo', ' /sites/savsjo '])).toEqual({ value: ['/sites/eksjo', '/sites/savsjo'], valid: true });
    expect(parseTextList([])).toEqual({ value: [], valid: true });
    expect(parseTextList(undefined)).toEqual({ value: [], valid: true });
  });

  it('leaves out items of another shape and names the list', () => {
    expect(parseTextList(['', ' /sites/savsjo ', 42, null, '  '])).toEqual({ value: ['/sites/savsjo'], valid: false });
  });

  it('refuses what is not a list', () => {
    for (const bad of ['/sites/savsjo', null, 42, { 0: '/sites/savsjo' }]) {
      expect(parseTextList(bad)).toEqual({ value: [], valid: false });
    }
  });
});

describe('parseIdentifier', () => {
  const threeLetters = (id: string): boolean => /^[a-z]{3}$/.test(id);
  it('keeps an id the rule accepts, or empty for none', () => {
    expect(parseIdentifier('abc', threeLetters)).toEqual({ value: 'abc', valid: true });
    expect(parseIdentifier('', threeLetters)).toEqual({ value: '', valid: true });
    expect(parseIdentifier(undefined, threeLetters)).toEqual({ value: '', valid: true });
  });

  it('refuses the rest without guessing (no trimming)', () => {
    for (const bad of [' abc', 'abcd', 'a"<', 42, null]) {
      expect(parseIdentifier(bad, threeLetters)).toEqual({ value: '', valid: false });
    }
  });
});

interface IProps { title: string; count: number; show: boolean }
const PARSERS: PropertyParsers<IProps> = {
  title: parseText,
  count: (value) => parseCount(value, COUNT),
  show: (value) => parseFlag(value, true)
};

describe('checkProperties', () => {
  it('keeps values of the right shape and names none', () => {
    const saved = { title: 'Nyheter', count: 12, show: false };
    expect(checkProperties(saved, PARSERS)).toEqual({ values: saved, invalid: [] });
  });

  it('takes the defaults quietly for absent properties, and ignores properties it has no parser for', () => {
    expect(checkProperties({ other: 'x' }, PARSERS)).toEqual({ values: { title: '', count: 6, show: true }, invalid: [] });
    expect(defaultsOf(PARSERS)).toEqual({ title: '', count: 6, show: true });
  });

  it('replaces wrong shapes and nulls by the defaults and names them in the parsers\' order', () => {
    expect(checkProperties({ show: 'ja', title: null, count: 'många' }, PARSERS)).toEqual({ values: defaultsOf(PARSERS), invalid: ['title', 'count', 'show'] });
  });

  it('treats properties that are not an object as absent', () => {
    for (const raw of [undefined, null, 'title', ['x'], 42]) {
      expect(checkProperties(raw, PARSERS)).toEqual({ values: defaultsOf(PARSERS), invalid: [] });
    }
  });
});
