/**
 * Which part of one revision is "the same part" in another: amendment blocks by their target
 * provision, uncodified sections by heading (case and spacing ignored), then by role when the heading
 * was renamed but the role (Findings, Severability, …) is unambiguous on both sides.
 */
import type { AmendmentPart, MeasurePart, UncodifiedPart } from './types';

/** Stable key of an amendment block: the provision it changes (relocations by their source). */
export function amendmentKey(part: AmendmentPart): string {
  return `amendment:${part.target}`;
}

function headingKey(part: UncodifiedPart): string {
  return `text:${part.heading.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/**
 * Pair the parts of `left` with those of `right`: returns, for each left index, the matching right
 * index (or undefined).
 */
export function matchParts(left: readonly MeasurePart[], right: readonly MeasurePart[]): (number | undefined)[] {
  const result: (number | undefined)[] = left.map(() => undefined);
  const taken = new Set<number>();
  const keyOf = (part: MeasurePart): string => (part.type === 'amendment' ? amendmentKey(part) : headingKey(part));
  const rightByKey = new Map<string, number>();
  right.forEach((part, index) => {
    if (!rightByKey.has(keyOf(part))) rightByKey.set(keyOf(part), index);
  });
  left.forEach((part, index) => {
    const match = rightByKey.get(keyOf(part));
    if (match !== undefined && !taken.has(match)) {
      result[index] = match;
      taken.add(match);
    }
  });
  // Renamed uncodified sections: pair by role when each side has exactly one unmatched part with it.
  const unmatchedByRole = (
    parts: readonly MeasurePart[],
    isFree: (index: number) => boolean,
  ): Map<string, number[]> => {
    const byRole = new Map<string, number[]>();
    parts.forEach((part, index) => {
      if (part.type !== 'uncodified' || part.role === 'other' || !isFree(index)) return;
      byRole.set(part.role, [...(byRole.get(part.role) ?? []), index]);
    });
    return byRole;
  };
  const leftFree = unmatchedByRole(left, (index) => result[index] === undefined);
  const rightFree = unmatchedByRole(right, (index) => !taken.has(index));
  for (const [role, indexes] of leftFree) {
    const candidates = rightFree.get(role);
    if (indexes.length === 1 && candidates?.length === 1) {
      result[indexes[0]!] = candidates[0]!;
      taken.add(candidates[0]!);
    }
  }
  return result;
}
