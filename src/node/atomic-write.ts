/**
 * Torn-proof file replacement: write a temp file in the same folder, fsync it, keep the previous
 * version as `<file>.bak`, rename the temp over the target, fsync the folder. A kill -9 at any
 * instant leaves the target either the old or the new version (rename is atomic on POSIX and NTFS);
 * a temp file may be left behind, which `cleanStaleTempFiles` removes on the next start or save.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffix of our temp files: `.<name>.<pid>.<random>.amend-tmp`. */
const TEMP_SUFFIX = '.amend-tmp';
const TEMP_PATTERN = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.amend-tmp$/;
/**
 * A temp file of a live process is left alone unless it is this old. The largest file we write
 * (32 MiB) takes well under a second; ten minutes also covers a paused laptop without ever racing
 * a save in progress.
 */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;
/** Windows may hold a just-closed file briefly (antivirus, indexers): retry the rename this often. */
const RENAME_RETRIES = 5;
const RENAME_RETRY_DELAY_MS = 40;

/** Temp files this process is writing right now (never cleaned by ourselves). */
const inProgress = new Set<string>();

/** The path of the backup kept beside `target`. */
export function backupPathOf(target: string): string {
  return `${target}.bak`;
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * Make the rename durable. Best effort by design: Windows cannot open folders and some file systems
 * refuse fsync on them; the rename has happened either way, so the file is whole and new — only its
 * survival across a power cut is weaker there.
 */
async function fsyncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, constants.O_RDONLY);
    await handle.sync().finally(() => handle.close());
  } catch {
    // See above: nothing to undo, nothing the user can do.
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const transient = process.platform === 'win32' && ['EPERM', 'EBUSY', 'EACCES'].includes(errnoCode(error) ?? '');
      if (!transient || attempt >= RENAME_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, RENAME_RETRY_DELAY_MS * (attempt + 1)));
    }
  }
}

/** Keep the current target as `<target>.bak` (a hard link when possible: instant, no copy). */
async function keepBackup(target: string): Promise<string> {
  const backup = backupPathOf(target);
  const staging = tempPathFor(backup);
  inProgress.add(staging);
  try {
    try {
      await link(target, staging);
    } catch {
      await copyFile(target, staging);
      const handle = await open(staging, 'r+');
      await handle.sync().finally(() => handle.close());
    }
    await renameWithRetry(staging, backup);
    return backup;
  } finally {
    inProgress.delete(staging);
    await unlink(staging).catch(() => undefined);
  }
}

export interface AtomicWriteOptions {
  /** Keep the previous version as `<target>.bak` (default true). */
  readonly backup?: boolean;
  /**
   * Run once the new bytes are safely in the temp file, just before the target is replaced: the
   * last moment to refuse (by throwing; the temp file is removed and the target left as it is).
   * Checking the target here rather than before writing leaves another program no time to change
   * it unseen while a large file is being written and synced.
   */
  readonly beforeReplace?: () => Promise<void>;
}

/**
 * Replace `target` (a real path, not a symlink) with `bytes` atomically. Resolves with the backup
 * path (or null when there was no previous file or no backup was asked for). On failure the target is
 * unchanged and the temp file is removed.
 */
export async function atomicWriteFile(
  target: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<string | null> {
  const previous = await stat(target).catch((error: unknown) => {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  });
  const temp = tempPathFor(target);
  inProgress.add(temp);
  try {
    const handle = await open(temp, 'wx', previous === undefined ? 0o666 : previous.mode & 0o7777);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeReplace?.();
    const backup = previous !== undefined && options.backup !== false ? await keepBackup(target) : null;
    await renameWithRetry(temp, target);
    await fsyncFolder(dirname(target));
    return backup;
  } finally {
    inProgress.delete(temp);
    await unlink(temp).catch(() => undefined);
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

/**
 * Remove temp files left in `folder` by saves that died (kill -9, power cut): those of dead
 * processes, and any older than STALE_TEMP_AGE_MS. Returns how many were removed.
 */
export async function cleanStaleTempFiles(folder: string, now: number = Date.now()): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const match = TEMP_PATTERN.exec(name);
    if (match === null) continue;
    const path = join(folder, name);
    if (inProgress.has(path)) continue;
    const pid = Number(match[2]);
    const info = await stat(path).catch(() => undefined);
    if (info === undefined || !info.isFile()) continue;
    // Our own pid but not in progress: left by an earlier process that had the same pid.
    const stale = pid === process.pid || !processIsAlive(pid) || now - info.mtimeMs > STALE_TEMP_AGE_MS;
    if (
      stale &&
      (await unlink(path).then(
        () => true,
        () => false,
      ))
    )
      removed++;
  }
  return removed;
}
