/**
 * Small helpers for working with a measure file's exact text: offsets to line/column points, blank-line
 * trimming and the file's line ending. Nothing here rewrites text the user did not ask to change.
 */
import type { Point } from '../constitution/types';

/** Maps UTF-16 offsets of one text to 1-based line/column points (binary search over line starts). */
export class LineIndex {
  /** Built on the first lookup: most parses of a clean file never ask, and a big file pays once. */
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private get lineStarts(): number[] {
    if (this.starts !== undefined) return this.starts;
    const starts = [0];
    for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1)) {
      starts.push(index + 1);
    }
    this.starts = starts;
    return starts;
  }

  /** The point at `offset` (clamped to the text). */
  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    const lineStarts = this.lineStarts;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1, offset: clamped };
  }

  /** 1-based line number of `offset`. */
  lineOf(offset: number): number {
    return this.pointAt(offset).line;
  }
}

/** One line of a text, with its offsets; `end` excludes the line break, `next` is the next line's start. */
export interface SourceLine {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly next: number;
  /** 1-based line number. */
  readonly number: number;
}

/**
 * The lines of `text[from, to)`, one at a time (a trailing `\r` is kept out of `text`). Lazy so a
 * reader that stops early (the front matter) or keeps few lines never holds one object per line of a
 * 200,000-line measure.
 */
export function* eachLine(text: string, from = 0, to = text.length): Generator<SourceLine, void, undefined> {
  let start = from;
  let number = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < from; index = text.indexOf('\n', index + 1)) number++;
  while (start < to) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 || newline >= to ? to : newline;
    const next = newline === -1 || newline >= to ? to : newline + 1;
    const contentEnd = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    yield { text: text.slice(start, contentEnd), start, end: contentEnd, next, number };
    start = next;
    number++;
  }
}

/** Split `text[from, to)` into lines (a trailing `\r` is kept out of `text`). */
export function linesOf(text: string, from = 0, to = text.length): SourceLine[] {
  return [...eachLine(text, from, to)];
}

/** True for a line holding only spaces and tabs. */
export function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** Remove whole blank lines before the first and after the last non-blank line; keep indentation. */
export function trimBlankLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && isBlank(lines[first]!)) first++;
  while (last >= first && isBlank(lines[last]!)) last--;
  return lines.slice(first, last + 1).join('\n');
}

/** The offsets of `trimBlankLines(text.slice(start, end))`'s content inside `text`: first and last non-blank character. */
export function nonBlankRange(text: string, start: number, end: number): { start: number; end: number } {
  let first = start;
  while (first < end && /\s/.test(text[first]!)) first++;
  let last = end;
  while (last > first && /\s/.test(text[last - 1]!)) last--;
  // Keep the indentation of the first non-blank line.
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  return { start: Math.max(start, lineStart), end: last };
}

/** The line ending a file mostly uses (`\r\n` when at least half its line breaks are CRLF). */
export function lineEndingOf(text: string): '\n' | '\r\n' {
  const all = (text.match(/\n/g) ?? []).length;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return all > 0 && crlf * 2 >= all ? '\r\n' : '\n';
}

/** Convert `\n` line breaks to `eol`. */
export function withLineEnding(text: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}
