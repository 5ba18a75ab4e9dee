/**
 * What the revision-comparison report prints: two revisions of one measure and, part by part, the
 * words the second revision changed. This is the *revision* layer (a redline against the earlier
 * revision, e.g. the as-filed measure); it is never mixed with the constitution redline, so it has
 * its own marks and its own hidden markers (`[begin revision deletion]` …).
 */

/** One side of the comparison. */
export interface ComparisonRevision {
  /** `Rev. 2`, `As filed`. */
  readonly label: string;
  readonly sha256: string;
  readonly date?: string;
  readonly author?: string;
}

export type ComparisonMark = 'none' | 'removed' | 'added';

export interface ComparisonRun {
  readonly text: string;
  readonly mark: ComparisonMark;
}

/** One part of the measure (a heading and its paragraphs) with its revision status. */
export interface ComparisonEntry {
  readonly heading: string;
  readonly status: 'changed' | 'added' | 'removed' | 'unchanged';
  /** Paragraphs of marked runs. */
  readonly paragraphs: readonly (readonly ComparisonRun[])[];
}

export interface ComparisonView {
  readonly title: string;
  readonly from: ComparisonRevision;
  readonly to: ComparisonRevision;
  /** One-line findings, e.g. `Amend Article III, Section 1: 2 words removed, 1 word added`. */
  readonly summary: readonly string[];
  readonly entries: readonly ComparisonEntry[];
}
