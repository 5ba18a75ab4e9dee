/**
 * The heading grammar of amendment blocks (`## Amend Article III, Section 1`, `## Renumber Article X,
 * Section 4 to Article X, Section 3`, …) and the role of uncodified sections (`## Severability`).
 * Parsing and formatting live together so they cannot drift apart.
 */
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
  | { readonly kind: 'invalid'; readonly problem: string; readonly hint: string };

const VERBS: Readonly<Record<string, AmendmentOpKind>> = {
  amend: 'amend',
  add: 'add',
  repeal: 'repeal',
  renumber: 'renumber',
  move: 'move',
  retitle: 'retitle',
};

const VERB_OF_OP: Readonly<Record<AmendmentOpKind, string>> = {
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

/** Classify the text of a `## ` heading. */
export function parsePartHeading(text: string): HeadingParse {
  const trimmed = text.trim();
  const verbMatch = /^(\w+)\s+(art(?:icle|\.)?\b.*)$/i.exec(trimmed);
  const op = verbMatch === null ? undefined : VERBS[verbMatch[1]!.toLowerCase()];
  if (verbMatch === null || op === undefined) return { kind: 'uncodified', role: uncodifiedRole(trimmed) };
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

function relocation(op: 'renumber' | 'move', rest: string): HeadingParse {
  const split = /^(.*?)\s+to\s+(.*)$/i.exec(rest);
  if (split === null) {
    return { kind: 'invalid', problem: `"${VERB_OF_OP[op]}" needs "… to Article N, Section M"`, hint: GRAMMAR_HINT };
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
      problem: `"${VERB_OF_OP[op]}" moves a section: name both sections ("${rest}" does not)`,
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
    return { kind: 'invalid', problem: `${VERB_OF_OP[op]} to the same section`, hint: GRAMMAR_HINT };
  }
  return { kind: 'amendment', heading: { op, target, to } };
}

/** The canonical heading text for an amendment block (without `## `). */
export function formatPartHeading(heading: AmendmentHeading): string {
  const verb = VERB_OF_OP[heading.op];
  const target = headingCitation(heading.target);
  return heading.to === undefined ? `${verb} ${target}` : `${verb} ${target} to ${headingCitation(heading.to)}`;
}
