/**
 * The shape of a filed measure: optional title line, notation sentence, enacting clause, then
 * `SECTION 1.` / `SEC. 2.` / `Section 2.` sections. Each section is an amendment (its clause, then the
 * restated provision) or an uncodified section. The hard part is where a restatement ends, since the
 * restated provision carries `SEC. n.` labels of its own: see `startsNewSection`.
 */
import { hasMark, leadingMark, plainText, sliceRuns } from './run-text';
import { readAmendingClause, type AmendingClause } from './clause-grammar';
import { readMeasureLabel, type MeasureLabel } from './labels';
import { isHeadingLike, splitLeadingHeading } from './uncodified-heading';
import type { InputBlock } from './types';

export interface OutlineSection {
  readonly label: MeasureLabel;
  readonly line: number;
  /** The label was a Markdown heading (`### SEC. 2.`), so text after it on that line is a heading. */
  readonly headingLabel: boolean;
  /** The first block is what followed the label on its line. */
  readonly leadFromLabel: boolean;
  readonly clause?: AmendingClause;
  readonly clauseLine?: number;
  /** The section reads like an amending clause that could not be read. */
  readonly unreadable?: { readonly problem: string; readonly hint: string };
  /** Amendments: the restated provision (clause removed). Others: the content after the label. */
  readonly blocks: readonly InputBlock[];
}

export interface Outline {
  readonly title?: { readonly text: string; readonly line: number };
  readonly enactingClause: boolean;
  /** Blocks before the first section that are neither the title, the notation sentence nor the enacting clause. */
  readonly stray: readonly InputBlock[];
  readonly sections: readonly OutlineSection[];
}

/** A title line is short; a longer first paragraph is something else (a summary, the notation). */
const MAX_TITLE_WORDS = 25;
/** The notation sentence, the petition's heading and the ballot pamphlet's preamble: printed around a measure, not part of it. */
const BOILERPLATE =
  /\bprinted in (?:strikeout|italic|underlined?|bold)|\bexpressly amends\b|^\s*initiative measure to be submitted directly to the voters\b|\binitiative measure is submitted to the people\b/i;
const ENACTING_CLAUSE = /\bpeople of the state of california do (?:hereby )?enact\b/i;

interface OpenSection {
  label: MeasureLabel;
  line: number;
  headingLabel: boolean;
  leadFromLabel: boolean;
  state: 'awaiting' | 'amendment' | 'other';
  clause?: AmendingClause;
  clauseLine?: number;
  unreadable?: { problem: string; hint: string };
  /** An unreadable clause that ends "to read:": the next block is its restated text. */
  unreadableRestates?: boolean;
  blocks: InputBlock[];
}

/** The end of a clause followed by restated text. */
const RESTATING_END = /(?:\bread|\bfollows)\s*[:.]?\s*$/i;

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Is `rest` (what follows a label) an uncodified section's opening: nothing, or a heading? */
function opensUncodified(rest: string): boolean {
  return rest.trim() === '' || isHeadingLike(rest) || splitLeadingHeading(rest) !== undefined;
}

/**
 * Inside a restatement, does this labelled block start the next measure section? The first block
 * after a restating clause is always its text. After that, in a restated *section* any measure label
 * starts a new section (a section holds no other section labels); in a restated *article* (which has
 * `SEC. 1.`, `SEC. 2.` … of its own) only the next measure number does, and only when what follows
 * reads as a clause or an uncodified heading, or (in marked text) is unmarked while the article is not.
 */
function startsNewSection(current: OpenSection, block: InputBlock, label: MeasureLabel, marked: boolean): boolean {
  const restates = current.clause?.restates ?? current.unreadableRestates === true;
  if (current.state === 'awaiting' || !restates) return true;
  if (block.depth !== undefined && block.depth <= 3) return true;
  const rest = plainText(block.runs).slice(label.length);
  if (readAmendingClause(rest).kind === 'clause') return true;
  // The block after the clause (or after the unreadable clause's own line) is the restated text.
  if (current.blocks.length <= (current.clause === undefined ? 1 : 0)) return false;
  if (current.clause?.target.section !== undefined || current.clause === undefined) return true;
  if (label.number !== current.label.number + 1) return false;
  const articleMarked = current.blocks.some((item) => hasMark(item.runs));
  return opensUncodified(rest) || (marked && articleMarked && !hasMark(block.runs));
}

function finish(section: OpenSection): OutlineSection {
  return {
    label: section.label,
    line: section.line,
    headingLabel: section.headingLabel,
    leadFromLabel: section.leadFromLabel,
    ...(section.clause === undefined ? {} : { clause: section.clause, clauseLine: section.clauseLine! }),
    ...(section.unreadable === undefined ? {} : { unreadable: section.unreadable }),
    blocks: section.blocks,
  };
}

/** Add a block to a section: its first block decides whether it is an amendment. */
function feed(section: OpenSection, block: InputBlock): void {
  if (section.state !== 'awaiting') {
    section.blocks.push(block);
    return;
  }
  if (plainText(block.runs).trim() === '') return;
  const read = readAmendingClause(plainText(block.runs));
  if (read.kind === 'clause') {
    section.state = 'amendment';
    section.clause = read.clause;
    section.clauseLine = block.line;
    const rest = sliceRuns(block.runs, read.clause.length);
    if (plainText(rest).trim() !== '') section.blocks.push({ ...block, runs: rest });
    return;
  }
  section.state = 'other';
  if (read.kind === 'unreadable') {
    section.unreadable = { problem: read.problem, hint: read.hint };
    section.unreadableRestates = RESTATING_END.test(plainText(block.runs));
  }
  section.blocks.push(block);
}

/** A section opened by a labelled block; what follows the label on its line is fed to it. */
function openSection(block: InputBlock, label: MeasureLabel): OpenSection {
  const text = plainText(block.runs);
  const rest = sliceRuns(block.runs, label.length);
  const headingLabel = block.depth !== undefined;
  const section: OpenSection = {
    label,
    line: block.line,
    headingLabel,
    leadFromLabel: false,
    state: 'awaiting',
    blocks: [],
  };
  if (plainText(rest).trim() === '') return section;
  const read = readAmendingClause(text);
  if (read.kind === 'clause') {
    feed(section, { ...block, runs: rest });
    return section;
  }
  section.leadFromLabel = true;
  if (!headingLabel) {
    feed(section, { ...block, runs: rest });
    return section;
  }
  // `### SECTION 1. Title`: the rest of a heading is the section's heading, never restated text.
  section.state = 'other';
  if (read.kind === 'unreadable') section.unreadable = { problem: read.problem, hint: read.hint };
  section.blocks.push({ ...block, runs: rest });
  return section;
}

/** Split the blocks of a filed measure into its opening and its sections. `marked`: the text has redline marks. */
export function outlineOf(blocks: readonly InputBlock[], marked: boolean): Outline {
  let title: Outline['title'];
  let enactingClause = false;
  const stray: InputBlock[] = [];
  const sections: OutlineSection[] = [];
  let current: OpenSection | undefined;
  for (const block of blocks) {
    const text = plainText(block.runs);
    const label = leadingMark(block.runs) === 'none' ? readMeasureLabel(text) : undefined;
    if (label !== undefined && (current === undefined || startsNewSection(current, block, label, marked))) {
      if (current !== undefined) sections.push(finish(current));
      current = openSection(block, label);
    } else if (current !== undefined) feed(current, block);
    else if (text.trim() === '' || BOILERPLATE.test(text)) continue;
    else if (ENACTING_CLAUSE.test(text)) enactingClause = true;
    else if (title === undefined && stray.length === 0 && (block.depth === 1 || wordCount(text) <= MAX_TITLE_WORDS)) {
      title = { text: text.replace(/\s+/g, ' ').trim(), line: block.line };
    } else stray.push(block);
  }
  if (current !== undefined) sections.push(finish(current));
  return { ...(title === undefined ? {} : { title }), enactingClause, stray, sections };
}
