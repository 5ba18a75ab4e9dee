/** Export: write the proponents into the measure, run the host's export, follow its progress. */
import { studio } from '../api/studio-api';
import { exportStore } from '../state/export-store';
import { measureStore, setMeasureSource } from '../state/measure-store';
import { draftStore } from '../state/draft-store';
import { errorText } from '../model/error-text';
import { choiceInfo, titleSlug, type ExportChoice } from '../model/export-choices';
import { fromDraft, type ProponentDraft } from '../model/proponent-form-model';
import { withProponents } from '../model/measure-text';
import { flushMeasureSync } from '../editor/live-diff';

/** The native save dialog's path (Electron); undefined on the web host (the path field is used). */
export async function chooseOutputPath(choice: ExportChoice, current: string): Promise<string | undefined> {
  const info = choiceInfo(choice);
  const suggestedName = current.split(/[/\\]/).pop() || `${titleSlug(draftStore.get().title)}${info.extension}`;
  const picked = await studio.saveFileDialog({ purpose: info.dialog, suggestedName });
  return picked.ok && picked.value.kind === 'picked' ? picked.value.path : undefined;
}

/** Run one export; the dialog shows progress and the outcome from the export store. */
export async function runExport(request: {
  readonly choice: ExportChoice;
  readonly proponents: readonly ProponentDraft[];
  readonly outputPath: string;
}): Promise<void> {
  await flushMeasureSync();
  const current = measureStore.get().source;
  const updated = withProponents(current, request.proponents.map(fromDraft));
  if (!updated.ok) {
    exportStore.set({ running: false, error: updated.error, result: undefined });
    return;
  }
  if (updated.value !== current) setMeasureSource(updated.value);

  const jobId = `export-${crypto.randomUUID()}`;
  exportStore.set({
    jobId,
    running: true,
    progress: undefined,
    result: undefined,
    error: undefined,
    shownFolder: undefined,
  });
  const { file, edition } = draftStore.get();
  const path = file?.path;
  const common = {
    ...(edition === undefined ? {} : { baseEdition: edition.id }),
    source: updated.value,
    outputPath: request.outputPath,
    jobId,
    ...(path === undefined || path === null ? {} : { sourcePath: path }),
  };
  const info = choiceInfo(request.choice);
  const result =
    info.format === undefined
      ? await studio.exportPacket(common)
      : await studio.exportMeasure({
          ...common,
          format: info.format,
          ...(info.tracked === true ? { tracked: true } : {}),
        });
  if (exportStore.get().jobId !== jobId) return;
  exportStore.set(
    result.ok ? { running: false, result: result.value } : { running: false, error: errorText(result.error) },
  );
}

/** Reveal the export (Electron opens the file manager; the web host names the folder). */
export async function showExportInFolder(): Promise<void> {
  const result = exportStore.get().result;
  if (result === undefined) return;
  const shown = await studio.showInFolder({ path: result.files[0]?.path ?? result.outputPath });
  if (!shown.ok) exportStore.set({ error: errorText(shown.error) });
  else exportStore.set({ shownFolder: shown.value.folder });
}
