import type { EntityIndex } from './entity-index.ts';
import type { KqlNode } from '../kql/ast.ts';
import { asArray } from './values.ts';

/**
 * Graph search aggregations (refiners): buckets of the matching documents by the values of a
 * property, or by date ranges, with the `aggregationFilterToken` that refines by a bucket
 * (https://learn.microsoft.com/graph/search-concept-aggregation).
 */

export interface AggregationRange {
  from?: string;
  to?: string;
}

export interface AggregationOption {
  field: string;
  size?: number;
  bucketDefinition?: { sortBy?: string; isDescending?: boolean | string; minimumCount?: number; prefixFilter?: string; ranges?: AggregationRange[] };
}

export interface SearchBucket {
  key: string;
  count: number;
  aggregationFilterToken: string;
}

export interface SearchAggregation {
  field: string;
  buckets: SearchBucket[];
}

/** SharePoint's refinement token of a string value: "ǂǂ" and the value's UTF-8 bytes in hex. */
export function refinementToken(value: string): string {
  return `ǂǂ${Buffer.from(value, 'utf8').toString('hex')}`;
}

export function rangeToken(range: AggregationRange): string {
  return `range(${range.from ?? 'min'}, ${range.to ?? 'max'})`;
}

export function rangeKey(range: AggregationRange): string {
  if (range.from && range.to) return `From ${range.from} up to ${range.to}`;
  if (range.to) return `Before ${range.to}`;
  return `${range.from} or later`;
}

/** The matching documents of one index (a partition of an entity type). */
export interface AggregationInput {
  index: EntityIndex;
  found: readonly number[];
}

export function aggregate(parts: readonly AggregationInput[], option: AggregationOption, origin: string): SearchAggregation {
  const def = option.bucketDefinition ?? {};
  const minimumCount = def.minimumCount ?? 0;
  const descending = def.isDescending === true || def.isDescending === 'true';
  const columns = parts.map(({ index, found }) => ({ index, found, column: index.columns.get(option.field.toLowerCase()) }));
  const first = columns.find((c) => c.column)?.column;
  if (!first) return { field: option.field, buckets: [] };
  const name = first.def.name;
  if (def.ranges && def.ranges.length > 0) {
    const buckets = def.ranges.map((range) => {
      const from = range.from ? Date.parse(range.from) : -Infinity;
      const to = range.to ? Date.parse(range.to) : Infinity;
      let count = 0;
      for (const { index, found } of columns) {
        for (const i of found) {
          if (asArray(index.documents[i].values[name]).some((v) => {
            const t = typeof v === 'number' ? v : Date.parse(String(v));
            return t >= from && t < to;
          })) count++;
        }
      }
      return { key: rangeKey(range), count, aggregationFilterToken: rangeToken(range) };
    });
    return { field: option.field, buckets: buckets.filter((b) => b.count >= minimumCount) };
  }
  const counts = new Map<string, number>();
  // URLs are stored server-relative; a bucket's key is the absolute URL, as Graph gives it.
  const absolute = (v: unknown): string => (first.def.type === 'url' && typeof v === 'string' && v.startsWith('/') ? `${origin}${v}` : String(v));
  for (const { index, found } of columns) {
    for (const i of found) {
      for (const value of new Set(asArray(index.documents[i].values[name]).map(absolute))) {
        if (value === '' || (def.prefixFilter && !value.startsWith(def.prefixFilter))) continue;
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
  }
  const byKey = (def.sortBy ?? 'count').toLowerCase() === 'keyasstring';
  const buckets = [...counts.entries()]
    .filter(([, count]) => count >= Math.max(minimumCount, 1))
    .sort((a, b) => {
      const c = byKey ? a[0].localeCompare(b[0], 'sv') : a[1] - b[1] || b[0].localeCompare(a[0], 'sv');
      return descending ? -c : c;
    })
    .slice(0, option.size ?? 100)
    .map(([key, count]) => ({ key, count, aggregationFilterToken: refinementToken(key) }));
  return { field: option.field, buckets };
}

/** Buckets of several entity types for the same field, added up. */
export function mergeAggregations(lists: SearchAggregation[][]): SearchAggregation[] {
  const merged = new Map<string, Map<string, SearchBucket>>();
  const order: string[] = [];
  for (const list of lists) {
    for (const agg of list) {
      let buckets = merged.get(agg.field);
      if (!buckets) {
        buckets = new Map();
        merged.set(agg.field, buckets);
        order.push(agg.field);
      }
      for (const b of agg.buckets) {
        const existing = buckets.get(b.key);
        buckets.set(b.key, existing ? { ...existing, count: existing.count + b.count } : { ...b });
      }
    }
  }
  return order.map((field) => ({ field, buckets: [...merged.get(field)!.values()] }));
}

/**
 * An aggregation filter, `Field:"ǂǂ<hex>"`, `Field:range(from, to)` or `Field:"value"`, as the
 * KQL restriction it stands for.
 */
export function aggregationFilterNode(filter: string): KqlNode | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_.]*):(.+)$/.exec(filter.trim());
  if (!m) return undefined;
  const [, field, raw] = m;
  const range = /^range\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)$/.exec(raw);
  if (range) {
    const children: KqlNode[] = [];
    if (range[1] !== 'min') children.push({ kind: 'property', name: field, op: '>=', value: range[1], phrase: false, prefix: false });
    if (range[2] !== 'max') children.push({ kind: 'property', name: field, op: '<', value: range[2], phrase: false, prefix: false });
    return children.length === 0 ? { kind: 'all' } : children.length === 1 ? children[0] : { kind: 'and', children };
  }
  let value = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw;
  if (value.startsWith('ǂǂ')) {
    const hex = value.slice(2);
    if (!/^([0-9a-f]{2})*$/i.test(hex)) return undefined;
    value = Buffer.from(hex, 'hex').toString('utf8');
  }
  return { kind: 'property', name: field, op: '=', value, phrase: true, prefix: false };
}
