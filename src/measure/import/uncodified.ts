/**
 * An uncodified section of a filed measure → heading and Markdown body. Markdown input is copied
 * verbatim (so lists, emphasis and escapes survive); plain text is escaped so Markdown reads back
 * the same words. A statute's amending section ("Section 9001 of the Elections Code is amended to
 * read:") is kept here too, its clause as the heading: measure files model only constitution changes.
 */
import type { Run } from '../document';
import { isConflictHeading } from '../conflict-record';
import { fencedBlock } from '../fence';
import { parsePartHeading } from '../part-heading';
import { partHeadingText, scanParts } from '../scan-parts';
import { runsToMarkdown } from '../render-markdown';
import { looksLikeStatuteClause } from './clause-grammar';
import type { OutlineSection } from './outline';
import { flattenRuns, hasMark, plainText, sliceRuns } from './run-text';
import type { InputBlock, Reporter } from './types';
import {
  FALLBACK_HEADING,
  headingText,
  isHeadingLike,
  roleHeadingFromBody,
  splitLeadingHeading,
} from './uncodified-heading';

export interface UncodifiedDraft {
  readonly heading: string;
  /** Markdown. */
  readonly body: string;
  readonly line: number;
  /** The section amends a code: the measure is (also) a statute. */
  readonly statute: boolean;
}

interface Input {
  readonly source: string;
  readonly markdown: boolean;
}

/** Markdown of one block written from its runs (marks as `~~…~~` / `*…*`, text escaped). */
function blockMarkdown(runs: readonly Run[]): string {
  return runsToMarkdown(flattenRuns(runs)).trim();
}

/** Would the measure file's line scanner read `body` as the body of one part, every fence closed? */
function keepsOnePart(body: string): boolean {
  const scanned = scanParts(`## Part\n\n${body}\n`, 0);
  return scanned.parts.length === 1 && scanned.parts[0]!.fences.every((fence) => fence.closeLine !== undefined);
}

/** One block written from its runs: escaped text, a closed fence for laid-out text, a heading one level down. */
function writtenBlock(block: InputBlock): string {
  if (block.preformatted) return fencedBlock('text', plainText(block.runs));
  const text = blockMarkdown(block.runs);
  return block.depth === undefined ? text : `### ${text}`;
}

/**
 * The body's Markdown. Markdown input is copied as written where the copy keeps the measure file's
 * structure (no `## ` line starting a part, no fence left open); otherwise, block by block, each
 * block is written from its words. Plain text is always written from its words.
 */
function bodyMarkdown(blocks: readonly InputBlock[], input: Input): string {
  if (blocks.length === 0) return '';
  const copy = (block: InputBlock): string | undefined =>
    block.extent === undefined || (block.depth !== undefined && block.depth <= 2)
      ? undefined
      : input.source.slice(block.extent.start, block.extent.end);
  const join = (pieces: readonly string[]): string => pieces.filter((text) => text.trim() !== '').join('\n\n');
  const whole = (): string | undefined =>
    blocks.every((block) => copy(block) !== undefined)
      ? // Only blank lines and trailing space are trimmed: indentation can make a block (indented code).
        input.source
          .slice(blocks[0]!.extent!.start, blocks.at(-1)!.extent!.end)
          .replace(/^(?:[ \t]*\n)+/, '')
          .trimEnd()
      : undefined;
  const byBlock = (): string => join(blocks.map((block) => copy(block) ?? writtenBlock(block)));
  for (const make of input.markdown ? [whole, byBlock] : []) {
    const body = make();
    if (body !== undefined && keepsOnePart(body)) return body;
  }
  return join(blocks.map(writtenBlock));
}

/** Heading, lead runs left for the body, and whether the heading is a statute clause. */
function readHeading(section: OutlineSection): {
  heading?: string;
  lead?: Run[];
  rest: readonly InputBlock[];
  statute: boolean;
} {
  const [first, ...rest] = section.blocks;
  if (!section.leadFromLabel || first === undefined) return { rest: section.blocks, statute: false };
  const text = plainText(first.runs);
  if (section.headingLabel) return { heading: headingText(text), rest, statute: false };
  const statute = looksLikeStatuteClause(text);
  if (statute || section.unreadable !== undefined) {
    // A clause the measure file does not model (a statute's) or cannot read: it is the heading, nothing is lost.
    const colon = text.indexOf(':');
    const end = colon < 0 ? text.length : colon + 1;
    return {
      heading: text.slice(0, end).replace(/\s+/g, ' ').trim(),
      lead: sliceRuns(first.runs, end),
      rest,
      statute,
    };
  }
  if (isHeadingLike(text)) return { heading: headingText(text), rest, statute: false };
  const split = splitLeadingHeading(text);
  if (split !== undefined)
    return { heading: split.heading, lead: sliceRuns(first.runs, split.bodyStart), rest, statute: false };
  return { lead: [...first.runs], rest, statute: false };
}

/** Draft the uncodified part of `section`. */
export function uncodifiedDraft(section: OutlineSection, input: Input, reporter: Reporter): UncodifiedDraft {
  const read = readHeading(section);
  // The heading as the measure file will read it back (a closing `#` sequence is not part of it).
  const written = read.heading === undefined ? undefined : partHeadingText(`## ${read.heading.replace(/\s+/g, ' ')}`);
  // A heading the measure file would read as an amendment block or a conflict record goes into the body.
  const demoted =
    read.heading !== undefined &&
    written !== undefined &&
    (parsePartHeading(written).kind === 'amendment' || isConflictHeading(written))
      ? blockMarkdown([{ text: read.heading, mark: 'none' }])
      : '';
  const leadMarkdown = read.lead === undefined ? '' : blockMarkdown(read.lead);
  const restMarkdown = bodyMarkdown(read.rest, input);
  const body = [demoted, leadMarkdown, restMarkdown].filter((text) => text !== '').join('\n\n');
  const where = `SEC. ${section.label.number}`;
  let heading = demoted === '' ? written : undefined;
  if (heading === undefined || heading === '') {
    const allText = [read.lead ?? [], ...read.rest.map((block) => block.runs)].map(plainText).join('\n');
    heading = roleHeadingFromBody(allText) ?? FALLBACK_HEADING;
    reporter.report(
      'info',
      'named-section',
      `${where} has no heading; it is named "${heading}" from its text`,
      section.line,
      'Rename the "## " heading of the imported part if another name fits better.',
    );
  }
  const marked = [read.lead ?? [], ...read.rest.map((block) => block.runs)].some((runs) => hasMark(runs));
  if (read.statute && marked) {
    reporter.report(
      'warning',
      'statute-section',
      `${where} amends a code, which a measure file keeps as an uncodified section: its strikeout and italic are kept as Markdown, but the measure prints them as plain text`,
      section.line,
      'Check the printed measure; statute changes are not redlined by Amendment Studio.',
    );
  }
  return { heading, body, line: section.line, statute: read.statute };
}
