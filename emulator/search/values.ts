import type { KqlNode } from '../kql/ast.ts';
import { normalize, spaced, swedishSortKey, tokens } from './text.ts';
import type { PropertyDefinition, PropertyValue } from './schema.ts';

/**
 * What a property restriction means for each property type: how document values are
 * normalised when indexed, and the test a value must pass for `Prop:value`, `Prop>value`, ….
 */

export type Normalised = string | number | boolean;

const DAY = 86_400_000;

export function asArray(value: PropertyValue | readonly PropertyValue[] | null | undefined): readonly PropertyValue[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? (value as readonly PropertyValue[]) : [value as PropertyValue];
}

export function normaliseUrl(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // keep the raw path: a malformed escape is compared as written
  }
  return normalize(decoded);
}

export function normaliseValue(def: PropertyDefinition, value: PropertyValue): Normalised | undefined {
  switch (def.type) {
    case 'text':
      return spaced(String(value));
    case 'keyword':
      return normalize(String(value));
    case 'url':
      return normaliseUrl(String(value));
    case 'date': {
      const ms = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isNaN(ms) ? undefined : ms;
    }
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'boolean':
      return value === true || value === 1 || /^(true|1)$/i.test(String(value));
  }
}

export function sortKey(def: PropertyDefinition, values: readonly PropertyValue[]): string | number | undefined {
  if (values.length === 0) return undefined;
  const first = values[0];
  if (def.type === 'date') return Date.parse(String(first));
  if (def.type === 'number') return Number(first);
  if (def.type === 'boolean') return first === true || /^(true|1)$/i.test(String(first)) ? 1 : 0;
  return swedishSortKey(String(first));
}

export interface DateBounds {
  start: number;
  end: number;
}

/** A date value of a query: a day (`2026-11-28`) covers the whole day, a time (`2026-11-28T08:00:00Z`) an instant. */
export function dateBounds(text: string): DateBounds | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const start = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return Number.isNaN(start) ? undefined : { start, end: start + DAY };
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : { start: ms, end: ms + 1 };
}

export type Restriction = Extract<KqlNode, { kind: 'property' }>;
export type ValueTest = (value: Normalised) => boolean;

/** The test one value of a document must pass for a restriction; undefined when nothing can match. */
export function valueTest(def: PropertyDefinition, r: Restriction, origin: string): ValueTest | undefined {
  const { op } = r;
  switch (def.type) {
    case 'text': {
      const words = tokens(r.value);
      if (words.length === 0) return undefined;
      const wanted = ` ${words.join(' ')}`;
      const whole = `${wanted} `;
      if (op === ':') return r.prefix ? (v) => (v as string).includes(wanted) : (v) => (v as string).includes(whole);
      if (op === '=') return r.prefix ? (v) => (v as string).startsWith(wanted) : (v) => v === whole;
      if (op === '<>') return (v) => v !== whole;
      return compareTest(op, whole);
    }
    case 'keyword': {
      const wanted = normalize(r.value);
      if (r.rangeTo !== undefined) {
        const to = normalize(r.rangeTo);
        return (v) => (v as string) >= wanted && (v as string) <= to;
      }
      if (op === ':' || op === '=') return r.prefix ? (v) => (v as string).startsWith(wanted) : (v) => v === wanted;
      if (op === '<>') return (v) => v !== wanted;
      return compareTest(op, wanted);
    }
    case 'url': {
      const wanted = urlOfQuery(r.value, origin);
      if (wanted === undefined) return undefined;
      if (r.prefix) return (v) => (v as string).startsWith(wanted);
      if (op === ':') {
        const base = wanted.endsWith('/') ? wanted.slice(0, -1) : wanted;
        const below = `${base}/`;
        const described = `${base},`; // "url, description" values (…OWSURLH)
        return (v) => v === base || (v as string).startsWith(below) || (v as string).startsWith(described);
      }
      if (op === '=') return (v) => v === wanted;
      if (op === '<>') return (v) => v !== wanted;
      return compareTest(op, wanted);
    }
    case 'date': {
      const from = dateBounds(r.value);
      if (!from) return undefined;
      if (r.rangeTo !== undefined) {
        const to = dateBounds(r.rangeTo);
        if (!to) return undefined;
        return (v) => (v as number) >= from.start && (v as number) < to.end;
      }
      switch (op) {
        case ':':
        case '=':
          return (v) => (v as number) >= from.start && (v as number) < from.end;
        case '<>':
          return (v) => (v as number) < from.start || (v as number) >= from.end;
        case '>':
          return (v) => (v as number) >= from.end;
        case '>=':
          return (v) => (v as number) >= from.start;
        case '<':
          return (v) => (v as number) < from.start;
        case '<=':
          return (v) => (v as number) < from.end;
      }
      return undefined;
    }
    case 'number': {
      const n = Number(r.value);
      if (Number.isNaN(n)) return undefined;
      if (r.rangeTo !== undefined) {
        const to = Number(r.rangeTo);
        return Number.isNaN(to) ? undefined : (v) => (v as number) >= n && (v as number) <= to;
      }
      if (op === ':' || op === '=') return (v) => v === n;
      if (op === '<>') return (v) => v !== n;
      return compareTest(op, n);
    }
    case 'boolean': {
      const text = r.value.toLowerCase();
      const wanted = text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : undefined;
      if (wanted === undefined) return undefined;
      return op === '<>' ? (v) => v !== wanted : (v) => v === wanted;
    }
  }
}

export function compareTest(op: string, wanted: string | number): ValueTest | undefined {
  switch (op) {
    case '>':
      return (v) => v > wanted;
    case '>=':
      return (v) => v >= wanted;
    case '<':
      return (v) => v < wanted;
    case '<=':
      return (v) => v <= wanted;
  }
  return undefined;
}

/**
 * The server-relative form of a URL in a query. Only absolute URLs of this tenant's host match,
 * as in SharePoint, where Path holds absolute URLs.
 */
export function urlOfQuery(value: string, origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.host.toLowerCase() !== new URL(origin).host.toLowerCase()) return undefined;
  return normaliseUrl(url.pathname + url.search);
}

