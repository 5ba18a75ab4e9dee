/**
 * The measure tree: the one intermediate representation of measure text, built from a measure (or
 * a base + ChangeSet) and rendered to plain text, Markdown, HTML, print HTML/PDF and DOCX.
 *
 * It holds only what a reader sees: numbered sections, amending clauses, restated provisions with
 * deletion/insertion marks. No renderer re-derives wording; every generated sentence is made once,
 * in `src/measure/`.
 */
import type { MeasureKind } from './types';

/** How a run of text is marked in the constitution redline layer. */
export type RunMark = 'none' | 'delete' | 'insert';

export interface Run {
  readonly text: string;
  readonly mark: RunMark;
}

/** A paragraph-like block made of marked runs. */
export interface TextBlock {
  /** `heading`: e.g. the title line of an added article; `preformatted`: tables, keep spacing. */
  readonly type: 'paragraph' | 'preformatted' | 'heading';
  readonly runs: readonly Run[];
}

/**
 * The restated provision after an amending clause.
 * - `redline`: amended section: deletions struck, insertions italic.
 * - `inserted`: added section/article: everything italic.
 * - `struck`: repealed section: everything struck.
 */
export interface Restatement {
  readonly type: 'restatement';
  readonly mode: 'redline' | 'inserted' | 'struck';
  /** The first block begins with the provision label run, e.g. `SEC. 1. `. */
  readonly blocks: readonly TextBlock[];
}

export type MeasureBlock = TextBlock | Restatement;

export interface MeasureSectionNode {
  /** `SECTION 1.`, `SEC. 2.` (or `SECTION 2.` in the all-SECTION style). */
  readonly label: string;
  readonly kind: 'uncodified' | 'amendment';
  /** Heading of an uncodified section, e.g. `Findings and Declarations`. */
  readonly heading?: string;
  /** The generated amending clause, e.g. `Section 1 of Article III of the California Constitution is amended to read:`. */
  readonly clause?: string;
  readonly blocks: readonly MeasureBlock[];
  /** Node id the section changes (amendment sections), for navigation and lint. */
  readonly target?: string;
}

export interface MeasureDocument {
  readonly title: string;
  readonly kind: MeasureKind;
  /** The notation sentence ("This initiative measure expressly amends … italic type to indicate that they are new."). */
  readonly notation?: string;
  /** "The people of the State of California do enact as follows:" when enabled. */
  readonly enactingClause?: string;
  readonly sections: readonly MeasureSectionNode[];
  /** Printed in every page footer: revision label and the SHA-256 of the measure file's exact bytes. */
  readonly fingerprint: { readonly revisionLabel: string; readonly sha256: string };
}
