/**
 * `amend import FILE [-o OUT] [--edition YYYY-MM-DD] [--source TEXT] [--format leginfo|markdown]`:
 * turn leginfo plain text or a Markdown edition into the canonical Markdown edition (stdout when no
 * -o). The result is written even when it has errors (nothing is lost), and the exit status says so.
 */
import { access } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { importConstitution, type ImportFormat } from '../../constitution/import/index';
import { atomicWriteFile } from '../../node/atomic-write';
import { parseCommandArgs, stringOption } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { printMessages, readInput } from '../inputs';

const USAGE = `Usage: amend import FILE [-o OUT] [--edition YYYY-MM-DD] [--source TEXT] [--format leginfo|markdown]

Convert a constitution text into the canonical Markdown edition with YAML front matter (title,
jurisdiction, edition, source, source-sha256, sha256). FILE is plain text copied from the official
leginfo pages, or Markdown in the 2011 or canonical layout (detected unless --format is given).

Options:
  -o, --output OUT   write the edition to OUT (default: stdout)
  --edition DATE     edition date, YYYY-MM-DD (without it the front matter has no edition and a
                     warning says so)
  --source TEXT      where the text came from (default: the file name)
  --format FORMAT    leginfo or markdown
  -h, --help

Problems are printed as FILE:line:column: severity: message, at their line in FILE.
Exit status: 0 imported without errors, 1 unreadable/unwritable file or errors in the text
(the edition is still written), 2 bad usage.
`;

const FORMATS: readonly ImportFormat[] = ['leginfo', 'markdown'];

function editionDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date =
    match === null ? undefined : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date === undefined || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--edition must be a date written YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

function format(value: string | undefined): ImportFormat | undefined {
  if (value === undefined) return undefined;
  const known = FORMATS.find((candidate) => candidate === value);
  if (known === undefined) throw new UsageError(`--format must be leginfo or markdown, not "${value}"`);
  return known;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, {
      output: { type: 'string', short: 'o' },
      edition: { type: 'string' },
      source: { type: 'string' },
      format: { type: 'string' },
    });
    if (parsed.positionals.length !== 1) {
      throw new UsageError(parsed.positionals.length === 0 ? 'missing FILE' : 'expected exactly one FILE');
    }
    const file = parsed.positionals[0]!;
    const edition = editionDate(stringOption(parsed, 'edition'));
    const chosenFormat = format(stringOption(parsed, 'format'));
    const output = stringOption(parsed, 'output');
    try {
      await access(resolve(io.cwd, file));
    } catch (error) {
      io.err(`amend import: cannot read ${file}: ${reason(error)}\n`);
      return EXIT_INPUT_ERROR;
    }
    // Strict UTF-8 and the size cap: invalid bytes are refused with their line and column, never
    // replaced with U+FFFD (Node's 'utf8' decoding would change the text silently).
    const text = await readInput(io, 'import', file);
    if (text === undefined) return EXIT_INPUT_ERROR;
    const shownOutput = output ?? '<stdout>';
    const result = importConstitution(text, {
      source: stringOption(parsed, 'source') ?? basename(file),
      path: shownOutput,
      inputPath: file,
      ...(edition === undefined ? {} : { edition }),
      ...(chosenFormat === undefined ? {} : { format: chosenFormat }),
    });
    if (output === undefined) io.out(result.markdown);
    else {
      try {
        await atomicWriteFile(resolve(io.cwd, output), new TextEncoder().encode(result.markdown), { backup: false });
      } catch (error) {
        io.err(`amend import: cannot write ${output}: ${reason(error)}\n`);
        return EXIT_INPUT_ERROR;
      }
    }
    // Problems point at the file the user gave, where they can be fixed (not the generated text).
    printMessages(io, result.inputMessages, file);
    if (edition === undefined) {
      io.err(
        `amend import: warning: no edition date was given, so the front matter has no "edition:" field; give the date the text was current with --edition YYYY-MM-DD.\n`,
      );
    }
    const sections = result.doc.articles.reduce((sum, article) => sum + article.sections.length, 0);
    const removed =
      result.removed.length === 0 ? '' : `; removed ${result.removed.map((text) => JSON.stringify(text)).join(', ')}`;
    const summary = `amend import: ${file} (${result.format}) → ${shownOutput}: ${result.doc.articles.length} articles, ${sections} sections${removed}\n`;
    if (output === undefined) io.err(summary);
    else io.out(summary);
    return result.messages.some((message) => message.severity === 'error') ? EXIT_INPUT_ERROR : EXIT_OK;
  },
};
