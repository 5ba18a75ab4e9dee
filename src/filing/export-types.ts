/** Requests, results and progress of the exporters (host-neutral: hosts inject printer and fonts). */
import type { DocxFont } from '../render/docx/docx-types';
import type { PrintFontFace } from '../render/print-types';
import type { MeasureSource } from './measure-input';
import type { Printer } from './printer';
import type { EditionSource } from './verify-base';

export type ExportFormat = 'pdf' | 'html' | 'markdown' | 'text' | 'docx';

export interface ExportRequest {
  readonly measure: MeasureSource;
  readonly format: ExportFormat;
  /** DOCX only: real Word tracked changes instead of struck / italic runs. */
  readonly tracked?: boolean;
  /** Check the measure's quoted official text against this edition first (`stale-base` if it differs). */
  readonly base?: EditionSource;
  /**
   * Export the revision-comparison report instead of the measure: what `measure` changes relative to
   * this earlier revision (pdf, html, text or markdown).
   */
  readonly compareTo?: MeasureSource;
}

export interface ExportOutput {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  /** File extension without the dot. */
  readonly extension: string;
  /** Things the user should know (e.g. a DOCX font that could not be embedded). */
  readonly notes: readonly string[];
}

/** One progress report: `stage` is a human-readable step ("Printing PDF"), `done` of `total` steps. */
export interface ExportProgress {
  readonly stage: string;
  readonly done: number;
  readonly total: number;
}

/** Font bytes the host reads (the core has no file system). */
export interface ExportFonts {
  /** Tinos faces for print HTML / PDF (`loadPrintFonts` in src/node/printer). */
  readonly print?: readonly PrintFontFace[];
  /** TrueType family to embed in DOCX (`loadDocxFont`); named without embedding when absent. */
  readonly docx?: DocxFont;
}

export interface ExportDeps {
  /** Needed for PDF output. */
  readonly printer?: Printer;
  readonly fonts?: ExportFonts;
  readonly onProgress?: (progress: ExportProgress) => void;
}
