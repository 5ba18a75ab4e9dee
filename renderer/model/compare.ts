/**
 * The revision layer through the measure core: compare two revisions (semantic summary), merge three
 * (parent, ours, theirs) and resolve the recorded conflicts. Never mixed with the constitution redline.
 */
import { mergeMeasures } from '../../src/measure/merge';
import { resolveConflict, type ConflictChoice } from '../../src/measure/resolve';
import { parseMeasure } from '../../src/measure/parse-measure';
import { ok, err, type Result } from '../../src/shared/result';
import { formatStudioError } from '../../src/shared/studio-error';
import { compareMeasures } from '../../src/measure/compare';
import type { RevisionComparison } from '../../src/measure/compare-types';
import type { LoadedRevision } from '../state/compare-store';

function parsed(revision: LoadedRevision): ReturnType<typeof parseMeasure> {
  return parseMeasure(revision.source, { path: revision.path ?? revision.fileName });
}

/** The semantic summary of A → B: amendments added, dropped or changed (e.g. repeal → amend), other sections, details. */
export function compareRevisions(a: LoadedRevision, b: LoadedRevision): RevisionComparison {
  return compareMeasures(parsed(a), parsed(b));
}

/** Merge `ours` and `theirs` against their common `parent`; conflicts are recorded in the result's text. */
export function mergeRevisions(
  parent: LoadedRevision,
  ours: LoadedRevision,
  theirs: LoadedRevision,
): { readonly source: string; readonly notes: readonly string[] } {
  const result = mergeMeasures(parsed(parent), parsed(ours), parsed(theirs));
  return {
    source: result.source,
    notes: result.messages.map((message) => `${message.file ?? 'merged measure'}:${message.line}: ${message.message}`),
  };
}

/** Resolve one recorded conflict of a merged text. */
export function resolveIn(merged: string, conflictId: number, choice: ConflictChoice): Result<string, string> {
  const result = resolveConflict(merged, conflictId, choice);
  return result.ok ? ok(result.value.source) : err(formatStudioError(result.error));
}
