/**
 * Child process for the kill -9 tests: saves `target` in a loop through the real save path, one
 * numbered version per round (`versionText`), and reports each save on stdout. The parent kills it
 * with SIGKILL at a random moment and checks that the file is a whole version, and not older than
 * the last save the child reported done.
 * Usage: node child.mjs <target> <bytes> <mode: file|recovery|naive>, then `go <first round>\n` on stdin
 * (`naive` is the control: a plain `fs.writeFile`, which the harness must catch tearing files).
 *
 * Protocol (one line each on stdout): `ready` once a whole version is on disk (at once when an earlier
 * trial left one, so the kill can land in the very first save), then `saved <round> <ms>` after each save.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { saveTextFile } from '../../../../src/node/file-store';
import { RecoveryStore } from '../../../../src/node/recovery-store';
import { ok } from '../../../../src/shared/result';
import { KILL_TEST_RECOVERY_KEY, recoveryFolderFor, recoveryEntryPath, versionText } from './save-versions';

const [target, sizeText, mode] = process.argv.slice(2);
if (target === undefined || sizeText === undefined || mode === undefined) {
  throw new Error('usage: child <target> <bytes> <mode>, then `go <first round>` on stdin');
}
const size = Number(sizeText);
const store = new RecoveryStore(recoveryFolderFor(target));

function save(content: string): Promise<{ ok: boolean; error?: { message: string } }> {
  if (mode === 'recovery') return store.save({ key: KILL_TEST_RECOVERY_KEY, content });
  if (mode === 'naive') return writeFile(target!, content).then(() => ok(null));
  return saveTextFile(target!, content, { kind: 'overwrite' });
}

async function loop(firstRound: number): Promise<void> {
  // Two versions built up front (a 20 MB string takes a few ms); the next is built after each save.
  const versions = [versionText(firstRound, size), versionText(firstRound + 1, size)];
  let ready = existsSync(mode === 'recovery' ? recoveryEntryPath(target!) : target!);
  if (ready) process.stdout.write('ready\n');
  for (let round = firstRound; ; round++) {
    const started = performance.now();
    const result = await save(versions[(round - firstRound) % 2]!);
    if (!result.ok) throw new Error(result.error?.message ?? 'save failed');
    process.stdout.write(`saved ${round} ${(performance.now() - started).toFixed(1)}\n`);
    if (!ready) process.stdout.write('ready\n');
    ready = true;
    versions[(round - firstRound) % 2] = versionText(round + 2, size);
  }
}

// Started ahead of its trial (node boots while the previous trial runs); `go <round>` starts it.
let input = '';
process.stdin.on('data', (chunk: Buffer) => {
  input += chunk.toString();
  const go = /^go (\d+)\n/.exec(input);
  if (go === null) return;
  process.stdin.pause();
  void loop(Number(go[1]));
});
