/**
 * Patience anchors (Bram Cohen's patience diff): tokens that occur exactly once in each range, kept
 * in the longest run that is increasing in both. Used only when Myers exceeds its cost cap: the
 * anchors cut one expensive diff into many cheap ones, at the price of a result that may not be
 * minimal (the redline is then marked approximate).
 */

/**
 * Anchor pairs `[aIndex, bIndex, …]` (flat, ascending in both) between `a[aLo, aHi)` and
 * `b[bLo, bHi)`, whose ids are below `vocabularySize`.
 */
export function patienceAnchors(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  vocabularySize: number,
): number[] {
  const countA = new Int32Array(vocabularySize);
  const countB = new Int32Array(vocabularySize);
  const positionA = new Int32Array(vocabularySize);
  for (let index = aLo; index < aHi; index++) {
    const id = a[index]!;
    countA[id]!++;
    positionA[id] = index;
  }
  for (let index = bLo; index < bHi; index++) countB[b[index]!]!++;

  // Candidates in b order; their a positions must form an increasing subsequence.
  const candidatesA: number[] = [];
  const candidatesB: number[] = [];
  for (let index = bLo; index < bHi; index++) {
    const id = b[index]!;
    if (countA[id] === 1 && countB[id] === 1) {
      candidatesA.push(positionA[id]!);
      candidatesB.push(index);
    }
  }
  const chosen = longestIncreasing(candidatesA);
  const anchors: number[] = [];
  for (const candidate of chosen) anchors.push(candidatesA[candidate]!, candidatesB[candidate]!);
  return anchors;
}

/** Indices of a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): number[] {
  const pileTops: number[] = []; // index of the smallest tail of each pile length
  const previous = new Int32Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    let low = 0;
    let high = pileTops.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[pileTops[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? pileTops[low - 1]! : -1;
    pileTops[low] = index;
  }
  const result: number[] = [];
  for (let index = pileTops.length > 0 ? pileTops[pileTops.length - 1]! : -1; index >= 0; index = previous[index]!) {
    result.push(index);
  }
  return result.reverse();
}
