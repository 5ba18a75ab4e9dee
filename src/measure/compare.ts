/**
 * `compareMeasures`: what changed from revision A to revision B of a measure — front matter, the
 * uncodified sections (word-level redlines), the amendment blocks (added, dropped, changed, with a
 * word-level redline of what each provision reads under A and under B) and, with an edition, the
 * ChangeSet between the two constitutions the revisions produce.
 */
import { parseConstitution } from '../constitution/parse';
import type { LegalDoc, ParseMessage } from '../constitution/types';
import { redlineStats } from '../diff/redline';
import { semanticDiff } from '../diff/semantic-diff';
import { sha256OfText } from '../shared/sha256';
import { editedConstitution } from './apply';
import { amendmentsInOrder, clauseInputOf, type ResolvedAmendment } from './build-document';
import { amendingClause } from './clauses';
import { frontMatterChanges } from './compare-meta';
import type {
  AmendmentComparison,
  AmendmentSide,
  ComparisonStatus,
  RevisionComparison,
  RevisionRef,
  UncodifiedComparison,
} from './compare-types';
import { matchParts } from './part-match';
import { wholeArticleRestatement } from './restate';
import { headingCitation } from './target';
import type { AmendmentPart, MeasureFile, UncodifiedPart } from './types';
import { wordRedline } from './word-redline';

function revisionRef(measure: MeasureFile): RevisionRef {
  const { revision } = measure.meta;
  return {
    title: measure.meta.title,
    label: revision.label,
    sha256: sha256OfText(measure.source),
    ...(revision.author === undefined ? {} : { author: revision.author }),
    ...(revision.date === undefined ? {} : { date: revision.date }),
    ...(measure.path === undefined ? {} : { path: measure.path }),
  };
}

/**
 * A block's text as words: an article's Markdown (`## Article 36 (…)`, `### Section 1`) reads as its
 * printed restatement (`ARTICLE XXXVI. …`, `SEC. 1. …`), never as raw headings; a section or a title as is.
 */
function asWords(text: string, amendment: ResolvedAmendment): string {
  if (text === '' || amendment.target.section !== undefined || amendment.part.op === 'retitle') return text;
  return wholeArticleRestatement(text, amendment.target, 'inserted')
    .blocks.map((block) => block.runs.map((run) => run.text).join(''))
    .join('\n\n');
}

/** What the provision reads under a block: a repeal as nothing, others their proposed text (or, unchanged, the official text). */
function reading(amendment: ResolvedAmendment): string {
  const { part } = amendment;
  if (part.op === 'repeal') return '';
  return asWords(part.proposed ?? part.base ?? '', amendment);
}

/**
 * What the provision reads in a revision with no block for it: the official text the other revision's
 * block quotes (nothing for a provision that block adds). Comparing against it makes a block only one
 * revision has count the change it makes to the constitution (a one-word amendment −1 +1, a repeal the
 * section's words deleted, a renumber none), not its whole text as inserted.
 */
function leftInPlace(amendment: ResolvedAmendment): string {
  return asWords(amendment.part.base ?? '', amendment);
}

function side(amendment: ResolvedAmendment): AmendmentSide {
  const { part } = amendment;
  return {
    op: part.op,
    heading: part.heading,
    ...(part.to === undefined ? {} : { to: part.to }),
    clause: amendingClause(clauseInputOf(amendment)),
  };
}

function status(before: unknown, after: unknown, same: boolean): ComparisonStatus {
  if (before === undefined) return 'added';
  if (after === undefined) return 'dropped';
  return same ? 'unchanged' : 'changed';
}

/** Pair items of A and B: A's order, then B's unmatched items in B's order. */
function pairs<T extends AmendmentPart | UncodifiedPart>(
  a: readonly T[],
  b: readonly T[],
): [T | undefined, T | undefined][] {
  const matches = matchParts(a, b);
  const used = new Set(matches.filter((index) => index !== undefined));
  return [
    ...a.map((part, index): [T | undefined, T | undefined] => [
      part,
      matches[index] === undefined ? undefined : b[matches[index]],
    ]),
    ...b.filter((_, index) => !used.has(index)).map((part): [T | undefined, T | undefined] => [undefined, part]),
  ];
}

function compareUncodified(a: MeasureFile, b: MeasureFile): UncodifiedComparison[] {
  const only = (measure: MeasureFile): UncodifiedPart[] =>
    measure.parts.filter((part): part is UncodifiedPart => part.type === 'uncodified');
  return pairs(only(a), only(b)).map(([before, after]) => {
    const redline = wordRedline(before?.body ?? '', after?.body ?? '');
    const renamed = before !== undefined && after !== undefined && before.heading !== after.heading;
    return {
      status: status(before, after, !renamed && before?.body === after?.body),
      heading: (after ?? before)!.heading,
      ...(renamed ? { headingBefore: before.heading } : {}),
      role: (after ?? before)!.role,
      redline,
      stats: redlineStats(redline),
    };
  });
}

function compareAmendments(a: MeasureFile, b: MeasureFile): AmendmentComparison[] {
  const resolvedA = new Map(amendmentsInOrder(a).map((amendment) => [amendment.part, amendment]));
  const resolvedB = new Map(amendmentsInOrder(b).map((amendment) => [amendment.part, amendment]));
  const only = (measure: MeasureFile): AmendmentPart[] =>
    measure.parts.filter((part): part is AmendmentPart => part.type === 'amendment');
  return pairs(only(a), only(b)).flatMap(([before, after]): AmendmentComparison[] => {
    const beforeResolved = before === undefined ? undefined : resolvedA.get(before);
    const afterResolved = after === undefined ? undefined : resolvedB.get(after);
    const any = afterResolved ?? beforeResolved;
    if (any === undefined) return [];
    const readBefore = beforeResolved === undefined ? leftInPlace(any) : reading(beforeResolved);
    const readAfter = afterResolved === undefined ? leftInPlace(any) : reading(afterResolved);
    const redline = wordRedline(readBefore, readAfter);
    const opChanged = before !== undefined && after !== undefined && (before.op !== after.op || before.to !== after.to);
    const baseChanged = before !== undefined && after !== undefined && before.base !== after.base;
    const same = !opChanged && !baseChanged && readBefore === readAfter;
    return [
      {
        status: status(before, after, same),
        target: any.part.target,
        citation: headingCitation(any.target),
        ...(beforeResolved === undefined ? {} : { before: side(beforeResolved) }),
        ...(afterResolved === undefined ? {} : { after: side(afterResolved) }),
        opChanged,
        baseChanged,
        redline,
        stats: redlineStats(redline),
      },
    ];
  });
}

function applyError(label: string, message: string): ParseMessage {
  return {
    severity: 'error',
    ruleId: 'does-not-apply',
    message: `${label} does not apply to the edition: ${message}`,
    line: 1,
    column: 1,
    hint: 'Lint or rebase that revision against the edition first.',
  };
}

/** Short form of an edition hash in messages (the full hashes are in the files' front matter). */
const SHORT_HASH_LENGTH = 12;

function editionOf(measure: MeasureFile): string {
  const { edition, sha256 } = measure.meta.base;
  return `edition "${edition}" (SHA-256 ${sha256.slice(0, SHORT_HASH_LENGTH)})`;
}

/**
 * A warning when the revisions quote different editions: every block's official text may then differ
 * for reasons neither drafter chose, so the comparison would pass edition changes off as revisions.
 */
function differentEditionsWarning(a: MeasureFile, b: MeasureFile, refA: RevisionRef, refB: RevisionRef): ParseMessage {
  return {
    severity: 'warning',
    ruleId: 'different-base',
    message:
      `Revision A (${refA.label}) was drafted against ${editionOf(a)} and revision B (${refB.label}) against ` +
      `${editionOf(b)}: differences in the amendment blocks may come from the edition, not from the drafters.`,
    ...(b.path === undefined ? {} : { file: b.path }),
    line: 1,
    column: 1,
    hint: `Rebase one revision onto the other's edition first (amend rebase ${b.path ?? 'B.measure.md'} --base EDITION.md), then compare again.`,
  };
}

/** Compare revision `a` with revision `b`; with `base`, also the constitutions they produce. */
export function compareMeasures(a: MeasureFile, b: MeasureFile, base?: LegalDoc): RevisionComparison {
  const refA = revisionRef(a);
  const refB = revisionRef(b);
  const sameEdition = a.meta.base.sha256 === b.meta.base.sha256;
  const messages: ParseMessage[] = sameEdition ? [] : [differentEditionsWarning(a, b, refA, refB)];
  let constitution: RevisionComparison['constitution'];
  if (base !== undefined) {
    const editedA = editedConstitution(a, base);
    const editedB = editedConstitution(b, base);
    if (!editedA.ok) messages.push(applyError(`Revision A (${refA.label})`, editedA.error.message));
    if (!editedB.ok) messages.push(applyError(`Revision B (${refB.label})`, editedB.error.message));
    if (editedA.ok && editedB.ok)
      constitution = semanticDiff(parseConstitution(editedA.value), parseConstitution(editedB.value));
  }
  return {
    a: refA,
    b: refB,
    bIsChildOfA: b.meta.revision.parent === refA.sha256,
    sameEdition,
    metadata: frontMatterChanges(a.frontMatterRaw, b.frontMatterRaw),
    uncodified: compareUncodified(a, b),
    amendments: compareAmendments(a, b),
    ...(constitution === undefined ? {} : { constitution }),
    messages,
  };
}
