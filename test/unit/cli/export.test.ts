import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { captureIo } from '../../../src/cli/io';
import { ROOT } from '../filing/examples';
import { pdfFonts, pdfText, tempFolder } from '../filing/pdf-tools';

const folder = tempFolder('amend-cli-export-');
afterAll(() => folder.remove());

const REVISED = 'resources/examples/calexit-2017-revised.measure.md';

async function amend(args: string[], env: Record<string, string | undefined> = process.env) {
  const io = captureIo(ROOT, env);
  const code = await main(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('amend export', () => {
  it('writes the measure as PDF with the redline markers and only Tinos', async () => {
    const output = join(folder.path, 'measure.pdf');
    const result = await amend(['export', REVISED, '--format', 'pdf', '-o', output]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${output}\n`);
    expect(pdfText(output).replace(/\s+/g, ' ')).toContain(
      '[begin deletion] an inseparable [end deletion] [begin insertion] a [end insertion]',
    );
    for (const font of pdfFonts(output)) expect(font.name).toMatch(/\+Tinos-/);
  });

  it('infers the format from the output extension: html, md, txt', async () => {
    for (const [extension, expected] of [
      ['html', '<del>an inseparable</del>'],
      ['md', '~~an inseparable~~ *a*'],
      ['txt', '[begin deletion]an inseparable[end deletion] [begin insertion]a[end insertion]'],
    ] as const) {
      const output = join(folder.path, `measure.${extension}`);
      const result = await amend(['export', REVISED, '-o', output]);
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(output, 'utf8')).toContain(expected);
    }
  });

  it('writes DOCX with real tracked changes under --tracked', async () => {
    const output = join(folder.path, 'tracked.docx');
    const result = await amend(['export', REVISED, '--format', 'docx', '--tracked', '-o', output]);
    expect(result.code, result.stderr).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(output))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Jordan Sample" w:date="2017-04-14T00:00:00Z">/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Jordan Sample" w:date="2017-04-14T00:00:00Z">/);
  });

  it('exits 1 for a measure with errors, naming file and line', async () => {
    const result = await amend([
      'export',
      'test/fixtures/filing/missing-county.measure.md',
      '-o',
      join(folder.path, 'x.html'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^amend export: test\/fixtures\/filing\/missing-county\.measure\.md:13:5: proponent "Jordan Sample" has no county of residence/,
    );
  });

  it.each([
    [['export', REVISED, '-o', 'out.pdf', '--tracked'], '--tracked applies to --format docx only.'],
    [['export', REVISED, '-o', 'out.xyz'], 'cannot tell the format from "out.xyz"'],
    [['export', REVISED, '-o', 'out.pdf', '--format', 'rtf'], 'unknown format "rtf"'],
    [['export', REVISED], 'name the file to write with -o FILE.'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const result = await amend(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: amend export');
  });
});

describe('amend export --compare-to (the revision-comparison report)', () => {
  it('writes the report as PDF with revision markers and the two revisions named', async () => {
    const output = join(folder.path, 'report.pdf');
    const result = await amend([
      'export',
      REVISED,
      '--compare-to',
      'resources/examples/calexit-2016-repeal.measure.md',
      '-o',
      output,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const text = pdfText(output).replace(/\s+/g, ' ');
    expect(text).toContain('Changes from Rev. 1 to Rev. 2: California Freedom Act');
    expect(text).toContain(
      '[begin revision deletion] Independence [end revision deletion] [begin revision insertion] Freedom [end revision insertion]',
    );
    expect(text).not.toContain('[begin deletion]');
  });

  it('refuses DOCX for the report (exit 2)', async () => {
    const result = await amend(['export', REVISED, '--compare-to', REVISED, '-o', join(folder.path, 'report.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the comparison report is written as pdf, html, txt or md, not docx.');
  });
});

describe('amend export --compare-to as text', () => {
  it('uses the measures’ comparison text ({-removed-} / {+added+})', async () => {
    const output = join(folder.path, 'report.txt');
    const result = await amend([
      'export',
      REVISED,
      '--compare-to',
      'resources/examples/calexit-2016-repeal.measure.md',
      '-o',
      output,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(output, 'utf8');
    expect(text).toContain('“California {-Independence-}{+Freedom+} Act”');
    expect(text).not.toContain('[begin deletion]');
  });
});
