/** The leaves of a LegalDoc in source order: the units that partition its non-blank text. */
import type { Block, FrontMatter, HeadingLine, HistoryNote, LegalDoc, Paragraph, Table, UnknownBlock } from './types';

export type Leaf =
  | { readonly type: 'frontMatter'; readonly node: FrontMatter }
  | { readonly type: 'heading'; readonly node: HeadingLine }
  | { readonly type: 'block'; readonly node: Paragraph | Table | HistoryNote | UnknownBlock };

function addBlocks(leaves: Leaf[], blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (block.type === 'subdivision') addBlocks(leaves, block.children);
    else leaves.push({ type: 'block', node: block });
  }
}

/** Every leaf of the document (front matter, headings, paragraphs, tables, notes, unknown blocks). */
export function collectLeaves(doc: LegalDoc): Leaf[] {
  const leaves: Leaf[] = [];
  if (doc.frontMatter !== undefined) leaves.push({ type: 'frontMatter', node: doc.frontMatter });
  if (doc.title !== undefined) leaves.push({ type: 'heading', node: doc.title });
  if (doc.preamble !== undefined) addBlocks(leaves, doc.preamble.children);
  for (const article of doc.articles) {
    leaves.push({ type: 'heading', node: article.heading });
    addBlocks(leaves, article.children);
    for (const section of article.sections) {
      leaves.push({ type: 'heading', node: section.heading });
      addBlocks(leaves, section.children);
    }
  }
  return leaves.sort((a, b) => a.node.position.start.offset - b.node.position.start.offset);
}
