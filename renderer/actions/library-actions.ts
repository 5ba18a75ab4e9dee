/** Library actions: list, import (browser upload or native dialog), remove editions. */
import { studio } from '../api/studio-api';
import { libraryStore } from '../state/library-store';
import { showToast } from '../state/ui-store';
import { errorText as describeError } from '../model/error-text';
import type { EditionSummary } from '../../src/api/contract';
import { lineCount, MAX_SOURCE_CHARS, MAX_SOURCE_LINES } from '../workers/diff-client';

/** Reload editions, recent files and examples. */
export async function refreshLibrary(): Promise<void> {
  const [editions, recent, examples] = await Promise.all([
    studio.listEditions({}),
    studio.listRecentFiles({}),
    studio.listExamples({}),
  ]);
  libraryStore.set({
    loaded: true,
    editions: editions.ok ? editions.value.editions : libraryStore.get().editions,
    recent: recent.ok ? recent.value.files : [],
    examples: examples.ok ? examples.value.examples : [],
    ...(editions.ok ? {} : { error: describeError(editions.error) }),
  });
}

/** Import an edition from a browser-picked file. */
export async function importEditionFile(file: File): Promise<EditionSummary | undefined> {
  const content = await file.text();
  // An edition past the live diff's cap could not be drafted against; say so before uploading it.
  if (content.length > MAX_SOURCE_CHARS) {
    libraryStore.set({
      error: `${file.name} is ${content.length.toLocaleString('en-US')} characters: too large to draft against (Amendment Studio handles editions up to ${MAX_SOURCE_CHARS.toLocaleString('en-US')}; the whole constitution is about 414,000). Nothing was imported.`,
    });
    return undefined;
  }
  const lines = lineCount(content);
  if (lines > MAX_SOURCE_LINES) {
    libraryStore.set({
      error: `${file.name} has ${lines.toLocaleString('en-US')} lines: too many to draft against (Amendment Studio handles editions up to ${MAX_SOURCE_LINES.toLocaleString('en-US')} lines; the whole constitution has about 8,700). Nothing was imported.`,
    });
    return undefined;
  }
  return runImport(file.name, { fileName: file.name, content });
}

/**
 * Import through the host's native dialog. Returns `browser` when the host has none (the caller
 * then opens its `<input type=file>`).
 */
export async function importEditionViaDialog(): Promise<EditionSummary | 'browser' | undefined> {
  const picked = await studio.openFileDialog({ purpose: 'edition' });
  if (!picked.ok) {
    libraryStore.set({ error: describeError(picked.error) });
    return undefined;
  }
  if (picked.value.kind === 'browser') return 'browser';
  if (picked.value.kind === 'cancelled') return undefined;
  const path = picked.value.path;
  return runImport(path.split(/[/\\]/).pop() ?? path, { path });
}

async function runImport(
  label: string,
  request: { fileName: string; content: string } | { path: string },
): Promise<EditionSummary | undefined> {
  libraryStore.set({ importing: label, error: undefined, importNotes: undefined });
  const result = await studio.importEdition(request);
  libraryStore.set({ importing: undefined });
  if (!result.ok) {
    libraryStore.set({ error: describeError(result.error) });
    return undefined;
  }
  const notes = result.value.messages.map((message) => `Line ${message.line}: ${message.message}`);
  libraryStore.set({ importNotes: notes });
  await refreshLibrary();
  showToast(`Imported “${result.value.edition.title}” (${result.value.edition.sections} sections).`, 'ok');
  return result.value.edition;
}

/** Import a bundled example edition (the excerpt the example measures amend). */
export async function importExampleEdition(name: string): Promise<EditionSummary | undefined> {
  const read = await studio.readExample({ name });
  if (!read.ok) {
    libraryStore.set({ error: describeError(read.error) });
    return undefined;
  }
  return runImport(name, { fileName: name, content: read.value.source });
}

/** Remove an edition from the library (measures keep their own base texts). */
export async function removeEdition(id: string): Promise<void> {
  const result = await studio.removeEdition({ id });
  if (!result.ok) libraryStore.set({ error: describeError(result.error) });
  await refreshLibrary();
}
