/**
 * Edit in context: `syncAmendments` keeps a measure's amendment blocks equal to what an edited
 * constitution changes, splicing only the blocks that differ. Uncodified sections, conflict records
 * and untouched blocks keep their exact bytes.
 */
import type { LegalDoc, ParseMessage } from '../constitution/types';
import { semanticDiff } from '../diff/semantic-diff';
import { sha256OfText } from '../shared/sha256';
import { changeSetParts } from './changeset-parts';
import { parseMeasure } from './parse-measure';
import { amendmentSpec, formatAmendmentPart, sameAmendment, type AmendmentSpec } from './part-format';
import { insertPart, removePart, replacePart, setFrontMatterValue } from './splice';
import { compareTargets, parseTargetId } from './target';
import type { AmendmentPart } from './types';

export interface SyncResult {
  readonly source: string;
  /** Changes the measure could not express (see changeset-parts.ts). */
  readonly messages: readonly ParseMessage[];
}

function orderOf(spec: AmendmentSpec, other: AmendmentSpec): number {
  const a = parseTargetId(spec.target);
  const b = parseTargetId(other.target);
  return a === undefined || b === undefined ? 0 : compareTargets(a, b);
}

/** `syncAmendments` with the messages about changes a block cannot express. */
export function syncAmendmentsWithMessages(measureSource: string, base: LegalDoc, edited: LegalDoc): SyncResult {
  // Mid-edit states such as "### Section 3." next to a Section 3 (two sections with one number) give
  // no operation a clause can express; writing blocks from them left broken parts behind. The
  // blocks wait, unchanged, until the text reads again.
  const editedErrors = edited.messages.filter((message) => message.severity === 'error');
  if (editedErrors.length > 0) {
    return {
      source: measureSource,
      messages: editedErrors.map((problem) => ({
        ...problem,
        message: `${problem.message}; the measure's amendment parts are kept as they were until this is fixed`,
      })),
    };
  }
  const measure = parseMeasure(measureSource);
  const { specs, messages } = changeSetParts(semanticDiff(base, edited), base, edited);
  const existing = measure.parts.filter((part): part is AmendmentPart => part.type === 'amendment');
  const wanted = new Map(specs.map((spec) => [spec.target, spec]));
  type Edit = { at: number; apply: (source: string) => string };
  const edits: Edit[] = [];
  for (const part of existing) {
    const spec = wanted.get(part.target);
    if (spec === undefined) edits.push({ at: part.extent.start, apply: (text) => removePart(text, part.extent) });
    else if (!sameAmendment(spec, amendmentSpec(part))) {
      edits.push({ at: part.extent.start, apply: (text) => replacePart(text, part.extent, formatAmendmentPart(spec)) });
    }
  }
  const present = new Set(existing.map((part) => part.target));
  const lastAmendment = existing.at(-1);
  // New blocks go before the first existing block that comes after them in the constitution.
  const added = specs
    .filter((spec) => !present.has(spec.target))
    .map((spec, sequence) => ({ spec, sequence }))
    .sort((a, b) => orderOf(a.spec, b.spec) || a.sequence - b.sequence)
    .map(({ spec }) => spec);
  added.forEach((spec, sequence) => {
    const before = existing.find((part) => orderOf(amendmentSpec(part), spec) > 0);
    const at = before?.extent.start ?? lastAmendment?.extent.end ?? measure.source.length;
    // Sort key just below `at`: a block replaced or removed at `at` is spliced first, then the
    // insertions, the last one first so they end up in constitution order.
    const key = at - 1 + (sequence + 1) / (added.length + 2);
    edits.push({ at: key, apply: (text) => insertPart(text, at, formatAmendmentPart(spec)) });
  });
  // Last first, so earlier offsets stay valid; insertions at one offset end up in constitution order.
  let source = edits.sort((a, b) => b.at - a.at).reduce((text, edit) => edit.apply(text), measureSource);
  const edition = base.frontMatter?.edition;
  const hash = sha256OfText(base.source);
  for (const [path, value] of [
    [['base', 'sha256'], hash],
    ...(edition === undefined ? [] : [[['base', 'edition'], edition] as const]),
  ] as const) {
    const set = setFrontMatterValue(source, path, value);
    if (set.ok) source = set.value;
  }
  return { source, messages };
}

/**
 * Make the measure's amendment blocks express `edited` against `base`: changed blocks are rewritten,
 * new ones inserted in constitution order, dropped ones removed, and `base.sha256` set to the base
 * edition's hash. Everything else in the file is byte-identical.
 */
export function syncAmendments(measureSource: string, base: LegalDoc, edited: LegalDoc): string {
  return syncAmendmentsWithMessages(measureSource, base, edited).source;
}
