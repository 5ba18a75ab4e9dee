/** The window: header, the current view, the status bar, and the dialogs. */
import { useEffect, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { uiStore } from '../state/ui-store';
import { draftStore } from '../state/draft-store';
import { AppHeader } from './app-header';
import { LibraryView } from './library-view';
import { EditView } from './edit-view';
import { MeasureView } from './measure-view';
import { CompareView } from './compare-view';
import { StatusBar } from './status-bar';
import { ConfirmDialog } from './confirm-dialog';
import { PromptDialog } from './prompt-dialog';
import { ExportDialog } from './export-dialog';
import { NewMeasureDialog } from './new-measure-dialog';
import { ShortcutsDialog } from './shortcuts-dialog';
import { NoticeBars } from './notice-bars';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useHostEvents } from './use-host-events';
import { useAutosave } from './use-autosave';
import { useUnloadGuard } from './use-unload-guard';

export function App(): ReactElement {
  const view = useStore(uiStore, (state) => state.view);
  const dialog = useStore(uiStore, (state) => state.dialog);
  const title = useStore(draftStore, (state) => state.title);
  const fileName = useStore(draftStore, (state) => state.file?.fileName);
  const dirty = useStore(draftStore, (state) => state.dirty);
  useGlobalShortcuts();
  useHostEvents();
  useAutosave();
  useUnloadGuard();

  useEffect(() => {
    const name = fileName === undefined ? '' : `${dirty ? '● ' : ''}${title === '' ? fileName : title} — `;
    document.title = `${name}Amendment Studio`;
  }, [title, fileName, dirty]);

  const closeDialog = (): void => uiStore.set({ dialog: undefined });
  return (
    <div className="app">
      <AppHeader />
      <main className="app-body" aria-label={`${view[0]!.toUpperCase()}${view.slice(1)} view`}>
        <NoticeBars />
        {view === 'library' && <LibraryView />}
        {/* The edit view stays mounted (hidden) once shown: Monaco is mounted once and keeps its state. */}
        <EditViewHost visible={view === 'edit'} />
        {view === 'measure' && <MeasureView />}
        {view === 'compare' && <CompareView />}
      </main>
      <StatusBar />
      {dialog === 'export' && <ExportDialog onClose={closeDialog} />}
      {dialog === 'new-measure' && <NewMeasureDialog onClose={closeDialog} />}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      <ConfirmDialog />
      <PromptDialog />
    </div>
  );
}

function EditViewHost({ visible }: { readonly visible: boolean }): ReactElement | null {
  const hasDraft = useStore(draftStore, (state) => state.file !== undefined);
  if (!hasDraft) return null;
  return (
    <div className="view-host" hidden={!visible}>
      <EditView />
    </div>
  );
}
