/**
 * What the diff worker sends to the UI, computed from the ChangeSet and the two documents: the
 * outline, the amendments panel entries (with the clause the measure will print), the editor's
 * redline marks (offsets in the edited text) and the changed ids. Pure, so it is unit-tested in Node.
 */
import type { ChangeOp, ChangeSet, RedlineSegment } from '../../src/diff/types';
import type { DocUnits, Unit } from '../../src/diff/units';
import { amendingClause } from '../../src/measure/clauses';
import { parseTargetId } from '../../src/measure/target';
import type { AmendmentItem, OutlineEntry, RedlineMark } from './diff-protocol';

/** Where a unit's heading line starts (a unit begins with the blank lines that separate it from the previous one). */
export function headingStart(units: DocUnits, unit: Unit): number {
  return Math.max(unit.start, units.source.lastIndexOf('\n', unit.headingEnd - 1) + 1);
}

/** The outline of a document from its units: articles and sections with the line of each heading. */
export function outlineOf(units: DocUnits, lineStarts: readonly number[] = lineStartsOf(units.source)): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const unit of units.units) {
    if (unit.kind === 'article' && unit.article !== undefined) {
      entries.push({
        id: unit.key,
        kind: 'article',
        label: `Article ${unit.article.number.roman}`,
        ...(unit.article.title === undefined ? {} : { title: unit.article.title }),
        line: lineAt(lineStarts, headingStart(units, unit)),
      });
    } else if (unit.kind === 'section' && unit.section !== undefined) {
      entries.push({
        id: unit.key,
        kind: 'section',
        label: `Section ${unit.section.number}`,
        line: lineAt(lineStarts, headingStart(units, unit)),
      });
    }
  }
  return entries;
}

/** Ids an operation touches in the edited text (a relocated section under its new id), and their articles. */
export function changedIdsOf(changeSet: ChangeSet): string[] {
  const ids = new Set<string>();
  for (const op of changeSet.ops) {
    const id = op.op === 'renumber' || op.op === 'move' ? op.to : op.target;
    ids.add(id);
    const slash = id.indexOf('/');
    if (slash > 0) ids.add(id.slice(0, slash));
  }
  return [...ids];
}

/** The clause for an op: the one the measure document printed for this target, else generated here. */
function clauseOf(op: ChangeOp, printed: ReadonlyMap<string, string>): string {
  const fromMeasure = printed.get(op.target);
  if (fromMeasure !== undefined) return fromMeasure;
  const target = parseTargetId(op.target);
  if (op.op === 'reorder') return `${op.citation} is placed elsewhere; its wording does not change.`;
  if (target === undefined) return `${op.citation} is amended to read:`;
  if (op.op === 'renumber' || op.op === 'move') {
    const to = parseTargetId(op.to);
    return amendingClause({
      op: op.op,
      target,
      ...(to === undefined ? {} : { to }),
      textChanged: op.redline.some((segment) => segment.type !== 'equal'),
    });
  }
  return amendingClause({ op: op.op, target });
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Line (1-based) of an offset, by binary search over line starts. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Offsets where each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** Where a repealed unit would be in the edited text: the start of the next base unit that survives. */
function repealOffset(op: ChangeOp, base: DocUnits, edited: DocUnits): number {
  const unit = base.byKey.get(op.target);
  if (unit === undefined) return edited.source.length;
  for (const next of base.units.slice(unit.index + 1)) {
    const survivor = edited.byKey.get(next.key);
    if (survivor !== undefined) return survivor.start;
  }
  return edited.source.length;
}

/** The edited unit an op's text lives in (new id for a relocation). */
function editedUnitOf(op: ChangeOp, edited: DocUnits): Unit | undefined {
  return edited.byKey.get(op.op === 'renumber' || op.op === 'move' ? op.to : op.target);
}

/** Words of unchanged context kept on each side of a change in the panel excerpt. */
export const EXCERPT_CONTEXT_WORDS = 6;
/** Longest piece of one segment the panel shows; beyond it the middle is elided. */
export const EXCERPT_SEGMENT_CHARS = 160;

/** Shorten a stretch of text for the excerpt, keeping its outer spaces (they separate it from its neighbours). */
function shorten(text: string, keep: 'start' | 'end' | 'both' | 'change'): string {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  const flat = text.trim().replace(/\s+/g, ' ');
  if (keep === 'change') {
    const half = EXCERPT_SEGMENT_CHARS / 2;
    return (
      lead + (flat.length <= EXCERPT_SEGMENT_CHARS ? flat : `${flat.slice(0, half)} … ${flat.slice(-half)}`) + trail
    );
  }
  const words = flat === '' ? [] : flat.split(' ');
  const n = EXCERPT_CONTEXT_WORDS;
  if (keep === 'end') return words.length <= n ? lead + flat + trail : `… ${words.slice(-n).join(' ')}${trail}`;
  if (keep === 'start') return words.length <= n ? lead + flat + trail : `${lead}${words.slice(0, n).join(' ')} …`;
  return words.length <= 2 * n + 1
    ? lead + flat + trail
    : `${lead}${words.slice(0, n).join(' ')} … ${words.slice(-n).join(' ')}${trail}`;
}

/**
 * The changes of a redline with a few words of context around each, equal stretches between
 * changes shortened: what the panel shows under the clause.
 */
export function excerptOf(segments: readonly RedlineSegment[]): RedlineSegment[] {
  const first = segments.findIndex((segment) => segment.type !== 'equal');
  if (first < 0) return [];
  let last = segments.length - 1;
  while (segments[last]!.type === 'equal') last--;
  const excerpt: RedlineSegment[] = [];
  segments.forEach((segment, index) => {
    if (index < first - 1 || index > last + 1) return;
    if (segment.type !== 'equal') excerpt.push({ type: segment.type, text: shorten(segment.text, 'change') });
    else
      excerpt.push({
        type: 'equal',
        text: shorten(segment.text, index < first ? 'end' : index > last ? 'start' : 'both'),
      });
  });
  // The excerpt is shown inline: no space before its first word or after its last.
  const head = excerpt[0]!;
  excerpt[0] = { ...head, text: head.text.trimStart() };
  const tail = excerpt[excerpt.length - 1]!;
  excerpt[excerpt.length - 1] = { ...tail, text: tail.text.trimEnd() };
  return excerpt;
}

function excerptOfOp(op: ChangeOp): RedlineSegment[] {
  switch (op.op) {
    case 'amend':
    case 'renumber':
    case 'move':
      return excerptOf(op.redline);
    case 'add':
      return [{ type: 'insert', text: shorten(op.text, 'change').trim() }];
    case 'repeal':
      return [{ type: 'delete', text: shorten(op.text, 'change').trim() }];
    case 'retitle':
      return [
        { type: 'delete', text: op.from },
        { type: 'insert', text: op.to },
      ];
    case 'reorder':
      return [];
  }
}

/** The panel entries, in ChangeSet order. `printed` maps targets to the clauses of the synced measure. */
export function itemsOf(
  changeSet: ChangeSet,
  base: DocUnits,
  edited: DocUnits,
  printed: ReadonlyMap<string, string> = new Map(),
  starts: readonly number[] = lineStartsOf(edited.source),
): AmendmentItem[] {
  return changeSet.ops.map((op) => {
    const unit = editedUnitOf(op, edited);
    const offset =
      op.op === 'repeal' || unit === undefined ? repealOffset(op, base, edited) : headingStart(edited, unit);
    const stats =
      op.op === 'amend' || op.op === 'renumber' || op.op === 'move'
        ? op.stats
        : op.op === 'add'
          ? { deletedWords: 0, insertedWords: wordCount(op.text) }
          : op.op === 'repeal'
            ? { deletedWords: wordCount(op.text), insertedWords: 0 }
            : { deletedWords: 0, insertedWords: 0 };
    return {
      op: op.op,
      target: op.target,
      citation: op.op === 'renumber' || op.op === 'move' ? `${op.citation} → ${op.toCitation}` : op.citation,
      clause: clauseOf(op, printed),
      deletedWords: stats.deletedWords,
      insertedWords: stats.insertedWords,
      line: lineAt(starts, Math.min(offset, edited.source.length)),
      excerpt: excerptOfOp(op),
    };
  });
}

/** Marks for a body redline starting at `start` in the edited text. */
function redlineMarks(segments: readonly RedlineSegment[], start: number, marks: RedlineMark[]): void {
  let cursor = start;
  for (const segment of segments) {
    if (segment.type === 'delete') marks.push({ kind: 'delete', offset: cursor, text: segment.text });
    else {
      if (segment.type === 'insert') marks.push({ kind: 'insert', offset: cursor, length: segment.text.length });
      cursor += segment.text.length;
    }
  }
}

/** A changed heading line: the old one struck, the new one marked inserted. */
function headingMarks(from: string, edited: DocUnits, unit: Unit, marks: RedlineMark[]): void {
  const start = headingStart(edited, unit);
  marks.push({ kind: 'delete', offset: start, text: from });
  marks.push({ kind: 'insert', offset: start, length: unit.headingEnd - start });
}

/** The editor's redline marks for every op. */
export function marksOf(changeSet: ChangeSet, base: DocUnits, edited: DocUnits): RedlineMark[] {
  const marks: RedlineMark[] = [];
  for (const op of changeSet.ops) {
    const unit = editedUnitOf(op, edited);
    switch (op.op) {
      case 'amend':
      case 'renumber':
      case 'move':
        if (unit === undefined) break;
        if (op.heading !== undefined) headingMarks(op.heading.from, edited, unit, marks);
        redlineMarks(op.redline, unit.bodyStart, marks);
        break;
      case 'add':
        if (unit !== undefined)
          marks.push({
            kind: 'insert',
            offset: unit.start,
            length: Math.min(op.text.length, edited.source.length - unit.start),
          });
        break;
      case 'repeal':
        marks.push({ kind: 'delete', offset: repealOffset(op, base, edited), text: op.text });
        break;
      case 'retitle':
        if (unit === undefined) break;
        headingMarks(op.heading.from, edited, unit, marks);
        break;
      case 'reorder':
        break;
    }
  }
  return marks;
}
