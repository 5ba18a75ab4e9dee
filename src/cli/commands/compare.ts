/**
 * `amend compare A.measure.md B.measure.md [--base BASE.md] [--json]`: the revision comparison
 * (revision A → revision B), with the constitution-level ChangeSet between them when an edition is
 * given. This is the revision layer; it never prints the constitution redline's markers.
 */
import { compareMeasures } from '../../measure/compare';
import { renderComparisonText } from '../../measure/render-comparison';
import { flagOption, parseCommandArgs, stringOption } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { readEdition, readMeasure } from '../inputs';

const USAGE = `Usage: amend compare A.measure.md B.measure.md [--base BASE.md] [--json]

Compare two revisions of a measure: front matter, uncodified sections (word by word), amendment
blocks added, dropped or changed, and with --base the change between the two constitutions they
produce. Changes are marked {-removed-} and {+added+} (revision A → revision B). Revisions drafted
against different editions are compared with a warning (rebase one onto the other's edition first).

Options:
  --base BASE.md   also compare the constitutions the two revisions produce from this edition
  --json           print the RevisionComparison as JSON
  -h, --help

Exit status: 0 compared, 1 unreadable input or errors in it, 2 bad usage.
`;

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { base: { type: 'string' }, json: { type: 'boolean' } });
  if (parsed.positionals.length !== 2) throw new UsageError('name two measure files: A (earlier) and B (later)');
  const [pathA, pathB] = parsed.positionals as [string, string];
  const a = await readMeasure(io, 'compare', pathA);
  const b = await readMeasure(io, 'compare', pathB);
  const basePath = stringOption(parsed, 'base');
  const base = basePath === undefined ? undefined : await readEdition(io, 'compare', basePath);
  if (a === undefined || b === undefined || (basePath !== undefined && base === undefined)) return EXIT_INPUT_ERROR;
  const comparison = compareMeasures(a, b, base);
  io.out(flagOption(parsed, 'json') ? `${JSON.stringify(comparison, null, 2)}\n` : renderComparisonText(comparison));
  for (const message of comparison.messages) {
    const hint = message.hint === undefined ? '' : ` (${message.hint})`;
    io.err(`amend compare: ${message.severity}: ${message.message}${hint}\n`);
  }
  return comparison.messages.some((message) => message.severity === 'error') ? EXIT_INPUT_ERROR : EXIT_OK;
}

export const compareCommand: CliCommand = {
  name: 'compare',
  usage: USAGE,
  run,
};
