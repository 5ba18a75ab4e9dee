/**
 * Citations ↔ node ids.
 *
 * | style   | example                                                     |
 * |---------|-------------------------------------------------------------|
 * | `long`  | `Article I, Section 7.5, subdivision (a)(2)`, `Article XIII A` |
 * | `of`    | `subdivision (a)(2) of Section 7.5 of Article I`            |
 * | `short` | `art. I, § 7.5, subd. (a)(2)`                               |
 * | `cal`   | `Cal. Const., art. I, § 7.5, subd. (a)(2)`                  |
 *
 * `1.` list items read `item 1` (`Article I, Section 19, subdivision (e), item 1`), so that every
 * id round-trips without a document. With the document at hand, `citeNode` cites them as courts do
 * (`subd. (e)(2)`), and locate.ts's findNode/resolveCitation read that form back. Leaf ids
 * (`…/p2`) and duplicate marks (`~2`) are not citable: they format as their citable part.
 */
import { parseArticleNumber } from './article-number';
import { parseNodeId } from './ids';
import { citableId } from './locate';
import type { LegalDoc } from './types';

export type CitationStyle = 'long' | 'of' | 'short' | 'cal';

export { parseCitation } from './citation-parse';

const ITEM_PREFIX = 'item-';

function withoutDuplicateMark(segment: string): string {
  const tilde = segment.indexOf('~');
  return tilde < 0 ? segment : segment.slice(0, tilde);
}

/** Subdivision chain: runs of labels as `(a)(2)`, list items as `item 1`, each run introduced. */
function formatChain(keys: readonly string[], subdivisionWord: string): string[] {
  const parts: string[] = [];
  let run = '';
  for (const key of keys) {
    if (key.startsWith(ITEM_PREFIX)) {
      if (run !== '') parts.push(`${subdivisionWord} ${run}`);
      run = '';
      parts.push(`item ${key.slice(ITEM_PREFIX.length)}`);
    } else run += `(${key})`;
  }
  if (run !== '') parts.push(`${subdivisionWord} ${run}`);
  return parts;
}

/**
 * The citation of a node id in `style` (default `long`). An id that is not article-based (`doc`,
 * `preamble`, malformed) is returned unchanged.
 */
export function formatCitation(id: string, style: CitationStyle = 'long'): string {
  const parts = parseNodeId(id);
  if (parts === undefined) return id;
  const articleKey = withoutDuplicateMark(parts.articleKey);
  const article = parseArticleNumber(articleKey)?.roman ?? articleKey;
  const section = parts.section === undefined ? undefined : withoutDuplicateMark(parts.section);
  const keys = parts.subdivisions.map(withoutDuplicateMark);
  switch (style) {
    case 'long':
      return [
        `Article ${article}`,
        ...(section === undefined ? [] : [`Section ${section}`]),
        ...formatChain(keys, 'subdivision'),
      ].join(', ');
    case 'of': {
      const chain = formatChain(keys, 'subdivision').join(', ');
      return [
        ...(chain === '' ? [] : [chain]),
        ...(section === undefined ? [] : [`Section ${section}`]),
        `Article ${article}`,
      ].join(' of ');
    }
    case 'short':
    case 'cal': {
      const short = [
        `art. ${article}`,
        ...(section === undefined ? [] : [`§ ${section}`]),
        ...formatChain(keys, 'subd.'),
      ].join(', ');
      return style === 'cal' ? `Cal. Const., ${short}` : short;
    }
  }
}

/**
 * The citation of node `id` of `doc`: as formatCitation, but a `1.`-style list item is cited by its
 * number as a label (`Cal. Const., art. I, § 19, subd. (e)(2)`) where that names no other node.
 * `resolveCitation(doc, citeNode(doc, id, style))` finds the node again.
 */
export function citeNode(doc: LegalDoc, id: string, style: CitationStyle = 'long'): string {
  return formatCitation(citableId(doc, id), style);
}
