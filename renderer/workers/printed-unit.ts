/**
 * An added or repealed section (or article) as the measure prints it, for the amendments panel:
 * `SEC. 1.5. The State shall …` rather than the Markdown source `### Section 1.5 …`, and its word
 * count over the provision's own words only (no heading, no label, no editorial history notes).
 * The printing itself is the measure's (`restate.ts`), so the panel and the measure agree.
 */
import type { AddOp, RepealOp } from '../../src/diff/types';
import { wholeArticleRestatement, wholeSectionRestatement, withoutHistoryNotes } from '../../src/measure/restate';
import { parseTargetId } from '../../src/measure/target';

/** A Markdown heading line of the constitution source (`## Article III …`, `### Section 1.5`). */
const HEADING_LINE = /^#{1,6}\s/;

export interface PrintedUnit {
  /** The provision as printed, paragraphs joined by single spaces. */
  readonly text: string;
  /** Words of the provision's body. */
  readonly words: number;
}

/** Words as the panel counts them: whitespace-separated runs holding a letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The unit's text without its heading lines (and the blank lines around them). */
function bodyOf(text: string): string {
  return text
    .split('\n')
    .filter((line) => !HEADING_LINE.test(line))
    .join('\n')
    .trim();
}

/** The printed form and body word count of a wholly added or repealed unit. */
export function printedUnit(op: AddOp | RepealOp): PrintedUnit {
  const mode = op.op === 'add' ? 'inserted' : 'struck';
  const body = withoutHistoryNotes(bodyOf(op.text));
  const target = parseTargetId(op.target);
  // An added subdivision is shown as its own text: the measure restates its whole section instead.
  const restatement =
    target === undefined || op.kind === 'subdivision'
      ? undefined
      : op.kind === 'article'
        ? wholeArticleRestatement(op.text.trim(), target, mode)
        : target.section === undefined
          ? undefined
          : wholeSectionRestatement(body, target.section, mode);
  const text =
    restatement === undefined
      ? body
      : restatement.blocks.map((block) => block.runs.map((run) => run.text).join('')).join(' ');
  return { text: text.replace(/\s+/g, ' ').trim(), words: wordCount(body) };
}
