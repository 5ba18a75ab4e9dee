/**
 * The legal tree (LegalDoc): a unist-style tree built from the Markdown text of a constitution.
 *
 * The source string is canonical: every node points into it by offsets, and text is always read back
 * with `source.slice(start, end)`, never re-serialised. Leaves (headings, paragraphs, tables, history
 * notes, unknown blocks) partition every non-blank character of the source exactly once.
 */

/** A place in the source: 1-based line and column, 0-based UTF-16 offset (unist `Point`). */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A range of the source (unist `Position`); `end` is exclusive. */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}

/** Half-open offset range `[start, end)` into the source. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A positioned problem found while reading a file. The parser reports, it never throws. */
export interface ParseMessage {
  readonly severity: Severity;
  /** Stable rule id, e.g. `duplicate-section`, `unknown-heading`, `text-before-heading`. */
  readonly ruleId: string;
  readonly message: string;
  /** File path as given to the parser, when known. */
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  /** What the user can do about it. */
  readonly hint?: string;
}

/** An article number, kept as written and normalised for output and ids. */
export interface ArticleNumber {
  /** As written in the source: `3`, `13A`, `III`, `XIII A`. */
  readonly written: string;
  /** Arabic value of the numeric part: 3, 13. */
  readonly value: number;
  /** Letter suffix, upper case: `''`, `A`, `B`. */
  readonly suffix: string;
  /** Output form, Roman with the suffix spaced: `III`, `XIII A`. */
  readonly roman: string;
  /** Id form, Roman without spaces: `III`, `XIIIA`. */
  readonly key: string;
}

/** A heading line as found in the source. */
export interface HeadingLine {
  /** The whole line without its newline, e.g. `### Section 7.5`. */
  readonly raw: string;
  /** Markdown heading depth (1-6). */
  readonly depth: number;
  readonly position: Span;
}

export type LegalNode =
  LegalDoc | Preamble | Article | Section | Subdivision | Paragraph | Table | HistoryNote | UnknownBlock;

/** Block-level content of a preamble, article intro, section or subdivision. */
export type Block = Subdivision | Paragraph | Table | HistoryNote | UnknownBlock;

/** Parsed YAML front matter of the canonical layout (`---` … `---`). */
export interface FrontMatter {
  /** The YAML text between the fences. */
  readonly raw: string;
  readonly position: Span;
  /** Known fields; unknown keys stay in `raw`. */
  readonly title?: string;
  readonly jurisdiction?: string;
  readonly edition?: string;
  readonly source?: string;
  /** SHA-256 of the source text the edition was imported from (`source-sha256`). */
  readonly sourceSha256?: string;
  /** SHA-256 of the Markdown body below the front matter, as recorded at import. */
  readonly sha256?: string;
}

/** The whole document. */
export interface LegalDoc {
  readonly type: 'constitution';
  readonly id: 'doc';
  /** The exact text that was parsed. */
  readonly source: string;
  /** Path as given to the parser (for messages), if any. */
  readonly path?: string;
  readonly frontMatter?: FrontMatter;
  /** The `# Title` heading line, if present. */
  readonly title?: HeadingLine;
  readonly preamble?: Preamble;
  readonly articles: readonly Article[];
  readonly messages: readonly ParseMessage[];
  readonly position: Span;
  /**
   * Offset where the first article heading starts (or `source.length`). Everything before it
   * (front matter, title, preamble, stray text) is the document's prefix unit.
   */
  readonly prefixEnd: number;
  /**
   * Which reader found the blocks: the fast line scanner alone, remark alone, or both (remark read
   * the regions with Markdown outside the scanner's subset). Diagnostic only.
   */
  readonly parsedWith?: 'scanner' | 'remark' | 'mixed';
}

export interface Preamble {
  readonly type: 'preamble';
  readonly id: 'preamble';
  readonly children: readonly Block[];
  readonly position: Span;
}

export interface Article {
  readonly type: 'article';
  /** `art-III`, `art-XIIIA`. */
  readonly id: string;
  readonly number: ArticleNumber;
  /** Title as written, e.g. `STATE OF CALIFORNIA`; undefined when the heading has none. */
  readonly title?: string;
  readonly heading: HeadingLine;
  /** Text between the article heading and its first section (rare). */
  readonly children: readonly Block[];
  readonly sections: readonly Section[];
  /** Heading start to last content character. */
  readonly position: Span;
  /**
   * The article's own unit: heading start up to its first section heading (or the next article).
   * "Heading start" is the start of the heading's line, so indentation before `##` belongs to it.
   */
  readonly headExtent: Extent;
  /** Heading start up to the next article heading (or end of source): tiles the document. */
  readonly extent: Extent;
}

export interface Section {
  readonly type: 'section';
  /** `art-III/sec-1`, `art-I/sec-7.5`. */
  readonly id: string;
  /** As written, normalised: `1`, `7.5`, `14.1`. */
  readonly number: string;
  /** Id of the containing article. */
  readonly articleId: string;
  /** Built on first read, as `children` and `position` are. */
  readonly heading: HeadingLine;
  /**
   * Subdivisions, paragraphs, tables and history notes, in source order. Built on first read (an
   * enumerable getter, so JSON and spreads include it; see build/lazy-children.ts).
   */
  readonly children: readonly Block[];
  readonly position: Span;
  /**
   * Heading (line) start up to the next section or article heading (or end of source): tiles the
   * document.
   */
  readonly extent: Extent;
  /** First offset after the heading line's line break; the body is `[bodyStart, extent.end)`. */
  readonly bodyStart: number;
}

/** Subdivision kinds, outermost first: (a) › (1) › (A) › (i); `list` is the `1.` style. */
export type SubdivisionKind = 'letter' | 'number' | 'upper' | 'roman' | 'list';

export interface Subdivision {
  readonly type: 'subdivision';
  /** `art-I/sec-19/e/2`. */
  readonly id: string;
  /** As written: `(a)`, `(1)`, `(A)`, `(i)`, `1.`. */
  readonly label: string;
  /** The label without punctuation: `a`, `1`, `A`, `i`. */
  readonly key: string;
  readonly kind: SubdivisionKind;
  readonly children: readonly Block[];
  readonly position: Span;
}

export interface Paragraph {
  readonly type: 'paragraph';
  /** `<parent id>/p<n>` (1-based among the parent's paragraphs). */
  readonly id: string;
  readonly position: Span;
}

/** A table or preformatted block (indented code, fenced code, GFM table). */
export interface Table {
  readonly type: 'table';
  readonly id: string;
  readonly format: 'preformatted' | 'fenced' | 'gfm';
  readonly position: Span;
}

/** An editorial history note such as `(Sec. 1 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100, 1974.)`. */
export interface HistoryNote {
  readonly type: 'historyNote';
  readonly id: string;
  readonly position: Span;
}

/** Markdown the legal model has no meaning for (HTML, block quote, list bullets …); kept, reported. */
export interface UnknownBlock {
  readonly type: 'unknown';
  readonly id: string;
  readonly markdownType: string;
  readonly position: Span;
}

/** Options for `parseConstitution`. */
export interface ParseOptions {
  /** Path used in messages. */
  readonly path?: string;
  /**
   * `scanner` (default): the fast line scanner, with remark for regions outside its subset.
   * `remark`: remark reads the whole document (the reference path; about 20x slower).
   */
  readonly engine?: 'scanner' | 'remark';
}
