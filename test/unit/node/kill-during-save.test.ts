/**
 * D1 and D3: kill -9 during save and during autosave. A child process saves in a loop through the
 * real save path; we SIGKILL it at a random moment and check the file is always exactly the old or
 * the new version (by hash), never torn or missing. AMEND_KILL_TRIALS raises N for the report figure.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanStaleTempFiles } from '../../../src/node/atomic-write';
import { RecoveryStore } from '../../../src/node/recovery-store';
import { reportFigure } from '../../support/figures';
import { bundleSaveLoopChild, killDuringSaves } from './support/kill-harness';

const TRIALS = Number(process.env['AMEND_KILL_TRIALS'] ?? 200);
const RECOVERY_TRIALS = 50;
/** The control only has to show the oracle can fail; 20 kills of a 4 MB plain write tear most files. */
const CONTROL_TRIALS = 20;
/** 1 KB, 1 MB, 4 MB: a measure, a big measure, ten constitutions. */
const SIZES = [1024, 1024 * 1024, 4 * 1024 * 1024];
/** Kill within this long after the first save: several 1 KB–1 MB saves and about one 4 MB save (~20 ms here). */
const MAX_KILL_DELAY_MS = 25;

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const versionHashes = (size: number): string[] =>
  ['A', 'B'].map((letter) => sha(Buffer.from(`${letter.repeat(size - 1)}\n`, 'utf8')));

let child: string;
beforeAll(async () => {
  child = await bundleSaveLoopChild();
});

describe('kill -9 during save', () => {
  it(`leaves the file old or new, never torn, over ${TRIALS} kills`, { timeout: 600_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amend-kill-'));
    let torn = 0;
    let tornBackups = 0;
    let staleTemps = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const size = SIZES[trial % SIZES.length]!;
      const target = join(folder, `draft-${size}.measure.md`);
      await killDuringSaves(child, target, size, 'file', Math.random() * MAX_KILL_DELAY_MS);
      const valid = versionHashes(size);
      if (!existsSync(target) || !valid.includes(sha(readFileSync(target)))) torn++;
      const backup = `${target}.bak`;
      if (existsSync(backup) && !valid.includes(sha(readFileSync(backup)))) tornBackups++;
      staleTemps += await cleanStaleTempFiles(folder);
    }
    const leftovers = readdirSync(folder).filter((name) => name.endsWith('.amend-tmp'));
    reportFigure(
      'kill-during-save',
      `kill -9 during save: ${TRIALS} trials (1 KB / 1 MB / 4 MB), ${torn} torn or missing, ${tornBackups} torn backups, ` +
        `${staleTemps} stale temp files cleaned, ${leftovers.length} left`,
      torn === 0 && tornBackups === 0 && leftovers.length === 0,
    );
    expect({ torn, tornBackups, leftovers }).toEqual({ torn: 0, tornBackups: 0, leftovers: [] });
  });

  it('catches torn files when saves are not atomic (control: plain fs.writeFile)', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amend-kill-naive-'));
    const size = 4 * 1024 * 1024;
    const target = join(folder, 'naive.md');
    const valid = versionHashes(size);
    let torn = 0;
    for (let trial = 0; trial < CONTROL_TRIALS; trial++) {
      await killDuringSaves(child, target, size, 'naive', Math.random() * MAX_KILL_DELAY_MS);
      if (!valid.includes(sha(readFileSync(target)))) torn++;
    }
    console.log(`control, plain fs.writeFile: ${CONTROL_TRIALS} trials, ${torn} torn`);
    expect(torn).toBeGreaterThan(0);
  });

  it(`keeps the last autosave readable over ${RECOVERY_TRIALS} kills`, { timeout: 300_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amend-kill-recovery-'));
    const store = new RecoveryStore(join(folder, 'recovery'));
    const size = 64 * 1024;
    const valid = versionHashes(size);
    let lost = 0;
    for (let trial = 0; trial < RECOVERY_TRIALS; trial++) {
      await killDuringSaves(child, join(folder, 'unused.md'), size, 'recovery', Math.random() * MAX_KILL_DELAY_MS);
      const items = await store.list();
      const read = await store.read('untitled:kill-test');
      if (items.length !== 1 || !read.ok || !valid.includes(sha(Buffer.from(read.value.content, 'utf8')))) lost++;
      await store.cleanUp();
    }
    console.log(`kill -9 during autosave: ${RECOVERY_TRIALS} trials, ${lost} recoveries lost or damaged`);
    expect(lost).toBe(0);
  });
});
