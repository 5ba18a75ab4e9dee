import { describe, expect, it } from 'vitest';
import { summarizeMeasureEffect } from '../../../src/measure/effect';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { EXAMPLE_2016, EXAMPLE_2017, readExample, readFixture } from './fixtures';

const HEAD = `---
title: T
kind: constitutional amendment
base:
  edition: e
  sha256: 5c3f0b1e9a7d2c4b6e8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b
---
`;

function effect(body: string): string {
  return summarizeMeasureEffect(parseMeasure(HEAD + body));
}

describe('summarizeMeasureEffect', () => {
  it('says what the examples do, for the request letter', () => {
    expect(summarizeMeasureEffect(parseMeasure(readExample(EXAMPLE_2017)))).toBe(
      'amends Section 1 of Article III of the California Constitution',
    );
    expect(summarizeMeasureEffect(parseMeasure(readExample(EXAMPLE_2016)))).toBe(
      'repeals Section 1 of Article III of the California Constitution',
    );
  });

  it('groups sections of one article and names the constitution once', () => {
    expect(
      effect(
        '## Amend Article III, Section 2\n\n~~~base\na\n~~~\n\n~~~proposed\nb\n~~~\n\n## Amend Article III, Section 1\n\n~~~base\na\n~~~\n\n~~~proposed\nb\n~~~\n\n## Add Article III, Section 1.5\n\n~~~proposed\nc\n~~~\n',
      ),
    ).toBe('amends Sections 1 and 2 of Article III and adds Section 1.5 to Article III of the California Constitution');
  });

  it('says "to the California Constitution" after an added article', () => {
    expect(effect('## Add Article XXXVI\n\n~~~proposed\n## Article 36\n\n### Section 1\n\nx\n~~~\n')).toBe(
      'adds Article XXXVI to the California Constitution',
    );
  });

  it('lists every kind of operation', () => {
    expect(summarizeMeasureEffect(parseMeasure(readFixture('all-operations', 'input.measure.md')))).toBe(
      'amends Section 1 of Article III, amends and renumbers Section 31 of Article I as Section 32 of Article I and Section 2 of Article X B as Section 8 of Article X, renumbers Section 4 of Article X as Section 3 of Article X, repeals Section 2 of Article III and Article XXXV, adds Section 1.5 to Article III and Article XXXVI, and retitles Article III of the California Constitution',
    );
  });

  it('says when the constitution is not changed', () => {
    expect(effect('## Findings\n\nText.\n')).toBe('does not amend the California Constitution');
  });
});
