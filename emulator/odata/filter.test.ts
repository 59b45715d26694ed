import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileFilter, filterFields, ODataSyntaxError, parseFilter } from './filter.ts';
import type { FieldAccess, ValueKind } from './filter.ts';
import { parseODataQuery } from './query.ts';

/** $filter on plain objects: a field's kind decides how it compares (as SharePoint's field types do). */

type Row = Record<string, unknown>;
const KINDS: Record<string, ValueKind> = { Id: 'number', Title: 'text', PromotedState: 'number', FirstPublishedDate: 'date', Tags: 'text', Done: 'boolean', Note: 'text' };

const rows: Row[] = [
  { Id: 1, Title: 'Lönerevision 2026', PromotedState: 2, FirstPublishedDate: '2026-01-10T08:00:00Z', Tags: ['g1', 'g2'], Done: true, Note: "Anna's" },
  { Id: 2, Title: 'Semester', PromotedState: 2, FirstPublishedDate: '2025-12-01T08:00:00Z', Tags: [], Done: false, Note: null },
  { Id: 3, Title: 'Start', PromotedState: 0, FirstPublishedDate: null, Tags: ['g3'], Done: false, Note: '' },
];

function resolve(row: Row, path: string): FieldAccess {
  const value = row[path];
  return { kind: KINDS[path], values: value === null || value === undefined ? [] : Array.isArray(value) ? value : [value] };
}

const ids = (filter: string): number[] => rows.filter(compileFilter(parseFilter(filter), resolve)).map((r) => r.Id as number);

test('comparisons on numbers, text and dates', () => {
  assert.deepEqual(ids('PromotedState eq 2'), [1, 2]);
  assert.deepEqual(ids('PromotedState ne 2'), [3]);
  assert.deepEqual(ids('Id gt 1'), [2, 3]);
  assert.deepEqual(ids('Id le 2'), [1, 2]);
  assert.deepEqual(ids("Title eq 'SEMESTER'"), [2], 'text compares case-insensitively, as in SharePoint');
  assert.deepEqual(ids("FirstPublishedDate ge datetime'2026-01-01T00:00:00Z'"), [1]);
  assert.deepEqual(ids("FirstPublishedDate lt '2026-01-01T00:00:00Z'"), [2], 'a plain string works as a date too');
  assert.deepEqual(ids('2 eq PromotedState'), [1, 2], 'a literal may come first');
  assert.deepEqual(ids('0 lt Id'), [1, 2, 3]);
});

test('and, or, not and parentheses', () => {
  assert.deepEqual(ids('PromotedState eq 2 and Id gt 1'), [2]);
  assert.deepEqual(ids('Id eq 1 or Id eq 3'), [1, 3]);
  assert.deepEqual(ids('Id eq 1 or Id eq 2 and PromotedState eq 0'), [1], 'and binds tighter than or');
  assert.deepEqual(ids('(Id eq 1 or Id eq 2) and PromotedState eq 2'), [1, 2]);
  assert.deepEqual(ids('not (PromotedState eq 2)'), [3]);
});

test('null, booleans and multi-valued fields', () => {
  assert.deepEqual(ids('FirstPublishedDate eq null'), [3]);
  assert.deepEqual(ids('Note eq null'), [2, 3], 'an empty text is null');
  assert.deepEqual(ids('Note ne null'), [1]);
  assert.deepEqual(ids('Done eq true'), [1]);
  assert.deepEqual(ids("Tags eq 'g2'"), [1], 'eq matches any value');
  assert.deepEqual(ids("Tags ne 'g1'"), [2, 3], 'ne matches when no value is equal');
});

test('substringof and startswith, case-insensitively', () => {
  assert.deepEqual(ids("substringof('revision', Title)"), [1]);
  assert.deepEqual(ids("startswith(Title, 'sem')"), [2]);
  assert.deepEqual(ids("substringof('REVISION', Title) eq false"), [2, 3]);
  assert.deepEqual(ids("Note eq 'Anna''s'"), [1], "'' is a quote inside a string");
});

test('syntax errors', () => {
  for (const bad of ['', 'Id eq', 'Id eq 1 and', '(Id eq 1', "Title eq 'open", 'Id equals 1', 'endswith(Title, \'x\')', 'Id eq 1 Id eq 2', 'Id % 2']) {
    assert.throws(() => parseFilter(bad), ODataSyntaxError, bad);
  }
});

test('the fields a filter uses', () => {
  assert.deepEqual(filterFields(parseFilter("PromotedState eq 2 and (Author/Title eq 'x' or substringof('a', Title))")), ['PromotedState', 'Author/Title', 'Title']);
});

test('system query options', () => {
  const query = parseODataQuery(
    new URLSearchParams("$select=Id,Title, Author/Title&$expand=Author&$filter=PromotedState eq 2&$orderby=FirstPublishedDate desc,Id&$top=20&$skiptoken=Paged%3DTRUE%26p_ID%3D12"),
  );
  assert.deepEqual(query.select, ['Id', 'Title', 'Author/Title']);
  assert.deepEqual(query.expand, ['Author']);
  assert.deepEqual(query.orderBy, [{ field: 'FirstPublishedDate', descending: true }, { field: 'Id', descending: false }]);
  assert.equal(query.top, 20);
  assert.equal(query.skipToken?.get('p_ID'), '12');
  assert.ok(query.filter);
  assert.equal(parseODataQuery(new URLSearchParams('$TOP=5')).top, 5, 'option names are case-insensitive');
  assert.throws(() => parseODataQuery(new URLSearchParams('$top=-1')), ODataSyntaxError);
  assert.throws(() => parseODataQuery(new URLSearchParams('$orderby=Title sideways')), ODataSyntaxError);
});
