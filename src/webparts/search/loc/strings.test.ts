import * as fs from 'fs';
import * as path from 'path';

/** Loads an SPFx AMD loc file as SPFx does: define([], factory) hands back the strings. */
function loadStrings(locale: string): Record<string, unknown> {
  const source = fs.readFileSync(path.join(__dirname, `${locale}.js`), 'utf8');
  let strings: Record<string, unknown> = {};
  const define = (_deps: string[], factory: () => Record<string, unknown>): void => { strings = factory(); };
  new Function('define', source)(define);
  return strings;
}

function keys(value: unknown, prefix: string = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.keys(value).sort().reduce<string[]>((all, key) => all.concat(keys((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key)), []);
}

function leaves(value: unknown): Array<[string, string]> {
  return keys(value).map((key) => [key, key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value) as string]);
}

const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) || []).sort();

describe('Search strings', () => {
  const sv = loadStrings('sv-se');
  const en = loadStrings('en-us');

  it('has the same keys in Swedish and English', () => {
    expect(keys(en)).toEqual(keys(sv));
  });

  it('declares every key: web part groups in mystrings.d.ts, view groups in the components string types', () => {
    const declaration = fs.readFileSync(path.join(__dirname, 'mystrings.d.ts'), 'utf8')
      + fs.readFileSync(path.join(__dirname, '../../../components/search/searchStrings.ts'), 'utf8')
      + fs.readFileSync(path.join(__dirname, '../../../components/guides/guideStrings.ts'), 'utf8');
    keys(sv).forEach((key) => expect(declaration).toMatch(new RegExp(`\\b${key.split('.').pop()}\\??:`)));
  });

  it('has no empty text, and the same placeholders in both languages', () => {
    const english = new Map(leaves(en));
    leaves(sv).forEach(([key, text]) => {
      expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
      expect(placeholders(english.get(key) as string)).toEqual(placeholders(text));
    });
  });
});
