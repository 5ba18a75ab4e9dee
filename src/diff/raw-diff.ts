/**
 * The exact (pre-readability) word diff of two strings, as changed character ranges cut at token
 * boundaries. Three levels, each skipped when it cannot pay off:
 *   1. common prefix and suffix at native string speed (most edits touch a small middle);
 *   2. for a large middle, a line diff first (the constitution is hard-wrapped at ~70 columns), so
 *      unchanged lines are never tokenized, as VS Code's diff aligns lines before characters;
 *   3. a token diff (Myers on interned ids) inside each changed stretch, with a cost cap; past it,
 *      patience anchors, and past those a plain delete + insert (the result is marked approximate).
 */
import { myersDiff } from './myers';
import { patienceAnchors } from './patience';
import { commonPrefixLength, commonSuffixLength } from './text-compare';
import { isSafeBoundary, isWordKind, tokenizeRange, TokenTable, type TokenRun } from './tokenize';

/** One changed stretch: `oldText[oldStart, oldEnd)` is replaced by `newText[newStart, newEnd)`. */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Cost caps for one diff; all counts, never clock time, so results are the same on every machine. */
export interface DiffLimits {
  /** Largest edit distance (insertions + deletions, in tokens) one Myers run may explore. */
  readonly maxTokenEdits: number;
}

export const DEFAULT_LIMITS: DiffLimits = { maxTokenEdits: 2000 };

/**
 * Middles shorter than this (in UTF-16 units, either side) are token-diffed directly: tokenizing
 * them costs less than cutting lines, and a pure token diff is the most precise.
 */
const LINE_PASS_MIN_CHARS = 2000;
/** The line diff gives up past this many changed lines (then the whole middle is token-diffed). */
const MAX_LINE_EDITS = 4000;
/**
 * An unchanged run of lines anchors the token diff only with at least this many non-blank
 * characters: blank lines and lone labels such as `(a)` recur too often to prove an alignment.
 */
const MIN_ANCHOR_CHARS = 16;
/**
 * Caps the work of one Myers run at about (N + M) · D = this many steps (a few milliseconds), so a
 * pathological input degrades to patience anchors instead of freezing the editor.
 */
const MAX_MYERS_WORK = 8_000_000;
/**
 * A changed stretch whose shorter side has at least REWRITE_MIN_WORDS content words, fewer than
 * REWRITE_MAX_SHARED of which occur on the other side at all, is a rewrite: it reads best as one
 * struck passage and one inserted passage, and no alignment could keep more than that share anyway.
 */
const REWRITE_MIN_WORDS = 8;
const REWRITE_MAX_SHARED = 0.25;

/** The result of `rawDiff`. */
export interface RawDiff {
  readonly hunks: Hunk[];
  /** True when a cost cap was hit and some stretch is correct but not minimal. */
  readonly approximate: boolean;
}

/** Exact changed ranges between `oldText` and `newText`, ordered, cut at token boundaries. */
export function rawDiff(oldText: string, newText: string, limits: DiffLimits = DEFAULT_LIMITS): RawDiff {
  if (oldText === newText) return { hunks: [], approximate: false };
  let prefix = commonPrefixLength(oldText, newText);
  while (prefix > 0 && !(isSafeBoundary(oldText, prefix) && isSafeBoundary(newText, prefix))) prefix--;
  let suffix = commonSuffixLength(oldText, newText, prefix, prefix);
  while (
    suffix > 0 &&
    !(isSafeBoundary(oldText, oldText.length - suffix) && isSafeBoundary(newText, newText.length - suffix))
  ) {
    suffix--;
  }
  const context = new DiffContext(oldText, newText, limits);
  const oldEnd = oldText.length - suffix;
  const newEnd = newText.length - suffix;
  if (Math.max(oldEnd - prefix, newEnd - prefix) >= LINE_PASS_MIN_CHARS) {
    context.diffByLines(prefix, oldEnd, prefix, newEnd);
  } else {
    context.diffTokens(prefix, oldEnd, prefix, newEnd);
  }
  return { hunks: context.hunks, approximate: context.approximate };
}

class DiffContext {
  readonly hunks: Hunk[] = [];
  approximate = false;
  private readonly table = new TokenTable();

  constructor(
    private readonly oldText: string,
    private readonly newText: string,
    private readonly limits: DiffLimits,
  ) {}

  /** Align lines, then token-diff each changed stretch between significant unchanged lines. */
  diffByLines(oldStart: number, oldEnd: number, newStart: number, newEnd: number): void {
    const lineIds = new Map<string, number>();
    const oldLines = splitLines(this.oldText, oldStart, oldEnd, lineIds);
    const newLines = splitLines(this.newText, newStart, newEnd, lineIds);
    const lineHunks = myersDiff(oldLines.ids, 0, oldLines.count, newLines.ids, 0, newLines.count, MAX_LINE_EDITS);
    if (lineHunks === undefined) {
      this.diffTokens(oldStart, oldEnd, newStart, newEnd);
      return;
    }
    // Merge line hunks separated by insignificant unchanged runs, then token-diff each merged stretch.
    let gap: number[] | undefined;
    const flush = (stretch: number[]): void => {
      const [aStart, aEnd, bStart, bEnd] = stretch as [number, number, number, number];
      this.diffTokens(
        oldLines.offsetOf(aStart),
        oldLines.offsetOf(aEnd),
        newLines.offsetOf(bStart),
        newLines.offsetOf(bEnd),
      );
    };
    for (let index = 0; index < lineHunks.length; index += 4) {
      const hunk = lineHunks.slice(index, index + 4);
      if (gap === undefined) {
        gap = hunk;
        continue;
      }
      const unchangedFrom = oldLines.offsetOf(gap[1]!);
      const unchangedTo = oldLines.offsetOf(hunk[0]!);
      if (countNonBlank(this.oldText, unchangedFrom, unchangedTo) >= MIN_ANCHOR_CHARS) {
        flush(gap);
        gap = hunk;
      } else {
        gap[1] = hunk[1]!;
        gap[3] = hunk[3]!;
      }
    }
    if (gap !== undefined) flush(gap);
  }

  /** Token diff of one stretch, with the rewrite rule and the cost-capped fallbacks. */
  diffTokens(oldStart: number, oldEnd: number, newStart: number, newEnd: number): void {
    if (oldStart === oldEnd && newStart === newEnd) return;
    if (oldStart === oldEnd || newStart === newEnd) {
      this.hunks.push({ oldStart, oldEnd, newStart, newEnd });
      return;
    }
    const a = tokenizeRange(this.oldText, oldStart, oldEnd, this.table);
    const b = tokenizeRange(this.newText, newStart, newEnd, this.table);
    let aLo = 0;
    let bLo = 0;
    let aHi = a.count;
    let bHi = b.count;
    while (aLo < aHi && bLo < bHi && a.ids[aLo] === b.ids[bLo]) {
      aLo++;
      bLo++;
    }
    while (aLo < aHi && bLo < bHi && a.ids[aHi - 1] === b.ids[bHi - 1]) {
      aHi--;
      bHi--;
    }
    if (this.isRewrite(a, aLo, aHi, b, bLo, bHi)) {
      this.pushTokenHunk(a, b, aLo, aHi, bLo, bHi);
      return;
    }
    this.diffTokenRange(a, aLo, aHi, b, bLo, bHi, true);
  }

  private diffTokenRange(
    a: TokenRun,
    aLo: number,
    aHi: number,
    b: TokenRun,
    bLo: number,
    bHi: number,
    mayUseAnchors: boolean,
  ): void {
    const size = aHi - aLo + (bHi - bLo);
    const cap = Math.min(this.limits.maxTokenEdits, Math.max(64, Math.floor(MAX_MYERS_WORK / Math.max(1, size))));
    const hunks = myersDiff(a.ids, aLo, aHi, b.ids, bLo, bHi, cap);
    if (hunks !== undefined) {
      for (let index = 0; index < hunks.length; index += 4) {
        this.pushTokenHunk(a, b, hunks[index]!, hunks[index + 1]!, hunks[index + 2]!, hunks[index + 3]!);
      }
      return;
    }
    this.approximate = true;
    const anchors = mayUseAnchors ? patienceAnchors(a.ids, aLo, aHi, b.ids, bLo, bHi, this.table.size) : [];
    if (anchors.length === 0) {
      this.pushTokenHunk(a, b, aLo, aHi, bLo, bHi);
      return;
    }
    let fromA = aLo;
    let fromB = bLo;
    for (let index = 0; index <= anchors.length; index += 2) {
      const toA = index < anchors.length ? anchors[index]! : aHi;
      const toB = index < anchors.length ? anchors[index + 1]! : bHi;
      this.diffTokenRange(a, fromA, toA, b, fromB, toB, false);
      fromA = toA + 1;
      fromB = toB + 1;
    }
  }

  /** Record tokens `a[aLo, aHi)` → `b[bLo, bHi)` as a character hunk (skipping empty ones). */
  private pushTokenHunk(a: TokenRun, b: TokenRun, aLo: number, aHi: number, bLo: number, bHi: number): void {
    if (aLo === aHi && bLo === bHi) return;
    this.hunks.push({
      oldStart: tokenOffset(a, aLo),
      oldEnd: tokenOffset(a, aHi),
      newStart: tokenOffset(b, bLo),
      newEnd: tokenOffset(b, bHi),
    });
  }

  /** See REWRITE_MIN_WORDS: few shared content words means a rewrite, shown as strike + insert. */
  private isRewrite(a: TokenRun, aLo: number, aHi: number, b: TokenRun, bLo: number, bHi: number): boolean {
    const counts = new Map<number, number>();
    let wordsA = 0;
    for (let index = aLo; index < aHi; index++) {
      const id = a.ids[index]!;
      if (!this.isContentWord(id)) continue;
      wordsA++;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    if (wordsA < REWRITE_MIN_WORDS) return false;
    let wordsB = 0;
    let shared = 0;
    for (let index = bLo; index < bHi; index++) {
      const id = b.ids[index]!;
      if (!this.isContentWord(id)) continue;
      wordsB++;
      const left = counts.get(id) ?? 0;
      if (left > 0) {
        shared++;
        counts.set(id, left - 1);
      }
    }
    if (wordsB < REWRITE_MIN_WORDS) return false;
    return shared < REWRITE_MAX_SHARED * Math.min(wordsA, wordsB);
  }

  private isContentWord(id: number): boolean {
    return isWordKind(this.table.kindOf(id)) && !this.table.isStopWord(id);
  }
}

function tokenOffset(run: TokenRun, index: number): number {
  return index < run.count ? run.starts[index]! : run.end;
}

/** Lines of `text[start, end)` as interned ids; a line ends after `\n`, `\r\n` or a lone `\r`. */
function splitLines(
  text: string,
  start: number,
  end: number,
  ids: Map<string, number>,
): { ids: Int32Array; count: number; offsetOf(line: number): number } {
  const starts: number[] = [];
  const lineIds: number[] = [];
  let lineStart = start;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 10 && code !== 13) continue;
    if (code === 13 && index + 1 < end && text.charCodeAt(index + 1) === 10) index++;
    starts.push(lineStart);
    lineIds.push(internLine(text.slice(lineStart, index + 1), ids));
    lineStart = index + 1;
  }
  if (lineStart < end) {
    starts.push(lineStart);
    lineIds.push(internLine(text.slice(lineStart, end), ids));
  }
  return {
    ids: Int32Array.from(lineIds),
    count: lineIds.length,
    offsetOf: (line) => (line < starts.length ? starts[line]! : end),
  };
}

function internLine(line: string, ids: Map<string, number>): number {
  let id = ids.get(line);
  if (id === undefined) {
    id = ids.size;
    ids.set(line, id);
  }
  return id;
}

function countNonBlank(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end && count < MIN_ANCHOR_CHARS; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) count++;
  }
  return count;
}
