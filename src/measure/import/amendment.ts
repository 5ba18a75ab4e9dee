/**
 * An amendment section of a filed measure (its clause and restated provision) → an amendment block.
 * Marked text gives both readings: deleted words belong to the base only, inserted words to the
 * proposed text only; an added provision is wholly new, a repealed one wholly old. Plain text has
 * only one reading, so the base comes from the edition (`--base`) and lost-marks.ts decides whether
 * the restatement can be the proposed text; when it cannot, a `lost-marks` conflict is recorded.
 */
import type { LegalDoc } from '../../constitution/types';
import { officialText, sameWords } from '../official-text';
import type { AmendmentSpec } from '../part-format';
import { parsePartHeading } from '../part-heading';
import { withoutHistoryNotes } from '../restate';
import { headingCitation, parseCitationText, targetId, type TargetRef } from '../target';
import type { AmendmentOpKind } from '../types';
import { canonicalHeading, type AmendingClause } from './clause-grammar';
import { readLostMarks } from './lost-marks';
import type { OutlineSection } from './outline';
import { readArticleHeading, readRestatedLabel } from './labels';
import { hasMark, plainText, reading, sliceRuns } from './run-text';
import type { InputBlock, Reporter } from './types';

export interface AmendmentDraft {
  readonly spec: AmendmentSpec;
  /** The canonical heading (`Amend Article III, Section 1`). */
  readonly heading: string;
  readonly line: number;
  /** The alternative of a `lost-marks` conflict: the live block keeps every restated word. */
  readonly lostMarks?: { readonly theirs: AmendmentSpec };
}

interface Context {
  readonly base: LegalDoc | undefined;
  readonly reporter: Reporter;
}

const PLAIN_HINT =
  'Strike the replaced words in the "proposed" block by hand (or import the marked text: Markdown, the text export or leginfo’s), then delete the "## Conflict" record.';
const BASE_HINT =
  'Pass the edition it amends with --base EDITION.md, or import a copy that keeps the marks (Markdown, the text export, leginfo’s text).';

/** All blocks' `side` readings, one paragraph each. */
function joinReadings(blocks: readonly InputBlock[], side: 'old' | 'new'): string {
  return blocks
    .map((block) => reading(block.runs, side, block.preformatted))
    .filter((text) => text !== '')
    .join('\n\n');
}

/** `## Article 36 (TITLE)` then `### Section n` headings: the Markdown a measure file keeps for a whole article. */
function articleMarkdown(blocks: readonly InputBlock[], side: 'old' | 'new', target: TargetRef): string {
  const out: string[] = [];
  let sawHeading = false;
  for (const block of blocks) {
    const text = reading(block.runs, side, block.preformatted);
    if (text === '') continue;
    const heading = out.length === 0 ? readArticleHeading(text) : undefined;
    if (heading !== undefined) {
      const number = `${heading.article.value}${heading.article.suffix}`;
      out.push(heading.title === '' ? `## Article ${number}` : `## Article ${number} (${heading.title})`);
      sawHeading = true;
      continue;
    }
    const label = block.preformatted ? undefined : readRestatedLabel(text);
    if (label === undefined) out.push(text);
    else
      out.push(
        `### Section ${label.number}`,
        ...(text.slice(label.length).trim() === '' ? [] : [text.slice(label.length).trim()]),
      );
  }
  if (!sawHeading) out.unshift(`## Article ${target.article.value}${target.article.suffix}`);
  return out.join('\n\n');
}

/** Remove the restated label (`SEC. 1.`) when it names one of `numbers`. */
function withoutLabel(blocks: readonly InputBlock[], numbers: readonly (string | undefined)[]): InputBlock[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return [];
  const label = readRestatedLabel(plainText(first.runs));
  if (label === undefined || !numbers.includes(label.number)) return [...blocks];
  return [{ ...first, runs: sliceRuns(first.runs, label.length) }, ...rest];
}

/** Remove the printed `ARTICLE III.` before a retitled heading. */
function withoutArticleNumber(blocks: readonly InputBlock[]): InputBlock[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return [];
  const prefix = /^\s*(?:ARTICLE|Article)\s+(?:\d+\s?[A-Z]?|[IVXLCDM]+(?:\s[A-Z](?![A-Za-z]))?)\.?\s*/.exec(
    plainText(first.runs),
  );
  return prefix === null ? [...blocks] : [{ ...first, runs: sliceRuns(first.runs, prefix[0].length) }, ...rest];
}

function describe(section: OutlineSection, heading: string): string {
  return `SEC. ${section.label.number} (${heading})`;
}

/** The new number of `… is amended and renumbered to read:`, from the restated label. */
function destinationOf(section: OutlineSection, clause: AmendingClause): TargetRef | undefined {
  if (!clause.destinationFromLabel) return clause.to;
  const first = section.blocks[0];
  const label = first === undefined ? undefined : readRestatedLabel(plainText(first.runs));
  return label === undefined
    ? undefined
    : parseCitationText(`Article ${clause.target.article.roman}, Section ${label.number}`);
}

class Drafter {
  constructor(
    private readonly section: OutlineSection,
    private readonly context: Context,
    private readonly where: string,
    private readonly line: number,
  ) {}

  warn(ruleId: string, message: string, hint: string): void {
    this.context.reporter.report('warning', ruleId, `${this.where}: ${message}`, this.line, hint);
  }

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

/** Draft the amendment block of `section` (which has a clause). Undefined when it cannot be read; the reason is reported. */
export function amendmentDraft(section: OutlineSection, context: Context): AmendmentDraft | undefined {
  const clause = section.clause!;
  const line = section.clauseLine ?? section.line;
  const to = destinationOf(section, clause);
  const canonical = canonicalHeading(clause, to);
  const early = new Drafter(section, context, `SEC. ${section.label.number}`, line);
  if (canonical === undefined) {
    early.error(
      'missing-destination',
      '"… is amended and renumbered to read:" takes the new number from the restated label ("SEC. 3."), and the restated text has none',
      'Name the new number in the clause ("… is amended and renumbered Section 3 of Article X, to read:").',
    );
    return undefined;
  }
  const parsed = parsePartHeading(canonical);
  if (parsed.kind !== 'amendment') {
    early.error(
      'invalid-clause',
      parsed.kind === 'invalid' ? parsed.problem : `cannot read "${canonical}"`,
      parsed.kind === 'invalid' ? parsed.hint : '',
    );
    return undefined;
  }
  const { op, target } = parsed.heading;
  const destination = parsed.heading.to;
  const id = targetId(target);
  const citation = headingCitation(target);
  const drafter = new Drafter(section, context, describe(section, canonical), line);
  const head = { op, target: id, ...(destination === undefined ? {} : { to: targetId(destination) }) };
  const blocks =
    op === 'retitle'
      ? withoutArticleNumber(section.blocks)
      : target.section === undefined
        ? [...section.blocks]
        : withoutLabel(section.blocks, [(destination ?? target).section, target.section]);
  const marked = blocks.some((block) => hasMark(block.runs));
  const done = (spec: AmendmentSpec, theirs?: AmendmentSpec): AmendmentDraft => ({
    spec,
    heading: canonical,
    line,
    ...(theirs === undefined ? {} : { lostMarks: { theirs } }),
  });

  if (op === 'add') {
    if (blocks.some((block) => hasMark(block.runs, 'delete'))) {
      drafter.warn(
        'struck-in-added',
        'an added provision has struck words; they are left out',
        'An added provision is printed wholly in italic.',
      );
    }
    const proposed =
      target.section === undefined ? articleMarkdown(blocks, 'new', target) : joinReadings(blocks, 'new');
    if (proposed === '') {
      drafter.error(
        'missing-text',
        `the clause adds ${citation} but no text follows it`,
        'Put the added text after the clause.',
      );
      return undefined;
    }
    return done({ ...head, proposed });
  }
  if (op === 'repeal') {
    if (blocks.some((block) => hasMark(block.runs, 'insert'))) {
      drafter.warn(
        'inserted-in-repealed',
        'a repealed provision has inserted words; they are left out',
        'A repealed provision is printed wholly in strikeout.',
      );
    }
    const recorded =
      target.section === undefined ? articleMarkdown(blocks, 'old', target) : joinReadings(blocks, 'old');
    if (recorded === '') {
      const official = drafter.official(op, id, citation, true);
      if (official === undefined) {
        if (context.base === undefined) {
          drafter.error(
            'base-unknown',
            `the repealed text of ${citation} is not printed, so it cannot be known`,
            BASE_HINT,
          );
        }
        return undefined;
      }
      return done({ ...head, base: official });
    }
    return done({ ...head, base: drafter.reconcile(recorded, op, id, citation) });
  }
  const restates = clause.restates || blocks.some((block) => plainText(block.runs).trim() !== '');
  if (!restates) {
    const official = drafter.official(op, id, citation, true);
    if (official === undefined) {
      if (context.base === undefined) {
        drafter.error('base-unknown', `the text of ${citation} is not restated, so it cannot be known`, BASE_HINT);
      }
      return undefined;
    }
    return done({ ...head, base: official });
  }
  const old = joinReadings(blocks, 'old');
  const proposed = joinReadings(blocks, 'new');
  if (proposed === '') {
    drafter.error(
      'missing-text',
      `no restated text follows the clause`,
      'Put the restated provision after the clause.',
    );
    return undefined;
  }
  if (!marked) {
    const read = drafter.plain({ ...head, proposed }, citation, proposed);
    if (read === undefined) return undefined;
    return done(read.spec, read.theirs);
  }
  const base = drafter.reconcile(old, op, id, citation);
  const relocation = op === 'renumber' || op === 'move';
  return done({ ...head, base, ...(relocation && sameWords(old, proposed) ? {} : { proposed }) });
}
