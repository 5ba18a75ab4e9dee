import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../../src/constitution/parse';
import { buildMeasureDocument } from '../../../../src/measure/build-document';
import { importMeasure } from '../../../../src/measure/import/import-measure';
import type { Notation } from '../../../../src/measure/import/types';
import { lintMeasure } from '../../../../src/measure/lint';
import { parseMeasure } from '../../../../src/measure/parse-measure';
import { renderMeasureText } from '../../../../src/measure/render-text';
import { expectGolden, expectGoldenJson } from '../../../support/golden';
import { EXAMPLE_BASE, FIXTURES as MEASURE_FIXTURES, MINI_CONSTITUTION, readExample, readFixture } from '../fixtures';
import { comparable } from './round-trip-support';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/measure-import');

interface Case {
  readonly name: string;
  readonly input: string;
  readonly notation: Notation;
  /** The edition passed as --base. */
  readonly base?: () => string;
  /** Rule ids of the lint errors the imported measure is expected to have (against the edition). */
  readonly lintErrors: readonly string[];
}

const mini = (): string => readFixture(MINI_CONSTITUTION);

const CASES: readonly Case[] = [
  { name: 'text-export', input: 'input.txt', notation: 'text-markers', base: mini, lintErrors: [] },
  { name: 'markdown-export', input: 'input.md', notation: 'markdown', base: mini, lintErrors: [] },
  { name: 'leginfo', input: 'input.txt', notation: 'leginfo-markers', base: mini, lintErrors: [] },
  { name: 'markdown-variants', input: 'input.md', notation: 'markdown', base: mini, lintErrors: [] },
  {
    name: 'plain-calexit-2016',
    input: 'input.txt',
    notation: 'plain',
    base: () => readExample(EXAMPLE_BASE),
    lintErrors: [],
  },
  {
    name: 'plain-2009',
    input: 'input.txt',
    notation: 'plain',
    base: () => readFileSync(resolve(FIXTURES, 'plain-2009', 'edition.md'), 'utf8'),
    lintErrors: ['unresolved-conflict'],
  },
];

describe('importMeasure goldens', () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: the imported measure and its messages`, () => {
      const input = readFileSync(resolve(FIXTURES, testCase.name, testCase.input), 'utf8');
      const base = testCase.base === undefined ? undefined : parseConstitution(testCase.base(), { path: 'edition.md' });
      const imported = importMeasure(input, {
        path: testCase.input,
        ...(base === undefined ? {} : { base }),
      });
      expect(imported.notation).toBe(testCase.notation);
      expectGolden(resolve(FIXTURES, testCase.name, 'expected.measure.md'), imported.source);
      expectGoldenJson(resolve(FIXTURES, testCase.name, 'messages.json'), imported.messages);
      expect(imported.messages.filter((message) => message.severity === 'error')).toEqual([]);
      const measure = parseMeasure(imported.source);
      const lintErrors = lintMeasure(measure, base).filter((message) => message.severity === 'error');
      expect(lintErrors.map((message) => message.ruleId)).toEqual(testCase.lintErrors);
      // The imported measure renders: its text is what the filing says, in the tool's own wording.
      expect(renderMeasureText(buildMeasureDocument(measure))).toContain('SECTION 1.');
    });
  }

  it('the exports of the all-operations fixture come back as the measure they were made from', () => {
    const original = comparable(readFixture('all-operations', 'input.measure.md'));
    for (const name of ['text-export', 'markdown-export']) {
      expect(comparable(readFileSync(resolve(FIXTURES, name, 'expected.measure.md'), 'utf8')), name).toEqual({
        ...original,
        title: original.title,
      });
    }
    expect(MEASURE_FIXTURES).toContain('fixtures/measure');
  });
});
