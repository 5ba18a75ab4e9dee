/**
 * Node-side helpers shared by `amend export` and `amend packet`: read an input file exactly (bytes →
 * SHA-256 + strict UTF-8 text), write an output atomically, and print progress lines on stderr once an
 * export has run for more than a second (short exports stay quiet).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../../api/contract';
import type { ExportProgress } from '../../filing/export-types';
import type { MeasureSource } from '../../filing/measure-input';
import { err, ok, type Result } from '../../shared/result';
import { studioError, type StudioError } from '../../shared/studio-error';
import { atomicWriteFile } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import { decodeUtf8Strict } from '../utf8';

/** Read a text input: its exact text, and the SHA-256 of its exact bytes. `path` is kept as given (for messages). */
export async function readSourceFile(cwd: string, path: string): Promise<Result<Required<MeasureSource>, StudioError>> {
  let bytes: Uint8Array;
  try {
    // The same cap as the app's open (src/node/file-store.ts), checked before the file is read.
    const size = (await stat(resolve(cwd, path))).size;
    if (size > MAX_DOCUMENT_BYTES) {
      return err(
        studioError(
          'too-large',
          `${path} is ${(size / 1024 / 1024).toFixed(1)} MiB; Amendment Studio reads text files up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB.`,
          { file: path, hint: 'Is this the right file? Measures and constitution editions are far smaller.' },
        ),
      );
    }
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    return err(describeFsError(error, path, 'read'));
  }
  const text = decodeUtf8Strict(bytes, path);
  if (!text.ok) return text;
  return ok({ source: text.value, path, sha256: createHash('sha256').update(bytes).digest('hex') });
}

/** Write an output file atomically (no backup: exports are regenerated, not edited). */
export async function writeOutputFile(
  cwd: string,
  path: string,
  bytes: Uint8Array,
): Promise<Result<string, StudioError>> {
  const target = resolve(cwd, path);
  try {
    await atomicWriteFile(target, bytes, { backup: false });
    return ok(target);
  } catch (error) {
    return err(describeFsError(error, path, 'save'));
  }
}

/** Exports that finish within this long print no progress (a line per step would be noise). */
export const QUIET_PROGRESS_MS = 1000;

export interface ProgressPrinter {
  readonly onProgress: (progress: ExportProgress) => void;
  /** Stop the timer (call when the export ends, success or not). */
  stop(): void;
}

/**
 * Progress lines (`amend export: Printing PDF (2/4)`) on `write`, starting once the export has taken
 * longer than QUIET_PROGRESS_MS; the stage in progress at that moment is printed then.
 */
export function progressPrinter(command: string, write: (text: string) => void): ProgressPrinter {
  let latest: ExportProgress | undefined;
  let loud = false;
  const line = (progress: ExportProgress): void =>
    write(`${command}: ${progress.stage} (${progress.done}/${progress.total})\n`);
  const timer = setTimeout(() => {
    loud = true;
    if (latest !== undefined) line(latest);
  }, QUIET_PROGRESS_MS);
  timer.unref();
  return {
    onProgress(progress) {
      latest = progress;
      if (loud) line(progress);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
