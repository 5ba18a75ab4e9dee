/**
 * "Go to the problem" for a hidden character (src/shared/hidden-characters.ts): which character a
 * check names at a line and column of the measure file, and which occurrence of it inside a field
 * it is, so the field (or the constitution editor) can select exactly that character.
 */

/** UTF-16 offset of a 1-based line and column of `source` (lines counted at LF), clamped to the text. */
export function offsetOfPoint(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = source.indexOf('\n', offset);
    if (newline < 0) return source.length;
    offset = newline + 1;
  }
  return Math.min(source.length, offset + column - 1);
}

/** The character (a whole code point, or a lone surrogate) at a line and column of `source`. */
export function characterAt(source: string, line: number, column: number): string | undefined {
  const offset = offsetOfPoint(source, line, column);
  const codePoint = source.codePointAt(offset);
  return codePoint === undefined ? undefined : source.slice(offset, offset + (codePoint > 0xffff ? 2 : 1));
}

/** How many times `char` occurs in `source` from `from` up to (not including) `offset`. */
export function occurrencesBefore(source: string, char: string, from: number, offset: number): number {
  let count = 0;
  for (let at = source.indexOf(char, from); at >= 0 && at < offset; at = source.indexOf(char, at + char.length)) {
    count++;
  }
  return count;
}

/** Offset of the `n`-th (0-based) occurrence of `char` in `text`, or -1. */
export function nthOccurrence(text: string, char: string, n: number): number {
  let at = text.indexOf(char);
  for (let seen = 0; at >= 0 && seen < n; seen++) at = text.indexOf(char, at + char.length);
  return at;
}
