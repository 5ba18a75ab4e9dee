/**
 * The flat block list both block readers produce: the fast line scanner (`line-scanner.ts`) and the
 * remark reference path (`mdast-blocks.ts`). The tree builder only ever sees this list, so the two
 * readers are interchangeable and can be compared block for block.
 *
 * Every span is trimmed: `start` is the first character that is not a space or tab, `end` is just
 * after the last such character. Blocks are in source order and never overlap.
 */
export type ScannedBlockKind =
  | 'heading'
  | 'paragraph'
  /** An ordered-list item (`1. text`): its span runs from the marker to the end of its first paragraph. */
  | 'listItem'
  | 'indentedCode'
  | 'fencedCode'
  | 'gfmTable'
  /** Markdown the legal model has no meaning for (block quote, HTML, bullet list, thematic break …). */
  | 'unknown';

export interface ScannedBlock {
  readonly kind: ScannedBlockKind;
  readonly start: number;
  readonly end: number;
  /** Heading depth (1-6), for `heading`. */
  readonly depth?: number;
  /** The list marker as written (`1.`, `2)`), for `listItem`. */
  readonly marker?: string;
  /** The mdast node type, for `unknown`. */
  readonly markdownType?: string;
  /** True for a block that continues the preceding list item (remark path only: indented paragraphs). */
  readonly inListItem?: boolean;
}

/** Which reader produced the blocks of a document. */
export type BlockReader = 'scanner' | 'remark' | 'mixed';

/** Characters Markdown treats as blank inside a line (CommonMark: space and tab only). */
export function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** `[start, end)` shrunk past leading and trailing spaces, tabs and line endings. */
export function trimSpan(source: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && isBlankCode(source.charCodeAt(from))) from++;
  while (to > from && isBlankCode(source.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}

/** `end` moved back past trailing spaces, tabs and line endings (not before `start`). */
export function trimmedEnd(source: string, start: number, end: number): number {
  let to = end;
  while (to > start && isBlankCode(source.charCodeAt(to - 1))) to--;
  return to;
}

/** Space, tab, CR or LF: the only characters a leaf may leave uncovered. */
export function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
