/**
 * The semantic diff: two parsed constitution texts → a ChangeSet of operations keyed by node id, in
 * constitution order (edited order; repeals at their base place). See align.ts for how units are
 * matched and ops.ts for each operation.
 */
import type { LegalDoc } from '../constitution/types';
import { textHash } from '../shared/sha256';
import { alignUnits } from './align';
import { SIMILARITY_THRESHOLD } from './detect-moves';
import { createDiffCache, OpBuilder, type DiffCache } from './ops';
import type { ChangeOp, ChangeSet, DiffOptions } from './types';
import { docUnits, type DocUnits, type Unit } from './units';

/**
 * Compare two parsed versions of a constitution.
 *
 * @param base The version the operations apply to.
 * @param edited The version they produce (`applyChangeSet(base, result)` returns `edited.source`).
 * @param options (optional) Redline cost caps and the move-detection threshold.
 * @returns The ChangeSet: ordered operations, each with the hash of the base text it expects.
 */
export function semanticDiff(base: LegalDoc, edited: LegalDoc, options: DiffOptions = {}): ChangeSet {
  if (base.source === edited.source) return withDocumentHashes(base.source, edited.source, [], false);
  const split = base.preamble !== undefined;
  const result = diffUnits(docUnits(base, split), docUnits(edited, split), createDiffCache(), options);
  return withDocumentHashes(base.source, edited.source, result.ops, result.approximate);
}

/**
 * A ChangeSet whose whole-document hashes are computed on first read and then kept. SHA-256 of
 * the 400 KB constitution costs ~4 ms in plain TypeScript, as much as the rest of a one-word diff;
 * most callers (the editor, the CLI without --json) never read them. The properties are ordinary
 * enumerable getters, so JSON.stringify, structured clone and deep equality see plain strings.
 */
export function withDocumentHashes(
  baseSource: string,
  editedSource: string,
  ops: readonly ChangeOp[],
  approximate: boolean,
  baseHashOf: () => string = () => textHash(baseSource),
): ChangeSet {
  let baseHash: string | undefined;
  let editedHash: string | undefined;
  const changeSet: ChangeSet = { baseHash: '', editedHash: '', ops, approximate };
  // Replace the placeholders in place, so the key order stays that of the ChangeSet type.
  Object.defineProperties(changeSet, {
    baseHash: { enumerable: true, get: (): string => (baseHash ??= baseHashOf()) },
    editedHash: {
      enumerable: true,
      get: (): string => (editedHash ??= baseSource === editedSource ? changeSet.baseHash : textHash(editedSource)),
    },
  });
  return changeSet;
}

/**
 * The operations between two documents already cut into units, reusing `cache` (see
 * incremental.ts). The caller adds the whole-document hashes.
 */
export function diffUnits(
  base: DocUnits,
  edited: DocUnits,
  cache: DiffCache,
  options: DiffOptions = {},
): { ops: ChangeOp[]; approximate: boolean } {
  const builder = new OpBuilder(base, edited, cache, options.redline ?? {});
  const threshold = options.similarityThreshold ?? SIMILARITY_THRESHOLD;
  const alignment = alignUnits(base, edited, builder, threshold);
  const ops: ChangeOp[] = [];
  const placementKey = (unit: Unit): string =>
    alignment.fates[unit.index]!.type === 'in-added-article' ? unit.articleKey : unit.key;

  edited.units.forEach((unit, index) => {
    const fate = alignment.fates[index]!;
    const after = index === 0 ? '' : placementKey(edited.units[index - 1]!);
    switch (fate.type) {
      case 'same':
        for (const op of builder.amendOps(fate.base, unit)) ops.push(op);
        if (alignment.reordered.size > 0 && alignment.reordered.has(index)) {
          ops.push(builder.reorder(fate.base, unit, after));
        }
        break;
      case 'relocated':
        ops.push(builder.relocate(fate.base, unit, fate.similarity, after));
        break;
      case 'added':
        ops.push(builder.add(unit, after));
        break;
      case 'in-added-article':
        break;
    }
    const repeals = alignment.repealsAfter.size > 0 ? alignment.repealsAfter.get(index) : undefined;
    if (repeals !== undefined) for (const repealed of repeals) ops.push(builder.repeal(repealed));
  });
  return { ops, approximate: builder.approximate };
}
