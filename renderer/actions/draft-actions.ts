/**
 * The open draft's life: start one from an edition, open a measure (file, upload, example, recent,
 * recovery), save / save as, close, and react to the file changing on disk. Every path that would
 * drop unsaved work asks first.
 */
import { studio } from '../api/studio-api';
import { draftStore, type DraftFile } from '../state/draft-store';
import { measureStore } from '../state/measure-store';
import { libraryStore } from '../state/library-store';
import { showToast, showView } from '../state/ui-store';
import { askConfirm } from '../state/confirm-store';
import { closeForDiff, openForDiff } from '../editor/live-diff';
import { errorText } from '../model/error-text';
import { measureBase, measureTitle } from '../model/measure-text';
import { editionForBase } from '../model/base-edition';
import { pickFile, MEASURE_FILE_TYPES } from './file-picker';
import { refreshLibrary } from './library-actions';
import type { EditionSummary, OpenedDocument } from '../../src/api/contract';
import { OPEN_START_MARK, OPEN_TO_INTERACTIVE } from '../model/perf-marks';
import type { MeasureKind } from '../../src/measure/types';
import { lineCount, MAX_SOURCE_CHARS } from '../workers/diff-client';

/** Ask before replacing a draft with unsaved changes. */
export async function confirmDiscard(action: string): Promise<boolean> {
  if (!draftStore.get().dirty) return true;
  return askConfirm({
    title: 'Discard unsaved changes?',
    message: `“${draftStore.get().title || 'This measure'}” has changes that are not saved. ${action} will discard them (the autosaved copy is removed too).`,
    confirmLabel: 'Discard changes',
    danger: true,
  });
}

/**
 * Most lines a measure may have. The measure is read on the UI thread (its parts feed the form), at
 * about a millisecond per 2,000 lines; a measure restating the whole constitution twice has ~18,000.
 */
const MAX_MEASURE_LINES = 50_000;

function measureTooLarge(fileName: string, chars: number): string {
  return `${fileName} is ${chars.toLocaleString('en-US')} characters: too large to open as a measure (Amendment Studio opens measures up to ${MAX_SOURCE_CHARS.toLocaleString('en-US')}). Nothing was changed.`;
}

function fail(message: string): void {
  showToast(message, 'danger');
}

/** A new measure against `edition`, opened in the edit view. */
export async function startDraft(
  edition: EditionSummary,
  title = 'Untitled measure',
  kind: MeasureKind = 'constitutional amendment',
): Promise<void> {
  if (!(await confirmDiscard('Starting a new measure'))) return;
  performance.mark(OPEN_START_MARK);
  const created = await studio.newMeasure({ title, kind, baseEdition: edition.id });
  if (!created.ok) return fail(errorText(created.error));
  await openDocument(created.value, { preferView: 'edit', startMarked: true });
}

/** Open a measure through the native dialog, or the browser's file picker on the web host. */
export async function openMeasureViaDialog(): Promise<void> {
  if (!(await confirmDiscard('Opening another measure'))) return;
  const picked = await studio.openFileDialog({ purpose: 'measure' });
  if (!picked.ok) return fail(errorText(picked.error));
  if (picked.value.kind === 'cancelled') return;
  if (picked.value.kind === 'picked') return openMeasurePath(picked.value.path, false);
  const file = await pickFile(MEASURE_FILE_TYPES);
  if (file === undefined) return;
  const content = await file.text();
  // Refused before the upload: sending a huge file to the host and back costs the UI thread too.
  if (content.length > MAX_SOURCE_CHARS) return fail(measureTooLarge(file.name, content.length));
  const opened = await studio.openMeasure({ fileName: file.name, content });
  if (!opened.ok) return fail(errorText(opened.error));
  await openDocument(opened.value);
}

/** Open a measure file by path (recent files, the OS "open with"). */
export async function openMeasurePath(path: string, ask = true): Promise<void> {
  if (ask && !(await confirmDiscard('Opening another measure'))) return;
  const opened = await studio.openMeasure({ path });
  if (!opened.ok) return fail(errorText(opened.error));
  await openDocument(opened.value);
}

/** Open a bundled example as an unsaved measure. */
export async function openExample(name: string): Promise<void> {
  if (!(await confirmDiscard('Opening an example'))) return;
  const opened = await studio.readExample({ name });
  if (!opened.ok) return fail(errorText(opened.error));
  await openDocument(opened.value);
}

/**
 * Make `document` the open draft. The edit view needs its base edition from the library; without it
 * the measure still renders (measure files are self-contained) and the edit view explains why.
 */
export async function openDocument(
  document: OpenedDocument,
  options: {
    readonly preferView?: 'edit' | 'measure';
    readonly workingSource?: string;
    readonly recoveryKey?: string;
    /** The caller marked the start of the open (so the host round trip before it counts too). */
    readonly startMarked?: boolean;
  } = {},
): Promise<void> {
  if (options.startMarked !== true) performance.mark(OPEN_START_MARK);
  const source = options.workingSource ?? document.source;
  // Reading the measure's parts runs on the UI thread; a measure restating the whole constitution
  // twice is about a megabyte, so the diff's cap is far above any real measure.
  if (source.length > MAX_SOURCE_CHARS) return fail(measureTooLarge(document.fileName, source.length));
  const lines = lineCount(source);
  if (lines > MAX_MEASURE_LINES) {
    return fail(
      `${document.fileName} has ${lines.toLocaleString('en-US')} lines: too many to open as a measure (Amendment Studio opens measures up to ${MAX_MEASURE_LINES.toLocaleString('en-US')} lines). Nothing was changed.`,
    );
  }
  const base = measureBase(source);
  if (!libraryStore.get().loaded) await refreshLibrary();
  const editions = libraryStore.get().editions;
  const edition = editionForBase(editions, base);
  await releaseDraft();

  const file: DraftFile = { path: document.path, fileName: document.fileName, sha256: document.sha256 };
  measureStore.set((state) => ({ source, savedSource: document.source, revision: state.revision + 1 }));
  draftStore.set({
    file,
    title: measureTitle(source) ?? document.fileName,
    edition,
    missingEdition: edition === undefined ? base : undefined,
    dirty: source !== document.source,
    recoveryKey: options.recoveryKey ?? document.path ?? `untitled:${crypto.randomUUID()}`,
    changedOnDisk: undefined,
  });
  showView(edition !== undefined && options.preferView !== 'measure' ? 'edit' : 'measure');
  if (edition !== undefined) {
    const read = await studio.readEdition({ id: edition.id });
    if (!read.ok) return fail(errorText(read.error));
    const opened = await openForDiff(read.value.source, source);
    // Interactive once the text, its outline and the amendment list have been painted.
    requestAnimationFrame(() => performance.measure(OPEN_TO_INTERACTIVE, OPEN_START_MARK));
    if (opened !== undefined && opened.problems.length > 0) showToast(opened.problems.join(' '), 'danger');
  }
  if (document.path !== null) void studio.watchFile({ path: document.path, sha256: document.sha256 });
}

/** Stop watching the current file and forget its editor state. */
async function releaseDraft(): Promise<void> {
  const path = draftStore.get().file?.path;
  if (path !== undefined && path !== null) await studio.unwatchFile({ path });
  closeForDiff();
}

/** Reload the draft from disk after another program changed it (asks first if there are unsaved changes). */
export async function reloadFromDisk(): Promise<void> {
  const path = draftStore.get().file?.path;
  if (path === undefined || path === null) return;
  if (!(await confirmDiscard('Reloading from disk'))) return;
  draftStore.set({ dirty: false });
  await openMeasurePath(path, false);
}

/** Keep the version in the app; the next save asks before overwriting. */
export function keepMine(): void {
  draftStore.set({ changedOnDisk: undefined, dirty: true });
}

/** Close the draft and go back to the library. */
export async function closeDraft(): Promise<void> {
  if (!(await confirmDiscard('Closing'))) return;
  const key = draftStore.get().recoveryKey;
  if (key !== undefined) void studio.discardRecovery({ key });
  await releaseDraft();
  measureStore.set((state) => ({ source: '', savedSource: '', revision: state.revision + 1 }));
  draftStore.set({
    file: undefined,
    title: '',
    edition: undefined,
    missingEdition: undefined,
    dirty: false,
    recoveryKey: undefined,
  });
  showView('library');
}
