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

/** A fence that opens on the first line and closes on the last. */
function isClosedFence(markdown: string): boolean {
  const lines = markdown.trimEnd().split('\n');
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? '');
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines.at(-1) ?? '');
  return (
    opening !== null &&
    closing !== null &&
    lines.length > 1 &&
    closing[1]![0] === opening[1]![0] &&
    closing[1]!.length >= opening[1]!.length
  );
}

/**
 * Markdown blocks are copied as written, except where the copy would change the measure file's
 * structure: a part heading (`## `) would start a new part (it is written one level down), and a
 * fence left open would swallow the rest of the file (it is written as a closed `text` block).
 */
function copiesVerbatim(block: InputBlock, source: string): boolean {
  if (block.extent === undefined || (block.depth !== undefined && block.depth <= 2)) return false;
  const markdown = source.slice(block.extent.start, block.extent.end);
  return !/^ {0,3}(?:`{3,}|~{3,})/.test(markdown) || isClosedFence(markdown);
}

function bodyMarkdown(blocks: readonly InputBlock[], input: Input): string {
  if (blocks.length === 0) return '';
  if (input.markdown && blocks.every((block) => copiesVerbatim(block, input.source))) {
    return input.source.slice(blocks[0]!.extent!.start, blocks.at(-1)!.extent!.end).trim();
  }
  return blocks
    .map((block) => {
      if (input.markdown && copiesVerbatim(block, input.source)) {
        return input.source.slice(block.extent!.start, block.extent!.end);
      }
      if (block.preformatted) return fencedBlock('text', plainText(block.runs));
      const text = blockMarkdown(block.runs);
      return block.depth === undefined ? text : `### ${text}`;
    })
    .filter((text) => text.trim() !== '')
    .join('\n\n');
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
  // A heading the measure file would read as an amendment block or a conflict record goes into the body.
  const demoted =
    read.heading !== undefined &&
    (parsePartHeading(read.heading).kind === 'amendment' || isConflictHeading(read.heading))
      ? blockMarkdown([{ text: read.heading, mark: 'none' }])
      : '';
  const leadMarkdown = read.lead === undefined ? '' : blockMarkdown(read.lead);
  const restMarkdown = bodyMarkdown(read.rest, input);
  const body = [demoted, leadMarkdown, restMarkdown].filter((text) => text !== '').join('\n\n');
  const where = `SEC. ${section.label.number}`;
  let heading = demoted === '' ? read.heading : undefined;
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
