/**
 * Three-way merge of one provision's amendment blocks (used by merge.ts): same operation → the
 * proposed texts merge at word level; different operations → a conflict classed by what each side
 * does to the provision; different quoted official texts → `different-base`.
 */
import { bothReadsAsText } from './merge-both';
import { mergeText } from './merge-text';
import { sameAmendment, type AmendmentSpec } from './part-format';
import type { ConflictKind } from './types';

export type AmendmentMerge =
  | { readonly ok: true; readonly spec: AmendmentSpec }
  | { readonly ok: false; readonly kind: ConflictKind; readonly both?: AmendmentSpec };

/** What a provision reads after the block (a repeal reads as nothing). */
function resultText(spec: AmendmentSpec): string {
  return spec.op === 'repeal' ? '' : (spec.proposed ?? spec.base ?? '');
}

function isRelocation(spec: AmendmentSpec): boolean {
  return spec.op === 'renumber' || spec.op === 'move';
}

/** The class of a conflict between two different operations on one provision. */
function operationConflict(ours: AmendmentSpec, theirs: AmendmentSpec): ConflictKind {
  if ((ours.op === 'repeal') !== (theirs.op === 'repeal')) return 'amend-vs-repeal';
  if (ours.op === 'move' || theirs.op === 'move') return 'move-vs-edit';
  if (isRelocation(ours) || isRelocation(theirs)) return 'renumber-vs-amend';
  return 'same-words';
}

/** Merge the blocks `ours` and `theirs` made from the parent's block for the same provision. */
export function mergeAmendment(parent: AmendmentSpec, ours: AmendmentSpec, theirs: AmendmentSpec): AmendmentMerge {
  if (sameAmendment(ours, theirs) || sameAmendment(theirs, parent)) return { ok: true, spec: ours };
  if (sameAmendment(ours, parent)) return { ok: true, spec: theirs };
  if (ours.op !== theirs.op || ours.to !== theirs.to) return { ok: false, kind: operationConflict(ours, theirs) };
  let base = ours.base;
  if (ours.base !== theirs.base) {
    if (ours.base === parent.base) base = theirs.base;
    // Both re-quoted the official text, differently: they were drafted against different editions.
    else if (theirs.base !== parent.base) return { ok: false, kind: 'different-base' };
  }
  if (ours.proposed === undefined && theirs.proposed === undefined) {
    return { ok: true, spec: { ...ours, ...(base === undefined ? {} : { base }) } };
  }
  const parentText = resultText(parent);
  const merged = mergeText(parentText, ours.proposed ?? base ?? '', theirs.proposed ?? base ?? '');
  const spec = { ...ours, ...(base === undefined ? {} : { base }) };
  if (merged.conflicts > 0) {
    if (!bothReadsAsText(parentText, merged.clashes)) return { ok: false, kind: 'same-words' };
    return { ok: false, kind: 'same-words', both: { ...spec, proposed: merged.both } };
  }
  return { ok: true, spec: { ...spec, proposed: merged.text } };
}

/**
 * Merge two blocks both sides added for a provision the parent's measure leaves alone. The parent
 * then leaves the provision reading as its official text; when both blocks quote the same official
 * text, that text is the common ancestor: the blocks merge exactly as if the parent had a block that
 * changes nothing (an amend whose proposed text is its base). Blocks without a base (two different
 * added sections with one number) have no common text: `add-add`.
 */
export function mergeAddedAmendments(ours: AmendmentSpec, theirs: AmendmentSpec): AmendmentMerge {
  if (sameAmendment(ours, theirs)) return { ok: true, spec: ours };
  if (ours.base === undefined || theirs.base === undefined) return { ok: false, kind: 'add-add' };
  if (ours.base !== theirs.base) return { ok: false, kind: 'different-base' };
  const unchanged: AmendmentSpec = { op: 'amend', target: ours.target, base: ours.base, proposed: ours.base };
  return mergeAmendment(unchanged, ours, theirs);
}
