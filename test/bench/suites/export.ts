/**
 * Export speed (targets from the task; printed, never asserted):
 * - the Calexit packet to PDF as a whole `amend packet` process (median, ≤ 2 s);
 * - a redline of the whole 2011 constitution — every section amended, ~400 pages — to PDF (≤ 20 s)
 *   and to DOCX (≤ 5 s), through the same exportMeasure path the CLI uses.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportMeasure } from '../../../src/filing/export';
import type { ExportOutput } from '../../../src/filing/export-types';
import { ChromiumPrinter } from '../../../src/node/printer/chromium-printer';
import { loadDocxFont, loadPrintFonts } from '../../../src/node/printer/print-fonts';
import { CONSTITUTION_2011_PATH, readConstitution2011 } from '../../support/constitution-2011';
import { ms, printTable, timeIt, type BenchSuite } from '../harness';

const ROOT = resolve(import.meta.dirname, '../../..');
const PACKET_RUNS = 5;
const BIG_PDF_RUNS = 3;
const BIG_DOCX_RUNS = 5;

/** One `## Amend Article N, Section M` block per section of the 2011 text, each with a small change. */
export function wholeConstitutionMeasure(constitution: string): string {
  const blocks: string[] = [];
  let article: string | undefined;
  const lines = constitution.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const articleMatch = /^## Article (\S+)/.exec(lines[index]!);
    if (articleMatch !== null) article = articleMatch[1];
    const sectionMatch = /^### Section (\S+)/.exec(lines[index]!);
    if (sectionMatch === null || article === undefined) continue;
    let end = index + 1;
    while (end < lines.length && !/^#{1,3} /.test(lines[end]!)) end++;
    const base = lines
      .slice(index + 1, end)
      .join('\n')
      .trim();
    if (base === '' || base.includes('~~~')) continue;
    const proposed = /\bshall\b/.test(base) ? base.replace(/\bshall\b/, 'must') : `${base} This section is amended.`;
    blocks.push(
      `## Amend Article ${article}, Section ${sectionMatch[1]}\n\n~~~base\n${base}\n~~~\n\n~~~proposed\n${proposed}\n~~~\n`,
    );
  }
  const sha = createHash('sha256').update(constitution).digest('hex');
  return [
    '---',
    'title: Whole Constitution Benchmark Act',
    'kind: constitutional amendment',
    'proponents:',
    '  - name: Bench Mark',
    '    county: Sacramento',
    '    contact:',
    '      email: bench@example.invalid',
    'base:',
    '  edition: california-constitution-2011',
    `  sha256: ${sha}`,
    'revision:',
    '  label: Rev. 1',
    '  date: 2026-01-01',
    '---',
    '',
    '## Title',
    '',
    'This measure shall be known as the Whole Constitution Benchmark Act.',
    '',
    ...blocks,
  ].join('\n');
}

function packetProcessMs(outFolder: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/amend.mjs'),
      'packet',
      join(ROOT, 'resources/examples/calexit-2017-revised.measure.md'),
      '--date',
      '2017-04-14',
      '-o',
      join(outFolder, 'packet.pdf'),
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`amend packet failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function pageCount(output: ExportOutput): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  return (await PDFDocument.load(output.bytes, { updateMetadata: false })).getPageCount();
}

export const exportSuite: BenchSuite = {
  name: 'export',
  async run() {
    const outFolder = mkdtempSync(join(tmpdir(), 'amend-bench-export-'));
    const rows: string[][] = [];
    try {
      const packet = await timeIt(() => packetProcessMs(outFolder), PACKET_RUNS, 1);
      rows.push([
        'Calexit packet → PDF (whole `amend packet` process)',
        ms(packet.medianMs),
        `${ms(packet.minMs)}–${ms(packet.maxMs)}`,
        '≤ 2 s',
      ]);

      if (!existsSync(CONSTITUTION_2011_PATH)) {
        console.log(
          `Notice: ${CONSTITUTION_2011_PATH} is absent; the whole-constitution redline benchmarks are skipped.`,
        );
      } else {
        const source = wholeConstitutionMeasure(readConstitution2011());
        const measure = { source, path: 'whole-constitution.measure.md' };
        const printer = new ChromiumPrinter();
        const fonts = { print: loadPrintFonts(), docx: loadDocxFont() };
        try {
          let last: ExportOutput | undefined;
          const pdf = await timeIt(
            async () => {
              const result = await exportMeasure({ measure, format: 'pdf' }, { printer, fonts });
              if (!result.ok) throw new Error(result.error.message);
              last = result.value;
            },
            BIG_PDF_RUNS,
            1,
          );
          const pages = last === undefined ? 0 : await pageCount(last);
          rows.push([
            `2011 constitution redline → PDF (${pages} pages)`,
            ms(pdf.medianMs),
            `${ms(pdf.minMs)}–${ms(pdf.maxMs)}`,
            '≤ 20 s',
          ]);
          const docx = await timeIt(
            async () => {
              const result = await exportMeasure({ measure, format: 'docx', tracked: true }, { fonts });
              if (!result.ok) throw new Error(result.error.message);
            },
            BIG_DOCX_RUNS,
            1,
          );
          rows.push([
            '2011 constitution redline → DOCX (tracked changes)',
            ms(docx.medianMs),
            `${ms(docx.minMs)}–${ms(docx.maxMs)}`,
            '≤ 5 s',
          ]);
        } finally {
          await printer.close();
        }
      }
    } finally {
      rmSync(outFolder, { recursive: true, force: true });
    }
    printTable(['export', 'median', 'min–max', 'target'], rows);
  },
};
