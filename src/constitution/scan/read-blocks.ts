/**
 * Reads a document's blocks: the line scanner does the work, and wherever it meets Markdown outside
 * its subset, remark reads that region instead. A region runs from just after the last heading
 * before the unmodelled line up to the next heading line remark confirms as a top-level heading (or
 * the end of the document). A top-level heading closes all open blocks, so the readings join exactly.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BlockReader, ScannedBlock } from './blocks';
import { isSpaceOrTab, trimSpan } from './blocks';
import { isTooDeepForRemark } from './depth-guard';
import { scanBlocks } from './line-scanner';
import { atxDepthAt, isIndented, listMarkerAt, readLine, type Line } from './lines';
import { blocksFromMdast } from './mdast-blocks';

export interface BlockReading {
  readonly blocks: readonly ScannedBlock[];
  readonly reader: BlockReader;
  /** How many regions remark read (0 when the scanner read everything). */
  readonly remarkRegions: number;
}

let processor: ReturnType<typeof createProcessor> | undefined;

function createProcessor() {
  return unified().use(remarkParse).use(remarkGfm).freeze();
}

/** Parse `text` with remark-parse + remark-gfm (the reference reader). */
export function parseMarkdown(text: string): Root {
  processor ??= createProcessor();
  return processor.parse(text);
}

/**
 * remark's blocks for `[start, end)` of `text` (`start` at a line start), in absolute offsets. A
 * region nested too deeply for remark to read in reasonable time becomes one `unparsed` block.
 */
function remarkBlocks(text: string, start: number, end: number): { root: Root | undefined; blocks: ScannedBlock[] } {
  if (isTooDeepForRemark(text, start, end)) {
    const span = trimSpan(text, start, end);
    return {
      root: undefined,
      blocks: span.start < span.end ? [{ kind: 'unknown', markdownType: 'unparsed', ...span }] : [],
    };
  }
  let slice = text.slice(start, end);
  let shift = start;
  // micromark drops a byte-order mark at the start of its input, which would shift every offset.
  if (slice.charCodeAt(0) === 0xfeff) {
    slice = `\n${slice}`;
    shift -= 1;
  }
  const root = parseMarkdown(slice);
  return { root, blocks: blocksFromMdast(root, text, shift) };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** True when `line` is shaped like an ATX heading. */
function isHeadingLine(text: string, line: Line): boolean {
  return !line.blank && !isIndented(line) && atxDepthAt(text, line.first, line.end) > 0;
}

/**
 * Start of the first line at or after `from` where remark's state may be fresh: an ATX heading, or
 * (when `afterBlank` lines count) a line at column 0 after a blank line that does not start a block
 * quote or list item (which could continue an open one). remark confirms each candidate.
 */
function nextBoundary(text: string, from: number, afterBlank: boolean): number | undefined {
  let pos = from;
  let previousBlank = false;
  // micromark keeps indented code open across blank lines, which changes how the next line reads.
  let afterIndentedCode = false;
  while (pos < text.length) {
    const line = readLine(text, pos, text.length);
    if (isHeadingLine(text, line)) return line.start;
    if (afterBlank && previousBlank && !afterIndentedCode && !line.blank && line.first === line.start) {
      const code = text.charCodeAt(line.first);
      const isBullet =
        (code === 0x2d || code === 0x2a || code === 0x2b) && isSpaceOrTab(text.charCodeAt(line.first + 1));
      const opensContainer =
        code === 0x3e /* > */ || isBullet || listMarkerAt(text, line.first, line.end) !== undefined;
      if (!opensContainer && !isSpaceOrTab(code)) return line.start;
    }
    previousBlank = line.blank;
    if (!line.blank) afterIndentedCode = isIndented(line);
    pos = line.next;
  }
  return undefined;
}

/**
 * remark's blocks for `[regionStart, boundary)` when remark confirms the block at `boundary` is a
 * top-level block starting there (so every container before it is closed); undefined otherwise.
 */
function readUpTo(text: string, regionStart: number, boundary: number): ScannedBlock[] | undefined {
  const boundaryLine = readLine(text, boundary, text.length);
  const { root, blocks } = remarkBlocks(text, regionStart, boundaryLine.end);
  if (root === undefined) return undefined;
  const last = root.children[root.children.length - 1];
  const lastStart = (last?.position?.start.offset ?? -1) + regionStart;
  if (lastStart < boundary || lastStart > boundaryLine.end) return undefined;
  return blocks.filter((block) => block.start < boundary);
}

/**
 * remark reads from `regionStart` up to the first boundary after `stoppedAt` that it confirms
 * (usually the next paragraph after a blank line, so regions stay small: micromark's time grows
 * quadratically with the number of containers it reads at once). If that boundary is inside
 * something else (an unclosed fence, an HTML block), the next heading is tried, then the end.
 */
function readRegion(text: string, regionStart: number, stoppedAt: number): { blocks: ScannedBlock[]; end: number } {
  const nearest = nextBoundary(text, readLine(text, stoppedAt, text.length).next, true);
  // When remark does not confirm the nearest boundary, the next heading after it is tried.
  const nextHeading =
    nearest === undefined ? undefined : nextBoundary(text, readLine(text, nearest, text.length).next, false);
  for (const boundary of [nearest, nextHeading]) {
    if (boundary === undefined) break;
    if (isTooDeepForRemark(text, regionStart, boundary)) {
      return { blocks: remarkBlocks(text, regionStart, boundary).blocks, end: boundary };
    }
    const blocks = readUpTo(text, regionStart, boundary);
    if (blocks !== undefined) return { blocks, end: boundary };
  }
  return { blocks: remarkBlocks(text, regionStart, text.length).blocks, end: text.length };
}

/**
 * A lone CR is a line ending to CommonMark, as LF is; the scanner knows only LF and CRLF. Replacing
 * each lone CR by LF keeps every offset (one character for one) and every block the same.
 */
function withoutLoneCarriageReturns(source: string): string {
  return source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
}

/**
 * Read the blocks of `source` from `bodyStart` (after any front matter). `engine: 'remark'` makes
 * remark read the whole document (the reference path, for tests and comparisons).
 */
export function readBlocks(source: string, bodyStart: number, engine: 'scanner' | 'remark' = 'scanner'): BlockReading {
  if (engine === 'remark') {
    return { blocks: remarkBlocks(source, bodyStart, source.length).blocks, reader: 'remark', remarkRegions: 1 };
  }
  const text = withoutLoneCarriageReturns(source);
  const whole = scanBlocks(text, bodyStart, text.length);
  // The usual case: the scanner reads the whole document (its list is used as it is, not copied).
  if (whole.stoppedAt === undefined) return { blocks: whole.blocks, reader: 'scanner', remarkRegions: 0 };
  const blocks: ScannedBlock[] = [];
  let pos = bodyStart;
  let remarkRegions = 0;
  let scannerBlocks = 0;
  while (pos < text.length) {
    const scan = pos === bodyStart ? whole : scanBlocks(text, pos, text.length);
    if (scan.stoppedAt === undefined) {
      blocks.push(...scan.blocks);
      scannerBlocks += scan.blocks.length;
      break;
    }
    // The region starts on the line after the last heading the scanner read (a heading closes
    // every open block, so remark starts there from a clean state), or where this scan started.
    let lastHeading = scan.blocks.length - 1;
    while (lastHeading >= 0 && scan.blocks[lastHeading]!.kind !== 'heading') lastHeading--;
    const regionStart =
      lastHeading >= 0 ? readLine(text, lineStartOf(text, scan.blocks[lastHeading]!.start), text.length).next : pos;
    const kept = scan.blocks.slice(0, lastHeading + 1);
    blocks.push(...kept);
    scannerBlocks += kept.length;
    remarkRegions++;
    const region = readRegion(text, regionStart, scan.stoppedAt);
    blocks.push(...region.blocks);
    pos = region.end;
  }
  const reader = remarkRegions === 0 ? 'scanner' : scannerBlocks === 0 ? 'remark' : 'mixed';
  return { blocks, reader, remarkRegions };
}
