/**
 * What the diff worker sends to the UI, computed from the ChangeSet and the two documents: the
 * outline, the amendments panel entries (with the clause the measure will print), the editor's
 * redline marks (offsets in the edited text) and the changed ids. Pure, so it is unit-tested in Node.
 */
import type { AddSubdivisionOp, ChangeOp, ChangeSet, RedlineSegment } from '../../src/diff/types';
import type { DocUnits, Unit } from '../../src/diff/units';
import { amendingClause } from '../../src/measure/clauses';
import { compareTargets, parseTargetId } from '../../src/measure/target';
import type { AmendmentItem, OutlineEntry, RedlineMark } from './diff-protocol';
import { excerptOfOp } from './redline-excerpt';
import { printedUnit } from './printed-unit';

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

function isSubdivisionAdd(op: ChangeOp): op is AddSubdivisionOp {
  return op.op === 'add' && op.kind === 'subdivision';
}

/** The article or section an op is placed under: the section a subdivision is added to, else its target. */
function placedTarget(op: ChangeOp): string {
  return isSubdivisionAdd(op) ? op.section : op.target;
}

/** Ids an operation touches in the edited text (a relocated section under its new id), and their articles. */
export function changedIdsOf(changeSet: ChangeSet): string[] {
  const ids = new Set<string>();
  for (const op of changeSet.ops) {
    const id = op.op === 'renumber' || op.op === 'move' ? op.to : op.target;
    ids.add(id);
    if (isSubdivisionAdd(op)) ids.add(op.section);
    const slash = id.indexOf('/');
    if (slash > 0) ids.add(id.slice(0, slash));
  }
  return [...ids];
}

/** The clause for an op: the one the measure document printed for this target, else generated here. */
function clauseOf(op: ChangeOp, printed: ReadonlyMap<string, string>): string {
  // A measure amends sections, never subdivisions: an added subdivision's clause is its section's amendment.
  const fromMeasure = printed.get(placedTarget(op));
  if (fromMeasure !== undefined) return fromMeasure;
  const target = parseTargetId(placedTarget(op));
  if (isSubdivisionAdd(op))
    return target === undefined ? `${op.citation} is added.` : amendingClause({ op: 'amend', target });
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

/** The edited unit an op's text lives in (new id for a relocation, the section for an added subdivision). */
function editedUnitOf(op: ChangeOp, edited: DocUnits): Unit | undefined {
  return edited.byKey.get(op.op === 'renumber' || op.op === 'move' ? op.to : placedTarget(op));
}

/**
 * Where an added subdivision's text starts in the edited text: its offset into the base body, moved
 * by the subdivisions added before it to the same section (ops come in document order).
 */
function subdivisionOffset(op: AddSubdivisionOp, ops: readonly ChangeOp[], unit: Unit): number {
  let shift = 0;
  for (const other of ops) {
    if (other === op) break;
    if (isSubdivisionAdd(other) && other.section === op.section) shift += other.text.length;
  }
  return unit.bodyStart + op.offset + shift;
}

/**
 * The panel entries in constitution order, the order the measure prints its amendments in (ops on
 * the same target keep their ChangeSet order). `printed` maps targets to the clauses of the synced measure.
 */
export function itemsOf(
  changeSet: ChangeSet,
  base: DocUnits,
  edited: DocUnits,
  printed: ReadonlyMap<string, string> = new Map(),
  starts: readonly number[] = lineStartsOf(edited.source),
): AmendmentItem[] {
  return inConstitutionOrder(changeSet.ops).map((op) => {
    const unit = editedUnitOf(op, edited);
    const offset =
      op.op === 'repeal' || unit === undefined
        ? repealOffset(op, base, edited)
        : isSubdivisionAdd(op)
          ? subdivisionOffset(op, changeSet.ops, unit) + (op.text.length - op.text.trimStart().length)
          : headingStart(edited, unit);
    // Amend/relocate stats are over the body redline; an added or repealed unit counts its printed body.
    const printedUnitOfOp = op.op === 'add' || op.op === 'repeal' ? printedUnit(op) : undefined;
    const stats =
      op.op === 'amend' || op.op === 'renumber' || op.op === 'move'
        ? op.stats
        : op.op === 'add'
          ? { deletedWords: 0, insertedWords: printedUnitOfOp?.words ?? 0 }
          : op.op === 'repeal'
            ? { deletedWords: printedUnitOfOp?.words ?? 0, insertedWords: 0 }
            : { deletedWords: 0, insertedWords: 0 };
    return {
      op: op.op,
      target: op.target,
      citation: op.op === 'renumber' || op.op === 'move' ? `${op.citation} → ${op.toCitation}` : op.citation,
      clause: clauseOf(op, printed),
      deletedWords: stats.deletedWords,
      insertedWords: stats.insertedWords,
      line: lineAt(starts, Math.min(offset, edited.source.length)),
      excerpt: excerptOfOp(op, printedUnitOfOp?.text),
    };
  });
}

/** Ops sorted as the measure prints them (`compareTargets`); targets that are no article or section come first, as the preamble does. */
function inConstitutionOrder(ops: readonly ChangeOp[]): ChangeOp[] {
  return ops
    .map((op, position) => ({ op, position, target: parseTargetId(placedTarget(op)) }))
    .sort((a, b) => {
      if (a.target === undefined || b.target === undefined) {
        const unplaced = (a.target === undefined ? 0 : 1) - (b.target === undefined ? 0 : 1);
        return unplaced || a.position - b.position;
      }
      return compareTargets(a.target, b.target) || a.position - b.position;
    })
    .map(({ op }) => op);
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
        if (unit !== undefined && op.kind === 'subdivision') {
          const start = subdivisionOffset(op, changeSet.ops, unit);
          marks.push({ kind: 'insert', offset: start, length: Math.min(op.text.length, edited.source.length - start) });
        } else if (unit !== undefined)
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
