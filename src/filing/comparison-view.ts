/**
 * RevisionComparison (src/measure, revision vs revision) → the report's ComparisonView. Only the
 * revision layer is shown: how each part of the measure reads in the earlier revision against the
 * later one. The constitution redline never appears here.
 */
import type { RedlineSegment } from '../diff/types';
import type { AmendmentComparison, ComparisonStatus, RevisionComparison, RevisionRef } from '../measure/compare-types';
import { blocksFromSegments } from '../measure/runs';
import type {
  ComparisonEntry,
  ComparisonMark,
  ComparisonRevision,
  ComparisonRun,
  ComparisonView,
} from '../render/comparison-types';

const STATUS: Readonly<Record<ComparisonStatus, ComparisonEntry['status']>> = {
  added: 'added',
  dropped: 'removed',
  changed: 'changed',
  unchanged: 'unchanged',
};

const MARK: Readonly<Record<'none' | 'delete' | 'insert', ComparisonMark>> = {
  none: 'none',
  delete: 'removed',
  insert: 'added',
};

function revision(ref: RevisionRef): ComparisonRevision {
  return {
    label: ref.label,
    sha256: ref.sha256,
    ...(ref.date === undefined ? {} : { date: ref.date }),
    ...(ref.author === undefined ? {} : { author: ref.author }),
  };
}

function paragraphs(redline: readonly RedlineSegment[]): ComparisonRun[][] {
  return blocksFromSegments(redline).map((block) =>
    block.runs.map((run) => ({ text: run.text, mark: MARK[run.mark] })),
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function amendmentEntry(amendment: AmendmentComparison): ComparisonEntry {
  const heading = amendment.after?.heading ?? amendment.before?.heading ?? amendment.citation;
  const clauseChange: ComparisonRun[][] =
    amendment.opChanged && amendment.before !== undefined && amendment.after !== undefined
      ? [
          [
            { text: 'Amending clause: ', mark: 'none' },
            { text: amendment.before.clause, mark: 'removed' },
            { text: ' ', mark: 'none' },
            { text: amendment.after.clause, mark: 'added' },
          ],
        ]
      : [];
  return { heading, status: STATUS[amendment.status], paragraphs: [...clauseChange, ...paragraphs(amendment.redline)] };
}

function entriesOf(comparison: RevisionComparison): ComparisonEntry[] {
  return [
    ...comparison.uncodified.map((part) => ({
      heading: part.headingBefore === undefined ? part.heading : `${part.heading} (was “${part.headingBefore}”)`,
      status: STATUS[part.status],
      paragraphs: paragraphs(part.redline),
    })),
    ...comparison.amendments.map(amendmentEntry),
  ];
}

/** One line per changed part of the measure text: what changed, how many words. */
function partSummary(comparison: RevisionComparison): string[] {
  return [...comparison.uncodified, ...comparison.amendments]
    .filter((part) => part.status !== 'unchanged')
    .map((part) => {
      const heading = 'citation' in part ? part.citation : part.heading;
      return `${heading}: ${STATUS[part.status]}, ${plural(part.stats.deletedWords, 'word')} removed, ${plural(part.stats.insertedWords, 'word')} added`;
    });
}

/** The report view of a comparison (for the proponents: every front matter change is listed). */
export function comparisonView(comparison: RevisionComparison): ComparisonView {
  const summary = [
    // The revisions' own labels, dates and parents are printed above the summary already.
    ...comparison.metadata
      .filter((change) => !change.path.startsWith('revision.'))
      .map((change) => `Front matter “${change.path}”: ${change.before ?? '(none)'} → ${change.after ?? '(none)'}`),
    ...partSummary(comparison),
  ];
  return {
    title: `Changes from ${comparison.a.label} to ${comparison.b.label}: ${comparison.b.title}`,
    from: revision(comparison.a),
    to: revision(comparison.b),
    summary,
    entries: entriesOf(comparison),
  };
}

/** How the sides are named in the redline filed with an amendment (revision labels are internal). */
export const FILED_LABEL = 'Measure as filed';
export const AMENDED_LABEL = 'Measure as amended';

/**
 * The redline filed with an amendment (EC 9002(b)): only what is filed, the measure's title and
 * text. Front matter the proponents keep for themselves (revision labels and authors, notes,
 * contact details, unknown keys) stays in the revision-comparison report.
 */
export function filedRedlineView(comparison: RevisionComparison): ComparisonView {
  const titleChange =
    comparison.a.title === comparison.b.title
      ? []
      : [`Title of the measure: “${comparison.a.title}” → “${comparison.b.title}”`];
  const side = (ref: RevisionRef, label: string): ComparisonRevision => ({
    label,
    sha256: ref.sha256,
    ...(ref.date === undefined ? {} : { date: ref.date }),
  });
  return {
    title: `Changes to the measure as filed: ${comparison.b.title}`,
    from: side(comparison.a, FILED_LABEL),
    to: side(comparison.b, AMENDED_LABEL),
    summary: [...titleChange, ...partSummary(comparison)],
    entries: entriesOf(comparison),
  };
}
