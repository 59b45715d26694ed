import { positiveTerms } from '../kql/parse.ts';
import type { SearchTerm } from '../kql/parse.ts';
import type { KqlNode } from '../kql/ast.ts';
import { normalize, tokens } from './text.ts';
import type { EntitySchema, PropertyDefinition, PropertyValue, SearchDocument } from './schema.ts';
import { buildIndex } from './entity-index.ts';
import type { EntityIndex } from './entity-index.ts';
import { Evaluator } from './evaluate.ts';
import { asArray } from './values.ts';
import { aggregate } from './aggregations.ts';
import type { AggregationOption, SearchAggregation } from './aggregations.ts';

/**
 * An in-memory search index over documents of several entity types, answering KQL the way
 * SharePoint search does for the cases Samverka uses: matching (evaluate.ts), security
 * trimming, sorting, paging, hit summaries and the fields of each hit.
 */

export class SearchRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchRequestError';
  }
}

export interface SortProperty {
  name: string;
  isDescending?: boolean;
}

export interface SearchQuery {
  entityType: string;
  query: KqlNode;
  /** The caller's user id and groups: only documents whose ACL shares one are found. */
  principals: ReadonlySet<string>;
  from: number;
  size: number;
  sort?: readonly SortProperty[];
  /** Scheme and host of the request, e.g. "http://127.0.0.1:4401": URLs in queries and fields use it. */
  origin: string;
  /** Refiners to compute over every match (not only the page). */
  aggregations?: readonly AggregationOption[];
}

export interface SearchHit {
  document: SearchDocument;
  rank: number;
  summary: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  moreResultsAvailable: boolean;
  searchTerms: string[];
  aggregations?: SearchAggregation[];
}


export class SearchIndex {
  private readonly schemas = new Map<string, EntitySchema>();
  /**
   * Per entity type, one index per content source (a partition): a crawl replaces one source's
   * partition, so the pages' index is rebuilt after a write without the files' (listItem has both).
   */
  private readonly indexes = new Map<string, EntityIndex[]>();

  register(schema: EntitySchema): void {
    this.schemas.set(schema.entityType, schema);
    if (!this.indexes.has(schema.entityType)) this.indexes.set(schema.entityType, []);
  }

  schema(entityType: string): EntitySchema | undefined {
    return this.schemas.get(entityType);
  }

  /** Replaces every document of one partition of an entity type (a full crawl of one source). */
  replaceDocuments(entityType: string, documents: SearchDocument[], partition = 0): void {
    const schema = this.schemas.get(entityType);
    if (!schema) throw new Error(`No search schema for ${entityType}`);
    const parts = this.indexes.get(entityType)!;
    parts[partition] = buildIndex(schema, documents);
    for (let k = 0; k < partition; k++) parts[k] ??= buildIndex(schema, []);
  }

  /** The entity types with a schema. */
  entityTypes(): string[] {
    return [...this.schemas.keys()];
  }

  private partitions(entityType: string): EntityIndex[] {
    return this.indexes.get(entityType) ?? [];
  }

  /** Whether any document of the entity type has the (normalised) word: the speller's dictionary. */
  hasWord(entityType: string, word: string): boolean {
    return this.partitions(entityType).some((index) => index.postings.has(word));
  }

  /** Every indexed word with the number of documents that have it. */
  *vocabulary(entityType: string): Iterable<[string, number]> {
    const parts = this.partitions(entityType);
    if (parts.length === 1) {
      for (const [word, docs] of parts[0].postings) yield [word, docs.length];
      return;
    }
    const counts = new Map<string, number>();
    for (const index of parts) for (const [word, docs] of index.postings) counts.set(word, (counts.get(word) ?? 0) + docs.length);
    yield* counts;
  }

  count(entityType: string): number {
    return this.partitions(entityType).reduce((n, index) => n + index.documents.length, 0);
  }

  search(request: SearchQuery): SearchResult {
    const parts = this.indexes.get(request.entityType);
    const schema = this.schemas.get(request.entityType);
    if (!parts || !schema) throw new SearchRequestError(`Entity type ${request.entityType} is not searchable.`);
    for (const s of request.sort ?? []) {
      const def = schema.properties.find((p) => p.name.toLowerCase() === s.name.toLowerCase());
      if (!def?.sortable) throw new SearchRequestError(`The property '${s.name}' is not sortable.`);
    }
    // Every partition has the entity type's columns (one schema), so their sort keys and scores compare.
    const sortOf = (index: EntityIndex) => (request.sort ?? []).map((s) => ({ column: index.columns.get(s.name.toLowerCase())!, descending: s.isDescending === true }));
    const terms = positiveTerms(request.query);
    const sorted = (request.sort ?? []).length > 0;
    const found: Array<{ part: number; i: number; score: number; order: Array<{ key: string | number | undefined; descending: boolean }> }> = [];
    const matchedByPart: number[][] = [];
    parts.forEach((index, part) => {
      const sort = sortOf(index);
      const matches = new Evaluator(index, request.origin).evaluate(request.query);
      const own: number[] = [];
      index.documents.forEach((doc, i) => {
        if (matches.has(i) && doc.acl.some((p) => request.principals.has(p))) own.push(i);
      });
      matchedByPart[part] = own;
      const defaultColumn = index.columns.get(schema.defaultOrder.name.toLowerCase());
      const order = sort.length > 0 ? sort : defaultColumn?.sortKeys ? [{ column: defaultColumn, descending: schema.defaultOrder.descending }] : [];
      const scores = !sorted && terms.length > 0 ? relevance(index, own, terms) : undefined;
      for (const i of own) {
        found.push({ part, i, score: scores ? scores.get(i)! : 0, order: order.map(({ column, descending }) => ({ key: column.sortKeys![i], descending })) });
      }
    });
    found.sort((a, b) => {
      const byScore = b.score - a.score;
      if (byScore !== 0) return byScore;
      for (let k = 0; k < a.order.length; k++) {
        const c = compareKeys(a.order[k].key, b.order[k].key, a.order[k].descending);
        if (c !== 0) return c;
      }
      return a.part - b.part || a.i - b.i;
    });

    const page = found.slice(request.from, request.from + request.size);
    const documentOf = (f: { part: number; i: number }) => parts[f.part].documents[f.i];
    return {
      total: found.length,
      hits: page.map((f, n) => ({ document: documentOf(f), rank: request.from + n + 1, summary: summary(documentOf(f), terms) })),
      moreResultsAvailable: request.from + page.length < found.length,
      searchTerms: [...new Set(terms.map((t) => normalize(t.value)))],
      ...(request.aggregations && request.aggregations.length > 0
        ? { aggregations: request.aggregations.map((a) => aggregate(parts.map((index, part) => ({ index, found: matchedByPart[part] })), a, request.origin)) }
        : {}),
    };
  }

  /** The requested fields of a hit, named as requested; unknown fields and empty values are left out, as Graph does. */
  fields(entityType: string, document: SearchDocument, requested: readonly string[], origin: string): Record<string, unknown> {
    const schema = this.schemas.get(entityType)!;
    const result: Record<string, unknown> = {};
    for (const name of requested) {
      const def = schema.properties.find((p) => p.name.toLowerCase() === name.toLowerCase());
      if (!def) continue;
      const values = asArray(document.values[def.name]).map((v) => outputValue(def, v, origin));
      if (values.length === 0) continue;
      // Multi-valued managed properties come back as one string, values separated by ";".
      result[name] = def.multi ? values.join(';') : values[0];
    }
    return result;
  }
}

function outputValue(def: PropertyDefinition, value: PropertyValue, origin: string): PropertyValue {
  if (def.type === 'url' && typeof value === 'string' && value.startsWith('/')) return `${origin}${value}`;
  if (def.type === 'date') {
    const ms = Date.parse(String(value));
    return Number.isNaN(ms) ? value : new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  }
  return value;
}

function compareKeys(a: string | number | undefined, b: string | number | undefined, descending: boolean): number {
  // Documents without a value come last in either direction.
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (a === b) return 0;
  const c = a < b ? -1 : 1;
  return descending ? -c : c;
}

/** Default order: free-text hits weigh by property (rankWeight), body hits count once. */
function relevance(index: EntityIndex, found: number[], terms: SearchTerm[]): Map<number, number> {
  const weighted = [...index.columns.values()].filter((c) => c.def.rankWeight);
  const patterns = terms
    .map((t) => ({ words: tokens(t.value), prefix: t.prefix }))
    .filter((t) => t.words.length > 0)
    .map((t) => ` ${t.words.join(' ')}${t.prefix ? '' : ' '}`);
  const scores = new Map<number, number>();
  for (const i of found) {
    let score = 0;
    for (const pattern of patterns) {
      if (index.fullText[i].includes(pattern)) score += 1;
      for (const column of weighted) {
        if (column.values[i]?.some((v) => typeof v === 'string' && v.includes(pattern))) score += column.def.rankWeight!;
      }
    }
    scores.set(i, score);
  }
  return scores;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Graph's hit summary: an excerpt with the query's words in <c0>...</c0> and <ddd/> where text was cut. */
function summary(document: SearchDocument, terms: SearchTerm[]): string {
  const description = typeof document.values.Description === 'string' ? document.values.Description : '';
  const source = (document.body || description).replace(/\s+/g, ' ').trim().normalize('NFC');
  if (!source) return '';
  const alternatives = terms.flatMap((t) => {
    const words = tokens(t.value);
    if (words.length === 0) return [];
    const body = words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
    return [t.prefix ? `${body}[\\p{L}\\p{N}]*` : body];
  });
  const pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  const firstHit = pattern ? source.search(pattern) : -1;
  const start = firstHit > 80 ? source.lastIndexOf(' ', firstHit - 60) + 1 : 0;
  const end = Math.min(source.length, start + 220);
  let excerpt = source.slice(start, end);
  if (end < source.length && excerpt.lastIndexOf(' ') > 0) excerpt = excerpt.slice(0, excerpt.lastIndexOf(' '));
  if (pattern) excerpt = excerpt.replace(pattern, (m) => `<c0>${m}</c0>`);
  return `${start > 0 ? '<ddd/>' : ''}${excerpt}${end < source.length ? ' <ddd/>' : ''}`;
}
