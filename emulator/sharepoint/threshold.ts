import type { ListItemRecord } from '../db/records.ts';
import type { FilterExpression } from '../odata/filter.ts';
import type { ODataQuery } from '../odata/query.ts';
import { findField } from './fields.ts';
import type { FieldDefinition } from './fields.ts';

/**
 * SharePoint Online's list view threshold: on a list of more than 5,000 items a query must be
 * served by an index (emulator/CONTRACT.md, "Lists, fields and rights"). Where Microsoft's
 * documentation leaves it open, the stricter reading is taken.
 */

export const LIST_VIEW_THRESHOLD = 5000;

export const THROTTLED_CODE = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';
export const THROTTLED_MESSAGE = 'The attempted operation is prohibited because it exceeds the list view threshold.';

/** Multiple lines of text cannot be filtered on; SharePoint answers with an SPException. */
export const UNFILTERABLE_CODE = '-1, Microsoft.SharePoint.SPException';

/** Column types SharePoint cannot index ("Add an index to a list or library column"). */
const UNINDEXABLE: ReadonlySet<FieldDefinition['type']> = new Set(['Note', 'URL', 'MultiText', 'LookupIds']);

/** The internal name an index is kept under: `OData__X` is `_X`; a person's id column is the person column. */
export function internalNameOf(def: FieldDefinition, fields: readonly FieldDefinition[]): string {
  const person = fields.find((f) => f.type === 'User' && f.idField === def.name);
  const name = person ? person.name : def.name;
  return name.startsWith('OData__') ? name.slice('OData_'.length) : name;
}

/** Multi-valued columns, a multi-user one included, cannot be indexed. */
export function canBeIndexed(def: FieldDefinition): boolean {
  return !UNINDEXABLE.has(def.type) && !def.multi;
}

/** ID is always indexed; other columns when the list indexes them (lower-case internal names). */
export function isIndexed(def: FieldDefinition, fields: readonly FieldDefinition[], indexed: ReadonlySet<string>): boolean {
  if (def.type === 'Counter') return true;
  return canBeIndexed(def) && indexed.has(internalNameOf(def, fields).toLowerCase());
}

/** The leftmost clause of a chain of `and`s: the one SharePoint narrows the list by first. */
export function firstClause(expression: FilterExpression): FilterExpression {
  return expression.kind === 'and' ? firstClause(expression.left) : expression;
}

/**
 * The indexed column a clause can be answered from, or undefined: a comparison (eq lt gt le ge)
 * of one indexed column with a value. `ne`, `null`, `not`, `or`, substringof() and startswith()
 * are taken as scans (the stricter reading).
 */
export function seekableColumn(clause: FilterExpression, fields: readonly FieldDefinition[], indexed: ReadonlySet<string>): FieldDefinition | undefined {
  if (clause.kind !== 'compare' || clause.op === 'ne') return undefined;
  const [field, value] = clause.left.kind === 'field' ? [clause.left, clause.right] : [clause.right, clause.left];
  if (field.kind !== 'field' || value.kind !== 'literal' || value.type === 'null' || field.path.includes('/')) return undefined;
  const def = findField(fields, field.path);
  return def && isIndexed(def, fields, indexed) ? def : undefined;
}

/** Why a query on a list over the threshold is refused, or undefined when an index serves it. */
export function thresholdViolation(
  query: ODataQuery,
  fields: readonly FieldDefinition[],
  indexed: ReadonlySet<string>,
  countFirstClause: (clause: FilterExpression) => number,
): string | undefined {
  if (query.top !== undefined && query.top > LIST_VIEW_THRESHOLD) return `$top ${query.top} is over the threshold`;
  for (const o of query.orderBy) {
    const def = o.field.includes('/') ? undefined : findField(fields, o.field);
    if (!def || !isIndexed(def, fields, indexed)) return `$orderby ${o.field} is not an indexed column`;
  }
  if (!query.filter) return undefined;
  const clause = firstClause(query.filter);
  if (!seekableColumn(clause, fields, indexed)) return 'the first clause of $filter is not a comparison on an indexed column';
  const count = countFirstClause(clause);
  if (count > LIST_VIEW_THRESHOLD) return `the first clause of $filter matches ${count} items`;
  return undefined;
}

/**
 * An index of a list's items by an indexed column, as SharePoint keeps one: the items whose value
 * equals a text (case-insensitive, as `eq` on text compares), built once per version of the list's
 * items (the item cache hands out a new array after a write). Only speed: the full filter still runs
 * on what it returns, so an answer is the same as a scan's.
 */
const SEEK_INDEXES = new WeakMap<readonly ListItemRecord[], Map<string, Map<string, ListItemRecord[]>>>();

/**
 * The items a filter can match, found by its first clause when that is `<indexed column> eq '<text>'`;
 * undefined when it is not (the caller scans them all).
 */
export function seekByIndex(items: readonly ListItemRecord[], filter: FilterExpression | undefined, indexed: ReadonlySet<string>): readonly ListItemRecord[] | undefined {
  if (!filter) return undefined;
  const clause = firstClause(filter);
  if (clause.kind !== 'compare' || clause.op !== 'eq' || clause.left.kind !== 'field' || clause.right.kind !== 'literal' || clause.right.type !== 'string') return undefined;
  const column = clause.left.path;
  if (column.includes('/') || ![...indexed].some((name) => name.toLowerCase() === column.toLowerCase())) return undefined;
  let byColumn = SEEK_INDEXES.get(items);
  if (!byColumn) {
    byColumn = new Map();
    SEEK_INDEXES.set(items, byColumn);
  }
  let index = byColumn.get(column.toLowerCase());
  if (!index) {
    index = new Map();
    for (const item of items) {
      const key = Object.keys(item.fields).find((name) => name.toLowerCase() === column.toLowerCase());
      const value = key === undefined ? undefined : item.fields[key];
      if (typeof value !== 'string') continue;
      const lower = value.toLowerCase();
      const list = index.get(lower);
      if (list) list.push(item);
      else index.set(lower, [item]);
    }
    byColumn.set(column.toLowerCase(), index);
  }
  return index.get(String(clause.right.value).toLowerCase()) ?? [];
}
