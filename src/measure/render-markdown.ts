/**
 * The measure tree as Markdown: deletions `~~struck~~`, insertions `*italic*`. Text is escaped so that
 * remark (GFM) reads back exactly the same runs (property-tested): every Markdown-significant
 * character is backslash-escaped, and where a mark sits against punctuation in a way CommonMark's
 * flanking rules would not accept, the neighbouring character is written as a numeric character
 * reference, which reads back as the same character.
 */
import type { MeasureDocument, Run, TextBlock } from './document';
import { mergeRuns } from './runs';
import { fencedBlock } from './fence';
import { textMarkers } from './render-text';

const DELIMITER = { delete: '~~', insert: '*' } as const;

/** Characters that have inline meaning anywhere in a line. */
const INLINE_SPECIAL = /[\\*_~`[\]<&]/g;
/** In a heading `#` also matters (a closing sequence). */
const HEADING_SPECIAL = /[\\*_~`[\]<&#]/g;

function isWhitespace(char: string | undefined): boolean {
  return char === undefined || /\s/u.test(char);
}
function isPunctuation(char: string): boolean {
  return /[\p{P}\p{S}]/u.test(char);
}

/** Escape inline-significant characters. */
export function escapeInline(text: string, inHeading = false): string {
  return text.replace(inHeading ? HEADING_SPECIAL : INLINE_SPECIAL, (char) => `\\${char}`);
}

/** Escape what would start a block construct at the beginning of a line. */
function escapeLineStart(text: string): string {
  return text.replace(/^([#>+-])/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

function reference(char: string): string {
  return `&#${char.codePointAt(0)!};`;
}

/** Replace the last character of `text` by a character reference. */
function referenceLast(text: string): string {
  const chars = Array.from(text);
  const last = chars.pop();
  return last === undefined ? text : chars.join('') + reference(last);
}

/** Replace the first character of `text` by a character reference (keeping a leading escape whole). */
function referenceFirst(text: string): string {
  const chars = Array.from(text);
  const first = chars.shift();
  if (first === undefined) return text;
  if (first === '\\' && chars.length > 0) return reference(chars.shift()!) + chars.join('');
  return reference(first) + chars.join('');
}

interface Piece {
  text: string;
  readonly marked: boolean;
}

/** Runs as one line of Markdown (`inHeading`: the text of an ATX heading). */
export function runsToMarkdown(runs: readonly Run[], inHeading = false): string {
  const pieces: Piece[] = [];
  for (const run of mergeRuns(runs)) {
    const escaped = escapeInline(run.text, inHeading);
    if (run.mark === 'none') pieces.push({ text: escaped, marked: false });
    else pieces.push({ text: `${DELIMITER[run.mark]}${escaped}${DELIMITER[run.mark]}`, marked: true });
  }
  pieces.forEach((piece, position) => {
    if (!piece.marked) return;
    const delimiterLength = piece.text.startsWith('~~') ? 2 : 1;
    const content = piece.text.slice(delimiterLength, -delimiterLength);
    const previous = pieces[position - 1];
    const next = pieces[position + 1];
    const first = Array.from(content)[0]!;
    const last = Array.from(content).at(-1)!;
    // An opener followed by punctuation must follow whitespace or punctuation.
    const before = previous === undefined ? undefined : Array.from(previous.text).at(-1);
    if (isPunctuation(first) && before !== undefined && !isWhitespace(before) && !isPunctuation(before)) {
      previous!.text = referenceLast(previous!.text);
    }
    // A closer preceded by punctuation must be followed by whitespace or punctuation.
    const after = next === undefined ? undefined : Array.from(next.text)[0];
    if (isPunctuation(last) && after !== undefined && !isWhitespace(after) && !isPunctuation(after)) {
      next!.text = referenceFirst(next!.text);
    }
  });
  return escapeLineStart(pieces.map((piece) => piece.text).join(''));
}

/** One text block as Markdown (a paragraph, a `####` heading, or a fenced block for hand-laid-out text). */
export function blockToMarkdown(block: TextBlock): string {
  if (block.type === 'preformatted') {
    const marks = new Set(block.runs.map((run) => run.mark));
    const only = marks.size === 1 ? [...marks][0] : undefined;
    const info = only === 'none' ? 'text' : only === 'delete' ? 'deleted' : only === 'insert' ? 'inserted' : 'redline';
    const text = info === 'redline' ? textMarkers(block.runs) : block.runs.map((run) => run.text).join('');
    return fencedBlock(info, text);
  }
  return block.type === 'heading' ? `#### ${runsToMarkdown(block.runs, true)}` : runsToMarkdown(block.runs);
}

/** The whole measure as Markdown. */
export function renderMeasureMarkdown(document: MeasureDocument): string {
  const out: string[] = [`# ${escapeInline(document.title, true)}`];
  if (document.notation !== undefined) out.push(escapeLineStart(escapeInline(document.notation)));
  if (document.enactingClause !== undefined) out.push(escapeLineStart(escapeInline(document.enactingClause)));
  for (const section of document.sections) {
    if (section.clause !== undefined && section.heading === undefined) {
      // As filed and as the text and PDF print it: the label and its clause are one paragraph
      // ("SEC. 5. Section 1 of Article III … is amended to read:"), not a heading and a paragraph.
      out.push(escapeLineStart(escapeInline(`${section.label} ${section.clause}`)));
    } else {
      const heading = section.heading === undefined ? section.label : `${section.label} ${section.heading}`;
      out.push(`### ${escapeInline(heading, true)}`);
      if (section.clause !== undefined) out.push(escapeLineStart(escapeInline(section.clause)));
    }
    for (const block of section.blocks) {
      if (block.type === 'restatement') out.push(...block.blocks.map(blockToMarkdown));
      else out.push(blockToMarkdown(block));
    }
  }
  return `${out.join('\n\n')}\n`;
}
