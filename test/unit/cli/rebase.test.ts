import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { amend, read, scratchWithExamples, write } from './measure-cli-support';

describe('amend rebase', () => {
  const folder = scratchWithExamples();
  const excerpt = read(folder, 'article-iii-excerpt.md');

  it('merges an official change to other words and records the new edition', async () => {
    write(folder, 'next.md', excerpt.replace('supreme law', 'highest law'));
    const result = await amend(
      folder,
      'rebase',
      'calexit-2017-revised.measure.md',
      '--base',
      'next.md',
      '-o',
      'rebased.measure.md',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('amend rebase: 0 carried over, 1 merged, 0 conflict(s)');
    const rebased = parseMeasure(read(folder, 'rebased.measure.md'));
    const block = rebased.parts.at(-1)!;
    expect(block.type === 'amendment' && block.proposed).toContain('is a part of the');
    expect(block.type === 'amendment' && block.proposed).toContain('highest law');
  });

  it('names an edition without front matter by its file name, never by its path', async () => {
    mkdirSync(join(folder, 'editions'), { recursive: true });
    const bare = excerpt.replace(/^---[\s\S]*?\n---\n/, '').replace('supreme law', 'highest law');
    write(folder, 'editions/constitution-2026.md', bare);
    const result = await amend(
      folder,
      'rebase',
      'calexit-2017-revised.measure.md',
      '--base',
      join(folder, 'editions', 'constitution-2026.md'),
      '-o',
      'named.measure.md',
    );
    expect(result.code).toBe(0);
    const written = read(folder, 'named.measure.md');
    expect(written).toContain('  edition: constitution-2026\n');
    expect(written).not.toContain(folder);
  });

  it('records a stale-base conflict and exits 1 when the edition changed the same words', async () => {
    write(folder, 'clash.md', excerpt.replace('an inseparable', 'an indivisible'));
    const result = await amend(folder, 'rebase', 'calexit-2017-revised.measure.md', '--base', 'clash.md');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'calexit-2017-revised.measure.md:62:1: error: the new edition changed words of Article III, Section 1 that the measure also changes',
    );
    expect(parseMeasure(result.stdout).conflicts.map((conflict) => conflict.kind)).toEqual(['stale-base']);
  });

  it('exits 2 without --base', async () => {
    expect((await amend(folder, 'rebase', 'calexit-2017-revised.measure.md')).code).toBe(2);
  });
});
