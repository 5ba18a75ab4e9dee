/**
 * kill -9 harness shared by the unit test (N ≥ 200) and the benchmark figure (N ≥ 1,000): bundles the
 * save-loop child once, then runs trials that SIGKILL it at a random moment of its save loop.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

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

/**
 * Start the child on `target`, wait until its first save is done, let it run `delayMs` more, then
 * SIGKILL it. Resolves once it is dead.
 */
export function killDuringSaves(
  child: string,
  target: string,
  bytes: number,
  mode: 'file' | 'recovery' | 'naive',
  delayMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target, String(bytes), mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let killed = false;
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      if (killed || !chunk.toString().includes('ready')) return;
      killed = true;
      setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`save loop child exited on its own: ${stderr}`));
    });
  });
}
