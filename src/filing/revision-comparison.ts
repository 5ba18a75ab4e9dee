/**
 * Two revisions of a measure compared part by part (the revision layer): uncodified sections matched
 * by heading, then by role; amendment blocks matched by the provision they change. The result is the
 * shared RevisionComparison shape (src/measure/compare-types.ts), so the report renders whatever
 * produced it.
 *
 * The measures helper's `compareMeasures` was not available when this was written; this builds the
 * same shape from the public pieces (parts, generated clauses, the word redline). When it lands, this
 * module should delegate to it.
 */
import { redlineStats } from '../diff/redline';
import type { RedlineSegment } from '../diff/types';
import type {
  AmendmentComparison,
  AmendmentSide,
  ComparisonStatus,
  MetadataChange,
  RevisionComparison,
  RevisionRef,
  UncodifiedComparison,
} from '../measure/compare-types';
import type { AmendmentPart, UncodifiedPart } from '../measure/types';
import { wordRedline } from '../measure/word-redline';
import type { ComparisonView } from '../render/comparison-types';
import { comparisonView } from './comparison-view';
import type { ReadMeasure } from './measure-input';

function ref(measure: ReadMeasure): RevisionRef {
  const { meta } = measure.file;
  return {
    title: meta.title,
    label: meta.revision.label,
    sha256: measure.sha256,
    ...(meta.revision.author === undefined ? {} : { author: meta.revision.author }),
    ...(meta.revision.date === undefined ? {} : { date: meta.revision.date }),
  };
}

function status(
  before: string | undefined,
  after: string | undefined,
  redline: readonly RedlineSegment[],
): ComparisonStatus {
  if (before === undefined) return 'added';
  if (after === undefined) return 'dropped';
  return redline.every((segment) => segment.type === 'equal') ? 'unchanged' : 'changed';
}

function uncodifiedParts(measure: ReadMeasure): UncodifiedPart[] {
  return measure.file.parts.filter((part): part is UncodifiedPart => part.type === 'uncodified');
}

function amendmentParts(measure: ReadMeasure): AmendmentPart[] {
  return measure.file.parts.filter((part): part is AmendmentPart => part.type === 'amendment');
}

function compareUncodified(a: ReadMeasure, b: ReadMeasure): UncodifiedComparison[] {
  const remaining = uncodifiedParts(b);
  const take = (predicate: (part: UncodifiedPart) => boolean): UncodifiedPart | undefined => {
    const index = remaining.findIndex(predicate);
    return index < 0 ? undefined : remaining.splice(index, 1)[0];
  };
  const results: UncodifiedComparison[] = [];
  const key = (heading: string): string => heading.trim().toLowerCase();
  for (const before of uncodifiedParts(a)) {
    const after =
      take((part) => key(part.heading) === key(before.heading)) ??
      (before.role === 'other' ? undefined : take((part) => part.role === before.role));
    const redline = wordRedline(before.body, after?.body ?? '');
    results.push({
      status: status(before.body, after?.body, redline),
      heading: after?.heading ?? before.heading,
      ...(after !== undefined && key(after.heading) !== key(before.heading) ? { headingBefore: before.heading } : {}),
      role: before.role,
      redline,
      stats: redlineStats(redline),
    });
  }
  for (const after of remaining) {
    const redline = wordRedline('', after.body);
    results.push({ status: 'added', heading: after.heading, role: after.role, redline, stats: redlineStats(redline) });
  }
  return results;
}

/** What the provision reads under a revision: nothing when repealed, else the proposed (or kept) text. */
function readsAs(part: AmendmentPart | undefined): string {
  if (part === undefined || part.op === 'repeal') return '';
  return part.proposed ?? part.base ?? '';
}

function side(measure: ReadMeasure, part: AmendmentPart): AmendmentSide {
  const section = measure.document.sections.find((candidate) => candidate.target === part.target);
  return {
    op: part.op,
    heading: part.heading,
    ...(part.to === undefined ? {} : { to: part.to }),
    clause: section?.clause ?? part.heading,
  };
}

function compareAmendments(a: ReadMeasure, b: ReadMeasure): AmendmentComparison[] {
  const afterParts = new Map(amendmentParts(b).map((part) => [part.target, part]));
  const results: AmendmentComparison[] = [];
  const compare = (before: AmendmentPart | undefined, after: AmendmentPart | undefined): AmendmentComparison => {
    const target = (before ?? after)!.target;
    const redline = wordRedline(readsAs(before), readsAs(after));
    const opChanged = before !== undefined && after !== undefined && (before.op !== after.op || before.to !== after.to);
    const changed = opChanged || redline.some((segment) => segment.type !== 'equal');
    return {
      status: before === undefined ? 'added' : after === undefined ? 'dropped' : changed ? 'changed' : 'unchanged',
      target,
      citation: (after ?? before)!.heading.replace(/^\w+\s+/, ''),
      ...(before === undefined ? {} : { before: side(a, before) }),
      ...(after === undefined ? {} : { after: side(b, after) }),
      opChanged,
      baseChanged: before !== undefined && after !== undefined && before.base !== after.base,
      redline,
      stats: redlineStats(redline),
    };
  };
  for (const before of amendmentParts(a)) {
    results.push(compare(before, afterParts.get(before.target)));
    afterParts.delete(before.target);
  }
  for (const after of afterParts.values()) results.push(compare(undefined, after));
  return results;
}

function metadataChanges(a: ReadMeasure, b: ReadMeasure): MetadataChange[] {
  const values = (measure: ReadMeasure): Record<string, string> => {
    const { meta } = measure.file;
    return {
      title: meta.title,
      kind: meta.kind,
      proponents: meta.proponents.map((proponent) => proponent.name).join(', '),
      'base.edition': meta.base.edition,
    };
  };
  const before = values(a);
  const after = values(b);
  return Object.keys(before)
    .filter((path) => before[path] !== after[path])
    .map((path) => ({ path, before: before[path]!, after: after[path]! }));
}

/** The comparison of `earlier` → `later`. */
export function compareMeasureRevisions(earlier: ReadMeasure, later: ReadMeasure): RevisionComparison {
  return {
    a: ref(earlier),
    b: ref(later),
    bIsChildOfA: later.file.meta.revision.parent === earlier.sha256,
    metadata: metadataChanges(earlier, later),
    uncodified: compareUncodified(earlier, later),
    amendments: compareAmendments(earlier, later),
    messages: [],
  };
}

/** The report view of `earlier` → `later`. */
export function compareRevisions(earlier: ReadMeasure, later: ReadMeasure): ComparisonView {
  return comparisonView(compareMeasureRevisions(earlier, later));
}
