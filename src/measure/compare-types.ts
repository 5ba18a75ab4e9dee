/**
 * The revision-comparison report: measure revision A against revision B. This is the second layer
 * (revision vs revision, e.g. the as-filed measure vs an amendment under EC 9002(b)); it is never
 * mixed with the constitution redline in one view, so it has its own types and text renderer
 * (`renderComparisonText`). The export helper renders it to HTML/PDF.
 */
import type { ParseMessage } from '../constitution/types';
import type { ChangeSet, RedlineSegment, RedlineStats } from '../diff/types';
import type { AmendmentOpKind, UncodifiedRole } from './types';

/** Which revision a side of the comparison is. */
export interface RevisionRef {
  readonly title: string;
  /** `revision.label`, e.g. `Rev. 2`. */
  readonly label: string;
  /** SHA-256 of the file's exact bytes. */
  readonly sha256: string;
  readonly author?: string;
  readonly date?: string;
  readonly path?: string;
}

export type ComparisonStatus = 'added' | 'dropped' | 'changed' | 'unchanged';

/** A front matter value that differs (values shown as display text; lists and objects as compact YAML-like text). */
export interface MetadataChange {
  /** Dotted key path: `title`, `kind`, `proponents`, `revision.label`, `options.sectionStyle`, or an unknown key. */
  readonly path: string;
  readonly before?: string;
  readonly after?: string;
}

/** One side of an amendment block. */
export interface AmendmentSide {
  readonly op: AmendmentOpKind;
  /** Heading text, e.g. `Amend Article III, Section 1`. */
  readonly heading: string;
  readonly to?: string;
  /** The generated amending clause. */
  readonly clause: string;
}

/** An amendment block of A matched with B's block for the same provision. */
export interface AmendmentComparison {
  readonly status: ComparisonStatus;
  /** Node id, e.g. `art-III/sec-1`. */
  readonly target: string;
  /** `Article III, Section 1`. */
  readonly citation: string;
  readonly before?: AmendmentSide;
  readonly after?: AmendmentSide;
  /** The operation (or its destination) differs, e.g. repeal → amend. */
  readonly opChanged: boolean;
  /** The recorded official text differs (the revisions were drafted against different editions). */
  readonly baseChanged: boolean;
  /**
   * Word-level redline of what the provision reads under A → under B (a repeal reads as nothing,
   * an amendment as its proposed text, an added article as printed text, not Markdown). A revision with
   * no block for the provision leaves the official text the other's block quotes in place, so a block
   * only one revision has shows the change it makes to the constitution (a renumber: no words).
   */
  readonly redline: readonly RedlineSegment[];
  readonly stats: RedlineStats;
}

/** An uncodified section of A matched with B's (by heading, then by role). */
export interface UncodifiedComparison {
  readonly status: ComparisonStatus;
  readonly heading: string;
  /** A's heading when B renamed it. */
  readonly headingBefore?: string;
  readonly role: UncodifiedRole;
  /** Word-level redline of A's body → B's body. */
  readonly redline: readonly RedlineSegment[];
  readonly stats: RedlineStats;
}

export interface RevisionComparison {
  readonly a: RevisionRef;
  readonly b: RevisionRef;
  /** B names A as its parent (`revision.parent` equals A's SHA-256). */
  readonly bIsChildOfA: boolean;
  /**
   * Both revisions name the same edition (`base.sha256`). When false, `messages` holds a
   * `different-base` warning: block differences may come from the edition, so rebase one side first.
   */
  readonly sameEdition: boolean;
  readonly metadata: readonly MetadataChange[];
  readonly uncodified: readonly UncodifiedComparison[];
  /** In A's order, then B's additions in B's order. */
  readonly amendments: readonly AmendmentComparison[];
  /** With a base edition: the ChangeSet from the constitution as A leaves it to the constitution as B leaves it. */
  readonly constitution?: ChangeSet;
  /** Problems met while comparing (e.g. a revision that does not apply to the base). */
  readonly messages: readonly ParseMessage[];
}
