/**
 * Tidying a paragraph's runs for print: whitespace collapsed (hard wraps and double spaces carry no
 * meaning in measure text), marks kept off spaces, a change split by spaces read as one, and every
 * change that would otherwise split or join a word widened to whole words. Both readings keep their
 * words (property-tested in test/unit/measure/runs.test.ts).
 */
import type { Run } from './document';
import { mergeRuns } from './run-utils';

/** Blank lines (possibly with spaces) separate paragraphs; the next line's indentation is kept. */
export const PARAGRAPH_BREAK = /\n(?:[ \t]*\n)+/;

/** Plain text between changes, or one change: what it read (`old`) and what it reads (`next`). */
export type Piece = { readonly kind: 'text'; text: string } | { readonly kind: 'change'; old: string; next: string };

/** Characters after which no space is wanted before a closing mark: "~~an inseparable~~ *a*." */
const CLOSING_PUNCTUATION = /^[.,;:!?)\]’”"']/;

/** Runs as alternating plain text and changes (consecutive marked runs form one change). */
export function piecesOf(runs: readonly Run[]): Piece[] {
  const pieces: Piece[] = [];
  for (const run of mergeRuns(runs)) {
    const last = pieces.at(-1);
    if (run.mark === 'none') pieces.push({ kind: 'text', text: run.text });
    else if (last?.kind === 'change') {
      if (run.mark === 'delete') last.old += run.text;
      else last.next += run.text;
    } else
      pieces.push({
        kind: 'change',
        old: run.mark === 'delete' ? run.text : '',
        next: run.mark === 'insert' ? run.text : '',
      });
  }
  return pieces;
}

/** Pieces back to runs: each change as its deletion, then its insertion. */
export function runsOf(pieces: readonly Piece[]): Run[] {
  return pieces.flatMap((piece): Run[] =>
    piece.kind === 'text'
      ? [{ text: piece.text, mark: 'none' }]
      : [
          { text: piece.old, mark: 'delete' },
          { text: piece.next, mark: 'insert' },
        ].filter((run): run is Run => run.text !== ''),
  );
}

/** Merge neighbouring changes (and text pieces) after a piece between them was emptied or absorbed. */
function mergePieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'text' && piece.text === '') continue;
    const last = out.at(-1);
    if (last?.kind === 'change' && piece.kind === 'change') {
      last.old += piece.old;
      last.next += piece.next;
    } else if (last?.kind === 'text' && piece.kind === 'text') last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}

/**
 * `~~an~~ *a* ~~inseparable~~` → one change `an inseparable` → `a`: changes separated only by spaces
 * read as one replacement.
 */
function absorbSpaceIslands(pieces: Piece[]): Piece[] {
  for (let index = 1; index + 1 < pieces.length; index++) {
    const [before, island, after] = [pieces[index - 1]!, pieces[index]!, pieces[index + 1]!];
    if (before.kind !== 'change' || island.kind !== 'text' || after.kind !== 'change' || island.text.trim() !== '')
      continue;
    before.old += island.text + after.old;
    before.next += island.text + after.next;
    pieces.splice(index, 2);
    index--;
  }
  return pieces;
}

/** True for a character that ends or splits nothing when a space is put before it. */
function spaceableBefore(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char) || CLOSING_PUNCTUATION.test(char);
}

/** Would moving a leading space out of `reading` put a space inside a word of `other` (followed by `after`)? */
function leftEdgeSplits(reading: string, other: string, after: string): boolean {
  return /^\s/.test(reading) && !/^\s/.test(other) && !spaceableBefore((other === '' ? after : other)[0]);
}

/** Would moving a trailing space out of `reading` put a space inside a word of `other` (preceded by `before`)? */
function rightEdgeSplits(reading: string, other: string, before: string): boolean {
  return /\s$/.test(reading) && !/\s$/.test(other) && /\S/.test((other === '' ? before : other).slice(-1));
}

/**
 * Marks are kept off spaces, so a space at the edge of a change moves outside it. Where that would
 * split or join words in the other reading ("w" + inserted " w" + "w"), the change takes in the rest
 * of the word instead: `~~nonexempt~~ *non exempt*`. A change holding a paragraph break (where the
 * paragraph is split) always covers whole words. Repeated until no change needs it.
 */
export function alignToWords(input: Piece[]): Piece[] {
  let pieces = input;
  for (let changed = true; changed;) {
    changed = false;
    pieces.forEach((piece, index) => {
      if (piece.kind !== 'change') return;
      const before = pieces[index - 1];
      const after = pieces[index + 1];
      const beforeText = before?.kind === 'text' ? before.text : '';
      const afterText = after?.kind === 'text' ? after.text : '';
      // Spaces on both sides of a change's edge move into it (both readings keep them), so a
      // paragraph break never straddles the edge of a change.
      if (before?.kind === 'text' && /\s$/.test(before.text) && (/^\s/.test(piece.old) || /^\s/.test(piece.next))) {
        const space = /\s+$/.exec(before.text)![0];
        before.text = before.text.slice(0, -space.length);
        piece.old = space + piece.old;
        piece.next = space + piece.next;
        changed = true;
      }
      if (after?.kind === 'text' && /^\s/.test(after.text) && (/\s$/.test(piece.old) || /\s$/.test(piece.next))) {
        const space = /^\s+/.exec(after.text)![0];
        after.text = after.text.slice(space.length);
        piece.old += space;
        piece.next += space;
        changed = true;
      }
      const breaksParagraph = PARAGRAPH_BREAK.test(piece.old) || PARAGRAPH_BREAK.test(piece.next);
      // A word next to the change is already apart from it in a reading when the change starts (or
      // ends) with a space there, or, where the reading lacks the change, the text beyond it does: a
      // whole inserted or struck paragraph must not pull the next paragraph's first word into it.
      const apartOnLeft = (reading: string): boolean =>
        reading !== '' ? /^\s/.test(reading) : afterText === '' || /^\s/.test(afterText);
      const apartOnRight = (reading: string): boolean =>
        reading !== '' ? /\s$/.test(reading) : beforeText === '' || /\s$/.test(beforeText);
      const expandLeft =
        (breaksParagraph && !(apartOnLeft(piece.old) && apartOnLeft(piece.next))) ||
        leftEdgeSplits(piece.old, piece.next, afterText) ||
        leftEdgeSplits(piece.next, piece.old, afterText);
      const expandRight =
        (breaksParagraph && !(apartOnRight(piece.old) && apartOnRight(piece.next))) ||
        rightEdgeSplits(piece.old, piece.next, beforeText) ||
        rightEdgeSplits(piece.next, piece.old, beforeText);
      if (before?.kind === 'text' && /\S$/.test(before.text) && expandLeft) {
        const fragment = /\S+$/.exec(before.text)![0];
        before.text = before.text.slice(0, -fragment.length);
        piece.old = fragment + piece.old;
        piece.next = fragment + piece.next;
        changed = true;
      }
      if (
        after?.kind === 'text' &&
        /^\S/.test(after.text) &&
        expandRight &&
        (breaksParagraph || !spaceableBefore(after.text[0]))
      ) {
        const fragment = /^\S+/.exec(after.text)![0];
        after.text = after.text.slice(fragment.length);
        piece.old += fragment;
        piece.next += fragment;
        changed = true;
      }
    });
    pieces = mergePieces(pieces);
  }
  return pieces;
}

/** The runs of one change: spaces outside the marks, one space between a deletion and an insertion that replace whole words. */
function changeRuns(
  piece: Extract<Piece, { kind: 'change' }>,
  before: string | undefined,
  after: string | undefined,
): Run[] {
  const oldCore = piece.old.trim();
  const newCore = piece.next.trim();
  const lead = /^\s/.test(piece.old) || /^\s/.test(piece.next);
  const trail = /\s$/.test(piece.old) || /\s$/.test(piece.next);
  const leftOpen = lead || before === undefined || before === '' || /\s$/.test(before);
  const rightOpen =
    trail || after === undefined || after === '' || /^\s/.test(after) || CLOSING_PUNCTUATION.test(after);
  const runs: Run[] = [];
  if (lead) runs.push({ text: ' ', mark: 'none' });
  if (oldCore !== '') runs.push({ text: oldCore, mark: 'delete' });
  if (oldCore !== '' && newCore !== '' && leftOpen && rightOpen) runs.push({ text: ' ', mark: 'none' });
  if (newCore !== '') runs.push({ text: newCore, mark: 'insert' });
  if (trail) runs.push({ text: ' ', mark: 'none' });
  return runs;
}

/**
 * Collapse whitespace (hard wraps and double spaces carry no meaning in printed measure text), keep
 * marks off spaces, read a change split by spaces as one, and trim the paragraph. Both readings
 * keep their words (property-tested).
 */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const pieces = alignToWords(absorbSpaceIslands(piecesOf(runs))).map((piece): Piece =>
    piece.kind === 'text'
      ? { kind: 'text', text: piece.text.replace(/\s+/g, ' ') }
      : { kind: 'change', old: piece.old.replace(/\s+/g, ' '), next: piece.next.replace(/\s+/g, ' ') },
  );
  const out: Run[] = [];
  pieces.forEach((piece, index) => {
    if (piece.kind === 'text') {
      out.push({ text: piece.text, mark: 'none' });
      return;
    }
    const before = pieces[index - 1];
    const after = pieces[index + 1];
    out.push(
      ...changeRuns(
        piece,
        before?.kind === 'text' ? before.text : undefined,
        after?.kind === 'text' ? after.text : undefined,
      ),
    );
  });
  const collapsed = mergeRuns(out).map((run) =>
    run.mark === 'none' ? { text: run.text.replace(/ {2,}/g, ' '), mark: run.mark } : run,
  );
  return trimEdges(collapsed);
}

function trimEdges(runs: Run[]): Run[] {
  const out = [...runs];
  const first = out[0];
  if (first?.mark === 'none') out[0] = { text: first.text.trimStart(), mark: 'none' };
  const last = out.at(-1);
  if (last?.mark === 'none') out[out.length - 1] = { text: last.text.trimEnd(), mark: 'none' };
  return out.filter((run) => run.text !== '');
}
