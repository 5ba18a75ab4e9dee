/**
 * `rebaseMeasure`: move a measure onto a new edition. Each block's recorded official text is checked
 * against the new edition: unchanged blocks are carried over; changed ones are merged three ways
 * (old official text, new official text, proposed text) at word level; what cannot be merged is
 * recorded as a `stale-base` conflict and the block is left as it was, so no clause ever strikes
 * text that differs from the official text without the user seeing it.
 */
import { editionId } from '../constitution/edition-id';
import type { LegalDoc, ParseMessage } from '../constitution/types';
import { sha256OfText } from '../shared/sha256';
import { formatConflictRecord } from './conflict-record';
import { revisionWho } from './merge';
import { mergeText } from './merge-text';
import { findProvision, officialText, sameWords } from './official-text';
import { parseMeasure } from './parse-measure';
import { amendmentSpec, formatAmendmentPart, sameAmendment, type AmendmentSpec } from './part-format';
import { insertPart, replacePart, setFrontMatterValue } from './splice';
import { headingCitation, parseTargetId } from './target';
import type { AmendmentPart, ConflictPart, MeasureFile } from './types';

export interface RebaseResult {
  /** The rebased measure file. */
  readonly source: string;
  /** Blocks whose official text is unchanged. */
  readonly carried: number;
  /** Blocks updated to the new official text (merged with the proposed text). */
  readonly merged: number;
  /** Unresolved `stale-base` conflicts recorded in `source`. */
  readonly conflicts: readonly ConflictPart[];
  /** What changed, block by block (info and warnings), and problems. */
  readonly messages: readonly ParseMessage[];
}

type Outcome =
  | { readonly kind: 'carried'; readonly spec?: AmendmentSpec }
  | { readonly kind: 'merged'; readonly spec: AmendmentSpec; readonly note: string }
  | {
      readonly kind: 'conflict';
      readonly theirs?: AmendmentSpec;
      readonly both?: AmendmentSpec;
      readonly problem: string;
    };

function rebasePart(part: AmendmentPart, newBase: LegalDoc): Outcome {
  const spec = amendmentSpec(part);
  const target = parseTargetId(part.target);
  const citation = target === undefined ? part.target : headingCitation(target);
  if (part.op === 'add') {
    return findProvision(newBase, part.target) === undefined
      ? { kind: 'carried' }
      : { kind: 'conflict', problem: `${citation} now exists in the new edition` };
  }
  const official = officialText(newBase, part.op, part.target);
  if (official === undefined) return { kind: 'conflict', problem: `${citation} no longer exists in the new edition` };
  const recorded = part.base ?? '';
  if (recorded === official) return { kind: 'carried' };
  // Spacing or line wrapping only: record the edition's exact text.
  if (sameWords(recorded, official)) return { kind: 'carried', spec: { ...spec, base: official } };
  if (part.op === 'repeal') {
    return {
      kind: 'merged',
      spec: { ...spec, base: official },
      note: `${citation} changed in the new edition; the repeal now strikes its new text`,
    };
  }
  const proposed = part.proposed ?? recorded;
  const merged = mergeText(recorded, proposed, official);
  const rebased = { ...spec, base: official, ...(part.proposed === undefined ? {} : { proposed: merged.text }) };
  if (merged.conflicts === 0) {
    return {
      kind: 'merged',
      spec: rebased,
      note: `${citation} changed in the new edition; its changes were merged with the measure's`,
    };
  }
  return {
    kind: 'conflict',
    theirs: { ...rebased, ...(part.proposed === undefined ? {} : { proposed: merged.theirs }) },
    both: { ...rebased, ...(part.proposed === undefined ? {} : { proposed: merged.both }) },
    problem: `the new edition changed words of ${citation} that the measure also changes`,
  };
}

/** Rebase `measure` onto `newBase` (see the module comment). */
export function rebaseMeasure(measure: MeasureFile, newBase: LegalDoc): RebaseResult {
  const edition = editionId(newBase, 'new-edition');
  const who = { ours: revisionWho(measure), theirs: `edition ${edition}` };
  const messages: ParseMessage[] = [];
  let carried = 0;
  let mergedCount = 0;
  let nextId = Math.max(0, ...measure.conflicts.map((conflict) => conflict.id)) + 1;
  const edits: { at: number; apply: (source: string) => string }[] = [];
  for (const part of measure.parts) {
    if (part.type !== 'amendment') continue;
    const outcome = rebasePart(part, newBase);
    const note = (severity: ParseMessage['severity'], ruleId: string, message: string): void => {
      messages.push({
        severity,
        ruleId,
        message,
        line: part.position.start.line,
        column: 1,
        ...(measure.path === undefined ? {} : { file: measure.path }),
      });
    };
    if (outcome.kind === 'carried') carried++;
    if (outcome.kind === 'merged') {
      mergedCount++;
      note('info', 'rebased', outcome.note);
    }
    const spec = outcome.kind === 'conflict' ? undefined : outcome.spec;
    if (spec !== undefined && !sameAmendment(spec, amendmentSpec(part))) {
      edits.push({
        at: part.extent.start,
        apply: (source) => replacePart(source, part.extent, formatAmendmentPart(spec)),
      });
    }
    if (outcome.kind === 'conflict') {
      note('error', 'stale-base', `${outcome.problem}; the block is unchanged and a conflict is recorded`);
      const record = formatConflictRecord({
        id: nextId++,
        subject: part.heading,
        kind: 'stale-base',
        ours: { who: who.ours, text: formatAmendmentPart(amendmentSpec(part)) },
        theirs: { who: who.theirs, text: outcome.theirs === undefined ? '' : formatAmendmentPart(outcome.theirs) },
        ...(outcome.both === undefined ? {} : { both: formatAmendmentPart(outcome.both) }),
      });
      // Just after the part: applied before the part's own splice (larger key), at its original end.
      edits.push({ at: part.extent.end - 0.5, apply: (source) => insertPart(source, part.extent.end, record) });
    }
  }
  let source = edits.sort((a, b) => b.at - a.at).reduce((text, edit) => edit.apply(text), measure.source);
  for (const [path, value] of [
    [['base', 'edition'], edition],
    [['base', 'sha256'], sha256OfText(newBase.source)],
  ] as const) {
    const set = setFrontMatterValue(source, path, value);
    if (set.ok) source = set.value;
    else messages.push({ severity: 'error', ruleId: 'front-matter', message: set.error.message, line: 1, column: 1 });
  }
  const rebased = parseMeasure(source, measure.path === undefined ? {} : { path: measure.path });
  return { source, carried, merged: mergedCount, conflicts: rebased.conflicts, messages };
}
