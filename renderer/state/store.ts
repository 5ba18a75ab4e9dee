/**
 * A tiny observable store: one per state slice (no god object). Components read slices with
 * `useStore(store, selector)`, which is `useSyncExternalStore` underneath, so a change re-renders
 * only the components whose selected value changed.
 */
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  readonly get: () => T;
  /** Replace the state with `update(state)` (or a partial merge) and notify listeners. */
  readonly set: (update: Partial<T> | ((state: T) => T)) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** Create a store holding `initial`. */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (update) => {
      const next = typeof update === 'function' ? update(state) : { ...state, ...update };
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Read a slice of a store in a component; re-renders when the selected value changes (Object.is). */
export function useStore<T extends object, S>(store: Store<T>, selector: (state: T) => S): S {
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.get()),
    () => selector(store.get()),
  );
}
