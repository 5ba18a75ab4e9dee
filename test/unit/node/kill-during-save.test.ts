/**
 * D1 and D3: kill -9 during save and during autosave. A child process saves numbered versions in a
 * loop through the real save path; we SIGKILL it at a random moment spread over one save of that
 * size and check the file is always exactly one version (never torn or missing) and never older
 * than the last save the child had reported done (no acknowledged save lost).
 * AMEND_KILL_TRIALS raises N.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanStaleTempFiles } from '../../../src/node/atomic-write';
import { RecoveryStore } from '../../../src/node/recovery-store';
import { reportFigure } from '../../support/figures';
import {
  bundleSaveLoopChild,
  measureSaveMs,
  runChildUntilKilled,
  spawnSaveChild,
  type SaveMode,
  type WarmChild,
} from './support/kill-harness';
import { KILL_TEST_RECOVERY_KEY, recoveryFolderFor, versionRound } from './support/save-versions';

const TRIALS = Number(process.env['AMEND_KILL_TRIALS'] ?? 210);
const RECOVERY_TRIALS = 50;
/** The control only has to show the oracle can fail; 20 kills of a 4 MB plain write tear most files. */
const CONTROL_TRIALS = 20;
const KB = 1024;
const MB = 1024 * KB;
/** 1 KB, 1 MB, 20 MB (the issue's sizes): a measure, a big measure, fifty constitutions. */
const SIZES = [KB, MB, 20 * MB];
const SIZE_LABEL = '1 KB / 1 MB / 20 MB';
/**
 * The kill lands uniformly within this many save durations after the child is ready (just before
 * a save starts): the whole save, plus the gap before the next one and jitter in the timing.
 */
const KILL_WINDOW_IN_SAVES = 1.25;

let child: string;
beforeAll(async () => {
  child = await bundleSaveLoopChild();
});

/** Round of the version at `path`; undefined when missing or torn. */
function roundOnDisk(path: string, size: number): number | undefined {
  return existsSync(path) ? versionRound(readFileSync(path), size) : undefined;
}

interface Target {
  readonly size: number;
  readonly path: string;
  /** One save's duration in the child, ms (the window kills are spread over). */
  readonly saveMs: number;
  /** Round of the whole version on disk now. */
  round: number;
}

/** Calibrate one target per size: time a save, and leave a whole version on disk. */
async function prepareTarget(folder: string, size: number, mode: SaveMode): Promise<Target> {
  const path = join(folder, `draft-${size}.measure.md`);
  const saveMs = await measureSaveMs(child, path, size, mode, 0);
  const round = roundOnDisk(path, size);
  if (round === undefined) throw new Error(`calibration left ${path} torn`);
  return { size, path, saveMs, round };
}

/** One kill (with `warm`, a child spawned ahead for this target); returns what the oracle found. */
async function killOnce(
  target: Target,
  mode: SaveMode,
  warm: WarmChild = spawnSaveChild(child, target.path, target.size, mode),
): Promise<{ torn: boolean; lost: boolean; tornBackup: boolean }> {
  const before = target.round;
  const run = await warm.run(before + 1, () => Math.random() * target.saveMs * KILL_WINDOW_IN_SAVES);
  if (!existsSync(target.path)) return { torn: false, lost: true, tornBackup: false };
  const round = roundOnDisk(target.path, target.size);
  if (round === undefined) return { torn: true, lost: false, tornBackup: false };
  target.round = round;
  // Acknowledged saves are on disk; at most the one in progress may have landed after them.
  const acked = run.lastAckedRound ?? before;
  const backup = `${target.path}.bak`;
  const backupRound = existsSync(backup) ? roundOnDisk(backup, target.size) : round - 1;
  return {
    torn: round > acked + 1,
    lost: round < acked,
    tornBackup: backupRound === undefined || backupRound > round,
  };
}

describe('kill -9 during save', () => {
  it(`leaves the file old or new, never torn or lost, over ${TRIALS} kills`, { timeout: 600_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amend-kill-'));
    const targets: Target[] = [];
    for (const size of SIZES) targets.push(await prepareTarget(folder, size, 'file'));
    await cleanStaleTempFiles(folder);
    let torn = 0;
    let lost = 0;
    let staleTemps = 0;
    const midWriteKills = new Map<number, number>(SIZES.map((size) => [size, 0]));
    const elapsed = new Map<number, number>(SIZES.map((size) => [size, 0]));
    const warmChildFor = (trial: number): WarmChild => {
      const target = targets[trial % targets.length]!;
      return spawnSaveChild(child, target.path, target.size, 'file');
    };
    let warm = warmChildFor(0);
    for (let trial = 0; trial < TRIALS; trial++) {
      const target = targets[trial % targets.length]!;
      const started = performance.now();
      const current = warm;
      // The next trial's child boots while this one runs (it waits before touching the disk).
      if (trial + 1 < TRIALS) warm = warmChildFor(trial + 1);
      const found = await killOnce(target, 'file', current);
      elapsed.set(target.size, elapsed.get(target.size)! + performance.now() - started);
      if (found.torn || found.tornBackup) torn++;
      if (found.lost) lost++;
      // The next start's clean-up: every temp file left means the kill landed inside a save.
      const cleaned = await cleanStaleTempFiles(folder);
      staleTemps += cleaned;
      if (cleaned > 0) midWriteKills.set(target.size, midWriteKills.get(target.size)! + 1);
    }
    const leftovers = readdirSync(folder).filter((name) => name.endsWith('.amend-tmp'));
    const windows = targets.map((target) => `${target.saveMs.toFixed(0)} ms`).join(' / ');
    console.log(
      `kill -9 during save: save windows ${windows}; kills that left a temp file: ${[...midWriteKills.values()].join(' / ')}; ` +
        `time per size: ${[...elapsed.values()].map((ms) => `${(ms / 1000).toFixed(1)} s`).join(' / ')}`,
    );
    reportFigure(
      'kill-during-save',
      `kill -9 during save: ${TRIALS} trials (${SIZE_LABEL}), ${torn} torn, ${lost} lost, ${staleTemps} stale temp files cleaned`,
      torn === 0 && lost === 0 && leftovers.length === 0,
    );
    expect({ torn, lost, leftovers }).toEqual({ torn: 0, lost: 0, leftovers: [] });
    // The kills really landed inside 20 MB saves, not only between them.
    expect(midWriteKills.get(20 * MB)).toBeGreaterThan(0);
  });

  it('catches torn files when saves are not atomic (control: plain fs.writeFile)', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amend-kill-naive-'));
    const target = await prepareTarget(folder, 4 * MB, 'naive');
    let torn = 0;
    for (let trial = 0; trial < CONTROL_TRIALS; trial++) {
      const found = await killOnce(target, 'naive');
      if (found.torn || found.lost || roundOnDisk(target.path, target.size) === undefined) torn++;
    }
    console.log(`control, plain fs.writeFile: ${CONTROL_TRIALS} trials, ${torn} torn`);
    expect(torn).toBeGreaterThan(0);
  });

  it(`keeps the last autosave readable over ${RECOVERY_TRIALS} kills`, { timeout: 300_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'amend-kill-recovery-'));
    const path = join(folder, 'unused.md');
    const store = new RecoveryStore(recoveryFolderFor(path));
    const size = 64 * KB;
    const autosavedRound = async (): Promise<number | undefined> => {
      const read = await store.read(KILL_TEST_RECOVERY_KEY);
      return read.ok ? versionRound(Buffer.from(read.value.content, 'utf8'), size) : undefined;
    };
    const saveMs = await measureSaveMs(child, path, size, 'recovery', 0);
    let round = (await autosavedRound()) ?? 0;
    let lost = 0;
    for (let trial = 0; trial < RECOVERY_TRIALS; trial++) {
      const run = await runChildUntilKilled(child, path, size, 'recovery', round + 1, () => {
        return Math.random() * saveMs * KILL_WINDOW_IN_SAVES;
      });
      const items = await store.list();
      const found = await autosavedRound();
      if (items.length !== 1 || found === undefined || found < (run.lastAckedRound ?? round)) lost++;
      round = found ?? round;
      await store.cleanUp();
    }
    console.log(`kill -9 during autosave: ${RECOVERY_TRIALS} trials, ${lost} recoveries lost or damaged`);
    expect(lost).toBe(0);
  });
});
