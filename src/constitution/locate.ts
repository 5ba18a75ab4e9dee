/** Finding nodes: by id or citation, and by source offset (the editor cursor ↔ tree mapping). */
import { parseCitation } from './citation-parse';
import { formatNodeId, parseNodeId } from './ids';
import type { Article, Block, LegalDoc, Section, Subdivision } from './types';

export type StructuralNode = Article | Section | Subdivision;

const indexes = new WeakMap<LegalDoc, ReadonlyMap<string, StructuralNode>>();

function addSubdivisions(index: Map<string, StructuralNode>, blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (block.type !== 'subdivision') continue;
    index.set(block.id, block);
    addSubdivisions(index, block.children);
  }
}

/** Every article, section and subdivision by id (built once per document, then cached). */
export function indexById(doc: LegalDoc): ReadonlyMap<string, StructuralNode> {
  const cached = indexes.get(doc);
  if (cached !== undefined) return cached;
  const index = new Map<string, StructuralNode>();
  for (const article of doc.articles) {
    index.set(article.id, article);
    addSubdivisions(index, article.children);
    for (const section of article.sections) {
      index.set(section.id, section);
      addSubdivisions(index, section.children);
    }
  }
  indexes.set(doc, index);
  return index;
}

const ITEM_PREFIX = 'item-';

/** The other spelling of a list position: `2` ↔ `item-2` (undefined for letters and `~2` marks). */
function listKeyAlternative(key: string): string | undefined {
  if (/^\d+$/.test(key)) return `${ITEM_PREFIX}${key}`;
  if (/^item-\d+$/.test(key)) return key.slice(ITEM_PREFIX.length);
  return undefined;
}

/**
 * The article, section or subdivision an id names. The exact id first; then, level by level, the
 * other spelling of a numbered key where the exact one is missing: real citations write the
 * constitution's `1.`-style list items as labels (`art. I, § 19, subd. (e)(2)` is the second item
 * of (e), id `art-I/sec-19/e/item-2`), and `item-2` still finds a `(2)` subdivision.
 */
export function findNode(doc: LegalDoc, id: string): StructuralNode | undefined {
  const index = indexById(doc);
  const exact = index.get(id);
  if (exact !== undefined) return exact;
  const parts = parseNodeId(id);
  if (parts === undefined || parts.leaf !== undefined || parts.subdivisions.length === 0) return undefined;
  let path = formatNodeId({ ...parts, subdivisions: [] });
  if (!index.has(path)) return undefined;
  for (const key of parts.subdivisions) {
    const alternative = listKeyAlternative(key);
    if (index.has(`${path}/${key}`)) path = `${path}/${key}`;
    else if (alternative !== undefined && index.has(`${path}/${alternative}`)) path = `${path}/${alternative}`;
    else return undefined;
  }
  return index.get(path);
}

/** The node a citation (`Cal. Const., art. I, § 19, subd. (e)(2)`, any parseCitation form) names in `doc`. */
export function resolveCitation(doc: LegalDoc, citation: string): StructuralNode | undefined {
  const id = parseCitation(citation);
  return id === undefined ? undefined : findNode(doc, id);
}

/**
 * The id to cite for `id` in `doc`: each `item-N` becomes `N` (cited `(N)`, as courts cite
 * `§ 19, subd. (e)(2)`) unless a `(N)` subdivision sits beside it, which would be named instead.
 * `findNode(doc, citableId(doc, id))` is the node of `id`.
 */
export function citableId(doc: LegalDoc, id: string): string {
  const parts = parseNodeId(id);
  if (parts === undefined || !parts.subdivisions.some((key) => key.startsWith(ITEM_PREFIX))) return id;
  const index = indexById(doc);
  let path = formatNodeId({ ...parts, subdivisions: [] });
  const cited: string[] = [];
  for (const key of parts.subdivisions) {
    const label = /^item-\d+$/.test(key) ? listKeyAlternative(key)! : key;
    cited.push(label !== key && index.has(`${path}/${label}`) ? key : label);
    path = `${path}/${key}`;
  }
  return formatNodeId({ ...parts, subdivisions: cited });
}

/** Index of the last item whose `start` is ≤ offset (items sorted by start), or -1. */
function lastStartingAtOrBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (startOf(items[middle]!) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function subdivisionPath(blocks: readonly Block[], offset: number, path: StructuralNode[]): void {
  for (const block of blocks) {
    if (block.type !== 'subdivision') continue;
    if (block.position.start.offset <= offset && offset < block.position.end.offset) {
      path.push(block);
      subdivisionPath(block.children, offset, path);
      return;
    }
  }
}

/**
 * The article, section and subdivisions containing `offset`, outermost first. Articles and sections
 * are found by their extents (which tile the document), subdivisions by their positions; an offset
 * in the prefix (title, preamble) gives an empty path.
 */
export function nodePathAtOffset(doc: LegalDoc, offset: number): readonly StructuralNode[] {
  const articleIndex = lastStartingAtOrBefore(doc.articles, offset, (article) => article.extent.start);
  const article = doc.articles[articleIndex];
  if (article === undefined || offset >= article.extent.end) return [];
  const path: StructuralNode[] = [article];
  const sectionIndex = lastStartingAtOrBefore(article.sections, offset, (section) => section.extent.start);
  const section = article.sections[sectionIndex];
  if (section === undefined || offset >= section.extent.end) {
    subdivisionPath(article.children, offset, path);
    return path;
  }
  path.push(section);
  subdivisionPath(section.children, offset, path);
  return path;
}
