/**
 * Structural alignment of two documents' units: what became of every edited unit (same id, renumbered
 * or moved from a base section, added, part of an added article), which kept units changed order,
 * and which base units were repealed. Sections align by id first; unmatched removed and added
 * sections are then paired by text similarity (detect-moves.ts). An id match whose texts have
 * little in common is "weak": it yields to a similarity partner when there is one (so repealing
 * Section 3 and renumbering Section 4 as 3 reads as exactly that, not as Section 3 rewritten).
 */
import { pairBySimilarity, type PairingCandidate, type WordBag } from './detect-moves';
import type { DocUnits, Unit } from './units';

/** What became of one edited unit. */
export type EditedFate =
  | { readonly type: 'same'; readonly base: Unit }
  | { readonly type: 'relocated'; readonly base: Unit; readonly similarity: number }
  | { readonly type: 'added' }
  | { readonly type: 'in-added-article' };

/** The result of `alignUnits`. */
export interface Alignment {
  /** By edited unit index. */
  readonly fates: readonly EditedFate[];
  /** Edited indices of kept units placed out of their base order. */
  readonly reordered: ReadonlySet<number>;
  /** Repealed base units (sections, heads of repealed articles), by the edited index of the unit they follow. */
  readonly repealsAfter: ReadonlyMap<number, readonly Unit[]>;
}

/** What the alignment needs to know about texts (OpBuilder provides it, with caching). */
export interface TextRater {
  /** How alike two versions of one id are, 0…1 (1 when equal). */
  similarity(baseUnit: Unit, editedUnit: Unit): number;
  /** The content-word bag of a unit's body. */
  bag(units: DocUnits, unit: Unit): WordBag;
}

/** Align `edited` with `base`; id matches rated below `threshold` are weak. */
export function alignUnits(base: DocUnits, edited: DocUnits, rater: TextRater, threshold: number): Alignment {
  const fates: (EditedFate | undefined)[] = new Array<EditedFate | undefined>(edited.units.length).fill(undefined);
  const taken = new Uint8Array(base.units.length);
  const addedArticles = new Set<string>();
  const weak: [Unit, Unit][] = [];
  for (const unit of edited.units) {
    if (unit.kind === 'section' && addedArticles.has(unit.articleKey)) {
      fates[unit.index] = { type: 'in-added-article' };
      continue;
    }
    const match = base.byKey.get(unit.key);
    if (match === undefined || match.kind !== unit.kind) {
      if (unit.kind === 'article') {
        addedArticles.add(unit.key);
        fates[unit.index] = { type: 'added' };
      }
      continue;
    }
    if (unit.kind === 'section' && rater.similarity(match, unit) < threshold) {
      weak.push([match, unit]);
      continue;
    }
    fates[unit.index] = { type: 'same', base: match };
    taken[match.index] = 1;
  }

  const removed = base.units.filter((unit) => unit.kind === 'section' && taken[unit.index] === 0);
  const added = edited.units.filter((unit) => unit.kind === 'section' && fates[unit.index] === undefined);
  if (removed.length > 0 && added.length > 0) {
    const candidate = (units: DocUnits, unit: Unit): PairingCandidate => ({
      bag: rater.bag(units, unit),
      articleKey: unit.articleKey,
      index: unit.index,
    });
    const pairs = pairBySimilarity(
      removed.map((unit) => candidate(base, unit)),
      added.map((unit) => candidate(edited, unit)),
      threshold,
    );
    for (const pair of pairs) {
      const baseUnit = removed[pair.removed]!;
      const editedUnit = added[pair.added]!;
      fates[editedUnit.index] =
        baseUnit.key === editedUnit.key
          ? { type: 'same', base: baseUnit }
          : { type: 'relocated', base: baseUnit, similarity: pair.similarity };
      taken[baseUnit.index] = 1;
    }
  }
  // A weak id match nobody else claimed stays an id match (an amendment that rewrote the section).
  for (const [baseUnit, editedUnit] of weak) {
    if (fates[editedUnit.index] !== undefined || taken[baseUnit.index] === 1) continue;
    fates[editedUnit.index] = { type: 'same', base: baseUnit };
    taken[baseUnit.index] = 1;
  }
  const complete = fates.map((fate): EditedFate => fate ?? { type: 'added' });
  const reordered = findReordered(complete);
  return { fates: complete, reordered, repealsAfter: placeRepeals(base, complete, reordered, taken) };
}

/** Kept units not on a longest run that is in base order in both documents. */
function findReordered(fates: readonly EditedFate[]): Set<number> {
  if (keptInBaseOrder(fates)) return new Set();
  const editedIndices: number[] = [];
  const baseIndices: number[] = [];
  fates.forEach((fate, index) => {
    if (fate.type !== 'same') return;
    editedIndices.push(index);
    baseIndices.push(fate.base.index);
  });
  const inOrder = new Set(longestIncreasingRun(baseIndices));
  const reordered = new Set<number>();
  editedIndices.forEach((editedIndex, position) => {
    if (!inOrder.has(position)) reordered.add(editedIndex);
  });
  return reordered;
}

/** True when the kept units appear in base order (nothing reordered: the usual case). */
function keptInBaseOrder(fates: readonly EditedFate[]): boolean {
  let previous = -1;
  for (const fate of fates) {
    if (fate.type !== 'same') continue;
    if (fate.base.index <= previous) return false;
    previous = fate.base.index;
  }
  return true;
}

/** Positions of a longest strictly increasing subsequence (O(n log n)). Already sorted input: all. */
function longestIncreasingRun(values: readonly number[]): number[] {
  let sorted = true;
  for (let index = 1; index < values.length && sorted; index++) sorted = values[index - 1]! < values[index]!;
  if (sorted) return values.map((_, index) => index);
  const tops: number[] = [];
  const previous = new Int32Array(values.length);
  values.forEach((value, index) => {
    let low = 0;
    let high = tops.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tops[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tops[low - 1]! : -1;
    tops[low] = index;
  });
  const run: number[] = [];
  for (let index = tops.length > 0 ? tops[tops.length - 1]! : -1; index >= 0; index = previous[index]!) run.push(index);
  return run.reverse();
}

/** Attach each repealed base unit to the nearest preceding base unit kept in place. */
function placeRepeals(
  base: DocUnits,
  fates: readonly EditedFate[],
  reordered: ReadonlySet<number>,
  taken: Uint8Array,
): Map<number, Unit[]> {
  const keptAt = new Int32Array(base.units.length).fill(-1);
  fates.forEach((fate, editedIndex) => {
    if (fate.type === 'same' && !reordered.has(editedIndex)) keptAt[fate.base.index] = editedIndex;
  });
  const repealsAfter = new Map<number, Unit[]>();
  let anchor = 0;
  const repealedArticles = new Set<string>();
  for (const unit of base.units) {
    if (keptAt[unit.index]! >= 0) {
      anchor = keptAt[unit.index]!;
      continue;
    }
    if (taken[unit.index] === 1) continue;
    if (unit.kind === 'article') repealedArticles.add(unit.key);
    else if (unit.kind !== 'section' || repealedArticles.has(unit.articleKey)) continue;
    const list = repealsAfter.get(anchor) ?? [];
    list.push(unit);
    repealsAfter.set(anchor, list);
  }
  return repealsAfter;
}
