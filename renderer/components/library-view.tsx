/** The library: constitution editions on the left, measures (new, open, recent, examples) on the right. */
import { useEffect, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { libraryStore } from '../state/library-store';
import { refreshLibrary } from '../actions/library-actions';
import { FirstRun } from './first-run';
import { EditionList } from './edition-list';
import { MeasuresSection } from './measures-section';

export function LibraryView(): ReactElement {
  const loaded = useStore(libraryStore, (state) => state.loaded);
  const editions = useStore(libraryStore, (state) => state.editions);
  const error = useStore(libraryStore, (state) => state.error);
  const notes = useStore(libraryStore, (state) => state.importNotes);

  useEffect(() => {
    void refreshLibrary();
  }, []);

  return (
    <div className="library-view">
      {error !== undefined && (
        <p className="notice notice-danger" role="alert">
          {error}
        </p>
      )}
      {notes !== undefined && notes.length > 0 && (
        <details className="notice notice-info import-notes">
          <summary>
            The import reported {notes.length} {notes.length === 1 ? 'note' : 'notes'}
          </summary>
          <ul>
            {notes.slice(0, 50).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      {!loaded ? (
        <p className="muted">Loading the library…</p>
      ) : editions.length === 0 ? (
        <FirstRun />
      ) : (
        <div className="library-columns">
          <EditionList editions={editions} />
          <MeasuresSection />
        </div>
      )}
    </div>
  );
}
