/**
 * `amend export MEASURE --format pdf|html|md|txt|docx -o FILE`: one measure in a filing-ready format,
 * or with `--compare-to EARLIER` the revision-comparison report.
 */
import type { CliCommand } from '../command';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError } from '../command';
import { flagOption, parseCommandArgs, stringOption } from '../args';
import type { CliIo } from '../io';
import { exportMeasure } from '../../filing/export';
import type { ExportFormat, ExportRequest } from '../../filing/export-types';
import { ChromiumPrinter } from '../../node/printer/chromium-printer';
import { progressPrinter, readSourceFile, writeOutputFile } from '../../node/printer/cli-support';
import { loadDocxFont, loadPrintFonts } from '../../node/printer/print-fonts';
import { formatStudioError, type StudioError } from '../../shared/studio-error';
import { withFile } from './packet';

const USAGE = `Usage: amend export MEASURE.measure.md --format FORMAT -o FILE [options]

Formats:
  pdf    the measure text, Letter, strikeout/italic redline, footer with revision and SHA-256 (needs Chromium)
  html   the same printable page as one self-contained HTML file
  md     Markdown (deletions ~~struck~~, insertions *italic*)
  txt    plain text with [begin deletion] … [end deletion] markers
  docx   Word: struck/italic runs, or with --tracked real tracked changes (accept = amended text)

Options:
  -f, --format FORMAT        one of pdf, html, md, txt, docx (default: from the -o extension)
  -o, --output FILE          the file to write (required)
  --tracked                  docx: Word tracked changes (w:del / w:ins, author and date from the revision)
  --base EDITION.md          check the measure's quoted official text against this edition first
  --compare-to EARLIER.md    write the revision-comparison report instead: what MEASURE changes
                             relative to the earlier revision EARLIER (pdf, html, txt or md)

Exit codes: 0 written, 1 the input has errors (or no printer for pdf), 2 bad usage.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  tracked: { type: 'boolean' },
  base: { type: 'string' },
  'compare-to': { type: 'string' },
} as const;

const FORMATS: Readonly<Record<string, ExportFormat>> = {
  pdf: 'pdf',
  html: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  docx: 'docx',
};

function formatOf(format: string | undefined, output: string): ExportFormat {
  const name = format ?? /\.([A-Za-z]+)$/.exec(output)?.[1]?.toLowerCase();
  const resolved = name === undefined ? undefined : FORMATS[name];
  if (resolved === undefined) {
    throw new UsageError(
      format === undefined
        ? `cannot tell the format from "${output}": pass --format pdf|html|md|txt|docx.`
        : `unknown format "${format}": use pdf, html, md, txt or docx.`,
    );
  }
  return resolved;
}

function fail(io: CliIo, error: StudioError): number {
  io.err(`amend export: ${formatStudioError(error)}\n`);
  return EXIT_INPUT_ERROR;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS);
  const [measurePath, ...extra] = parsed.positionals;
  if (measurePath === undefined) throw new UsageError('name the measure file.');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`);
  const output = stringOption(parsed, 'output');
  if (output === undefined) throw new UsageError('name the file to write with -o FILE.');
  const format = formatOf(stringOption(parsed, 'format'), output);
  const tracked = flagOption(parsed, 'tracked');
  if (tracked && format !== 'docx') throw new UsageError('--tracked applies to --format docx only.');
  const comparePath = stringOption(parsed, 'compare-to');
  if (comparePath !== undefined && format === 'docx') {
    throw new UsageError('the comparison report is written as pdf, html, txt or md, not docx.');
  }

  const printer = format === 'pdf' && comparePath === undefined ? new ChromiumPrinter({ env: io.env }) : undefined;
  printer?.warmUp();
  const measure = await readSourceFile(io.cwd, measurePath);
  if (!measure.ok) return fail(io, measure.error);
  const basePath = stringOption(parsed, 'base');
  const base = basePath === undefined ? undefined : await readSourceFile(io.cwd, basePath);
  if (base !== undefined && !base.ok) return fail(io, base.error);
  const earlier = comparePath === undefined ? undefined : await readSourceFile(io.cwd, comparePath);
  if (earlier !== undefined && !earlier.ok) return fail(io, earlier.error);

  const request: ExportRequest = {
    measure: measure.value,
    format,
    tracked,
    ...(base === undefined ? {} : { base: base.value }),
    ...(earlier === undefined ? {} : { compareTo: earlier.value }),
  };
  const reportPrinter =
    format === 'pdf' && comparePath !== undefined ? new ChromiumPrinter({ env: io.env }) : undefined;
  const pdfPrinter = printer ?? reportPrinter;
  const progress = progressPrinter('amend export', (text) => io.err(text));
  try {
    const docxFont = format === 'docx' ? loadDocxFont() : undefined;
    const result = await exportMeasure(request, {
      ...(pdfPrinter === undefined ? {} : { printer: pdfPrinter }),
      fonts: { print: loadPrintFonts(), ...(docxFont === undefined ? {} : { docx: docxFont }) },
      onProgress: progress.onProgress,
    });
    if (!result.ok) return fail(io, withFile(result.error, measurePath));
    const written = await writeOutputFile(io.cwd, output, result.value.bytes);
    if (!written.ok) return fail(io, written.error);
    for (const note of result.value.notes) io.err(`amend export: note: ${note}\n`);
    io.out(`${output}\n`);
    return EXIT_OK;
  } finally {
    progress.stop();
    await pdfPrinter?.close();
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: USAGE,
  run,
};
