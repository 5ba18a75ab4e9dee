/** Small operations on marked runs shared by the measure tree builders and renderers. */
import type { Run, RunMark } from './document';

/** Merge neighbours with the same mark and drop empty runs. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last !== undefined && last.mark === run.mark)
      merged[merged.length - 1] = { text: last.text + run.text, mark: run.mark };
    else merged.push(run);
  }
  return merged;
}

/** The old (`delete`) or new (`insert`) reading of runs. */
export function runsView(runs: readonly Run[], side: 'old' | 'new'): string {
  const skip: RunMark = side === 'old' ? 'insert' : 'delete';
  return runs
    .filter((run) => run.mark !== skip)
    .map((run) => run.text)
    .join('');
}
