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

/** What the provision reads under a block (a repeal reads as nothing). */
function reading(part: AmendmentPart | undefined): string {
  if (part === undefined || part.op === 'repeal') return '';
  return part.proposed ?? part.base ?? '';
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
    const redline = wordRedline(reading(before), reading(after));
    const opChanged = before !== undefined && after !== undefined && (before.op !== after.op || before.to !== after.to);
    const baseChanged = before !== undefined && after !== undefined && before.base !== after.base;
    const same = !opChanged && !baseChanged && reading(before) === reading(after);
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

/** Compare revision `a` with revision `b`; with `base`, also the constitutions they produce. */
export function compareMeasures(a: MeasureFile, b: MeasureFile, base?: LegalDoc): RevisionComparison {
  const refA = revisionRef(a);
  const refB = revisionRef(b);
  const messages: ParseMessage[] = [];
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
    metadata: frontMatterChanges(a.frontMatterRaw, b.frontMatterRaw),
    uncodified: compareUncodified(a, b),
    amendments: compareAmendments(a, b),
    ...(constitution === undefined ? {} : { constitution }),
    messages,
  };
}
