/** The semantic summary of two revisions: amendments added, dropped or changed (e.g. repeal → amend), other sections, metadata. */
import type { ReactElement } from 'react';
import type { AmendmentComparison, RevisionComparison } from '../../src/measure/compare-types';

interface Props {
  readonly comparison: RevisionComparison;
  /** The panel heading (default: what changed from A to B). */
  readonly title?: string;
  readonly titleId?: string;
}

export function CompareSummary({
  comparison,
  title = 'What changed from A to B',
  titleId = 'compare-summary-title',
}: Props): ReactElement {
  const changedAmendments = comparison.amendments.filter((entry) => entry.status !== 'unchanged');
  const changedSections = comparison.uncodified.filter((entry) => entry.status !== 'unchanged');
  return (
    <section className="compare-summary" aria-labelledby={titleId}>
      <h2 className="panel-title" id={titleId}>
        {title}
      </h2>
      {comparison.bIsChildOfA && titleId === 'compare-summary-title' && (
        <p className="small muted">B names A as its parent revision.</p>
      )}
      <div className="summary-grid">
        <div>
          <h3 className="subheading">Amendments to the constitution</h3>
          {changedAmendments.length === 0 ? (
            <p className="muted small">The same amendments, with the same text.</p>
          ) : (
            <ul className="summary-list">
              {changedAmendments.map((entry) => (
                <AmendmentRow key={entry.target} entry={entry} />
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="subheading">Other sections of the measure</h3>
          {changedSections.length === 0 ? (
            <p className="muted small">No change to the title, findings or other uncodified sections.</p>
          ) : (
            <ul className="summary-list">
              {changedSections.map((entry) => (
                <li key={`${entry.status}:${entry.heading}`}>
                  <span className={`status-badge status-${entry.status}`}>{entry.status}</span> {entry.heading}
                  {entry.headingBefore !== undefined && <span className="muted"> (was “{entry.headingBefore}”)</span>}
                  {entry.status === 'changed' && <span className="muted small"> {wordChange(entry.stats)}</span>}
                </li>
              ))}
            </ul>
          )}
          {comparison.metadata.length > 0 && (
            <>
              <h3 className="subheading">Details</h3>
              <ul className="summary-list">
                {comparison.metadata.map((change) => (
                  <li key={change.path}>
                    <code>{change.path}</code>: {change.before ?? '(none)'} → {change.after ?? '(none)'}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      {comparison.messages.length > 0 && (
        <ul className="small muted">
          {comparison.messages.map((message, index) => (
            <li key={index}>{message.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AmendmentRow({ entry }: { readonly entry: AmendmentComparison }): ReactElement {
  const before = entry.before?.op;
  const after = entry.after?.op;
  return (
    <li className={entry.opChanged ? 'op-changed' : undefined}>
      <span className={`status-badge status-${entry.status}`}>{entry.status}</span> <strong>{entry.citation}</strong>
      {entry.opChanged && before !== undefined && after !== undefined && (
        <span className="op-change">
          {' '}
          — A would <em>{before}</em> it; B would <em>{after}</em> it
        </span>
      )}
      {!entry.opChanged && entry.status === 'changed' && (
        <span className="muted small"> — proposed text differs ({wordChange(entry.stats)})</span>
      )}
      {entry.baseChanged && <span className="muted small"> (drafted against different base text)</span>}
      {entry.after !== undefined && entry.status !== 'dropped' && (
        <p className="clause small">B: {entry.after.clause}</p>
      )}
      {entry.before !== undefined && (entry.status === 'dropped' || entry.opChanged) && (
        <p className="clause small">A: {entry.before.clause}</p>
      )}
    </li>
  );
}

/** `−2 +1 words`, leaving out a zero side. */
function wordChange(stats: { readonly deletedWords: number; readonly insertedWords: number }): string {
  const parts = [
    ...(stats.deletedWords > 0 ? [`−${stats.deletedWords}`] : []),
    ...(stats.insertedWords > 0 ? [`+${stats.insertedWords}`] : []),
  ];
  return parts.length === 0 ? 'spacing or punctuation only' : `${parts.join(' ')} words`;
}
