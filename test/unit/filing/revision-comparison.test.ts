import { describe, expect, it } from 'vitest';
import { readMeasure } from '../../../src/filing/measure-input';
import { compareMeasureRevisions, compareRevisions } from '../../../src/filing/revision-comparison';
import { renderComparisonText } from '../../../src/render/comparison-text';
import { measureSource, REPEAL_2016, REVISED_2017 } from './examples';

function read(path: string) {
  const result = readMeasure(measureSource(path));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const filed = read(REPEAL_2016);
const revised = read(REVISED_2017);

describe('comparing two revisions of the Calexit measure (the revision layer)', () => {
  const comparison = compareMeasureRevisions(filed, revised);

  it('names both revisions by label, date and the SHA-256 of their bytes, and sees the parent link', () => {
    expect(comparison.a).toMatchObject({
      label: 'Rev. 1',
      date: '2016-11-21',
      sha256: measureSource(REPEAL_2016).sha256,
    });
    expect(comparison.b).toMatchObject({
      label: 'Rev. 2',
      date: '2017-04-14',
      sha256: measureSource(REVISED_2017).sha256,
    });
    expect(comparison.bIsChildOfA).toBe(true);
  });

  it('finds the repeal that became an amendment, with both generated clauses', () => {
    const article = comparison.amendments.find((amendment) => amendment.target === 'art-III/sec-1')!;
    expect(article.status).toBe('changed');
    expect(article.opChanged).toBe(true);
    expect(article.before?.clause).toBe('Section 1 of Article III of the California Constitution is repealed.');
    expect(article.after?.clause).toBe('Section 1 of Article III of the California Constitution is amended to read:');
  });

  it('matches uncodified sections by heading and reports added ones', () => {
    const title = comparison.uncodified.find((part) => part.heading === 'Title')!;
    expect(title.status).toBe('changed');
    expect(title.redline.filter((segment) => segment.type !== 'equal').map((segment) => segment.text)).toEqual([
      'Independence',
      'Freedom',
    ]);
    expect(comparison.uncodified.find((part) => part.heading === 'Purpose and Intent')?.status).toBe('added');
    expect(comparison.uncodified.find((part) => part.heading === 'Severability')?.status).toBe('unchanged');
  });

  it('reports the title and proponents that changed in the front matter', () => {
    expect(comparison.metadata).toContainEqual({
      path: 'title',
      before: 'California Independence Act',
      after: 'California Freedom Act',
    });
  });

  it('finds no change between a revision and itself', () => {
    const same = compareMeasureRevisions(revised, revised);
    expect([...same.uncodified, ...same.amendments].every((part) => part.status === 'unchanged')).toBe(true);
    expect(same.metadata).toEqual([]);
  });

  it('writes the text report with revision markers, never the constitution markers', () => {
    const text = renderComparisonText(compareRevisions(filed, revised));
    expect(text).toContain(
      '“California [begin revision deletion] Independence [end revision deletion] [begin revision insertion] Freedom [end revision insertion] Act”',
    );
    expect(text).not.toContain('[begin deletion]');
    expect(text).toContain('Earlier revision: Rev. 1 (2016-11-21, Alex Example), SHA-256 0ddee5895d59');
  });
});
