import { describe, expect, it } from 'vitest';
import { createStore } from '../../../renderer/state/store';

describe('createStore', () => {
  it('merges partial updates and notifies each listener once per change', () => {
    const store = createStore({ count: 0, label: 'a' });
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get().count));
    store.set({ count: 1 });
    store.set((state) => ({ ...state, count: state.count + 1 }));
    expect(store.get()).toEqual({ count: 2, label: 'a' });
    expect(seen).toEqual([1, 2]);
    unsubscribe();
    store.set({ count: 3 });
    expect(seen).toEqual([1, 2]);
  });

  it('does not notify when an updater returns the same state', () => {
    const store = createStore({ count: 0 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.set((state) => state);
    expect(calls).toBe(0);
  });
});
