/**
 * Reads a document's blocks: the line scanner does the work, and wherever it meets Markdown outside
 * its subset, remark reads that region instead. A region runs from the last heading before the
 * unmodelled line up to the next heading line remark confirms as a top-level heading (or the end of
 * the document). Every top-level heading closes all open blocks, so the two readings join exactly.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BlockReader, ScannedBlock } from './blocks';
import { scanBlocks } from './line-scanner';
import { atxDepthAt, isIndented, readLine } from './lines';
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

/** remark's blocks for `[start, end)` of `source` (`start` at a line start), in absolute offsets. */
function remarkBlocks(source: string, start: number, end: number): { root: Root; blocks: ScannedBlock[] } {
  let text = source.slice(start, end);
  let shift = start;
  // micromark drops a byte-order mark at the start of its input, which would shift every offset.
  if (text.charCodeAt(0) === 0xfeff) {
    text = `\n${text}`;
    shift -= 1;
  }
  const root = parseMarkdown(text);
  return { root, blocks: blocksFromMdast(root, source, shift) };
}

/** Start of the first line at or after `from` that is shaped like an ATX heading, or undefined. */
function nextHeadingLine(source: string, from: number): number | undefined {
  let pos = from;
  while (pos < source.length) {
    const line = readLine(source, pos, source.length);
    if (!line.blank && !isIndented(line) && atxDepthAt(source, line.first, line.end) > 0) return line.start;
    pos = line.next;
  }
  return undefined;
}

/**
 * remark reads `[regionStart, …)` up to the first heading line after `stoppedAt` that it confirms as
 * a top-level heading; if that heading turns out to be inside something else (an unclosed fence, an
 * HTML block), the region runs to the end of the document.
 */
function readRegion(source: string, regionStart: number, stoppedAt: number): { blocks: ScannedBlock[]; end: number } {
  const candidate = nextHeadingLine(source, readLine(source, stoppedAt, source.length).next);
  if (candidate !== undefined) {
    const candidateLine = readLine(source, candidate, source.length);
    const { root, blocks } = remarkBlocks(source, regionStart, candidateLine.end);
    const last = root.children[root.children.length - 1];
    const lastStart = (last?.position?.start.offset ?? -1) + regionStart;
    if (last?.type === 'heading' && lastStart >= candidate && lastStart <= candidateLine.end) {
      return { blocks: blocks.slice(0, -1), end: candidate };
    }
  }
  return { blocks: remarkBlocks(source, regionStart, source.length).blocks, end: source.length };
}

/** A lone CR is a line ending to CommonMark; the scanner only knows LF and CRLF. */
function hasLoneCarriageReturn(source: string): boolean {
  return source.includes('\r') && /\r(?!\n)/.test(source);
}

/**
 * Read the blocks of `source` from `bodyStart` (after any front matter). `engine: 'remark'` makes
 * remark read the whole document (the reference path, for tests and comparisons).
 */
export function readBlocks(source: string, bodyStart: number, engine: 'scanner' | 'remark' = 'scanner'): BlockReading {
  if (engine === 'remark' || hasLoneCarriageReturn(source)) {
    return { blocks: remarkBlocks(source, bodyStart, source.length).blocks, reader: 'remark', remarkRegions: 1 };
  }
  const blocks: ScannedBlock[] = [];
  let pos = bodyStart;
  let remarkRegions = 0;
  let scannerBlocks = 0;
  while (pos < source.length) {
    const scan = scanBlocks(source, pos, source.length);
    if (scan.stoppedAt === undefined) {
      blocks.push(...scan.blocks);
      scannerBlocks += scan.blocks.length;
      break;
    }
    let lastHeading = scan.blocks.length - 1;
    while (lastHeading >= 0 && scan.blocks[lastHeading]!.kind !== 'heading') lastHeading--;
    // The heading's line start, but never before `pos` (a byte-order mark at offset 0 is not text).
    const headingLineStart = lastHeading >= 0 ? source.lastIndexOf('\n', scan.blocks[lastHeading]!.start - 1) + 1 : pos;
    const regionStart = Math.max(pos, headingLineStart);
    const kept = scan.blocks.slice(0, Math.max(lastHeading, 0));
    blocks.push(...kept);
    scannerBlocks += kept.length;
    const region = readRegion(source, regionStart, scan.stoppedAt);
    blocks.push(...region.blocks);
    remarkRegions++;
    pos = region.end;
  }
  const reader = remarkRegions === 0 ? 'scanner' : scannerBlocks === 0 ? 'remark' : 'mixed';
  return { blocks, reader, remarkRegions };
}
