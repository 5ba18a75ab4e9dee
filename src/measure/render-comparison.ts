/**
 * The revision comparison as plain text. This layer (revision A → revision B) marks its changes
 * `{-removed-}` / `{+added+}`, never with the constitution redline's `[begin deletion]` markers, so
 * the two layers cannot be confused when both appear in one packet.
 */
import type { RedlineSegment } from '../diff/types';
import { summarizeOp } from '../diff/summary';
import type { RevisionComparison, RevisionRef } from './compare-types';

/** Short hash shown for a revision (its full SHA-256 is in the JSON form). */
const SHORT_HASH_LENGTH = 12;

/** A revision-layer redline in text: `{-removed in B-}` and `{+added in B+}`. */
export function revisionRedlineText(segments: readonly RedlineSegment[]): string {
  return segments
    .map((segment) =>
      segment.type === 'delete'
        ? `{-${segment.text}-}`
        : segment.type === 'insert'
          ? `{+${segment.text}+}`
          : segment.text,
    )
    .join('')
    .replace(/\s*\n\s*/g, ' ');
}

function describe(ref: RevisionRef): string {
  const who = ref.author === undefined ? '' : ` by ${ref.author}`;
  const when = ref.date === undefined ? '' : `, ${ref.date}`;
  const where = ref.path === undefined ? '' : ` (${ref.path})`;
  return `${ref.label}${who}${when}, SHA-256 ${ref.sha256.slice(0, SHORT_HASH_LENGTH)}${where}`;
}

function words(stats: { deletedWords: number; insertedWords: number }): string {
  return `\u2212${stats.deletedWords} +${stats.insertedWords} words`;
}

/** The comparison report as text. */
export function renderComparisonText(comparison: RevisionComparison): string {
  const out: string[] = [
    `Revision comparison (revision A → revision B; not the constitution redline)`,
    `A: ${describe(comparison.a)}`,
    `B: ${describe(comparison.b)}${comparison.bIsChildOfA ? ' — a child revision of A' : ''}`,
    '',
    'Front matter',
  ];
  if (comparison.metadata.length === 0) out.push('  no changes');
  for (const change of comparison.metadata) {
    out.push(
      `  ${change.path}: ${change.before === undefined ? '(none)' : `"${change.before}"`} → ${change.after === undefined ? '(none)' : `"${change.after}"`}`,
    );
  }
  out.push('', 'Uncodified sections');
  for (const section of comparison.uncodified) {
    const renamed = section.headingBefore === undefined ? '' : ` (was "${section.headingBefore}")`;
    out.push(
      `  [${section.status}] ${section.heading}${renamed}${section.status === 'unchanged' ? '' : `  ${words(section.stats)}`}`,
    );
    if (section.status !== 'unchanged') out.push(`    ${revisionRedlineText(section.redline)}`);
  }
  out.push('', 'Amendments to the constitution');
  if (comparison.amendments.length === 0) out.push('  none in either revision');
  for (const amendment of comparison.amendments) {
    const operation = amendment.opChanged ? `  ${amendment.before!.op} → ${amendment.after!.op}` : '';
    out.push(`  [${amendment.status}] ${amendment.citation}${operation}`);
    if (amendment.status === 'unchanged') continue;
    if (amendment.before !== undefined) out.push(`    A: ${amendment.before.clause}`);
    if (amendment.after !== undefined) out.push(`    B: ${amendment.after.clause}`);
    if (amendment.baseChanged) out.push('    The two revisions record different official text for this provision.');
    const wordsChanged = amendment.stats.deletedWords + amendment.stats.insertedWords > 0;
    out.push(
      wordsChanged
        ? `    Text (${words(amendment.stats)}): ${revisionRedlineText(amendment.redline)}`
        : '    Text: the same words in both revisions',
    );
  }
  if (comparison.constitution !== undefined) {
    out.push('', 'Constitution as left by A → as left by B');
    if (comparison.constitution.ops.length === 0) out.push('  the same text');
    for (const op of comparison.constitution.ops) out.push(`  ${summarizeOp(op)}`);
  }
  for (const message of comparison.messages) out.push('', `${message.severity}: ${message.message}`);
  return `${out.join('\n')}\n`;
}
