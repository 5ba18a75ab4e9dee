/**
 * StudioApi: exports. Delegates to the exporters in src/filing with the host's Printer and the
 * fonts read from disk, streams their progress as `export-progress` events, and writes the output
 * atomically (an interrupted export never leaves half a PDF under the chosen name).
 */
import { mkdir } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { ExportResponse, StudioApi } from '../../api/contract';
import { parseMeasure } from '../../measure/parse-measure';
import { exportMeasure } from '../../filing/export';
import type { ExportDeps, ExportFonts, ExportOutput, ExportProgress } from '../../filing/export-types';
import { buildPacket } from '../../filing/packet';
import type { Printer } from '../../filing/printer';
import type { EditionSource } from '../../filing/verify-base';
import { err, ok, type Result } from '../../shared/result';
import type { StudioError } from '../../shared/studio-error';
import { atomicWriteFile } from '../atomic-write';
import type { EditionLibrary } from '../edition-library';
import { sha256Bytes } from '../file-store';
import { describeFsError } from '../fs-errors';
import { exportPath, folderPath } from '../path-policy';
import { loadDocxFont, loadPrintFonts } from '../printer/print-fonts';
import type { ServiceContext } from './context';

type ExportMethods = Pick<StudioApi, 'exportMeasure' | 'exportPacket'>;

export interface ExportSetup {
  /** The host's printer (Chromium via playwright-core, or Electron's printToPDF). */
  readonly printer: () => Printer;
  /** Font bytes for print and DOCX; read once, on the first export. */
  readonly fonts?: () => ExportFonts;
}

function defaultFonts(): ExportFonts {
  const docx = loadDocxFont();
  return { print: loadPrintFonts(), ...(docx === undefined ? {} : { docx }) };
}

async function writeOutput(
  path: string,
  bytes: Uint8Array,
  notes: readonly string[],
): Promise<Result<ExportResponse, StudioError>> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await atomicWriteFile(path, bytes, { backup: false });
  } catch (error) {
    return err(describeFsError(error, path, 'write'));
  }
  return ok({ outputPath: path, files: [{ path, sha256: sha256Bytes(bytes), bytes: bytes.length }], notes });
}

/**
 * Where the packet goes: the `.pdf` path given, or `<folder>/<title-slug>-packet.pdf` when a folder
 * was given (the web UI's path field may name either). The folder is created on write.
 */
export function packetOutputPath(outputPath: string, source: string): Result<string, StudioError> {
  if (extname(outputPath).toLowerCase() === '.pdf') return exportPath(outputPath, 'pdf');
  const folder = folderPath(outputPath);
  if (!folder.ok) return folder;
  const slug = parseMeasure(source)
    .meta.title.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return ok(join(folder.value, `${slug === '' ? 'measure' : slug}-packet.pdf`));
}

export function exportMethods(context: ServiceContext, library: EditionLibrary, setup: ExportSetup): ExportMethods {
  let fonts: ExportFonts | undefined;
  const deps = (jobId: string | undefined): ExportDeps => {
    fonts ??= (setup.fonts ?? defaultFonts)();
    const onProgress =
      jobId === undefined
        ? undefined
        : (progress: ExportProgress): void =>
            context.events.emit({
              type: 'export-progress',
              jobId,
              stage: progress.stage,
              completed: progress.done,
              total: progress.total,
            });
    return { printer: setup.printer(), fonts, ...(onProgress === undefined ? {} : { onProgress }) };
  };

  const baseOf = async (id: string | undefined): Promise<Result<EditionSource | undefined, StudioError>> => {
    if (id === undefined) return ok(undefined);
    const edition = await library.read(id);
    return edition.ok ? ok({ source: edition.value.source, path: edition.value.meta.title }) : edition;
  };

  return {
    async exportMeasure(request) {
      const output = exportPath(request.outputPath, request.format);
      if (!output.ok) return output;
      const base = await baseOf(request.baseEdition);
      if (!base.ok) return base;
      const exported: Result<ExportOutput, StudioError> = await exportMeasure(
        {
          measure: {
            source: request.source,
            ...(request.sourcePath === undefined ? {} : { path: request.sourcePath }),
          },
          format: request.format,
          ...(request.tracked === undefined ? {} : { tracked: request.tracked }),
          ...(base.value === undefined ? {} : { base: base.value }),
          ...(request.compareToSource === undefined ? {} : { compareTo: { source: request.compareToSource } }),
        },
        deps(request.jobId),
      );
      if (!exported.ok) return exported;
      return writeOutput(output.value, exported.value.bytes, exported.value.notes);
    },
    async exportPacket(request) {
      const output = packetOutputPath(request.outputPath, request.source);
      if (!output.ok) return output;
      const base = await baseOf(request.baseEdition);
      if (!base.ok) return base;
      const pdf = await buildPacket(
        {
          measure: {
            source: request.source,
            ...(request.sourcePath === undefined ? {} : { path: request.sourcePath }),
          },
          date: request.date ?? new Date().toISOString().slice(0, 10),
          ...(request.addressee === undefined ? {} : { addressee: request.addressee }),
          ...(base.value === undefined ? {} : { base: base.value }),
          ...(request.amendment === undefined
            ? {}
            : {
                amendment: {
                  filed: { source: request.amendment.filedSource },
                  ...(request.amendment.fileNumber === undefined ? {} : { fileNumber: request.amendment.fileNumber }),
                },
              }),
        },
        deps(request.jobId),
      );
      if (!pdf.ok) return pdf;
      return writeOutput(output.value, pdf.value.bytes, pdf.value.notes);
    },
  };
}
