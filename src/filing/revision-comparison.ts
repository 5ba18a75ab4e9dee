/**
 * Two revisions of a measure compared (the revision layer), through the measures' `compareMeasures`,
 * turned into the report view. The revision references carry the SHA-256 of each file's exact
 * bytes as the host read them.
 */
import { compareMeasures } from '../measure/compare';
import type { RevisionComparison } from '../measure/compare-types';
import type { ComparisonView } from '../render/comparison-types';
import { comparisonView, filedRedlineView } from './comparison-view';
import type { ReadMeasure } from './measure-input';

/** The comparison of `earlier` → `later`. */
export function compareMeasureRevisions(earlier: ReadMeasure, later: ReadMeasure): RevisionComparison {
  const comparison = compareMeasures(earlier.file, later.file);
  return {
    ...comparison,
    a: { ...comparison.a, sha256: earlier.sha256 },
    b: { ...comparison.b, sha256: later.sha256 },
  };
}

/** The report view of `earlier` → `later`. */
export function compareRevisions(earlier: ReadMeasure, later: ReadMeasure): ComparisonView {
  return comparisonView(compareMeasureRevisions(earlier, later));
}

/** The redline filed with an amendment: `filed` → `amended`, title and measure text only. */
export function compareWithFiled(filed: ReadMeasure, amended: ReadMeasure): ComparisonView {
  return filedRedlineView(compareMeasureRevisions(filed, amended));
}
