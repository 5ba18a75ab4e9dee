/**
 * Reading and saving the user's text files, safely:
 * - bytes are preserved (strict UTF-8, BOM and line endings kept: open → save is byte-identical);
 * - saves are atomic (atomic-write.ts) and keep a `.bak`;
 * - a save refuses to overwrite a file that changed on disk since it was read, comparing the SHA-256
 *   of the bytes (mtime and size miss same-size edits within one timestamp tick);
 * - files over MAX_DOCUMENT_BYTES and invalid UTF-8 are refused with a clear error.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { MAX_DOCUMENT_BYTES, type OpenedDocument, type SavedFile } from '../api/contract';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { atomicWriteFile, cleanStaleTempFiles } from './atomic-write';
import { describeFsError } from './fs-errors';
import { decodeUtf8Strict, encodeUtf8Strict } from './utf8';

/** SHA-256 (hex) of bytes. */
export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's bytes, or null when it does not exist. */
async function readBytesIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** SHA-256 of the file's current bytes, or null when it does not exist. */
export async function hashFileIfPresent(path: string): Promise<string | null> {
  const bytes = await readBytesIfPresent(path);
  return bytes === null ? null : sha256Bytes(bytes);
}

function tooLarge(path: string, bytes: number): StudioError {
  return studioError(
    'too-large',
    `${path} is ${(bytes / 1024 / 1024).toFixed(1)} MiB; Amendment Studio opens text files up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB.`,
    { file: path, hint: 'Is this the right file? Measures and constitution editions are far smaller.' },
  );
}

/** Read a text file exactly: the text, and the hash of the bytes it came from. */
export async function readTextFile(path: string): Promise<Result<OpenedDocument, StudioError>> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return err(studioError('io-error', `${path} is not a file.`, { file: path }));
    if (info.size > MAX_DOCUMENT_BYTES) return err(tooLarge(path, info.size));
    const bytes = await readFile(path);
    if (bytes.length > MAX_DOCUMENT_BYTES) return err(tooLarge(path, bytes.length));
    const text = decodeUtf8Strict(bytes, path);
    if (!text.ok) return text;
    return ok({ path, fileName: basename(path), source: text.value, sha256: sha256Bytes(bytes), bytes: bytes.length });
  } catch (error) {
    return err(describeFsError(error, path, 'read'));
  }
}

/** What a save expects to find on disk before it writes. */
export type SaveExpectation =
  /** The file must still have these bytes (null: must not exist). */
  | { readonly kind: 'sha256'; readonly sha256: string | null }
  /** The file must not exist (save-as without overwrite). */
  | { readonly kind: 'absent' }
  /** Replace whatever is there (the user confirmed). */
  | { readonly kind: 'overwrite' };

/** Saves to one path run one after another within this process. */
const pathQueues = new Map<string, Promise<unknown>>();

function serialised<T>(key: string, job: () => Promise<T>): Promise<T> {
  const previous = pathQueues.get(key) ?? Promise.resolve();
  const next = previous.then(job, job);
  const settled = next.catch(() => undefined);
  pathQueues.set(key, settled);
  void settled.then(() => {
    if (pathQueues.get(key) === settled) pathQueues.delete(key);
  });
  return next;
}

/** Follow a symlink to the file it names (we replace the real file, keeping the link). */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** What happened to the file on disk, in words (`current`: its bytes now, null when gone). */
function externalChange(current: Uint8Array | null): string {
  if (current === null) return 'was deleted or moved away';
  if (current.length === 0) return 'was emptied (it is 0 bytes now)';
  return 'was changed by another program';
}

function conflictError(path: string, target: string, expected: string | null, current: Uint8Array | null): StudioError {
  // A save follows a link to the file it names; say so, since the link may be what changed.
  const link = target === path ? '' : ` (a link to ${target})`;
  return studioError('conflict', `${path}${link} ${externalChange(current)} since you opened it; nothing was saved.`, {
    file: path,
    hint:
      'Your unsaved version is still in the editor. Compare it with the version on disk, then replace the version ' +
      'on disk with yours (it is kept as a .bak) or save yours under another name.',
    conflict: { expectedSha256: expected, actualSha256: current === null ? null : sha256Bytes(current) },
  });
}

async function checkExpectation(
  path: string,
  target: string,
  expectation: SaveExpectation,
): Promise<Result<null, StudioError>> {
  if (expectation.kind === 'overwrite') return ok(null);
  const current = await readBytesIfPresent(target);
  if (expectation.kind === 'absent') {
    return current === null
      ? ok(null)
      : err(
          studioError('already-exists', `${path} already exists; nothing was saved.`, {
            file: path,
            hint: 'Choose another name, or confirm that you want to replace it.',
          }),
        );
  }
  const actual = current === null ? null : sha256Bytes(current);
  return actual === expectation.sha256 ? ok(null) : err(conflictError(path, target, expectation.sha256, current));
}

/** Stops a save whose expectation no longer holds (thrown from `beforeReplace`, caught by saveTextFile). */
class SaveRefused extends Error {
  constructor(readonly refusal: StudioError) {
    super(refusal.message);
  }
}

/**
 * Save `source` to `path` atomically if the disk still holds what `expectation` says. The result's
 * hash is verified by reading the file back.
 */
export function saveTextFile(
  path: string,
  source: string,
  expectation: SaveExpectation,
): Promise<Result<SavedFile, StudioError>> {
  return serialised(path, async () => {
    const encoded = encodeUtf8Strict(source, path);
    if (!encoded.ok) return encoded;
    if (encoded.value.length > MAX_DOCUMENT_BYTES) return err(tooLarge(path, encoded.value.length));
    try {
      const target = await resolveTarget(path);
      await cleanStaleTempFiles(dirname(target));
      // The disk is checked after the temp file is written, right before it replaces the target.
      const backupPath = await atomicWriteFile(target, encoded.value, {
        beforeReplace: async () => {
          const expected = await checkExpectation(path, target, expectation);
          if (!expected.ok) throw new SaveRefused(expected.error);
        },
      });
      const written = sha256Bytes(encoded.value);
      const onDisk = await hashFileIfPresent(target);
      if (onDisk !== written) {
        return err(
          studioError('io-error', `${path} did not read back as written (the disk or another program changed it).`, {
            file: path,
            hint: backupPath === null ? 'Save again.' : `The previous version is in ${backupPath}. Save again.`,
          }),
        );
      }
      return ok({ path, fileName: basename(path), sha256: written, bytes: encoded.value.length, backupPath });
    } catch (error) {
      if (error instanceof SaveRefused) return err(error.refusal);
      return err(describeFsError(error, path, 'save'));
    }
  });
}
