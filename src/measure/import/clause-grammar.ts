/**
 * Amending clauses as filed (ca-filing-rules.md §4.2) → the canonical amendment heading
 * (`Amend Article III, Section 1`). Real texts vary: "is hereby amended to read as follows:",
 * "Article I, Section 7.5 is added to the California Constitution to read:", "Sec 7.5", "art. I",
 * Roman or Arabic article numbers, an optional leading measure label (`SEC. 2.`), the legislative
 * "That … thereof is amended to read:". The generator (clauses.ts) emits one style; this reads them all.
 */
import { OPERATION_VERBS } from '../part-heading';
import { headingCitation, parseCitationText, type TargetRef } from '../target';
import type { AmendmentOpKind } from '../types';
import { readMeasureLabel } from './labels';

/** A clause that was read. */
export interface AmendingClause {
  readonly op: AmendmentOpKind;
  readonly target: TargetRef;
  /** Destination of a renumber or move, when the clause names it. */
  readonly to?: TargetRef;
  /** `… is amended and renumbered to read:`: the destination is the restated provision's label. */
  readonly destinationFromLabel: boolean;
  /** The provision is printed after the clause (everything but a plain renumber). */
  readonly restates: boolean;
  /** Characters of the input the clause takes, leading measure label included (the restated text may follow). */
  readonly length: number;
}

export type ClauseRead =
  | { readonly kind: 'clause'; readonly clause: AmendingClause }
  | { readonly kind: 'unreadable'; readonly problem: string; readonly hint: string }
  | { readonly kind: 'not-a-clause' };

const CONSTITUTION = String.raw`(?:the\s+)?(?:California\s+(?:State\s+)?Constitution|Constitution\s+of\s+(?:the\s+State\s+of\s+)?California|Constitution)`;
const OF_CONSTITUTION = String.raw`(?:\s+of\s+${CONSTITUTION}|\s+thereof)?`;
const IS = String.raw`\s*,?\s+is\s+(?:hereby\s+)?`;
const TO_READ = String.raw`\s*,?\s*(?:to\s+read|which\s+reads|as\s+follows)(?:\s+as\s+follows)?\s*(?::|\.(?=\s|$)|$)`;
const SENTENCE_END = String.raw`\s*(?:[.:](?=\s|$)|$)`;
const SECTION_WORD = String.raw`(?:section|sec\.?|§)`;
const ARTICLE_WORD = String.raw`(?:article|art\.?)`;
const SECTION_NUMBER = String.raw`\d+(?:\.\d+)*[a-z]?`;
const ARTICLE_NUMBER = String.raw`(?:\d+(?:\s?[A-Z](?![A-Za-z]))?|[IVXLCDM]+(?:\s[A-Z](?![A-Za-z]))?)`;
/** The provision before the clause's verb: anything up to the first " is " (read by parseCitation). */
const CITATION = String.raw`((?:(?!\s(?:is|are)\s)[^:;])+?)`;
/** A destination: `Section 3`, `Section 3 of Article X`, `Article X, Section 3`. */
const DESTINATION = String.raw`(${SECTION_WORD}\s*${SECTION_NUMBER}(?:\s+of\s+${ARTICLE_WORD}\s+${ARTICLE_NUMBER})?|${ARTICLE_WORD}\s+${ARTICLE_NUMBER}\s*,\s*${SECTION_WORD}\s*${SECTION_NUMBER})`;
/** The legislative frame: "First—That …", "That …". */
const LEGISLATIVE_OPENING =
  /^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s*[—–-]+\s*)?that\s+/i;

const pattern = (body: string): RegExp => new RegExp(`^${body}`, 'i');

/** Tried in order; the first that matches decides. */
const FORMS: readonly {
  readonly op: AmendmentOpKind | 'relocate';
  readonly regex: RegExp;
  readonly shape: 'target' | 'section-of-article' | 'relocation' | 'relocation-by-label';
}[] = [
  {
    op: 'retitle',
    regex: pattern(String.raw`the\s+heading\s+of\s+${CITATION}${OF_CONSTITUTION}${IS}amended${TO_READ}`),
    shape: 'target',
  },
  {
    op: 'add',
    regex: pattern(
      String.raw`(${SECTION_WORD}\s*${SECTION_NUMBER})${IS}added\s+to\s+(${ARTICLE_WORD}\s+${ARTICLE_NUMBER})${OF_CONSTITUTION}${TO_READ}`,
    ),
    shape: 'section-of-article',
  },
  { op: 'add', regex: pattern(String.raw`${CITATION}${IS}added\s+to\s+${CONSTITUTION}${TO_READ}`), shape: 'target' },
  {
    op: 'relocate',
    regex: pattern(
      String.raw`${CITATION}${OF_CONSTITUTION}${IS}amended\s+and\s+renumbered\s+(?:as\s+)?${DESTINATION}${OF_CONSTITUTION}${TO_READ}`,
    ),
    shape: 'relocation',
  },
  {
    op: 'relocate',
    regex: pattern(String.raw`${CITATION}${OF_CONSTITUTION}${IS}amended\s+and\s+renumbered${TO_READ}`),
    shape: 'relocation-by-label',
  },
  {
    op: 'relocate',
    regex: pattern(
      String.raw`${CITATION}${OF_CONSTITUTION}${IS}renumbered\s+(?:as\s+)?${DESTINATION}${OF_CONSTITUTION}${SENTENCE_END}`,
    ),
    shape: 'relocation',
  },
  { op: 'amend', regex: pattern(String.raw`${CITATION}${OF_CONSTITUTION}${IS}amended${TO_READ}`), shape: 'target' },
  {
    op: 'repeal',
    regex: pattern(String.raw`${CITATION}${OF_CONSTITUTION}${IS}repealed(?:\s+in\s+its\s+entirety)?${SENTENCE_END}`),
    shape: 'target',
  },
];

/** "… is amended …", "… are hereby repealed …": the verb phrase of an amending clause. */
const CLAUSE_VERB = /\b(?:is|are)\s+(?:hereby\s+)?(?:amended|added|repealed|renumbered)\b/i;
/** A clause about the constitution names an article (or the constitution itself). */
const CONSTITUTION_WORDS = /\b(?:article|art\.|constitution)\b/i;
/** A statute's clause names a code ("Section 9001 of the Elections Code is amended to read:"). */
const CODE_WORDS = /\bcode\b/i;

export const CLAUSE_HINT =
  'Write it as filed, e.g. "Section 1 of Article III of the California Constitution is amended to read:", or use the heading form "Amend Article III, Section 1".';

/** True when `text` reads like an amending clause of the constitution (whether or not it parses). */
export function looksLikeConstitutionClause(text: string): boolean {
  return CLAUSE_VERB.test(text) && CONSTITUTION_WORDS.test(text) && !CODE_WORDS.test(text);
}

/** True when `text` is a statute's amending clause ("… of the Elections Code is amended to read:"). */
export function looksLikeStatuteClause(text: string): boolean {
  return CLAUSE_VERB.test(text) && CODE_WORDS.test(text);
}

function unreadable(problem: string): ClauseRead {
  return { kind: 'unreadable', problem, hint: CLAUSE_HINT };
}

function cite(text: string): TargetRef | undefined {
  return parseCitationText(text.replace(/\s+/g, ' ').trim());
}

/** A destination written `Section 3` (same article) or `Section 3 of Article X` / `Article X, Section 3`. */
function destination(text: string, from: TargetRef): TargetRef | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (/^(?:section|sec\.?|§)\s*\d[\d.]*[a-z]?$/i.test(trimmed)) {
    return cite(`Article ${from.article.roman}, ${trimmed}`);
  }
  return cite(trimmed);
}

/**
 * Read an amending clause at the start of `text` (after an optional measure label such as
 * `SEC. 2.`). `not-a-clause` when the text does not read like one; `unreadable` when it does but its
 * provision or shape cannot be read.
 */
export function readAmendingClause(text: string): ClauseRead {
  const label = readMeasureLabel(text);
  const afterLabel = label === undefined ? 0 : label.length;
  const leading = /^\s*/.exec(text.slice(afterLabel))![0].length;
  let start = afterLabel + leading;
  const legislative = LEGISLATIVE_OPENING.exec(text.slice(start));
  if (legislative !== null) start += legislative[0].length;
  const body = text.slice(start);
  // A statute's clause ("Section 9001 of the Elections Code is amended to read:") is not ours to read.
  const sentence = /^[^:]*/.exec(body)![0];
  if (CODE_WORDS.test(sentence) && !CONSTITUTION_WORDS.test(sentence)) return { kind: 'not-a-clause' };
  for (const form of FORMS) {
    const match = form.regex.exec(body);
    if (match === null) continue;
    const length = start + match[0].length;
    const first = form.shape === 'section-of-article' ? `${match[2]!}, ${match[1]!}` : match[1]!;
    const target = cite(first);
    if (target === undefined) return unreadable(`cannot read the provision "${first.replace(/\s+/g, ' ').trim()}"`);
    if (form.op !== 'relocate') {
      return {
        kind: 'clause',
        clause: { op: form.op, target, destinationFromLabel: false, restates: true, length },
      };
    }
    const textChanges = /\bamended\s+and\s+renumbered\b/i.test(match[0]);
    if (form.shape === 'relocation-by-label') {
      return {
        kind: 'clause',
        clause: { op: 'renumber', target, destinationFromLabel: true, restates: true, length },
      };
    }
    const to = destination(match[2]!, target);
    if (to === undefined) return unreadable(`cannot read the new number "${match[2]!.replace(/\s+/g, ' ').trim()}"`);
    const op = to.article.key === target.article.key ? 'renumber' : 'move';
    return { kind: 'clause', clause: { op, target, to, destinationFromLabel: false, restates: textChanges, length } };
  }
  if (!looksLikeConstitutionClause(body)) return { kind: 'not-a-clause' };
  return unreadable(`cannot read the amending clause "${oneLine(body)}"`);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

/**
 * The canonical heading a clause stands for (`Amend Article III, Section 1`,
 * `Renumber Article X, Section 4 to Article X, Section 3`). `to` supplies a destination read from
 * the restated label; a relocation without one yields undefined.
 */
export function canonicalHeading(clause: AmendingClause, to: TargetRef | undefined = clause.to): string | undefined {
  const verb = OPERATION_VERBS[clause.op];
  if (clause.op !== 'renumber' && clause.op !== 'move') return `${verb} ${headingCitation(clause.target)}`;
  if (to === undefined) return undefined;
  const relocation = to.article.key === clause.target.article.key ? 'Renumber' : 'Move';
  return `${relocation} ${headingCitation(clause.target)} to ${headingCitation(to)}`;
}
