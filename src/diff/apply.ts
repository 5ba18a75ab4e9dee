/**
 * Apply a ChangeSet to the base document it was made from, rebuilding the edited text exactly:
 * `applyChangeSet(base, semanticDiff(base, x)) === x.source`, whitespace included. The source is
 * never re-serialised: unchanged units are copied byte for byte and changed ones are rebuilt from
 * the texts the operations carry.
 */
import type { LegalDoc } from '../constitution/types';
import { err, ok, type Result } from '../shared/result';
import { textHash } from '../shared/sha256';
import { studioError, type StudioError } from '../shared/studio-error';
import { articleExtent } from './ops';
import { newView, oldView } from './redline';
import { summarizeOp } from './summary';
import type { ChangeOp, ChangeSet } from './types';
import {
  bodyText,
  docUnits,
  headingBreak,
  headingLine,
  separatorText,
  unitText,
  type DocUnits,
  type Unit,
} from './units';

/** One piece of the output: a base unit (possibly rewritten) or a placed unit. */
interface Entry {
  key: string;
  separator: string;
  heading: string;
  lineBreak: string;
  body: string;
  next: Entry | undefined;
}

class ApplyError extends Error {
  constructor(
    readonly code: 'stale-base' | 'invalid-request',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Rebuild the edited text from `base` and `changes`.
 *
 * Each operation's `baseHash` is checked against the base text it targets; an operation whose base
 * text differs (the edition changed since the diff) stops the apply with a `stale-base` error that
 * names the operation. The whole-document `changes.baseHash` is not required to match, so a
 * ChangeSet still applies to an edition where only untouched parts changed.
 *
 * @param base The parsed base document.
 * @param changes Operations from `semanticDiff(base, …)`.
 * @returns The edited source, or an error naming the operation that cannot apply.
 */
export function applyChangeSet(base: LegalDoc, changes: ChangeSet): Result<string, StudioError> {
  const units = docUnits(base, base.preamble !== undefined);
  const entries = units.units.map((unit): Entry => ({
    key: unit.key,
    separator: separatorText(units, unit),
    heading: headingLine(units, unit),
    lineBreak: headingBreak(units, unit),
    body: bodyText(units, unit),
    next: undefined,
  }));
  const removed = new Uint8Array(entries.length);
  const placements: { op: ChangeOp; number: number; entry: Entry; after: string }[] = [];
  // Subdivisions inserted into a base section body (offsets into that body), by unit index.
  const insertions: ({ offset: number; text: string }[] | undefined)[] = [];
  const amended = new Uint8Array(entries.length);
  try {
    changes.ops.forEach((op, index) => {
      const fail = (code: ApplyError['code'], problem: string): never => {
        throw new ApplyError(code, `Operation ${index + 1} (${summarizeOp(op).replace(/ {2,}/g, ' ')}): ${problem}`);
      };
      const target = (key: string): Unit => {
        const unit = units.byKey.get(key);
        if (unit === undefined) return fail('stale-base', `the base text has no ${key}.`);
        return unit;
      };
      const expect = (unit: Unit, hash: string, text = unitText(units, unit)): void => {
        if (textHash(text) !== hash)
          fail('stale-base', `the base text of ${unit.key} differs from the one this change was made against.`);
      };
      switch (op.op) {
        case 'amend': {
          const unit = target(op.target);
          expect(unit, op.baseHash);
          if (insertions[unit.index] !== undefined)
            fail('invalid-request', `${op.target} also gets new subdivisions from another operation.`);
          amended[unit.index] = 1;
          if (oldView(op.redline) !== bodyText(units, unit))
            fail('invalid-request', 'its redline does not match the base text.');
          const entry = entries[unit.index]!;
          entry.body = newView(op.redline);
          if (op.heading !== undefined) entry.heading = op.heading.to;
          if (op.headingBreak !== undefined) entry.lineBreak = op.headingBreak.to;
          if (op.separator !== undefined) entry.separator = op.separator.to;
          break;
        }
        case 'retitle': {
          const unit = target(op.target);
          expect(unit, op.baseHash);
          const entry = entries[unit.index]!;
          entry.heading = op.heading.to;
          if (op.headingBreak !== undefined) entry.lineBreak = op.headingBreak.to;
          break;
        }
        case 'repeal': {
          const unit = target(op.target);
          if (op.kind === 'article') {
            const extent = articleExtent(units, unit);
            expect(unit, op.baseHash, base.source.slice(extent.start, extent.end));
            for (const member of units.units) if (member.articleKey === unit.key) removed[member.index] = 1;
          } else {
            expect(unit, op.baseHash);
            removed[unit.index] = 1;
          }
          break;
        }
        case 'renumber':
        case 'move': {
          const unit = target(op.from);
          expect(unit, op.baseHash);
          if (oldView(op.redline) !== bodyText(units, unit))
            fail('invalid-request', 'its redline does not match the base text.');
          removed[unit.index] = 1;
          const entry: Entry = {
            key: op.to,
            separator: op.separator?.to ?? separatorText(units, unit),
            heading: op.heading.to,
            lineBreak: op.headingBreak?.to ?? headingBreak(units, unit),
            body: newView(op.redline),
            next: undefined,
          };
          placements.push({ op, number: index, entry, after: op.after });
          break;
        }
        case 'add':
          if (op.kind === 'subdivision') {
            const unit = target(op.section);
            expect(unit, op.baseHash);
            if (amended[unit.index] === 1)
              fail('invalid-request', `${op.section} is also amended by another operation.`);
            if (op.offset < 0 || op.offset > bodyText(units, unit).length)
              fail('invalid-request', `its offset lies outside the body of ${op.section}.`);
            insertions[unit.index] = [...(insertions[unit.index] ?? []), { offset: op.offset, text: op.text }];
            break;
          }
          placements.push({
            op,
            number: index,
            entry: { key: op.target, separator: '', heading: '', lineBreak: '', body: op.text, next: undefined },
            after: op.after,
          });
          break;
        case 'reorder': {
          const unit = target(op.target);
          expect(unit, op.baseHash);
          removed[unit.index] = 1;
          placements.push({ op, number: index, entry: entries[unit.index]!, after: op.after });
          break;
        }
      }
    });
    insertions.forEach((list, index) => {
      if (list !== undefined) entries[index]!.body = withInsertions(entries[index]!.body, list);
    });
    return ok(assemble(units, entries, removed, placements));
  } catch (error) {
    if (error instanceof ApplyError) return err(studioError(error.code, error.message));
    throw error;
  }
}

/** `body` with each text inserted at its offset (offsets into `body`; equal offsets keep their order). */
function withInsertions(body: string, insertions: readonly { offset: number; text: string }[]): string {
  const sorted = insertions.map((insertion, order) => ({ ...insertion, order }));
  sorted.sort((a, b) => a.offset - b.offset || a.order - b.order);
  const pieces: string[] = [];
  let cursor = 0;
  for (const { offset, text } of sorted) {
    pieces.push(body.slice(cursor, offset), text);
    cursor = offset;
  }
  pieces.push(body.slice(cursor));
  return pieces.join('');
}

/** Chain the kept entries in base order, then place each new or moved entry after its anchor. */
function assemble(
  units: DocUnits,
  entries: readonly Entry[],
  removed: Uint8Array,
  placements: readonly { op: ChangeOp; number: number; entry: Entry; after: string }[],
): string {
  const byKey = new Map<string, Entry>();
  const head: Entry = { key: '', separator: '', heading: '', lineBreak: '', body: '', next: undefined };
  let tail = head;
  units.units.forEach((unit, index) => {
    if (removed[index] === 1) return;
    const entry = entries[index]!;
    entry.next = undefined;
    tail.next = entry;
    tail = entry;
    byKey.set(entry.key, entry);
  });
  for (const placement of placements) {
    const anchor = placement.after === '' ? head : byKey.get(placement.after);
    if (anchor === undefined) {
      throw new ApplyError(
        'invalid-request',
        `Operation ${placement.number + 1} (${summarizeOp(placement.op).replace(/ {2,}/g, ' ')}): it follows ${placement.after}, which is not in the result.`,
      );
    }
    placement.entry.next = anchor.next;
    anchor.next = placement.entry;
    byKey.set(placement.entry.key, placement.entry);
  }
  const pieces: string[] = [];
  for (let entry = head.next; entry !== undefined; entry = entry.next)
    pieces.push(entry.separator, entry.heading, entry.lineBreak, entry.body);
  return pieces.join('');
}
