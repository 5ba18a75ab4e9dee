/**
 * Structural invariants every LegalDoc must satisfy, whatever the input:
 * - the leaves partition the non-blank text (each non-blank character in exactly one leaf);
 * - article/section extents tile the document exactly (see types.ts);
 * - ids are unique; positions agree with offsets.
 * Each check returns a list of problems (empty when the doc is sound) so failures say what broke.
 */
import { collectLeaves } from '../../../../src/constitution/leaves';
import { LineIndex } from '../../../../src/constitution/build/line-index';
import type { Block, LegalDoc, Span } from '../../../../src/constitution/types';

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Every non-blank character (a leading byte-order mark aside) lies in exactly one leaf. */
export function partitionProblems(doc: LegalDoc): string[] {
  const { source } = doc;
  const owner = new Int32Array(source.length).fill(-1);
  const problems: string[] = [];
  collectLeaves(doc).forEach((leaf, index) => {
    const { start, end } = leaf.node.position;
    if (start.offset < 0 || end.offset > source.length || start.offset > end.offset) {
      problems.push(`leaf ${index} has a bad span ${start.offset}-${end.offset}`);
      return;
    }
    for (let i = start.offset; i < end.offset; i++) {
      if (owner[i] !== -1 && problems.length < 5) problems.push(`offset ${i} is in leaves ${owner[i]} and ${index}`);
      owner[i] = index;
    }
  });
  for (let i = 0; i < source.length && problems.length < 5; i++) {
    if (owner[i] === -1 && !isBlank(source.charCodeAt(i)) && !(i === 0 && source.charCodeAt(0) === 0xfeff)) {
      problems.push(`offset ${i} (${JSON.stringify(source.slice(i, i + 20))}) is in no leaf`);
    }
  }
  return problems;
}

/** Extents tile: prefix, then articles; within each article the head, then its sections. */
export function extentProblems(doc: LegalDoc): string[] {
  const problems: string[] = [];
  let cursor = doc.prefixEnd;
  if (doc.articles.length === 0 && doc.prefixEnd !== doc.source.length)
    problems.push('prefixEnd must be the source length');
  for (const article of doc.articles) {
    if (article.extent.start !== cursor)
      problems.push(`${article.id} starts at ${article.extent.start}, not ${cursor}`);
    if (article.headExtent.start !== article.extent.start)
      problems.push(`${article.id} head does not start the article`);
    let inner = article.headExtent.end;
    for (const section of article.sections) {
      if (section.extent.start !== inner)
        problems.push(`${section.id} starts at ${section.extent.start}, not ${inner}`);
      if (section.bodyStart < section.extent.start || section.bodyStart > section.extent.end) {
        problems.push(`${section.id} bodyStart ${section.bodyStart} outside its extent`);
      }
      inner = section.extent.end;
    }
    if (inner !== article.extent.end)
      problems.push(`${article.id} sections end at ${inner}, not ${article.extent.end}`);
    cursor = article.extent.end;
  }
  if (doc.articles.length > 0 && cursor !== doc.source.length) problems.push(`articles end at ${cursor}`);
  return problems;
}

function* blockIds(blocks: readonly Block[]): Generator<string> {
  for (const block of blocks) {
    yield block.id;
    if (block.type === 'subdivision') yield* blockIds(block.children);
  }
}

/** All ids in the document, in tree order. */
export function allIds(doc: LegalDoc): string[] {
  const ids: string[] = [];
  if (doc.preamble !== undefined) ids.push(...blockIds(doc.preamble.children));
  for (const article of doc.articles) {
    ids.push(article.id, ...blockIds(article.children));
    for (const section of article.sections) ids.push(section.id, ...blockIds(section.children));
  }
  return ids;
}

export function duplicateIds(doc: LegalDoc): string[] {
  const seen = new Set<string>();
  return allIds(doc).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

function spans(doc: LegalDoc): Span[] {
  const result: Span[] = [doc.position];
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      result.push(block.position);
      if (block.type === 'subdivision') visit(block.children);
    }
  };
  if (doc.preamble !== undefined) visit(doc.preamble.children);
  for (const article of doc.articles) {
    result.push(article.position, article.heading.position);
    visit(article.children);
    for (const section of article.sections) {
      result.push(section.position, section.heading.position);
      visit(section.children);
    }
  }
  return result;
}

/** Line and column of every position agree with its offset. */
export function positionProblems(doc: LegalDoc): string[] {
  const lines = new LineIndex(doc.source);
  const problems: string[] = [];
  for (const span of spans(doc)) {
    for (const point of [span.start, span.end]) {
      const expected = lines.point(point.offset);
      if (expected.line !== point.line || expected.column !== point.column) {
        problems.push(
          `offset ${point.offset} says ${point.line}:${point.column}, is ${expected.line}:${expected.column}`,
        );
      }
    }
  }
  return problems.slice(0, 5);
}

/** Every invariant at once. */
export function invariantProblems(doc: LegalDoc): string[] {
  return [
    ...partitionProblems(doc),
    ...extentProblems(doc),
    ...duplicateIds(doc).map((id) => `duplicate id ${id}`),
    ...positionProblems(doc),
  ];
}
