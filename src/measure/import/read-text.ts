/**
 * Plain text input (with our markers, leginfo's, or none) → blocks. Blocks are separated by blank
 * lines; a line that starts a measure section (`SEC. 2.`), a restated provision (`SEC. 1.`) or an
 * article heading also starts a block, since text copied from a PDF often has no blank lines.
 */
import type { Run } from '../document';
import { mergeRuns } from '../runs';
import { LineIndex } from '../source-text';
import { readArticleHeading, readMeasureLabel, readRestatedLabel } from './labels';
import { readMarkers, type MarkedRun } from './text-markers';
import type { InputBlock, Reporter } from './types';

interface Line {
  readonly runs: Run[];
  readonly number: number;
  /** The mark of the line break after the line (a marked stretch may span lines). */
  breakMark: Run['mark'];
}

/** Split marked runs into lines (the line break itself belongs to neither line). */
function linesOf(runs: readonly MarkedRun[], index: LineIndex): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const run of runs) {
    let offset = 0;
    for (const piece of run.text.split('\n')) {
      if (current === undefined) current = { runs: [], number: index.lineOf(run.start + offset), breakMark: 'none' };
      if (piece !== '') current.runs.push({ text: piece, mark: run.mark });
      offset += piece.length + 1;
      if (offset <= run.text.length) {
        current.breakMark = run.mark;
        lines.push(current);
        current = undefined;
      }
    }
  }
  if (current !== undefined) lines.push(current);
  return lines;
}

function lineText(line: Line): string {
  return line.runs.map((run) => run.text).join('');
}

/** A line that begins a block of its own even without a blank line before it. */
function startsBlock(text: string): boolean {
  return (
    readMeasureLabel(text) !== undefined ||
    readRestatedLabel(text) !== undefined ||
    /^\s*ARTICLE\s/.test(text) ||
    readArticleHeading(text)?.title === ''
  );
}

/** Read text input into blocks; marker problems are reported at their line. */
export function readTextBlocks(source: string, reporter: Reporter): InputBlock[] {
  const index = new LineIndex(source);
  const { runs, problems } = readMarkers(source);
  for (const problem of problems) {
    reporter.report(problem.severity, problem.ruleId, problem.message, index.lineOf(problem.offset), problem.hint);
  }
  const blocks: InputBlock[] = [];
  let pending: Line[] = [];
  const flush = (): void => {
    const first = pending[0];
    if (first !== undefined) {
      const joined: Run[] = [];
      pending.forEach((line, position) => {
        if (position > 0) joined.push({ text: '\n', mark: pending[position - 1]!.breakMark });
        joined.push(...line.runs);
      });
      blocks.push({ runs: mergeRuns(joined), line: first.number, preformatted: false });
    }
    pending = [];
  };
  for (const line of linesOf(runs, index)) {
    const text = lineText(line);
    if (text.trim() === '') {
      flush();
      continue;
    }
    if (pending.length > 0 && startsBlock(text)) flush();
    pending.push(line);
  }
  flush();
  return blocks;
}
