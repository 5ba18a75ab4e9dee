/**
 * Compare revisions of a measure (the revision layer, kept apart from the constitution redline):
 * two-way, with the semantic summary and Monaco's side-by-side diff; or three-way merge.
 */
import { useEffect, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { compareStore } from '../state/compare-store';
import { libraryStore } from '../state/library-store';
import { refreshLibrary } from '../actions/library-actions';
import { TwoWayCompare } from './two-way-compare';
import { MergeView } from './merge-view';

export function CompareView(): ReactElement {
  const mode = useStore(compareStore, (state) => state.mode);
  const error = useStore(compareStore, (state) => state.error);
  const loaded = useStore(libraryStore, (state) => state.loaded);
  useEffect(() => {
    if (!loaded) void refreshLibrary();
  }, [loaded]);
  return (
    <div className="compare-view">
      <div className="compare-toolbar">
        <div className="segmented" role="radiogroup" aria-label="Comparison">
          <label className={mode === 'two-way' ? 'checked' : ''}>
            <input
              type="radio"
              name="compare-mode"
              checked={mode === 'two-way'}
              onChange={() => compareStore.set({ mode: 'two-way' })}
            />
            Compare two revisions
          </label>
          <label className={mode === 'three-way' ? 'checked' : ''}>
            <input
              type="radio"
              name="compare-mode"
              checked={mode === 'three-way'}
              onChange={() => compareStore.set({ mode: 'three-way' })}
            />
            Merge (three-way)
          </label>
        </div>
        <p className="muted small">
          This compares revisions of the measure with each other. It is not the constitution redline, which the measure
          itself prints.
        </p>
      </div>
      {error !== undefined && (
        <p className="notice notice-danger" role="alert">
          {error}
        </p>
      )}
      {mode === 'two-way' ? <TwoWayCompare /> : <MergeView />}
    </div>
  );
}
