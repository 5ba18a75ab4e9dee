/**
 * Child process for the kill -9 tests: saves `target` in a loop through the real save path,
 * alternating two contents, and prints `ready` after the first save. The parent kills it with
 * SIGKILL at a random moment and checks that the file is whole.
 * Usage: node child.mjs <target> <bytes> <mode: file|recovery|naive>
 * (`naive` is the control: a plain `fs.writeFile`, which the harness must catch tearing files.)
 */
import { saveTextFile } from '../../../../src/node/file-store';
import { RecoveryStore } from '../../../../src/node/recovery-store';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ok } from '../../../../src/shared/result';

const [target, sizeText, mode] = process.argv.slice(2);
if (target === undefined || sizeText === undefined) throw new Error('usage: child <target> <bytes> <mode>');
const size = Number(sizeText);
const versions = ['A', 'B'].map((letter) => `${letter.repeat(size - 1)}\n`);

async function loop(): Promise<void> {
  const store = new RecoveryStore(join(dirname(target!), 'recovery'));
  for (let round = 0; ; round++) {
    const content = versions[round % 2]!;
    const result =
      mode === 'recovery'
        ? await store.save({ key: 'untitled:kill-test', content })
        : mode === 'naive'
          ? await writeFile(target!, content).then(() => ok(null))
          : await saveTextFile(target!, content, { kind: 'overwrite' });
    if (!result.ok) throw new Error(result.error.message);
    if (round === 0) process.stdout.write('ready\n');
  }
}

void loop();
