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
import type { StudioError } from '../../src/shared/studio-error';

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
    if (saved.error.code === 'conflict')
      return resolveConflict(draft.file.path, draft.file.fileName, source, saved.error);
    return fail(errorText(saved.error));
  }
  afterSave(saved.value.path, saved.value.fileName, saved.value.sha256, source);
}

/** The question asked when the file changed on disk: what happened, and which version wins on each answer. */
export function conflictQuestion(
  fileName: string,
  error: StudioError,
): { title: string; message: string; confirmLabel: string; cancelLabel: string; danger: boolean } {
  const onDisk = error.conflict?.actualSha256 ?? null;
  const what = `${error.message} Your unsaved version is still in the editor.`;
  return onDisk === null
    ? {
        title: `${fileName} is no longer on disk`,
        message: `${what} “Save mine again” writes your unsaved version as ${fileName}; “Don’t save” keeps editing.`,
        confirmLabel: 'Save mine again',
        cancelLabel: 'Don’t save',
        danger: false,
      }
    : {
        title: `${fileName} changed on disk`,
        message:
          `${what} “Replace with mine” puts your unsaved version on disk and keeps the version on disk as ` +
          `${fileName}.bak. “Don’t save” leaves both as they are (use “Reload from disk” or Save As to compare).`,
        confirmLabel: 'Replace with mine',
        cancelLabel: 'Don’t save',
        danger: true,
      };
}

/**
 * The file changed on disk since it was read: nothing was saved. Ask (never overwrite silently);
 * on yes, save over exactly the version the user was told about, so a further change made while the
 * question was open is caught too.
 */
async function resolveConflict(path: string, fileName: string, source: string, error: StudioError): Promise<void> {
  const onDisk = error.conflict?.actualSha256 ?? null;
  draftStore.set({ changedOnDisk: { sha256: onDisk } });
  // No: the draft stays dirty with the user's text; the notice bar offers to reload or keep it.
  if (!(await askConfirm(conflictQuestion(fileName, error)))) return;
  const forced = await studio.saveMeasure({ path, source, expectedSha256: onDisk });
  if (!forced.ok) {
    if (forced.error.code === 'conflict') return resolveConflict(path, fileName, source, forced.error);
    return fail(errorText(forced.error));
  }
  afterSave(forced.value.path, forced.value.fileName, forced.value.sha256, source);
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
