/**
 * An amendment section of a filed measure (its clause and restated provision) → an amendment block.
 * Marked text gives both readings: deleted words belong to the base only, inserted words to the
 * proposed text only; an added provision is wholly new, a repealed one wholly old. Plain text has
 * only one reading, so the base comes from the edition (`--base`) and lost-marks.ts decides whether
 * the restatement can be the proposed text; when it cannot, a `lost-marks` conflict is recorded.
 */
import { sameWords } from '../official-text';
import type { AmendmentSpec } from '../part-format';
import { parsePartHeading } from '../part-heading';
import { headingCitation, targetId, type TargetRef } from '../target';
import { canonicalHeading } from './clause-grammar';
import { Drafter, type DraftContext } from './drafter';
import type { OutlineSection } from './outline';
import { articleMarkdown, destinationOf, joinReadings, withoutArticleNumber, withoutLabel } from './restated-text';
import { hasMark, plainText } from './run-text';
import type { InputBlock } from './types';

export interface AmendmentDraft {
  readonly spec: AmendmentSpec;
  /** The canonical heading (`Amend Article III, Section 1`). */
  readonly heading: string;
  readonly line: number;
  /** The alternative of a `lost-marks` conflict: the live block keeps every restated word. */
  readonly lostMarks?: { readonly theirs: AmendmentSpec };
}

/** Draft the amendment block of `section` (which has a clause). Undefined when it cannot be read; the reason is reported. */
export function amendmentDraft(section: OutlineSection, context: DraftContext): AmendmentDraft | undefined {
  const clause = section.clause!;
  const line = section.clauseLine ?? section.line;
  const to = destinationOf(section, clause);
  const canonical = canonicalHeading(clause, to);
  const early = new Drafter(context, `SEC. ${section.label.number}`, line);
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
  const drafter = new Drafter(context, `SEC. ${section.label.number} (${canonical})`, line);
  const head = { op, target: id, ...(destination === undefined ? {} : { to: targetId(destination) }) };
  const blocks =
    op === 'retitle'
      ? withoutArticleNumber(section.blocks)
      : target.section === undefined
        ? [...section.blocks]
        : withoutLabel(section.blocks, [(destination ?? target).section, target.section]);
  const done = (spec: AmendmentSpec, theirs?: AmendmentSpec): AmendmentDraft => ({
    spec,
    heading: canonical,
    line,
    ...(theirs === undefined ? {} : { lostMarks: { theirs } }),
  });
  const read = { head, blocks, citation, target };
  if (op === 'add') return wholeDraft(read, 'new', drafter, done);
  if (op === 'repeal') return wholeDraft(read, 'old', drafter, done);
  return restatedDraft(read, clause.restates, drafter, done);
}

interface Read {
  readonly head: Pick<AmendmentSpec, 'op' | 'target' | 'to'>;
  readonly blocks: readonly InputBlock[];
  readonly citation: string;
  readonly target: TargetRef;
}

type Done = (spec: AmendmentSpec, theirs?: AmendmentSpec) => AmendmentDraft;

/** An added provision (its new reading) or a repealed one (its old reading). */
function wholeDraft(read: Read, side: 'old' | 'new', drafter: Drafter, done: Done): AmendmentDraft | undefined {
  const { head, blocks, citation } = read;
  const foreign = side === 'new' ? 'delete' : 'insert';
  if (blocks.some((block) => hasMark(block.runs, foreign))) {
    drafter.warn(
      side === 'new' ? 'struck-in-added' : 'inserted-in-repealed',
      `${side === 'new' ? 'an added provision has struck' : 'a repealed provision has inserted'} words; they are left out`,
      `${side === 'new' ? 'An added provision is printed wholly in italic' : 'A repealed provision is printed wholly in strikeout'}.`,
    );
  }
  const text =
    read.target.section === undefined ? articleMarkdown(blocks, side, read.target) : joinReadings(blocks, side);
  if (side === 'new') {
    if (text !== '') return done({ ...head, proposed: text });
    drafter.error(
      'missing-text',
      `the clause adds ${citation} but no text follows it`,
      'Put the added text after the clause.',
    );
    return undefined;
  }
  const base =
    text === ''
      ? drafter.unprinted(head.op, head.target, citation, 'the repealed text')
      : drafter.reconcile(text, head.op, head.target, citation);
  return base === undefined ? undefined : done({ ...head, base });
}

/** An amended (or renumbered, moved, retitled) provision: both readings, or the edition and a plain restatement. */
function restatedDraft(read: Read, restates: boolean, drafter: Drafter, done: Done): AmendmentDraft | undefined {
  const { head, blocks, citation } = read;
  if (!restates && blocks.every((block) => plainText(block.runs).trim() === '')) {
    const base = drafter.unprinted(head.op, head.target, citation, 'the text');
    return base === undefined ? undefined : done({ ...head, base });
  }
  const old = joinReadings(blocks, 'old');
  const proposed = joinReadings(blocks, 'new');
  if (proposed === '') {
    drafter.error(
      'missing-text',
      'no restated text follows the clause',
      'Put the restated provision after the clause.',
    );
    return undefined;
  }
  if (!blocks.some((block) => hasMark(block.runs))) {
    const plain = drafter.plain({ ...head, proposed }, citation, proposed);
    return plain === undefined ? undefined : done(plain.spec, plain.theirs);
  }
  const base = drafter.reconcile(old, head.op, head.target, citation);
  const relocation = head.op === 'renumber' || head.op === 'move';
  return done({ ...head, base, ...(relocation && sameWords(old, proposed) ? {} : { proposed }) });
}
