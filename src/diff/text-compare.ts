/**
 * Fast common prefix and suffix of two string ranges. Equality of two slices runs at native speed
 * (V8 compares flat strings with memcmp), so after a short character walk the length is found by
 * galloping then bisecting on slice equality: O(length) bytes compared natively in O(log length)
 * calls. On the 400 KB constitution this takes ~0.02 ms, against ~1.3 ms for a `charCodeAt` loop.
 */
import { isSafeBoundary } from './tokenize';

/** Characters compared one by one before switching to slices: most differences come early. */
const WALK = 32;

/** Length of the longest common prefix of `a[aFrom, aTo)` and `b[bFrom, bTo)`. */
export function commonPrefixLength(
  a: string,
  aFrom: number,
  aTo: number,
  b: string,
  bFrom: number,
  bTo: number,
): number {
  const limit = Math.min(aTo - aFrom, bTo - bFrom);
  let equal = 0;
  while (equal < limit && equal < WALK && a.charCodeAt(aFrom + equal) === b.charCodeAt(bFrom + equal)) equal++;
  if (equal < WALK || equal === limit) return equal;
  const same = (length: number): boolean => a.slice(aFrom, aFrom + length) === b.slice(bFrom, bFrom + length);
  return gallop(equal, limit, same);
}

/** Length of the longest common suffix of `a[aFrom, aTo)` and `b[bFrom, bTo)`. */
export function commonSuffixLength(
  a: string,
  aFrom: number,
  aTo: number,
  b: string,
  bFrom: number,
  bTo: number,
): number {
  const limit = Math.min(aTo - aFrom, bTo - bFrom);
  let equal = 0;
  while (equal < limit && equal < WALK && a.charCodeAt(aTo - equal - 1) === b.charCodeAt(bTo - equal - 1)) equal++;
  if (equal < WALK || equal === limit) return equal;
  const same = (length: number): boolean => a.slice(aTo - length, aTo) === b.slice(bTo - length, bTo);
  return gallop(equal, limit, same);
}

/** Largest length in [known, limit] with `same(length)`, given `same(known)` and monotonicity. */
function gallop(known: number, limit: number, same: (length: number) => boolean): number {
  let low = known;
  let high = limit;
  for (let probe = known * 2; probe < high; probe *= 2) {
    if (!same(probe)) {
      high = probe - 1;
      break;
    }
    low = probe;
  }
  while (low < high) {
    const middle = low + ((high - low + 1) >> 1);
    if (same(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A pair of ranges `[oldStart, oldEnd)` × `[newStart, newEnd)`. */
export interface RangePair {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

/**
 * Shrink a pair of ranges by their common prefix and suffix, cut back to offsets that are safe
 * token boundaries in both texts (so the middle tokenizes exactly as it does in place).
 */
export function trimCommon(oldText: string, newText: string, range: RangePair): RangePair {
  const { oldStart, oldEnd, newStart, newEnd } = range;
  let prefix = commonPrefixLength(oldText, oldStart, oldEnd, newText, newStart, newEnd);
  while (prefix > 0 && !(isSafeBoundary(oldText, oldStart + prefix) && isSafeBoundary(newText, newStart + prefix)))
    prefix--;
  let suffix = commonSuffixLength(oldText, oldStart + prefix, oldEnd, newText, newStart + prefix, newEnd);
  while (suffix > 0 && !(isSafeBoundary(oldText, oldEnd - suffix) && isSafeBoundary(newText, newEnd - suffix)))
    suffix--;
  return { oldStart: oldStart + prefix, oldEnd: oldEnd - suffix, newStart: newStart + prefix, newEnd: newEnd - suffix };
}
