/** The header: app name, the four views, the open draft's title with its unsaved marker, and actions. */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { uiStore, showView, type ViewName } from '../state/ui-store';
import { draftStore } from '../state/draft-store';
import { runCommand } from '../actions/commands';
import { closeDraft } from '../actions/draft-actions';
import { shortcutLabel } from '../model/shortcuts';

const VIEWS: readonly { readonly view: ViewName; readonly label: string; readonly needsDraft: boolean }[] = [
  { view: 'library', label: 'Library', needsDraft: false },
  { view: 'edit', label: 'Edit', needsDraft: true },
  { view: 'measure', label: 'Measure', needsDraft: true },
  { view: 'compare', label: 'Compare', needsDraft: false },
];

export function AppHeader(): ReactElement {
  const view = useStore(uiStore, (state) => state.view);
  const title = useStore(draftStore, (state) => state.title);
  const fileName = useStore(draftStore, (state) => state.file?.fileName);
  const dirty = useStore(draftStore, (state) => state.dirty);
  const hasDraft = fileName !== undefined;
  return (
    <header className="app-header">
      <span className="brand">Amendment Studio</span>
      <nav className="view-nav" aria-label="Views">
        {VIEWS.map((entry) => (
          <button
            key={entry.view}
            type="button"
            aria-current={view === entry.view ? 'page' : undefined}
            disabled={entry.needsDraft && !hasDraft}
            onClick={() => showView(entry.view)}
          >
            {entry.label}
          </button>
        ))}
      </nav>
      <div className="doc-title" aria-live="polite">
        {hasDraft ? (
          <>
            <span className="doc-name" title={`${title === '' ? 'Untitled measure' : title} — ${fileName}`}>
              <strong>{title === '' ? 'Untitled measure' : title}</strong>
              <span className="muted"> — {fileName}</span>
            </span>
            {dirty && (
              <span className="dirty-marker" title="Unsaved changes">
                {' '}
                ● <span className="visually-hidden">unsaved changes</span>
              </span>
            )}
            <button
              type="button"
              className="close-button"
              onClick={() => void closeDraft()}
              aria-label="Close the measure"
              title="Close the measure"
            >
              ×
            </button>
          </>
        ) : (
          <span className="muted">No measure open</span>
        )}
      </div>
      <div className="header-actions">
        <button type="button" className="button" onClick={() => void runCommand('open')} title={shortcutLabel('open')}>
          Open…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void runCommand('save')}
          disabled={!hasDraft}
          title={shortcutLabel('save')}
        >
          Save
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => void runCommand('export')}
          disabled={!hasDraft}
          title={shortcutLabel('export')}
        >
          Export…
        </button>
      </div>
    </header>
  );
}
