/** The live diff of the open constitution text: what the outline, the gutter and the amendments panel show. */
import { createStore } from './store';
import type { AmendmentItem, OutlineEntry } from '../workers/diff-protocol';

export type DiffStatus = 'idle' | 'pending' | 'ok' | 'timeout' | 'error' | 'too-large';

export interface DiffState {
  readonly status: DiffStatus;
  readonly items: readonly AmendmentItem[];
  readonly outline: readonly OutlineEntry[];
  readonly changedIds: ReadonlySet<string>;
  readonly approximate: boolean;
  /** Why the list is not current (timeout, error, too large). */
  readonly problem?: string;
  /** `performance.now()` of the edit the current items reflect (for the keystroke→panel measure). */
  readonly editStartedAt?: number;
  /** Bumped on every applied result, so views can react once per result. */
  readonly revision: number;
}

export const EMPTY_DIFF: DiffState = {
  status: 'idle',
  items: [],
  outline: [],
  changedIds: new Set(),
  approximate: false,
  revision: 0,
};

export const diffStore = createStore<DiffState>(EMPTY_DIFF);
