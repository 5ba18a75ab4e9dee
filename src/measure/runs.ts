/**
 * From a word-level redline to the measure tree's text blocks: split into paragraphs at the blank
 * lines of the new reading, keep hand-laid-out text (tables) as preformatted blocks, and tidy every
 * other paragraph for print (tidy-runs.ts: "is ~~an inseparable~~ *a* part").
 */
import type { RedlineSegment } from '../diff/types';
import type { Run, RunMark, TextBlock } from './document';
import { mergeRuns } from './run-utils';
import { alignToWords, PARAGRAPH_BREAK, piecesOf, runsOf, tidyRuns } from './tidy-runs';

export { mergeRuns, runsView } from './run-utils';
export { tidyRuns } from './tidy-runs';

const MARK_OF: Readonly<Record<RedlineSegment['type'], RunMark>> = {
  equal: 'none',
  delete: 'delete',
  insert: 'insert',
};

/** Lines indented this much (or by a tab) are laid out by hand: tables, oaths. */
const PREFORMATTED_LINE = /(^|\n)( {4,}|\t)\S/;

/**
 * Split runs into paragraphs at the blank lines of the new reading (a break may straddle runs).
 * A blank line inside deleted text also splits when the new reading is at a paragraph boundary
 * there (its start or end, or beside one of its own breaks): a repealed section or a struck
 * subdivision prints as struck paragraphs, as in real measures. Elsewhere a break that only the
 * deleted text had is not a break any more: the struck words stay in the paragraph they now join.
 */
function splitParagraphs(runs: readonly Run[]): Run[][] {
  const newReading = runs.map((run) => (run.mark === 'delete' ? '' : run.text)).join('');
  const breaks = [...newReading.matchAll(new RegExp(PARAGRAPH_BREAK.source, 'g'))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const paragraphs: Run[][] = [[]];
  // Break text skipped so far in the current paragraph; it still separates words (as one space).
  let skippedSpace = false;
  const push = (run: Run): void => {
    if (skippedSpace) paragraphs.at(-1)!.push({ text: ' ', mark: 'none' });
    skippedSpace = false;
    paragraphs.at(-1)!.push(run);
  };
  const atNewBoundary = (at: number): boolean =>
    at === 0 || at === newReading.length || breaks.some((cut) => cut.start === at || cut.end === at);
  let offset = 0;
  let next = 0;
  for (const run of runs) {
    if (run.mark === 'delete') {
      if (!atNewBoundary(offset)) {
        push(run);
        continue;
      }
      let from = 0;
      for (const match of run.text.matchAll(new RegExp(PARAGRAPH_BREAK.source, 'g'))) {
        if (match.index > from) push({ text: run.text.slice(from, match.index), mark: 'delete' });
        if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
        skippedSpace = false;
        from = match.index + match[0].length;
      }
      if (from < run.text.length) push({ text: run.text.slice(from), mark: 'delete' });
      continue;
    }
    let from = 0;
    while (from < run.text.length) {
      const cut = breaks[next];
      const at = offset + from;
      if (cut !== undefined && at >= cut.end) {
        next++;
        continue;
      }
      if (cut !== undefined && at >= cut.start) {
        // Inside a break: skip to its end (in this run or a later one), then start a new paragraph.
        from = Math.min(run.text.length, cut.end - offset);
        skippedSpace = true;
        if (offset + from >= cut.end) {
          paragraphs.push([]);
          skippedSpace = false;
          next++;
        }
        continue;
      }
      const until = cut === undefined ? run.text.length : Math.min(run.text.length, cut.start - offset);
      push({ text: run.text.slice(from, until), mark: run.mark });
      from = until;
    }
    offset += run.text.length;
  }
  return paragraphs;
}

/** Text blocks of a redline (or of one plain text, as a single `equal` segment). */
export function blocksFromSegments(segments: readonly RedlineSegment[]): TextBlock[] {
  // Changes at a word's edge take in the rest of the word first, so that a paragraph break (or any
  // space) inserted or deleted inside a word cannot hide the change when paragraphs are split.
  const runs = runsOf(
    alignToWords(piecesOf(segments.map((segment): Run => ({ text: segment.text, mark: MARK_OF[segment.type] })))),
  );
  const blocks: TextBlock[] = [];
  for (const paragraph of splitParagraphs(runs)) {
    const text = paragraph.map((run) => run.text).join('');
    if (text.trim() === '') continue;
    if (PREFORMATTED_LINE.test(text))
      blocks.push({ type: 'preformatted', runs: trimPreformatted(mergeRuns(paragraph)) });
    else blocks.push({ type: 'paragraph', runs: tidyRuns(paragraph) });
  }
  return blocks;
}

/** Blocks of a plain text, all runs carrying `mark`. */
export function blocksFromText(text: string, mark: RunMark): TextBlock[] {
  const type = mark === 'delete' ? 'delete' : mark === 'insert' ? 'insert' : 'equal';
  return blocksFromSegments([{ type, text }]);
}

function trimPreformatted(runs: Run[]): Run[] {
  const out = [...runs];
  const first = out[0];
  if (first !== undefined) out[0] = { text: first.text.replace(/^\s*\n/, ''), mark: first.mark };
  const last = out.at(-1);
  if (last !== undefined) out[out.length - 1] = { text: last.text.trimEnd(), mark: last.mark };
  return out.filter((run) => run.text !== '');
}
