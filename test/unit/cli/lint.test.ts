import { describe, expect, it } from 'vitest';
import { amend, read, scratchWithExamples, write } from './measure-cli-support';

describe('amend lint', () => {
  const folder = scratchWithExamples();

  it('passes the examples against the excerpt edition (exit 0)', async () => {
    for (const name of [
      'calexit-2016-repeal.measure.md',
      'calexit-2017-revised.measure.md',
      'calexit-2017-partner.measure.md',
    ]) {
      const result = await amend(folder, 'lint', name, '--base', 'article-iii-excerpt.md');
      expect(result.code, name).toBe(0);
      expect(result.stdout).toBe(`${name}: 0 error(s), 0 warning(s), 2 note(s)\n`);
      expect(result.stderr).toContain(`${name}:`);
      expect(result.stderr).toContain(': info: scope: 1 article, 1 section');
    }
  });

  it('prints JSON with counts and every message’s fields', async () => {
    write(
      folder,
      'stale.measure.md',
      read(folder, 'calexit-2017-revised.measure.md').replace(
        'supreme law of the land.\n~~~\n\n~~~proposed',
        'highest law of the land.\n~~~\n\n~~~proposed',
      ),
    );
    const result = await amend(folder, 'lint', 'stale.measure.md', '--base', 'article-iii-excerpt.md', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      file: string;
      counts: Record<string, number>;
      messages: Record<string, unknown>[];
    };
    expect(report.file).toBe('stale.measure.md');
    expect(report.counts).toEqual({ errors: 1, warnings: 0, info: 2 });
    expect(report.messages.find((message) => message['severity'] === 'error')).toEqual({
      severity: 'error',
      line: 67,
      column: 1,
      ruleId: 'struck-text-mismatch',
      message:
        'the "base" text of "Amend Article III, Section 1" is not the official text word for word: the edition reads “supreme” where the block reads “highest”',
      hint: 'Copy the official text into the "base" block, or run amend rebase MEASURE --base EDITION.',
    });
  });

  it('lints without an edition, and exits 2 on bad usage', async () => {
    const result = await amend(folder, 'lint', 'calexit-2016-repeal.measure.md');
    expect(result.code).toBe(0);
    expect((await amend(folder, 'lint')).code).toBe(2);
  });
});
