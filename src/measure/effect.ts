/**
 * One clause that says what a measure does to the constitution, for the Attorney General request
 * letter ("…which amends Section 1 of Article III of the California Constitution…").
 */
import { amendmentsInOrder, clauseInputOf, type ResolvedAmendment } from './build-document';
import { joinWithAnd } from './notation';
import { clauseCitation, type TargetRef } from './target';
import type { MeasureFile } from './types';

type EffectVerb = 'amends' | 'amends and renumbers' | 'renumbers' | 'repeals' | 'adds' | 'retitles';
const VERB_ORDER: readonly EffectVerb[] = [
  'amends',
  'amends and renumbers',
  'renumbers',
  'repeals',
  'adds',
  'retitles',
];

function verbOf(amendment: ResolvedAmendment): EffectVerb {
  const input = clauseInputOf(amendment);
  switch (input.op) {
    case 'amend':
      return 'amends';
    case 'add':
      return 'adds';
    case 'repeal':
      return 'repeals';
    case 'renumber':
    case 'move':
      return input.textChanged === true ? 'amends and renumbers' : 'renumbers';
    case 'retitle':
      return 'retitles';
  }
}

/** "Sections 1 and 2 of Article III", "Section 1.5 to Article III", "Article XXXV", in constitution order. */
function citeGroup(targets: readonly TargetRef[], preposition: 'of' | 'to'): string[] {
  const entries: { article: TargetRef['article']; sections?: string[] }[] = [];
  for (const target of targets) {
    const open = entries.at(-1);
    if (target.section === undefined) entries.push({ article: target.article });
    else if (open?.sections !== undefined && open.article.key === target.article.key)
      open.sections.push(target.section);
    else entries.push({ article: target.article, sections: [target.section] });
  }
  return entries.map(({ article, sections }) =>
    sections === undefined
      ? `Article ${article.roman}`
      : `${sections.length === 1 ? 'Section' : 'Sections'} ${joinWithAnd(sections)} ${preposition} Article ${article.roman}`,
  );
}

/**
 * "amends Section 1 of Article III of the California Constitution"; several operations are listed
 * in a fixed verb order and the constitution is named once, at the end.
 */
export function summarizeMeasureEffect(measure: MeasureFile): string {
  const amendments = amendmentsInOrder(measure);
  if (amendments.length === 0) return 'does not amend the California Constitution';
  const phrases: string[] = [];
  let endsWithArticleAdd = false;
  for (const verb of VERB_ORDER) {
    const matching = amendments.filter((amendment) => verbOf(amendment) === verb);
    if (matching.length === 0) continue;
    if (verb === 'renumbers' || verb === 'amends and renumbers') {
      const moves = matching.map(
        (amendment) => `${clauseCitation(amendment.target)} as ${clauseCitation(amendment.to ?? amendment.target)}`,
      );
      phrases.push(`${verb} ${joinWithAnd(moves)}`);
      endsWithArticleAdd = false;
      continue;
    }
    const cited = citeGroup(
      matching.map((amendment) => amendment.target),
      verb === 'adds' ? 'to' : 'of',
    );
    phrases.push(`${verb} ${joinWithAnd(cited)}`);
    endsWithArticleAdd = verb === 'adds' && cited.at(-1)!.startsWith('Article ');
  }
  return `${joinWithAnd(phrases)} ${endsWithArticleAdd ? 'to' : 'of'} the California Constitution`;
}
