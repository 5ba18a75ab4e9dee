/**
 * `amend merge PARENT A B [-o OUT]`: three-way merge of two revisions (A = ours, B = theirs) made
 * from PARENT. Changes to different words merge; conflicts are recorded in the result as
 * `## Conflict N` parts (the live part keeps A) and listed on stderr, and the exit status is 1.
 */
import { mergeMeasures } from '../../measure/merge';
import type { ConflictPart } from '../../measure/types';
import { parseCommandArgs, stringOption } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { printMessages, readMeasure, writeOrPrint } from '../inputs';

const USAGE = `Usage: amend merge PARENT.measure.md A.measure.md B.measure.md [-o OUT.measure.md]

Merge revisions A (ours) and B (theirs), both made from PARENT. Changes to different words, sections
or blocks merge automatically; where both changed the same thing differently, the result keeps A and
records a "## Conflict N" part with both sides and their authors (amend lint reports it).

Options:
  -o, --output FILE   write the merged measure to FILE (default: stdout)
  -h, --help

Exit status: 0 merged cleanly, 1 conflicts remain (listed on stderr) or unreadable input, 2 bad usage.
`;

/** One line per conflict: `conflict 2 (same-words) Title: ours Rev. 2 by A; theirs Rev. 2b by B`. */
export function describeConflict(conflict: ConflictPart, file: string): string {
  return `${file}:${conflict.position.start.line}: conflict ${conflict.id} (${conflict.kind}) ${conflict.subject}: ours ${conflict.ours.who}; theirs ${conflict.theirs.who}`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' } });
  if (parsed.positionals.length !== 3)
    throw new UsageError('name three measure files: PARENT, A (ours) and B (theirs)');
  const [parentPath, oursPath, theirsPath] = parsed.positionals as [string, string, string];
  const parent = await readMeasure(io, 'merge', parentPath);
  const ours = await readMeasure(io, 'merge', oursPath);
  const theirs = await readMeasure(io, 'merge', theirsPath);
  if (parent === undefined || ours === undefined || theirs === undefined) return EXIT_INPUT_ERROR;
  const merged = mergeMeasures(parent, ours, theirs);
  const output = stringOption(parsed, 'output');
  if (!(await writeOrPrint(io, 'merge', output, merged.source))) return EXIT_INPUT_ERROR;
  printMessages(io, merged.messages, output ?? 'merged measure');
  for (const conflict of merged.conflicts) io.err(`${describeConflict(conflict, output ?? 'merged measure')}\n`);
  if (merged.conflicts.length > 0) {
    io.err(
      `amend merge: ${merged.conflicts.length} conflict(s) to resolve; the merged file keeps A (ours) where they are.\n`,
    );
    return EXIT_INPUT_ERROR;
  }
  return merged.messages.length > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  usage: USAGE,
  run,
};
