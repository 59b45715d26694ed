/**
 * The part of OData's $filter that SharePoint REST supports on list items: comparisons
 * (eq ne lt gt le ge), and / or / not, parentheses, substringof() and startswith(), and
 * literals: 'strings' (with '' for a quote), numbers, true / false, null, datetime'…' and guid'…'.
 */

export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type Literal =
  | { kind: 'literal'; type: 'string' | 'datetime' | 'guid'; value: string }
  | { kind: 'literal'; type: 'number'; value: number }
  | { kind: 'literal'; type: 'boolean'; value: boolean }
  | { kind: 'literal'; type: 'null'; value: null };

export type Operand = { kind: 'field'; path: string } | Literal;

export type FilterExpression =
  | { kind: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'compare'; op: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'call'; name: 'substringof' | 'startswith'; args: [Operand, Operand] };

export class ODataSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ODataSyntaxError';
  }
}

type Token =
  | { type: '(' | ')' | ','; pos: number }
  | { type: 'name'; value: string; pos: number }
  | { type: 'string'; value: string; pos: number }
  | { type: 'number'; value: number; pos: number }
  | { type: 'typed'; literal: 'datetime' | 'guid'; value: string; pos: number };

function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ type: ch, pos: i });
      i++;
    } else if (ch === "'") {
      const { value, end } = readString(text, i);
      tokens.push({ type: 'string', value, pos: i });
      i = end;
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[mMdDlLfF]?/.exec(text.slice(i));
      if (!match) throw new ODataSyntaxError(`Unexpected '${ch}' at position ${i + 1}.`);
      tokens.push({ type: 'number', value: Number(match[0].replace(/[mMdDlLfF]$/, '')), pos: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i))!;
      const name = match[0];
      const lower = name.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid') && text[i + name.length] === "'") {
        const { value, end } = readString(text, i + name.length);
        tokens.push({ type: 'typed', literal: lower, value, pos: i });
        i = end;
      } else {
        tokens.push({ type: 'name', value: name, pos: i });
        i += name.length;
      }
    } else {
      throw new ODataSyntaxError(`Unexpected '${ch}' at position ${i + 1}.`);
    }
  }
  return tokens;
}

function readString(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new ODataSyntaxError(`Unterminated string at position ${start + 1}.`);
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += text[i];
    i++;
  }
}

const COMPARISONS = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
    this.tokens = lex(source);
  }

  parse(): FilterExpression {
    if (this.tokens.length === 0) throw new ODataSyntaxError('The $filter expression is empty.');
    const expression = this.parseOr();
    if (this.index < this.tokens.length) throw this.error(this.tokens[this.index]);
    return expression;
  }

  private error(token: Token | undefined): ODataSyntaxError {
    if (!token) return new ODataSyntaxError(`The expression "${this.source}" is not valid: it ends too early.`);
    return new ODataSyntaxError(`The expression "${this.source}" is not valid at position ${token.pos + 1}.`);
  }

  private keyword(word: string): boolean {
    const token = this.tokens[this.index];
    if (token?.type === 'name' && token.value.toLowerCase() === word) {
      this.index++;
      return true;
    }
    return false;
  }

  private parseOr(): FilterExpression {
    let left = this.parseAnd();
    while (this.keyword('or')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): FilterExpression {
    let left = this.parseUnary();
    while (this.keyword('and')) left = { kind: 'and', left, right: this.parseUnary() };
    return left;
  }

  private parseUnary(): FilterExpression {
    if (this.keyword('not')) return { kind: 'not', operand: this.parseUnary() };
    return this.parsePrimary();
  }

  private parsePrimary(): FilterExpression {
    const token = this.tokens[this.index];
    if (token?.type === '(') {
      this.index++;
      const inner = this.parseOr();
      if (this.tokens[this.index]?.type !== ')') throw this.error(this.tokens[this.index]);
      this.index++;
      return inner;
    }
    if (token?.type === 'name' && this.tokens[this.index + 1]?.type === '(') {
      const name = token.value.toLowerCase();
      if (name !== 'substringof' && name !== 'startswith') throw new ODataSyntaxError(`The function '${token.value}' is not supported.`);
      this.index += 2;
      const first = this.parseOperand();
      if (this.tokens[this.index]?.type !== ',') throw this.error(this.tokens[this.index]);
      this.index++;
      const second = this.parseOperand();
      if (this.tokens[this.index]?.type !== ')') throw this.error(this.tokens[this.index]);
      this.index++;
      const call: FilterExpression = { kind: 'call', name, args: [first, second] };
      // substringof(...) eq true, as some clients write it
      const next = this.tokens[this.index];
      if (next?.type === 'name' && COMPARISONS.has(next.value.toLowerCase())) {
        this.index++;
        const wanted = this.parseOperand();
        if (wanted.kind !== 'literal' || wanted.type !== 'boolean') throw this.error(next);
        const positive = (next.value.toLowerCase() === 'eq') === wanted.value;
        return positive ? call : { kind: 'not', operand: call };
      }
      return call;
    }
    const left = this.parseOperand();
    const op = this.tokens[this.index];
    if (op?.type !== 'name' || !COMPARISONS.has(op.value.toLowerCase())) throw this.error(op);
    this.index++;
    const right = this.parseOperand();
    return { kind: 'compare', op: op.value.toLowerCase() as ComparisonOperator, left, right };
  }

  private parseOperand(): Operand {
    const token = this.tokens[this.index];
    if (!token) throw this.error(token);
    this.index++;
    switch (token.type) {
      case 'string':
        return { kind: 'literal', type: 'string', value: token.value };
      case 'number':
        return { kind: 'literal', type: 'number', value: token.value };
      case 'typed':
        return { kind: 'literal', type: token.literal, value: token.value };
      case 'name': {
        const lower = token.value.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'literal', type: 'boolean', value: lower === 'true' };
        if (lower === 'null') return { kind: 'literal', type: 'null', value: null };
        return { kind: 'field', path: token.value };
      }
      default:
        throw this.error(token);
    }
  }
}

export function parseFilter(text: string): FilterExpression {
  return new Parser(text).parse();
}

/** Fields a filter refers to (to check them against the list before evaluating). */
export function filterFields(expression: FilterExpression): string[] {
  const fromOperand = (o: Operand): string[] => (o.kind === 'field' ? [o.path] : []);
  switch (expression.kind) {
    case 'and':
    case 'or':
      return [...filterFields(expression.left), ...filterFields(expression.right)];
    case 'not':
      return filterFields(expression.operand);
    case 'compare':
      return [...fromOperand(expression.left), ...fromOperand(expression.right)];
    case 'call':
      return expression.args.flatMap(fromOperand);
  }
}

/** How a field's values compare: dates as instants, numbers as numbers, text case-insensitively (as SharePoint does). */
export type ValueKind = 'text' | 'number' | 'date' | 'boolean';

export interface FieldAccess {
  kind: ValueKind;
  /** The field's values on an item (a multi-valued field has several; an empty field none). */
  values: readonly unknown[];
}

export type FieldResolver<T> = (item: T, path: string) => FieldAccess;

type Comparable = string | number | boolean;

function comparable(kind: ValueKind, value: unknown): Comparable | null {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'date': {
      const ms = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isNaN(ms) ? null : ms;
    }
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isNaN(n) ? null : n;
    }
    case 'boolean':
      return value === true || value === 1 || /^(true|1)$/i.test(String(value));
    case 'text':
      return String(value).toLocaleLowerCase('sv-SE');
  }
}

function literalValue(kind: ValueKind, literal: Literal): Comparable | null {
  if (literal.type === 'null') return null;
  return comparable(kind, literal.value);
}

function compare(op: ComparisonOperator, a: Comparable, b: Comparable): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'gt':
      return a > b;
    case 'le':
      return a <= b;
    case 'ge':
      return a >= b;
  }
}

const FLIPPED: Record<ComparisonOperator, ComparisonOperator> = { eq: 'eq', ne: 'ne', lt: 'gt', gt: 'lt', le: 'ge', ge: 'le' };

/** Compiles a filter into a predicate over items, reading fields through `resolve`. */
export function compileFilter<T>(expression: FilterExpression, resolve: FieldResolver<T>): (item: T) => boolean {
  switch (expression.kind) {
    case 'and': {
      const left = compileFilter(expression.left, resolve);
      const right = compileFilter(expression.right, resolve);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compileFilter(expression.left, resolve);
      const right = compileFilter(expression.right, resolve);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const operand = compileFilter(expression.operand, resolve);
      return (item) => !operand(item);
    }
    case 'call': {
      const [first, second] = expression.args;
      const name = expression.name;
      // substringof('needle', Field) and startswith(Field, 'prefix')
      const [fieldOperand, textOperand] = name === 'substringof' ? [second, first] : [first, second];
      if (fieldOperand.kind !== 'field' || textOperand.kind !== 'literal') throw new ODataSyntaxError(`${name}() needs a field and a string.`);
      const needle = String(textOperand.value ?? '').toLocaleLowerCase('sv-SE');
      return (item) =>
        resolve(item, fieldOperand.path).values.some((v) => {
          if (v === null || v === undefined) return false;
          const text = String(v).toLocaleLowerCase('sv-SE');
          return name === 'substringof' ? text.includes(needle) : text.startsWith(needle);
        });
    }
    case 'compare': {
      let { op, left, right } = expression;
      if (left.kind === 'literal' && right.kind === 'field') {
        [left, right] = [right, left];
        op = FLIPPED[op];
      }
      if (left.kind !== 'field') {
        // Two literals: constant.
        const a = left as Literal;
        const b = right as Literal;
        const result = a.value === null || b.value === null ? (op === 'eq' ? a.value === b.value : op === 'ne' ? a.value !== b.value : false) : compare(op, a.value, b.value);
        return () => result;
      }
      const fieldPath = left.path;
      if (right.kind === 'field') {
        const otherPath = right.path;
        return (item) => {
          const a = resolve(item, fieldPath);
          const b = resolve(item, otherPath);
          const x = comparable(a.kind, a.values[0]);
          const y = comparable(a.kind, b.values[0]);
          if (x === null || y === null) return op === 'eq' ? x === y : op === 'ne' ? x !== y : false;
          return compare(op, x, y);
        };
      }
      const literal = right;
      return (item) => {
        const access = resolve(item, fieldPath);
        const wanted = literalValue(access.kind, literal);
        const values = access.values.map((v) => comparable(access.kind, v)).filter((v): v is Comparable => v !== null);
        if (wanted === null) {
          // Field eq null: the field is empty.
          return op === 'eq' ? values.length === 0 : op === 'ne' ? values.length > 0 : false;
        }
        if (values.length === 0) return op === 'ne';
        // A multi-valued field matches eq when any value does, ne when none does.
        return op === 'ne' ? values.every((v) => v !== wanted) : values.some((v) => compare(op, v, wanted));
      };
    }
  }
}
