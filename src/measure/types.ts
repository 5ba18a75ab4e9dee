/**
 * The measure file (`.measure.md`): YAML front matter + Markdown body of uncodified sections and
 * amendment blocks. Amendment blocks carry the base text they change and the proposed text, so the
 * file is self-contained. See README "The measure file format".
 */
import type { ParseMessage, Span, Extent } from '../constitution/types';

export type MeasureKind = 'constitutional amendment' | 'statute' | 'both';

export interface ProponentContact {
  readonly email?: string;
  readonly phone?: string;
  /** Correspondence address (not the home address unless the proponent chooses it). */
  readonly address?: string;
  readonly organization?: string;
}

export interface Proponent {
  readonly name: string;
  /** County of residence, for the EC 9001(b)(1) declaration. */
  readonly county: string;
  readonly contact: ProponentContact;
}

export interface MeasureRevision {
  /** Shown in every page footer, e.g. `Rev. 2`. */
  readonly label: string;
  /** SHA-256 (hex) of the parent revision's exact file bytes. */
  readonly parent?: string;
  /** SHA-256 of the other parent when the revision is a merge (`amend merge`: ours is `parent`, theirs is this). */
  readonly mergeParent?: string;
  readonly author?: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly date?: string;
}

export interface MeasureOptions {
  /** Print "The people of the State of California do enact as follows:" (default true). */
  readonly enactingClause: boolean;
  /** `sec`: SECTION 1., SEC. 2., …; `section`: SECTION 1., SECTION 2., … (default `sec`). */
  readonly sectionStyle: 'sec' | 'section';
}

export interface MeasureMeta {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly proponents: readonly Proponent[];
  /** The constitution edition the amendment blocks were drafted against. */
  readonly base: { readonly edition: string; readonly sha256: string };
  readonly revision: MeasureRevision;
  readonly options: MeasureOptions;
}

/** Conventional roles of uncodified sections (used for templates and ordering hints). */
export type UncodifiedRole =
  | 'title'
  | 'findings'
  | 'purpose'
  | 'severability'
  | 'conflicting-measures'
  | 'liberal-construction'
  | 'amendment'
  | 'effective-date'
  | 'other';

/** A section of the measure that does not change the constitution (Title, Findings, …). */
export interface UncodifiedPart {
  readonly type: 'uncodified';
  /** Heading text as written, e.g. `Findings and Declarations`. */
  readonly heading: string;
  readonly role: UncodifiedRole;
  /** Body Markdown exactly as in the file (trimmed of surrounding blank lines). */
  readonly body: string;
  readonly position: Span;
  /** Heading start to the next part (tiles the body of the file). */
  readonly extent: Extent;
}

export type AmendmentOpKind = 'amend' | 'add' | 'repeal' | 'renumber' | 'move' | 'retitle';

/** One change to the constitution, stated with the exact texts it needs. */
export interface AmendmentPart {
  readonly type: 'amendment';
  readonly op: AmendmentOpKind;
  /** Target node id (base id for amend/repeal/renumber/move/retitle, new id for add). */
  readonly target: string;
  /** New id for renumber/move. */
  readonly to?: string;
  /** The heading line's text after `## `, e.g. `Amend Article III, Section 1`. */
  readonly heading: string;
  /** Base text (section body, trimmed; a whole article for an article repeal; the old title for retitle). */
  readonly base?: string;
  /** Proposed text (section body, trimmed; a whole article's Markdown for an article add; the new title). */
  readonly proposed?: string;
  readonly position: Span;
  readonly extent: Extent;
}

export type MeasurePart = UncodifiedPart | AmendmentPart;

/**
 * How a three-way merge (or a rebase) classifies a conflict:
 * - `same-words`: both sides changed the same words of one text differently;
 * - `amend-vs-repeal`: one side repeals (or stops amending) what the other amends;
 * - `renumber-vs-amend` / `move-vs-edit`: one side renumbers or moves a section whose text the other changed;
 * - `delete-vs-edit`: one side dropped a part the other changed; `add-add`: both added different parts for one target
 *   with no common text to merge against (two added sections with one number, two new uncodified sections);
 * - `different-base`: the two sides' blocks for one provision quote different official texts (drafted against
 *   different editions), so there is no common ancestor to merge against: rebase one side first;
 * - `metadata`: both changed one front matter value differently;
 * - `stale-base`: a rebase found the official text changed under words the measure changes;
 * - `lost-marks`: an imported plain-text filing lost its strikeout, so which restated words it strikes is unknown.
 */
export type ConflictKind =
  | 'same-words'
  | 'amend-vs-repeal'
  | 'renumber-vs-amend'
  | 'move-vs-edit'
  | 'delete-vs-edit'
  | 'add-add'
  | 'different-base'
  | 'metadata'
  | 'stale-base'
  | 'lost-marks';

/** One side of a recorded conflict. */
export interface ConflictSide {
  /** Who wrote it: `Rev. 3 by Ana Example`. */
  readonly who: string;
  /** The whole part's Markdown (heading included), a front matter value as YAML, or `''` when this side has none. */
  readonly text: string;
}

/**
 * An unresolved conflict recorded in the file (`## Conflict 1: …`, see README). The measure stays valid:
 * the live part keeps "ours"; the record holds the alternatives until `resolveConflict` removes it.
 */
export interface ConflictPart {
  readonly type: 'conflict';
  readonly id: number;
  /** The part heading (`Amend Article III, Section 1`), uncodified heading, or `front matter: title`. */
  readonly subject: string;
  readonly kind: ConflictKind;
  readonly ours: ConflictSide;
  readonly theirs: ConflictSide;
  /** Both sides kept, when that makes sense (text conflicts, proponent lists). */
  readonly both?: string;
  readonly heading: string;
  readonly position: Span;
  readonly extent: Extent;
}

export interface MeasureFile {
  /** The exact file text. Edits are spliced into it; it is never re-serialised wholesale. */
  readonly source: string;
  readonly path?: string;
  readonly meta: MeasureMeta;
  /** The YAML between the `---` fences, verbatim (unknown keys live here untouched). */
  readonly frontMatterRaw: string;
  readonly frontMatterExtent: Extent;
  /** Front matter keys the model does not know; kept, never dropped. */
  readonly unknownKeys: readonly string[];
  readonly parts: readonly MeasurePart[];
  /** Unresolved conflict records left by a merge or rebase (`lint` reports each as an error). */
  readonly conflicts: readonly ConflictPart[];
  readonly messages: readonly ParseMessage[];
}
