/**
 * The semantic diff of two constitution texts: a ChangeSet of operations keyed by node id.
 *
 * Every operation carries the hash of the base text it expects (`baseHash`, see `textHash`), so a
 * ChangeSet can be checked against an edition before it is applied, and the exact text it needs to
 * rebuild the edited document (`applyChangeSet(base, diff(base, x)) === x`, whitespace included).
 */

/** One piece of a word-level redline. Concatenating equal+delete gives the old text, equal+insert the new. */
export interface RedlineSegment {
  readonly type: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

/** Word counts of a redline, for summaries ("−2 words +1 word"). */
export interface RedlineStats {
  readonly deletedWords: number;
  readonly insertedWords: number;
}

/** Options for `redlineWords`. */
export interface RedlineOptions {
  /**
   * Cost cap: the largest edit distance, in tokens, one Myers run may explore (default 2000). Past
   * it the redline falls back to a coarser but still exact one and is marked approximate.
   */
  readonly maxEdits?: number;
  /** Run the readability passes (merge short islands, slide whitespace). Default true. */
  readonly readable?: boolean;
}

/** Options for `semanticDiff`. */
export interface DiffOptions {
  /** Options for every word-level redline. */
  readonly redline?: RedlineOptions;
  /**
   * Minimum similarity (0…1) for an unmatched removed section and an unmatched added section to be
   * reported as one section renumbered or moved (default SIMILARITY_THRESHOLD in detect-moves.ts).
   */
  readonly similarityThreshold?: number;
}

/** Structural notes about subdivisions inside an amended section, derived from the redline. */
export interface SubdivisionChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

interface OpBase {
  /** Human citation of the target, e.g. `Article III, Section 1`. */
  readonly citation: string;
}

/** Words changed inside a section (or the preamble, or an article's intro text). */
export interface AmendOp extends OpBase {
  readonly op: 'amend';
  /** Node id: `art-III/sec-1`, `preamble`, `art-III` (article intro text), `prefix` (document head). */
  readonly target: string;
  readonly kind: 'section' | 'preamble' | 'article' | 'prefix';
  /** `textHash` of the base unit text this op expects. */
  readonly baseHash: string;
  /** Redline over the unit body (text after the heading line); old view = base body, new view = edited body. */
  readonly redline: readonly RedlineSegment[];
  /** Set when the heading line itself changed cosmetically (same number), e.g. `### Section 1` → `### Section 1.`. */
  readonly heading?: { readonly from: string; readonly to: string };
  /**
   * Set only when the line break after the heading line changed (`\n` → `\r\n`), which `heading`
   * (lines without their breaks) cannot show. Added so `apply` stays exact.
   */
  readonly headingBreak?: { readonly from: string; readonly to: string };
  /**
   * Set only when the blank lines before the heading changed. Blank lines between units belong to
   * the unit after them, so adding or repealing a neighbour never amends a unit's own text.
   */
  readonly separator?: { readonly from: string; readonly to: string };
  readonly stats: RedlineStats;
  readonly subdivisions: SubdivisionChanges;
  /** True when the redline hit a cost cap (exact, but not minimal). */
  readonly approximate?: boolean;
}

/** A new section or article. */
export interface AddUnitOp extends OpBase {
  readonly op: 'add';
  readonly kind: 'section' | 'article';
  /** Id of the new node in the edited document. */
  readonly target: string;
  /** Id of the unit it follows in the edited document (`prefix` for the very first unit). */
  readonly after: string;
  /** Exact source of the new unit(s): blank lines before it, heading line and body; for an article, its sections too. */
  readonly text: string;
}

/**
 * A whole new subdivision inserted into a section whose base text is otherwise kept byte for byte
 * (any other change to the section makes it an `amend`). One op per added subdivision, in order.
 */
export interface AddSubdivisionOp extends OpBase {
  readonly op: 'add';
  readonly kind: 'subdivision';
  /** Id of the new subdivision in the edited document, e.g. `art-III/sec-3.5/d`. */
  readonly target: string;
  /** Id of the section it is inserted into (same id in base and edited). */
  readonly section: string;
  /** `textHash` of the base section unit text (as an `amend` of that section would carry). */
  readonly baseHash: string;
  /** Id of the subdivision it follows (a sibling, or its parent subdivision), or the section id when it comes first. */
  readonly after: string;
  /** Where `text` goes: an offset into the base section body (the text after its heading line). */
  readonly offset: number;
  /** Exact inserted source, with the blank lines that separate it, e.g. `\n\n(d) New text.` */
  readonly text: string;
}

/** A new section, article or subdivision. */
export type AddOp = AddUnitOp | AddSubdivisionOp;

/** A section or article removed. */
export interface RepealOp extends OpBase {
  readonly op: 'repeal';
  readonly kind: 'section' | 'article';
  readonly target: string;
  readonly baseHash: string;
  /** The base text removed, with the blank lines before it (for an article: heading, intro and all its sections). */
  readonly text: string;
}

/** A section given a new number in the same article (`renumber`) or moved to another article (`move`). */
export interface RelocateOp extends OpBase {
  readonly op: 'renumber' | 'move';
  readonly kind: 'section';
  /** Base id. */
  readonly from: string;
  /** Edited id. */
  readonly to: string;
  /** Same as `from`, so every op has a `target`. */
  readonly target: string;
  /** Citation of `to`. */
  readonly toCitation: string;
  readonly after: string;
  readonly baseHash: string;
  /** The new heading line (the number changed). */
  readonly heading: { readonly from: string; readonly to: string };
  /**
   * Set only when the line break after the heading line changed (`\n` → `\r\n`), which `heading`
   * (lines without their breaks) cannot show. Added so `apply` stays exact.
   */
  readonly headingBreak?: { readonly from: string; readonly to: string };
  /**
   * Set only when the blank lines before the heading changed. Blank lines between units belong to
   * the unit after them, so adding or repealing a neighbour never amends a unit's own text.
   */
  readonly separator?: { readonly from: string; readonly to: string };
  /** Body redline; all `equal` when only the number changed. */
  readonly redline: readonly RedlineSegment[];
  readonly stats: RedlineStats;
  /** Similarity of old and new body, 0…1 (see SIMILARITY_THRESHOLD in detect-moves). */
  readonly similarity: number;
  /** True when the redline hit a cost cap (exact, but not minimal). */
  readonly approximate?: boolean;
}

/** An article heading whose title changed (number unchanged). */
export interface RetitleOp extends OpBase {
  readonly op: 'retitle';
  readonly kind: 'article';
  readonly target: string;
  readonly baseHash: string;
  readonly from: string;
  readonly to: string;
  /** The whole heading lines, for exact reconstruction. */
  readonly heading: { readonly from: string; readonly to: string };
  /**
   * Set only when the line break after the heading line changed (`\n` → `\r\n`), which `heading`
   * (lines without their breaks) cannot show. Added so `apply` stays exact.
   */
  readonly headingBreak?: { readonly from: string; readonly to: string };
}

/** A unit kept with the same id and text but placed elsewhere (rare; keeps apply exact). */
export interface ReorderOp extends OpBase {
  readonly op: 'reorder';
  readonly kind: 'section' | 'article';
  readonly target: string;
  readonly after: string;
  readonly baseHash: string;
}

/** Any operation of a ChangeSet. */
export type ChangeOp = AmendOp | AddOp | RepealOp | RelocateOp | RetitleOp | ReorderOp;
/** The operation names: `amend`, `add`, `repeal`, `renumber`, `move`, `retitle`, `reorder`. */
export type ChangeKind = ChangeOp['op'];

/** The semantic diff of two texts: what `applyChangeSet` needs to rebuild the edited text from the base. */
export interface ChangeSet {
  /** `textHash` of the whole base source. */
  readonly baseHash: string;
  /** `textHash` of the whole edited source. */
  readonly editedHash: string;
  /** Operations in constitution order (edited order; repeals at their base place). */
  readonly ops: readonly ChangeOp[];
  /** True when a cost cap was hit somewhere and a redline is correct but not minimal. */
  readonly approximate: boolean;
}
