/** `amend import`: canonical Markdown to stdout or -o, options, messages, exit codes 0/1/2. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { parseConstitution } from '../../../src/constitution/parse';

const LEGINFO = resolve(import.meta.dirname, '../../fixtures/import/leginfo-articles/input.txt');
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'amend-import-'));
  writeFileSync(join(folder, 'articles.txt'), readFileSync(LEGINFO, 'utf8'));
  writeFileSync(join(folder, 'duplicate.md'), '## Article 3\n\n### Section 1\n\nOne.\n\n### Section 1\n\nAgain.\n');
  writeFileSync(
    join(folder, 'legbad.txt'),
    [
      'CONSTITUTION OF THE STATE OF CALIFORNIA 1879',
      'ARTICLE III  STATE OF CALIFORNIA [SECTION 1 - SEC. 9]',
      'SECTION 1.  The State of California is an inseparable part of the United States of America.',
      '',
      'SECTION 1. The United States Constitution is the supreme law of the land.',
      '',
    ].join('\n'),
  );
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(folder);
  const code = await main(['import', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('amend import', () => {
  it('writes canonical Markdown to stdout with the given edition and source', async () => {
    const result = await run('articles.txt', '--edition', '2024-01-01', '--source', 'leginfo test');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^---\ntitle: "Constitution of the State of California"\njurisdiction: "California"\nedition: "2024-01-01"\nsource: "leginfo test"\n/,
    );
    const doc = parseConstitution(result.stdout);
    expect(doc.articles.map((article) => article.heading.raw)).toEqual([
      '## Article III (STATE OF CALIFORNIA)',
      '## Article XIII A (TAX LIMITATION)',
    ]);
    expect(result.stderr).toContain(
      'amend import: articles.txt (leginfo) → <stdout>: 2 articles, 8 sections; removed "PREAMBLE  [Preamble]"',
    );
  });

  it('writes to -o and reports there', async () => {
    const result = await run('articles.txt', '-o', 'edition.md');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('→ edition.md: 2 articles, 8 sections');
    const written = readFileSync(join(folder, 'edition.md'), 'utf8');
    expect(written).toContain('source: "articles.txt"');
    expect(written).not.toContain('edition:');
    expect((await run('edition.md', '--format', 'markdown', '-o', 'again.md')).code).toBe(0);
  });

  it('exits 1 when the text has errors, still writing the edition', async () => {
    const result = await run('duplicate.md');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('## Article III');
    expect(result.stderr).toMatch(
      /^duplicate\.md:7:1: error: Section 1 of Article III appears again \(first at line 3\)/,
    );
  });

  it('reports problems at their line in the file imported, not in the generated text', async () => {
    const result = await run('legbad.txt', '-o', 'legbad.md', '--edition', '2024-01-01');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'legbad.txt:5:1: error: Section 1 of Article III appears again (first at line 3); this one gets the id art-III/sec-1~2. (Renumber one of the sections (e.g. 7.5 for a section inserted after 7), or merge them.)\n',
    );
    // The year on the title line is kept, not dropped with the rewritten name.
    expect(readFileSync(join(folder, 'legbad.md'), 'utf8')).toContain(
      '\n# Constitution of the State of California 1879\n',
    );
  });

  it('warns on stderr when no edition date is given, saying how to give it', async () => {
    const result = await run('articles.txt');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('edition:');
    expect(result.stderr).toContain(
      'amend import: warning: no edition date was given, so the front matter has no "edition:" field; give the date the text was current with --edition YYYY-MM-DD.',
    );
    expect((await run('articles.txt', '--edition', '2024-01-01')).stderr).not.toContain('warning');
  });

  it('exits 1 naming the file it cannot read or write', async () => {
    expect((await run('missing.txt')).stderr).toBe('amend import: cannot read missing.txt: no such file\n');
    const unwritable = await run('articles.txt', '-o', 'no/such/folder/out.md');
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/^amend import: cannot write no\/such\/folder\/out\.md: /);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('articles.txt', '--edition', '2024-02-30')).stderr).toContain(
      '--edition must be a date written YYYY-MM-DD, not "2024-02-30"',
    );
    expect((await run('articles.txt', '--format', 'pdf')).code).toBe(2);
    expect((await run('articles.txt', '--unknown')).code).toBe(2);
  });
});
