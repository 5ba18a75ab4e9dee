/** The library: constitution editions, recent files and bundled examples, as the host lists them. */
import { createStore } from './store';
import type { EditionSummary, ExampleSummary, RecentFile } from '../../src/api/contract';

export interface LibraryState {
  readonly loaded: boolean;
  readonly editions: readonly EditionSummary[];
  readonly recent: readonly RecentFile[];
  readonly examples: readonly ExampleSummary[];
  /** Set while an import runs (its file name). */
  readonly importing?: string;
  /** Last library error, shown until the next action. */
  readonly error?: string;
  /** Parser notes of the last import (warnings do not stop it). */
  readonly importNotes?: readonly string[];
}

export const libraryStore = createStore<LibraryState>({ loaded: false, editions: [], recent: [], examples: [] });
