/**
 * Offsets → unist points (1-based line and column). Line endings are LF, CRLF and lone CR, as in
 * CommonMark, so positions agree with remark's.
 */
import { keepShape } from '../keep-shape';
import type { Point, Span } from '../types';

/** How far `point` walks from the previous lookup before it binary-searches instead. */
const NEARBY_LINES = 16;

export class LineIndex {
  /** Offset where each line starts; `starts[0]` is 0. */
  private readonly starts: Int32Array;

  constructor(source: string) {
    if (source.includes('\r')) {
      const starts: number[] = [0];
      for (let i = 0; i < source.length; i++) {
        const code = source.charCodeAt(i);
        if (code === 0x0a || (code === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
      }
      this.starts = Int32Array.from(starts);
      return;
    }
    // LF only: one pass into a typed array that doubles when full (a second counting pass costs more
    // than the copies once the text no longer fits in the cache).
    let starts = new Int32Array((source.length >> 5) + 16);
    let line = 1;
    for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) {
      if (line === starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[line++] = at + 1;
    }
    this.starts = starts.subarray(0, line);
  }

  /** Line index (0-based) of the last lookup: the tree is built in source order, so most lookups land on it or just after. */
  private hint = 0;

  /** The 1-based line of `offset` (as `point(offset).line`, without making a point). */
  lineNumber(offset: number): number {
    const { starts } = this;
    let line = this.hint;
    if (starts[line]! <= offset) {
      // Walk forward a few lines before falling back to binary search.
      for (let steps = 0; steps < NEARBY_LINES && line + 1 < starts.length && starts[line + 1]! <= offset; steps++)
        line++;
      if (line + 1 >= starts.length || starts[line + 1]! > offset) {
        this.hint = line;
        return line + 1;
      }
    }
    line = this.search(offset);
    this.hint = line;
    return line + 1;
  }

  /** The point at `offset`. */
  point(offset: number): Point {
    const line = this.lineNumber(offset);
    return { line, column: offset - this.starts[line - 1]! + 1, offset };
  }

  private search(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The span `[start, end)`. */
  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }

  /** Offset where the line after the one containing `offset` starts (the source length on the last line). */
  nextLineStart(offset: number, sourceLength: number): number {
    return this.starts[this.lineNumber(offset)] ?? sourceLength;
  }

  /** Offset where the line containing `offset` starts. */
  lineStart(offset: number): number {
    return this.starts[this.lineNumber(offset) - 1]!;
  }
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
keepShape(new LineIndex(''));
