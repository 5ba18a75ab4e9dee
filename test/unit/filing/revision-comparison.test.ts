import { describe, expect, it } from 'vitest';
import { readMeasure } from '../../../src/filing/measure-input';
import { compareMeasureRevisions, compareRevisions } from '../../../src/filing/revision-comparison';
import { renderPrintHtml } from '../../../src/render/print-html';
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

  it('lays the report out with the revision layer marks (struck / underlined), never the constitution markers', () => {
    const view = compareRevisions(filed, revised);
    expect(view.summary).toContain('Title: changed, 1 word removed, 1 word added');
    expect(view.summary.some((line) => line.includes('revision.'))).toBe(false);
    const page = renderPrintHtml({
      title: view.title,
      fingerprint: revised.document.fingerprint,
      sections: [{ role: 'report', startsPage: true, blocks: [{ type: 'comparison', comparison: view }] }],
    });
    const html = page.slice(page.indexOf('<body>'));
    expect(html).toContain('<del class="revision">Independence</del>');
    expect(html).toContain('<ins class="revision">Freedom</ins>');
    expect(html).toContain('[begin revision deletion]');
    expect(html).not.toContain('[begin deletion]');
    expect(html).toContain('Earlier revision: Rev. 1 (2016-11-21, Alex Example), SHA-256 0ddee5895d59');
  });
});
