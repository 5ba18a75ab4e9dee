import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressPrinter, QUIET_PROGRESS_MS } from '../../../src/node/printer/cli-support';

describe('progress lines for `amend export` / `amend packet`', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays quiet for exports shorter than a second', () => {
    const lines: string[] = [];
    const printer = progressPrinter('amend export', (text) => lines.push(text));
    printer.onProgress({ stage: 'Rendering', done: 1, total: 4 });
    vi.advanceTimersByTime(QUIET_PROGRESS_MS - 1);
    printer.onProgress({ stage: 'Done', done: 4, total: 4 });
    printer.stop();
    vi.advanceTimersByTime(10 * QUIET_PROGRESS_MS);
    expect(lines).toEqual([]);
  });

  it('prints the current stage after a second, then every later stage', () => {
    const lines: string[] = [];
    const printer = progressPrinter('amend export', (text) => lines.push(text));
    printer.onProgress({ stage: 'Printing PDF', done: 2, total: 4 });
    vi.advanceTimersByTime(QUIET_PROGRESS_MS);
    printer.onProgress({ stage: 'Finishing PDF', done: 3, total: 4 });
    printer.stop();
    expect(lines).toEqual(['amend export: Printing PDF (2/4)\n', 'amend export: Finishing PDF (3/4)\n']);
  });
});
