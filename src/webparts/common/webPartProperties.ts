/**
 * Web part properties come from page JSON that editors, scripts, page templates and older
 * versions wrote. Each property is held to a rule; a value of another shape is replaced by the
 * default and named, so the web part can tell the editor instead of failing or silently
 * doing something else.
 */
export type PropertyRule =
  | { kind: 'text' }
  /** A whole number in [min, max]; a numeric string (older pages) is accepted, a number outside is clamped and named. */
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'boolean' }
  /** An array of non-empty strings (site paths). */
  | { kind: 'textList' }
  | { kind: 'choice'; choices: readonly string[] }
  /** A string matching the pattern, or ''. */
  | { kind: 'pattern'; pattern: RegExp };

export interface ICheckedProperties<T> {
  /** Every property of the rules, of the right shape: the saved value or the default. */
  values: T;
  /** Names of the saved properties that were not of their rule's shape, in the rules' order. */
  invalid: Array<keyof T & string>;
}

function checkOne(value: unknown, rule: PropertyRule): { ok: boolean; value?: unknown } {
  switch (rule.kind) {
    case 'text':
      return typeof value === 'string' ? { ok: true, value } : { ok: false };
    case 'integer': {
      const n = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !isFinite(n)) {
        return { ok: false };
      }
      const clamped = Math.min(rule.max, Math.max(rule.min, Math.round(n)));
      return { ok: clamped === Math.round(n), value: clamped };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false };
    case 'textList':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '') ? { ok: true, value } : { ok: false };
    case 'choice':
      return typeof value === 'string' && rule.choices.indexOf(value) >= 0 ? { ok: true, value } : { ok: false };
    case 'pattern':
      return typeof value === 'string' && (value === '' || rule.pattern.test(value)) ? { ok: true, value } : { ok: false };
  }
}

/**
 * The properties held to their rules. An absent property takes its default quietly; one that is
 * present but null or of another shape takes its default and is named in `invalid`; an integer
 * outside its range is clamped and named.
 */
export function checkProperties<T extends object>(raw: unknown, rules: { [K in keyof T]: PropertyRule }, defaults: T): ICheckedProperties<T> {
  const source: Record<string, unknown> = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw as Record<string, unknown> : {};
  const values = { ...defaults } as Record<string, unknown>;
  const invalid: Array<keyof T & string> = [];
  (Object.keys(rules) as Array<keyof T & string>).forEach((key) => {
    const value = source[key];
    if (value === undefined) {
      return;
    }
    const checked = checkOne(value, (rules as Record<string, PropertyRule>)[key]);
    if (!checked.ok) {
      invalid.push(key);
    }
    if (checked.value !== undefined) {
      values[key] = checked.value;
    }
  });
  return { values: values as T, invalid };
}
