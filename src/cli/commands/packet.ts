/**
 * `amend packet MEASURE.measure.md -o packet.pdf`: the Attorney General filing packet as one PDF.
 */
import type { CliCommand } from '../command';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError } from '../command';
import { flagOption, parseCommandArgs, stringOption, type ParsedArgs } from '../args';
import type { CliIo } from '../io';
import { buildPacket, type PacketRequest } from '../../filing/packet';
import { isIsoDate } from '../../filing/dates';
import { ChromiumPrinter } from '../../node/printer/chromium-printer';
import { progressPrinter, readSourceFile, writeOutputFile } from '../../node/printer/cli-support';
import { loadPrintFonts } from '../../node/printer/print-fonts';
import { formatStudioError, type StudioError } from '../../shared/studio-error';

const USAGE = `Usage: amend packet MEASURE.measure.md -o packet.pdf [options]

The Attorney General filing packet as one printable PDF: the request letter (Cal. Const. art. II,
sec. 10(d)), each proponent's Elections Code 9001(b)(1) certification and 9608 statement, the
measure text, and a notes page for the proponents (remove it before filing).

Options:
  -o, --output FILE        the PDF to write (required)
  --date YYYY-MM-DD        the letter date; it also picks the filing fee (default: today)
  --addressee TEXT         the addressee: a name (put above the Initiative Coordinator's address)
                           or a full address with commas (default: Initiative Coordinator,
                           Office of the Attorney General, 1300 I Street, Sacramento, California 95814-2919)
  --base EDITION.md        check the measure's quoted official text against this edition first
  --amendment              amendment mode (Elections Code 9002(b)): request letter, the amended text,
                           a redline against the as-filed measure, one signed request per proponent
  --filed FILED.measure.md the measure as filed (required with --amendment)
  --file-number NN-NNNN    the Attorney General's file number of the filed measure (amendment mode)

In amendment mode the letter and the signed requests are for every proponent of the FILED measure
(Elections Code 9002(b)(1): "a signed request by all the proponents"), with the amended measure's
contact details where it names them too. If the amended measure's proponent list differs, a warning
on stderr (and on the notes page) names who is missing and who was added; the packet is still
written (exit 0): someone added in the draft did not file the measure and does not sign.
The redline against the filed measure shows the title and the measure text only; use
\`amend export --compare-to\` for the full revision comparison (front matter included).

Needs Chromium (apt-get install chromium, or set AMEND_CHROMIUM). Exit codes: 0 written, 1 the input
has errors (missing proponent data, stale base, no printer), 2 bad usage.
`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  date: { type: 'string' },
  addressee: { type: 'string' },
  base: { type: 'string' },
  amendment: { type: 'boolean' },
  filed: { type: 'string' },
  'file-number': { type: 'string' },
} as const;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function fail(io: CliIo, error: StudioError): number {
  io.err(`amend packet: ${formatStudioError(error)}\n`);
  return EXIT_INPUT_ERROR;
}

/** Name the measure in input errors that do not name a file yet (printer errors are not about it). */
export function withFile(error: StudioError, file: string): StudioError {
  const aboutInput = !['printer-unavailable', 'timeout', 'internal'].includes(error.code);
  return error.file === undefined && aboutInput ? { ...error, file } : error;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS);
  const [measurePath, ...extra] = parsed.positionals;
  if (measurePath === undefined) throw new UsageError('name the measure file.');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`);
  const output = stringOption(parsed, 'output');
  if (output === undefined) throw new UsageError('name the PDF to write with -o FILE.');
  const date = stringOption(parsed, 'date') ?? today();
  if (!isIsoDate(date)) throw new UsageError(`--date must be a date in the form YYYY-MM-DD, not "${date}".`);
  const amendmentMode = flagOption(parsed, 'amendment');
  const filedPath = stringOption(parsed, 'filed');
  if (amendmentMode !== (filedPath !== undefined)) throw new UsageError('--amendment and --filed go together.');

  const printer = new ChromiumPrinter({ env: io.env });
  printer.warmUp();
  try {
    return await packetWith(printer, parsed, { measurePath, output, date, filedPath }, io);
  } finally {
    await printer.close();
  }
}

async function packetWith(
  printer: ChromiumPrinter,
  parsed: ParsedArgs,
  paths: { measurePath: string; output: string; date: string; filedPath: string | undefined },
  io: CliIo,
): Promise<number> {
  const { measurePath, output, date, filedPath } = paths;
  const measure = await readSourceFile(io.cwd, measurePath);
  if (!measure.ok) return fail(io, measure.error);
  const basePath = stringOption(parsed, 'base');
  const base = basePath === undefined ? undefined : await readSourceFile(io.cwd, basePath);
  if (base !== undefined && !base.ok) return fail(io, base.error);
  const filed = filedPath === undefined ? undefined : await readSourceFile(io.cwd, filedPath);
  if (filed !== undefined && !filed.ok) return fail(io, filed.error);
  const addressee = stringOption(parsed, 'addressee');
  const fileNumber = stringOption(parsed, 'file-number');

  const request: PacketRequest = {
    measure: measure.value,
    date,
    ...(addressee === undefined ? {} : { addressee }),
    ...(base === undefined ? {} : { base: base.value }),
    ...(filed === undefined
      ? {}
      : { amendment: { filed: filed.value, ...(fileNumber === undefined ? {} : { fileNumber }) } }),
  };
  const progress = progressPrinter('amend packet', (text) => io.err(text));
  try {
    const pdf = await buildPacket(request, {
      printer,
      fonts: { print: loadPrintFonts() },
      onProgress: progress.onProgress,
    });
    if (!pdf.ok) return fail(io, withFile(pdf.error, measurePath));
    const written = await writeOutputFile(io.cwd, output, pdf.value.bytes);
    if (!written.ok) return fail(io, written.error);
    for (const note of pdf.value.notes) io.err(`amend packet: warning: ${note}\n`);
    io.out(`${output}\n`);
    return EXIT_OK;
  } finally {
    progress.stop();
  }
}

export const packetCommand: CliCommand = {
  name: 'packet',
  usage: USAGE,
  run,
};
