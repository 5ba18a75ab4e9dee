/**
 * parseConstitution: Markdown text → LegalDoc. Never throws on input: problems become positioned
 * messages, and every non-blank character of the source lands in exactly one leaf.
 *
 * Pipeline: front matter → blocks (fast line scanner; remark for regions outside its subset, see
 * scan/read-blocks.ts) → legal tree (build/build-doc.ts).
 */
import { buildLegalDoc } from './build/build-doc';
import { BuildContext } from './build/context';
import { findFrontMatter, readFrontMatterFields } from './scan/front-matter';
import { readBlocks } from './scan/read-blocks';
import type { LegalDoc, ParseOptions } from './types';

const BYTE_ORDER_MARK = 0xfeff;

/** Parse the Markdown text of a constitution into its legal tree. */
export function parseConstitution(source: string, options: ParseOptions = {}): LegalDoc {
  try {
    const start = source.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
    const range = findFrontMatter(source, start);
    const frontMatter =
      range === undefined
        ? undefined
        : { range, fields: readFrontMatterFields(source.slice(range.yamlStart, range.yamlEnd)) };
    const reading = readBlocks(source, range?.bodyStart ?? start, options.engine);
    return buildLegalDoc({
      source,
      blocks: reading.blocks,
      reader: reading.reader,
      ...(options.path === undefined ? {} : { path: options.path }),
      ...(frontMatter === undefined ? {} : { frontMatter }),
    });
  } catch (error) {
    return internalErrorDoc(source, options, error);
  }
}

/**
 * Last resort for a bug in the parser itself: the whole text is kept as one unknown block and the
 * failure is reported as an error message (tests assert this path is never taken).
 */
function internalErrorDoc(source: string, options: ParseOptions, error: unknown): LegalDoc {
  const ctx = new BuildContext(source, options.path);
  const detail = error instanceof Error ? error.message : String(error);
  ctx.report(
    'error',
    'internal-error',
    `The parser failed on this text (${detail}); it is kept as one unparsed block.`,
    0,
    'Please report this with the file: the parser should accept any text.',
  );
  const position = ctx.span(0, source.length);
  return {
    type: 'constitution',
    id: 'doc',
    source,
    ...(options.path === undefined ? {} : { path: options.path }),
    preamble: {
      type: 'preamble',
      id: 'preamble',
      children: [{ type: 'unknown', id: 'preamble/u1', markdownType: 'unparsed', position }],
      position,
    },
    articles: [],
    messages: ctx.messages(),
    position,
    prefixEnd: source.length,
  };
}
