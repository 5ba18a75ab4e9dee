/**
 * The measure file text of the open draft (the thing that is saved), and the text last written to
 * disk (for the unsaved marker). The amendment blocks are regenerated from the constitution edits;
 * the uncodified sections are edited in the measure view.
 */
import { createStore } from './store';
import { draftStore } from './draft-store';

export interface MeasureState {
  /** The measure file's exact text. */
  readonly source: string;
  /** The text as last opened or saved (dirty = source differs). */
  readonly savedSource: string;
  /** Bumped on every change of `source`. */
  readonly revision: number;
}

export const measureStore = createStore<MeasureState>({ source: '', savedSource: '', revision: 0 });

/** Replace the measure text (keeps `savedSource`) and update the draft's unsaved marker. */
export function setMeasureSource(source: string): void {
  measureStore.set((state) => (state.source === source ? state : { ...state, source, revision: state.revision + 1 }));
  const dirty = source !== measureStore.get().savedSource;
  if (draftStore.get().dirty !== dirty) draftStore.set({ dirty });
}
