/**
 * Unsaved work, autosaved outside the user's folders (the VS Code hot-exit / Word AutoRecover
 * pattern): one JSON file per document key, written atomically, with the content's SHA-256 so a
 * damaged entry is recognised and skipped instead of restored wrong. The user's file changes only
 * when the user saves.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryItem } from '../api/contract';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { atomicWriteFile, cleanStaleTempFiles } from './atomic-write';
import { describeFsError } from './fs-errors';
import { sha256Bytes } from './file-store';
import { encodeUtf8Strict } from './utf8';

const FORMAT = 'amend-recovery';
const FORMAT_VERSION = 1;

const entrySchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  key: z.string(),
  path: z.string().nullable(),
  fileName: z.string(),
  savedAt: z.string(),
  baseSha256: z.string().nullable(),
  sha256: z.string(),
  content: z.string(),
});
type Entry = z.infer<typeof entrySchema>;

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
      const parsed = entrySchema.safeParse(JSON.parse(await readFile(join(this.folder, fileName), 'utf8')));
      if (!parsed.success) return undefined;
      // A damaged entry (torn by a disk fault, edited by hand) is skipped, never restored wrong.
      if (sha256Bytes(Buffer.from(parsed.data.content, 'utf8')) !== parsed.data.sha256) return undefined;
      if (recoveryFileName(parsed.data.key) !== fileName) return undefined;
      return parsed.data;
    } catch {
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
