/**
 * Tells the UI when a file it holds changed on disk, by content hash: a change event from the OS
 * only triggers a re-hash, and `file-changed` fires when the bytes differ from the version the UI
 * holds (touching a file, or rewriting it with the same bytes, is not a change). The folder is
 * watched rather than the file, so editors that save by rename (most do) are seen too.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { StudioEvent } from '../api/contract';
import { hashFileIfPresent } from './file-store';

/** Editors write in bursts (truncate, write, rename); wait for the burst to settle before hashing. */
const SETTLE_MS = 120;

interface Watched {
  known: string | null;
  watcher: FSWatcher | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Our own saves in flight: checks wait for them, then compare with what we wrote. */
  ownWrites: number;
  pending: boolean;
}

export class FileWatcher {
  private readonly watched = new Map<string, Watched>();

  constructor(private readonly emit: (event: StudioEvent) => void) {}

  /** Watch `path`; `known` is the hash of the version the UI holds (null: the UI expects no file). */
  watch(path: string, known: string | null): boolean {
    this.unwatch(path);
    const entry: Watched = { known, watcher: undefined, timer: undefined, ownWrites: 0, pending: false };
    try {
      entry.watcher = watch(dirname(path), { persistent: false }, (_type, name) => {
        if (name === null || name === basename(path) || name.toString() === basename(path)) this.schedule(path);
      });
      entry.watcher.on('error', () => this.unwatch(path));
    } catch {
      return false;
    }
    this.watched.set(path, entry);
    // A change between the UI's read and this call is reported too.
    this.schedule(path);
    return true;
  }

  unwatch(path: string): void {
    const entry = this.watched.get(path);
    if (entry === undefined) return;
    entry.watcher?.close();
    clearTimeout(entry.timer);
    this.watched.delete(path);
  }

  /** Call before the service writes `path` itself. */
  beginOwnWrite(path: string): void {
    const entry = this.watched.get(path);
    if (entry !== undefined) entry.ownWrites++;
  }

  /** Call after the write: `written` is the hash now on disk (or null if the write failed). */
  endOwnWrite(path: string, written: string | null): void {
    const entry = this.watched.get(path);
    if (entry === undefined) return;
    entry.ownWrites = Math.max(0, entry.ownWrites - 1);
    if (written !== null) entry.known = written;
    if (entry.ownWrites === 0 && entry.pending) this.schedule(path);
  }

  close(): void {
    for (const path of [...this.watched.keys()]) this.unwatch(path);
  }

  private schedule(path: string): void {
    const entry = this.watched.get(path);
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.check(path), SETTLE_MS);
  }

  private async check(path: string): Promise<void> {
    const entry = this.watched.get(path);
    if (entry === undefined) return;
    if (entry.ownWrites > 0) {
      entry.pending = true;
      return;
    }
    entry.pending = false;
    const now = await hashFileIfPresent(path).catch(() => null);
    if (this.watched.get(path) !== entry || entry.ownWrites > 0) return;
    if (now === entry.known) return;
    entry.known = now;
    this.emit({ type: 'file-changed', path, sha256: now });
  }
}
