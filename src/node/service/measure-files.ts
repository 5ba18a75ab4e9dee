/** StudioApi: opening and saving measure files, recent files, watching for external changes. */
import { dirname } from 'node:path';
import type { OpenedDocument, SavedFile, StudioApi } from '../../api/contract';
import { ok, type Result } from '../../shared/result';
import type { StudioError } from '../../shared/studio-error';
import { cleanStaleTempFiles } from '../atomic-write';
import { readTextFile, saveTextFile, sha256Bytes, type SaveExpectation } from '../file-store';
import { documentPath, readableDocumentPath } from '../path-policy';
import { encodeUtf8Strict } from '../utf8';
import type { ServiceContext } from './context';

type MeasureFileMethods = Pick<
  StudioApi,
  'openMeasure' | 'saveMeasure' | 'saveMeasureAs' | 'listRecentFiles' | 'watchFile' | 'unwatchFile'
>;

/** An uploaded file (browser): checked like a file on disk, but not on disk (path and sha256 null). */
export function uploadedDocument(fileName: string, content: string): Result<OpenedDocument, StudioError> {
  const encoded = encodeUtf8Strict(content, fileName);
  if (!encoded.ok) return encoded;
  return ok({ path: null, fileName, source: content, sha256: null, bytes: encoded.value.length });
}

export function measureFileMethods(context: ServiceContext): MeasureFileMethods {
  const remember = async (path: string): Promise<void> => {
    await context.recent.add(path);
    context.host.addRecentDocument(path);
  };

  const save = async (
    rawPath: string,
    source: string,
    expectation: SaveExpectation,
  ): Promise<Result<SavedFile, StudioError>> => {
    const path = documentPath(rawPath);
    if (!path.ok) return path;
    context.watcher.beginOwnWrite(path.value);
    let written: string | null = null;
    try {
      const saved = await saveTextFile(path.value, source, expectation);
      if (saved.ok) {
        written = saved.value.sha256;
        await remember(path.value);
      }
      return saved;
    } finally {
      context.watcher.endOwnWrite(path.value, written);
    }
  };

  return {
    async openMeasure(request) {
      if (!('path' in request)) return uploadedDocument(request.fileName, request.content);
      const path = await readableDocumentPath(request.path);
      if (!path.ok) return path;
      const opened = await readTextFile(path.value);
      if (opened.ok) {
        await remember(path.value);
        // A save killed mid-write (kill -9, power cut) leaves a temp file beside the document: sweep
        // its folder when the document is opened, not only at its next save.
        await cleanStaleTempFiles(dirname(path.value));
      }
      return opened;
    },
    saveMeasure: (request) => save(request.path, request.source, { kind: 'sha256', sha256: request.expectedSha256 }),
    saveMeasureAs: (request) =>
      save(request.path, request.source, request.overwrite ? { kind: 'overwrite' } : { kind: 'absent' }),
    async listRecentFiles() {
      return ok({ files: await context.recent.list() });
    },
    watchFile(request) {
      const path = documentPath(request.path);
      if (!path.ok) return Promise.resolve(path);
      return Promise.resolve(ok({ watching: context.watcher.watch(path.value, request.sha256) }));
    },
    unwatchFile(request) {
      const path = documentPath(request.path);
      if (!path.ok) return Promise.resolve(path);
      context.watcher.unwatch(path.value);
      return Promise.resolve(ok({ watching: false }));
    },
  };
}

/** SHA-256 of a text's UTF-8 bytes (what it would hash to on disk). */
export function sha256OfSource(source: string): string {
  return sha256Bytes(Buffer.from(source, 'utf8'));
}
