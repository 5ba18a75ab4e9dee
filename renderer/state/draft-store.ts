/**
 * The open draft: which measure file (if any), which base edition, whether it has unsaved changes,
 * and whether the file changed on disk under us. The texts themselves live in the editor (the
 * constitution) and the measure store (the measure file); big strings stay out of React state.
 */
import { createStore } from './store';
import type { EditionSummary } from '../../src/api/contract';

export interface DraftFile {
  /** Null for a new or example measure that was never saved. */
  readonly path: string | null;
  readonly fileName: string;
  /** SHA-256 of the bytes on disk the draft was read from or last saved as. */
  readonly sha256: string | null;
}

export interface DraftState {
  readonly file?: DraftFile;
  /** The measure title (header and window title). */
  readonly title: string;
  /** The edition the draft is edited against, when it is in the library. */
  readonly edition?: EditionSummary;
  /** The measure names a base edition the library does not hold (edit in context is unavailable). */
  readonly missingEdition?: { readonly edition: string; readonly sha256: string };
  readonly dirty: boolean;
  /** Key of this draft in the recovery store. */
  readonly recoveryKey?: string;
  /** Set when the file on disk no longer matches what we hold (null sha: the file is gone). */
  readonly changedOnDisk?: { readonly sha256: string | null };
}

export const draftStore = createStore<DraftState>({ title: '', dirty: false });
