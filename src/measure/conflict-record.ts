/**
 * The conflict block convention: an unresolved conflict is recorded in the measure file itself as a
 * `## Conflict N: <subject>` part holding `kind:`, `ours:` and `theirs:` lines and fenced `ours`,
 * `theirs` (and optionally `both`) alternatives. The live part keeps "ours", so the file stays a valid,
 * renderable measure; `lint` reports every record as an unresolved conflict.
 */
import type { ParseMessage } from '../constitution/types';
import { fencedBlock } from './fence';
import type { ScannedPart } from './scan-parts';
import type { LineIndex } from './source-text';
import type { ConflictKind, ConflictPart, ConflictSide } from './types';

const CONFLICT_HEADING = /^conflict\s+(\d+)\s*:\s*(.+)$/i;

const CONFLICT_KINDS: ReadonlySet<string> = new Set<ConflictKind>([
  'same-words',
  'amend-vs-repeal',
  'renumber-vs-amend',
  'move-vs-edit',
  'delete-vs-edit',
  'add-add',
  'different-base',
  'metadata',
  'stale-base',
  'lost-marks',
]);

/** Does this heading text start a conflict record? */
export function isConflictHeading(text: string): boolean {
  return CONFLICT_HEADING.test(text.trim());
}

/** A conflict record to write into a file. */
export interface ConflictRecordInput {
  readonly id: number;
  readonly subject: string;
  readonly kind: ConflictKind;
  readonly ours: ConflictSide;
  readonly theirs: ConflictSide;
  readonly both?: string;
}

/** The Markdown of a conflict record (no trailing newline). */
export function formatConflictRecord(record: ConflictRecordInput): string {
  const lines = [
    `## Conflict ${record.id}: ${record.subject}`,
    '',
    `kind: ${record.kind}`,
    `ours: ${oneLine(record.ours.who)}`,
    `theirs: ${oneLine(record.theirs.who)}`,
    '',
    fencedBlock('ours', record.ours.text),
    '',
    fencedBlock('theirs', record.theirs.text),
  ];
  if (record.both !== undefined) lines.push('', fencedBlock('both', record.both));
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Read a scanned `## Conflict N: …` part. */
export function readConflictRecord(
  part: ScannedPart,
  index: LineIndex,
  file: string | undefined,
): { conflict?: ConflictPart; messages: ParseMessage[] } {
  const messages: ParseMessage[] = [];
  const heading = CONFLICT_HEADING.exec(part.headingText.trim());
  const fields = new Map<string, string>();
  for (const line of part.looseLines) {
    const field = /^\s*(kind|ours|theirs)\s*:\s*(.*)$/i.exec(line.text);
    if (field !== null) fields.set(field[1]!.toLowerCase(), field[2]!.trim());
  }
  const fence = (info: string): string | undefined => part.fences.find((block) => block.info === info)?.text;
  const kind = fields.get('kind') ?? '';
  const ours = fence('ours');
  const theirs = fence('theirs');
  if (heading === null || !CONFLICT_KINDS.has(kind) || ours === undefined || theirs === undefined) {
    messages.push({
      severity: 'error',
      ruleId: 'invalid-conflict-record',
      message: `conflict record "${part.headingText}" needs a known "kind:" line and fenced "ours" and "theirs" blocks`,
      line: part.headingLine.number,
      column: 1,
      ...(file === undefined ? {} : { file }),
      hint: 'Resolve it by hand: keep the text you want in the live part and delete this "## Conflict" part.',
    });
    return { messages };
  }
  const both = fence('both');
  const conflict: ConflictPart = {
    type: 'conflict',
    id: Number(heading[1]),
    subject: heading[2]!.trim(),
    kind: kind as ConflictKind,
    ours: { who: fields.get('ours') ?? '', text: ours },
    theirs: { who: fields.get('theirs') ?? '', text: theirs },
    ...(both === undefined ? {} : { both }),
    heading: part.headingText,
    position: { start: index.pointAt(part.extent.start), end: index.pointAt(part.lastLine.end) },
    extent: part.extent,
  };
  return { conflict, messages };
}
