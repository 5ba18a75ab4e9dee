/**
 * What every `amend` command does with its files: read inputs exactly (strict UTF-8, errors that
 * name the file and say what to do), parse editions and measures, print problems the way compilers
 * do, and write outputs atomically.
 */
import { parseConstitution } from '../constitution/parse';
import type { LegalDoc, ParseMessage } from '../constitution/types';
import { parseMeasure } from '../measure/parse-measure';
import type { MeasureFile } from '../measure/types';
import { readSourceFile, writeOutputFile } from '../node/printer/cli-support';
import { formatStudioError } from '../shared/studio-error';
import type { CliIo } from './io';

/** `file:line:column: severity: message (hint)`, as compilers print. */
export function formatParseMessage(message: ParseMessage, file: string): string {
  const hint = message.hint === undefined ? '' : ` (${message.hint})`;
  return `${message.file ?? file}:${message.line}:${message.column}: ${message.severity}: ${message.message}${hint}`;
}

/** A text input read exactly; errors are printed as `amend <command>: …` and become undefined. */
export async function readInput(io: CliIo, command: string, path: string): Promise<string | undefined> {
  return (await readInputIfPresent(io, command, path, false)) ?? undefined;
}

/** `readInput`, except that a file that does not exist is `null` (not an error) when `absentOk`. */
export async function readInputIfPresent(
  io: CliIo,
  command: string,
  path: string,
  absentOk = true,
): Promise<string | null | undefined> {
  const read = await readSourceFile(io.cwd, path);
  if (read.ok) return read.value.source;
  if (absentOk && read.error.code === 'not-found') return null;
  // The message already names the file ("Could not read x.md: it does not exist …"); an encoding
  // error also has a place, printed first as compilers do (`x.md:3:5: x.md is not UTF-8 text …`).
  const { file, line, column } = read.error;
  const where = line === undefined ? '' : `${file ?? path}:${line}:${column ?? 1}: `;
  io.err(
    `amend ${command}: ${where}${read.error.message}${read.error.hint === undefined ? '' : ` (${read.error.hint})`}\n`,
  );
  return undefined;
}

/** Print problems as `file:line:column: severity: message (hint)` on stderr. */
export function printMessages(io: CliIo, messages: readonly ParseMessage[], file: string): void {
  for (const message of messages) io.err(`${formatParseMessage(message, file)}\n`);
}

/** Read and parse an edition; its error-severity problems are printed and make it undefined. */
export async function readEdition(io: CliIo, command: string, path: string): Promise<LegalDoc | undefined> {
  const source = await readInput(io, command, path);
  if (source === undefined) return undefined;
  const doc = parseConstitution(source, { path });
  const errors = doc.messages.filter((message) => message.severity === 'error');
  printMessages(io, errors, path);
  return errors.length > 0 ? undefined : doc;
}

/** Read and parse a measure; parse errors are printed and make it undefined (warnings are kept for lint). */
export async function readMeasure(io: CliIo, command: string, path: string): Promise<MeasureFile | undefined> {
  const source = await readInput(io, command, path);
  return source === undefined ? undefined : parseMeasureOrPrint(io, source, path);
}

/** Parse a measure's text; parse errors are printed and make it undefined (warnings are kept for lint). */
export function parseMeasureOrPrint(io: CliIo, source: string, path: string): MeasureFile | undefined {
  const measure = parseMeasure(source, { path });
  const errors = measure.messages.filter((message) => message.severity === 'error');
  printMessages(io, errors, path);
  return errors.length > 0 ? undefined : measure;
}

/** Write `text` to `output` (atomically), or to stdout when no output is named. */
export async function writeOrPrint(
  io: CliIo,
  command: string,
  output: string | undefined,
  text: string,
): Promise<boolean> {
  if (output === undefined) {
    io.out(text);
    return true;
  }
  const written = await writeOutputFile(io.cwd, output, new TextEncoder().encode(text));
  if (!written.ok) io.err(`amend ${command}: ${formatStudioError(written.error)}\n`);
  return written.ok;
}
