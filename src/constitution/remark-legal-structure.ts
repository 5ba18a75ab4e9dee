/**
 * The remark path as a first-class citizen: a unified plugin that turns the mdast tree remark-parse
 * (+ remark-gfm) produced into the LegalDoc, through the same builder parseConstitution uses. The
 * doc lands on `file.data.legalDoc`; its messages become vfile messages (errors fatal, info notes).
 *
 * ```ts
 * const processor = unified().use(remarkParse).use(remarkGfm).use(remarkLegalStructure);
 * const file = new VFile({ path, value });
 * await processor.run(processor.parse(file), file);
 * file.data.legalDoc; // LegalDoc
 * ```
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { buildLegalDoc } from './build/build-doc';
import { findFrontMatter, readFrontMatterFields } from './scan/front-matter';
import { blocksFromMdast } from './scan/mdast-blocks';
import type { LegalDoc } from './types';

declare module 'vfile' {
  interface DataMap {
    legalDoc: LegalDoc;
  }
}

const BYTE_ORDER_MARK = 0xfeff;

/**
 * The LegalDoc of `source` from remark's tree of it. Front matter (which remark without a front
 * matter plugin reads as a thematic break and text) is taken from the source instead.
 */
export function legalDocFromMdast(root: Root, source: string, path?: string): LegalDoc {
  // micromark drops a leading byte-order mark, so its offsets are one short of the source's.
  const start = source.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const range = findFrontMatter(source, start);
  const blocks = blocksFromMdast(root, source, start, range?.bodyStart ?? start);
  return buildLegalDoc({
    source,
    blocks,
    reader: 'remark',
    ...(path === undefined ? {} : { path }),
    ...(range === undefined
      ? {}
      : { frontMatter: { range, fields: readFrontMatterFields(source.slice(range.yamlStart, range.yamlEnd)) } }),
  });
}

function report(file: VFile, doc: LegalDoc): void {
  for (const problem of doc.messages) {
    const message = file.message(problem.message, {
      place: { line: problem.line, column: problem.column },
      ruleId: problem.ruleId,
      source: 'amend',
    });
    message.fatal = problem.severity === 'error' ? true : problem.severity === 'info' ? undefined : false;
    if (problem.hint !== undefined) message.note = problem.hint;
  }
}

/** unified plugin: mdast → `file.data.legalDoc`, problems → `file.messages`. */
export const remarkLegalStructure: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile): void => {
    const path = typeof file.path === 'string' && file.path !== '' ? file.path : undefined;
    const doc = legalDocFromMdast(tree, file.toString(), path);
    file.data.legalDoc = doc;
    report(file, doc);
  };
};
