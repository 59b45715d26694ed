import type { KqlNode } from '../kql/ast.ts';
import { normalize, tokens } from './text.ts';
import { Bitmap } from './bitmap.ts';
import { exactIndex, lowerBound, sortedIndex } from './entity-index.ts';
import type { Column, EntityIndex } from './entity-index.ts';
import { normaliseValue, urlOfQuery, valueTest } from './values.ts';
import type { Restriction } from './values.ts';

/** Evaluates a KQL syntax tree over an entity index to the set of matching documents. */
export class Evaluator {
  private readonly index: EntityIndex;
  private readonly origin: string;
  private readonly size: number;

  constructor(index: EntityIndex, origin: string) {
    this.index = index;
    this.origin = origin;
    this.size = index.documents.length;
  }

  evaluate(node: KqlNode): Bitmap {
    switch (node.kind) {
      case 'all':
        return new Bitmap(this.size).fill();
      case 'and': {
        const result = this.evaluate(node.children[0]);
        for (const child of node.children.slice(1)) result.and(this.evaluate(child));
        return result;
      }
      case 'or': {
        const result = this.evaluate(node.children[0]);
        for (const child of node.children.slice(1)) result.or(this.evaluate(child));
        return result;
      }
      case 'not':
        return this.evaluate(node.child).invert();
      case 'text':
        return this.text(node);
      case 'property':
        return this.property(node);
    }
  }

  private text(node: Extract<KqlNode, { kind: 'text' }>): Bitmap {
    const bits = new Bitmap(this.size);
    const words = tokens(node.value);
    if (words.length === 0) return bits;
    const { postings, fullText } = this.index;
    if (words.length === 1 && !node.phrase) {
      const [word] = words;
      if (node.prefix) {
        for (const [token, docs] of postings) if (token.startsWith(word)) for (const i of docs) bits.set(i);
      } else {
        for (const i of postings.get(word) ?? []) bits.set(i);
      }
      return bits;
    }
    // A phrase (or a word the tokenizer splits, like "IT-driftstörning"): the rarest word's
    // documents are the candidates, checked for the whole sequence.
    const lists = words.map((w) => postings.get(w) ?? []);
    const candidates = lists.reduce((a, b) => (b.length < a.length ? b : a));
    const sequence = ` ${words.join(' ')} `;
    for (const i of candidates) if (fullText[i].includes(sequence)) bits.set(i);
    return bits;
  }

  private property(node: Restriction): Bitmap {
    const bits = new Bitmap(this.size);
    const column = this.index.columns.get(node.name.toLowerCase());
    if (!column) return bits; // an unknown managed property matches nothing
    if (this.indexed(column, node, bits)) return bits;
    const test = valueTest(column.def, node, this.origin);
    if (!test) return bits;
    const negative = node.op === '<>';
    for (let i = 0; i < this.size; i++) {
      const values = column.values[i];
      if (!values || values.length === 0) {
        if (negative) bits.set(i);
        continue;
      }
      if (negative ? values.every(test) : values.some(test)) bits.set(i);
    }
    return bits;
  }

  /**
   * The fast paths, which keep the news feed's query cheap on 15,000 pages: equality through a
   * value index, URL and keyword prefixes through a sorted one. False when the restriction needs
   * a scan.
   */
  private indexed(column: Column, node: Restriction, bits: Bitmap): boolean {
    const { type } = column.def;
    if (node.rangeTo !== undefined) return false;
    const equality = node.op === ':' || node.op === '=';
    if (equality && !node.prefix && (type === 'keyword' || type === 'number' || type === 'boolean')) {
      if (type === 'boolean' && !/^(true|false|1|0)$/i.test(node.value)) return true; // matches nothing
      const key = type === 'keyword' ? normalize(node.value) : normaliseValue(column.def, node.value);
      if (key === undefined) return true; // not a number: matches nothing
      for (const i of exactIndex(column).get(key) ?? []) bits.set(i);
      return true;
    }
    const prefixMatch = (type === 'keyword' && node.prefix && equality) || (type === 'url' && (node.prefix || node.op === ':'));
    if (!prefixMatch) return false;
    const start = type === 'url' ? urlOfQuery(node.value, this.origin) : normalize(node.value);
    if (start === undefined) return true;
    const base = type === 'url' && !node.prefix && start.endsWith('/') ? start.slice(0, -1) : start;
    const below = `${base}/`;
    const described = `${base},`;
    const accept = type === 'url' && !node.prefix ? (v: string) => v === base || v.startsWith(below) || v.startsWith(described) : () => true;
    const sorted = sortedIndex(column);
    for (let k = lowerBound(sorted, base); k < sorted.length && sorted[k][0].startsWith(base); k++) {
      if (accept(sorted[k][0])) bits.set(sorted[k][1]);
    }
    return true;
  }
}

