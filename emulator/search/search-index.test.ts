import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKql } from '../kql/parse.ts';
import { SearchIndex, SearchRequestError } from './search-index.ts';
import type { SearchQuery } from './search-index.ts';
import type { EntitySchema, SearchDocument } from './schema.ts';

/** The KQL evaluator on a small made-up entity type, so each rule shows on a few documents. */

const ORIGIN = 'http://127.0.0.1:4401';

const schema: EntitySchema<null> = {
  entityType: 'testItem',
  maxPageSize: 50,
  defaultOrder: { name: 'Published', descending: true },
  properties: [
    { name: 'Title', type: 'text', fullText: true, rankWeight: 4, sortable: true },
    { name: 'Tags', type: 'keyword', multi: true },
    { name: 'Path', type: 'url', sortable: true },
    { name: 'Published', type: 'date', sortable: true },
    { name: 'Count', type: 'number', sortable: true },
    { name: 'Flag', type: 'boolean' },
  ],
  resource: (doc) => ({ id: doc.key }),
};

function doc(key: string, values: SearchDocument['values'], body: string, acl: string[] = ['g1']): SearchDocument<null> {
  return { key, acl, values, body, data: null };
}

const index = new SearchIndex();
index.register(schema as EntitySchema);
index.replaceDocuments('testItem', [
  doc('a', { Title: 'Lönerevision 2026', Tags: ['lön', 'HR'], Path: '/sites/eksjo/SitePages/a.aspx', Published: '2026-01-10T08:00:00Z', Count: 3, Flag: true }, 'Nya rutiner för semesteransökan gäller från i dag.'),
  doc('b', { Title: 'Semester och ledighet', Tags: ['semester'], Path: '/sites/eksjo2/SitePages/b.aspx', Published: '2026-01-11T23:30:00Z', Count: 10, Flag: false }, 'Ansök om semester i självservice.'),
  doc('c', { Title: 'ÅRSMÖTE i Sävsjö', Path: '/sites/savsjo/SitePages/c.aspx', Published: '2025-12-31T12:00:00Z' }, 'Välkommen till årsmötet.', ['g2']),
  doc('d', { Title: 'Lon utan prickar', Path: '/sites/eksjo/SitePages/Sub/d.aspx', Published: '2025-06-01T12:00:00Z' }, 'Ett ord utan prickar.', ['g1', 'g2']),
  doc('e', { Title: 'A\u030Arsrapport', Path: '/sites/eksjo/SitePages/e.aspx' }, 'Rapporten för året.'),
]);

const everyone = new Set(['g1', 'g2']);

/** Keys of the documents found, in Swedish alphabetical order of title (lon, lönerevision, semester, årsmöte, årsrapport). */
function find(queryString: string, options: Partial<SearchQuery> = {}): string[] {
  return index
    .search({ entityType: 'testItem', query: parseKql(queryString), principals: everyone, from: 0, size: 50, origin: ORIGIN, sort: [{ name: 'Title' }], ...options })
    .hits.map((h) => h.document.key);
}

test('free-text words match whole words, case-insensitively', () => {
  assert.deepEqual(find('LÖNEREVISION'), ['a']);
  assert.deepEqual(find('lön'), [], 'a word matches whole words only');
  assert.deepEqual(find('lön*'), ['a'], 'a prefix matches the start of words');
  assert.deepEqual(find('semester'), ['b'], 'body text is searchable');
});

test('å, ä and ö are letters of their own, in any case and Unicode form', () => {
  assert.deepEqual(find('lon'), ['d'], 'lon does not find lön');
  assert.deepEqual(find('årsmöte'), ['c']);
  assert.deepEqual(find('A\u030Arsmo\u0308te'), ['c'], 'a decomposed query finds composed text');
  assert.deepEqual(find('årsrapport'), ['e'], 'composed query finds decomposed text');
  assert.deepEqual(find('Title:ÅRSRAPPORT'), ['e']);
});

test('phrases match words in sequence', () => {
  assert.deepEqual(find('"nya rutiner"'), ['a']);
  assert.deepEqual(find('"rutiner nya"'), []);
  assert.deepEqual(find('Title:"och ledighet"'), ['b']);
});

test('AND, OR, NOT and their precedence', () => {
  assert.deepEqual(find('lönerevision OR semester AND självservice'), ['a', 'b']);
  assert.deepEqual(find('(lönerevision OR semester) AND självservice'), ['b']);
  assert.deepEqual(find('semester* -självservice'), ['a']);
  assert.deepEqual(find('NOT Flag:true'), ['d', 'b', 'c', 'e'], 'documents without the property are not true either');
  assert.deepEqual(find('*'), ['d', 'a', 'b', 'c', 'e']);
});

test('keyword properties match whole values, case-insensitively', () => {
  assert.deepEqual(find('Tags:hr'), ['a']);
  assert.deepEqual(find('Tags:h'), []);
  assert.deepEqual(find('Tags:h*'), ['a']);
  assert.deepEqual(find('Tags<>semester'), find('NOT Tags:semester'));
});

test('Path matches the URL and everything below it, for this host only', () => {
  assert.deepEqual(find(`Path:"${ORIGIN}/sites/eksjo"`), ['d', 'a', 'e'], '/sites/eksjo2 is not below /sites/eksjo');
  assert.deepEqual(find(`Path:"${ORIGIN}/sites/eksjo/"`), find(`Path:"${ORIGIN}/sites/eksjo"`));
  assert.deepEqual(find('Path:"http://other.example/sites/eksjo"'), [], 'another host');
  assert.deepEqual(find('Path:"/sites/eksjo"'), [], 'a relative URL matches nothing, as in SharePoint');
  assert.deepEqual(find(`Path=${ORIGIN}/sites/eksjo/SitePages/a.aspx`), ['a']);
  assert.deepEqual(find(`Path:${ORIGIN}/sites/eksjo*`), ['d', 'a', 'b', 'e'], 'an explicit prefix is a plain string prefix');
});

test('dates compare by day or by instant', () => {
  assert.deepEqual(find('Published:2026-01-11'), ['b']);
  assert.deepEqual(find('Published>2026-01-10'), ['b'], '> a day means after that whole day');
  assert.deepEqual(find('Published>=2026-01-10').sort(), ['a', 'b']);
  assert.deepEqual(find('Published<=2025-12-31'), ['d', 'c']);
  assert.deepEqual(find('Published<2026-01-10T08:00:01Z').sort(), ['a', 'c', 'd']);
  assert.deepEqual(find('Published:2026-01-01..2026-01-10'), ['a']);
  assert.deepEqual(find('Published>yesterday'), [], 'an unreadable date matches nothing');
});

test('numbers and booleans', () => {
  assert.deepEqual(find('Count>5'), ['b']);
  assert.deepEqual(find('Count:3'), ['a']);
  assert.deepEqual(find('Count:1..5'), ['a']);
  assert.deepEqual(find('Flag:true'), ['a']);
  assert.deepEqual(find('Flag:FALSE'), ['b']);
});

test('an unknown property matches nothing', () => {
  assert.deepEqual(find('Nonexistent:x'), []);
  assert.deepEqual(find('Nonexistent:x OR Tags:hr'), ['a']);
});

test('results are trimmed to what the caller may see', () => {
  assert.deepEqual(find('*', { principals: new Set(['g2']) }).sort(), ['c', 'd']);
  assert.deepEqual(find('*', { principals: new Set(['nobody']) }), []);
});

test('sorting, paging, total and moreResultsAvailable', () => {
  const query = parseKql('*');
  const base = { entityType: 'testItem', query, principals: everyone, origin: ORIGIN };
  const desc = index.search({ ...base, from: 0, size: 10, sort: [{ name: 'Published', isDescending: true }] });
  assert.deepEqual(desc.hits.map((h) => h.document.key), ['b', 'a', 'c', 'd', 'e'], 'documents without a value come last');
  const asc = index.search({ ...base, from: 0, size: 10, sort: [{ name: 'Published', isDescending: false }] });
  assert.deepEqual(asc.hits.map((h) => h.document.key), ['d', 'c', 'a', 'b', 'e']);
  const first = index.search({ ...base, from: 0, size: 2, sort: [{ name: 'Count', isDescending: true }, { name: 'Title' }] });
  const second = index.search({ ...base, from: 2, size: 2, sort: [{ name: 'Count', isDescending: true }, { name: 'Title' }] });
  const third = index.search({ ...base, from: 4, size: 2, sort: [{ name: 'Count', isDescending: true }, { name: 'Title' }] });
  assert.equal(first.total, 5);
  assert.equal(first.moreResultsAvailable, true);
  assert.equal(third.moreResultsAvailable, false);
  assert.deepEqual([...first.hits, ...second.hits, ...third.hits].map((h) => h.rank), [1, 2, 3, 4, 5]);
  assert.deepEqual(new Set([...first.hits, ...second.hits, ...third.hits].map((h) => h.document.key)).size, 5);
  assert.throws(() => index.search({ ...base, from: 0, size: 1, sort: [{ name: 'Tags' }] }), SearchRequestError);
});

test('titles rank above body text when no sort is asked for', () => {
  const result = index.search({ entityType: 'testItem', query: parseKql('semester*'), principals: everyone, from: 0, size: 10, origin: ORIGIN });
  assert.deepEqual(result.hits.map((h) => h.document.key), ['b', 'a']);
  assert.deepEqual(result.searchTerms, ['semester']);
});

test('summaries highlight the query words', () => {
  const [hit] = index.search({ entityType: 'testItem', query: parseKql('självservice'), principals: everyone, from: 0, size: 1, origin: ORIGIN }).hits;
  assert.equal(hit.summary, 'Ansök om semester i <c0>självservice</c0>.');
});

test('fields: requested names, absolute URLs, multi-values joined, unknown and empty left out', () => {
  const a = index.search({ entityType: 'testItem', query: parseKql('Tags:hr'), principals: everyone, from: 0, size: 1, origin: ORIGIN }).hits[0].document;
  assert.deepEqual(index.fields('testItem', a, ['title', 'Path', 'Tags', 'Published', 'Nope'], ORIGIN), {
    title: 'Lönerevision 2026',
    Path: `${ORIGIN}/sites/eksjo/SitePages/a.aspx`,
    Tags: 'lön;HR',
    Published: '2026-01-10T08:00:00Z',
  });
  const e = index.search({ entityType: 'testItem', query: parseKql('årsrapport'), principals: everyone, from: 0, size: 1, origin: ORIGIN }).hits[0].document;
  assert.deepEqual(index.fields('testItem', e, ['Count', 'Tags'], ORIGIN), {});
});
