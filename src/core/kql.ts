/**
 * Building blocks for Keyword Query Language (KQL) strings sent to Microsoft Search.
 * Every value that comes from data or from a person typing goes through kqlPhrase or
 * kqlValue, so no value can add operators, close a parenthesis or open a property
 * restriction: the meaning of a query is set by our code alone.
 */

/** Characters that end or alter a KQL phrase: quotes (also typographic ones, which the
 * query parser may fold into '"'), the escape character and the prefix wildcard. */
const PHRASE_BREAKERS = /["\u201c\u201d\u201e\u201f\u2033\u2036\\*]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
const SAFE_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** KQL operators are keywords; a bare value spelled like one would become an operator. */
const RESERVED = /^(AND|OR|NOT|NEAR|ONEAR|WORDS|XRANK|ANY|ALL|NONE)$/i;

export type KqlOperator = ':' | '=' | '<>' | '>' | '>=' | '<' | '<=';

/** The text as one quoted KQL phrase that matches literally. */
export function kqlPhrase(text: string): string {
  const literal = text.replace(PHRASE_BREAKERS, ' ').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return `"${literal}"`;
}

/**
 * A value for a property restriction: bare when it is a plain token (ids, numbers, dates),
 * which keeps long queries short, and a quoted phrase otherwise.
 */
export function kqlValue(value: string): string {
  const trimmed = value.trim();
  return SAFE_TOKEN.test(trimmed) && !RESERVED.test(trimmed) ? trimmed : kqlPhrase(trimmed);
}

/** `Property:value` (or another operator). Property names are ours, never user input: they are checked, not escaped. */
export function kqlRestriction(property: string, value: string, operator: KqlOperator = ':'): string {
  if (!PROPERTY_NAME.test(property)) {
    throw new Error(`Not a managed property name: "${property}"`);
  }
  const literal = kqlValue(value);
  if (literal === '""' || literal === '') {
    throw new Error(`Empty value for the KQL restriction on ${property}`);
  }
  return `${property}${operator}${literal}`;
}

/** Clauses joined by OR, in parentheses when there is more than one. */
export function kqlAnyOf(clauses: readonly string[]): string {
  if (clauses.length === 0) {
    throw new Error('kqlAnyOf needs at least one clause');
  }
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
}

/** Clauses joined by AND. */
export function kqlAllOf(clauses: readonly string[]): string {
  if (clauses.length === 0) {
    throw new Error('kqlAllOf needs at least one clause');
  }
  return clauses.join(' AND ');
}

/**
 * What a person typed in a search box, as KQL: every word must match, as literal text.
 * "lön OR semester" searches for the three words, it does not become an OR.
 */
export function kqlUserText(text: string): string | null {
  const words = text.replace(PHRASE_BREAKERS, ' ').replace(CONTROL_CHARACTERS, ' ').split(/\s+/).filter(w => w !== '');
  if (words.length === 0) {
    return null;
  }
  return words.map(kqlPhrase).join(' AND ');
}
