/**
 * The amending clauses: every sentence that introduces a change to the constitution is made here and
 * nowhere else (drafting-conventions.md, "Amending clauses"). Forms, for Section 1 of Article III:
 * - amend:  "Section 1 of Article III of the California Constitution is amended to read:"
 * - add:    "Section 1.5 is added to Article III of the California Constitution, to read:"
 * - repeal: "Section 1 of Article III of the California Constitution is repealed."
 * - renumber: "… is renumbered Section 3 of Article X." / "… is amended and renumbered to read:"
 */
import { clauseCitation, type TargetRef } from './target';
import type { AmendmentOpKind } from './types';

const CONSTITUTION = 'the California Constitution';

/** What a clause needs to know about one operation. */
export interface ClauseInput {
  readonly op: AmendmentOpKind;
  readonly target: TargetRef;
  /** Destination of a renumber or move. */
  readonly to?: TargetRef;
  /** For renumber/move: the section's text changes too. */
  readonly textChanged?: boolean;
}

/** The amending clause for one operation. */
export function amendingClause(input: ClauseInput): string {
  const { target } = input;
  const cited = clauseCitation(target);
  switch (input.op) {
    case 'amend':
      return `${cited} of ${CONSTITUTION} is amended to read:`;
    case 'add':
      return target.section === undefined
        ? `Article ${target.article.roman} is added to ${CONSTITUTION}, to read:`
        : `Section ${target.section} is added to Article ${target.article.roman} of ${CONSTITUTION}, to read:`;
    case 'repeal':
      return `${cited} of ${CONSTITUTION} is repealed.`;
    case 'renumber':
    case 'move':
      return relocationClause(input, cited);
    case 'retitle':
      return `The heading of Article ${target.article.roman} of ${CONSTITUTION} is amended to read:`;
  }
}

function relocationClause(input: ClauseInput, cited: string): string {
  const destination = input.to === undefined ? cited : clauseCitation(input.to);
  if (input.textChanged !== true) return `${cited} of ${CONSTITUTION} is renumbered ${destination}.`;
  // Within one article the restated label shows the new number; a move must name the new article.
  return input.op === 'renumber'
    ? `${cited} of ${CONSTITUTION} is amended and renumbered to read:`
    : `${cited} of ${CONSTITUTION} is amended and renumbered ${destination}, to read:`;
}

/** True when the clause is followed by the restated text (everything but a plain renumber or move). */
export function clauseRestates(input: ClauseInput): boolean {
  return !((input.op === 'renumber' || input.op === 'move') && input.textChanged !== true);
}
