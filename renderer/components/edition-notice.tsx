/** The base-edition bar of the edit and measure views: which text you edit, and that it may not be current law. */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { draftStore } from '../state/draft-store';
import { editionNote } from '../model/edition-age';

export function EditionNotice(): ReactElement | null {
  const edition = useStore(draftStore, (state) => state.edition);
  const missing = useStore(draftStore, (state) => state.missingEdition);
  if (edition !== undefined) {
    return (
      <div className="notice notice-warning notice-bar edition-bar" role="note" aria-label="Base edition">
        <span className="grow">
          <strong>Base text:</strong> {edition.title} (imported from {edition.importedFrom}). {editionNote(edition)}
        </span>
      </div>
    );
  }
  if (missing !== undefined) {
    return (
      <div className="notice notice-warning notice-bar edition-bar" role="note" aria-label="Base edition">
        <span className="grow">
          This measure was drafted against the edition “{missing.edition}” (SHA-256 {missing.sha256.slice(0, 12)}),
          which is not in your library. The measure can be read, checked and exported; to edit it in context, import
          that edition in the Library.
        </span>
      </div>
    );
  }
  return null;
}
