import { MAX_PARTS, partBoundaries, partFilters, partsFor, PART_TARGET } from './memberParts';

/** Whether a name is in a part's range, by a given comparison (what the part's `$filter` says, read back). */
function inPart(filter: string | null, name: string, compare: (a: string, b: string) => number): boolean {
  if (filter === null) {
    return true;
  }
  return filter.split(' and ').every(clause => {
    const m = /^userPrincipalName (ge|le) '([^']*)'$/.exec(clause);
    if (!m) {
      throw new Error(`not a range: ${clause}`);
    }
    const c = compare(name, m[2]);
    return m[1] === 'ge' ? c >= 0 : c <= 0;
  });
}

const ordinal = (a: string, b: string): number => a < b ? -1 : a > b ? 1 : 0;
const caseless = (a: string, b: string): number => ordinal(a.toLowerCase(), b.toLowerCase());
const locale = (a: string, b: string): number => a.localeCompare(b, 'sv');

const NAMES = [
  'anna.svensson@vetlanda.se', 'Anna.Berg@eksjo.se', 'zlatan.zetterberg@savsjo.se', 'ZOE@vetlanda.se', 'a@x.se', 'zz@x.se', 'zzz@x.se',
  '0ad@vetlanda.se', '_svc@vetlanda.se', '~x@vetlanda.se', "o'brien@vetlanda.se", 'mm@x.se', 'm@x.se', 'lz@x.se', 'ma@x.se',
  'björn@x.se', 'ärla@x.se', 'åsa@x.se', 'östen@x.se', '#team@x.se', '.dot@x.se', 'AA@x.se', 'aa@x.se', 'ab@x.se'
];

describe('a large group read in parts', () => {
  it('reads a group a page holds in one request, a larger one in parts of about PART_TARGET, never more than MAX_PARTS', () => {
    expect(partsFor(999, 999)).toBe(1);
    expect(partsFor(Number.NaN, 999)).toBe(1);
    expect(partsFor(1000, 999)).toBe(Math.ceil(1000 / PART_TARGET));
    expect(partsFor(4084, 999)).toBe(Math.ceil(4084 / PART_TARGET));
    expect(partsFor(1000000, 999)).toBe(MAX_PARTS);
    expect(partsFor(201, 50, 20)).toBe(11);
  });

  it('has strictly rising boundaries without "@", so that no user principal name equals one', () => {
    for (const k of [2, 3, 11, 26, MAX_PARTS]) {
      const bounds = partBoundaries(k);
      expect(bounds).toHaveLength(k - 1);
      bounds.forEach((b, i) => {
        expect(b).toMatch(/^[a-z]{2}$/);
        if (i > 0) {
          expect(b > bounds[i - 1]).toBe(true);
        }
      });
    }
  });

  it.each([['ordinal', ordinal], ['case-insensitive', caseless], ['Swedish locale', locale]])(
    'puts every name in exactly one part when Graph compares %s', (_name, compare) => {
      for (const k of [1, 2, 5, 11, MAX_PARTS]) {
        const filters = partFilters(k);
        expect(filters).toHaveLength(k);
        for (const name of NAMES) {
          const parts = filters.filter(f => inPart(f, name, compare));
          expect({ name, k, parts: parts.length }).toEqual({ name, k, parts: 1 });
        }
      }
    });

  it('spreads names of every first letter over the parts, not all into one', () => {
    const filters = partFilters(11);
    const used = new Set<number>();
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      used.add(filters.findIndex(f => inPart(f, `${letter}x.y@vetlanda.se`, caseless)));
    }
    expect(used.size).toBe(11);
  });
});
