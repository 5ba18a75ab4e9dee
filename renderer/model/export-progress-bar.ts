/**
 * What the export progress bar shows. The host reports stages (checking, building, printing,
 * assembling), not fractions of a stage: a stage that has started is counted done only when the
 * next one starts. So the bar fills to the stages finished and marks the running stage's share as
 * busy (an indeterminate stripe), instead of sitting still at 50% through the long print and jumping.
 */
import type { ExportProgress } from '../state/export-store';

export interface ProgressBarView {
  /** Percent of stages finished (the filled part; `aria-valuenow`). */
  readonly percent: number;
  /** Where the running stage's busy stripe starts and how wide it is, in percent; width 0 when none runs. */
  readonly busyStart: number;
  readonly busyWidth: number;
  /** Spoken value, e.g. `Printing the PDF: 50%`. */
  readonly valueText: string;
  /** Shown under the bar, e.g. `Printing the PDF (stage 3 of 4)…`. */
  readonly caption: string;
}

/** The bar for `progress` (undefined before the host's first event). */
export function progressBarView(progress: ExportProgress | undefined): ProgressBarView {
  if (progress === undefined || progress.total <= 0) {
    return { percent: 0, busyStart: 0, busyWidth: 100, valueText: 'Starting', caption: 'Starting…' };
  }
  const completed = Math.min(Math.max(progress.completed, 0), progress.total);
  const percent = Math.round((100 * completed) / progress.total);
  const running = completed < progress.total;
  return {
    percent,
    busyStart: percent,
    busyWidth: running ? Math.round((100 * (completed + 1)) / progress.total) - percent : 0,
    valueText: `${progress.stage}: ${percent}%`,
    caption: running
      ? `${progress.stage} (stage ${completed + 1} of ${progress.total})…`
      : `${progress.stage} (${progress.total} of ${progress.total})`,
  };
}
