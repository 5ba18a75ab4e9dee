/** A tiny progress helper: counts steps of a known plan and reports each start. */
import type { ExportProgress } from './export-types';

export interface ProgressSteps {
  /** Report that `stage` starts (it counts as done once the next stage starts or `finish` runs). */
  step(stage: string): void;
  finish(stage: string): void;
}

/** Steps of a plan of `total` steps, reported through `onProgress` (if any). */
export function progressSteps(
  total: number,
  onProgress: ((progress: ExportProgress) => void) | undefined,
): ProgressSteps {
  let done = 0;
  return {
    step(stage) {
      onProgress?.({ stage, done, total });
      done = Math.min(total, done + 1);
    },
    finish(stage) {
      onProgress?.({ stage, done: total, total });
    },
  };
}
