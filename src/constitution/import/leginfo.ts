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
}

/** Convert leginfo plain text (LF line endings) to Markdown. */
export function leginfoToMarkdown(text: string): LeginfoConversion {
  const blocks: string[] = [];
  const removed: string[] = [];
  let preformatted: string[] = [];
  let sawTitle = false;
  const flushPreformatted = (): void => {
    if (preformatted.length > 0) blocks.push(preformatted.join('\n'));
    preformatted = [];
  };
  for (const line of text.split('\n')) {
    if (INDENTED.test(line) && line.trim() !== '') {
      preformatted.push(line.trimEnd());
      continue;
    }
    flushPreformatted();
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!sawTitle && blocks.length === 0 && TITLE_LINE.test(trimmed)) {
      sawTitle = true;
      blocks.push(`# ${trimmed}`);
    } else if (PREAMBLE_LABEL.test(trimmed)) {
      removed.push(trimmed);
    } else if (ARTICLE_LINE.test(trimmed)) {
      // leginfo may put the article's note on the heading line: `… [SECTION 1 - SEC. 16]  ( Article … )`.
      const note = ARTICLE_NOTE_AFTER_RANGE.exec(trimmed);
      blocks.push(`## ${note === null ? trimmed : note[1]!}`);
      if (note !== null) blocks.push(note[2]!);
    } else {
      const section = SECTION_LINE.exec(trimmed);
      if (section !== null) {
        blocks.push(`### ${section[1]}`);
        if (section[2] !== undefined && section[2].trim() !== '') blocks.push(escapeParagraphLine(section[2].trim()));
      } else {
        blocks.push(escapeParagraphLine(trimmed));
      }
    }
  }
  flushPreformatted();
  return { markdown: `${blocks.join('\n\n')}\n`, removed };
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
