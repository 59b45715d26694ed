/** The syntax tree of a Keyword Query Language (KQL) query. */

export type PropertyOperator = ':' | '=' | '<>' | '>' | '>=' | '<' | '<=';

export type KqlNode =
  | { kind: 'and'; children: KqlNode[] }
  | { kind: 'or'; children: KqlNode[] }
  | { kind: 'not'; child: KqlNode }
  /** Matches every item: a query of just `*`. */
  | { kind: 'all' }
  /** A free-text word (`lön`, `lön*`) or phrase (`"nya rutiner"`), matched against the full-text index. */
  | { kind: 'text'; value: string; phrase: boolean; prefix: boolean }
  /** A property restriction: `Title:lön`, `Path:"http://..."`, `Created>=2026-01-01`, `Created:2026-01-01..2026-02-01`. */
  | {
      kind: 'property';
      name: string;
      op: PropertyOperator;
      value: string;
      phrase: boolean;
      prefix: boolean;
      /** Upper bound of a `from..to` range (only with `:`). */
      rangeTo?: string;
    };

export class KqlSyntaxError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(`${message} (at character ${position + 1})`);
    this.name = 'KqlSyntaxError';
    this.position = position;
  }
}
