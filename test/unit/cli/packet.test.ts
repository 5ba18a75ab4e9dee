import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { captureIo } from '../../../src/cli/io';
import { ROOT } from '../filing/examples';
import { pdfText, tempFolder } from '../filing/pdf-tools';

const folder = tempFolder('amend-cli-packet-');
afterAll(() => folder.remove());

const REVISED = 'resources/examples/calexit-2017-revised.measure.md';

async function amend(args: string[], env: Record<string, string | undefined> = process.env) {
  const io = captureIo(ROOT, env);
  const code = await main(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('amend packet', () => {
  it('writes the packet PDF and names it on stdout', async () => {
    const output = join(folder.path, 'packet.pdf');
    const result = await amend([
      'packet',
      REVISED,
      '--date',
      '2017-04-14',
      '--base',
      'resources/examples/article-iii-excerpt.md',
      '--addressee',
      'Ms. Emily Gargiulo',
      '-o',
      output,
    ]);
    // Only progress lines (printed once an export runs longer than a second).
    expect(result.stderr).toMatch(/^(amend packet: [A-Za-z ]+ \(\d\/4\)\n)*$/);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${output}\n`);
    expect(readFileSync(output).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(output);
    expect(text).toContain('Ms. Emily Gargiulo\nInitiative Coordinator\nOffice of the Attorney General');
  });

  it('exits 1 naming the proponent and the field when proponent data is missing', async () => {
    const output = join(folder.path, 'missing.pdf');
    const result = await amend(['packet', 'test/fixtures/filing/missing-contact.measure.md', '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'amend packet: test/fixtures/filing/missing-contact.measure.md: proponent "Jordan Sample" has no contact information (front matter "proponents[1].contact": email, phone or address) (Elections Code section 9001(b)(2) asks each proponent for public contact information.)\n',
    );
    expect(existsSync(output)).toBe(false);
  });

  it('exits 1 with a stale-base error when the edition no longer has the quoted text', async () => {
    const result = await amend([
      'packet',
      REVISED,
      '--base',
      'test/fixtures/filing/changed-edition.md',
      '-o',
      join(folder.path, 'stale.pdf'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^amend packet: resources\/examples\/calexit-2017-revised\.measure\.md:\d+: "Amend Article III, Section 1" quotes official text that differs from test\/fixtures\/filing\/changed-edition\.md/,
    );
  });

  it('exits 1 with install instructions when no Chromium can be found', async () => {
    const result = await amend(['packet', REVISED, '-o', join(folder.path, 'none.pdf')], {
      AMEND_CHROMIUM: '/nonexistent/chromium',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Cannot print a PDF: AMEND_CHROMIUM is set to /nonexistent/chromium, which is not an executable file.',
    );
    expect(result.stderr).toContain('apt-get install chromium');
  });

  it('exits 1 naming a measure file that does not exist', async () => {
    const result = await amend(['packet', 'no-such.measure.md', '-o', join(folder.path, 'x.pdf')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no-such.measure.md');
  });

  it.each([
    [['packet', REVISED], 'name the PDF to write with -o FILE.'],
    [['packet', '-o', 'x.pdf'], 'name the measure file.'],
    [['packet', REVISED, '-o', 'x.pdf', '--date', '14/04/2017'], '--date must be a date in the form YYYY-MM-DD'],
    [['packet', REVISED, '-o', 'x.pdf', '--amendment'], '--amendment and --filed go together.'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const result = await amend(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: amend packet');
  });
});

describe('amend packet --amendment', () => {
  it('writes the EC 9002(b) packet with the redline against the as-filed measure', async () => {
    const output = join(folder.path, 'amendment.pdf');
    const result = await amend([
      'packet',
      REVISED,
      '--amendment',
      '--filed',
      'resources/examples/calexit-2016-repeal.measure.md',
      '--file-number',
      '16-0011',
      '--date',
      '2016-12-22',
      '-o',
      output,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const text = pdfText(output).replace(/\s+/g, ' ');
    // Filed by Alex Example alone: he signs as the sole proponent; Jordan Sample, added in the draft, is warned about.
    expect(text).toContain(
      'Pursuant to Elections Code section 9002(b), I, the sole proponent of the proposed initiative measure “California Independence Act”',
    );
    expect(text).not.toContain('I, Jordan Sample');
    expect(result.stderr).toContain('amend packet: warning: ');
    expect(result.stderr).toContain('Jordan Sample is named in the amended measure but did not file the measure');
    expect(text).toContain(
      'reasonably germane to the theme, purpose, or subject of the initiative measure as originally proposed',
    );
    expect(text).toContain('[begin deletion] an inseparable [end deletion]');
    expect(text).toContain('[begin revision deletion] Independence [end revision deletion]');
  });
});
