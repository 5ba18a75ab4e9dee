/**
 * Offsets → unist points (1-based line and column). Line endings are LF, CRLF and lone CR, as in
 * CommonMark, so positions agree with remark's.
 */
import type { Point, Span } from '../types';

export class LineIndex {
  /** Offset where each line starts; `starts[0]` is 0. */
  private readonly starts: number[] = [0];

  constructor(source: string) {
    if (source.includes('\r')) {
      for (let i = 0; i < source.length; i++) {
        const code = source.charCodeAt(i);
        if (code === 0x0a || (code === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
      }
    } else {
      for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) this.starts.push(at + 1);
    }
  }

  /** The point at `offset`. */
  point(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }

  /** The span `[start, end)`. */
  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }

  /** Offset where the line after the one containing `offset` starts (the source length on the last line). */
  nextLineStart(offset: number, sourceLength: number): number {
    return this.starts[this.point(offset).line] ?? sourceLength;
  }

  /** Offset where the line containing `offset` starts. */
  lineStart(offset: number): number {
    return this.starts[this.point(offset).line - 1]!;
  }
}
