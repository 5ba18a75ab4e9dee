/**
 * Plain text → Markdown paragraphs without changing what they say: a line that Markdown would read
 * as structure (a heading, quote, bullet, rule, fence, HTML, link definition) gets a backslash in
 * front. Ordered-list lines (`1. "Conveyance" means …`) stay lists: the parser reads them as `1.`
 * subdivisions, as the official text intends.
 */

const STRUCTURE_STARTS: readonly RegExp[] = [
  /^#{1,6}(?:\s|$)/, // ATX heading
  /^[>]/, // block quote
  /^</, // HTML block
  /^[-+*](?:\s|$)/, // bullet
  /^(?:`{3,}|~{3,})/, // code fence
  /^\[[^\]]*\]:/, // link reference definition
  /^\[\^/, // footnote definition
];

/** Only markup characters: a thematic break, setext underline or table delimiter row. */
const MARKUP_ONLY = /^[-*_=|:\s]+$/;

/** The line, escaped when its start would be read as Markdown structure. */
export function escapeParagraphLine(line: string): string {
  const needsEscape =
    STRUCTURE_STARTS.some((pattern) => pattern.test(line)) || (MARKUP_ONLY.test(line) && /[-*_=]/.test(line));
  return needsEscape ? `\\${line}` : line;
}
