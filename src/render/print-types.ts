/**
 * The printable document: what `renderPrintHtml` turns into one HTML page set (preview and PDF use the
 * same HTML). It is layout data only: every sentence in it was written by `src/filing` (letters,
 * statutory statements) or `src/measure` (measure text); the renderer adds no wording of its own
 * except the footer's "Page X of Y".
 */
import type { MeasureDocument } from '../measure/document';
import type { ComparisonView } from './comparison-types';

/** One face of the print font, passed in by the host (the core has no file system). */
export interface PrintFontFace {
  readonly family: string;
  readonly weight: 400 | 700;
  readonly style: 'normal' | 'italic';
  /** CSS `unicode-range` of this subset file, e.g. `U+0000-00FF, U+0131`. */
  readonly unicodeRange?: string;
  /** The WOFF2 file, base64-encoded (it becomes a `data:` URL). */
  readonly woff2Base64: string;
}

/** Printed at the bottom of every page: the revision label and the measure file's SHA-256. */
export interface PrintFingerprint {
  readonly revisionLabel: string;
  /** Full SHA-256 (hex) of the measure file's exact bytes; the footer shows the first 12 digits. */
  readonly sha256: string;
}

/** Paragraph roles map to fixed CSS classes (content never chooses a class or a style). */
export type ParagraphRole =
  'body' | 'date' | 'salutation' | 'closing' | 'notice' | 'statement' | 'caption' | 'reference';

export type PrintBlock =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly role: ParagraphRole; readonly text: string }
  /** Lines kept as written, one per line (addresses, contact blocks). */
  | { readonly type: 'lines'; readonly role: 'address' | 'contact' | 'letterhead'; readonly lines: readonly string[] }
  | { readonly type: 'list'; readonly items: readonly string[] }
  /** A line to sign on, with the printed caption lines under it. */
  | { readonly type: 'signature'; readonly captions: readonly string[] }
  /** Several signature lines side by side (two to a row), e.g. every proponent under a letter. */
  | { readonly type: 'signatures'; readonly signatures: readonly (readonly string[])[] }
  | { readonly type: 'measure'; readonly document: MeasureDocument }
  | { readonly type: 'comparison'; readonly comparison: ComparisonView };

/** A run of blocks; `startsPage` puts it at the top of a new page (letters, statements, the measure). */
export interface PrintSection {
  readonly role: 'letter' | 'statement' | 'measure' | 'report' | 'notice';
  readonly startsPage: boolean;
  readonly blocks: readonly PrintBlock[];
}

export interface PrintDocument {
  /** The document title (HTML `<title>`, PDF outline root); never a file path. */
  readonly title: string;
  readonly fingerprint: PrintFingerprint;
  readonly sections: readonly PrintSection[];
  /**
   * The embedded print font. Required for PDF (the printed file must not depend on system fonts);
   * a preview without it falls back to the page's own fonts.
   */
  readonly fonts?: readonly PrintFontFace[];
}
