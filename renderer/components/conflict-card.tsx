/** One merge conflict: the provision, who wrote each side, both texts, and the three choices. */
import type { ReactElement } from 'react';
import type { ConflictPart } from '../../src/measure/types';
import { resolveMergeConflict } from '../actions/merge-actions';
import { conflictSubjectLabel } from '../model/conflict-subject';

const KIND_LABELS: Record<ConflictPart['kind'], string> = {
  'same-words': 'Both changed the same words',
  'amend-vs-repeal': 'One amends, the other repeals',
  'renumber-vs-amend': 'One renumbers, the other amends',
  'move-vs-edit': 'One moves, the other edits',
  'delete-vs-edit': 'One deletes, the other edits',
  'add-add': 'Both add a provision with the same number',
  'different-base': 'Each side quotes a different official text (different editions)',
  metadata: 'Different details',
  'stale-base': 'Drafted against different base text',
  'lost-marks': 'Imported plain text: the struck words are unknown',
};

interface Props {
  readonly conflict: ConflictPart;
  /** Called after a choice was applied, so the list can move focus on (the card itself goes away). */
  readonly onResolved?: () => void;
}

export function ConflictCard({ conflict, onResolved }: Props): ReactElement {
  const titleId = `conflict-${conflict.id}-title`;
  const resolve = (choice: 'ours' | 'theirs' | 'both'): void => {
    if (resolveMergeConflict(conflict.id, choice)) onResolved?.();
  };
  return (
    <section className="conflict" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Conflict {conflict.id}: {conflictSubjectLabel(conflict.subject)}
      </h3>
      <p className="small muted">{KIND_LABELS[conflict.kind]}</p>
      <div className="conflict-sides">
        <div>
          <div className="small">
            <strong>Ours</strong> — {conflict.ours.who}
          </div>
          <pre className="conflict-side">
            {conflict.ours.text === '' ? '(nothing: this side drops it)' : conflict.ours.text}
          </pre>
        </div>
        <div>
          <div className="small">
            <strong>Theirs</strong> — {conflict.theirs.who}
          </div>
          <pre className="conflict-side">
            {conflict.theirs.text === '' ? '(nothing: this side drops it)' : conflict.theirs.text}
          </pre>
        </div>
      </div>
      <div className="conflict-actions" role="group" aria-label={`Resolve conflict ${conflict.id}`}>
        <button type="button" className="button" onClick={() => resolve('ours')}>
          Accept ours
        </button>
        <button type="button" className="button" onClick={() => resolve('theirs')}>
          Accept theirs
        </button>
        {conflict.both !== undefined && (
          <button type="button" className="button" onClick={() => resolve('both')}>
            Accept both
          </button>
        )}
      </div>
    </section>
  );
}
