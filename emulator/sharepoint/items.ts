import { compileFilter, filterFields } from '../odata/filter.ts';
import type { FieldAccess, ValueKind } from '../odata/filter.ts';
import type { ODataQuery, OrderBy } from '../odata/query.ts';
import type { GroupRecord, ListItemRecord, ListRecord, UserRecord } from '../db/records.ts';
import { SP_CODES } from '../http/errors.ts';
import { withSkipToken } from '../http/links.ts';
import type { SpFormat } from '../http/errors.ts';
import { findField, itemEntityType, valueKind } from './fields.ts';
import type { FieldDefinition } from './fields.ts';
import { collectionValue, entity, urlValue } from './odata-json.ts';
import { LIST_VIEW_THRESHOLD, THROTTLED_CODE, THROTTLED_MESSAGE, thresholdViolation, UNFILTERABLE_CODE } from './threshold.ts';
import type { FilterExpression } from '../odata/filter.ts';

/** List item queries: $filter, $orderby, paging with $top and $skiptoken, $select and $expand. */

export class SpQueryError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status = 400) {
    super(message);
    this.name = 'SpQueryError';
    this.code = code;
    this.status = status;
  }
}

export interface ItemQueryContext {
  format: SpFormat;
  /** Scheme and host as the client addressed the tenant. */
  origin: string;
  /** Absolute URL of the web. */
  webUrl: string;
  list: ListRecord;
  fields: readonly FieldDefinition[];
  userBySpId(spId: number): UserRecord | undefined;
  /** An Entra group that is a principal of the site (ensured with its claim); a multi-user field may hold it. */
  groupBySpId?(spId: number): GroupRecord | undefined;
  /** The request's URL, from which the next page's link is made. */
  requestUrl: URL;
  /** Items in the list, drafts included: what the list view threshold counts. */
  itemCount?: number;
  /** Internal names (lower case) of the list's indexed columns; ID is always indexed. */
  indexed?: ReadonlySet<string>;
}

/** SharePoint pages list items by 100 unless $top says otherwise, and never more than 5,000 at once. */
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 5000;

const USER_FIELDS: Record<string, (u: UserRecord) => unknown> = {
  Id: (u) => u.spId,
  Title: (u) => u.displayName,
  EMail: (u) => u.mail,
  Name: (u) => `i:0#.f|membership|${u.userPrincipalName}`,
  UserName: (u) => u.userPrincipalName,
  FirstName: (u) => u.givenName,
  LastName: (u) => u.surname,
  JobTitle: (u) => u.jobTitle,
  Department: (u) => u.department,
};

/**
 * A group's entry in the user information list, by the same names: its claim is its login name
 * (`Name`); it has no e-mail here (a security group), user name or person's details.
 */
const GROUP_FIELDS: Record<string, (g: GroupRecord) => unknown> = {
  Id: (g) => g.spId,
  Title: (g) => g.displayName,
  EMail: () => null,
  Name: (g) => `c:0t.c|tenant|${g.id}`,
  UserName: () => null,
  FirstName: () => null,
  LastName: () => null,
  JobTitle: () => null,
  Department: () => null,
};

function userField(name: string): string | undefined {
  return Object.keys(USER_FIELDS).find((k) => k.toLowerCase() === name.toLowerCase());
}

function columnMissing(name: string): SpQueryError {
  return new SpQueryError(SP_CODES.fieldNotFound, `Column '${name}' does not exist. It may have been deleted by another user.`);
}

function lookupNotExpanded(path: string, lookup: string): SpQueryError {
  return new SpQueryError(
    SP_CODES.invalidQuery,
    `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${lookup}.`,
  );
}

interface Selection {
  plain: FieldDefinition[];
  /** Expanded user fields and the sub-fields to return (undefined: all). */
  users: Map<FieldDefinition, Set<string> | undefined>;
}

function resolveExpand(query: ODataQuery, fields: readonly FieldDefinition[]): Set<FieldDefinition> {
  const expanded = new Set<FieldDefinition>();
  for (const name of query.expand) {
    const def = findField(fields, name);
    if (!def || def.type !== 'User') throw new SpQueryError(SP_CODES.fieldNotFound, `The field or property '${name}' does not exist.`);
    expanded.add(def);
  }
  return expanded;
}

function resolveSelection(query: ODataQuery, fields: readonly FieldDefinition[], expanded: Set<FieldDefinition>): Selection {
  const selection: Selection = { plain: [], users: new Map() };
  const addPlain = (def: FieldDefinition): void => {
    if (!selection.plain.includes(def)) selection.plain.push(def);
  };
  const names = query.select ?? ['*'];
  for (const name of names) {
    if (name === '*') {
      for (const def of fields) if (!def.notInDefaultView && def.type !== 'User') addPlain(def);
      continue;
    }
    const [head, sub] = name.split('/');
    const def = findField(fields, head);
    if (!def) throw new SpQueryError(SP_CODES.fieldNotFound, `The field or property '${head}' does not exist.`);
    if (def.type !== 'User') {
      if (sub !== undefined) throw new SpQueryError(SP_CODES.fieldNotFound, `The field or property '${name}' does not exist.`);
      addPlain(def);
      continue;
    }
    if (!expanded.has(def)) throw lookupNotExpanded(name, def.name);
    if (sub === undefined || sub === '*') {
      selection.users.set(def, undefined);
    } else {
      const field = userField(sub);
      if (!field) throw new SpQueryError(SP_CODES.fieldNotFound, `The field or property '${sub}' does not exist.`);
      const current = selection.users.get(def);
      if (selection.users.has(def) && current === undefined) continue;
      selection.users.set(def, new Set([...(current ?? []), field]));
    }
  }
  // Without $select, expanded lookups come back whole.
  if (query.select === undefined) for (const def of expanded) selection.users.set(def, undefined);
  return selection;
}

function rawValues(item: ListItemRecord, def: FieldDefinition): unknown[] {
  if (def.type === 'Counter') return [item.id];
  if (def.name === 'UniqueId') return [item.uniqueId];
  const value = item.fields[def.name];
  if (value === null || value === undefined) return [];
  if (def.type === 'URL') return [(value as { Url: string }).Url];
  return Array.isArray(value) ? value : [value];
}

/** Reads a field (or an expanded user's sub-field) for $filter and $orderby. */
function accessor(fields: readonly FieldDefinition[], expanded: Set<FieldDefinition>, ctx: ItemQueryContext, path: string): (item: ListItemRecord) => FieldAccess {
  const [head, sub] = path.split('/');
  const def = findField(fields, head);
  if (!def) throw columnMissing(head);
  if (def.type === 'User') {
    // Stricter reading: a multi-user field is neither filtered nor sorted on here (SharePoint cannot sort by one).
    if (def.multi) throw new SpQueryError(SP_CODES.invalidQuery, `The field '${def.name}' of type 'UserMulti' cannot be used in the query filter or order expression.`);
    if (sub === undefined) throw lookupNotExpanded(path, def.name);
    if (!expanded.has(def)) throw lookupNotExpanded(path, def.name);
    const field = userField(sub);
    if (!field) throw columnMissing(path);
    const kind: ValueKind = field === 'Id' ? 'number' : 'text';
    return (item) => {
      // An item written without the person (a news link, say) has no id: no user, as SharePoint answers null.
      const spId = item.fields[def.idField!];
      const user = typeof spId === 'number' ? ctx.userBySpId(spId) : undefined;
      return { kind, values: user ? [USER_FIELDS[field](user)] : [] };
    };
  }
  if (sub !== undefined) throw columnMissing(path);
  const kind = valueKind(def.type);
  return (item) => ({ kind, values: rawValues(item, def) });
}

type SortKey = string | number | boolean | null;

function sortKey(access: FieldAccess): SortKey {
  const value = access.values[0];
  if (value === null || value === undefined || value === '') return null;
  switch (access.kind) {
    case 'date':
      return Date.parse(String(value));
    case 'number':
      return Number(value);
    case 'boolean':
      return value === true || /^(true|1)$/i.test(String(value));
    default:
      return String(value).toLocaleLowerCase('sv-SE');
  }
}

function compareKeys(a: SortKey, b: SortKey, descending: boolean): number {
  if (a === b) return 0;
  // Empty values sort first in ascending order, as in SharePoint views.
  const c = a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
  return descending ? -c : c;
}

/** `20261127 09:00:00`, the date format of SharePoint's paging tokens. */
function tokenDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 19)}`;
}

function parseTokenValue(kind: ValueKind, text: string): SortKey {
  if (text === '') return null;
  if (kind === 'date') {
    const m = /^(\d{4})(\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : Date.parse(text);
  }
  if (kind === 'number') return Number(text);
  if (kind === 'boolean') return /^(true|1)$/i.test(text);
  return text.toLocaleLowerCase('sv-SE');
}

export interface ItemPage {
  values: Record<string, unknown>[];
  nextLink?: string;
}

export function queryItems(items: readonly ListItemRecord[], query: ODataQuery, ctx: ItemQueryContext): ItemPage {
  const { fields } = ctx;
  const expanded = resolveExpand(query, fields);
  const selection = resolveSelection(query, fields, expanded);

  let rows = items.slice();
  const readers = new Map(query.filter ? filterFields(query.filter).map((path) => [path, accessor(fields, expanded, ctx, path)]) : []);
  const matches = (expression: FilterExpression): ((item: ListItemRecord) => boolean) => compileFilter<ListItemRecord>(expression, (item, path) => readers.get(path)!(item));
  if (query.filter) {
    for (const path of readers.keys()) {
      const def = findField(fields, path.split('/')[0]);
      // Multiple lines of text cannot be filtered on in SharePoint Online, whatever the list's size.
      if (def?.type === 'Note') throw new SpQueryError(UNFILTERABLE_CODE, `The field '${def.name}' of type 'Note' cannot be used in the query filter expression.`, 500);
    }
  }
  for (const o of query.orderBy) accessor(fields, expanded, ctx, o.field);
  if ((ctx.itemCount ?? items.length) > LIST_VIEW_THRESHOLD) {
    const why = thresholdViolation(query, fields, ctx.indexed ?? new Set(), (clause) => items.filter(matches(clause)).length);
    if (why) throw new SpQueryError(THROTTLED_CODE, THROTTLED_MESSAGE, 500);
  }
  if (query.filter) rows = rows.filter(matches(query.filter));

  // The order always ends with the id, so paging tokens point at one position.
  const order: OrderBy[] = [...query.orderBy];
  if (!order.some((o) => findField(fields, o.field)?.type === 'Counter')) order.push({ field: 'ID', descending: false });
  const keyed = order.map((o) => {
    const read = accessor(fields, expanded, ctx, o.field);
    return { ...o, read, kind: read(rows[0] ?? { id: 0, uniqueId: '', fields: {} }).kind };
  });
  const keys = new Map(rows.map((row) => [row, keyed.map((k) => sortKey(k.read(row)))]));
  const compareRows = (a: SortKey[], b: SortKey[]): number => {
    for (let i = 0; i < keyed.length; i++) {
      const c = compareKeys(a[i], b[i], keyed[i].descending);
      if (c !== 0) return c;
    }
    return 0;
  };
  rows.sort((a, b) => compareRows(keys.get(a)!, keys.get(b)!));

  let start = 0;
  if (query.skipToken) {
    const token = query.skipToken;
    const complete = keyed.every((k) => [...token.keys()].some((name) => name.toLowerCase() === `p_${k.field.toLowerCase()}`));
    if (complete) {
      const position = keyed.map((k) => {
        const entry = [...token.entries()].find(([name]) => name.toLowerCase() === `p_${k.field.toLowerCase()}`)!;
        return parseTokenValue(k.kind, entry[1]);
      });
      start = rows.findIndex((row) => compareRows(keys.get(row)!, position) > 0);
      if (start < 0) start = rows.length;
    } else {
      // Only p_ID: continue after that item.
      const id = Number(token.get('p_ID') ?? [...token.entries()].find(([n]) => n.toLowerCase() === 'p_id')?.[1]);
      const at = rows.findIndex((row) => row.id === id);
      start = at < 0 ? rows.length : at + 1;
    }
  }

  const size = Math.min(query.top ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const page = rows.slice(start, start + size);
  const values = page.map((item) => projectItem(item, selection, ctx));
  if (start + size >= rows.length || page.length === 0) return { values };

  const last = page[page.length - 1];
  const token = new URLSearchParams({ Paged: 'TRUE' });
  keyed.forEach((k, i) => {
    const key = keys.get(last)![i];
    const name = findField(fields, k.field)?.type === 'Counter' ? 'ID' : k.field;
    token.set(`p_${name}`, key === null ? '' : k.kind === 'date' ? tokenDate(key as number) : String(k.read(last).values[0]));
  });
  return { values, nextLink: withSkipToken(ctx.requestUrl, token.toString()) };
}

export function projectItem(item: ListItemRecord, selection: Selection, ctx: ItemQueryContext): Record<string, unknown> {
  const { format, origin, list } = ctx;
  const values: Record<string, unknown> = {};
  for (const def of selection.plain) {
    const value = item.fields[def.name];
    switch (def.type) {
      case 'Counter':
        values.Id = item.id;
        values.ID = item.id;
        break;
      case 'Guid':
        values[def.name] = def.name === 'UniqueId' ? item.uniqueId : value ?? null;
        break;
      case 'URL': {
        const url = value as { Url: string; Description: string } | null;
        values[def.name] = url ? urlValue(format, url.Url.startsWith('/') ? `${origin}${url.Url}` : url.Url, url.Description) : null;
        break;
      }
      case 'MultiText':
        values[def.name] = collectionValue(format, 'Edm.String', (value as string[] | null) ?? []);
        break;
      case 'LookupIds':
        values[def.name] = collectionValue(format, 'Edm.Int32', (value as number[] | null) ?? []);
        break;
      default:
        values[def.name] = value ?? null;
    }
  }
  for (const [def, subFields] of selection.users) {
    if (def.multi) {
      values[def.name] = principalsValue(item, def, subFields, ctx);
      continue;
    }
    const spId = item.fields[def.idField!];
    const user = typeof spId === 'number' ? ctx.userBySpId(spId) : undefined;
    if (!user) {
      values[def.name] = null;
      continue;
    }
    const names = subFields ? [...subFields] : Object.keys(USER_FIELDS);
    const userValues = Object.fromEntries(names.map((n) => [n, USER_FIELDS[n](user)]));
    values[def.name] = entity(format, { type: 'SP.Data.UserInfoItem', id: `${ctx.webUrl}/_api/Web/SiteUserInfoList/Items(${user.spId})` }, userValues);
  }
  const editLink = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
  return entity(format, { type: itemEntityType(list.url), id: `${ctx.webUrl}/_api/${editLink}`, editLink, etag: `"${Number(item.fields.__etag ?? 1)}"` }, values);
}

/**
 * An expanded multi-user field as SharePoint returns one: the principals in the user information
 * list, each an `SP.Data.UserInfoItem` with the sub-fields selected; an array (`{results}` in
 * verbose), empty when the field is.
 */
function principalsValue(item: ListItemRecord, def: FieldDefinition, subFields: Set<string> | undefined, ctx: ItemQueryContext): unknown {
  const raw = item.fields[def.idField!];
  const ids = Array.isArray(raw) ? raw.filter((v): v is number => typeof v === 'number') : [];
  const names = subFields ? [...subFields] : Object.keys(USER_FIELDS);
  const entries: Record<string, unknown>[] = [];
  for (const spId of ids) {
    const user = ctx.userBySpId(spId);
    const group = user ? undefined : ctx.groupBySpId?.(spId);
    if (!user && !group) continue;
    const values = Object.fromEntries(names.map((n) => [n, user ? USER_FIELDS[n](user) : GROUP_FIELDS[n](group!)]));
    entries.push(entity(ctx.format, { type: 'SP.Data.UserInfoItem', id: `${ctx.webUrl}/_api/Web/SiteUserInfoList/Items(${spId})` }, values));
  }
  return ctx.format === 'verbose' ? { results: entries } : entries;
}

/** For GET …/items(id): the single item, or undefined. */
export function selectItem(item: ListItemRecord, query: ODataQuery, ctx: ItemQueryContext): Record<string, unknown> {
  const expanded = resolveExpand(query, ctx.fields);
  return projectItem(item, resolveSelection(query, ctx.fields, expanded), ctx);
}
