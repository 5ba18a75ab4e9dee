/**
 * mdast (from remark-parse + remark-gfm) → the flat block list. This is the reference reading of a
 * document, used where the line scanner stops, by the `remark-legal-structure` plugin, and by the
 * differential tests that check the scanner against it.
 */
import type { List, Nodes, Root, RootContent } from 'mdast';
import type { ScannedBlock, ScannedBlockKind } from './blocks';
import { trimSpan } from './blocks';
import { CODE_INDENT } from './lines';

/**
 * Blocks of the mdast `root`, whose offsets are relative to a slice starting at `shift` in
 * `source`. Nodes ending before `skipBefore` (a front matter region remark read as Markdown) are
 * dropped, and a node straddling it is clipped.
 */
export function blocksFromMdast(root: Root, source: string, shift = 0, skipBefore = 0): ScannedBlock[] {
  const blocks: ScannedBlock[] = [];
  // mdast positions can overlap (a setext heading's span includes link definitions before it), so
  // each block starts no earlier than the previous one ended: text lands in exactly one block.
  let covered = skipBefore;
  const add = (kind: ScannedBlockKind, node: Nodes, extra: Partial<ScannedBlock> = {}, endNode: Nodes = node): void => {
    const start = (node.position?.start.offset ?? 0) + shift;
    const end = (endNode.position?.end.offset ?? 0) + shift;
    if (end <= covered) return;
    const span = trimSpan(source, Math.max(start, covered), end);
    if (span.start >= span.end) return;
    blocks.push({ kind, ...span, ...extra });
    covered = span.end;
  };
  for (const node of root.children) addTopLevel(node, source, shift, add);
  return blocks;
}

type AddBlock = (kind: ScannedBlockKind, node: Nodes, extra?: Partial<ScannedBlock>, endNode?: Nodes) => void;

function addTopLevel(node: RootContent, source: string, shift: number, add: AddBlock): void {
  switch (node.type) {
    case 'heading':
      add('heading', node, { depth: node.depth });
      return;
    case 'paragraph':
      add('paragraph', node);
      return;
    case 'code':
      add(isIndentedCode(node, source, shift) ? 'indentedCode' : 'fencedCode', node);
      return;
    case 'table':
      add('gfmTable', node);
      return;
    case 'list':
      if (node.ordered === true) addOrderedList(node, source, shift, add);
      else add('unknown', node, { markdownType: 'list' });
      return;
    default:
      add('unknown', node, { markdownType: node.type });
  }
}

/** Indented code starts 4+ columns in; a fence may be indented at most 3. */
function isIndentedCode(node: Nodes, source: string, shift: number): boolean {
  const start = (node.position?.start.offset ?? 0) + shift;
  // CR, LF and CRLF all end lines.
  let lineStart = Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1;
  if (lineStart === 0 && source.charCodeAt(0) === 0xfeff) lineStart = 1; // a byte-order mark is not indentation
  let at = lineStart;
  while (at < source.length && (source[at] === ' ' || source[at] === '\t')) {
    if (source[at] === '\t') return true;
    at++;
  }
  return at - lineStart >= CODE_INDENT;
}

/**
 * Each item whose first child is a paragraph becomes a `listItem` block from the marker to that
 * paragraph's end; its other children follow as blocks marked `inListItem`. An item that starts
 * with anything else is one unknown block.
 */
function addOrderedList(list: List, source: string, shift: number, add: AddBlock): void {
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') {
      add('unknown', item, { markdownType: 'listItem' });
      continue;
    }
    const start = (item.position?.start.offset ?? 0) + shift;
    const marker = /^\d+[.)]/.exec(source.slice(start, start + 11))?.[0] ?? '';
    add('listItem', item, { marker }, first);
    for (const child of rest) {
      if (child.type === 'paragraph') add('paragraph', child, { inListItem: true });
      else add('unknown', child, { markdownType: child.type, inListItem: true });
    }
  }
}
