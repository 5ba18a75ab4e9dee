/** Small operations on the marked runs of an input block: its text, slices, marks, readings. */
import type { Run, RunMark } from '../document';
import { mergeRuns } from '../runs';

/** The characters of the runs, marks ignored. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** The runs covering characters `[from, to)` of their plain text. */
export function sliceRuns(runs: readonly Run[], from: number, to = Number.POSITIVE_INFINITY): Run[] {
  const out: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + run.text.length);
    if (end > start) out.push({ text: run.text.slice(start - offset, end - offset), mark: run.mark });
    offset += run.text.length;
  }
  return mergeRuns(out);
}

/** True when some non-blank text carries `mark` (any mark when omitted). */
export function hasMark(runs: readonly Run[], mark?: Exclude<RunMark, 'none'>): boolean {
  return runs.some((run) => (mark === undefined ? run.mark !== 'none' : run.mark === mark) && /\S/.test(run.text));
}

/** The mark of the first non-blank character, or undefined for blank runs. */
export function leadingMark(runs: readonly Run[]): RunMark | undefined {
  return runs.find((run) => /\S/.test(run.text))?.mark;
}

/** Text that takes no space before it: closing punctuation (or more space). */
const CLOSING = /^[\s.,;:!?)\]’”]/;

/**
 * One reading of the runs (`old`: without insertions, `new`: without deletions), tidied: spaces
 * collapsed, lines trimmed, blank lines dropped (a paragraph's line breaks are kept). Laid-out text
 * (`preformatted`) keeps its spacing.
 */
export function reading(runs: readonly Run[], side: 'old' | 'new', preformatted = false): string {
  const skip: RunMark = side === 'old' ? 'insert' : 'delete';
  let text = '';
  let skipped = false;
  for (const run of runs) {
    if (run.mark === skip) {
      skipped = true;
      continue;
    }
    // Where words were left out, the spaces around them must not leave a space before punctuation:
    // "discriminate *against any individual*." reads "discriminate." before the change.
    if (skipped && /[ \t]$/.test(text) && CLOSING.test(run.text)) text = text.trimEnd();
    skipped = false;
    text += run.text;
  }
  const lines = text.split('\n').map((line) => (preformatted ? line.trimEnd() : line.replace(/\s+/g, ' ').trim()));
  return (preformatted ? trimBlankEdges(lines) : lines.filter((line) => line !== '')).join('\n');
}

function trimBlankEdges(lines: string[]): string[] {
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first] === '') first++;
  while (last >= first && lines[last] === '') last--;
  return lines.slice(first, last + 1);
}

/**
 * Runs with hard line breaks turned into spaces and the ends trimmed: one Markdown paragraph per
 * block, whose first character is where Markdown looks for block syntax (`#`, `1.`) to escape.
 */
export function flattenRuns(runs: readonly Run[]): Run[] {
  const flat = mergeRuns(runs.map((run) => ({ text: run.text.replace(/\s*\n\s*/g, ' '), mark: run.mark })));
  const text = plainText(flat);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end <= start ? [] : sliceRuns(flat, start, end);
}
