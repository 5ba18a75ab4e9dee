/** Shared plumbing of the lint rules: message shape and positions inside a measure file. */
import type { ParseMessage, Severity } from '../constitution/types';
import { LineIndex } from './source-text';
import type { AmendmentPart, ConflictPart, MeasureFile, UncodifiedPart } from './types';

/** A lint finding: where, which rule, what, and what to do about it. */
export interface LintMessage extends ParseMessage {
  readonly hint: string;
}

export type LintPart = AmendmentPart | UncodifiedPart | ConflictPart;

export class LintContext {
  readonly messages: LintMessage[] = [];
  private readonly index: LineIndex;

  constructor(readonly measure: MeasureFile) {
    this.index = new LineIndex(measure.source);
  }

  /** Offset of `text` inside the part (its first occurrence), or the part's start. */
  offsetOf(part: LintPart, text: string | undefined, within = 0): number {
    if (text === undefined || text === '') return part.extent.start;
    const slice = this.measure.source.slice(part.extent.start, part.extent.end);
    const at = slice.indexOf(text);
    return at < 0 ? part.extent.start : part.extent.start + at + within;
  }

  /** Report at an offset of the file. */
  report(severity: Severity, ruleId: string, message: string, hint: string, offset: number): void {
    const point = this.index.pointAt(offset);
    this.messages.push({
      severity,
      ruleId,
      message,
      hint,
      line: point.line,
      column: point.column,
      ...(this.measure.path === undefined ? {} : { file: this.measure.path }),
    });
  }

  /** Report at a part's heading. */
  atPart(part: LintPart, severity: Severity, ruleId: string, message: string, hint: string): void {
    this.report(severity, ruleId, message, hint, part.extent.start);
  }
}
