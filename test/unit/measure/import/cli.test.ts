/** `amend import-measure`: the thin CLI shell around importMeasure (exit codes, messages, output). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amend, read, scratchWithExamples, write } from '../../cli/measure-cli-support';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/measure-import');

describe('amend import-measure', () => {
  const folder = scratchWithExamples();
  write(folder, 'calexit-2016.txt', readFileSync(join(FIXTURES, 'plain-calexit-2016', 'input.txt'), 'utf8'));
  write(folder, 'lhc-2009.txt', readFileSync(join(FIXTURES, 'plain-2009', 'input.txt'), 'utf8'));
  write(folder, 'lhc-edition.md', readFileSync(join(FIXTURES, 'plain-2009', 'edition.md'), 'utf8'));

  it('writes the measure file and a summary (exit 0); the result lints against the edition', async () => {
    const result = await amend(
      folder,
      'import-measure',
      'calexit-2016.txt',
      '-o',
      'imported.measure.md',
      '--base',
      'article-iii-excerpt.md',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('calexit-2016.txt → imported.measure.md: 0 warning(s), 0 note(s)\n');
    expect(result.stderr).toBe('');
    expect(read(folder, 'imported.measure.md')).toBe(
      readFileSync(join(FIXTURES, 'plain-calexit-2016', 'expected.measure.md'), 'utf8').replace(
        'from input.txt',
        'from calexit-2016.txt',
      ),
    );
    const lint = await amend(folder, 'lint', 'imported.measure.md', '--base', 'article-iii-excerpt.md');
    expect(lint.stdout).toMatch(/^imported\.measure\.md: 0 error\(s\)/);
  });

  it('prints to stdout without -o, and takes --title', async () => {
    const result = await amend(folder, 'import-measure', 'calexit-2016.txt', '--title', 'Given Title');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('title: Given Title\n');
    expect(result.stdout).toContain('## Repeal Article III, Section 1');
  });

  it('exits 1 naming the file and line when plain text needs the edition, and writes nothing', async () => {
    const result = await amend(folder, 'import-measure', 'lhc-2009.txt', '-o', 'lhc.measure.md');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('lhc-2009.txt:9:1: error: SEC. 3 (Amend Article I, Section 7.5)');
    expect(result.stderr).toContain('(Pass the edition it amends with --base EDITION.md');
    expect(result.stderr).toContain('nothing was written');
    expect(() => read(folder, 'lhc.measure.md')).toThrow();
  });

  it('with the edition, records the lost strikeout as a conflict that amend lint reports', async () => {
    const result = await amend(
      folder,
      'import-measure',
      'lhc-2009.txt',
      '-o',
      'lhc.measure.md',
      '--base',
      'lhc-edition.md',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'lhc-2009.txt:9:1: warning: SEC. 3 (Amend Article I, Section 7.5): the restated text',
    );
    const lint = await amend(folder, 'lint', 'lhc.measure.md', '--base', 'lhc-edition.md');
    expect(lint.code).toBe(1);
    expect(lint.stderr).toContain('error: unresolved lost-marks conflict 1 on "Amend Article I, Section 7.5"');
  });

  it('exits 1 for a missing input or edition, and 2 for bad usage', async () => {
    expect((await amend(folder, 'import-measure', 'missing.txt')).code).toBe(1);
    const noBase = await amend(folder, 'import-measure', 'calexit-2016.txt', '--base', 'missing.md');
    expect(noBase.code).toBe(1);
    expect(noBase.stderr).toContain('missing.md');
    expect((await amend(folder, 'import-measure')).code).toBe(2);
    expect((await amend(folder, 'import-measure', 'a.txt', 'b.txt')).code).toBe(2);
    expect((await amend(folder, 'import-measure', 'calexit-2016.txt', '--bogus')).code).toBe(2);
    const help = await amend(folder, 'import-measure', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: amend import-measure FILE');
  });
});
