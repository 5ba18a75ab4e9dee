/**
 * The figures `npm test` prints (issue 7 and the reliability study §5): each figure test records one
 * line with `reportFigure`, and `scripts/figures.mjs print` (the last step of `npm test`) prints them
 * all and fails when a required figure is missing or failed. A figure test still asserts its own bar;
 * the record makes a silently skipped or deleted figure test fail CI too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where figures are recorded; `scripts/figures.mjs` reads the same folder. */
export const FIGURES_DIR = resolve(
  process.env['AMEND_FIGURES_DIR'] ?? join(import.meta.dirname, '..', '..', 'test-results', 'figures'),
);

/** One recorded figure. `id` must be listed in scripts/required-figures.json to be required. */
export interface FigureRecord {
  readonly id: string;
  readonly line: string;
  readonly passed: boolean;
}

/**
 * Print `line` and record it under `id` (`passed`: whether the figure meets its bar). Call it before
 * the test's own assertions so a failing figure is still printed with its numbers.
 */
export function reportFigure(id: string, line: string, passed: boolean): void {
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`figure id "${id}" must be lowercase letters, digits and dashes`);
  console.log(line);
  mkdirSync(FIGURES_DIR, { recursive: true });
  const record: FigureRecord = { id, line, passed };
  writeFileSync(join(FIGURES_DIR, `${id}.json`), `${JSON.stringify(record)}\n`);
}
