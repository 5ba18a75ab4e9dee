/**
 * Splits the body of a measure file into `## ` parts, fence-aware: a `## ` line inside a fenced block
 * is text, not a heading. Each part keeps its fenced blocks (info string + exact content) and the
 * lines outside them.
 */
import type { Extent } from '../constitution/types';
import { closesFence, openingFence, type FenceOpening } from './fence';
import { eachLine, isBlank, type SourceLine } from './source-text';

export interface FencedText {
  /** First word of the info string, lower case. */
  readonly info: string;
  /** Content between the fences, indentation of the opening fence removed, lines joined with `\n`. */
  readonly text: string;
  readonly openLine: SourceLine;
  /** Absent when the fence is never closed. */
  readonly closeLine?: SourceLine;
  /** Offsets of the content inside the source (empty range when the block is empty). */
  readonly contentExtent: Extent;
}

export interface ScannedPart {
  /** Heading text after `## ` (closing `#`s removed). */
  readonly headingText: string;
  readonly headingLine: SourceLine;
  /** Heading start to the next part's heading (or end of file). */
  readonly extent: Extent;
  /** Offset after the heading line (start of the body). */
  readonly bodyStart: number;
  readonly fences: readonly FencedText[];
  /** Non-blank lines outside fences. */
  readonly looseLines: readonly SourceLine[];
  /** Last non-blank line of the part (the heading when the body is empty). */
  readonly lastLine: SourceLine;
}

export interface ScannedBody {
  readonly parts: readonly ScannedPart[];
  /** Non-blank lines between the front matter and the first part. */
  readonly preamble: readonly SourceLine[];
}

const PART_HEADING = /^ {0,3}##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/** The text of a `## ` heading line, or undefined. */
export function partHeadingText(line: string): string | undefined {
  const match = PART_HEADING.exec(line);
  return match === null ? undefined : (match[1] ?? '').trim();
}

interface OpenPart {
  headingText: string;
  headingLine: SourceLine;
  fences: FencedText[];
  looseLines: SourceLine[];
  lastLine: SourceLine;
}

/** Scan `source[from, …)` into parts. */
export function scanParts(source: string, from: number): ScannedBody {
  const parts: ScannedPart[] = [];
  const preamble: SourceLine[] = [];
  let current: OpenPart | undefined;
  let fence: { opening: FenceOpening; openLine: SourceLine; content: SourceLine[] } | undefined;

  const finishFence = (closeLine: SourceLine | undefined): void => {
    if (fence === undefined) return;
    // One pattern per fence, not per line: a 200,000-line block compiled 200,000 regexes.
    const indent = new RegExp(`^ {0,${fence.opening.indent}}`);
    const strip = (line: string): string => (fence!.opening.indent === 0 ? line : line.replace(indent, ''));
    const first = fence.content[0];
    const last = fence.content.at(-1);
    const block: FencedText = {
      info: fence.opening.info,
      text: fence.content.map((line) => strip(line.text)).join('\n'),
      openLine: fence.openLine,
      ...(closeLine === undefined ? {} : { closeLine }),
      contentExtent:
        first === undefined || last === undefined
          ? { start: fence.openLine.next, end: fence.openLine.next }
          : { start: first.start, end: last.end },
    };
    if (current === undefined) preamble.push(fence.openLine);
    else {
      current.fences.push(block);
      current.lastLine = closeLine ?? last ?? fence.openLine;
    }
    fence = undefined;
  };
  const finishPart = (end: number): void => {
    if (current === undefined) return;
    parts.push({
      headingText: current.headingText,
      headingLine: current.headingLine,
      extent: { start: current.headingLine.start, end },
      bodyStart: current.headingLine.next,
      fences: current.fences,
      looseLines: current.looseLines,
      lastLine: current.lastLine,
    });
    current = undefined;
  };

  for (const line of eachLine(source, from)) {
    if (fence !== undefined) {
      if (closesFence(line.text, fence.opening)) finishFence(line);
      else fence.content.push(line);
      continue;
    }
    const headingText = partHeadingText(line.text);
    if (headingText !== undefined) {
      finishPart(line.start);
      current = { headingText, headingLine: line, fences: [], looseLines: [], lastLine: line };
      continue;
    }
    const opening = openingFence(line.text);
    if (opening !== undefined) {
      fence = { opening, openLine: line, content: [] };
      continue;
    }
    if (isBlank(line.text)) continue;
    if (current === undefined) preamble.push(line);
    else {
      current.looseLines.push(line);
      current.lastLine = line;
    }
  }
  finishFence(undefined);
  finishPart(source.length);
  return { parts, preamble };
}
