import { describe, expect, it } from 'vitest';
import type { RevisionComparison } from '../../../src/measure/compare-types';
import { amend, read, scratchWithExamples, write } from './measure-cli-support';

describe('amend compare', () => {
  const folder = scratchWithExamples();

  it('compares the coalition revisions as text, with the constitution layer when an edition is given', async () => {
    const result = await amend(
      folder,
      'compare',
      'calexit-2016-repeal.measure.md',
      'calexit-2017-revised.measure.md',
      '--base',
      'article-iii-excerpt.md',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('B: Rev. 2 by Jordan Sample, 2017-04-14');
    expect(result.stdout).toContain('— a child revision of A');
    expect(result.stdout).toContain('  [changed] Article III, Section 1  repeal → amend');
    expect(result.stdout).toContain('the “California {-Independence-}{+Freedom+} Act”.');
    expect(result.stdout).toContain('Constitution as left by A → as left by B\n  add  Article III, Section 1\n');
    expect(result.stdout).not.toContain('[begin deletion]');
  });

  it('prints the RevisionComparison as JSON', async () => {
    const result = await amend(
      folder,
      'compare',
      'calexit-2016-repeal.measure.md',
      'calexit-2017-revised.measure.md',
      '--json',
    );
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout) as RevisionComparison;
    expect(comparison.a.label).toBe('Rev. 1');
    expect(comparison.amendments[0]).toMatchObject({ status: 'changed', opChanged: true, target: 'art-III/sec-1' });
    expect(comparison.constitution).toBeUndefined();
    expect(comparison.sameEdition).toBe(true);
  });

  it('warns on stderr and in the JSON when the revisions were drafted against different editions', async () => {
    write(
      folder,
      'other-edition.measure.md',
      read(folder, 'calexit-2017-revised.measure.md')
        .replace('edition: california-constitution-2011-excerpt', 'edition: california-constitution-2024')
        .replace(/sha256: a4470d20[0-9a-f]+/, `sha256: ${'b'.repeat(64)}`),
    );
    const text = await amend(folder, 'compare', 'calexit-2017-revised.measure.md', 'other-edition.measure.md');
    expect(text.code).toBe(0);
    expect(text.stderr).toContain(
      'amend compare: warning: Revision A (Rev. 2) was drafted against edition "california-constitution-2011-excerpt" (SHA-256 a4470d20c0c5) and revision B (Rev. 2) against edition "california-constitution-2024" (SHA-256 bbbbbbbbbbbb): differences in the amendment blocks may come from the edition, not from the drafters. (Rebase one revision onto the other\'s edition first (amend rebase other-edition.measure.md --base EDITION.md), then compare again.)',
    );
    const json = await amend(
      folder,
      'compare',
      'calexit-2017-revised.measure.md',
      'other-edition.measure.md',
      '--json',
    );
    const comparison = JSON.parse(json.stdout) as RevisionComparison;
    expect(comparison.sameEdition).toBe(false);
    expect(comparison.messages.map((message) => [message.severity, message.ruleId])).toEqual([
      ['warning', 'different-base'],
    ]);
    const same = await amend(folder, 'compare', 'calexit-2016-repeal.measure.md', 'calexit-2017-revised.measure.md');
    expect(same.stderr).toBe('');
  });

  it('exits 1 on a broken measure or a revision that does not apply, and 2 on bad usage', async () => {
    write(folder, 'broken.measure.md', '## Title\n\nNo front matter.\n');
    const broken = await amend(folder, 'compare', 'broken.measure.md', 'calexit-2017-revised.measure.md');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.measure.md:1:1: error: the measure file must start with YAML front matter');
    write(folder, 'article-iv.md', '# Constitution\n\n## Article 4 (LEGISLATIVE)\n\n### Section 1\n\nText.\n');
    const notApplying = await amend(
      folder,
      'compare',
      'calexit-2016-repeal.measure.md',
      'calexit-2017-revised.measure.md',
      '--base',
      'article-iv.md',
    );
    expect(notApplying.code).toBe(1);
    expect(notApplying.stderr).toContain('amend compare: error: Revision A (Rev. 1) does not apply to the edition');
    expect((await amend(folder, 'compare', 'calexit-2016-repeal.measure.md')).code).toBe(2);
  });
});
