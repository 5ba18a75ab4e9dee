/** Unsaved work from an earlier session that can be restored (the recovery prompt shows it). */
import { createStore } from './store';
import type { RecoveryItem } from '../../src/api/contract';

export const recoveryStore = createStore<{ readonly items: readonly RecoveryItem[] }>({ items: [] });
