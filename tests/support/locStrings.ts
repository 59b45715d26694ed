import * as fs from 'fs';
import * as path from 'path';

/** Loads an SPFx AMD loc file as SPFx does: define([], factory) hands back the strings. */
export function loadLocStrings(locDir: string, locale: string): Record<string, unknown> {
  const source = fs.readFileSync(path.join(locDir, `${locale}.js`), 'utf8');
  let strings: Record<string, unknown> = {};
  const define = (_deps: string[], factory: () => Record<string, unknown>): void => { strings = factory(); };
  new Function('define', source)(define);
  return strings;
}

/** Dotted paths of every leaf ("Feed.ShowMore"), sorted. */
export function locKeys(value: unknown, prefix: string = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.keys(value).sort().reduce<string[]>(
    (all, key) => all.concat(locKeys((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key)), []);
}

function leaf(value: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value);
}

const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) || []).sort();

/**
 * The checks every web part's loc/ folder gets: Swedish and English have the same keys, every
 * key is declared (in mystrings.d.ts or the component string types it refers to), no text is
 * empty, and both languages have the same {0} placeholders.
 */
export function describeLocStrings(name: string, locDir: string, declarationFiles: string[]): void {
  describe(`${name} strings`, () => {
    const sv = loadLocStrings(locDir, 'sv-se');
    const en = loadLocStrings(locDir, 'en-us');

    it('has the same keys in Swedish and English', () => {
      expect(locKeys(en)).toEqual(locKeys(sv));
    });

    it('declares every key in mystrings.d.ts or the string types it refers to', () => {
      const declaration = [path.join(locDir, 'mystrings.d.ts'), ...declarationFiles]
        .map((file) => fs.readFileSync(file, 'utf8')).join('\n');
      locKeys(sv).forEach((key) => expect(declaration).toMatch(new RegExp(`\\b${key.split('.').pop()}\\??:`)));
    });

    it('has no empty text, and the same placeholders in both languages', () => {
      locKeys(sv).forEach((key) => {
        const text = leaf(sv, key);
        expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
        expect(placeholders(leaf(en, key) as string)).toEqual(placeholders(text as string));
      });
    });
  });
}
