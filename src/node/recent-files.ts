/**
 * The recently used files list (`recent-files.json` in the data folder), most recent first, written
 * atomically. A damaged list is treated as empty: it is a convenience, never a source of truth.
 */
import { readFile, mkdir, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../api/contract';
import { atomicWriteFile } from './atomic-write';

/** How many files the list keeps: what fits a File › Open Recent menu without scrolling. */
export const MAX_RECENT_FILES = 15;

const listSchema = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string(), fileName: z.string(), usedAt: z.string() })),
});

export class RecentFiles {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async readAll(): Promise<RecentFile[]> {
    try {
      const parsed = listSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.files : [];
    } catch {
      return [];
    }
  }

  /** The files that still exist, most recent first. */
  async list(): Promise<RecentFile[]> {
    const files = await this.readAll();
    const present = await Promise.all(
      files.map((entry) =>
        stat(entry.path).then(
          (info) => info.isFile(),
          () => false,
        ),
      ),
    );
    return files.filter((_entry, index) => present[index]);
  }

  /** Put `path` at the top of the list. Failures to write the list are not the user's problem: ignored. */
  add(path: string): Promise<void> {
    const job = async (): Promise<void> => {
      const files = (await this.readAll()).filter((entry) => entry.path !== path);
      files.unshift({ path, fileName: basename(path), usedAt: this.now().toISOString() });
      await mkdir(dirname(this.file), { recursive: true });
      const body = JSON.stringify({ version: 1, files: files.slice(0, MAX_RECENT_FILES) }, null, 2);
      await atomicWriteFile(this.file, Buffer.from(`${body}\n`, 'utf8'), { backup: false });
    };
    const next = this.queue.then(job, job).catch(() => undefined);
    this.queue = next;
    return next;
  }
}
