/**
 * Uncodified sections are written in Markdown; the measure tree holds plain text blocks. This reads
 * the Markdown with remark (GFM) and keeps the words: paragraphs stay paragraphs, list items become
 * paragraphs that start with their marker, headings become heading blocks, code and tables keep
 * their layout. Emphasis in an uncodified section is not a redline mark, so it is not carried over.
 */
import type { Nodes, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { TextBlock } from './document';
import { markdownChunks } from './markdown-chunks';
import { tidyRuns } from './runs';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The visible text of an inline subtree (soft breaks become spaces). */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

function paragraph(text: string, type: TextBlock['type'] = 'paragraph'): TextBlock[] {
  const runs = type === 'preformatted' ? [{ text, mark: 'none' as const }] : tidyRuns([{ text, mark: 'none' }]);
  return runs.length === 0 ? [] : [{ type, runs }];
}

function blocksOf(node: RootContent, source: string, prefix = ''): TextBlock[] {
  switch (node.type) {
    case 'paragraph':
      return paragraph(prefix + inlineText(node));
    case 'heading':
      return paragraph(inlineText(node), 'heading');
    case 'code':
      return paragraph(node.value, 'preformatted');
    case 'table': {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      return paragraph(
        start === undefined || end === undefined ? inlineText(node) : source.slice(start, end),
        'preformatted',
      );
    }
    case 'list':
      return node.children.flatMap((item, position) => {
        const marker = node.ordered === true ? `${(node.start ?? 1) + position}. ` : '• ';
        return item.children.flatMap((child, childPosition) =>
          blocksOf(child, source, childPosition === 0 ? prefix + marker : prefix),
        );
      });
    case 'blockquote':
      return node.children.flatMap((child) => blocksOf(child, source, prefix));
    case 'thematicBreak':
      return [];
    default:
      return paragraph(prefix + inlineText(node));
  }
}

/** A stretch of the body kept as written instead of read as Markdown (see markdown-chunks.ts). */
export interface UnreadMarkdown {
  /** 1-based line in the body where it starts. */
  readonly line: number;
  readonly chars: number;
  /** Why, for a message: `it nests more than 16 lists …`. */
  readonly reason: string;
}

/**
 * Text blocks of a Markdown body, and the stretches too large or too deeply nested for remark,
 * which are kept as written (preformatted, every character) rather than read.
 */
export function readMarkdownBlocks(markdown: string): { blocks: TextBlock[]; unread: UnreadMarkdown[] } {
  const blocks: TextBlock[] = [];
  const unread: UnreadMarkdown[] = [];
  for (const chunk of markdownChunks(markdown)) {
    if (chunk.kind === 'plain') blocks.push(...paragraph(chunk.text));
    else if (chunk.kind === 'unread') {
      blocks.push(...paragraph(chunk.text.replace(/\r\n?/g, '\n').trimEnd(), 'preformatted'));
      unread.push({ line: chunk.line, chars: chunk.text.length, reason: chunk.reason });
    } else {
      const tree = parser.parse(chunk.text);
      blocks.push(...tree.children.flatMap((node) => blocksOf(node, chunk.text)));
    }
  }
  return { blocks, unread };
}

/** Text blocks of a Markdown body. */
export function markdownBlocks(markdown: string): TextBlock[] {
  return readMarkdownBlocks(markdown).blocks;
}
