/**
 * kill -9 harness for the kill-during-save test: bundles the save-loop child once, measures how long
 * one save of a size takes, and runs trials that SIGKILL the child at a random moment of its save loop.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export type SaveMode = 'file' | 'recovery' | 'naive';

/** Bundle the child (plain node starts in ~40 ms; tsx would take ~10× that per trial). */
export async function bundleSaveLoopChild(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'amend-kill-child-')), 'child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'save-loop-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

/** What one run of the child did before it died. */
export interface ChildRun {
  /** Round of the last save the child reported done (undefined: none finished). */
  readonly lastAckedRound: number | undefined;
  /** Duration of each finished save, in ms. */
  readonly saveMs: readonly number[];
}

/** A child process started ahead of its trial: node boots and loads the save code while it waits. */
export interface WarmChild {
  /**
   * Let it save rounds from `firstRound`; once it reports `ready`, wait `killAfter(run so far)` ms
   * (undefined: wait for more saves), then SIGKILL it. Resolves once it is dead and its stdout is
   * drained, so every save it acknowledged is counted.
   */
  run(firstRound: number, killAfter: (run: ChildRun) => number | undefined): Promise<ChildRun>;
}

/** Spawn the save-loop child for `target`; it waits for `run` before touching the disk. */
export function spawnSaveChild(child: string, target: string, bytes: number, mode: SaveMode): WarmChild {
  const proc = spawn(process.execPath, [child, target, String(bytes), mode], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('close', (_code, signal) => resolve(signal)));
  return {
    run(firstRound, killAfter) {
      let pending = '';
      let ready = false;
      let killScheduled = false;
      const run: { lastAckedRound: number | undefined; saveMs: number[] } = { lastAckedRound: undefined, saveMs: [] };
      proc.stdout.on('data', (chunk: Buffer) => {
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const saved = /^saved (\d+) ([\d.]+)$/.exec(line);
          if (saved !== null) {
            run.lastAckedRound = Number(saved[1]);
            run.saveMs.push(Number(saved[2]));
          } else if (line === 'ready') ready = true;
        }
        if (!ready || killScheduled) return;
        const delay = killAfter(run);
        if (delay === undefined) return;
        killScheduled = true;
        setTimeout(() => proc.kill('SIGKILL'), delay);
      });
      proc.stdin.end(`go ${firstRound}\n`);
      return exited.then((signal) => {
        if (signal === 'SIGKILL') return run;
        throw new Error(`save loop child exited on its own: ${stderr}`);
      });
    },
  };
}

/** Spawn a child and run it at once (see WarmChild.run). */
export function runChildUntilKilled(
  child: string,
  target: string,
  bytes: number,
  mode: SaveMode,
  firstRound: number,
  killAfter: (run: ChildRun) => number | undefined,
): Promise<ChildRun> {
  return spawnSaveChild(child, target, bytes, mode).run(firstRound, killAfter);
}

/**
 * How long the first save of `bytes` takes in a fresh child: the window the kill delay is spread
 * over (each trial's child is killed during its first, not yet JIT-warm, save). The median of
 * `samples` children. Leaves a whole version of `target` on disk (whose round the caller reads back).
 */
export async function measureSaveMs(
  child: string,
  target: string,
  bytes: number,
  mode: SaveMode,
  firstRound: number,
  samples = 3,
): Promise<number> {
  const firstSaves: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const run = await runChildUntilKilled(child, target, bytes, mode, firstRound + 2 * sample, (soFar) =>
      soFar.saveMs.length >= 1 ? 0 : undefined,
    );
    firstSaves.push(run.saveMs[0]!);
  }
  return firstSaves.sort((a, b) => a - b)[Math.floor(samples / 2)]!;
}
