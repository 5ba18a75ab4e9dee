/**
 * The heading grammar of amendment blocks (`## Amend Article III, Section 1`, `## Renumber Article X,
 * Section 4 to Article X, Section 3`, …) and the role of uncodified sections (`## Severability`).
 * Parsing and formatting live together so they cannot drift apart. Amending clauses pasted from
 * filings (`## Section 1 of Article III of the California Constitution is hereby amended to read as
 * follows:`) are read too (import/clause-grammar.ts) and give the same result as the canonical heading.
 */
import { canonicalHeading, readAmendingClause } from './import/clause-grammar';
import { readRestatedLabel } from './import/labels';
import type { AmendmentOpKind, UncodifiedRole } from './types';
import { headingCitation, parseCitationText, targetId, type TargetRef } from './target';

export interface AmendmentHeading {
  readonly op: AmendmentOpKind;
  readonly target: TargetRef;
  /** Destination of a renumber/move. */
  readonly to?: TargetRef;
}

export type HeadingParse =
  | { readonly kind: 'amendment'; readonly heading: AmendmentHeading }
  | { readonly kind: 'uncodified'; readonly role: UncodifiedRole }
  | {
      readonly kind: 'invalid';
      readonly problem: string;
      readonly hint: string;
      /**
       * `warning` for a heading that reads like a pasted amending clause but cannot be read: the part
       * is kept as an uncodified section (nothing is lost) and the drafter is told why. Default `error`.
       */
      readonly severity?: 'error' | 'warning';
    };

/** What a heading may need from its part: the proposed text, whose label can name a new number. */
export interface HeadingContext {
  readonly proposed?: string;
}

const VERBS: Readonly<Record<string, AmendmentOpKind>> = {
  amend: 'amend',
  add: 'add',
  repeal: 'repeal',
  renumber: 'renumber',
  move: 'move',
  retitle: 'retitle',
};

/** The verb that opens an amendment part's heading, by operation (`Amend Article III, Section 1`). */
export const OPERATION_VERBS: Readonly<Record<AmendmentOpKind, string>> = {
  amend: 'Amend',
  add: 'Add',
  repeal: 'Repeal',
  renumber: 'Renumber',
  move: 'Move',
  retitle: 'Retitle',
};

/** Ordered: the first pattern that matches the heading decides the role. */
const ROLE_PATTERNS: readonly (readonly [RegExp, UncodifiedRole])[] = [
  [/^(short\s+)?title$|^name$|\bcitation\b/i, 'title'],
  [/finding|declaration/i, 'findings'],
  [/purpose|intent/i, 'purpose'],
  [/severab/i, 'severability'],
  [/conflicting|competing/i, 'conflicting-measures'],
  [/liberal|construction/i, 'liberal-construction'],
  [/effective|operative/i, 'effective-date'],
  [/^amendments?(\s+of\s+(this|the)\s+(act|measure))?$/i, 'amendment'],
];

/** Role of an uncodified section from its heading text. */
export function uncodifiedRole(heading: string): UncodifiedRole {
  for (const [pattern, role] of ROLE_PATTERNS) if (pattern.test(heading.trim())) return role;
  return 'other';
}

const GRAMMAR_HINT =
  'Write e.g. "Amend Article III, Section 1", "Add Article XXXVI", "Renumber Article X, Section 4 to Article X, Section 3".';

/** Classify the text of a `## ` heading (canonical form, or an amending clause as filed). */
export function parsePartHeading(text: string, context: HeadingContext = {}): HeadingParse {
  const trimmed = text.trim();
  const verbMatch = /^(\w+)\s+(art(?:icle|\.)?\b.*)$/i.exec(trimmed);
  const op = verbMatch === null ? undefined : VERBS[verbMatch[1]!.toLowerCase()];
  if (verbMatch !== null && op === undefined) {
    const unknown = unknownOperation(verbMatch[1]!, context);
    if (unknown !== undefined) return unknown;
  }
  if (verbMatch === null || op === undefined) return clauseHeading(trimmed, context);
  const rest = verbMatch[2]!;
  if (op === 'renumber' || op === 'move') return relocation(op, rest);
  const target = parseCitationText(rest);
  if (target === undefined) {
    return { kind: 'invalid', problem: `cannot read the provision "${rest}"`, hint: GRAMMAR_HINT };
  }
  if (op === 'amend' && target.section === undefined) {
    return {
      kind: 'invalid',
      problem: `"Amend" needs a section ("Amend Article ${target.article.roman}, Section 1"); an article's heading is changed with "Retitle"`,
      hint: GRAMMAR_HINT,
    };
  }
  if (op === 'retitle' && target.section !== undefined) {
    return { kind: 'invalid', problem: '"Retitle" applies to an article, not a section', hint: GRAMMAR_HINT };
  }
  return { kind: 'amendment', heading: { op, target } };
}

/**
 * `## Ammend Article III, Section 1`: a verb that is not an operation, before a provision. When the
 * part carries a proposed text, or the verb is a near miss of an operation verb, reading it as an
 * uncodified section would print the official and proposed texts unmarked in the measure: an error
 * that names the verb (and the likely one) instead. Otherwise `undefined` (e.g. "## Article III
 * Findings" is a heading of its own).
 */
function unknownOperation(verb: string, context: HeadingContext): HeadingParse | undefined {
  const nearest = Object.values(OPERATION_VERBS)
    .map((candidate) => ({ candidate, distance: editDistance(verb.toLowerCase(), candidate.toLowerCase()) }))
    .sort((left, right) => left.distance - right.distance)[0]!;
  const nearMiss = nearest.distance <= 2;
  if (!nearMiss && context.proposed === undefined) return undefined;
  return {
    kind: 'invalid',
    problem: `unknown operation "${verb}"${nearMiss ? ` (did you mean "${nearest.candidate}"?)` : ''}`,
    hint: `Amendment parts start with one of: ${Object.values(OPERATION_VERBS).join(', ')}. ${GRAMMAR_HINT}`,
  };
}

/** Levenshtein distance of two short words. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const substitution = previous[column - 1]! + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min(previous[column]! + 1, current[column - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}

const CLAUSE_AS_HEADING_HINT =
  'Write the clause as filed ("Section 1 of Article III of the California Constitution is amended to read:") or the canonical heading ("Amend Article III, Section 1").';

/** A heading written as an amending clause; anything else is an uncodified section's heading. */
function clauseHeading(trimmed: string, context: HeadingContext): HeadingParse {
  const read = readAmendingClause(trimmed);
  if (read.kind === 'not-a-clause') return { kind: 'uncodified', role: uncodifiedRole(trimmed) };
  const warn = (problem: string): HeadingParse => ({
    kind: 'invalid',
    severity: 'warning',
    problem: `${problem}; the part is kept as an uncodified section`,
    hint: CLAUSE_AS_HEADING_HINT,
  });
  if (read.kind === 'unreadable') return warn(read.problem);
  const { clause } = read;
  const rest = trimmed.slice(clause.length).trim();
  if (rest !== '') return warn(`the heading goes on after its amending clause ("${rest}")`);
  let to = clause.to;
  if (clause.destinationFromLabel) {
    const label = context.proposed === undefined ? undefined : readRestatedLabel(context.proposed);
    to =
      label === undefined
        ? undefined
        : parseCitationText(`Article ${clause.target.article.roman}, Section ${label.number}`);
    if (to === undefined) {
      return warn(
        '"… is amended and renumbered to read:" takes its new number from the label of the proposed text ("SEC. 3."), and it has none',
      );
    }
  }
  const canonical = canonicalHeading(clause, to);
  const parsed = canonical === undefined ? undefined : parsePartHeading(canonical);
  if (parsed?.kind !== 'amendment') return warn(parsed?.kind === 'invalid' ? parsed.problem : 'cannot read the clause');
  return parsed;
}

function relocation(op: 'renumber' | 'move', rest: string): HeadingParse {
  const split = /^(.*?)\s+to\s+(.*)$/i.exec(rest);
  if (split === null) {
    return {
      kind: 'invalid',
      problem: `"${OPERATION_VERBS[op]}" needs "… to Article N, Section M"`,
      hint: GRAMMAR_HINT,
    };
  }
  const target = parseCitationText(split[1]!);
  const toText = split[2]!.trim();
  const to =
    /^sec(?:tion|\.)?\s/i.test(toText) && target !== undefined
      ? parseCitationText(`Article ${target.article.roman}, ${toText}`)
      : parseCitationText(toText);
  if (target?.section === undefined || to?.section === undefined) {
    return {
      kind: 'invalid',
      problem: `"${OPERATION_VERBS[op]}" moves a section: name both sections ("${rest}" does not)`,
      hint: GRAMMAR_HINT,
    };
  }
  const sameArticle = target.article.key === to.article.key;
  if (op === 'renumber' && !sameArticle) {
    return {
      kind: 'invalid',
      problem: `"Renumber" stays in one article; use "Move ${headingCitation(target)} to ${headingCitation(to)}"`,
      hint: GRAMMAR_HINT,
    };
  }
  if (op === 'move' && sameArticle) {
    return {
      kind: 'invalid',
      problem: `"Move" goes to another article; use "Renumber ${headingCitation(target)} to ${headingCitation(to)}"`,
      hint: GRAMMAR_HINT,
    };
  }
  if (targetId(target) === targetId(to)) {
    return { kind: 'invalid', problem: `${OPERATION_VERBS[op]} to the same section`, hint: GRAMMAR_HINT };
  }
  return { kind: 'amendment', heading: { op, target, to } };
}

/** The canonical heading text for an amendment block (without `## `). */
export function formatPartHeading(heading: AmendmentHeading): string {
  const verb = OPERATION_VERBS[heading.op];
  const target = headingCitation(heading.target);
  return heading.to === undefined ? `${verb} ${target}` : `${verb} ${target} to ${headingCitation(heading.to)}`;
}
