/** Shared state of one tree build: the source, positions, unique ids and the messages found. */
import { IdAllocator } from '../ids';
import { keepShape } from '../keep-shape';
import type { ParseMessage, Severity, Span } from '../types';
import { LineIndex } from './line-index';

interface PendingMessage {
  readonly offset: number;
  readonly message: ParseMessage;
}

export class BuildContext {
  readonly lines: LineIndex;
  readonly ids = new IdAllocator();
  private readonly pending: PendingMessage[] = [];

  constructor(
    readonly source: string,
    readonly path: string | undefined,
  ) {
    this.lines = new LineIndex(source);
  }

  span(start: number, end: number): Span {
    return this.lines.span(start, end);
  }

  /** Record a problem at `offset`. */
  report(severity: Severity, ruleId: string, message: string, offset: number, hint?: string): void {
    const { line, column } = this.lines.point(offset);
    this.pending.push({
      offset,
      message: {
        severity,
        ruleId,
        message,
        ...(this.path === undefined ? {} : { file: this.path }),
        line,
        column,
        ...(hint === undefined ? {} : { hint }),
      },
    });
  }

  /** The messages in source order. */
  messages(): ParseMessage[] {
    return this.pending
      .map((entry, index) => ({ ...entry, index }))
      .sort((a, b) => a.offset - b.offset || a.index - b.index)
      .map((entry) => entry.message);
  }
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
keepShape(new BuildContext('', undefined));
