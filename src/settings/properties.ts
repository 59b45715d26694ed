/**
 * Web part properties come from page JSON that editors, scripts, page templates and older
 * versions wrote. Each property has one parser, used by the web part class, its property pane,
 * its view and the workbench alike: a value of another shape gives the default and is named,
 * so the web part can tell the editor instead of failing or silently doing something else.
 *
 * Pure TypeScript: no SPFx, React or I/O, so views and the workbench can use it.
 */

export interface IParsed<T> {
  /** The value to use: the saved one when it is of the right shape, else the default (or what was usable of it). */
  value: T;
  /** False when the saved value was not used as saved (wrong shape, out of range); an absent value is valid. */
  valid: boolean;
}

/** What a count may be and what it is when nothing (or nothing usable) is saved. */
export interface ICountLimits {
  min: number;
  max: number;
  default: number;
}

/** A numeric string as older pages and address parameters hold it: digits, an optional sign and fraction. */
const NUMERIC_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * A whole number in [min, max]. A numeric string is accepted; a fraction is rounded quietly;
 * a number outside the range is clamped and named; anything else gives the default.
 */
export function parseCount(value: unknown, limits: ICountLimits): IParsed<number> {
  if (value === undefined) {
    return { value: limits.default, valid: true };
  }
  const n = typeof value === 'string' && NUMERIC_TEXT.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !isFinite(n)) {
    return { value: limits.default, valid: false };
  }
  const rounded = Math.round(n);
  const clamped = Math.min(limits.max, Math.max(limits.min, rounded));
  return { value: clamped, valid: clamped === rounded };
}

/**
 * Text, trimmed; '' when absent. It stays text: a view renders it as text, never as markup,
 * so "<b>" in a title shows as written.
 */
export function parseText(value: unknown): IParsed<string> {
  if (value === undefined) {
    return { value: '', valid: true };
  }
  return typeof value === 'string' ? { value: value.trim(), valid: true } : { value: '', valid: false };
}

/** A switch: only true and false (a string "false" would read as true, so it is not guessed at). */
export function parseFlag(value: unknown, fallback: boolean): IParsed<boolean> {
  if (value === undefined) {
    return { value: fallback, valid: true };
  }
  return typeof value === 'boolean' ? { value, valid: true } : { value: fallback, valid: false };
}

/** One of the choices, exactly as written. */
export function parseChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T): IParsed<T> {
  if (value === undefined) {
    return { value: fallback, valid: true };
  }
  return typeof value === 'string' && (choices as readonly string[]).indexOf(value) >= 0 ? { value: value as T, valid: true } : { value: fallback, valid: false };
}

/** A list of non-empty texts (site paths), trimmed. Items of another shape are left out and the list is named. */
export function parseTextList(value: unknown): IParsed<string[]> {
  if (value === undefined) {
    return { value: [], valid: true };
  }
  if (!Array.isArray(value)) {
    return { value: [], valid: false };
  }
  const kept = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
  return { value: kept, valid: kept.length === value.length };
}

/** An identifier that must pass `accepts`, or '' for none. Not trimmed: what the rule refuses is not guessed at. */
export function parseIdentifier(value: unknown, accepts: (id: string) => boolean): IParsed<string> {
  if (value === undefined) {
    return { value: '', valid: true };
  }
  return typeof value === 'string' && (value === '' || accepts(value)) ? { value, valid: true } : { value: '', valid: false };
}

/** One parser per property of a web part. */
export type PropertyParsers<T> = { [K in keyof T]-?: (value: unknown) => IParsed<T[K]> };

export interface ICheckedProperties<T> {
  /** Every property, of the right shape: the saved value or the default. */
  values: T;
  /** Names of the saved properties that were not used as saved, in the parsers' order. */
  invalid: Array<keyof T & string>;
}

/** The saved properties through their parsers. Properties that are not an object count as absent. */
export function checkProperties<T extends object>(raw: unknown, parsers: PropertyParsers<T>): ICheckedProperties<T> {
  const source: Record<string, unknown> = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw as Record<string, unknown> : {};
  const values: Record<string, unknown> = {};
  const invalid: Array<keyof T & string> = [];
  (Object.keys(parsers) as Array<keyof T & string>).forEach((key) => {
    const parsed = (parsers[key] as (value: unknown) => IParsed<unknown>)(source[key]);
    values[key] = parsed.value;
    if (!parsed.valid) {
      invalid.push(key);
    }
  });
  return { values: values as T, invalid };
}

/** The defaults of a web part: what its parsers give when nothing is saved. */
export function defaultsOf<T extends object>(parsers: PropertyParsers<T>): T {
  return checkProperties<T>({}, parsers).values;
}
