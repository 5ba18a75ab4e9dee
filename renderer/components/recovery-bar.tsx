/**
 * Offers to restore unsaved work from earlier sessions. One draft gets its own Restore/Discard
 * bar; several share one bar ("3 unsaved drafts can be restored — Review") that unfolds into a
 * list, so a crash with many drafts open does not push the view off a small screen.
 */
import { useId, useState, type ReactElement } from 'react';
import type { RecoveryItem } from '../../src/api/contract';
import { restoreRecovery, discardRecovery } from '../actions/recovery-actions';

export function RecoveryBar({ items }: { readonly items: readonly RecoveryItem[] }): ReactElement | null {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  if (items.length === 0) return null;
  if (items.length === 1) {
    const item = items[0]!;
    return (
      <div className="notice notice-info notice-bar" role="region" aria-label="Recover unsaved work">
        <span className="grow">
          Unsaved work from an earlier session: <strong>{item.fileName}</strong>, autosaved {savedAt(item)}.
        </span>
        <RecoveryActions item={item} />
      </div>
    );
  }
  return (
    <div className="notice notice-info notice-bar recovery-bar" role="region" aria-label="Recover unsaved work">
      <span className="grow one-line">
        <strong>{items.length} unsaved drafts can be restored</strong>{' '}
        <span className="muted">({namesWithCounts(items)})</span>
      </span>
      <button
        type="button"
        className="button"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? 'Hide' : 'Review'}
      </button>
      <ul id={listId} className="recovery-list" hidden={!expanded}>
        {items.map((item) => (
          <li key={item.key}>
            <span className="grow">
              <strong>{item.fileName}</strong>, autosaved {savedAt(item)}
            </span>
            <RecoveryActions item={item} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function RecoveryActions({ item }: { readonly item: RecoveryItem }): ReactElement {
  return (
    <>
      <button type="button" className="button primary" onClick={() => void restoreRecovery(item)}>
        Restore {item.fileName}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void discardRecovery(item)}
        aria-label={`Discard ${item.fileName}`}
      >
        Discard
      </button>
    </>
  );
}

function savedAt(item: RecoveryItem): string {
  return new Date(item.savedAt).toLocaleString();
}

/** `untitled.measure.md ×3, m2.measure.md`: each file name once, in the order first offered. */
function namesWithCounts(items: readonly RecoveryItem[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.fileName, (counts.get(item.fileName) ?? 0) + 1);
  return [...counts].map(([name, count]) => (count === 1 ? name : `${name} ×${count}`)).join(', ');
}
