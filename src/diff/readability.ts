/**
 * Readability passes over an exact word diff, so a redline reads like a lawyer's rather than like
 * confetti. Every pass keeps the diff exact (old view = old text, new view = new text):
 *   1. slide   pure insertions/deletions to the position where they start at a word and carry the
 *              whitespace after it (`an [inseparable ]part`, not `an[ inseparable] part`);
 *   2. merge   two changes separated by a short unchanged island into one struck run and one
 *              inserted run (rules below);
 *   3. factor  tokens common to the start or end of both sides of a change back out into the
 *              unchanged text (`[an inseparable ]→[a ]` becomes `[an inseparable]→[a]` + ` `);
 *   4. slide   again, for changes that step 3 turned into pure insertions or deletions.
 * Deletions always come before insertions within a change (a hunk is one struck run + one inserted run).
 */
import type { Hunk } from './raw-diff';
import { describeStretch, isSafeBoundary, lastScannedKind, scanToken, SPACE, NEWLINE } from './tokenize';

/**
 * An unchanged island of at most this many words between two changes is merged into them when it
 * is shorter than both: alternating struck and kept words every word or two is confetti, while an
 * island longer than the changes around it (`~~shall~~ may appoint the ~~members~~ officers`) is
 * kept because it shows exactly what changed.
 */
const SHORT_ISLAND_MAX_WORDS = 2;
/**
 * An island made only of function words (`of the`, `and`; see STOP_WORDS) carries no meaning alone:
 * up to this many are merged when no longer than both neighbouring changes.
 */
const STOP_WORD_ISLAND_MAX_WORDS = 3;
/** A run slides at most this many tokens each way: enough for any real repetition, bounded on pathological ones. */
const MAX_SLIDE_STEPS = 64;

interface HunkWords {
  oldWords: number;
  newWords: number;
}

/** Apply the readability passes to `hunks` (ordered, exact, token-aligned); returns new hunks. */
export function improveReadability(oldText: string, newText: string, input: readonly Hunk[]): Hunk[] {
  let hunks = input.map((hunk) => ({ ...hunk }));
  hunks = slideAll(oldText, newText, hunks);
  hunks = mergeIslands(oldText, newText, hunks);
  hunks = hunks.map((hunk) => factorCommonTokens(oldText, newText, hunk)).filter((hunk) => !isEmpty(hunk));
  return slideAll(oldText, newText, hunks);
}

function isEmpty(hunk: Hunk): boolean {
  return hunk.oldStart === hunk.oldEnd && hunk.newStart === hunk.newEnd;
}

/** Merge changes separated by islands the rules above consider noise. */
function mergeIslands(oldText: string, newText: string, hunks: Hunk[]): Hunk[] {
  // Word counts of each change, computed only when an island is short enough to need them.
  const words: (HunkWords | undefined)[] = hunks.map(() => undefined);
  const sideWords = (index: number): number => {
    const counted = (words[index] ??= countHunkWords(oldText, newText, hunks[index]!));
    return Math.max(counted.oldWords, counted.newWords);
  };
  let index = 0;
  while (index < hunks.length - 1) {
    const left = hunks[index]!;
    const right = hunks[index + 1]!;
    const island = describeStretch(oldText, left.oldEnd, right.oldStart, STOP_WORD_ISLAND_MAX_WORDS);
    const short = island.words <= STOP_WORD_ISLAND_MAX_WORDS && !island.paragraphBreak;
    const smallerSide = short && island.words > 0 ? Math.min(sideWords(index), sideWords(index + 1)) : 0;
    // A change of spacing alone stays a change of its own: folded into a neighbour it would show as
    // the words around it struck and re-inserted, and the spacing change itself could not be seen.
    const touching = left.oldEnd === right.oldStart && left.newEnd === right.newStart;
    const noise =
      short &&
      (touching || (!spacingOnly(oldText, newText, left) && !spacingOnly(oldText, newText, right))) &&
      (island.words === 0 ||
        (island.words <= SHORT_ISLAND_MAX_WORDS && island.words < smallerSide) ||
        (island.onlyStopWords && island.words <= smallerSide));
    if (!noise) {
      index++;
      continue;
    }
    const leftWords = words[index] ?? countHunkWords(oldText, newText, left);
    const rightWords = words[index + 1] ?? countHunkWords(oldText, newText, right);
    hunks.splice(index, 2, {
      oldStart: left.oldStart,
      oldEnd: right.oldEnd,
      newStart: left.newStart,
      newEnd: right.newEnd,
    });
    words.splice(index, 2, {
      oldWords: leftWords.oldWords + island.words + rightWords.oldWords,
      newWords: leftWords.newWords + island.words + rightWords.newWords,
    });
    // The merged change is bigger, so the island before it may now qualify too.
    if (index > 0) index--;
  }
  return hunks;
}

/** Does `hunk` change only whitespace (both of its sides are blank)? */
function spacingOnly(oldText: string, newText: string, hunk: Hunk): boolean {
  return isBlank(oldText, hunk.oldStart, hunk.oldEnd) && isBlank(newText, hunk.newStart, hunk.newEnd);
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0xa0) return false;
  }
  return true;
}

function countHunkWords(oldText: string, newText: string, hunk: Hunk): HunkWords {
  return {
    oldWords: describeStretch(oldText, hunk.oldStart, hunk.oldEnd).words,
    newWords: describeStretch(newText, hunk.newStart, hunk.newEnd).words,
  };
}

/** Token end offsets of `text[start, end)`. */
function tokenEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  for (let index = start; index < end;) {
    index = scanToken(text, index, end);
    ends.push(index);
  }
  return ends;
}

/** Move tokens common to the start or the end of both sides of a replacement out of the change. */
function factorCommonTokens(oldText: string, newText: string, hunk: Hunk): Hunk {
  if (hunk.oldStart === hunk.oldEnd || hunk.newStart === hunk.newEnd) return hunk;
  // Quick rejection (most word replacements): tokens that differ in their first or last character.
  const sameFirst = oldText.charCodeAt(hunk.oldStart) === newText.charCodeAt(hunk.newStart);
  const sameLast = oldText.charCodeAt(hunk.oldEnd - 1) === newText.charCodeAt(hunk.newEnd - 1);
  if (!sameFirst && !sameLast) return hunk;
  const oldEnds = tokenEnds(oldText, hunk.oldStart, hunk.oldEnd);
  const newEnds = tokenEnds(newText, hunk.newStart, hunk.newEnd);
  let front = 0;
  let oldFrom = hunk.oldStart;
  let newFrom = hunk.newStart;
  while (front < oldEnds.length && front < newEnds.length) {
    const oldToken = oldText.slice(oldFrom, oldEnds[front]);
    if (oldToken !== newText.slice(newFrom, newEnds[front])) break;
    oldFrom = oldEnds[front]!;
    newFrom = newEnds[front]!;
    front++;
  }
  let back = 0;
  let oldTo = hunk.oldEnd;
  let newTo = hunk.newEnd;
  while (back < oldEnds.length - front && back < newEnds.length - front) {
    const oldTokenStart = back + 1 < oldEnds.length ? oldEnds[oldEnds.length - back - 2]! : hunk.oldStart;
    const newTokenStart = back + 1 < newEnds.length ? newEnds[newEnds.length - back - 2]! : hunk.newStart;
    if (oldTokenStart < oldFrom || newTokenStart < newFrom) break;
    if (oldText.slice(oldTokenStart, oldTo) !== newText.slice(newTokenStart, newTo)) break;
    oldTo = oldTokenStart;
    newTo = newTokenStart;
    back++;
  }
  return { oldStart: oldFrom, oldEnd: oldTo, newStart: newFrom, newEnd: newTo };
}

/** Slide every pure insertion or deletion to its most readable position; merge hunks that touch. */
function slideAll(oldText: string, newText: string, hunks: Hunk[]): Hunk[] {
  // The hunks belong to this pass (improveReadability copied them): they are moved in place.
  for (let index = 0; index < hunks.length; index++) {
    const hunk = hunks[index]!;
    const previous = hunks[index - 1];
    const next = hunks[index + 1];
    if (hunk.newStart === hunk.newEnd) {
      const floor = previous === undefined ? 0 : previous.oldEnd;
      const ceiling = next === undefined ? oldText.length : next.oldStart;
      shiftHunk(hunk, slidePure(oldText, hunk.oldStart, hunk.oldEnd, floor, ceiling) - hunk.oldStart);
    } else if (hunk.oldStart === hunk.oldEnd) {
      const floor = previous === undefined ? 0 : previous.newEnd;
      const ceiling = next === undefined ? newText.length : next.newStart;
      shiftHunk(hunk, slidePure(newText, hunk.newStart, hunk.newEnd, floor, ceiling) - hunk.newStart);
    }
  }
  const merged: Hunk[] = [];
  for (const hunk of hunks) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.oldEnd === hunk.oldStart && last.newEnd === hunk.newStart) {
      last.oldEnd = hunk.oldEnd;
      last.newEnd = hunk.newEnd;
    } else {
      merged.push(hunk);
    }
  }
  return merged;
}

/** Move a pure insertion or deletion by `shift` characters on both sides. */
function shiftHunk(hunk: Hunk, shift: number): void {
  if (shift === 0) return;
  hunk.oldStart += shift;
  hunk.oldEnd += shift;
  hunk.newStart += shift;
  hunk.newEnd += shift;
}

/** True when `text[a, a + length)` equals `text[b, b + length)` (short token runs: no slices). */
function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let index = 0; index < length; index++) {
    if (text.charCodeAt(a + index) !== text.charCodeAt(b + index)) return false;
  }
  return true;
}

/** Start of the last token of `text[start, end)` (`start` when it holds one token). */
function lastTokenStart(text: string, start: number, end: number): number {
  let last = start;
  for (let index = start; index < end;) {
    last = index;
    index = scanToken(text, index, end);
  }
  return last;
}

/**
 * Best start for the run `text[start, end)` (inserted or deleted whole, surrounded by unchanged
 * text identical on both sides) among the positions it can slide to by whole tokens within
 * `[floor, ceiling)`. Returns the new start.
 */
function slidePure(text: string, start: number, end: number, floor: number, ceiling: number): number {
  const length = end - start;
  // A run can slide only if the character before it equals its last one, or the one after it its first.
  const mayGoLeft = start > floor && text.charCodeAt(start - 1) === text.charCodeAt(end - 1);
  const mayGoRight = end < ceiling && text.charCodeAt(end) === text.charCodeAt(start);
  if (!mayGoLeft && !mayGoRight) return start;
  let best = start;
  let bestScore = slideScore(text, start, end);
  // Slide left one token at a time while the token before the run equals the run's last token.
  for (let from = start, step = 0; step < MAX_SLIDE_STEPS; step++) {
    const lastStart = lastTokenStart(text, from, from + length);
    const tokenLength = from + length - lastStart;
    const to = from - tokenLength;
    if (to < floor || !isSafeBoundary(text, to)) break;
    if (!sameRun(text, to, lastStart, tokenLength)) break;
    from = to;
    const score = slideScore(text, from, from + length);
    if (score >= bestScore) {
      best = from;
      bestScore = score;
    }
  }
  // Slide right while the token after the run equals the run's first token.
  for (let from = start, step = 0; step < MAX_SLIDE_STEPS; step++) {
    const firstEnd = scanToken(text, from, from + length);
    const tokenLength = firstEnd - from;
    const to = from + tokenLength;
    if (to + length > ceiling || !isSafeBoundary(text, to + length)) break;
    if (!sameRun(text, from + length, from, tokenLength)) break;
    from = to;
    const score = slideScore(text, from, from + length);
    if (score > bestScore) {
      best = from;
      bestScore = score;
    }
  }
  return best;
}

/** 2 when the run starts with a non-space token, +1 when it ends with whitespace (a word and its space). */
function slideScore(text: string, start: number, end: number): number {
  scanToken(text, start, end);
  const firstKind = lastScannedKind();
  const lastCode = text.charCodeAt(end - 1);
  const endsWithSpace = lastCode === 32 || lastCode === 9 || lastCode === 10 || lastCode === 13;
  return (firstKind === SPACE || firstKind === NEWLINE ? 0 : 2) + (endsWithSpace ? 1 : 0);
}
