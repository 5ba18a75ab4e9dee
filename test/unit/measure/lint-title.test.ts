import { describe, expect, it } from 'vitest';
import { lintMeasure, type LintMessage } from '../../../src/measure/lint';
import { mergeMeasures } from '../../../src/measure/merge';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { resolveConflict } from '../../../src/measure/resolve';
import { EXAMPLE_2016, EXAMPLE_2017, EXAMPLE_PARTNER, measureHead, readExample } from './fixtures';

const HEAD = (title: string): string => measureHead(title, 'statute');

function titleMessages(source: string): LintMessage[] {
  return lintMeasure(parseMeasure(source, { path: 't.measure.md' })).filter(
    (message) => message.ruleId === 'title-mismatch',
  );
}

describe('lint: the Title section and the front matter title', () => {
  it('warns at the quoted name when the Title section names another measure, naming both', () => {
    const source = `${HEAD('California Unity Act')}\n## Title\n\nThis measure shall be known and may be cited as the “Untitled measure”.\n`;
    expect(titleMessages(source)).toEqual([
      {
        severity: 'warning',
        ruleId: 'title-mismatch',
        message:
          'the Title section cites the measure as “Untitled measure”, but its front matter title is “California Unity Act”',
        hint: 'Make them agree: change the name in the Title section or the title in the front matter.',
        line: 13,
        column: 53,
        file: 't.measure.md',
      },
    ]);
  });

  it('reads straight quotes and wrapped names, and ignores case and spacing', () => {
    const wrapped = `${HEAD('California Unity Act')}\n## Short Title\n\nThis measure may be cited as the "California\nUnity ACT".\n`;
    expect(titleMessages(wrapped)).toEqual([]);
    const other = `${HEAD('California Unity Act')}\n## Title\n\nThis measure may be cited as the "California Peace Act".\n`;
    expect(titleMessages(other).map((message) => message.message)).toEqual([
      'the Title section cites the measure as “California Peace Act”, but its front matter title is “California Unity Act”',
    ]);
  });

  it('accepts a Title section that gives the front matter title among other names', () => {
    const source = `${HEAD('California Unity Act')}\n## Title\n\nThis measure shall be known as the “California Unity Act” or the “Unity Act”.\n`;
    expect(titleMessages(source)).toEqual([]);
  });

  it('does not guess when the Title section quotes no name, or in other sections', () => {
    const unquoted = `${HEAD('California Unity Act')}\n## Title\n\nThis measure shall be known as the Peace Act.\n`;
    expect(titleMessages(unquoted)).toEqual([]);
    const findings = `${HEAD('California Unity Act')}\n## Findings and Declarations\n\nThe “Peace Act” failed.\n`;
    expect(titleMessages(findings)).toEqual([]);
  });

  it('passes the shipped examples, and flags a merge resolved one way for the title and the other for the Title', () => {
    for (const name of [EXAMPLE_2016, EXAMPLE_2017, EXAMPLE_PARTNER])
      expect(titleMessages(readExample(name))).toEqual([]);
    const merged = mergeMeasures(
      parseMeasure(readExample(EXAMPLE_2016)),
      parseMeasure(readExample(EXAMPLE_2017)),
      parseMeasure(readExample(EXAMPLE_PARTNER)),
    );
    const half = resolveConflict(merged, 1, 'theirs');
    if (!half.ok) throw new Error(half.error.message);
    expect(titleMessages(half.value.source).map((message) => message.message)).toEqual([
      'the Title section cites the measure as “California Freedom Act”, but its front matter title is “California Nationhood Act”',
    ]);
  });
});
