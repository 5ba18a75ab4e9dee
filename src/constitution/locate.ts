/** Finding nodes: by id, and by source offset (the editor cursor ↔ tree mapping). */
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
