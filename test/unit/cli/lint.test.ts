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

  it('reports a template prompt left in (exit 1) and a Title section that names another measure', async () => {
    write(
      folder,
      'draft.measure.md',
      read(folder, 'calexit-2017-revised.measure.md')
        .replace('title: California Freedom Act', 'title: California Unity Act')
        .replace(
          /\n## Purpose and Intent\n\n[^#]*/,
          '\n## Purpose and Intent\n\n[State the purpose of this measure.]\n\n',
        ),
    );
    const result = await amend(folder, 'lint', 'draft.measure.md', '--base', 'article-iii-excerpt.md');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('draft.measure.md: 1 error(s), 1 warning(s), 2 note(s)\n');
    expect(result.stderr).toMatch(
      /draft\.measure\.md:34:\d+: warning: the Title section cites the measure as “California Freedom Act”, but its front matter title is “California Unity Act”/,
    );
    expect(result.stderr).toMatch(
      /draft\.measure\.md:50:1: error: template text left in the measure: “\[State the purpose of this measure\.\]”/,
    );
  });

  it('lints without an edition, and exits 2 on bad usage', async () => {
    const result = await amend(folder, 'lint', 'calexit-2016-repeal.measure.md');
    expect(result.code).toBe(0);
    expect((await amend(folder, 'lint')).code).toBe(2);
  });
});
