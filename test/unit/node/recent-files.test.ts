import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, RecentFiles } from '../../../src/node/recent-files';

describe('RecentFiles', () => {
  it('keeps the most recent first, without duplicates, bounded, and hides files that are gone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amend-recent-'));
    let clock = 0;
    const recent = new RecentFiles(join(folder, 'data', 'recent-files.json'), () => new Date(clock++ * 1000));
    const paths = Array.from({ length: MAX_RECENT_FILES + 3 }, (_unused, index) => join(folder, `f${index}.md`));
    for (const path of paths) {
      writeFileSync(path, 'x');
      await recent.add(path);
    }
    await recent.add(paths[5]!);
    const listed = await recent.list();
    expect(listed).toHaveLength(MAX_RECENT_FILES);
    expect(listed[0]).toEqual({
      path: paths[5],
      fileName: 'f5.md',
      usedAt: new Date(paths.length * 1000).toISOString(),
    });
    expect(listed[1]!.path).toBe(paths[paths.length - 1]);
    rmSync(paths[5]!);
    expect((await recent.list()).map((entry) => entry.path)).not.toContain(paths[5]);
  });

  it('treats a damaged list as empty', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amend-recent-'));
    const file = join(folder, 'recent-files.json');
    writeFileSync(file, '{"version":1,"files":[{"path":');
    const recent = new RecentFiles(file);
    expect(await recent.list()).toEqual([]);
    writeFileSync(join(folder, 'a.md'), 'x');
    await recent.add(join(folder, 'a.md'));
    expect((await recent.list()).map((entry) => entry.fileName)).toEqual(['a.md']);
  });
});
