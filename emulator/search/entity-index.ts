import { tokens } from './text.ts';
import type { EntitySchema, PropertyDefinition, SearchDocument } from './schema.ts';
import { asArray, normaliseValue, sortKey } from './values.ts';
import type { Normalised } from './values.ts';

/** The index of one entity type: a column of normalised values per managed property, and full-text postings. */

export interface Column {
  def: PropertyDefinition;
  /** Per document: normalised values (text: spaced words; keyword, url: lower case; date: epoch ms). */
  values: Array<Normalised[] | undefined>;
  sortKeys?: Array<string | number | undefined>;
  /** Value -> documents, built on first use (equality on keyword, number and boolean properties). */
  exact?: Map<Normalised, number[]>;
  /** Every (value, document) pair in value order, built on first use (prefix matches on keyword and url properties). */
  sorted?: Array<[string, number]>;
}

export interface EntityIndex {
  schema: EntitySchema;
  documents: SearchDocument[];
  columns: Map<string, Column>;
  /** Per document: every full-text word, spaced (for phrases). */
  fullText: string[];
  /** word -> documents containing it (ascending). */
  postings: Map<string, number[]>;
}

export function buildIndex(schema: EntitySchema, documents: SearchDocument[]): EntityIndex {
  const columns = new Map<string, Column>();
  for (const def of schema.properties) {
    columns.set(def.name.toLowerCase(), { def, values: new Array(documents.length), sortKeys: def.sortable ? new Array(documents.length) : undefined });
  }
  const fullText: string[] = new Array(documents.length);
  const postings = new Map<string, number[]>();
  documents.forEach((doc, i) => {
    const words: string[] = [];
    for (const column of columns.values()) {
      const raw = asArray(doc.values[column.def.name]);
      if (raw.length === 0) continue;
      const normalised: Normalised[] = [];
      for (const value of raw) {
        const n = normaliseValue(column.def, value);
        if (n !== undefined) normalised.push(n);
      }
      column.values[i] = normalised;
      if (column.sortKeys) column.sortKeys[i] = sortKey(column.def, raw);
      if (column.def.fullText) for (const value of raw) words.push(...tokens(String(value)));
    }
    if (doc.body) words.push(...tokens(doc.body));
    fullText[i] = ` ${words.join(' ')} `;
    for (const word of new Set(words)) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
  });
  return { schema, documents, columns, fullText, postings };
}

/** value -> documents, for equality restrictions (built on first use). */
export function exactIndex(column: Column): Map<Normalised, number[]> {
  if (!column.exact) {
    const exact = new Map<Normalised, number[]>();
    column.values.forEach((values, i) => {
      for (const v of values ?? []) {
        const list = exact.get(v);
        if (list) list.push(i);
        else exact.set(v, [i]);
      }
    });
    column.exact = exact;
  }
  return column.exact;
}

/** (value, document) pairs in value order, for prefix restrictions (built on first use). */
export function sortedIndex(column: Column): Array<[string, number]> {
  if (!column.sorted) {
    const pairs: Array<[string, number]> = [];
    column.values.forEach((values, i) => {
      for (const v of values ?? []) pairs.push([String(v), i]);
    });
    column.sorted = pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  }
  return column.sorted;
}

/** The first position whose value is not below `value`. */
export function lowerBound(sorted: Array<[string, number]>, value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid][0] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
