import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKql, positiveTerms } from './parse.ts';
import { KqlSyntaxError } from './ast.ts';
import type { KqlNode } from './ast.ts';

/** A compact rendering of the syntax tree: AND(a, OR(b, c)), NOT(x), Title:"v"*, Created:a..b. */
function show(node: KqlNode): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `${node.kind.toUpperCase()}(${node.children.map(show).join(', ')})`;
    case 'not':
      return `NOT(${show(node.child)})`;
    case 'all':
      return '*';
    case 'text':
      return `${node.phrase ? `"${node.value}"` : node.value}${node.prefix ? '*' : ''}`;
    case 'property':
      return `${node.name}${node.op}${node.phrase ? `"${node.value}"` : node.value}${node.prefix ? '*' : ''}${node.rangeTo !== undefined ? `..${node.rangeTo}` : ''}`;
  }
}

const parse = (q: string): string => show(parseKql(q));

test('adjacent words are joined by the implicit AND', () => {
  assert.equal(parse('lön semester'), 'AND(lön, semester)');
});

test('AND binds tighter than OR, and NOT tighter than AND', () => {
  assert.equal(parse('a OR b AND c'), 'OR(a, AND(b, c))');
  assert.equal(parse('a AND b OR c'), 'OR(AND(a, b), c)');
  assert.equal(parse('NOT a AND b'), 'AND(NOT(a), b)');
  assert.equal(parse('a b OR c'), 'OR(AND(a, b), c)');
});

test('parentheses group', () => {
  assert.equal(parse('(a OR b) AND c'), 'AND(OR(a, b), c)');
  assert.equal(parse('NOT (a OR b)'), 'NOT(OR(a, b))');
  assert.equal(parse('((a))'), 'a');
});

test('- and + prefixes exclude and require', () => {
  assert.equal(parse('lön -semester'), 'AND(lön, NOT(semester))');
  assert.equal(parse('+lön'), 'lön');
  assert.equal(parse('a NOT b'), 'AND(a, NOT(b))');
});

test('operators are upper case only: in lower case they are words', () => {
  assert.equal(parse('a and b'), 'AND(a, and, b)');
  assert.equal(parse('not'), 'not');
});

test('phrases, prefixes and the match-all star', () => {
  assert.equal(parse('"nya rutiner" semest*'), 'AND("nya rutiner", semest*)');
  assert.equal(parse('*'), '*');
  assert.equal(parse('"lön*"'), '"lön*"');
});

test('property restrictions with every operator, quoted values and prefixes', () => {
  assert.equal(parse('Title:lön'), 'Title:lön');
  assert.equal(parse('Title:"nya rutiner"'), 'Title:"nya rutiner"');
  assert.equal(parse('Title=Start'), 'Title=Start');
  assert.equal(parse('PromotedState<>2'), 'PromotedState<>2');
  assert.equal(parse('Created>=2026-01-01'), 'Created>=2026-01-01');
  assert.equal(parse('Created<2026-01-01T08:00:00Z'), 'Created<2026-01-01T08:00:00Z');
  assert.equal(parse('ContentTypeId:0x0101009D1CB255DA76424F860D91F20E6C4118*'), 'ContentTypeId:0x0101009D1CB255DA76424F860D91F20E6C4118*');
  assert.equal(parse('Created:2026-01-01..2026-01-31'), 'Created:2026-01-01..2026-01-31');
});

test('unquoted URL values keep their colons', () => {
  assert.equal(parse('Path:http://127.0.0.1:4401/sites/eksjo'), 'Path:http://127.0.0.1:4401/sites/eksjo');
  assert.equal(parse('(Path:"http://x/sites/a")'), 'Path:"http://x/sites/a"');
});

test('restrictions on the same property next to each other are ORed ([MS-KQL] 2.2.4)', () => {
  assert.equal(parse('Path:a Path:b'), 'OR(Path:a, Path:b)');
  assert.equal(parse('Path:a Title:x path:b'), 'AND(OR(Path:a, path:b), Title:x)');
  assert.equal(parse('Path:a AND Path:b'), 'AND(Path:a, Path:b)');
  assert.equal(parse('word Path:a'), 'AND(word, Path:a)');
});

test('the audience filter of the news feed parses as intended', () => {
  const q = '(Path:"http://h/sites/eksjo" OR Path:"http://h/sites/gemensamt") AND PromotedState:2 AND (ModernAudienceAadObjectIds:g1 OR ModernAudienceAadObjectIds:g2 OR NOT IsAudienceTargeted:true)';
  assert.equal(
    parse(q),
    'AND(OR(Path:"http://h/sites/eksjo", Path:"http://h/sites/gemensamt"), PromotedState:2, OR(ModernAudienceAadObjectIds:g1, ModernAudienceAadObjectIds:g2, NOT(IsAudienceTargeted:true)))',
  );
});

test('a property name followed by white space is a word, not a restriction', () => {
  assert.equal(parse('Title: lön'), 'AND(Title:, lön)');
});

test('syntax errors say where', () => {
  for (const bad of ['', '   ', '(a OR b', 'a OR', 'NOT', 'a )', '()', '"open', 'AND a']) {
    assert.throws(() => parseKql(bad), KqlSyntaxError, bad);
  }
  assert.throws(() => parseKql('(a OR b'), /Missing "\)"/);
});

test('searchTerms are the words that are not negated', () => {
  assert.deepEqual(
    positiveTerms(parseKql('lön* OR "nya rutiner" -semester Title:x')).map((t) => `${t.value}${t.prefix ? '*' : ''}`),
    ['lön*', 'nya rutiner'],
  );
});
