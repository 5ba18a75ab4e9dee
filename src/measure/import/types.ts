/** Shapes shared by the measure importer's stages (read → outline → parts → write). */
import type { LegalDoc, ParseMessage, Severity } from '../../constitution/types';
import type { Run } from '../document';

/**
 * How the filed text shows deletions and insertions:
 * - `text-markers`: our text export, `[begin deletion]…[end deletion]`, `[begin insertion]…[end insertion]`;
 * - `leginfo-markers`: leginfo's text versions, `begin delete … end delete`, `begin insert … end insert`;
 * - `markdown`: `~~struck~~`, `*italic*` / `_italic_` (our Markdown export, or hand-written Markdown);
 * - `plain`: no marks at all (formatting lost on copy, ca-filing-rules.md §4.3).
 */
export type Notation = 'text-markers' | 'leginfo-markers' | 'markdown' | 'plain';

/** One paragraph-like block of the filed text, with its redline marks. */
export interface InputBlock {
  readonly runs: readonly Run[];
  /** 1-based line of the block's first character in the input. */
  readonly line: number;
  /** Markdown heading depth, when the input made the block a heading. */
  readonly depth?: number;
  /** Laid out by hand (a fenced block or a table): spacing is kept. */
  readonly preformatted: boolean;
  /** Offsets of the block in the input, for Markdown input (uncodified bodies are copied verbatim). */
  readonly extent?: { readonly start: number; readonly end: number };
}

export interface ImportOptions {
  /** Input path, used in messages and in the provenance comment. */
  readonly path?: string;
  /** The constitution edition the measure amends: supplies base texts plain text cannot carry. */
  readonly base?: LegalDoc;
  /** Overrides the title read from the text. */
  readonly title?: string;
}

export interface ImportResult {
  /** The `.measure.md` text (valid even when messages hold warnings; not meant to be used when they hold errors). */
  readonly source: string;
  readonly messages: readonly ParseMessage[];
  readonly notation: Notation;
}

/** Collects messages naming the input file and line. */
export class Reporter {
  readonly messages: ParseMessage[] = [];

  constructor(private readonly file: string | undefined) {}

  report(severity: Severity, ruleId: string, message: string, line: number, hint?: string): void {
    this.messages.push({
      severity,
      ruleId,
      message,
      line,
      column: 1,
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(hint === undefined ? {} : { hint }),
    });
  }

  hasErrors(): boolean {
    return this.messages.some((message) => message.severity === 'error');
  }
}
