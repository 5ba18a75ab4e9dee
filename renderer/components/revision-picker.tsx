/** Choose the revision for one compare/merge slot: the current draft, an example, or a file. */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { compareStore, type RevisionSlot } from '../state/compare-store';
import { libraryStore } from '../state/library-store';
import { draftStore } from '../state/draft-store';
import { loadExampleIn, loadFileIn, takeDraftInto } from '../actions/compare-actions';
import { isMeasureExample } from '../model/examples';

const DRAFT = '__draft__';
const FILE = '__file__';

interface Props {
  readonly slot: RevisionSlot;
  readonly label: string;
}

export function RevisionPicker({ slot, label }: Props): ReactElement {
  const current = useStore(compareStore, (state) => state.slots[slot]);
  const allExamples = useStore(libraryStore, (state) => state.examples);
  const examples = allExamples.filter((example) => isMeasureExample(example.name));
  const hasDraft = useStore(draftStore, (state) => state.file !== undefined);
  const id = `revision-${slot}`;
  return (
    <div className="field revision-picker">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={current?.example ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === DRAFT) void takeDraftInto(slot);
          else if (value === FILE) void loadFileIn(slot);
          else if (value !== '') void loadExampleIn(slot, value);
        }}
      >
        {/* An example shows as selected in its group; a draft or file (not listed) shows its label here. */}
        {current?.example === undefined && (
          <option value="">{current === undefined ? 'Choose a revision…' : current.label}</option>
        )}
        {hasDraft && <option value={DRAFT}>The current draft</option>}
        {examples.length > 0 && (
          <optgroup label="Examples">
            {examples.map((example) => (
              <option key={example.name} value={example.name}>
                {example.title} ({example.name})
              </option>
            ))}
          </optgroup>
        )}
        <option value={FILE}>Open a file…</option>
      </select>
    </div>
  );
}
