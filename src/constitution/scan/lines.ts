/**
 * Line reading and the single-line tests of the CommonMark subset the scanner understands.
 * Columns follow CommonMark: a tab in the leading whitespace always reaches column 5 or beyond, so a
 * line whose indentation contains a tab counts as indented by at least 4 columns.
 */
import { isSpaceOrTab } from './blocks';

/** One source line. Offsets are absolute; `end` excludes the line ending (`\n` or `\r\n`). */
export interface Line {
  readonly start: number;
  readonly end: number;
  /** Start of the following line (or the scan limit). */
  readonly next: number;
  /** Offset of the first character that is not a space or tab (`end` when the line is blank). */
  readonly first: number;
  /** Leading spaces before `first` (tabs excluded; see `tabbed`). */
  readonly indent: number;
  /** True when the leading whitespace contains a tab. */
  readonly tabbed: boolean;
  readonly blank: boolean;
}

/** Indentation (in columns) from which a line is indented code rather than a block start. */
export const CODE_INDENT = 4;
/** Most digits CommonMark allows in an ordered-list marker (`123456789.`). */
const MAX_LIST_MARKER_DIGITS = 9;
/** Most spaces between a list marker and its text; with more, the text is indented code. */
const MAX_SPACES_AFTER_MARKER = 4;

/** A `Line` the scanner may overwrite (see `readLineInto`). */
export type ScratchLine = { -readonly [K in keyof Line]: Line[K] };

/** A line to pass to `readLineInto`. */
export function scratchLine(): ScratchLine {
  return { start: 0, end: 0, next: 0, first: 0, indent: 0, tabbed: false, blank: true };
}

/** Read the line starting at `start` (which must be a line start), stopping at `limit`. */
export function readLine(source: string, start: number, limit: number): Line {
  return readLineInto(scratchLine(), source, start, limit);
}

/**
 * `readLine` into `line` (overwritten, and returned): the scanner reads every line of the
 * document, and a fresh object per line was nearly half of what a parse allocated.
 */
export function readLineInto(line: ScratchLine, source: string, start: number, limit: number): Line {
  let newline = source.indexOf('\n', start);
  if (newline < 0 || newline >= limit) newline = limit;
  let end = newline;
  if (end > start && source.charCodeAt(end - 1) === 0x0d) end--;
  let first = start;
  let indent = 0;
  let tabbed = false;
  while (first < end) {
    const code = source.charCodeAt(first);
    if (code === 0x20) indent++;
    else if (code === 0x09) tabbed = true;
    else break;
    first++;
  }
  line.start = start;
  line.end = end;
  line.next = newline < limit ? newline + 1 : limit;
  line.first = first;
  line.indent = indent;
  line.tabbed = tabbed;
  line.blank = first === end;
  return line;
}

/**
 * Start of the next line when the line at `start` is blank (spaces and tabs only, as `readLine`
 * reads it), else -1. Allocates nothing: blank lines are a third of the document.
 */
export function afterBlankLine(source: string, start: number, limit: number): number {
  let at = start;
  while (at < limit) {
    const code = source.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09) break;
    at++;
  }
  if (at >= limit) return limit;
  const code = source.charCodeAt(at);
  if (code === 0x0a) return at + 1;
  if (code === 0x0d) {
    if (at + 1 >= limit) return limit;
    if (source.charCodeAt(at + 1) === 0x0a) return at + 2;
  }
  return -1;
}

/** True when the line is indented code territory (4+ columns). */
export function isIndented(line: Line): boolean {
  return line.tabbed || line.indent >= CODE_INDENT;
}

/** Depth of an ATX heading starting at `at` (`#`…`######` then space, tab or end), else 0. */
export function atxDepthAt(source: string, at: number, end: number): number {
  let depth = 0;
  while (at + depth < end && source.charCodeAt(at + depth) === 0x23 /* # */) depth++;
  if (depth === 0 || depth > 6) return 0;
  return at + depth === end || isSpaceOrTab(source.charCodeAt(at + depth)) ? depth : 0;
}

/** An opening code fence: its character and length, or undefined. */
export interface Fence {
  readonly char: number;
  readonly length: number;
}

/** The code fence opened at `at` (three or more backticks or tildes), or undefined. */
export function fenceAt(source: string, at: number, end: number): Fence | undefined {
  const char = source.charCodeAt(at);
  if (char !== 0x60 /* ` */ && char !== 0x7e /* ~ */) return undefined;
  let length = 0;
  while (at + length < end && source.charCodeAt(at + length) === char) length++;
  if (length < 3) return undefined;
  // A backtick fence's info string may not contain a backtick (it would be inline code).
  if (char === 0x60 && source.indexOf('`', at + length) >= 0 && source.indexOf('`', at + length) < end)
    return undefined;
  return { char, length };
}

/** True when `line` closes `fence`: up to 3 spaces, at least as many fence characters, then blanks. */
export function closesFence(source: string, line: Line, fence: Fence): boolean {
  if (isIndented(line) || line.blank) return false;
  let at = line.first;
  while (at < line.end && source.charCodeAt(at) === fence.char) at++;
  if (at - line.first < fence.length) return false;
  while (at < line.end && isSpaceOrTab(source.charCodeAt(at))) at++;
  return at === line.end;
}

/** An ordered-list marker such as `1.` or `12)`. */
export interface ListMarker {
  readonly value: number;
  readonly digits: number;
  /** `.` or `)` as a char code. */
  readonly delimiter: number;
  /** Offset just after the delimiter. */
  readonly markerEnd: number;
  /** Offset of the item's text, when the marker is followed by 1-4 spaces and text. */
  readonly contentStart: number;
  /** Nothing but blanks after the marker. */
  readonly empty: boolean;
  /** The marker is followed by something the scanner leaves to remark (a tab, 5+ spaces). */
  readonly unusual: boolean;
}

/** The ordered-list marker at `at`, or undefined when the text there is not one. */
export function listMarkerAt(source: string, at: number, end: number): ListMarker | undefined {
  let digits = 0;
  let value = 0;
  while (at + digits < end) {
    const code = source.charCodeAt(at + digits);
    if (code < 0x30 || code > 0x39) break;
    value = value * 10 + (code - 0x30);
    digits++;
  }
  if (digits === 0 || digits > MAX_LIST_MARKER_DIGITS || at + digits >= end) return undefined;
  const delimiter = source.charCodeAt(at + digits);
  if (delimiter !== 0x2e /* . */ && delimiter !== 0x29 /* ) */) return undefined;
  const markerEnd = at + digits + 1;
  if (markerEnd === end) {
    return { value, digits, delimiter, markerEnd, contentStart: end, empty: true, unusual: false };
  }
  const after = source.charCodeAt(markerEnd);
  if (!isSpaceOrTab(after)) return undefined;
  let contentStart = markerEnd;
  let tab = false;
  while (contentStart < end && isSpaceOrTab(source.charCodeAt(contentStart))) {
    if (source.charCodeAt(contentStart) === 0x09) tab = true;
    contentStart++;
  }
  const empty = contentStart === end;
  const unusual = tab || contentStart - markerEnd > MAX_SPACES_AFTER_MARKER;
  return { value, digits, delimiter, markerEnd, contentStart, empty, unusual };
}

/** True when an ordered-list item at `at` may interrupt a paragraph: exactly `1.`/`1)` with text. */
export function interruptsParagraphAsList(source: string, at: number, end: number): boolean {
  const marker = listMarkerAt(source, at, end);
  return marker !== undefined && marker.value === 1 && marker.digits === 1 && !marker.empty;
}

function isOnlyMarkupRun(source: string, at: number, end: number): boolean {
  let sawRule = false;
  for (let i = at; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x2d /* - */ || code === 0x2a /* * */ || code === 0x5f /* _ */ || code === 0x3d /* = */)
      sawRule = true;
    else if (code !== 0x7c /* | */ && code !== 0x3a /* : */ && !isSpaceOrTab(code)) return false;
  }
  return sawRule;
}

/**
 * True when the text at `at` (a line's first character, indented at most 3 columns) may start or
 * change a block the scanner does not model: block quotes, HTML blocks, bullet lists, thematic
 * breaks, setext underlines, GFM table delimiter rows, footnote definitions and, at a paragraph
 * start, link reference definitions. The scanner then hands the region to remark.
 */
export function mayStartUnmodelledBlock(source: string, at: number, end: number, paragraphStart: boolean): boolean {
  const code = source.charCodeAt(at);
  if (code === 0x3e /* > */ || code === 0x3c /* < */) return true;
  if (code === 0x2d /* - */ || code === 0x2b /* + */ || code === 0x2a /* * */) {
    if (at + 1 === end || isSpaceOrTab(source.charCodeAt(at + 1))) return true;
  }
  if (code === 0x5b /* [ */ && (paragraphStart || source.charCodeAt(at + 1) === 0x5e) /* ^ */) return true;
  return isOnlyMarkupRun(source, at, end);
}
