/**
 * A large group's people read in parts side by side instead of page after page.
 *
 * Graph gives a group's users 999 a page, and each next page only by the link in the one before, so a
 * group of 4,000 costs five round trips one after another. A part is a range of `userPrincipalName`
 * (the user resource documents `$filter` with `ge` and `le` on it; transitiveMembers filters on the
 * cast's user properties with the advanced query parameters, emulator/CONTRACT.md 20a), and the parts
 * of a group are asked in one round.
 *
 * The parts cover a group exactly whatever collation Graph compares with: every part but the first
 * starts at a boundary with `ge`, the part before ends at the same boundary with `le`, and for any
 * boundary B every name is `le B` or `ge B`. A name equal to a boundary would be in two parts; the
 * boundaries hold no "@", which every user principal name has, and readers keep a person once by id
 * anyway. How even the parts are depends on the names (the boundaries are spread evenly over two
 * letters, a–z, as if compared without case): an uneven part is only slower, as it pages on by its links.
 */

/** The people a part is meant to hold: well under Graph's 999 a page, so that an uneven part still fits one page. */
export const PART_TARGET = 400;
/** At most this many parts a group: three JSON batches of 20 (the batches of a round go out together). */
export const MAX_PARTS = 60;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** How many parts a group of `size` people is read in: 1 (no filter) when one page holds it. */
export function partsFor(size: number, pageSize: number, target: number = PART_TARGET): number {
  if (!Number.isFinite(size) || size <= pageSize) {
    return 1;
  }
  return Math.min(MAX_PARTS, Math.max(2, Math.ceil(size / target)));
}

/** The `k - 1` boundaries between `k` parts: two-letter names spread evenly over "aa"–"zz", strictly rising. */
export function partBoundaries(k: number): string[] {
  const span = LETTERS.length * LETTERS.length;
  const out: string[] = [];
  for (let i = 1; i < k; i++) {
    const at = Math.min(span - 1, Math.max(1, Math.round((i * span) / k)));
    out.push(LETTERS[Math.floor(at / LETTERS.length)] + LETTERS[at % LETTERS.length]);
  }
  return out;
}

/**
 * The `$filter` of each of `k` parts, in order: `userPrincipalName le 'b1'`, then
 * `userPrincipalName ge 'b1' and userPrincipalName le 'b2'`, …, then `userPrincipalName ge 'bk-1'`.
 * One part (k ≤ 1) is the whole group: no filter.
 */
export function partFilters(k: number): Array<string | null> {
  if (k <= 1) {
    return [null];
  }
  const bounds = partBoundaries(k);
  return bounds.map((b, i) => i === 0 ? `userPrincipalName le '${b}'` : `userPrincipalName ge '${bounds[i - 1]}' and userPrincipalName le '${b}'`)
    .concat([`userPrincipalName ge '${bounds[bounds.length - 1]}'`]);
}
