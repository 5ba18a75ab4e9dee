/**
 * `amend rebase MEASURE --base NEW.md [-o OUT]`: move a measure onto a new edition of the
 * constitution. Blocks whose official text is unchanged are carried over, changed ones are merged at
 * word level, and the rest become recorded `stale-base` conflicts (listed on stderr; exit status 1).
 */
import { rebaseMeasure } from '../../measure/rebase';
import { parseCommandArgs, stringOption } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { describeConflict } from './merge';
import { printMessages, readEdition, readMeasure, writeOrPrint } from '../inputs';

const USAGE = `Usage: amend rebase MEASURE.measure.md --base NEW.md [-o OUT.measure.md]

Check every amendment block's official text against the edition NEW.md: unchanged blocks are
carried over, blocks whose provision changed are merged (old text, new text, proposed text) word by
word, and what cannot be merged is recorded as a "## Conflict N" (stale-base) part. The front matter
then names the new edition and its SHA-256.

Options:
  --base NEW.md       the new edition (required)
  -o, --output FILE   write the rebased measure to FILE (default: stdout)
  -h, --help

Exit status: 0 rebased cleanly, 1 conflicts remain or unreadable input, 2 bad usage.
`;

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { base: { type: 'string' }, output: { type: 'string', short: 'o' } });
  if (parsed.positionals.length !== 1) throw new UsageError('name one measure file');
  const basePath = stringOption(parsed, 'base');
  if (basePath === undefined) throw new UsageError('name the new edition with --base NEW.md');
  const measurePath = parsed.positionals[0]!;
  const measure = await readMeasure(io, 'rebase', measurePath);
  const base = await readEdition(io, 'rebase', basePath);
  if (measure === undefined || base === undefined) return EXIT_INPUT_ERROR;
  const rebased = rebaseMeasure(measure, base);
  const output = stringOption(parsed, 'output');
  if (!(await writeOrPrint(io, 'rebase', output, rebased.source))) return EXIT_INPUT_ERROR;
  printMessages(io, rebased.messages, measurePath);
  for (const conflict of rebased.conflicts) io.err(`${describeConflict(conflict, output ?? measurePath)}\n`);
  io.err(
    `amend rebase: ${rebased.carried} carried over, ${rebased.merged} merged, ${rebased.conflicts.length} conflict(s)\n`,
  );
  return rebased.conflicts.length > 0 || rebased.messages.some((message) => message.severity === 'error')
    ? EXIT_INPUT_ERROR
    : EXIT_OK;
}

export const rebaseCommand: CliCommand = {
  name: 'rebase',
  usage: USAGE,
  run,
};
