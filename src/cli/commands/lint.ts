/**
 * `amend lint MEASURE [--base BASE.md] [--json]`: the measure's problems and informative notes, each
 * with severity, line, column, rule id, message and hint. Exit status 1 when any is an error.
 */
import { parseConstitution } from '../../constitution/parse';
import { lintMeasure, type LintMessage } from '../../measure/lint';
import { parseMeasure } from '../../measure/parse-measure';
import { flagOption, parseCommandArgs, stringOption } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { printMessages, readInput } from '../inputs';

const USAGE = `Usage: amend lint MEASURE.measure.md [--base BASE.md] [--json]

Check a measure: struck text against the edition (with --base), clauses against operations,
numbering, cross-references to repealed or renumbered provisions, unresolved merge conflicts, the
measure kind, hidden characters (bidi controls, NUL and other controls, zero-width characters, tag
characters, lookalike letters from other alphabets: each named with its line and column, never
printed); plus informative scope notes (articles touched, words changed), which are not legal advice.
The exports refuse a measure holding an error-level hidden character.

Options:
  --base BASE.md   check the amendment blocks against this edition
  --json           print { file, counts, messages } as JSON on stdout
  -h, --help

Exit status: 0 no errors, 1 errors (or unreadable input), 2 bad usage.
`;

/** The `--json` document (a contract: file, counts by severity, messages). */
export function lintReport(file: string, messages: readonly LintMessage[]): unknown {
  const count = (severity: LintMessage['severity']): number =>
    messages.filter((message) => message.severity === severity).length;
  return {
    file,
    counts: { errors: count('error'), warnings: count('warning'), info: count('info') },
    messages: messages.map((message) => ({
      severity: message.severity,
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      message: message.message,
      hint: message.hint,
    })),
  };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { base: { type: 'string' }, json: { type: 'boolean' } });
  if (parsed.positionals.length !== 1) throw new UsageError('name one measure file');
  const measurePath = parsed.positionals[0]!;
  const source = await readInput(io, 'lint', measurePath);
  const basePath = stringOption(parsed, 'base');
  const baseSource = basePath === undefined ? undefined : await readInput(io, 'lint', basePath);
  if (source === undefined || (basePath !== undefined && baseSource === undefined)) return EXIT_INPUT_ERROR;
  const base = baseSource === undefined ? undefined : parseConstitution(baseSource, { path: basePath! });
  const baseErrors = base?.messages.filter((message) => message.severity === 'error') ?? [];
  printMessages(io, baseErrors, basePath ?? '');
  if (baseErrors.length > 0) return EXIT_INPUT_ERROR;
  const messages = lintMeasure(parseMeasure(source, { path: measurePath }), base);
  if (flagOption(parsed, 'json')) io.out(`${JSON.stringify(lintReport(measurePath, messages), null, 2)}\n`);
  else {
    printMessages(io, messages, measurePath);
    const errors = messages.filter((message) => message.severity === 'error').length;
    const warnings = messages.filter((message) => message.severity === 'warning').length;
    io.out(
      `${measurePath}: ${errors} error(s), ${warnings} warning(s), ${messages.length - errors - warnings} note(s)\n`,
    );
  }
  return messages.some((message) => message.severity === 'error') ? EXIT_INPUT_ERROR : EXIT_OK;
}

export const lintCommand: CliCommand = {
  name: 'lint',
  usage: USAGE,
  run,
};
