/**
 * The amendments panel: every operation of the live diff with its generated amending clause, updated
 * as you type. Each entry jumps to its place in the text. The count is announced politely.
 */
import { useEffect, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { diffStore } from '../state/diff-store';
import { editorController } from '../editor/editor-controller';
import type { AmendmentItem } from '../workers/diff-protocol';
import { OPERATION_VERBS } from '../../src/measure/part-heading';
import { KEYSTROKE_TO_PANEL } from '../model/perf-marks';

/** Badge text: the heading verbs of measure parts, plus the diff's exactness-only `reorder`. */
const OP_LABELS: Record<AmendmentItem['op'], string> = { ...OPERATION_VERBS, reorder: 'Reorder' };

export function AmendmentsPanel(): ReactElement {
  const items = useStore(diffStore, (state) => state.items);
  const status = useStore(diffStore, (state) => state.status);
  const problem = useStore(diffStore, (state) => state.problem);
  const approximate = useStore(diffStore, (state) => state.approximate);
  const revision = useStore(diffStore, (state) => state.revision);

  useEffect(() => {
    const startedAt = diffStore.get().editStartedAt;
    if (startedAt !== undefined) performance.measure(KEYSTROKE_TO_PANEL, { start: startedAt, end: performance.now() });
  }, [revision]);

  return (
    <section className="amendments" aria-labelledby="amendments-title">
      <header className="panel-header">
        <h2 className="panel-title" id="amendments-title">
          Amendments
        </h2>
        <span className="muted small" role="status" aria-live="polite">
          {summary(items.length, status)}
        </span>
      </header>
      {problem !== undefined && status !== 'ok' && status !== 'pending' && (
        <p className="notice notice-warning" role="alert">
          {problem}
        </p>
      )}
      {approximate && (
        <p className="notice notice-info small">
          This edit was large: the redline is correct but may not be the shortest possible.
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted empty-hint">
          Edit the constitution text: each change appears here as an amendment, with the clause the measure will print.
        </p>
      ) : (
        <ol className="amendment-list">
          {items.map((item) => (
            <li key={`${item.op}:${item.target}`} className={`amendment op-${item.op}`}>
              <div className="amendment-head">
                <span className={`op-badge op-${item.op}`}>{OP_LABELS[item.op]}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => editorController.revealLine(item.line)}
                  aria-label={`Go to ${item.citation}`}
                >
                  {item.citation}
                </button>
                <span className="word-stats small muted">{wordStats(item)}</span>
              </div>
              <p className="clause">{item.clause}</p>
              {item.excerpt.length > 0 && <RedlineExcerpt segments={item.excerpt} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function summary(count: number, status: string): string {
  if (status === 'pending') return 'Updating…';
  if (count === 0) return 'No changes';
  return count === 1 ? '1 amendment' : `${count} amendments`;
}

function wordStats(item: AmendmentItem): string {
  const parts: string[] = [];
  if (item.deletedWords > 0) parts.push(`−${item.deletedWords} ${item.deletedWords === 1 ? 'word' : 'words'}`);
  if (item.insertedWords > 0) parts.push(`+${item.insertedWords} ${item.insertedWords === 1 ? 'word' : 'words'}`);
  return parts.join(' ');
}

/** The changed words in context: deletions struck, insertions underlined, each also announced in words. */
function RedlineExcerpt({ segments }: { readonly segments: AmendmentItem['excerpt'] }): ReactElement {
  return (
    <p className="excerpt">
      {segments.map((segment, index) =>
        segment.type === 'delete' ? (
          <del key={index}>
            <span className="visually-hidden">[deleted: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : segment.type === 'insert' ? (
          <ins key={index}>
            <span className="visually-hidden">[inserted: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
