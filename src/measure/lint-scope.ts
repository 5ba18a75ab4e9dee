/**
 * Informative counts, never legal advice: how many articles a measure touches (single-subject rule,
 * art. II §8(d)) and how much it changes (amendment vs revision, art. XVIII; Legislature v. Eu).
 */
import { redlineStats } from '../diff/redline';
import { amendmentsInOrder, type ResolvedAmendment } from './build-document';
import type { LintContext } from './lint-context';
import { wordRedline } from './word-redline';

/**
 * A measure touching this many articles gets the single-subject note: one article is the common
 * case (Calexit, Prop 8); two or more is where germaneness questions are usually raised.
 */
export const BREADTH_NOTE_ARTICLES = 2;

const NOT_ADVICE = 'Informative only, not legal advice.';

function wordsChanged(amendment: ResolvedAmendment): { deleted: number; inserted: number } {
  const { part } = amendment;
  const before = part.op === 'add' ? '' : (part.base ?? '');
  const after = part.op === 'repeal' ? '' : (part.proposed ?? part.base ?? '');
  const stats = redlineStats(wordRedline(before, after));
  return { deleted: stats.deletedWords, inserted: stats.insertedWords };
}

function sectionCount(amendment: ResolvedAmendment): number {
  if (amendment.target.section !== undefined) return 1;
  if (amendment.part.op === 'retitle') return 0;
  const text = (amendment.part.op === 'add' ? amendment.part.proposed : amendment.part.base) ?? '';
  return (text.match(/^#{1,6}\s+(?:section|sec\.?)\s+\d/gim) ?? []).length;
}

export function lintScope(context: LintContext): void {
  const amendments = amendmentsInOrder(context.measure);
  const first = amendments[0];
  if (first === undefined) return;
  const articles = [
    ...new Set(
      amendments.flatMap((a) => [a.target.article.roman, ...(a.to === undefined ? [] : [a.to.article.roman])]),
    ),
  ];
  const sections = amendments.reduce((sum, amendment) => sum + sectionCount(amendment), 0);
  const words = amendments
    .map(wordsChanged)
    .reduce((sum, count) => ({ deleted: sum.deleted + count.deleted, inserted: sum.inserted + count.inserted }), {
      deleted: 0,
      inserted: 0,
    });
  const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
  if (articles.length >= BREADTH_NOTE_ARTICLES) {
    context.atPart(
      first.part,
      'info',
      'single-subject-breadth',
      `this measure changes ${plural(articles.length, 'article')} (${articles.join(', ')})`,
      `${NOT_ADVICE} An initiative may embrace only one subject (Cal. Const. art. II, § 8(d)); its provisions must be reasonably germane to a common purpose.`,
    );
  }
  context.atPart(
    first.part,
    'info',
    'revision-scope',
    `scope: ${plural(articles.length, 'article')}, ${plural(sections, 'section')}, ${plural(words.deleted + words.inserted, 'word')} changed (${words.deleted} deleted, ${words.inserted} inserted)`,
    `${NOT_ADVICE} An initiative may amend but not revise the Constitution (art. XVIII); courts weigh the quantitative and qualitative scope of a change (Legislature v. Eu (1991) 54 Cal.3d 492).`,
  );
}
