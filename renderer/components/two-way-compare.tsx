/** Two revisions side by side: the semantic summary above, Monaco's DiffEditor below. */
import { useMemo, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { compareStore } from '../state/compare-store';
import { RevisionPicker } from './revision-picker';
import { CompareSummary } from './compare-summary';
import { RevisionDiffEditor } from './revision-diff-editor';
import { compareRevisions } from '../model/compare';

export function TwoWayCompare(): ReactElement {
  const a = useStore(compareStore, (state) => state.slots.a);
  const b = useStore(compareStore, (state) => state.slots.b);
  const comparison = useMemo(() => (a === undefined || b === undefined ? undefined : compareRevisions(a, b)), [a, b]);
  return (
    <div className="two-way">
      <div className="picker-row">
        <RevisionPicker slot="a" label="Older revision (A)" />
        <span className="arrow" aria-hidden="true">
          →
        </span>
        <RevisionPicker slot="b" label="Newer revision (B)" />
      </div>
      {a === undefined || b === undefined ? (
        <p className="empty-hint muted">
          Choose two revisions of a measure, for example the two Calexit examples: the 2016 proposal repealed Article
          III, Section 1; the 2017 revision amends it instead.
        </p>
      ) : (
        <div className="compare-body">
          {comparison !== undefined && <CompareSummary comparison={comparison} />}
          <RevisionDiffEditor
            original={a.source}
            modified={b.source}
            originalLabel={`A: ${a.label}`}
            modifiedLabel={`B: ${b.label}`}
          />
        </div>
      )}
    </div>
  );
}
