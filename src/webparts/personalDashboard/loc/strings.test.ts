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

function leaf(value: unknown, key: string): string {
  return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value) as string;
}

const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) || []).sort();

describe('Min sida strings', () => {
  const sv = loadStrings('sv-se');
  const en = loadStrings('en-us');
  const declared = fs.readFileSync(path.join(__dirname, 'mystrings.d.ts'), 'utf8');

  it('has the same keys in Swedish and English, every one declared', () => {
    expect(keys(en)).toEqual(keys(sv));
    for (const key of keys(sv)) {
      expect(declared).toContain(`${key.split('.').pop()}: string;`);
    }
  });

  it('has the same placeholders in both languages and no empty text', () => {
    for (const key of keys(sv)) {
      expect(placeholders(leaf(en, key))).toEqual(placeholders(leaf(sv, key)));
      expect(leaf(sv, key).trim()).not.toBe('');
    }
  });

  it('names the permission an admin approves in the 403 hint', () => {
    expect(placeholders(leaf(sv, 'Permission.AdminHint'))).toEqual(['{0}']);
  });
});
