/**
 * A small model of KQL for tests: parses the subset our code writes (AND, OR, NOT,
 * implicit AND, parentheses, phrases, property restrictions with : = <> > >= < <=) and
 * evaluates it against a document of managed properties. Strict: anything it does not
 * understand throws, so a malformed query fails the test instead of matching nothing.
 */

export type KqlDocument = Record<string, string | number | boolean | string[] | undefined>;

export type KqlNode =
  | { type: 'and'; left: KqlNode; right: KqlNode }
  | { type: 'or'; left: KqlNode; right: KqlNode }
  | { type: 'not'; operand: KqlNode }
  | { type: 'restriction'; property: string; operator: string; value: string }
  | { type: 'text'; value: string };

type Token =
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not' }
  | { kind: 'text'; value: string }
  | { kind: 'restriction'; property: string; operator: string; value: string };

const RESTRICTION = /^([A-Za-z][A-Za-z0-9_]*)(:|<>|>=|<=|=|>|<)(.*)$/;

export function tokenizeKql(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const readPhrase = (): string => {
    const end = query.indexOf('"', i + 1);
    if (end < 0) {
      throw new Error(`Unterminated phrase at ${i} in ${query}`);
    }
    const phrase = query.slice(i + 1, end);
    i = end + 1;
    return phrase;
  };
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ kind: 'open' });
      i++;
    } else if (c === ')') {
      tokens.push({ kind: 'close' });
      i++;
    } else if (c === '"') {
      tokens.push({ kind: 'text', value: readPhrase() });
    } else {
      let end = i;
      while (end < query.length && !/[\s()"]/.test(query[end])) {
        end++;
      }
      const word = query.slice(i, end);
      i = end;
      const restriction = RESTRICTION.exec(word);
      if (word === 'AND' || word === 'OR' || word === 'NOT') {
        tokens.push({ kind: word.toLowerCase() as 'and' | 'or' | 'not' });
      } else if (restriction) {
        let value = restriction[3];
        if (value === '') {
          if (query[i] !== '"') {
            throw new Error(`Missing value for ${word} in ${query}`);
          }
          value = readPhrase();
        }
        tokens.push({ kind: 'restriction', property: restriction[1], operator: restriction[2], value });
      } else {
        tokens.push({ kind: 'text', value: word });
      }
    }
  }
  return tokens;
}

export function parseKql(query: string): KqlNode {
  const tokens = tokenizeKql(query);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];

  const parseOr = (): KqlNode => {
    let left = parseAnd();
    while (peek() && peek()!.kind === 'or') {
      position++;
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): KqlNode => {
    let left = parseNot();
    for (;;) {
      const next = peek();
      if (next && next.kind === 'and') {
        position++;
        left = { type: 'and', left, right: parseNot() };
      } else if (next && next.kind !== 'or' && next.kind !== 'close') {
        left = { type: 'and', left, right: parseNot() };
      } else {
        return left;
      }
    }
  };
  const parseNot = (): KqlNode => {
    const next = peek();
    if (next && next.kind === 'not') {
      position++;
      return { type: 'not', operand: parseNot() };
    }
    return parsePrimary();
  };
  const parsePrimary = (): KqlNode => {
    const token = tokens[position++];
    if (!token) {
      throw new Error(`Unexpected end of ${query}`);
    }
    if (token.kind === 'open') {
      const inner = parseOr();
      const close = tokens[position++];
      if (!close || close.kind !== 'close') {
        throw new Error(`Missing ) in ${query}`);
      }
      return inner;
    }
    if (token.kind === 'restriction') {
      return { type: 'restriction', property: token.property, operator: token.operator, value: token.value };
    }
    if (token.kind === 'text') {
      return { type: 'text', value: token.value };
    }
    throw new Error(`Unexpected ${token.kind} in ${query}`);
  };

  const tree = parseOr();
  if (position !== tokens.length) {
    throw new Error(`Unexpected token at ${position} in ${query}`);
  }
  return tree;
}

/** Evaluates a parsed query: Path matches by prefix, other text properties by equality (case-insensitive). */
export function matchesKql(node: KqlNode, doc: KqlDocument): boolean {
  switch (node.type) {
    case 'and':
      return matchesKql(node.left, doc) && matchesKql(node.right, doc);
    case 'or':
      return matchesKql(node.left, doc) || matchesKql(node.right, doc);
    case 'not':
      return !matchesKql(node.operand, doc);
    case 'text': {
      const needle = node.value.toLowerCase();
      return ['Title', 'Description'].some(p => String(doc[p] || '').toLowerCase().indexOf(needle) >= 0);
    }
    case 'restriction':
      return matchesRestriction(node, doc);
  }
}

function matchesRestriction(node: { property: string; operator: string; value: string }, doc: KqlDocument): boolean {
  const raw = doc[node.property];
  if (raw === undefined) {
    return false;
  }
  const values = Array.isArray(raw) ? raw : [raw];
  const wanted = node.value.toLowerCase();
  return values.some(value => {
    const actual = String(value).toLowerCase();
    if (node.operator === ':' && node.property === 'Path') {
      return actual.indexOf(wanted) === 0;
    }
    if (node.operator === ':' || node.operator === '=') {
      return actual === wanted;
    }
    if (node.operator === '<>') {
      return actual !== wanted;
    }
    const a = Date.parse(String(value));
    const b = Date.parse(node.value);
    if (isNaN(a) || isNaN(b)) {
      throw new Error(`Range restriction on a non-date: ${node.property}`);
    }
    switch (node.operator) {
      case '>': return a > b;
      case '>=': return a >= b;
      case '<': return a < b;
      case '<=': return a <= b;
      default: throw new Error(`Unknown operator ${node.operator}`);
    }
  });
}
