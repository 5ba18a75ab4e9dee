/**
 * The fast block scanner: a line-based reader for the subset of CommonMark that legal text uses
 * (ATX headings, paragraphs with the real interruption rules, indented and fenced code, ordered-list
 * items with lazy continuation). It stops at the first line that may start anything else and reports
 * where; `read-blocks.ts` then lets remark read that region. remark is the reference: the
 * differential tests check that both give the same blocks.
 */
import { keepShape } from '../keep-shape';
import type { ScannedBlock } from './blocks';
import { trimmedEnd } from './blocks';
import {
  afterBlankLine,
  atxDepthAt,
  closesFence,
  fenceAt,
  interruptsParagraphAsList,
  isIndented,
  listMarkerAt,
  mayStartUnmodelledBlock,
  readLine,
  readLineInto,
  scratchLine,
  type Line,
  type ListMarker,
} from './lines';

export interface ScanResult {
  readonly blocks: ScannedBlock[];
  /** Start of the line where the scanner met Markdown outside its subset; undefined when it finished. */
  readonly stoppedAt: number | undefined;
}

/** Returned by the scanning steps when the line at hand is outside the subset. */
const OUTSIDE_SUBSET = -1;

/** Scan `[from, limit)` (`from` at a line start) into blocks, stopping at the first unmodelled line. */
export function scanBlocks(source: string, from: number, limit: number): ScanResult {
  return new LineScanner(source, limit).run(from);
}

class LineScanner {
  readonly blocks: ScannedBlock[] = [];
  private stoppedAt: number | undefined;
  /** The line `paragraph` reads into (never held past one loop step). */
  private readonly scratch = scratchLine();
  /** The first line of the block being read (never held past that block). */
  private readonly blockLine = scratchLine();

  constructor(
    private readonly source: string,
    private readonly limit: number,
  ) {}

  run(from: number): ScanResult {
    let pos = from;
    while (pos < this.limit) {
      const afterBlank = afterBlankLine(this.source, pos, this.limit);
      if (afterBlank >= 0) {
        pos = afterBlank;
        continue;
      }
      // The block's first line: each step below is done with it before the next block is read.
      const line = readLineInto(this.blockLine, this.source, pos, this.limit);
      const next = this.blockAt(line, this.blocks[this.blocks.length - 1]?.kind === 'indentedCode');
      if (next === OUTSIDE_SUBSET) {
        this.stoppedAt ??= line.start;
        break;
      }
      pos = next;
    }
    return { blocks: this.blocks, stoppedAt: this.stoppedAt };
  }

  /**
   * Read the block starting on `line`; returns where scanning resumes. `afterIndentedCode`: the
   * previous block is indented code, which micromark keeps open across blank lines, so a list item
   * here must be able to interrupt it (`1.` with text) or the line starts a paragraph.
   */
  private blockAt(line: Line, afterIndentedCode: boolean): number {
    const { source } = this;
    if (isIndented(line)) return this.indentedCode(line);
    const depth = atxDepthAt(source, line.first, line.end);
    if (depth > 0) {
      this.push({ kind: 'heading', depth, start: line.first, end: trimmedEnd(source, line.first, line.end) });
      return line.next;
    }
    if (fenceAt(source, line.first, line.end) !== undefined) return this.fencedCode(line);
    const marker = listMarkerAt(source, line.first, line.end);
    if (marker !== undefined && (!afterIndentedCode || interruptsParagraphAsList(source, line.first, line.end))) {
      return this.listItems(line, marker);
    }
    if (mayStartUnmodelledBlock(source, line.first, line.end, true)) return this.stop(line);
    return this.paragraph(line);
  }

  private stop(line: Line): typeof OUTSIDE_SUBSET {
    this.stoppedAt = line.start;
    return OUTSIDE_SUBSET;
  }

  private push(block: ScannedBlock): void {
    this.blocks.push(block);
  }

  private indentedCode(first: Line): number {
    let last = first;
    let pos = first.next;
    while (pos < this.limit) {
      const line = readLine(this.source, pos, this.limit);
      if (!line.blank && !isIndented(line)) break;
      if (!line.blank) last = line;
      pos = line.next;
    }
    this.push({ kind: 'indentedCode', start: first.first, end: trimmedEnd(this.source, first.first, last.end) });
    return last.next;
  }

  private fencedCode(opening: Line): number {
    const fence = fenceAt(this.source, opening.first, opening.end)!;
    let last = opening;
    let pos = opening.next;
    while (pos < this.limit) {
      const line = readLine(this.source, pos, this.limit);
      pos = line.next;
      if (!line.blank) last = line;
      if (closesFence(this.source, line, fence)) break;
    }
    this.push({ kind: 'fencedCode', start: opening.first, end: trimmedEnd(this.source, opening.first, last.end) });
    return pos;
  }

  /**
   * True when `line` (not indented, not blank) interrupts a paragraph: a heading, a fence, or a
   * `1.` list item with text. Sets `stoppedAt` when the line may start an unmodelled block.
   */
  private interrupts(line: Line, at: number): boolean | typeof OUTSIDE_SUBSET {
    const { source } = this;
    if (atxDepthAt(source, at, line.end) > 0 || fenceAt(source, at, line.end) !== undefined) return true;
    if (interruptsParagraphAsList(source, at, line.end)) return true;
    if (mayStartUnmodelledBlock(source, at, line.end, false)) return OUTSIDE_SUBSET;
    return false;
  }

  private paragraph(first: Line): number {
    let lastEnd = first.end;
    let pos = first.next;
    while (pos < this.limit) {
      // Continuation lines are most lines of the document: read into one reused object.
      const line = readLineInto(this.scratch, this.source, pos, this.limit);
      if (line.blank) break;
      if (!isIndented(line)) {
        const interruption = this.interrupts(line, line.first);
        if (interruption === OUTSIDE_SUBSET) return this.stop(line);
        if (interruption) break;
      }
      lastEnd = line.end;
      pos = line.next;
    }
    this.push({ kind: 'paragraph', start: first.first, end: trimmedEnd(this.source, first.first, lastEnd) });
    return pos;
  }

  /** A run of ordered-list items (one list, or several lists in a row). */
  private listItems(first: Line, firstMarker: ListMarker): number {
    let line = first;
    let marker = firstMarker;
    for (;;) {
      if (marker.empty || marker.unusual) return this.stop(line);
      const item = this.listItem(line, marker);
      if (item === OUTSIDE_SUBSET) return OUTSIDE_SUBSET;
      if (item.sibling === undefined) return item.next;
      if (item.sibling.marker.delimiter !== marker.delimiter && !item.afterBlank) return this.stop(item.sibling.line);
      ({ line, marker } = item.sibling);
    }
  }

  /**
   * One list item whose text starts on `line`. Continuation lines indented to the item's content
   * column, and lazy (less indented) lines, extend its paragraph. Anything that would nest a block
   * inside the item is left to remark.
   */
  private listItem(
    line: Line,
    marker: ListMarker,
  ): { next: number; afterBlank: boolean; sibling?: { line: Line; marker: ListMarker } } | typeof OUTSIDE_SUBSET {
    const { source } = this;
    const contentColumn = line.indent + (marker.markerEnd - line.first) + (marker.contentStart - marker.markerEnd);
    // A block at the start of the item's text (heading, fence, nested list …) nests inside the item.
    const content = marker.contentStart;
    if (this.interrupts(line, content) !== false || listMarkerAt(source, content, line.end) !== undefined) {
      return this.stop(line);
    }
    if (mayStartUnmodelledBlock(source, content, line.end, true)) return this.stop(line);
    let last = line;
    let pos = line.next;
    let afterBlank = false;
    let result: { next: number; afterBlank: boolean; sibling?: { line: Line; marker: ListMarker } } | undefined;
    while (pos < this.limit && result === undefined) {
      const next = readLine(source, pos, this.limit);
      if (next.blank) {
        afterBlank = true;
        pos = next.next;
        continue;
      }
      if (next.tabbed) return this.stop(next);
      const sibling = next.indent < 4 ? listMarkerAt(source, next.first, next.end) : undefined;
      if (afterBlank) {
        if (next.indent >= contentColumn) return this.stop(next);
        result =
          sibling !== undefined && next.indent < contentColumn
            ? { next: next.start, afterBlank, sibling: { line: next, marker: sibling } }
            : { next: next.start, afterBlank };
        break;
      }
      if (next.indent >= contentColumn) {
        // Inside the item: text indented 4+ past the content column is plain continuation.
        if (next.indent - contentColumn < 4 && this.interrupts(next, next.first) !== false) return this.stop(next);
      } else if (sibling !== undefined) {
        result = { next: next.start, afterBlank, sibling: { line: next, marker: sibling } };
        break;
      } else if (!isIndented(next)) {
        const interruption = this.interrupts(next, next.first);
        if (interruption === OUTSIDE_SUBSET) return this.stop(next);
        if (interruption) {
          result = { next: next.start, afterBlank };
          break;
        }
      }
      last = next;
      pos = next.next;
    }
    this.push({
      kind: 'listItem',
      marker: source.slice(line.first, marker.markerEnd),
      start: line.first,
      end: trimmedEnd(source, line.first, last.end),
    });
    return result ?? { next: pos, afterBlank };
  }
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
keepShape(new LineScanner('', 0));
