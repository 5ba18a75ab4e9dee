/**
 * Unsaved work, autosaved outside the user's folders (the VS Code hot-exit / Word AutoRecover
 * pattern): one JSON file per document key, written atomically, with the content's SHA-256 so a
 * damaged entry is recognised and skipped instead of restored wrong. The user's file changes only
 * when the user saves.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryItem } from '../api/contract';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { atomicWriteFile, cleanStaleTempFiles } from './atomic-write';
import { describeFsError } from './fs-errors';
import { sha256Bytes } from './file-store';
import { encodeUtf8Strict } from './utf8';

const FORMAT = 'amend-recovery';
const FORMAT_VERSION = 1;

interface Entry {
  readonly format: typeof FORMAT;
  readonly version: typeof FORMAT_VERSION;
  readonly key: string;
  readonly path: string | null;
  readonly fileName: string;
  readonly savedAt: string;
  readonly baseSha256: string | null;
  readonly sha256: string;
  readonly content: string;
}

/**
 * What a restore cannot do without: the key, the content and the content's hash. The other fields
 * are metadata; when they are damaged (VS Code's "backup with broken metadata" case) the content is
 * still restored, with safe defaults for them.
 */
function coreOf(json: unknown): { key: string; sha256: string; content: string } | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { key, sha256, content } = json as Record<string, unknown>;
  return typeof key === 'string' && typeof sha256 === 'string' && typeof content === 'string'
    ? { key, sha256, content }
    : undefined;
}
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * File name of a key's entry. Pinned by a test: if this mapping changed, existing recovery data
 * would be orphaned (people would lose their backed-up work).
 */
export function recoveryFileName(key: string): string {
  return `${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 32)}.json`;
}

export interface SaveRecoveryInput {
  readonly key: string;
  readonly content: string;
  readonly path?: string | undefined;
  readonly fileName?: string | undefined;
  readonly baseSha256?: string | null | undefined;
}

function itemOf(entry: Entry): RecoveryItem {
  return {
    key: entry.key,
    path: entry.path,
    fileName: entry.fileName,
    savedAt: entry.savedAt,
    bytes: Buffer.byteLength(entry.content, 'utf8'),
    baseSha256: entry.baseSha256,
  };
}

function fileNameOfKey(input: SaveRecoveryInput): string {
  if (input.fileName !== undefined) return input.fileName;
  if (input.path !== undefined) return input.path.split(/[/\\]/).pop() ?? input.path;
  return 'Untitled.measure.md';
}

/**
 * The entry stored in `fileName` (parsed JSON `json`, file modified at `modified`), or undefined when
 * its content cannot be trusted: a hash that does not match (torn by a disk fault, edited by hand)
 * or a key that does not name this file. Damaged metadata gets defaults instead of losing the content.
 */
function entryOf(json: unknown, fileName: string, modified: Date): Entry | undefined {
  const core = coreOf(json);
  if (core === undefined) return undefined;
  const { key, sha256, content } = core;
  if (sha256Bytes(Buffer.from(content, 'utf8')) !== sha256 || recoveryFileName(key) !== fileName) return undefined;
  const meta = json as Record<string, unknown>;
  const path = typeof meta['path'] === 'string' && meta['path'] !== '' ? meta['path'] : null;
  const savedAt = meta['savedAt'];
  const baseSha256 = meta['baseSha256'];
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    key,
    path,
    fileName:
      typeof meta['fileName'] === 'string' && meta['fileName'] !== ''
        ? meta['fileName']
        : fileNameOfKey({ key, content, ...(path === null ? {} : { path }) }),
    savedAt:
      typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt))
        ? new Date(savedAt).toISOString()
        : modified.toISOString(),
    baseSha256: typeof baseSha256 === 'string' && SHA256_HEX.test(baseSha256) ? baseSha256 : null,
    sha256,
    content,
  };
}

/** The recovery store in `folder` (created on first save). */
export class RecoveryStore {
  constructor(
    private readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Remove temp files of autosaves that were killed mid-write. Returns how many. */
  async cleanUp(): Promise<number> {
    return cleanStaleTempFiles(this.folder);
  }

  /** Autosave `input.content` under `input.key` (atomic: a kill leaves the previous autosave). */
  async save(input: SaveRecoveryInput): Promise<Result<RecoveryItem, StudioError>> {
    const encoded = encodeUtf8Strict(input.content, input.path ?? input.key);
    if (!encoded.ok) return encoded;
    const entry: Entry = {
      format: FORMAT,
      version: FORMAT_VERSION,
      key: input.key,
      path: input.path ?? null,
      fileName: fileNameOfKey(input),
      savedAt: this.now().toISOString(),
      baseSha256: input.baseSha256 ?? null,
      sha256: sha256Bytes(encoded.value),
      content: input.content,
    };
    const target = join(this.folder, recoveryFileName(input.key));
    try {
      await mkdir(this.folder, { recursive: true });
      await atomicWriteFile(target, Buffer.from(JSON.stringify(entry), 'utf8'), { backup: false });
      return ok(itemOf(entry));
    } catch (error) {
      return err(describeFsError(error, target, 'save'));
    }
  }

  private async readEntry(fileName: string): Promise<Entry | undefined> {
    try {
      const file = join(this.folder, fileName);
      const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
      return entryOf(JSON.parse(text), fileName, info.mtime);
    } catch {
      // Empty, truncated or not JSON: nothing can be restored from it (it is left on disk).
      return undefined;
    }
  }

  /** Every intact entry, most recent first. Damaged entries are skipped (and left on disk). */
  async list(): Promise<RecoveryItem[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const entries: Entry[] = [];
    for (const name of names.filter((candidate) => /^[0-9a-f]{32}\.json$/.test(candidate))) {
      const entry = await this.readEntry(name);
      if (entry !== undefined) entries.push(entry);
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map(itemOf);
  }

  /** One entry's item and content. */
  async read(key: string): Promise<Result<{ item: RecoveryItem; content: string }, StudioError>> {
    const entry = await this.readEntry(recoveryFileName(key));
    if (entry === undefined || entry.key !== key) {
      return err(studioError('not-found', `There is no recovered work for ${key}.`));
    }
    return ok({ item: itemOf(entry), content: entry.content });
  }

  /** Forget a key's entry. Resolves true when there was one. */
  async discard(key: string): Promise<Result<boolean, StudioError>> {
    const target = join(this.folder, recoveryFileName(key));
    try {
      await unlink(target);
      return ok(true);
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return ok(false);
      return err(describeFsError(error, target, 'delete'));
    }
  }
}
