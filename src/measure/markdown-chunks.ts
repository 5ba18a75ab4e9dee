/**
 * Caps in front of remark for a measure's own Markdown (findings, purpose …). micromark slows down
 * badly on hostile shapes (reliability study §3.4: 100,000 tiny paragraphs take ~10 s, a list 800
 * deep 20 s, a 10 MB line here took 50 s), while legal prose is short paragraphs nested a few levels.
 * A body that is small and shallow is read by remark whole, as before. A larger one is cut into
 * chunks at blank lines before a line that starts a new top-level block; a chunk with no Markdown
 * syntax is a plain paragraph (no parser needed), a chunk remark would be slow on is kept as written
 * and reported, and the rest are read by remark one by one. Reference-style link definitions apply
 * within their own chunk only in a cut body (a link would show its brackets, never lose words).
 */
import { isTooDeepForRemark, MAX_CONTAINER_MARKERS, MAX_LEADING_COLUMNS } from '../constitution/scan/depth-guard';

/**
 * Largest Markdown remark reads in one piece. A paragraph of legal prose is well under 5,000
 * characters; 20,000 is a whole findings section, and remark's worst shapes at this size (`a**b`
 * repeated) still finish in about half a second.
 */
export const MAX_REMARK_CHARS = 20_000;

export type Chunk =
  | { readonly kind: 'markdown' | 'plain'; readonly text: string; readonly line: number }
  | { readonly kind: 'unread'; readonly text: string; readonly line: number; readonly reason: string };

/** Characters that can make a line mean more than its words (emphasis, links, entities, HTML, code). */
const INLINE_SYNTAX = /[\\`*_[\]<>!&~|]/;
/** Line starts that open a block (headings, lists, quotes, tables, setext underlines, indentation). */
const BLOCK_START = /^(?:[ \t]|[#>|:=+\-*]|\d)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** How much of a line's start is looked at: room for any fence, and blank lines of plausible length. */
const LINE_HEAD_CHARS = 64;

function describeTooDeep(): string {
  return `it nests more than ${MAX_CONTAINER_MARKERS} lists or quotes (or is indented more than ${MAX_LEADING_COLUMNS} columns)`;
}

function classify(text: string, line: number): Chunk {
  if (text.length > MAX_REMARK_CHARS && !isPlain(text)) {
    const reason = `it is ${text.length.toLocaleString('en-US')} characters of Markdown without a paragraph break (the limit is ${MAX_REMARK_CHARS.toLocaleString('en-US')})`;
    return { kind: 'unread', text, line, reason };
  }
  if (isTooDeepForRemark(text, 0, text.length)) return { kind: 'unread', text, line, reason: describeTooDeep() };
  return { kind: isPlain(text) ? 'plain' : 'markdown', text, line };
}

/** True when `text` is one paragraph of words: no line opens a block and no character is syntax. */
function isPlain(text: string): boolean {
  if (INLINE_SYNTAX.test(text)) return false;
  for (const line of text.split(/\r\n?|\n/)) if (line !== '' && BLOCK_START.test(line)) return false;
  // A blank line inside (not the ones that end the chunk) would start another block.
  return !/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)[ \t]*\S/.test(text);
}

/**
 * The chunks of a Markdown body, in order; their texts joined give the body back. A small, shallow
 * body is one `markdown` chunk (remark reads it as it always did).
 */
export function markdownChunks(markdown: string): Chunk[] {
  if (markdown.length <= MAX_REMARK_CHARS && !isTooDeepForRemark(markdown, 0, markdown.length)) {
    return [{ kind: 'markdown', text: markdown, line: 1 }];
  }
  const chunks: Chunk[] = [];
  const lineBreak = /\r\n?|\n/g;
  let chunkStart = 0;
  let chunkLine = 1;
  let lineNumber = 1;
  let lineStart = 0;
  let previousBlank = false;
  let fence: string | undefined;
  while (lineStart < markdown.length) {
    lineBreak.lastIndex = lineStart;
    const found = lineBreak.exec(markdown);
    const lineEnd = found === null ? markdown.length : found.index;
    const next = found === null ? markdown.length : found.index + found[0].length;
    // Only a line's start decides a boundary or a fence (a 10 MB line is never copied whole).
    const line = markdown.slice(lineStart, Math.min(lineEnd, lineStart + LINE_HEAD_CHARS));
    const blank = lineEnd - lineStart <= LINE_HEAD_CHARS && /^[ \t]*$/.test(line);
    if (fence === undefined && previousBlank && !blank && !BLOCK_START.test(line) && lineStart > chunkStart) {
      chunks.push(classify(markdown.slice(chunkStart, lineStart), chunkLine));
      chunkStart = lineStart;
      chunkLine = lineNumber;
    }
    const opened = FENCE.exec(line)?.[1];
    if (opened !== undefined) {
      if (fence === undefined) fence = opened[0]!.repeat(opened.length);
      else if (opened.startsWith(fence)) fence = undefined;
    }
    previousBlank = blank;
    lineStart = next;
    lineNumber++;
  }
  if (chunkStart < markdown.length) chunks.push(classify(markdown.slice(chunkStart), chunkLine));
  return chunks;
}
