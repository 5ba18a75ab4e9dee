import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { compareMeasures } from '../../../src/measure/compare';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { renderComparisonText, revisionRedlineText } from '../../../src/measure/render-comparison';
import { expectGolden } from '../../support/golden';
import { EXAMPLE_2016, EXAMPLE_2017, EXAMPLE_BASE, EXAMPLE_PARTNER, FIXTURES, readExample } from './fixtures';

const excerpt = parseConstitution(readExample(EXAMPLE_BASE));
const first = parseMeasure(readExample(EXAMPLE_2016), { path: EXAMPLE_2016 });
const revised = parseMeasure(readExample(EXAMPLE_2017), { path: EXAMPLE_2017 });

describe('compareMeasures', () => {
  const comparison = compareMeasures(first, revised, excerpt);

  it('compares the coalition revisions (golden text report)', () => {
    expectGolden(resolve(FIXTURES, 'compare', 'calexit-2016-to-2017.txt'), renderComparisonText(comparison));
  });

  it('knows B is a child of A and lists front matter changes leaf by leaf', () => {
    expect(comparison.bIsChildOfA).toBe(true);
    expect(comparison.metadata.find((change) => change.path === 'title')).toEqual({
      path: 'title',
      before: 'California Independence Act',
      after: 'California Freedom Act',
    });
    expect(comparison.metadata.find((change) => change.path === 'proponents')).toEqual({
      path: 'proponents',
      before: 'Alex Example',
      after: 'Alex Example; Jordan Sample',
    });
  });

  it('redlines uncodified sections at word level and finds added ones', () => {
    const title = comparison.uncodified.find((section) => section.role === 'title')!;
    expect([title.status, revisionRedlineText(title.redline)]).toEqual([
      'changed',
      'This measure shall be known and may be cited as the “California {-Independence-}{+Freedom+} Act”.',
    ]);
    expect(comparison.uncodified.map((section) => [section.heading, section.status])).toEqual([
      ['Title', 'changed'],
      ['Findings and Declarations', 'changed'],
      ['Severability', 'unchanged'],
      ['Purpose and Intent', 'added'],
    ]);
  });

  it('reports the repeal turned into an amendment, and the constitution layer separately', () => {
    expect(comparison.amendments).toHaveLength(1);
    expect(comparison.amendments[0]).toMatchObject({
      status: 'changed',
      target: 'art-III/sec-1',
      citation: 'Article III, Section 1',
      opChanged: true,
      baseChanged: false,
      before: { op: 'repeal', clause: 'Section 1 of Article III of the California Constitution is repealed.' },
      after: { op: 'amend', clause: 'Section 1 of Article III of the California Constitution is amended to read:' },
    });
    expect(comparison.constitution?.ops.map((op) => [op.op, op.target])).toEqual([['add', 'art-III/sec-1']]);
    expect(comparison.messages).toEqual([]);
  });

  it('finds no differences between a revision and itself', () => {
    const same = compareMeasures(revised, revised, excerpt);
    expect(same.metadata).toEqual([]);
    expect(same.uncodified.every((section) => section.status === 'unchanged')).toBe(true);
    expect(same.amendments.every((amendment) => amendment.status === 'unchanged')).toBe(true);
    expect(same.constitution?.ops).toEqual([]);
  });

  it('notes a revision that does not apply to the edition instead of failing', () => {
    const stale = parseMeasure(
      readExample(EXAMPLE_PARTNER).replace(
        'is an inseparable part of the\nUnited',
        'is an indivisible part of the\nUnited',
      ),
    );
    const result = compareMeasures(revised, stale, excerpt);
    expect(result.constitution).toBeUndefined();
    expect(result.messages.map((message) => message.message)).toEqual([
      'Revision B (Rev. 2b) does not apply to the edition: Repeal Article III, Section 1: the "base" text does not match Article III, Section 1 of the edition word for word',
    ]);
  });

  it('works without an edition, and the JSON form is plain data', () => {
    const plain = compareMeasures(first, revised);
    expect(plain.constitution).toBeUndefined();
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});

describe('compareMeasures: front matter that cannot become data', () => {
  it('compares a revision whose front matter has an unset alias instead of throwing', () => {
    // Found by the pipeline fuzz: yaml's toJS threw on `*missing` while listing front matter changes.
    const source = readExample(EXAMPLE_2017).replace(/^title: .*$/m, 'title: *missing');
    const comparison = compareMeasures(first, parseMeasure(source));
    expect(comparison.metadata.map((change) => change.path)).toContain('title');
  });
});
