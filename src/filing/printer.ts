/**
 * The one thing src/filing needs from a host to make a PDF: turn print HTML into PDF bytes.
 * Implementations: src/node/printer/chromium-printer.ts (CLI, web host, tests: playwright-core and a
 * system Chromium) and electron/pdf.ts (`webContents.printToPDF`).
 */

export interface PrintOptions {
  /** Produce a tagged (accessible) PDF: headings, paragraphs and reading order in a structure tree. */
  readonly tagged: boolean;
  /** Build the PDF outline (bookmarks) from the HTML headings. */
  readonly outline: boolean;
  /** Give up after this long (a runaway layout must not hang an export). */
  readonly timeoutMs: number;
}

/**
 * Prints a complete HTML document (from `renderPrintHtml`) with the page size and margins its CSS
 * `@page` rule sets (`preferCSSPageSize`), backgrounds on. Rejects with a `PrinterError` for the
 * failures a user can act on.
 */
export interface Printer {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
}

/** Default print options for filing documents. */
export const FILING_PRINT_OPTIONS: PrintOptions = {
  tagged: true,
  outline: true,
  // The 2011 constitution redlined in full (~400 pages) prints in about 5 s; 2 min is a hang.
  timeoutMs: 120_000,
};

/** A printer failure with a user-facing message; `code` becomes the StudioError code. */
export class PrinterError extends Error {
  override readonly name = 'PrinterError';
  constructor(
    readonly code: 'printer-unavailable' | 'timeout' | 'internal',
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
