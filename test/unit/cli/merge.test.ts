import { describe, expect, it } from 'vitest';
import { lintMeasure } from '../../../src/measure/lint';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { amend, read, scratchWithExamples } from './measure-cli-support';

describe('amend merge', () => {
  const folder = scratchWithExamples();

  it('merges the partner revision into the 2017 revision, writes the result and lists the conflicts (exit 1)', async () => {
    const result = await amend(
      folder,
      'merge',
      'calexit-2016-repeal.measure.md',
      'calexit-2017-revised.measure.md',
      'calexit-2017-partner.measure.md',
      '-o',
      'merged.measure.md',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter((line) => line !== '')).toEqual([
      'merged.measure.md:37: conflict 1 (metadata) front matter: title: ours Rev. 2 by Jordan Sample; theirs Rev. 2b by Riley Placeholder',
      'merged.measure.md:55: conflict 2 (same-words) Title: ours Rev. 2 by Jordan Sample; theirs Rev. 2b by Riley Placeholder',
      'amend merge: 2 conflict(s) to resolve; the merged file keeps A (ours) where they are.',
    ]);
    const merged = parseMeasure(read(folder, 'merged.measure.md'));
    expect(merged.conflicts).toHaveLength(2);
    expect(merged.parts.map((part) => (part.type === 'uncodified' ? part.heading : part.op))).toContain(
      'Conflicting Measures',
    );
    expect(lintMeasure(merged).filter((message) => message.ruleId === 'unresolved-conflict')).toHaveLength(2);
  });

  it('exits 0 and prints the result when nothing conflicts', async () => {
    const result = await amend(
      folder,
      'merge',
      'calexit-2016-repeal.measure.md',
      'calexit-2017-revised.measure.md',
      'calexit-2016-repeal.measure.md',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const merged = parseMeasure(result.stdout);
    expect(merged.conflicts).toEqual([]);
    expect(merged.meta.title).toBe('California Freedom Act');
  });

  it('exits 2 on bad usage', async () => {
    expect(
      (await amend(folder, 'merge', 'calexit-2016-repeal.measure.md', 'calexit-2017-revised.measure.md')).code,
    ).toBe(2);
  });
});
