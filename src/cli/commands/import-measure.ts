/**
 * `amend import-measure FILE [-o OUT.measure.md] [--base BASE.md] [--title TEXT]`: the text of a filed
 * measure (plain text, Markdown, our exports, leginfo's text) → a `.measure.md` file. The work is
 * done by the pure importer (src/measure/import/); this reads, prints and writes.
 */
import { importMeasure } from '../../measure/import/import-measure';
import { parseCommandArgs, stringOption } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { printMessages, readEdition, readInput, writeOrPrint } from '../inputs';

const USAGE = `Usage: amend import-measure FILE [-o OUT.measure.md] [--base BASE.md] [--title TEXT]

Read the text of a measure as it circulates (plain text, Markdown, amend's own text or Markdown
export, leginfo's text) and write it as a measure file. Deletions and insertions are read from
[begin deletion] … [end insertion] markers, leginfo's "begin delete … end insert", or Markdown
~~struck~~ and *italic* text. Plain text has lost its strikeout: with --base, each restated section
is aligned against the edition, and where the struck words cannot be known a conflict is recorded
for you to resolve (amend lint lists it); without --base such a section is an error.

Options:
  -o, --output FILE   write the measure file here (default: stdout)
  --base BASE.md      the constitution edition the measure amends (base texts, edition and SHA-256)
  --title TEXT        the measure's title (default: the title line, or the Title section)
  -h, --help

The measure file has no proponents yet (add them before \`amend packet\`), revision label
"Imported", and placeholder edition values when --base is not given.

Exit status: 0 imported, 1 unreadable input or errors in it (nothing is written), 2 bad usage.
`;

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    base: { type: 'string' },
    title: { type: 'string' },
  });
  if (parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? 'name the file to import' : 'import one file at a time');
  }
  const inputPath = parsed.positionals[0]!;
  const title = stringOption(parsed, 'title');
  if (title?.trim() === '') throw new UsageError('--title needs a text');
  const basePath = stringOption(parsed, 'base');
  const source = await readInput(io, 'import-measure', inputPath);
  if (source === undefined) return EXIT_INPUT_ERROR;
  const base = basePath === undefined ? undefined : await readEdition(io, 'import-measure', basePath);
  if (basePath !== undefined && base === undefined) return EXIT_INPUT_ERROR;
  const imported = importMeasure(source, {
    path: inputPath,
    ...(base === undefined ? {} : { base }),
    ...(title === undefined ? {} : { title }),
  });
  printMessages(io, imported.messages, inputPath);
  const count = (severity: string): number =>
    imported.messages.filter((message) => message.severity === severity).length;
  if (count('error') > 0) {
    io.err(`amend import-measure: ${inputPath}: ${count('error')} error(s); nothing was written\n`);
    return EXIT_INPUT_ERROR;
  }
  const output = stringOption(parsed, 'output');
  if (!(await writeOrPrint(io, 'import-measure', output, imported.source))) return EXIT_INPUT_ERROR;
  if (output !== undefined) {
    io.out(`${inputPath} → ${output}: ${count('warning')} warning(s), ${count('info')} note(s)\n`);
  }
  return EXIT_OK;
}

export const importMeasureCommand: CliCommand = {
  name: 'import-measure',
  usage: USAGE,
  run,
};
