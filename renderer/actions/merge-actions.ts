/** Resolving merge conflicts and opening the merged measure as a draft. */
import { compareStore } from '../state/compare-store';
import { showToast } from '../state/ui-store';
import { resolveIn } from '../model/compare';
import { openDocument, confirmDiscard } from './draft-actions';

/** Apply one resolution to the merged text; says whether it was applied. */
export function resolveMergeConflict(id: number, choice: 'ours' | 'theirs' | 'both'): boolean {
  const merged = compareStore.get().merged;
  if (merged === undefined) return false;
  const result = resolveIn(merged, id, choice);
  if (!result.ok) {
    showToast(result.error, 'danger');
    return false;
  }
  compareStore.set({ merged: result.value });
  showToast(`Conflict ${id} resolved: ${choice === 'both' ? 'both kept' : `${choice} accepted`}.`, 'ok');
  return true;
}

/** The merged measure becomes the open draft (unsaved). */
export async function openMergedDraft(): Promise<void> {
  const merged = compareStore.get().merged;
  if (merged === undefined) return;
  if (!(await confirmDiscard('Opening the merged measure'))) return;
  await openDocument(
    { path: null, fileName: 'merged.measure.md', source: '', sha256: null, bytes: 0 },
    { workingSource: merged, preferView: 'measure' },
  );
}
