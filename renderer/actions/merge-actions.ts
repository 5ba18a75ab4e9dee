/** Resolving merge conflicts and opening the merged measure as a draft. */
import { compareStore } from '../state/compare-store';
import { showToast } from '../state/ui-store';
import { resolveIn } from '../model/compare';
import { openDocument, confirmDiscard } from './draft-actions';

/** Apply one resolution to the merged text. */
export function resolveMergeConflict(id: number, choice: 'ours' | 'theirs' | 'both'): void {
  const merged = compareStore.get().merged;
  if (merged === undefined) return;
  const result = resolveIn(merged, id, choice);
  if (result.ok) {
    compareStore.set({ merged: result.value });
    showToast(`Conflict ${id} resolved: ${choice === 'both' ? 'both kept' : `${choice} accepted`}.`, 'ok');
  } else showToast(result.error, 'danger');
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
