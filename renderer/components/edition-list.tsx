/** The constitution editions in the library, each with its currency note and the "draft" action. */
import type { ReactElement } from 'react';
import type { EditionSummary } from '../../src/api/contract';
import { editionNote } from '../model/edition-age';
import { removeEdition } from '../actions/library-actions';
import { startDraft } from '../actions/draft-actions';
import { ImportEditionButton } from './import-edition-button';
import { askConfirm } from '../state/confirm-store';

export function EditionList({ editions }: { readonly editions: readonly EditionSummary[] }): ReactElement {
  return (
    <section className="library-section" aria-labelledby="editions-title">
      <header className="section-header">
        <h2 id="editions-title">Constitution editions</h2>
        <ImportEditionButton label="Import another edition…" />
      </header>
      <ul className="card-list">
        {editions.map((edition) => (
          <li key={edition.id} className="card">
            <h3 className="card-title">{edition.title}</h3>
            <p className="muted small">
              Imported from <strong>{edition.importedFrom}</strong> on {formatDate(edition.importedAt)} ·{' '}
              {edition.articles} articles, {edition.sections} sections · SHA-256 {edition.sha256.slice(0, 12)}
            </p>
            <p className="notice notice-warning small edition-note">{editionNote(edition)}</p>
            <div className="card-actions">
              <button
                type="button"
                className="button primary"
                onClick={() => void startDraft(edition)}
                aria-label={`Draft an amendment to ${edition.title} (${edition.importedFrom})`}
              >
                Draft an amendment
              </button>
              <button
                type="button"
                className="button danger"
                onClick={() => void confirmRemove(edition)}
                aria-label={`Remove ${edition.title} (${edition.importedFrom}) from the library`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function confirmRemove(edition: EditionSummary): Promise<void> {
  const confirmed = await askConfirm({
    title: 'Remove this edition?',
    message: `“${edition.title}” (${edition.importedFrom}) will be removed from the library. Measures keep their own copy of the text they change.`,
    confirmLabel: 'Remove edition',
    danger: true,
  });
  if (confirmed) await removeEdition(edition.id);
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}
