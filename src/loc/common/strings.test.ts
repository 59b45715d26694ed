import * as commonModule from 'CommonStrings';
import * as fs from 'fs';
import * as path from 'path';
import { loadLocStrings, locKeys } from '../../../tests/support/locStrings';

/**
 * What every web part says alike lives once, in src/loc/common (CommonStrings): both languages
 * have every shared key with text, and no web part, extension or component string type says it
 * again under its own name.
 */
const COMMON_DIR = __dirname;
const SRC = path.join(__dirname, '../..');
const FAILURE_CODES = ['forbidden', 'signedOut', 'notFound', 'throttled', 'unavailable', 'network', 'config', 'unknown'];
/** Keys that name a shared text wherever they stand (Feed.Retry, GuideViewer.SignedOut, ...). "Loading" is each web part's own ("Hämtar rapporten…"), so only the shared text counts. */
const SHARED_NAMES = ['Locale', 'Retry', 'Reload', 'SignedOut'];

const LOCALES = ['sv-se', 'en-us'];

function leaves(value: unknown, prefix: string = ''): Array<[string, string]> {
  return locKeys(value).map((key) => [prefix + key, key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value) as string]);
}

/** Every loc folder of a web part or an extension. */
function locFolders(): string[] {
  return ['webparts', 'extensions'].reduce<string[]>((all, kind) => all.concat(
    fs.readdirSync(path.join(SRC, kind)).map((name) => path.join(SRC, kind, name, 'loc')).filter((dir) => fs.existsSync(dir))), []);
}

/** The component string types (`src/components/<capability>/<name>Strings.ts`). */
function stringTypeFiles(): string[] {
  const components = path.join(SRC, 'components');
  return fs.readdirSync(components).reduce<string[]>((all, dir) => {
    const full = path.join(components, dir);
    return fs.statSync(full).isDirectory()
      ? all.concat(fs.readdirSync(full).filter((f) => /Strings\.ts$/.test(f) && !/\.test\./.test(f)).map((f) => path.join(full, f)))
      : all;
  }, []);
}

describe('CommonStrings', () => {
  const sv = loadLocStrings(COMMON_DIR, 'sv-se');
  const en = loadLocStrings(COMMON_DIR, 'en-us');

  it('has every shared key in Swedish and English, each with text', () => {
    const dateField = ['Close', 'Format', 'GoToToday', 'Invalid', 'NextMonth', 'NextYear', 'OpenCalendar', 'PreviousMonth', 'PreviousYear', 'Week'].map((key) => `DateField.${key}`);
    const expected = FAILURE_CODES.map((code) => `Errors.${code}`).concat(['Loading', 'Locale', 'Reload', 'Retry'], dateField).sort();
    expect(locKeys(sv)).toEqual(expected);
    expect(locKeys(en)).toEqual(expected);
    [sv, en].forEach((strings) => leaves(strings).forEach(([key, text]) => {
      expect(`${key}: ${typeof text === 'string' && text.trim().length > 0 ? 'text' : 'empty'}`).toBe(`${key}: text`);
    }));
  });

  it('names the UI language of its locale', () => {
    expect(sv.Locale).toBe('sv-SE');
    expect(en.Locale).toBe('en-US');
  });

  it('writes every failure as a whole sentence, so it can follow any message', () => {
    [sv, en].forEach((strings) => FAILURE_CODES.forEach((code) => {
      const text = (strings.Errors as Record<string, string>)[code];
      expect(text).toMatch(/^[A-ZÅÄÖ].*\.$/);
    }));
  });

  it('tells a reader whose sign-in ran out to reload the page, in words other than missing rights', () => {
    const errors = sv.Errors as Record<string, string>;
    expect(errors.signedOut).toBe('Du är inte inloggad längre. Ladda om sidan för att logga in igen.');
    expect(errors.signedOut).toContain(sv.Reload as string);
    expect(errors.signedOut).not.toBe(errors.forbidden);
    expect((en.Errors as Record<string, string>).signedOut).toMatch(/reload the page/i);
  });

  it('is registered for SPFx, the workbench and jest', () => {
    const config = JSON.parse(fs.readFileSync(path.join(SRC, '../config/config.json'), 'utf8')) as { localizedResources: Record<string, string> };
    expect(config.localizedResources.CommonStrings).toBe('lib/loc/common/{locale}.js');
    // jest: the same module the components import (jest.config.js maps it to the Swedish file).
    expect(commonModule.Errors).toEqual(sv.Errors);
    expect([commonModule.Locale, commonModule.Loading, commonModule.Retry, commonModule.Reload]).toEqual([sv.Locale, sv.Loading, sv.Retry, sv.Reload]);
  });
});

describe('no copies of the shared strings', () => {
  const shared: Record<string, string[]> = {};
  LOCALES.forEach((locale) => { shared[locale] = leaves(loadLocStrings(COMMON_DIR, locale)).map(([, text]) => text); });

  const folders = locFolders();

  it('finds the loc folders of every web part and the extension', () => {
    expect(folders.length).toBeGreaterThanOrEqual(7);
  });

  folders.forEach((dir) => {
    const name = path.relative(SRC, dir);
    LOCALES.forEach((locale) => {
      it(`${name}/${locale}.js has no shared key and no shared text`, () => {
        const found = leaves(loadLocStrings(dir, locale)).filter(([key, text]) => {
          const parts = key.split('.');
          const last = parts[parts.length - 1];
          const isSharedKey = SHARED_NAMES.indexOf(last) >= 0 || (parts[parts.length - 2] === 'Errors' && FAILURE_CODES.indexOf(last) >= 0);
          return isSharedKey || shared[locale].indexOf(text) >= 0;
        }).map(([key, text]) => `${key}: ${text}`);
        expect(found).toEqual([]);
      });
    });

    it(`${name}/mystrings.d.ts declares no shared key`, () => {
      const declaration = fs.readFileSync(path.join(dir, 'mystrings.d.ts'), 'utf8');
      expect(declaration.match(new RegExp(`\\b(${SHARED_NAMES.concat(FAILURE_CODES).join('|')})\\??:`, 'g'))).toBeNull();
      expect(declaration).not.toMatch(/\['Errors'\]/);
    });
  });

  const typeFiles = stringTypeFiles();

  it('finds the string types of the components', () => {
    expect(typeFiles.map((f) => path.basename(f)).sort()).toEqual(expect.arrayContaining(
      ['contentHealthStrings.ts', 'guideEditorStrings.ts', 'guideStrings.ts', 'mustReadStrings.ts', 'newsStrings.ts', 'reuseStrings.ts', 'searchStrings.ts']));
  });

  typeFiles.forEach((file) => {
    it(`${path.relative(SRC, file)} declares no shared key`, () => {
      const source = fs.readFileSync(file, 'utf8');
      const keys = (source.match(/^\s*(\w+)\??:/gm) || []).map((k) => k.trim().replace(/\??:$/, ''));
      expect(keys.filter((k) => SHARED_NAMES.concat(FAILURE_CODES).indexOf(k) >= 0)).toEqual([]);
    });
  });
});
