/** "New measure": title, kind and base edition, then the draft opens in the edit view. */
import { useState, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { libraryStore } from '../state/library-store';
import { startDraft } from '../actions/draft-actions';
import { editionNote } from '../model/edition-age';
import { Modal } from './modal';
import type { MeasureKind } from '../../src/measure/types';

const KINDS: readonly { readonly value: MeasureKind; readonly label: string }[] = [
  { value: 'constitutional amendment', label: 'Initiative constitutional amendment' },
  { value: 'statute', label: 'Initiative statute' },
  { value: 'both', label: 'Constitutional amendment and statute' },
];

export function NewMeasureDialog({ onClose }: { readonly onClose: () => void }): ReactElement {
  const editions = useStore(libraryStore, (state) => state.editions);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<MeasureKind>('constitutional amendment');
  const [editionId, setEditionId] = useState(editions[0]?.id ?? '');
  const [submitted, setSubmitted] = useState(false);
  const edition = editions.find((candidate) => candidate.id === editionId);
  const titleError = title.trim() === '' ? 'Give the measure a title (you can change it later).' : undefined;

  return (
    <Modal title="New measure" titleId="new-measure-title" onClose={onClose}>
      {editions.length === 0 ? (
        <>
          <p>Import a constitution edition in the Library first: a measure is drafted against one edition.</p>
          <div className="modal-actions">
            <button type="button" className="button primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (titleError !== undefined || edition === undefined) return;
            onClose();
            void startDraft(edition, title.trim(), kind);
          }}
        >
          <div className="field">
            <label htmlFor="new-title">Title</label>
            <input
              id="new-title"
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              aria-invalid={submitted && titleError !== undefined}
              aria-describedby={submitted && titleError !== undefined ? 'new-title-error' : undefined}
              autoFocus
            />
            {submitted && titleError !== undefined && (
              <span id="new-title-error" className="field-error">
                {titleError}
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor="new-kind">Kind</label>
            <select id="new-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as MeasureKind)}>
              {KINDS.map((entry) => (
                <option key={entry.value} value={entry.value}>
                  {entry.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-edition">Base edition</label>
            <select id="new-edition" value={editionId} onChange={(event) => setEditionId(event.currentTarget.value)}>
              {editions.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.title} ({entry.importedFrom})
                </option>
              ))}
            </select>
            {edition !== undefined && <span className="field-hint">{editionNote(edition)}</span>}
          </div>
          <div className="modal-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button primary">
              Create measure
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
