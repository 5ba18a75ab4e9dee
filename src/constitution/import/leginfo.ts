/**
 * Plain text as copied from the official leginfo pages → Markdown in the layout the parser reads:
 *
 * - `CONSTITUTION OF THE STATE OF CALIFORNIA …` → `# …` (the title);
 * - `ARTICLE III  STATE OF CALIFORNIA [SECTION 1 - SEC. 9]` → `## ARTICLE III  STATE OF …` (the
 *   canonicalizer then rewrites it and drops the bracketed range);
 * - `SECTION 1.` / `SEC. 2.` → `### SECTION 1.`, with any text on the same line as its own paragraph;
 * - every other line → its own paragraph (leginfo puts one paragraph on each line), escaped where
 *   Markdown would read structure; runs of lines indented 4+ columns stay together, preformatted.
 *
 * Removed on purpose (returned in `removed`): the `PREAMBLE [Preamble]` navigation label.
 */
import { MappedTextBuilder, type LineMap } from './line-map';
import { escapeParagraphLine } from './markdown-escape';

const TITLE_LINE = /^CONSTITUTION OF THE STATE OF CALIFORNIA\b/i;
const PREAMBLE_LABEL = /^PREAMBLE\b\s*(?:\[[^\]]*\])?$/i;
const ARTICLE_LINE = /^ARTICLE\s+(?:[IVXLCDM]+(?:\s?[A-Z])?|\d+\s?[A-Z]?)(?=\s|$|\[)/;
const ARTICLE_NOTE_AFTER_RANGE = /^(.*\])\s*(\(.*\))$/;
const SECTION_LINE = /^((?:SECTION|SEC\.)\s*\d+(?:\.\d+)*\.)(?:\s+(.*))?$/;
const INDENTED = /^(?: {4}|\t)/;

export interface LeginfoConversion {
  readonly markdown: string;
  /** Lines dropped on purpose (navigation labels), verbatim. */
  readonly removed: readonly string[];
  /** Where each line of `markdown` came from in the text. */
  readonly lineMap: LineMap;
}

/** One Markdown block and where it came from: its first input line and column shift. */
interface SourcedBlock {
  readonly text: string;
  readonly line: number;
  readonly columnShift: number;
}

/** Join the blocks with blank lines, recording each output line's input line. */
function joinBlocks(blocks: readonly SourcedBlock[]): { markdown: string; lineMap: LineMap } {
  const builder = new MappedTextBuilder();
  blocks.forEach((block, index) => {
    if (index > 0) builder.append('\n\n', block.line, 0, false);
    builder.append(block.text, block.line, block.columnShift);
  });
  builder.append('\n', blocks[blocks.length - 1]?.line ?? 1, 0, false);
  const { text, map } = builder.build();
  return { markdown: text, lineMap: map };
}

/** Convert leginfo plain text (LF line endings) to Markdown. */
export function leginfoToMarkdown(text: string): LeginfoConversion {
  const blocks: SourcedBlock[] = [];
  const removed: string[] = [];
  let preformatted: string[] = [];
  let preformattedLine = 1;
  let sawTitle = false;
  const flushPreformatted = (): void => {
    if (preformatted.length > 0) blocks.push({ text: preformatted.join('\n'), line: preformattedLine, columnShift: 0 });
    preformatted = [];
  };
  text.split('\n').forEach((line, index) => {
    const lineNumber = index + 1;
    if (INDENTED.test(line) && line.trim() !== '') {
      if (preformatted.length === 0) preformattedLine = lineNumber;
      preformatted.push(line.trimEnd());
      return;
    }
    flushPreformatted();
    const trimmed = line.trim();
    if (trimmed === '') return;
    const indent = line.indexOf(trimmed);
    /**
     * A block made of `prefix` and the part of the line starting at `start` (an index in
     * `trimmed`). Its column 1 maps to where that part starts: a problem reported at a heading's
     * `###` points at the heading's first word.
     */
    const block = (prefix: string, content: string, start = 0): SourcedBlock => ({
      text: `${prefix}${content}`,
      line: lineNumber,
      columnShift: indent + start,
    });
    if (!sawTitle && blocks.length === 0 && TITLE_LINE.test(trimmed)) {
      sawTitle = true;
      blocks.push(block('# ', trimmed));
    } else if (PREAMBLE_LABEL.test(trimmed)) {
      removed.push(trimmed);
    } else if (ARTICLE_LINE.test(trimmed)) {
      // leginfo may put the article's note on the heading line: `… [SECTION 1 - SEC. 16]  ( Article … )`.
      const note = ARTICLE_NOTE_AFTER_RANGE.exec(trimmed);
      blocks.push(block('## ', note === null ? trimmed : note[1]!));
      if (note !== null) blocks.push(block('', note[2]!, trimmed.lastIndexOf(note[2]!)));
    } else {
      const section = SECTION_LINE.exec(trimmed);
      if (section !== null) {
        blocks.push(block('### ', section[1]!));
        const rest = section[2]?.trim() ?? '';
        if (rest !== '') blocks.push(block('', escapeParagraphLine(rest), trimmed.lastIndexOf(rest)));
      } else {
        blocks.push(block('', escapeParagraphLine(trimmed)));
      }
    }
  });
  flushPreformatted();
  return { ...joinBlocks(blocks), removed };
}

const MARKDOWN_STRUCTURE_HEADING = /^ {0,3}#{1,6}[ \t]+(?:article|art\.|section|sec\.?|§)\s/im;
const LEGINFO_STRUCTURE_LINE = /^[ \t]*(?:ARTICLE\s+(?:[IVXLCDM]+|\d+)|SECTION\s+\d|SEC\.\s*\d)/m;

/**
 * True when the text looks like leginfo plain text rather than Markdown: it has no Markdown article
 * or section heading, and either has leginfo `ARTICLE`/`SECTION` lines or no `#` headings at all.
 */
export function looksLikeLeginfo(text: string): boolean {
  if (MARKDOWN_STRUCTURE_HEADING.test(text)) return false;
  return LEGINFO_STRUCTURE_LINE.test(text) || !/^ {0,3}#{1,6}[ \t]+\S/m.test(text);
}
