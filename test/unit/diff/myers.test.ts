import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myersDiff } from '../../../src/diff/myers';

/** Edit distance (insertions + deletions) by dynamic programming: the reference. */
function editDistance(a: readonly number[], b: readonly number[]): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! : Math.min(row[j]!, next[j - 1]!) + 1;
    }
    row = next;
  }
  return row[b.length]!;
}

/** Apply hunks to `a`, taking inserted items from `b`; also returns the edit count. */
function applyHunks(
  a: readonly number[],
  b: readonly number[],
  hunks: readonly number[],
): { result: number[]; edits: number } {
  const result: number[] = [];
  let at = 0;
  let edits = 0;
  let bAt = 0;
  for (let index = 0; index < hunks.length; index += 4) {
    const [aStart, aEnd, bStart, bEnd] = hunks.slice(index, index + 4) as [number, number, number, number];
    expect(aStart).toBeGreaterThanOrEqual(at);
    // The unchanged stretch must really be unchanged.
    expect(a.slice(at, aStart)).toEqual(b.slice(bAt, bStart));
    result.push(...a.slice(at, aStart), ...b.slice(bStart, bEnd));
    edits += aEnd - aStart + (bEnd - bStart);
    at = aEnd;
    bAt = bEnd;
  }
  result.push(...a.slice(at));
  return { result, edits };
}

const sequence = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 });

describe('myersDiff', () => {
  it('finds a shortest edit script that turns a into b (fast-check against dynamic programming)', () => {
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const hunks = myersDiff(Int32Array.from(a), 0, a.length, Int32Array.from(b), 0, b.length, 1000);
        expect(hunks).toBeDefined();
        const { result, edits } = applyHunks(a, b, hunks!);
        expect(result).toEqual(b);
        expect(edits).toBe(editDistance(a, b));
      }),
      { numRuns: 10_000 },
    );
  });

  it('returns undefined past the cost cap and a result at exactly the cap', () => {
    const a = Int32Array.from([1, 2, 3, 4]);
    const b = Int32Array.from([5, 6, 7, 8]);
    expect(myersDiff(a, 0, 4, b, 0, 4, 7)).toBeUndefined();
    expect(myersDiff(a, 0, 4, b, 0, 4, 8)).toEqual([0, 4, 0, 4]);
  });

  it('works on sub-ranges with absolute indices', () => {
    const a = Int32Array.from([9, 9, 1, 2, 3, 9]);
    const b = Int32Array.from([8, 1, 4, 3, 8]);
    expect(myersDiff(a, 2, 5, b, 1, 4, 10)).toEqual([3, 4, 2, 3]);
  });
});
