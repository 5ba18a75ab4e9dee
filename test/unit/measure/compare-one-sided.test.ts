/**
 * Blocks only one revision has: compared against the official text the other revision leaves in place,
 * so the counts are the change each block makes to the constitution, not its whole text.
 */
import { describe, expect, it } from 'vitest';
import { compareMeasures } from '../../../src/measure/compare';
import type { AmendmentComparison } from '../../../src/measure/compare-types';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { renderComparisonText, revisionRedlineText } from '../../../src/measure/render-comparison';
import type { MeasureFile } from '../../../src/measure/types';

const SECTION_ONE = 'The State of California is an inseparable part of the United States of America.';
const SECTION_TWO =
  'The boundaries of the State are those stated in the Constitution of 1849. Sacramento is the capital.';
const SECTION_FIVE = 'Suits may be brought against the State in such manner as shall be directed by law.';

function measure(blocks: readonly string[], sha = 'a'.repeat(64)): MeasureFile {
  const source = [
    '---',
    'title: Test Measure',
    'kind: constitutional amendment',
    'proponents: []',
    'base:',
    '  edition: test-edition',
    `  sha256: ${sha}`,
    'revision:',
    '  label: Draft',
    '---',
    '',
    '## Title',
    '',
    'This measure shall be known as the Test Act.',
    '',
    ...blocks,
  ].join('\n');
  const parsed = parseMeasure(source);
  expect(parsed.messages.filter((message) => message.severity === 'error')).toEqual([]);
  return parsed;
}

const fence = (kind: 'base' | 'proposed', text: string): string => `~~~${kind}\n${text}\n~~~\n`;

const amendOne = `## Amend Article III, Section 1\n\n${fence('base', SECTION_ONE)}\n${fence('proposed', SECTION_ONE.replace('an inseparable', 'a'))}`;
const amendTwoOneWord = `## Amend Article III, Section 2\n\n${fence('base', SECTION_TWO)}\n${fence('proposed', SECTION_TWO.replace('capital', 'seat'))}`;
const repealTwo = `## Repeal Article III, Section 2\n\n${fence('base', SECTION_TWO)}`;
const renumberFive = `## Renumber Article III, Section 5 to Article III, Section 5.5\n\n${fence('base', SECTION_FIVE)}`;
const addArticle = `## Add Article XXXVI\n\n${fence('proposed', '## Article 36 (SOVEREIGNTY)\n\n### Section 1\n\nThe people are sovereign.')}`;

function only(comparison: ReturnType<typeof compareMeasures>, target: string): AmendmentComparison {
  const found = comparison.amendments.find((amendment) => amendment.target === target);
  expect(found).toBeDefined();
  return found!;
}

describe('compareMeasures: a block only one revision has', () => {
  const small = measure([amendOne]);

  it('counts a one-word amendment B adds as −1 +1, not the whole section inserted', () => {
    const result = only(compareMeasures(small, measure([amendOne, amendTwoOneWord])), 'art-III/sec-2');
    expect(result.status).toBe('added');
    expect(result.stats).toMatchObject({ deletedWords: 1, insertedWords: 1 });
    expect(revisionRedlineText(result.redline)).toBe(
      'The boundaries of the State are those stated in the Constitution of 1849. Sacramento is the {-capital-}{+seat+}.',
    );
  });

  it('counts a repeal B adds as the section deleted', () => {
    const result = only(compareMeasures(small, measure([amendOne, repealTwo])), 'art-III/sec-2');
    expect(result.stats).toMatchObject({ deletedWords: 17, insertedWords: 0 });
  });

  it('counts a renumber B adds as no words changed, and says so in the text report', () => {
    const comparison = compareMeasures(small, measure([amendOne, renumberFive]));
    expect(only(comparison, 'art-III/sec-5').stats).toMatchObject({ deletedWords: 0, insertedWords: 0 });
    expect(renderComparisonText(comparison)).toContain(
      '[added] Article III, Section 5\n    B: Section 5 of Article III of the California Constitution is renumbered Section 5.5 of Article III.\n    Text: the same words in both revisions\n',
    );
  });

  it('shows an added article as printed text, not Markdown headings', () => {
    const result = only(compareMeasures(small, measure([amendOne, addArticle])), 'art-XXXVI');
    expect(revisionRedlineText(result.redline)).toBe(
      '{+ARTICLE XXXVI. SOVEREIGNTY SEC. 1. The people are sovereign.+}',
    );
    expect(result.stats).toMatchObject({ deletedWords: 0, insertedWords: 9 });
  });

  it('counts the reverse direction (a block A has and B dropped) as the change undone', () => {
    const comparison = compareMeasures(measure([amendOne, amendTwoOneWord, repealTwo.replace('2', '3')]), small);
    const dropped = only(comparison, 'art-III/sec-2');
    expect(dropped.status).toBe('dropped');
    expect(revisionRedlineText(dropped.redline)).toContain('Sacramento is the {-seat-}{+capital+}.');
    expect(only(comparison, 'art-III/sec-3').stats).toMatchObject({ deletedWords: 0, insertedWords: 17 });
  });
});
