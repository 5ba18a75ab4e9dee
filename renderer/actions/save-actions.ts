/**
 * Saving the draft: to its file (atomic, with a conflict check against what is on disk), or under a
 * new name (the native dialog, or a typed path on the web host, which has no save dialog).
 */
import { studio } from '../api/studio-api';
import { draftStore } from '../state/draft-store';
import { measureStore } from '../state/measure-store';
import { showToast } from '../state/ui-store';
import { askConfirm } from '../state/confirm-store';
import { askText } from '../state/prompt-store';
import { appInfoStore } from '../state/app-info-store';
import { flushMeasureSync } from '../editor/live-diff';
import { errorText } from '../model/error-text';

function fail(message: string): void {
  showToast(message, 'danger');
}

/** Save to the draft's file, or ask where when it has none. */
export async function saveDraft(): Promise<void> {
  await flushMeasureSync();
  const draft = draftStore.get();
  if (draft.file === undefined) return;
  if (draft.file.path === null) return saveDraftAs();
  const source = measureStore.get().source;
  const saved = await studio.saveMeasure({ path: draft.file.path, source, expectedSha256: draft.file.sha256 });
  if (!saved.ok) {
    if (saved.error.code === 'conflict') {
      draftStore.set({ changedOnDisk: { sha256: null } });
      const overwrite = await askConfirm({
        title: 'The file changed on disk',
        message: `${draft.file.fileName} was changed by another program since you opened it. Overwrite it with your version? (The other version is kept as ${draft.file.fileName}.bak.)`,
        confirmLabel: 'Overwrite',
        danger: true,
      });
      if (!overwrite) return;
      const forced = await studio.saveMeasureAs({ path: draft.file.path, source, overwrite: true });
      if (!forced.ok) return fail(errorText(forced.error));
      afterSave(forced.value.path, forced.value.fileName, forced.value.sha256, source);
      return;
    }
    return fail(errorText(saved.error));
  }
  afterSave(saved.value.path, saved.value.fileName, saved.value.sha256, source);
}

/** Save under a new name: the native dialog, or a path typed in the browser. */
export async function saveDraftAs(): Promise<void> {
  await flushMeasureSync();
  const draft = draftStore.get();
  if (draft.file === undefined) return;
  const suggestedName = suggestFileName(draft.title, draft.file.fileName);
  const picked = await studio.saveFileDialog({ purpose: 'measure', suggestedName });
  if (!picked.ok) return fail(errorText(picked.error));
  if (picked.value.kind === 'cancelled') return;
  let path: string;
  let overwrite = true;
  if (picked.value.kind === 'picked') path = picked.value.path;
  else {
    const typed = await askPath(suggestedName);
    if (typed === undefined) return;
    path = typed;
    overwrite = false;
  }
  const source = measureStore.get().source;
  const saved = await studio.saveMeasureAs({ path, source, overwrite });
  if (!saved.ok) return fail(errorText(saved.error));
  afterSave(saved.value.path, saved.value.fileName, saved.value.sha256, source);
}

function afterSave(path: string, fileName: string, sha256: string, source: string): void {
  const previous = draftStore.get();
  if (previous.recoveryKey !== undefined) void studio.discardRecovery({ key: previous.recoveryKey });
  if (previous.file?.path !== undefined && previous.file.path !== null && previous.file.path !== path) {
    void studio.unwatchFile({ path: previous.file.path });
  }
  measureStore.set((state) => ({ ...state, savedSource: source }));
  draftStore.set({
    file: { path, fileName, sha256 },
    dirty: measureStore.get().source !== source,
    recoveryKey: path,
    changedOnDisk: undefined,
  });
  void studio.watchFile({ path, sha256 });
  showToast(`Saved ${fileName}.`, 'ok');
}

function suggestFileName(title: string, current: string): string {
  if (current.endsWith('.md') && !current.startsWith('untitled')) return current;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug === '' ? 'measure' : slug}.measure.md`;
}

/** The web host has no save dialog: ask for a path on this computer. */
async function askPath(suggestedName: string): Promise<string | undefined> {
  const folder = appInfoStore.get().info?.dataFolder;
  return askText({
    title: 'Save the measure as',
    label: 'Path of the file on this computer',
    hint: 'The local server writes the file there (absolute path, e.g. /home/you/measures/my-measure.measure.md).',
    initial: folder === undefined ? suggestedName : `${folder}/measures/${suggestedName}`,
    confirmLabel: 'Save',
  });
}
