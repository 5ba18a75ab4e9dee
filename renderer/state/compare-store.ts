/** The revisions chosen in the Compare view (two-way) and the Merge tab (three-way). */
import { createStore } from './store';

export type RevisionSlot = 'a' | 'b' | 'parent' | 'ours' | 'theirs';

export interface LoadedRevision {
  /** What the picker shows, e.g. `calexit-2016.measure.md (example)`. */
  readonly label: string;
  readonly fileName: string;
  readonly source: string;
  readonly path?: string;
  /** The bundled example's name when the revision is one (the picker then shows it selected, not twice). */
  readonly example?: string;
}

export interface CompareState {
  readonly mode: 'two-way' | 'three-way';
  readonly slots: Partial<Record<RevisionSlot, LoadedRevision>>;
  /** The three-way merge result as conflicts get resolved (null until parent, ours and theirs are chosen). */
  readonly merged?: string;
  /** Notes from the merge (e.g. a revision that does not apply to the base). */
  readonly mergeNotes?: readonly string[];
  readonly error?: string;
}

export const compareStore = createStore<CompareState>({ mode: 'two-way', slots: {} });

/** Put a revision into a slot. */
export function setRevision(slot: RevisionSlot, revision: LoadedRevision | undefined): void {
  compareStore.set((state) => ({ ...state, slots: { ...state.slots, [slot]: revision }, error: undefined }));
}
