/**
 * From a word-level redline to the measure tree's text blocks: split at blank lines into paragraphs,
 * collapse the source's hard wraps and double spaces (they carry no meaning in printed measure text),
 * and tidy the runs so marks never begin or end with a space ("is ~~an inseparable~~ *a* part").
 */
import type { RedlineSegment } from '../diff/types';
import type { Run, RunMark, TextBlock } from './document';

const MARK_OF: Readonly<Record<RedlineSegment['type'], RunMark>> = {
  equal: 'none',
  delete: 'delete',
  insert: 'insert',
};

/** A blank line (possibly with spaces) separates paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/;

/** Lines indented this much (or by a tab) are laid out by hand: tables, oaths. */
const PREFORMATTED_LINE = /(^|\n)( {4,}|\t)\S/;

/** Text blocks of a redline (or of one plain text, as a single `equal` segment). */
export function blocksFromSegments(segments: readonly RedlineSegment[]): TextBlock[] {
  const rawBlocks: Run[][] = [[]];
  for (const segment of segments) {
    const pieces = segment.text.split(PARAGRAPH_BREAK);
    pieces.forEach((piece, position) => {
      if (position > 0) rawBlocks.push([]);
      if (piece !== '') rawBlocks.at(-1)!.push({ text: piece, mark: MARK_OF[segment.type] });
    });
  }
  const blocks: TextBlock[] = [];
  for (const runs of rawBlocks) {
    const text = runs.map((run) => run.text).join('');
    if (text.trim() === '') continue;
    if (PREFORMATTED_LINE.test(text)) blocks.push({ type: 'preformatted', runs: trimPreformatted(mergeRuns(runs)) });
    else blocks.push({ type: 'paragraph', runs: tidyRuns(runs) });
  }
  return blocks;
}

/** Blocks of a plain text, all runs carrying `mark`. */
export function blocksFromText(text: string, mark: RunMark): TextBlock[] {
  const type = mark === 'delete' ? 'delete' : mark === 'insert' ? 'insert' : 'equal';
  return blocksFromSegments([{ type, text }]);
}

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

/**
 * Collapse whitespace, move spaces at the edges of marked runs into unmarked runs, put one space
 * between a deletion and an insertion that replace whole words, and trim the paragraph.
 */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const collapsed = absorbSpaceIslands(
    mergeRuns(runs.map((run) => ({ text: run.text.replace(/\s+/g, ' '), mark: run.mark }))),
  );
  const spaced: Run[] = [];
  for (const run of collapsed) {
    if (run.mark === 'none') {
      spaced.push(run);
      continue;
    }
    const core = run.text.trim();
    if (core === '') {
      spaced.push({ text: ' ', mark: 'none' });
      continue;
    }
    if (run.text.startsWith(' ')) spaced.push({ text: ' ', mark: 'none' });
    spaced.push({ text: core, mark: run.mark });
    if (run.text.endsWith(' ')) spaced.push({ text: ' ', mark: 'none' });
  }
  const separated = separateReplacements(spaced);
  const merged = mergeRuns(
    separated.map((run) => (run.mark === 'none' ? { text: run.text.replace(/ {2,}/g, ' '), mark: run.mark } : run)),
  );
  return trimEdges(merged);
}

/**
 * A change made of several pieces separated only by spaces reads as one replacement:
 * `~~an~~ *a* ~~inseparable~~` → `~~an inseparable~~ *a*`. Old and new readings are unchanged.
 */
function absorbSpaceIslands(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let index = 0;
  while (index < runs.length) {
    const run = runs[index]!;
    if (run.mark === 'none') {
      out.push(run);
      index++;
      continue;
    }
    // Extend over marked runs and whitespace-only unmarked runs that are followed by a marked run.
    let end = index + 1;
    while (end < runs.length) {
      const next = runs[end]!;
      if (next.mark !== 'none') end++;
      else if (next.text.trim() === '' && runs[end + 1] !== undefined && runs[end + 1]!.mark !== 'none') end += 2;
      else break;
    }
    const group = runs.slice(index, end);
    const hasIsland = group.some((member) => member.mark === 'none');
    if (!hasIsland) out.push(...group);
    else {
      out.push({ text: runsView(group, 'old'), mark: 'delete' });
      out.push({ text: runsView(group, 'new'), mark: 'insert' });
    }
    index = end;
  }
  return mergeRuns(out);
}

/** `~~an inseparable~~*a*` → `~~an inseparable~~ *a*` when the pair starts at a word boundary. */
function separateReplacements(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  runs.forEach((run, position) => {
    const previous = runs[position - 1];
    if (previous !== undefined && previous.mark !== 'none' && run.mark !== 'none' && previous.mark !== run.mark) {
      const before = out.length >= 2 ? out[out.length - 2]!.text : '';
      const startsAtWordBoundary = before === '' || /\s$/.test(before) || out.length < 2;
      if (startsAtWordBoundary) out.push({ text: ' ', mark: 'none' });
    }
    out.push(run);
  });
  return out;
}

function trimEdges(runs: Run[]): Run[] {
  const out = [...runs];
  const first = out[0];
  if (first?.mark === 'none') out[0] = { text: first.text.trimStart(), mark: 'none' };
  const last = out.at(-1);
  if (last?.mark === 'none') out[out.length - 1] = { text: last.text.trimEnd(), mark: 'none' };
  return out.filter((run) => run.text !== '');
}

function trimPreformatted(runs: Run[]): Run[] {
  const out = [...runs];
  const first = out[0];
  if (first !== undefined) out[0] = { text: first.text.replace(/^\s*\n/, ''), mark: first.mark };
  const last = out.at(-1);
  if (last !== undefined) out[out.length - 1] = { text: last.text.trimEnd(), mark: last.mark };
  return out.filter((run) => run.text !== '');
}

/** The old (`delete`) or new (`insert`) reading of runs. */
export function runsView(runs: readonly Run[], side: 'old' | 'new'): string {
  const skip: RunMark = side === 'old' ? 'insert' : 'delete';
  return runs
    .filter((run) => run.mark !== skip)
    .map((run) => run.text)
    .join('');
}
