/**
 * The exact (pre-readability) word diff of two strings, as changed character ranges cut at token
 * boundaries. Three levels, each skipped when it cannot pay off:
 *   1. common prefix and suffix at native string speed (most edits touch a small middle);
 *   2. for a large middle, a line diff first (the constitution is hard-wrapped at ~70 columns), so
 *      unchanged lines are never tokenized, as VS Code's diff aligns lines before characters;
 *   3. a token diff (Myers on interned ids) inside each changed stretch, with a cost cap; past it,
 *      patience anchors, and past those a plain delete + insert (the result is marked approximate).
 */
import { keepShape } from '../constitution/keep-shape';
import { myersDiff } from './myers';
import { patienceAnchors } from './patience';
import { trimCommon } from './text-compare';
import { tokenizeRange, TokenBuffer, TokenTable, type TokenRun } from './token-table';
import { SPACE } from './tokenize';

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

/** Default caps: an edit distance of 2000 tokens is far beyond any amendment of one section. */
export const DEFAULT_LIMITS: DiffLimits = { maxTokenEdits: 2000 };

/**
 * Middles shorter than this (in UTF-16 units, either side) are token-diffed directly; longer ones
 * are aligned by lines first, so only changed lines (~70 characters each in the constitution) are
 * tokenized. Measured on the benchmark scenarios (CPU time, best of 25): 600 beats 2000 by ~20%
 * on S3 (1% of words edited) and ties on S4 (10%, where most lines change anyway); 300 measured
 * the same as 600, and a pure token diff is the most precise, so the larger of the two.
 */
const LINE_PASS_MIN_CHARS = 600;
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

/**
 * Interning table and scratch buffers for tokens. One diff may share them across many calls (a
 * semantic diff shares them across all sections): known tokens are then found without allocating.
 */
export interface DiffTables {
  readonly tokens: TokenTable;
  /** Scratch storage for the two sides of one token diff. */
  readonly oldRun: TokenBuffer;
  readonly newRun: TokenBuffer;
}

/** Fresh interning tables. */
export function createDiffTables(): DiffTables {
  return { tokens: new TokenTable(), oldRun: new TokenBuffer(), newRun: new TokenBuffer() };
}

/** Exact changed ranges between `oldText` and `newText`, ordered, cut at token boundaries. */
export function rawDiff(
  oldText: string,
  newText: string,
  limits: DiffLimits = DEFAULT_LIMITS,
  tables: DiffTables = createDiffTables(),
): RawDiff {
  if (oldText === newText) return { hunks: [], approximate: false };
  const middle = trimCommon(oldText, newText, {
    oldStart: 0,
    oldEnd: oldText.length,
    newStart: 0,
    newEnd: newText.length,
  });
  const context = new DiffContext(oldText, newText, limits, tables);
  if (Math.max(middle.oldEnd - middle.oldStart, middle.newEnd - middle.newStart) >= LINE_PASS_MIN_CHARS) {
    context.diffByLines(middle.oldStart, middle.oldEnd, middle.newStart, middle.newEnd);
  } else {
    context.diffTokens(middle.oldStart, middle.oldEnd, middle.newStart, middle.newEnd);
  }
  return { hunks: context.hunks, approximate: context.approximate };
}

class DiffContext {
  readonly hunks: Hunk[] = [];
  approximate = false;
  private readonly table: TokenTable;
  /** Scratch counts by token id for `isRewrite`, all zero between calls. */
  private counts = new Int32Array(0);

  constructor(
    private readonly oldText: string,
    private readonly newText: string,
    private readonly limits: DiffLimits,
    private readonly tables: DiffTables,
  ) {
    this.table = tables.tokens;
  }

  /**
   * Align lines (by sampled hashes, see `hashLines`), then token-diff each stretch between the
   * unchanged runs that anchor: verified equal line by line (a hash collision only widens a
   * stretch by that line) and significant, or touching either end of the middle.
   */
  diffByLines(oldStart: number, oldEnd: number, newStart: number, newEnd: number): void {
    const oldLines = hashLines(this.oldText, oldStart, oldEnd);
    const newLines = hashLines(this.newText, newStart, newEnd);
    const lineHunks = myersDiff(oldLines.ids, 0, oldLines.count, newLines.ids, 0, newLines.count, MAX_LINE_EDITS);
    if (lineHunks === undefined) {
      this.diffTokens(oldStart, oldEnd, newStart, newEnd);
      return;
    }
    const oldAt = oldLines.offsetOf;
    const newAt = newLines.offsetOf;
    const same = (oldFrom: number, oldTo: number, newFrom: number): boolean =>
      this.oldText.slice(oldAt(oldFrom), oldAt(oldTo)) ===
      this.newText.slice(newAt(newFrom), newAt(newFrom + oldTo - oldFrom));
    let anchoredOld = 0; // lines before these are done
    let anchoredNew = 0;
    const anchor = (oldFrom: number, oldTo: number, newFrom: number): void => {
      const newTo = newFrom + oldTo - oldFrom;
      const atEdge = (oldFrom === 0 && newFrom === 0) || (oldTo === oldLines.count && newTo === newLines.count);
      if (
        oldTo === oldFrom ||
        (!atEdge && countNonBlank(this.oldText, oldAt(oldFrom), oldAt(oldTo)) < MIN_ANCHOR_CHARS)
      ) {
        return;
      }
      this.diffTokens(oldAt(anchoredOld), oldAt(oldFrom), newAt(anchoredNew), newAt(newFrom));
      anchoredOld = oldTo;
      anchoredNew = newTo;
    };
    let oldLine = 0;
    let newLine = 0;
    for (let index = 0; index <= lineHunks.length; index += 4) {
      const last = index === lineHunks.length;
      const runEnd = last ? oldLines.count : lineHunks[index]!;
      if (same(oldLine, runEnd, newLine)) anchor(oldLine, runEnd, newLine);
      else {
        // A collision: keep the lines that really are equal, in maximal runs.
        let from = oldLine;
        for (let line = oldLine; line < runEnd; line++) {
          if (same(line, line + 1, newLine + line - oldLine)) continue;
          anchor(from, line, newLine + from - oldLine);
          from = line + 1;
        }
        anchor(from, runEnd, newLine + from - oldLine);
      }
      if (last) break;
      oldLine = lineHunks[index + 1]!;
      newLine = lineHunks[index + 3]!;
    }
    this.diffTokens(oldAt(anchoredOld), oldEnd, newAt(anchoredNew), newEnd);
  }

  /** Token diff of one stretch, with the rewrite rule and the cost-capped fallbacks. */
  diffTokens(fromOld: number, toOld: number, fromNew: number, toNew: number): void {
    const { oldStart, oldEnd, newStart, newEnd } = trimCommon(this.oldText, this.newText, {
      oldStart: fromOld,
      oldEnd: toOld,
      newStart: fromNew,
      newEnd: toNew,
    });
    if (oldStart === oldEnd && newStart === newEnd) return;
    if (oldStart === oldEnd || newStart === newEnd) {
      this.hunks.push({ oldStart, oldEnd, newStart, newEnd });
      return;
    }
    const a = tokenizeRange(this.oldText, oldStart, oldEnd, this.table, this.tables.oldRun);
    const b = tokenizeRange(this.newText, newStart, newEnd, this.table, this.tables.newRun);
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
      // The ends of a rewrite that differ only in spacing ("… The cat sat on" → "… The cat sat  on")
      // are diffed on their own, so the spacing change shows and the words around it stay unmarked.
      let tailA = aHi;
      let tailB = bHi;
      while (tailA > aLo && tailB > bLo && this.sameButSpacing(a.ids[tailA - 1]!, b.ids[tailB - 1]!)) {
        tailA--;
        tailB--;
      }
      let headA = aLo;
      let headB = bLo;
      while (headA < tailA && headB < tailB && this.sameButSpacing(a.ids[headA]!, b.ids[headB]!)) {
        headA++;
        headB++;
      }
      if (headA > aLo) this.diffTokenRange(a, aLo, headA, b, bLo, headB, false);
      this.pushTokenHunk(a, b, headA, tailA, headB, tailB);
      if (tailA < aHi) this.diffTokenRange(a, tailA, aHi, b, tailB, bHi, false);
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

  /** Equal tokens, or two runs of spaces (of any width). */
  private sameButSpacing(left: number, right: number): boolean {
    return left === right || (this.table.kindOf(left) === SPACE && this.table.kindOf(right) === SPACE);
  }

  /** See REWRITE_MIN_WORDS: few shared content words means a rewrite, shown as strike + insert. */
  private isRewrite(a: TokenRun, aLo: number, aHi: number, b: TokenRun, bLo: number, bHi: number): boolean {
    if (this.counts.length < this.table.size) this.counts = new Int32Array(Math.max(1024, 2 * this.table.size));
    const counts = this.counts;
    let wordsA = 0;
    for (let index = aLo; index < aHi; index++) {
      const id = a.ids[index]!;
      if (!this.table.isContentWord(id)) continue;
      wordsA++;
      counts[id]!++;
    }
    let wordsB = 0;
    let shared = 0;
    if (wordsA >= REWRITE_MIN_WORDS) {
      for (let index = bLo; index < bHi; index++) {
        const id = b.ids[index]!;
        if (!this.table.isContentWord(id)) continue;
        wordsB++;
        if (counts[id]! > 0) {
          shared++;
          counts[id]!--;
        }
      }
    }
    for (let index = aLo; index < aHi; index++) counts[a.ids[index]!] = 0;
    if (wordsA < REWRITE_MIN_WORDS || wordsB < REWRITE_MIN_WORDS) return false;
    return shared < REWRITE_MAX_SHARED * Math.min(wordsA, wordsB);
  }
}

function tokenOffset(run: TokenRun, index: number): number {
  return index < run.count ? run.starts[index]! : run.end;
}

/** Characters sampled per line for its hash (evenly spread, plus the length). */
const LINE_HASH_SAMPLES = 12;

/**
 * Lines of `text[start, end)` (a line ends after `\n`, so `\r\n` too; a file with lone `\r` line
 * ends is one long line here and is token-diffed instead) as hashes of their length and a dozen
 * sampled characters: no substring, no map, a few operations per line. Equal lines always hash
 * equal; the rare unequal lines that collide are caught when the unchanged runs are verified.
 */
function hashLines(
  text: string,
  start: number,
  end: number,
): { ids: Int32Array; count: number; offsetOf: (line: number) => number } {
  const starts: number[] = [];
  const hashes: number[] = [];
  for (let lineStart = start; lineStart < end;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= end ? end : newline + 1;
    const length = lineEnd - lineStart;
    let hash = Math.imul(0x811c9dc5 ^ length, 0x01000193);
    const step = Math.max(1, Math.floor(length / LINE_HASH_SAMPLES));
    for (let at = lineStart; at < lineEnd; at += step) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
    hash = Math.imul(hash ^ text.charCodeAt(lineEnd - 1), 0x01000193);
    starts.push(lineStart);
    hashes.push(hash);
    lineStart = lineEnd;
  }
  return {
    ids: Int32Array.from(hashes),
    count: hashes.length,
    offsetOf: (line) => (line < starts.length ? starts[line]! : end),
  };
}

function countNonBlank(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end && count < MIN_ANCHOR_CHARS; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) count++;
  }
  return count;
}

/** See constitution/keep-shape.ts: keeps optimized diff code alive across full GCs. */
keepShape(new DiffContext('', '', DEFAULT_LIMITS, createDiffTables()));
