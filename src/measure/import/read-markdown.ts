/**
 * Markdown input → blocks, read with remark (GFM), so escapes and character references come back as
 * the characters they stand for. Redline marks: `~~struck~~` (delete), `*italic*` / `_italic_`
 * (insert); inline `<del>`/`<s>`/`<strike>` and `<ins>`/`<u>` (underline is also used for
 * insertions, ca-filing-rules.md §4.3); text markers inside text, and fenced `deleted` / `inserted` /
 * `redline` blocks as our Markdown export writes them.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Run, RunMark } from '../document';
import { mergeRuns } from '../runs';
import { readMarkers } from './text-markers';
import type { InputBlock, Reporter } from './types';

const parser = unified().use(remarkParse).use(remarkGfm);

const OPENING_TAG = /^<(del|s|strike|ins|u)\b[^>]*>$/i;
const CLOSING_TAG = /^<\/(del|s|strike|ins|u)\s*>$/i;
const TAG_MARK: Readonly<Record<string, RunMark>> = {
  del: 'delete',
  s: 'delete',
  strike: 'delete',
  ins: 'insert',
  u: 'insert',
};
const FENCE_MARK: Readonly<Record<string, RunMark>> = { deleted: 'delete', inserted: 'insert' };

interface Context {
  readonly reporter: Reporter;
  readonly line: number;
}

/** Text that may hold text markers: marked by its markers where it has them, else by `mark`. */
function markedText(value: string, mark: RunMark, context: Context): Run[] {
  const { runs, problems } = readMarkers(value);
  for (const problem of problems) {
    context.reporter.report(problem.severity, problem.ruleId, problem.message, context.line, problem.hint);
  }
  return runs.map((run) => ({ text: run.text, mark: run.mark === 'none' ? mark : run.mark }));
}

function phrasingRuns(nodes: readonly PhrasingContent[], outer: RunMark, context: Context): Run[] {
  const runs: Run[] = [];
  let htmlMark: RunMark | undefined;
  for (const node of nodes) {
    const mark = htmlMark ?? outer;
    switch (node.type) {
      case 'text':
        runs.push(...markedText(node.value, mark, context));
        break;
      case 'inlineCode':
        runs.push({ text: node.value, mark });
        break;
      case 'break':
        runs.push({ text: '\n', mark });
        break;
      case 'delete':
        runs.push(...phrasingRuns(node.children, 'delete', context));
        break;
      case 'emphasis':
        runs.push(...phrasingRuns(node.children, 'insert', context));
        break;
      case 'html': {
        const opening = OPENING_TAG.exec(node.value.trim());
        const closing = CLOSING_TAG.exec(node.value.trim());
        if (opening !== null) htmlMark = TAG_MARK[opening[1]!.toLowerCase()];
        else if (closing !== null) htmlMark = undefined;
        else runs.push({ text: node.value, mark });
        break;
      }
      case 'image':
        runs.push({ text: node.alt ?? '', mark });
        break;
      default:
        // strong, links and the rest keep their words; only strikeout and italic are redline marks.
        runs.push(...('children' in node ? phrasingRuns(node.children, mark, context) : []));
    }
  }
  return runs;
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function extentOf(node: Nodes): InputBlock['extent'] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function block(node: Nodes, runs: Run[], extra: Partial<InputBlock> = {}): InputBlock {
  const extent = extentOf(node);
  return {
    runs: mergeRuns(runs),
    line: lineOf(node),
    preformatted: false,
    ...(extent === undefined ? {} : { extent }),
    ...extra,
  };
}

function blocksOf(node: RootContent, source: string, reporter: Reporter): InputBlock[] {
  const context = { reporter, line: lineOf(node) };
  switch (node.type) {
    case 'paragraph':
      return [block(node, phrasingRuns(node.children, 'none', context))];
    case 'heading':
      return [block(node, phrasingRuns(node.children, 'none', context), { depth: node.depth })];
    case 'code': {
      const info = (node.lang ?? '').toLowerCase();
      const runs =
        info === 'redline'
          ? markedText(node.value, 'none', context)
          : [{ text: node.value, mark: FENCE_MARK[info] ?? 'none' }];
      return [block(node, runs, { preformatted: true })];
    }
    case 'table': {
      const extent = extentOf(node);
      const text = extent === undefined ? '' : source.slice(extent.start, extent.end);
      return [block(node, [{ text, mark: 'none' }], { preformatted: true })];
    }
    case 'list':
      return node.children.flatMap((item, position) => {
        const marker = node.ordered === true ? `${(node.start ?? 1) + position}. ` : '- ';
        const itemStart = item.position?.start.offset;
        return item.children.flatMap((child, childPosition) =>
          blocksOf(child, source, reporter).map((inner, innerPosition) => {
            if (childPosition > 0 || innerPosition > 0) return inner;
            // The item's first block starts at its marker, so a verbatim copy keeps the list.
            const extent =
              inner.extent === undefined || itemStart === undefined
                ? inner.extent
                : { ...inner.extent, start: itemStart };
            return {
              ...inner,
              runs: mergeRuns([{ text: marker, mark: 'none' }, ...inner.runs]),
              ...(extent === undefined ? {} : { extent }),
            };
          }),
        );
      });
    case 'blockquote':
      return node.children.flatMap((child) => blocksOf(child, source, reporter));
    case 'html':
      return [block(node, [{ text: node.value, mark: 'none' }])];
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return [];
    default:
      return 'children' in node ? [block(node, phrasingRuns(node.children as PhrasingContent[], 'none', context))] : [];
  }
}

/** Read Markdown input into blocks. */
export function readMarkdownBlocks(source: string, reporter: Reporter): InputBlock[] {
  const tree = parser.parse(source);
  return tree.children.flatMap((node) => blocksOf(node, source, reporter)).filter((item) => item.runs.length > 0);
}
