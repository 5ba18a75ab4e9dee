/**
 * Messages about one amendment section, and the edition's texts it needs: the base of a provision
 * the filing does not print, the exact official bytes where the filing's struck words agree, and the
 * plain-text decision (lost-marks.ts) with its `lost-marks` conflict alternative.
 */
import type { LegalDoc } from '../../constitution/types';
import { officialText, sameWords } from '../official-text';
import type { AmendmentSpec } from '../part-format';
import { withoutHistoryNotes } from '../restate';
import type { AmendmentOpKind } from '../types';
import { readLostMarks } from './lost-marks';
import type { Reporter } from './types';

export interface DraftContext {
  readonly base: LegalDoc | undefined;
  readonly reporter: Reporter;
}

const PLAIN_HINT =
  'Strike the replaced words in the "proposed" block by hand (or import the marked text: Markdown, the text export or leginfo’s), then delete the "## Conflict" record.';
export const BASE_HINT =
  'Pass the edition it amends with --base EDITION.md, or import a copy that keeps the marks (Markdown, the text export, leginfo’s text).';

/** Reports about one section (its label and heading named in every message), and reads the edition. */
export class Drafter {
  constructor(
    private readonly context: DraftContext,
    private readonly where: string,
    private readonly line: number,
  ) {}

  /** A warning about the section, at its clause's line. */
  warn(ruleId: string, message: string, hint: string): void {
    this.context.reporter.report('warning', ruleId, `${this.where}: ${message}`, this.line, hint);
  }

  /** An error about the section, at its clause's line. */
  error(ruleId: string, message: string, hint: string): void {
    this.context.reporter.report('error', ruleId, `${this.where}: ${message}`, this.line, hint);
  }

  /** The edition's text for the block, or undefined (reported as an error when `required`). */
  official(op: AmendmentOpKind, id: string, citation: string, required: boolean): string | undefined {
    const { base } = this.context;
    if (base === undefined) return undefined;
    const text = officialText(base, op, id);
    if (text === undefined) {
      const report = required ? this.error.bind(this) : this.warn.bind(this);
      report(
        'target-missing',
        `the edition has no ${citation}`,
        'Check the clause, or pass the edition the measure amends.',
      );
    }
    return text;
  }

  /** The base of a provision the filing does not print: the edition's text, or an error. */
  unprinted(op: AmendmentOpKind, id: string, citation: string, what: string): string | undefined {
    const official = this.official(op, id, citation, true);
    if (official === undefined && this.context.base === undefined) {
      this.error('base-unknown', `${what} of ${citation} is not printed, so it cannot be known`, BASE_HINT);
    }
    return official;
  }

  /** A base read from marks, replaced by the edition's exact text when their words agree. */
  reconcile(recorded: string, op: AmendmentOpKind, id: string, citation: string): string {
    const official = this.official(op, id, citation, false);
    if (official === undefined) return recorded;
    if (sameWords(official, recorded) || sameWords(withoutHistoryNotes(official), recorded)) return official;
    this.warn(
      'base-differs',
      `the struck text is not the edition’s text of ${citation} word for word; it is kept as filed`,
      'amend lint --base shows where they differ; amend rebase can move the measure onto the edition.',
    );
    return recorded;
  }

  /** Plain restatement of a provision whose text changes: base from the edition, proposed decided by lost-marks.ts. */
  plain(
    spec: AmendmentSpec,
    citation: string,
    restated: string,
  ): { spec: AmendmentSpec; theirs?: AmendmentSpec } | undefined {
    if (this.context.base === undefined) {
      this.error(
        'base-unknown',
        `the restated text of ${citation} has no strikeout or italic (plain text), so the text it amends cannot be known`,
        BASE_HINT,
      );
      return undefined;
    }
    const official = this.official(spec.op, spec.target, citation, true);
    if (official === undefined) return undefined;
    const decided = readLostMarks(official, restated);
    const live: AmendmentSpec = { ...spec, base: official, proposed: restated };
    if (!decided.ambiguous) {
      this.context.reporter.report(
        'info',
        'plain-restatement',
        `${this.where}: the restated text of ${citation} is plain text; read as the new text because ${decided.explanation}`,
        this.line,
        'Check the imported "proposed" block against the filing.',
      );
      return { spec: live };
    }
    this.warn(
      'lost-strikeout',
      `the restated text of ${citation} is plain text (strikeout and italic are lost on copy) and ${decided.explanation}; which words it strikes cannot be known, so every word is kept and a conflict is recorded`,
      PLAIN_HINT,
    );
    const { proposed: _dropped, ...unchanged } = spec;
    const theirs: AmendmentSpec =
      spec.op === 'renumber' || spec.op === 'move'
        ? { ...unchanged, base: official }
        : { ...spec, base: official, proposed: official };
    return { spec: live, theirs };
  }
}
