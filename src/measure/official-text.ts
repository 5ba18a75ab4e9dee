/**
 * What a loaded edition says for a block's target, in the same shape the block records it: a
 * section's body (trimmed of surrounding blank lines), a whole article's Markdown, or an article's
 * title. Used to verify, apply, rebase and lint measures against an edition.
 */
import { indexById } from '../constitution/locate';
import { sectionBody } from '../constitution/text';
import type { Article, LegalDoc, Section } from '../constitution/types';
import { parseTargetId } from './target';
import { trimBlankLines } from './source-text';
import type { AmendmentOpKind } from './types';

export type Provision =
  { readonly kind: 'section'; readonly node: Section } | { readonly kind: 'article'; readonly node: Article };

/** The article or section with this id. */
export function findProvision(base: LegalDoc, id: string): Provision | undefined {
  const node = indexById(base).get(id);
  if (node?.type === 'section') return { kind: 'section', node };
  if (node?.type === 'article') return { kind: 'article', node };
  return undefined;
}

/** The article a target belongs to (the target itself for an article). */
export function findArticle(base: LegalDoc, id: string): Article | undefined {
  const target = parseTargetId(id);
  if (target === undefined) return undefined;
  const node = indexById(base).get(`art-${target.article.key}`);
  return node?.type === 'article' ? node : undefined;
}

/** The official text a block of `op` on `id` records as its base, or undefined when the edition lacks the provision. */
export function officialText(base: LegalDoc, op: AmendmentOpKind, id: string): string | undefined {
  const provision = findProvision(base, id);
  if (provision === undefined) return undefined;
  if (provision.kind === 'section') return trimBlankLines(sectionBody(base, provision.node));
  if (op === 'retitle') return provision.node.title ?? '';
  return trimBlankLines(base.source.slice(provision.node.extent.start, provision.node.extent.end));
}

/** Texts that differ only in spacing and line wrapping read the same in a printed measure. */
export function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}
