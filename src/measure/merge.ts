/**
 * Three-way merge of measure revisions (`amend merge PARENT OURS THEIRS`). Parts are matched across
 * the three files (part-match.ts); a part changed on one side only takes that side; a part changed on
 * both merges at word level (merge-text.ts) when the changes touch different words; blocks both sides
 * added for a provision the parent leaves alone merge the same way against the official text they
 * quote (merge-amendment.ts). Everything else is a conflict, recorded in the file as a
 * `## Conflict N: …` part (conflict-record.ts) while the live part keeps "ours", so the result is
 * always a valid measure that renders; `lint` reports what is left.
 * Ours' bytes are kept wherever nothing changed.
 */
import type { ParseMessage } from '../constitution/types';
import { sha256OfText } from '../shared/sha256';
import { formatConflictRecord, type ConflictRecordInput } from './conflict-record';
import { frontMatterData, frontMatterDocument } from './front-matter';
import { bothReadsAsText } from './merge-both';
import { mergeAddedAmendments, mergeAmendment, type AmendmentMerge } from './merge-amendment';
import { mergeFrontMatter, type FrontMatterValues } from './merge-meta';
import { mergeText } from './merge-text';
import { parseMeasure } from './parse-measure';
import { matchParts } from './part-match';
import {
  amendmentHeading,
  amendmentSpec,
  formatAmendmentPart,
  formatPart,
  formatUncodifiedPart,
  sameAmendment,
} from './part-format';
import { setFrontMatterValue } from './splice';
import { lineEndingOf, withLineEnding } from './source-text';
import type { AmendmentPart, ConflictKind, ConflictPart, MeasureFile, MeasurePart, UncodifiedPart } from './types';
import { stringify } from 'yaml';

export interface MergeResult {
  /** The merged measure file. */
  readonly source: string;
  /** Unresolved conflicts, as recorded in `source` (read back from it). */
  readonly conflicts: readonly ConflictPart[];
  /** Problems with the inputs or the result (parse errors). */
  readonly messages: readonly ParseMessage[];
}

type PendingRecord = Omit<ConflictRecordInput, 'id'>;
type Item =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'record'; readonly record: PendingRecord };

interface Slot {
  /** undefined: keep ours' bytes; null: drop the part; string: the part's new Markdown. */
  replacement?: string | null;
  readonly after: Item[];
}

/** "Rev. 2 by Jordan Sample". */
export function revisionWho(measure: MeasureFile): string {
  const { label, author } = measure.meta.revision;
  return author === undefined ? label : `${label} by ${author}`;
}

type UncodifiedMerge =
  | { readonly ok: true; readonly heading: string; readonly body: string }
  | { readonly ok: false; readonly both?: string };

function mergeUncodified(parent: UncodifiedPart, ours: UncodifiedPart, theirs: UncodifiedPart): UncodifiedMerge {
  let heading = ours.heading;
  if (ours.heading !== theirs.heading) {
    if (ours.heading === parent.heading) heading = theirs.heading;
    else if (theirs.heading !== parent.heading) return { ok: false };
  }
  const merged = mergeText(parent.body, ours.body, theirs.body);
  if (merged.conflicts > 0) {
    const role = isTitle(parent) || isTitle(ours) || isTitle(theirs) ? 'title' : ours.role;
    if (!bothReadsAsText(parent.body, merged.clashes, role)) return { ok: false };
    return { ok: false, both: formatUncodifiedPart(heading, merged.both) };
  }
  return { ok: true, heading, body: merged.text };
}

function isTitle(part: UncodifiedPart): boolean {
  return part.role === 'title';
}

function samePart(a: MeasurePart, b: MeasurePart): boolean {
  if (a.type === 'amendment' && b.type === 'amendment') return sameAmendment(amendmentSpec(a), amendmentSpec(b));
  return a.type === 'uncodified' && b.type === 'uncodified' && a.heading === b.heading && a.body === b.body;
}

function subjectOf(part: MeasurePart): string {
  return part.type === 'amendment' ? amendmentHeading(amendmentSpec(part)) : part.heading;
}

function frontMatterValues(measure: MeasureFile): FrontMatterValues {
  const document = frontMatterDocument(measure.frontMatterRaw);
  const { data } = frontMatterData(document);
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as FrontMatterValues) : {};
}

function yamlText(value: unknown): string {
  return value === undefined ? '' : stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/** Three-way merge of measure revisions: `parent` is the common ancestor of `ours` and `theirs`. */
export function mergeMeasures(parent: MeasureFile, ours: MeasureFile, theirs: MeasureFile): MergeResult {
  const who = { ours: revisionWho(ours), theirs: revisionWho(theirs) };
  const record = (subject: string, kind: ConflictKind, oursText: string, theirsText: string, both?: string): Item => ({
    kind: 'record',
    record: {
      subject,
      kind,
      ours: { who: who.ours, text: oursText },
      theirs: { who: who.theirs, text: theirsText },
      ...(both === undefined ? {} : { both }),
    },
  });
  const oursOfParent = matchParts(parent.parts, ours.parts);
  const theirsOfParent = matchParts(parent.parts, theirs.parts);
  const slots: Slot[] = ours.parts.map(() => ({ after: [] }));
  const start: Item[] = [];
  // Where theirs' parts go when they have no counterpart in ours: after the ours part matching the
  // nearest preceding theirs part, else before the first part.
  const oursOfTheirs = new Map<number, number>();
  parent.parts.forEach((_, index) => {
    const o = oursOfParent[index];
    const t = theirsOfParent[index];
    if (o !== undefined && t !== undefined) oursOfTheirs.set(t, o);
  });
  const oursMatchedToParent = new Set(oursOfParent.filter((index) => index !== undefined));
  const theirsMatchedToParent = new Set(theirsOfParent.filter((index) => index !== undefined));
  const oursNew = ours.parts.map((_, index) => index).filter((index) => !oursMatchedToParent.has(index));
  const theirsNew = theirs.parts.map((_, index) => index).filter((index) => !theirsMatchedToParent.has(index));
  const newPairs = matchParts(
    theirsNew.map((index) => theirs.parts[index]!),
    oursNew.map((index) => ours.parts[index]!),
  );
  theirsNew.forEach((theirsIndex, position) => {
    const match = newPairs[position];
    if (match !== undefined) oursOfTheirs.set(theirsIndex, oursNew[match]!);
  });
  const placeAfterTheirs = (theirsIndex: number, item: Item): void => {
    for (let previous = theirsIndex - 1; previous >= 0; previous--) {
      const anchor = oursOfTheirs.get(previous);
      if (anchor !== undefined) {
        slots[anchor]!.after.push(item);
        return;
      }
    }
    start.push(item);
  };

  parent.parts.forEach((parentPart, index) => {
    const oIndex = oursOfParent[index];
    const tIndex = theirsOfParent[index];
    const o = oIndex === undefined ? undefined : ours.parts[oIndex]!;
    const t = tIndex === undefined ? undefined : theirs.parts[tIndex]!;
    if (o !== undefined && t !== undefined) {
      mergeMatched(parentPart, o, t, slots[oIndex!]!, record);
    } else if (o !== undefined && oIndex !== undefined) {
      // Theirs dropped the part: drop it too unless ours changed it.
      if (samePart(o, parentPart)) slots[oIndex]!.replacement = null;
      else slots[oIndex]!.after.push(record(subjectOf(o), 'delete-vs-edit', formatPart(o), ''));
    } else if (t !== undefined && tIndex !== undefined && !samePart(t, parentPart)) {
      // Ours dropped the part that theirs changed: record it where theirs has it.
      placeAfterTheirs(tIndex, record(subjectOf(t), 'delete-vs-edit', '', formatPart(t)));
    }
  });

  theirsNew.forEach((theirsIndex, position) => {
    const t = theirs.parts[theirsIndex]!;
    const match = newPairs[position];
    if (match === undefined) {
      placeAfterTheirs(theirsIndex, { kind: 'text', text: formatPart(t) });
      return;
    }
    const o = ours.parts[oursNew[match]!]!;
    const slot = slots[oursNew[match]!]!;
    if (samePart(o, t)) return;
    if (o.type === 'amendment' && t.type === 'amendment') {
      // Blocks for one provision quoting the same official text merge against that text.
      const merged = mergeAddedAmendments(amendmentSpec(o), amendmentSpec(t));
      placeAmendmentMerge(merged, o, t, slot, record);
      return;
    }
    // Two added sections side by side, except two short titles: a measure is cited by one name.
    const both =
      o.type === 'uncodified' && t.type === 'uncodified' && !isTitle(o) && !isTitle(t)
        ? formatUncodifiedPart(o.heading, `${o.body}\n\n${t.body}`)
        : undefined;
    slot.after.push(record(subjectOf(o), 'add-add', formatPart(o), formatPart(t), both));
  });

  const meta = mergeFrontMatter(frontMatterValues(parent), frontMatterValues(ours), frontMatterValues(theirs));
  for (const conflict of meta.conflicts) {
    start.push(
      record(
        `front matter: ${conflict.path}`,
        'metadata',
        yamlText(conflict.ours),
        yamlText(conflict.theirs),
        conflict.both === undefined ? undefined : yamlText(conflict.both),
      ),
    );
  }

  let source = compose(ours, slots, start);
  const messages: ParseMessage[] = [];
  for (const set of meta.sets) source = applySet(source, set.path, set.value, messages);
  source = applySet(source, ['revision', 'parent'], sha256OfText(ours.source), messages);
  source = applySet(source, ['revision', 'mergeParent'], sha256OfText(theirs.source), messages);
  source = applySet(
    source,
    ['revision', 'label'],
    `${ours.meta.revision.label} (merged with ${theirs.meta.revision.label})`,
    messages,
  );
  const merged = parseMeasure(source, ours.path === undefined ? {} : { path: ours.path });
  return {
    source,
    conflicts: merged.conflicts,
    messages: [...messages, ...merged.messages.filter((m) => m.severity === 'error')],
  };
}

function applySet(
  source: string,
  path: readonly (string | number)[],
  value: unknown,
  messages: ParseMessage[],
): string {
  const result = setFrontMatterValue(source, path, value);
  if (result.ok) return result.value;
  messages.push({ severity: 'error', ruleId: 'merge-front-matter', message: result.error.message, line: 1, column: 1 });
  return source;
}

type RecordItem = (subject: string, kind: ConflictKind, ours: string, theirs: string, both?: string) => Item;

/** Put a merged block in ours' place (when it differs from ours), or record the conflict after it. */
function placeAmendmentMerge(
  merged: AmendmentMerge,
  o: AmendmentPart,
  t: AmendmentPart,
  slot: Slot,
  record: RecordItem,
): void {
  if (merged.ok) {
    if (!sameAmendment(merged.spec, amendmentSpec(o))) slot.replacement = formatAmendmentPart(merged.spec);
    return;
  }
  const both = merged.both === undefined ? undefined : formatAmendmentPart(merged.both);
  slot.after.push(record(subjectOf(o), merged.kind, formatPart(o), formatPart(t), both));
}

function mergeMatched(parentPart: MeasurePart, o: MeasurePart, t: MeasurePart, slot: Slot, record: RecordItem): void {
  if (parentPart.type === 'amendment' && o.type === 'amendment' && t.type === 'amendment') {
    const merged = mergeAmendment(amendmentSpec(parentPart), amendmentSpec(o), amendmentSpec(t));
    placeAmendmentMerge(merged, o, t, slot, record);
    return;
  }
  if (parentPart.type === 'uncodified' && o.type === 'uncodified' && t.type === 'uncodified') {
    const merged = mergeUncodified(parentPart, o, t);
    if (merged.ok) {
      if (merged.heading !== o.heading || merged.body !== o.body) {
        slot.replacement = formatUncodifiedPart(merged.heading, merged.body);
      }
    } else slot.after.push(record(subjectOf(o), 'same-words', formatPart(o), formatPart(t), merged.both));
  }
}

/** Ours' file with slots applied; untouched parts keep their exact bytes. */
function compose(ours: MeasureFile, slots: readonly Slot[], start: readonly Item[]): string {
  const eol = lineEndingOf(ours.source);
  const firstPart = ours.parts[0]?.extent.start ?? ours.conflicts[0]?.extent.start ?? ours.source.length;
  const chunks: string[] = [];
  let nextId = Math.max(0, ...ours.conflicts.map((conflict) => conflict.id)) + 1;
  const itemText = (item: Item): string =>
    item.kind === 'text' ? item.text : formatConflictRecord({ ...item.record, id: nextId++ });
  for (const item of start) chunks.push(withLineEnding(itemText(item), eol));
  // Ours' own parts and conflict records, in file order.
  const pieces: { start: number; end: number; slot?: Slot }[] = [
    ...ours.parts.map((part, index) => ({ start: part.extent.start, end: part.extent.end, slot: slots[index]! })),
    ...ours.conflicts.map((conflict) => ({ start: conflict.extent.start, end: conflict.extent.end })),
  ].sort((a, b) => a.start - b.start);
  for (const piece of pieces) {
    const replacement = piece.slot?.replacement;
    if (replacement === undefined) chunks.push(ours.source.slice(piece.start, piece.end));
    else if (replacement !== null) chunks.push(withLineEnding(replacement, eol));
    for (const item of piece.slot?.after ?? []) chunks.push(withLineEnding(itemText(item), eol));
  }
  return joinChunks(ours.source.slice(0, firstPart), chunks, eol);
}

/**
 * Join the head and the part chunks with one blank line between parts, keeping a chunk's own
 * trailing blank lines when it has them (so untouched bytes stay identical).
 */
function joinChunks(head: string, chunks: readonly string[], eol: string): string {
  const present = chunks.filter((chunk) => chunk.trim() !== '');
  let out = head;
  const separate = (): void => {
    if (out === '' || /\n[ \t]*\r?\n$/.test(out)) return;
    out += out.endsWith('\n') ? eol : `${eol}${eol}`;
  };
  present.forEach((chunk, index) => {
    separate();
    out += index === present.length - 1 ? `${chunk.replace(/\s+$/, '')}${eol}` : chunk;
  });
  return out;
}
