/** `amend diff`: one line per operation, the JSON contract, exit codes 0/1/2 with messages naming the file. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { readConstitution2011 } from '../../support/constitution-2011';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/diff');
let folder: string;

function fixture(name: string, file: 'base.md' | 'edited.md'): string {
  return readFileSync(join(FIXTURES, name, file), 'utf8');
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'amend-diff-'));
  writeFileSync(join(folder, 'base.md'), fixture('amend-calexit', 'base.md'));
  writeFileSync(join(folder, 'calexit.md'), fixture('amend-calexit', 'edited.md'));
  writeFileSync(join(folder, 'renumber.md'), fixture('renumber', 'edited.md'));
  writeFileSync(join(folder, 'added.md'), fixture('add-section', 'edited.md'));
  writeFileSync(join(folder, 'moved.md'), fixture('move', 'edited.md'));
  writeFileSync(
    join(folder, 'broken.md'),
    `${fixture('amend-calexit', 'base.md')}\n### Section 2\n\nA second Section 2 at the end.\n`,
  );
  const edition = readConstitution2011();
  writeFileSync(join(folder, '2011.md'), edition);
  const endOf35 = 'federal law or federal regulations.\n\n### Section 4';
  expect(edition.indexOf(endOf35)).toBeGreaterThan(0);
  writeFileSync(
    join(folder, 'subdivision.md'),
    edition.replace(endOf35, endOf35.replace('\n\n', '\n\n(d) To declare a regulation void.\n\n')),
  );
  writeFileSync(join(folder, 'empty.md'), '');
  const lines = edition.split('\n');
  // Line 1083 is Article III's "### Section 2"; each of these shapes is not read as a heading.
  expect(lines[HEADING_LINE - 1]).toBe('### Section 2');
  for (const [name, heading] of Object.entries(BAD_HEADINGS)) {
    writeFileSync(
      join(folder, name),
      lines.map((line, index) => (index === HEADING_LINE - 1 ? heading : line)).join('\n'),
    );
  }
});

const HEADING_LINE = 1083;
const BAD_HEADINGS = { 'roman.md': '### Section II', 'nospace.md': '###Section 2', 'typo.md': '### Sektion 2' };

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(folder);
  const code = await main(['diff', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

interface DiffJson {
  changes: {
    op: string;
    target: string;
    citation: string;
    redline?: { type: string; text: string }[];
    from?: string;
    to?: string;
  }[];
  baseHash: string;
  editedHash: string;
  approximate: boolean;
}

describe('amend diff', () => {
  it('prints one line per operation', async () => {
    expect(await run('base.md', 'calexit.md')).toEqual({
      code: 0,
      stdout: 'amend  Article III, Section 1  \u22122 words +1 word\n',
      stderr: '',
    });
    expect((await run('base.md', 'renumber.md')).stdout).toBe(
      'repeal  Article X, Section 3\nrenumber  Article X, Section 4 \u2192 Section 3\n',
    );
    expect((await run('base.md', 'added.md')).stdout).toBe('add  Article III, Section 1.5\n');
    expect((await run('base.md', 'moved.md')).stdout).toBe(
      'move  Article X B, Section 2 \u2192 Article X, Section 5\n',
    );
  });

  it('reports a new subdivision (d) of Article III, Section 3.5 as an add of that subdivision', async () => {
    expect(await run('2011.md', 'subdivision.md')).toEqual({
      code: 0,
      stdout: 'add  Article III, Section 3.5, subdivision (d)  +6 words\n',
      stderr: expect.any(String) as unknown,
    });
    const json = JSON.parse((await run('2011.md', 'subdivision.md', '--json')).stdout) as DiffJson;
    expect(json.changes).toEqual([
      {
        op: 'add',
        kind: 'subdivision',
        target: 'art-III/sec-3.5/d',
        citation: 'Article III, Section 3.5, subdivision (d)',
        section: 'art-III/sec-3.5',
        baseHash: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
        after: 'art-III/sec-3.5/c',
        offset: expect.any(Number) as unknown,
        text: '\n\n(d) To declare a regulation void.',
      },
    ]);
  });

  it('says so when nothing changed', async () => {
    expect(await run('base.md', 'base.md')).toEqual({ code: 0, stdout: 'No changes.\n', stderr: '' });
  });

  it('prints the changes as JSON with op, target, citation, redline, from and to', async () => {
    const amended = await run('base.md', 'calexit.md', '--json');
    expect(amended.code).toBe(0);
    const json = JSON.parse(amended.stdout) as DiffJson;
    expect(json.changes).toHaveLength(1);
    expect(json.changes[0]).toMatchObject({ op: 'amend', target: 'art-III/sec-1', citation: 'Article III, Section 1' });
    expect(json.changes[0]!.redline!.filter((segment) => segment.type !== 'equal')).toEqual([
      { type: 'delete', text: 'an inseparable' },
      { type: 'insert', text: 'a' },
    ]);
    expect(json.baseHash).toMatch(/^[0-9a-f]{16}$/);
    expect(json.approximate).toBe(false);
    const renumbered = JSON.parse((await run('base.md', 'renumber.md', '--json')).stdout) as DiffJson;
    expect(renumbered.changes[1]).toMatchObject({ op: 'renumber', from: 'art-X/sec-4', to: 'art-X/sec-3' });
  });

  it('exits 1 naming the file, line and problem when a file has parse errors', async () => {
    const result = await run('base.md', 'broken.md');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^broken\.md:\d+:1: error: Section 2 of Article X B appears again/);
    expect(result.stderr).toContain('amend diff: broken.md has a parse error; fix it first.');
  });

  it('prints the parse warnings of both files, so an unread heading is not taken for an amend and a repeal', async () => {
    for (const [name, heading] of Object.entries(BAD_HEADINGS)) {
      const result = await run('2011.md', name);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('repeal  Article III, Section 2');
      expect(result.stderr).toContain(`${name}:${HEADING_LINE}:1: warning: `);
      expect(result.stderr).toContain(heading);
      const json = await run('2011.md', name, '--json');
      expect(json.code).toBe(0);
      expect(json.stderr).toBe(result.stderr);
      expect((JSON.parse(json.stdout) as DiffJson).changes.map((change) => change.op)).toEqual(['amend', 'repeal']);
    }
  });

  it('warns when a file has no articles instead of silently repealing them all', async () => {
    const result = await run('2011.md', 'empty.md');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^empty\.md:1:1: warning: No article headings were found/m);
    const reverse = await run('empty.md', '2011.md', '--json');
    expect(reverse.stderr).toMatch(/^empty\.md:1:1: warning: No article headings/m);
    const added = (JSON.parse(reverse.stdout) as DiffJson).changes.filter(
      (change) => change.op === 'add' && /^art-[^/]+$/.test(change.target),
    );
    expect(added).toHaveLength(31);
  });

  it('exits 1 naming the file when it cannot be read', async () => {
    const result = await run('base.md', 'missing.md');
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'amend diff: Could not read missing.md: it does not exist (or its folder does not). (Check the path.)\n',
    });
  });

  it('exits 2 on bad usage', async () => {
    expect((await run('base.md')).code).toBe(2);
    expect((await run('base.md', 'calexit.md', 'extra.md')).code).toBe(2);
    const unknown = await run('base.md', 'calexit.md', '--colour');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: amend diff OLD.md NEW.md [--json]');
  });
});
