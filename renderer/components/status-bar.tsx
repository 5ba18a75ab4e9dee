/** The status bar: the base edition, the diff state, the last message. */
import { useEffect, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { draftStore } from '../state/draft-store';
import { diffStore } from '../state/diff-store';
import { uiStore } from '../state/ui-store';
import { shortcutLabel } from '../model/shortcuts';

/** How long a status message stays (long enough to read two lines). */
const TOAST_MS = 6000;

export function StatusBar(): ReactElement {
  const edition = useStore(draftStore, (state) => state.edition);
  const amendments = useStore(diffStore, (state) => state.items.length);
  const toast = useStore(uiStore, (state) => state.toast);

  useEffect(() => {
    if (toast === undefined) return undefined;
    const timer = setTimeout(() => {
      if (uiStore.get().toast?.id === toast.id) uiStore.set({ toast: undefined });
    }, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <footer className="status-bar">
      <span>{edition === undefined ? 'No edition open' : `Base: ${edition.title} (${edition.importedFrom})`}</span>
      {edition !== undefined && <span>{amendments === 1 ? '1 amendment' : `${amendments} amendments`}</span>}
      <span className={`toast tone-${toast?.tone ?? 'info'}`} role="status" aria-live="polite">
        {toast?.text ?? ''}
      </span>
      <span className="spacer" />
      <span>Shortcuts: {shortcutLabel('shortcuts')}</span>
    </footer>
  );
}
