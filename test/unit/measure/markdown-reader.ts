/**
 * Test helper: read Markdown written by `runsToMarkdown` back into runs with remark (GFM), the way any
 * Markdown tool would. `~~x~~` (delete) → `delete`, `*x*` (emphasis) → `insert`, text → `none`.
 * Anything else (strong, code, HTML, a list…) means the escaping failed, so it throws.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Run, RunMark } from '../../../src/measure/document';
import { mergeRuns } from '../../../src/measure/runs';

const parser = unified().use(remarkParse).use(remarkGfm);

function phrasingRuns(nodes: readonly PhrasingContent[], mark: RunMark): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.value, mark }];
      case 'delete':
        if (mark !== 'none') throw new Error('nested mark');
        return phrasingRuns(node.children, 'delete');
      case 'emphasis':
        if (mark !== 'none') throw new Error('nested mark');
        return phrasingRuns(node.children, 'insert');
      case 'link':
        // GFM autolink literals (www.…, a@b.c) become links whose text is the same characters.
        return phrasingRuns(node.children, mark);
      default:
        throw new Error(`unexpected Markdown node "${node.type}"`);
    }
  });
}

/** The blocks of a Markdown text: each paragraph or heading as merged runs. */
export function readMarkdownBlocks(markdown: string): { type: string; runs: Run[] }[] {
  const tree = parser.parse(markdown);
  return tree.children.map((node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      return { type: node.type, runs: mergeRuns(phrasingRuns(node.children, 'none')) };
    }
    throw new Error(`unexpected Markdown block "${node.type}"`);
  });
}
