/** `amend parse`: outline and JSON output, messages naming file:line:column, exit codes 0/1/2. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { CONSTITUTION_2011_PATH } from '../../support/constitution-2011';

let folder: string;

const SMALL = `# Constitution of the State of California

## Article III (STATE OF CALIFORNIA)

### Section 1

(a) One.

(b) Two.

### Section 2

Text.
`;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'amend-parse-'));
  writeFileSync(join(folder, 'small.md'), SMALL);
  writeFileSync(join(folder, 'duplicate.md'), `${SMALL}\n### Section 2\n\nAgain.\n`);
  writeFileSync(join(folder, 'warning.md'), SMALL.replace('(b) Two.', '(c) Two.'));
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(folder);
  const code = await main(['parse', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

interface ParseJson {
  articles: {
    id: string;
    number: string;
    title: string | null;
    sections: { id: string; number: string; citation: string }[];
  }[];
  counts: { articles: number; sections: number; subdivisions: number };
  messages: { severity: string; message: string; line: number; column: number; ruleId: string }[];
}

describe('amend parse', () => {
  it('prints an outline with counts', async () => {
    const result = await run('small.md');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'small.md: 1 article, 2 sections, 2 subdivisions\n  Article III (STATE OF CALIFORNIA): 2 sections 1-2, 2 subdivisions\n',
    );
    expect(result.stderr).toBe('');
  });

  it('prints JSON with ids, numbers and citations', async () => {
    const result = await run('small.md', '--json');
    const json = JSON.parse(result.stdout) as ParseJson;
    expect(json.counts).toEqual({ articles: 1, sections: 2, subdivisions: 2 });
    expect(json.articles[0]).toMatchObject({ id: 'art-III', number: 'III', title: 'STATE OF CALIFORNIA' });
    expect(json.articles[0]!.sections[0]).toMatchObject({
      id: 'art-III/sec-1',
      number: '1',
      citation: 'Article III, Section 1',
    });
    expect(json.messages).toEqual([]);
  });

  it('exits 1 on error messages and prints them as file:line:column', async () => {
    const result = await run('duplicate.md');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^duplicate\.md:15:1: error: Section 2 of Article III appears again \(first at line 11\); this one gets the id art-III\/sec-2~2\. \(Renumber/,
    );
    const json = JSON.parse((await run('duplicate.md', '--json')).stdout) as ParseJson;
    expect(json.messages[0]).toMatchObject({ severity: 'error', line: 15, column: 1, ruleId: 'duplicate-section' });
  });

  it('prints errors on stderr naming the file in --json mode too, the JSON unchanged', async () => {
    const result = await run('duplicate.md', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^duplicate\.md:15:1: error: Section 2 of Article III appears again/);
    const json = JSON.parse(result.stdout) as ParseJson;
    expect(json.messages).toHaveLength(1);
    // Warnings stay in the JSON only: a clean --json run keeps stderr empty.
    expect((await run('warning.md', '--json')).stderr).toBe('');
  });

  it('exits 0 with warnings', async () => {
    const result = await run('warning.md');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning.md:9:1: warning: Subdivision (c) follows (a) in Section 1 of Article III; expected (b).',
    );
  });

  it('exits 1 naming the file when it cannot be read', async () => {
    const result = await run('missing.md');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'amend parse: Could not read missing.md: it does not exist (or its folder does not). (Check the path.)\n',
    );
  });

  it('exits 2 on bad usage', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('a.md', 'b.md')).code).toBe(2);
    const unknown = await run('small.md', '--yaml');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: amend parse FILE [--json]');
  });

  it('reads the 2011 edition: 31 articles, 357 sections, no errors', async () => {
    const result = await run(CONSTITUTION_2011_PATH, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ParseJson;
    expect(json.counts.articles).toBe(31);
    expect(json.counts.sections).toBe(357);
    expect(json.messages.filter((message) => message.severity === 'error')).toEqual([]);
    const article3 = json.articles.find((article) => article.id === 'art-III')!;
    expect(article3.sections[0]).toMatchObject({ id: 'art-III/sec-1', citation: 'Article III, Section 1' });
  });
});
