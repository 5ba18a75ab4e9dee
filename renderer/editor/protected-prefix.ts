/**
 * The head of an edition that edit in context must not change: its YAML front matter (the edition's
 * identity: title, source, hashes) and its `# title` line. Neither is amendable text; an edit there
 * only broke the YAML and produced bogus "Title and front matter" / "Preamble" clauses. The preamble,
 * articles and sections after it stay editable. Pure helpers; the editor controller enforces them.
 */
import { findFrontMatter } from '../../src/constitution/scan/front-matter';

/** A byte-order mark may precede the front matter fence. */
const BYTE_ORDER_MARK = '\uFEFF';
/** The document title: one ATX level-1 heading (articles are `##`, sections `###`). */
const TITLE_LINE = /^# \S/;

/**
 * Offset just past the protected head of `text`: the front matter (with its line ending), then, after
 * any blank lines, the `# title` line with its line ending. 0 when the text has neither.
 */
export function protectedPrefixEnd(text: string): number {
  const from = text.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  const frontMatter = findFrontMatter(text, from);
  let end = frontMatter === undefined ? from : frontMatter.bodyStart;
  let cursor = end;
  while (cursor < text.length) {
    const lineEnd = text.indexOf('\n', cursor);
    const next = lineEnd < 0 ? text.length : lineEnd + 1;
    const line = text.slice(cursor, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    if (TITLE_LINE.test(line)) end = next;
    if (line.trim() !== '') break;
    cursor = next;
  }
  return end === from ? 0 : end;
}

/** One model change, as Monaco reports it (offsets in the text before the change). */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
}

/**
 * Whether a change reaches into the first `end` characters: it starts there (typing, deleting or
 * pasting inside the head, or Backspace at the first editable character, which eats the head's last
 * line ending). Inserting exactly at `end` leaves the head whole.
 */
export function touchesPrefix(changes: readonly TextChange[], end: number): boolean {
  return changes.some((change) => change.rangeOffset < end);
}

/** The smallest splice of `after` that gives back `before`: replace [start, end) of `after` with `text`. */
export function restoringSplice(before: string, after: string): { start: number; end: number; text: string } {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head += 1;
  let tail = 0;
  while (
    tail < shorter - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail += 1;
  return { start: head, end: after.length - tail, text: before.slice(head, before.length - tail) };
}

/** The first line (1-based) at or after `offset` that has text: where a caret outside the head belongs. */
export function firstTextLineAfter(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  let cursor = offset;
  while (cursor < text.length) {
    const lineEnd = text.indexOf('\n', cursor);
    if (text.slice(cursor, lineEnd < 0 ? text.length : lineEnd).trim() !== '') return line;
    if (lineEnd < 0) break;
    cursor = lineEnd + 1;
    line += 1;
  }
  return line;
}
