/**
 * The base-edition bar of the edit and measure views: which text you edit, and that it may not be
 * current law. It keeps to one line (the warning first, ellipsis after) so it does not eat a small
 * screen; "Details" unfolds the whole note.
 */
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useStore } from '../state/store';
import { draftStore } from '../state/draft-store';
import { editionNote } from '../model/edition-age';

export function EditionNotice(): ReactElement | null {
  const edition = useStore(draftStore, (state) => state.edition);
  const missing = useStore(draftStore, (state) => state.missingEdition);
  if (edition !== undefined) {
    return (
      <CompactNote>
        <strong>Base text:</strong> {edition.title} — {editionNote(edition)} (Imported from {edition.importedFrom}.)
      </CompactNote>
    );
  }
  if (missing !== undefined) {
    return (
      <CompactNote>
        This measure was drafted against the edition “{missing.edition}” (SHA-256 {missing.sha256.slice(0, 12)}), which
        is not in your library. The measure can be read, checked and exported; to edit it in context, import that
        edition in the Library.
      </CompactNote>
    );
  }
  return null;
}

function CompactNote({ children }: { readonly children: ReactNode }): ReactElement {
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  return (
    <div className="notice notice-warning notice-bar edition-bar" role="note" aria-label="Base edition">
      <span id={textId} className={expanded ? 'grow' : 'grow one-line'}>
        {children}
      </span>
      <button
        type="button"
        className="button small-button"
        aria-expanded={expanded}
        aria-controls={textId}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? 'Less' : 'Details'}
      </button>
    </div>
  );
}
