/** Loading revisions into the Compare and Merge slots: the current draft, an example, or a file. */
import { studio } from '../api/studio-api';
import { setRevision, compareStore, type RevisionSlot } from '../state/compare-store';
import { measureStore } from '../state/measure-store';
import { draftStore } from '../state/draft-store';
import { errorText } from '../model/error-text';
import { pickFile, MEASURE_FILE_TYPES } from './file-picker';
import { flushMeasureSync } from '../editor/live-diff';
import type { OpenedDocument } from '../../src/api/contract';

function loaded(slot: RevisionSlot, document: OpenedDocument, origin: string, example?: string): void {
  setRevision(slot, {
    label: `${document.fileName} (${origin})`,
    fileName: document.fileName,
    source: document.source,
    ...(document.path === null ? {} : { path: document.path }),
    ...(example === undefined ? {} : { example }),
  });
}

function failed(message: string): void {
  compareStore.set({ error: message });
}

/** The open draft as it is now (unsaved edits included). */
export async function takeDraftInto(slot: RevisionSlot): Promise<void> {
  await flushMeasureSync();
  const draft = draftStore.get();
  if (draft.file === undefined) return;
  setRevision(slot, {
    label: `${draft.file.fileName} (current draft${draft.dirty ? ', unsaved' : ''})`,
    fileName: draft.file.fileName,
    source: measureStore.get().source,
    ...(draft.file.path === null ? {} : { path: draft.file.path }),
  });
}

/** A bundled example. */
export async function loadExampleIn(slot: RevisionSlot, name: string): Promise<void> {
  const read = await studio.readExample({ name });
  if (!read.ok) return failed(errorText(read.error));
  loaded(slot, read.value, 'example', name);
}

/** A file: the native dialog, or the browser's picker on the web host. */
export async function loadFileIn(slot: RevisionSlot): Promise<void> {
  const picked = await studio.openFileDialog({ purpose: 'measure' });
  if (!picked.ok) return failed(errorText(picked.error));
  if (picked.value.kind === 'cancelled') return;
  let opened;
  if (picked.value.kind === 'picked') opened = await studio.openMeasure({ path: picked.value.path });
  else {
    const file = await pickFile(MEASURE_FILE_TYPES);
    if (file === undefined) return;
    opened = await studio.openMeasure({ fileName: file.name, content: await file.text() });
  }
  if (!opened.ok) return failed(errorText(opened.error));
  loaded(slot, opened.value, 'file');
}
