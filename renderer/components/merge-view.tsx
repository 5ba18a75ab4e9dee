/**
 * Three-way merge of coalition revisions: the common parent, ours and theirs. Changes that do not
 * collide are merged; each conflict is shown by provision with both sides and resolved here
 * (accept ours / theirs / both). The result opens as a new draft.
 */
import { useEffect, useLayoutEffect, useRef, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { compareStore } from '../state/compare-store';
import { RevisionPicker } from './revision-picker';
import { ConflictCard } from './conflict-card';
import { compareRevisions, mergeRevisions } from '../model/compare';
import { CompareSummary } from './compare-summary';
import { parsedMeasure } from '../model/measure-text';
import { openMergedDraft } from '../actions/merge-actions';

export function MergeView(): ReactElement {
  const parent = useStore(compareStore, (state) => state.slots.parent);
  const ours = useStore(compareStore, (state) => state.slots.ours);
  const theirs = useStore(compareStore, (state) => state.slots.theirs);
  const merged = useStore(compareStore, (state) => state.merged);
  const notes = useStore(compareStore, (state) => state.mergeNotes);

  useEffect(() => {
    if (parent === undefined || ours === undefined || theirs === undefined) {
      compareStore.set({ merged: undefined, mergeNotes: undefined });
      return;
    }
    const result = mergeRevisions(parent, ours, theirs);
    compareStore.set({ merged: result.source, mergeNotes: result.notes, error: undefined });
  }, [parent, ours, theirs]);

  const conflicts = merged === undefined ? [] : parsedMeasure(merged).conflicts;
  const scrollRef = useRef<HTMLDivElement>(null);
  /** Where the card that was just resolved stood, until the next render moves focus on. */
  const resolvedAt = useRef<number | undefined>(undefined);
  // The resolved card unmounts with the button that had focus; without this, focus drops to <body>.
  useLayoutEffect(() => {
    const position = resolvedAt.current;
    if (position === undefined) return;
    resolvedAt.current = undefined;
    focusAfterResolve(scrollRef.current, position);
  }, [merged]);
  return (
    <div className="merge-view">
      <div className="picker-row">
        <RevisionPicker slot="parent" label="Common parent" />
        <RevisionPicker slot="ours" label="Ours" />
        <RevisionPicker slot="theirs" label="Theirs" />
      </div>
      {merged === undefined ? (
        <p className="empty-hint muted">
          Choose the revision both partners started from, then each partner’s revision. Changes to different provisions
          merge by themselves; where both changed the same provision you choose here.
        </p>
      ) : (
        <div className="merge-scroll" ref={scrollRef}>
          <div className="merge-status" role="status" aria-live="polite" tabIndex={-1}>
            {conflicts.length === 0
              ? 'No conflicts left: the merged measure is ready.'
              : `${conflicts.length} ${conflicts.length === 1 ? 'conflict' : 'conflicts'} to resolve.`}
          </div>
          {notes !== undefined && notes.length > 0 && (
            <ul className="small muted">
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {conflicts.map((conflict, index) => (
            <ConflictCard
              key={conflict.id}
              conflict={conflict}
              onResolved={() => {
                resolvedAt.current = index;
              }}
            />
          ))}
          {ours !== undefined && (
            <CompareSummary
              comparison={compareRevisions(ours, { ...ours, source: merged, label: 'merged' })}
              title="What the merge brings into ours"
              titleId="merge-summary-title"
            />
          )}
          <div className="card-actions">
            <button type="button" className="button primary" onClick={() => void openMergedDraft()}>
              Open the merged measure
            </button>
            {conflicts.length > 0 && (
              <span className="small muted">
                Unresolved conflicts stay recorded in the file, and the checks list them.
              </span>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * Focus the first action of the conflict now at `position` (the one after the resolved card), or of
 * the last one left, or the merge status when none remain.
 */
function focusAfterResolve(container: HTMLElement | null, position: number): void {
  if (container === null) return;
  const cards = [...container.querySelectorAll<HTMLElement>('.conflict')];
  const next = cards[Math.min(position, cards.length - 1)];
  const target =
    next?.querySelector<HTMLElement>('.conflict-actions button') ??
    container.querySelector<HTMLElement>('.merge-status');
  target?.focus();
}
