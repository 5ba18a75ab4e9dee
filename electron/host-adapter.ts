/**
 * The HostAdapter for Electron: native open/save dialogs (attached to the main window), the file
 * manager, the OS recent-documents list, and links opened after a native confirmation.
 */
import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import type { DialogResult } from '../src/api/contract';
import type { HostAdapter } from '../src/node/host-adapter';
import { OPEN_DIALOGS, SAVE_DIALOGS } from './dialog-options';
import { confirmAndOpenExternal } from './open-external';

export interface ElectronHostDeps {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  readonly shell: Pick<Shell, 'showItemInFolder' | 'openExternal'>;
  readonly app: Pick<App, 'addRecentDocument' | 'getPath'>;
  readonly window: () => BrowserWindow | undefined;
}

export function electronHostAdapter(deps: ElectronHostDeps): HostAdapter {
  return {
    kind: 'electron',
    async openFileDialog(purpose): Promise<DialogResult> {
      const spec = OPEN_DIALOGS[purpose];
      const options = {
        title: spec.title,
        filters: spec.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
        properties: ['openFile' as const],
      };
      const window = deps.window();
      const answer =
        window === undefined
          ? await deps.dialog.showOpenDialog(options)
          : await deps.dialog.showOpenDialog(window, options);
      const path = answer.filePaths[0];
      return answer.canceled || path === undefined ? { kind: 'cancelled' } : { kind: 'picked', path };
    },
    async saveFileDialog(purpose, suggestedName): Promise<DialogResult> {
      const spec = SAVE_DIALOGS[purpose];
      const options = {
        title: spec.title,
        defaultPath: `${deps.app.getPath('documents')}/${suggestedName}`,
        filters: spec.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const window = deps.window();
      const answer =
        window === undefined
          ? await deps.dialog.showSaveDialog(options)
          : await deps.dialog.showSaveDialog(window, options);
      return answer.canceled || answer.filePath === undefined || answer.filePath === ''
        ? { kind: 'cancelled' }
        : { kind: 'picked', path: answer.filePath };
    },
    showItemInFolder(path) {
      deps.shell.showItemInFolder(path);
      return true;
    },
    addRecentDocument(path) {
      deps.app.addRecentDocument(path);
    },
    openExternalLink(link) {
      return confirmAndOpenExternal(deps, link);
    },
  };
}
