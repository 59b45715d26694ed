import { KqlSyntaxError } from './ast.ts';
import type { KqlNode, PropertyOperator } from './ast.ts';

/**
 * A parser for the Keyword Query Language as SharePoint and Microsoft Search define it:
 * free-text words and "phrases", `*` prefixes, property restrictions (`:`, `=`, `<>`, `>`,
 * `>=`, `<`, `<=`, and `from..to` ranges), AND / OR / NOT (upper case only: in lower case
 * they are words), `+` / `-` prefixes and parentheses.
 *
 * Precedence, loosest first: OR; AND and the implicit operator between adjacent expressions;
 * NOT, `-` and `+`. Following [MS-KQL] 2.2.4, restrictions on the same property that sit next
 * to each other without an operator are ORed (`Path:a Path:b` is `Path:a OR Path:b`).
 */

type Token =
  | { type: '(' | ')'; pos: number }
  | { type: 'AND' | 'OR' | 'NOT'; pos: number }
  | { type: '+' | '-'; pos: number }
  | { type: 'word'; value: string; pos: number }
  | { type: 'phrase'; value: string; pos: number }
  | { type: 'property'; name: string; op: PropertyOperator; value: string; quoted: boolean; pos: number };

const PROPERTY_START = /^([A-Za-z_][A-Za-z0-9_.]*)(<>|>=|<=|:|=|<|>)/;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u3000';
}

function readQuoted(text: string, start: number): { value: string; end: number } {
  const close = text.indexOf('"', start + 1);
  if (close < 0) throw new KqlSyntaxError('Unterminated quoted string', start);
  return { value: text.slice(start + 1, close), end: close + 1 };
}

/** Reads an unquoted value: up to white space or a closing parenthesis. */
function readBare(text: string, start: number): { value: string; end: number } {
  let end = start;
  while (end < text.length && !isSpace(text[end]) && text[end] !== ')' && text[end] !== '(') end++;
  return { value: text.slice(start, end), end };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ type: ch, pos: i });
      i++;
      continue;
    }
    // `+` and `-` are operators only at the start of an expression (`-term`), not inside a word.
    if ((ch === '+' || ch === '-') && i + 1 < text.length && !isSpace(text[i + 1])) {
      tokens.push({ type: ch, pos: i });
      i++;
      continue;
    }
    if (ch === '"') {
      const { value, end } = readQuoted(text, i);
      tokens.push({ type: 'phrase', value, pos: i });
      i = end;
      continue;
    }
    const property = PROPERTY_START.exec(text.slice(i, i + 200));
    if (property && i + property[0].length < text.length && !isSpace(text[i + property[0].length]) && text[i + property[0].length] !== ')') {
      const valueStart = i + property[0].length;
      const quoted = text[valueStart] === '"';
      const { value, end } = quoted ? readQuoted(text, valueStart) : readBare(text, valueStart);
      tokens.push({ type: 'property', name: property[1], op: property[2] as PropertyOperator, value, quoted, pos: i });
      i = end;
      continue;
    }
    const { value, end } = readBare(text, i);
    if (value === 'AND' || value === 'OR' || value === 'NOT') tokens.push({ type: value, pos: i });
    else tokens.push({ type: 'word', value, pos: i });
    i = end;
  }
  return tokens;
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private readonly length: number;

  constructor(tokens: Token[], length: number) {
    this.tokens = tokens;
    this.length = length;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private position(): number {
    return this.peek()?.pos ?? this.length;
  }

  parseQuery(): KqlNode {
    if (this.tokens.length === 0) throw new KqlSyntaxError('The query is empty', 0);
    const node = this.parseOr();
    const rest = this.peek();
    if (rest) throw new KqlSyntaxError(rest.type === ')' ? 'Unbalanced ")"' : `Unexpected ${rest.type}`, rest.pos);
    return node;
  }

  private parseOr(): KqlNode {
    const children = [this.parseAnd()];
    while (this.peek()?.type === 'OR') {
      this.index++;
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0] : { kind: 'or', children };
  }

  /** A run of operands joined by AND or by nothing (the implicit operator). */
  private parseAnd(): KqlNode {
    // Segments of implicitly joined operands, split at each explicit AND.
    const segments: KqlNode[][] = [[this.parseUnary()]];
    for (;;) {
      const next = this.peek();
      if (!next || next.type === 'OR' || next.type === ')') break;
      if (next.type === 'AND') {
        this.index++;
        segments.push([this.parseUnary()]);
      } else {
        segments[segments.length - 1].push(this.parseUnary());
      }
    }
    const children = segments.flatMap(orSameProperty);
    return children.length === 1 ? children[0] : { kind: 'and', children };
  }

  private parseUnary(): KqlNode {
    const token = this.peek();
    if (!token) throw new KqlSyntaxError('The query ends where an expression was expected', this.length);
    if (token.type === 'NOT' || token.type === '-') {
      this.index++;
      return { kind: 'not', child: this.parseUnary() };
    }
    if (token.type === '+') {
      this.index++;
      return this.parseUnary();
    }
    return this.parsePrimary();
  }

  private parsePrimary(): KqlNode {
    const token = this.peek();
    if (!token) throw new KqlSyntaxError('The query ends where an expression was expected', this.length);
    this.index++;
    switch (token.type) {
      case '(': {
        if (this.peek()?.type === ')') throw new KqlSyntaxError('Empty parentheses', token.pos);
        const inner = this.parseOr();
        if (this.peek()?.type !== ')') throw new KqlSyntaxError('Missing ")"', this.position());
        this.index++;
        return inner;
      }
      case 'word':
        if (token.value === '*') return { kind: 'all' };
        return textNode(token.value, false);
      case 'phrase':
        if (token.value.trim() === '') throw new KqlSyntaxError('Empty phrase', token.pos);
        return textNode(token.value, true);
      case 'property':
        return propertyNode(token);
      default:
        throw new KqlSyntaxError(`Unexpected ${token.type}`, token.pos);
    }
  }
}

function textNode(raw: string, phrase: boolean): KqlNode {
  const prefix = !phrase && raw.length > 1 && raw.endsWith('*');
  return { kind: 'text', value: prefix ? raw.slice(0, -1) : raw, phrase, prefix };
}

function propertyNode(token: Extract<Token, { type: 'property' }>): KqlNode {
  const { name, op, value, quoted } = token;
  if (op === ':' && !quoted) {
    const range = /^(.+?)\.\.(.+)$/.exec(value);
    if (range) return { kind: 'property', name, op, value: range[1], rangeTo: range[2], phrase: false, prefix: false };
  }
  const prefix = !quoted && value.length > 1 && value.endsWith('*');
  return { kind: 'property', name, op, value: prefix ? value.slice(0, -1) : value, phrase: quoted, prefix };
}

/** [MS-KQL] 2.2.4: within implicitly joined operands, restrictions on the same property are ORed. */
function orSameProperty(segment: KqlNode[]): KqlNode[] {
  const result: KqlNode[] = [];
  const groups = new Map<string, Extract<KqlNode, { kind: 'or' }>>();
  for (const node of segment) {
    if (node.kind !== 'property') {
      result.push(node);
      continue;
    }
    const key = node.name.toLowerCase();
    const group = groups.get(key);
    if (group) {
      group.children.push(node);
    } else {
      const created: Extract<KqlNode, { kind: 'or' }> = { kind: 'or', children: [node] };
      groups.set(key, created);
      result.push(created);
    }
  }
  return result.map((node) => (node.kind === 'or' && node.children.length === 1 ? node.children[0] : node));
}

export function parseKql(text: string): KqlNode {
  return new Parser(tokenize(text), text.length).parseQuery();
}

export interface SearchTerm {
  value: string;
  prefix: boolean;
}

/** Free-text words and phrases that are not negated: what Graph reports as `searchTerms` and highlights. */
export function positiveTerms(node: KqlNode): SearchTerm[] {
  switch (node.kind) {
    case 'text':
      return [{ value: node.value, prefix: node.prefix }];
    case 'and':
    case 'or':
      return node.children.flatMap(positiveTerms);
    default:
      return [];
  }
}
