/**
 * Targets of amendment blocks: an article, or a section of an article, named in a heading
 * (`Article XIII A, Section 1`) and identified like the legal tree (`art-XIIIA/sec-1`). Parsing and
 * citation forms come from the constitution model, so ids and citations agree everywhere.
 */
import { compareArticleNumbers, parseArticleNumber } from '../constitution/article-number';
import { formatCitation, parseCitation } from '../constitution/citation';
import { compareSectionNumbers, parseNodeId } from '../constitution/ids';
import type { ArticleNumber } from '../constitution/types';

export interface TargetRef {
  readonly article: ArticleNumber;
  /** Section number, normalised (`1`, `7.5`); absent for a whole article. */
  readonly section?: string;
}

/** `art-III` or `art-III/sec-1.5`. */
export function targetId(target: TargetRef): string {
  return target.section === undefined ? `art-${target.article.key}` : `art-${target.article.key}/sec-${target.section}`;
}

/** Read `art-XIIIA` / `art-XIIIA/sec-1`; undefined for other ids (subdivisions, `preamble`, …). */
export function parseTargetId(id: string): TargetRef | undefined {
  const parts = parseNodeId(id);
  if (parts === undefined || parts.subdivisions.length > 0 || parts.leaf !== undefined) return undefined;
  if (parts.articleKey.includes('~') || parts.section?.includes('~') === true) return undefined;
  const article = parseArticleNumber(parts.articleKey);
  if (article === undefined) return undefined;
  return parts.section === undefined ? { article } : { article, section: parts.section };
}

/** Read `Article III`, `Article XIII A, Section 1.5`, `Art. 3, Sec. 1`; undefined for anything finer or other. */
export function parseCitationText(text: string): TargetRef | undefined {
  const id = parseCitation(text);
  return id === undefined ? undefined : parseTargetId(id);
}

/** Heading form: `Article XIII A, Section 1` / `Article XXXVI`. */
export function headingCitation(target: TargetRef): string {
  return formatCitation(targetId(target), 'long');
}

/** Clause form: `Section 1 of Article XIII A` / `Article XXXVI`. */
export function clauseCitation(target: TargetRef): string {
  return formatCitation(targetId(target), 'of');
}

/** Constitution order: by article (number, then suffix), the article before its sections, then by section. */
export function compareTargets(a: TargetRef, b: TargetRef): number {
  const byArticle = compareArticleNumbers(a.article, b.article);
  if (byArticle !== 0) return byArticle;
  if (a.section === undefined || b.section === undefined) {
    return (a.section === undefined ? 0 : 1) - (b.section === undefined ? 0 : 1);
  }
  return compareSectionNumbers(a.section, b.section);
}
