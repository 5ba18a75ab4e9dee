/** Inputs of the DOCX renderer that come from the host. */

/** A TrueType family to embed (docx embeds TTF/OTF only). */
export interface DocxFont {
  readonly name: string;
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly italic: Uint8Array;
  readonly boldItalic: Uint8Array;
}

/**
 * `static`: deletions as struck runs, insertions as italic runs (what the PDF shows).
 * `tracked`: real Word revisions (`w:del` / `w:ins`) that partners can accept or reject.
 */
export type DocxRedlineStyle = 'static' | 'tracked';

export interface DocxOptions {
  readonly style: DocxRedlineStyle;
  /** Embedded font; without it the document names `fallbackFontName` and relies on the reader's fonts. */
  readonly font?: DocxFont;
  /** Author of tracked changes (the revision's author). */
  readonly author: string;
  /** ISO 8601 date-time of tracked changes and the document properties (from the revision date). */
  readonly date: string;
}

/** Named (not embedded) when no TrueType file was supplied; Word and LibreOffice map it to a Times face. */
export const FALLBACK_DOCX_FONT = 'Liberation Serif';
