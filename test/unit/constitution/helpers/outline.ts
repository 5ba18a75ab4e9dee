/**
 * A reviewable JSON outline of a LegalDoc for golden files: structure, ids, labels, where each node
 * is (`line:column-line:column`) and the first words of each leaf, without the repeated source.
 */
import type { Block, LegalDoc, Span } from '../../../../src/constitution/types';

const EXCERPT_LENGTH = 48;

function at(span: Span): string {
  return `${span.start.line}:${span.start.column}-${span.end.line}:${span.end.column}`;
}

function excerpt(source: string, span: Span): string {
  const text = source.slice(span.start.offset, span.end.offset).replace(/\s+/g, ' ');
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

function blockOutline(source: string, block: Block): unknown {
  switch (block.type) {
    case 'subdivision':
      return {
        id: block.id,
        label: block.label,
        kind: block.kind,
        at: at(block.position),
        children: block.children.map((child) => blockOutline(source, child)),
      };
    case 'table':
      return { id: block.id, table: block.format, at: at(block.position), text: excerpt(source, block.position) };
    case 'unknown':
      return {
        id: block.id,
        unknown: block.markdownType,
        at: at(block.position),
        text: excerpt(source, block.position),
      };
    default:
      return { id: block.id, at: at(block.position), text: excerpt(source, block.position) };
  }
}

export function outline(doc: LegalDoc): unknown {
  const { source } = doc;
  return {
    parsedWith: doc.parsedWith,
    prefixEnd: doc.prefixEnd,
    ...(doc.frontMatter === undefined
      ? {}
      : { frontMatter: { ...doc.frontMatter, raw: undefined, position: undefined, at: at(doc.frontMatter.position) } }),
    ...(doc.title === undefined ? {} : { title: doc.title.raw }),
    ...(doc.preamble === undefined
      ? {}
      : { preamble: doc.preamble.children.map((block) => blockOutline(source, block)) }),
    articles: doc.articles.map((article) => ({
      id: article.id,
      number: article.number,
      ...(article.title === undefined ? {} : { title: article.title }),
      heading: article.heading.raw,
      at: at(article.position),
      headExtent: [article.headExtent.start, article.headExtent.end],
      extent: [article.extent.start, article.extent.end],
      ...(article.children.length === 0
        ? {}
        : { children: article.children.map((block) => blockOutline(source, block)) }),
      sections: article.sections.map((section) => ({
        id: section.id,
        number: section.number,
        heading: section.heading.raw,
        at: at(section.position),
        extent: [section.extent.start, section.extent.end],
        bodyStart: section.bodyStart,
        children: section.children.map((block) => blockOutline(source, block)),
      })),
    })),
  };
}
