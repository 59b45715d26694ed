/**
 * How Sök presents what one search fetched: content first, people as a short row (the searcher's
 * own municipality first) unless the query looks like a name, near-duplicates collapsed, refiner
 * options that would not narrow the results hidden, counts that are unknown said to be unknown.
 * Pure rules over a SearchPage: no request is added or changed by them.
 */

import type { GuideResult, PersonResult, RefinerBucket, SearchPage, SearchResultItem, SearchVertical } from './search';

/** People shown beside content on Allt. */
export const PEOPLE_ROW_SIZE = 3;

/** Lower-case words of a text, accents of å, ä and ö kept (they are letters of their own in Swedish). */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('sv-SE').split(/[^\p{L}\p{N}]+/u).filter(w => w !== '');
}

/** True when every term of the query begins a word of the text. */
function coversAll(terms: readonly string[], text: string): boolean {
  const words = wordsOf(text);
  return terms.length > 0 && terms.every(t => words.some(w => w.startsWith(t)));
}

function titleOf(item: SearchResultItem): string {
  switch (item.kind) {
    case 'person':
      return item.displayName;
    case 'document':
      return item.title || item.fileName;
    default:
      return item.title;
  }
}

/**
 * The query looks like a name when it matches people's names better than content: some person's
 * display name has a word beginning with each query term, and no content result's title does.
 * ("lindqv" finds Anna Lindqvist and no title; "lön" matches titles, so content comes first.)
 */
export function queryLooksLikeName(text: string, people: readonly PersonResult[], content: readonly SearchResultItem[]): boolean {
  const terms = wordsOf(text);
  if (terms.length === 0) {
    return false;
  }
  return people.some(p => coversAll(terms, p.displayName)) && !content.some(c => c.kind !== 'person' && coversAll(terms, titleOf(c)));
}

/** The searcher's own municipalities as a person's entry in the directory names them. */
export interface OwnMunicipality {
  /** Names the directory may use as a person's company: "Eksjö kommun", "Eksjö". */
  names: readonly string[];
  /** E-mail domain of the municipality's accounts, "eksjo.se". */
  emailDomain: string;
}

/** True when the person works for one of the municipalities (company name or e-mail domain). */
export function isOwnPerson(person: PersonResult, own: readonly OwnMunicipality[]): boolean {
  const company = person.municipality.trim().toLocaleLowerCase('sv-SE');
  const domain = (person.email.split('@')[1] || '').toLowerCase();
  return own.some(m => (company !== '' && m.names.some(n => n.toLocaleLowerCase('sv-SE') === company))
    || (m.emailDomain !== '' && domain === m.emailDomain.toLowerCase()));
}

/**
 * People in relevance order, those of the searcher's own municipalities first (each group keeps
 * the search's relevance order; nothing is sorted by name).
 */
export function rankPeople(people: readonly PersonResult[], own: readonly OwnMunicipality[]): PersonResult[] {
  const mine = people.filter(p => isOwnPerson(p, own));
  return mine.concat(people.filter(p => mine.indexOf(p) < 0));
}

// Near-duplicates

const VERSION_SUFFIX = [
  /\s*\(\d+\)$/, // "Avtal (1)"
  /[\s_-]+v(?:er(?:sion)?)?\.?\s*\d+(?:\.\d+)*$/i, // "Avtal v2", "Avtal version 3", "Avtal_v1.2"
  /[\s_-]+(?:19|20)\d{2}(?:-\d{2}){1,2}$/, // "Protokoll 2026-03", "Protokoll 2026-03-14"
  /[\s_-]+\d+$/ // "Riskbedömning 173"
];

/** A title without what tells versions of one document apart: a trailing number, year, "v2" or "(1)". */
export function baseTitle(title: string): string {
  let base = title.replace(/\.[a-z][a-z0-9]{1,4}$/i, '').trim();
  for (;;) {
    const before = base;
    for (const suffix of VERSION_SUFFIX) {
      base = base.replace(suffix, '').trim();
    }
    if (base === before) {
      break;
    }
  }
  const normal = wordsOf(base).join(' ');
  return normal !== '' ? normal : wordsOf(title).join(' ');
}

/** Where a result lives, for telling near-duplicates apart: its site, or a guide's source and municipalities. */
function placeOf(item: SearchResultItem): string {
  switch (item.kind) {
    case 'page':
      return item.siteUrl || item.siteTitle;
    case 'document':
      return item.siteTitle || item.folderUrl;
    case 'guide':
      return `${item.source}:${item.municipalities.slice().sort().join(',')}`;
    case 'person':
      return item.id;
  }
}

/** The key two results share when they are the same thing or versions of one document. */
export function duplicateKey(item: SearchResultItem): string {
  if (item.kind === 'person') {
    return `person:${item.id}`;
  }
  return `${item.kind}|${placeOf(item).toLowerCase()}|${baseTitle(titleOf(item))}`;
}

/** One result and the near-duplicates shown under it as "N liknande". */
export interface CollapsedResult {
  item: SearchResultItem;
  /** Position of `item` in the list it came from. */
  index: number;
  similar: SearchResultItem[];
}

/**
 * Near-duplicates (same title and site, or versions of one document) as one result, at the place
 * of the best ranked of them, the others under it in their order.
 */
export function collapseDuplicates(items: readonly SearchResultItem[]): CollapsedResult[] {
  const groups: CollapsedResult[] = [];
  const byKey = new Map<string, CollapsedResult>();
  items.forEach((item, index) => {
    const key = duplicateKey(item);
    const group = byKey.get(key);
    if (group) {
      group.similar.push(item);
    } else {
      const created: CollapsedResult = { item, index, similar: [] };
      byKey.set(key, created);
      groups.push(created);
    }
  });
  return groups;
}

// Refiners and counts

/**
 * Refiner options worth offering: an option whose count is 0 or covers every result would not
 * narrow them. A selected option always stays, so it can be unchecked.
 */
export function narrowingBuckets(buckets: readonly RefinerBucket[], total: number | undefined, selected: readonly string[]): RefinerBucket[] {
  return buckets.filter(b => selected.indexOf(b.value) >= 0 || (b.count > 0 && (total === undefined || b.count < total)));
}

/**
 * Verticals whose count the page does not know: those of a failed source, and Allt (their sum)
 * when any source failed.
 */
export function unknownCounts(page: Pick<SearchPage, 'failures'>): Set<SearchVertical> {
  const unknown = new Set<SearchVertical>();
  for (const f of page.failures) {
    unknown.add(f.source);
  }
  if (unknown.size > 0) {
    unknown.add('all');
  }
  return unknown;
}

/**
 * The start page's guides: every pinned one found (in the order pinned, as Min sida keeps them),
 * then the others in their order (the most relevant first), `count` in all unless more are pinned.
 */
export function startPageGuides(guides: readonly GuideResult[], pinnedKeys: readonly string[], count: number): GuideResult[] {
  const pinned: GuideResult[] = [];
  for (const key of pinnedKeys) {
    const found = guides.filter(g => !!g.pinKey && g.pinKey === key.toLowerCase())[0];
    if (found && pinned.indexOf(found) < 0) {
      pinned.push(found);
    }
  }
  const rest = guides.filter(g => pinned.indexOf(g) < 0);
  return pinned.map((g): GuideResult => ({ ...g, pinned: true })).concat(rest.slice(0, Math.max(0, count - pinned.length)));
}
