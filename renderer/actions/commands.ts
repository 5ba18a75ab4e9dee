/**
 * Every app command in one place, reached from the header buttons, the keyboard shortcuts and the
 * Electron menus (`menu-command` events). Each command is a small function in its own area.
 */
import type { MenuCommand } from '../../src/api/contract';
import type { AppCommand } from '../model/shortcuts';
import { showView, uiStore } from '../state/ui-store';
import { draftStore } from '../state/draft-store';
import { editorController } from '../editor/editor-controller';
import { importEditionFile, importEditionViaDialog } from './library-actions';
import { closeDraft, openMeasureViaDialog } from './draft-actions';
import { saveDraft, saveDraftAs } from './save-actions';
import { pickFile } from './file-picker';

const hasDraft = (): boolean => draftStore.get().file !== undefined;

const COMMANDS: Record<AppCommand, () => Promise<void> | void> = {
  new: () => {
    showView('library');
    uiStore.set({ dialog: 'new-measure' });
  },
  open: () => openMeasureViaDialog(),
  save: () => (hasDraft() ? saveDraft() : undefined),
  'save-as': () => (hasDraft() ? saveDraftAs() : undefined),
  export: () => {
    if (hasDraft()) uiStore.set({ dialog: 'export' });
  },
  'export-packet': () => {
    if (hasDraft()) uiStore.set({ dialog: 'export' });
  },
  'import-edition': async () => {
    showView('library');
    if ((await importEditionViaDialog()) === 'browser') {
      const file = await pickFile('.md,.markdown,.txt,text/markdown,text/plain');
      if (file !== undefined) await importEditionFile(file);
    }
  },
  compare: () => showView('compare'),
  find: () => {
    if (uiStore.get().view !== 'edit' && hasDraft()) showView('edit');
    requestAnimationFrame(() => editorController.runAction('actions.find'));
  },
  replace: () => {
    if (uiStore.get().view !== 'edit' && hasDraft()) showView('edit');
    requestAnimationFrame(() => editorController.runAction('editor.action.startFindReplaceAction'));
  },
  'view-library': () => showView('library'),
  'view-edit': () => (hasDraft() ? showView('edit') : undefined),
  'view-measure': () => (hasDraft() ? showView('measure') : undefined),
  'view-compare': () => showView('compare'),
  shortcuts: () => uiStore.set({ dialog: 'shortcuts' }),
};

/** Run an app command (from a button, a shortcut or a menu). */
export async function runCommand(command: AppCommand): Promise<void> {
  await COMMANDS[command]();
}

/** Run a native menu's command; undo/redo go to the constitution editor, close closes the draft. */
export async function runMenuCommand(command: MenuCommand): Promise<void> {
  if (command === 'undo' || command === 'redo') editorController.trigger(command);
  else if (command === 'close') await closeDraft();
  else await runCommand(command);
}
