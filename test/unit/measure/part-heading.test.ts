import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { parsePartHeading, type HeadingParse } from '../../../src/measure/part-heading';
import { targetId } from '../../../src/measure/target';

const HEAD = `---
title: Heading Test
kind: constitutional amendment
base: { edition: test, sha256: '${'0'.repeat(64)}' }
revision: { label: Test }
---

`;

/** op, target id and destination id of an amendment heading, or the kind otherwise. */
function summary(parse: HeadingParse): string {
  if (parse.kind !== 'amendment') return parse.kind;
  const { op, target, to } = parse.heading;
  return to === undefined ? `${op} ${targetId(target)}` : `${op} ${targetId(target)} → ${targetId(to)}`;
}

/** Every clause form seen in filings, with the canonical heading it must read the same as. */
const VARIANTS: readonly (readonly [clause: string, canonical: string])[] = [
  ['Section 1 of Article III of the California Constitution is amended to read:', 'Amend Article III, Section 1'],
  [
    'Section 1 of Article III of the California Constitution is hereby amended to read as follows:',
    'Amend Article III, Section 1',
  ],
  [
    'Section 7.5 of Article I of the California Constitution is hereby amended to read as follows:',
    'Amend Article I, Section 7.5',
  ],
  ['Section 7.5 is added to Article I of the California Constitution, to read:', 'Add Article I, Section 7.5'],
  ['Section 7.5 is added to Article I of the California Constitution to read:', 'Add Article I, Section 7.5'],
  [
    'Section 7.5 is added to Article I of the California Constitution, to read as follows:',
    'Add Article I, Section 7.5',
  ],
  ['Section 31 is added to Article I of the California Constitution as follows:', 'Add Article I, Section 31'],
  ['Article I, Section 7.5 is added to the California Constitution to read:', 'Add Article I, Section 7.5'],
  ['Article I, Section 7.5 is added to the California Constitution, to read:', 'Add Article I, Section 7.5'],
  ['Section 1 of Article III of the California Constitution is repealed.', 'Repeal Article III, Section 1'],
  ['Section 1 of Article III of the California Constitution is hereby repealed.', 'Repeal Article III, Section 1'],
  ['Article XXXVI is added to the California Constitution, to read:', 'Add Article XXXVI'],
  ['Article XXXVI is added to the California Constitution to read:', 'Add Article XXXVI'],
  ['Article XXXV of the California Constitution is repealed.', 'Repeal Article XXXV'],
  [
    'Section 4 of Article X of the California Constitution is renumbered Section 3 of Article X.',
    'Renumber Article X, Section 4 to Article X, Section 3',
  ],
  [
    'Section 4 of Article X of the California Constitution is renumbered Section 3.',
    'Renumber Article X, Section 4 to Article X, Section 3',
  ],
  [
    'Section 2 of Article X B of the California Constitution is amended and renumbered Section 8 of Article X, to read:',
    'Move Article X B, Section 2 to Article X, Section 8',
  ],
  [
    'Section 2 of Article X B of the California Constitution is renumbered Section 8 of Article X.',
    'Move Article X B, Section 2 to Article X, Section 8',
  ],
  ['The heading of Article III of the California Constitution is amended to read:', 'Retitle Article III'],
  ['Sec 7.5 is added to Article I of the California Constitution, to read:', 'Add Article I, Section 7.5'],
  ['Sec. 7.5 is added to art. I of the California Constitution, to read:', 'Add Article I, Section 7.5'],
  ['Sec. 7.5 of art. I of the California Constitution is amended to read:', 'Amend Article I, Section 7.5'],
  ['Section 1 of Article 3 of the California Constitution is amended to read:', 'Amend Article III, Section 1'],
  ['Section 1 of Article 13A of the California Constitution is amended to read:', 'Amend Article XIII A, Section 1'],
  ['Article XIII A, Section 1 of the California Constitution is amended to read:', 'Amend Article XIII A, Section 1'],
  [
    'SECTION 2. Section 1 of Article III of the California Constitution is amended to read:',
    'Amend Article III, Section 1',
  ],
  ['SEC. 2. Section 1 of Article III of the California Constitution is repealed.', 'Repeal Article III, Section 1'],
  [
    'Section 2. Section 7.5 of Article I of the California Constitution is hereby amended to read as follows:',
    'Amend Article I, Section 7.5',
  ],
  ['SEC. 3. Article I, Section 7.5 is added to the California Constitution to read:', 'Add Article I, Section 7.5'],
  ['Section 1 of Article III of the California Constitution is amended to read', 'Amend Article III, Section 1'],
  ['That Section 31 of Article I thereof is amended to read:', 'Amend Article I, Section 31'],
  ['First—That Section 7.5 of Article I thereof is repealed.', 'Repeal Article I, Section 7.5'],
];

describe('parsePartHeading: amending clauses as filed', () => {
  for (const [clause, canonical] of VARIANTS) {
    it(`reads "${clause}" as "${canonical}"`, () => {
      const expected = parsePartHeading(canonical);
      expect(expected.kind).toBe('amendment');
      expect(parsePartHeading(clause)).toEqual(expected);
    });
  }

  it('takes the new number of "… is amended and renumbered to read:" from the proposed text’s label', () => {
    const clause = 'Section 4 of Article X of the California Constitution is amended and renumbered to read:';
    expect(summary(parsePartHeading(clause, { proposed: 'SEC. 3. The Legislature …' }))).toBe(
      'renumber art-X/sec-4 → art-X/sec-3',
    );
    const without = parsePartHeading(clause, { proposed: 'The Legislature …' });
    expect(without).toMatchObject({ kind: 'invalid', severity: 'warning' });
  });

  it('leaves statute clauses and ordinary headings to uncodified sections', () => {
    expect(parsePartHeading('Section 9001 of the Elections Code is amended to read:')).toEqual({
      kind: 'uncodified',
      role: 'other',
    });
    expect(parsePartHeading('SEC. 3. Severability')).toEqual({ kind: 'uncodified', role: 'severability' });
    expect(parsePartHeading('Findings and Declarations')).toEqual({ kind: 'uncodified', role: 'findings' });
  });

  it('warns (never errs) about a heading that reads like a clause but cannot be read', () => {
    for (const text of [
      'Section 1 of Article III of the California Constitution is amended somehow',
      'Section 1 of Article LXXXXX of the California Constitution is amended to read:',
      'Article III of the California Constitution is amended to read:',
      'Section 4 of Article X of the California Constitution is renumbered Section 4.',
      'Section 1 of Article III of the California Constitution is repealed. And more words.',
    ]) {
      const parse = parsePartHeading(text);
      expect(parse, text).toMatchObject({ kind: 'invalid', severity: 'warning' });
      if (parse.kind === 'invalid') expect(parse.hint).toContain('Amend Article III, Section 1');
    }
  });
});

describe('parseMeasure with clause headings', () => {
  it('gives the same parts as the canonical headings', () => {
    const body = (first: string, second: string, third: string): string =>
      [
        `## ${first}\n\n~~~base\nThe State is an inseparable part.\n~~~\n\n~~~proposed\nThe State is a part.\n~~~`,
        `## ${second}\n\n~~~proposed\nThe people shall be consulted.\n~~~`,
        `## ${third}\n\n~~~base\nSEC. 4. Old text.\n~~~\n\n~~~proposed\nSEC. 3. New text.\n~~~`,
      ].join('\n\n');
    const canonical = parseMeasure(
      HEAD +
        body(
          'Amend Article III, Section 1',
          'Add Article I, Section 7.5',
          'Renumber Article X, Section 4 to Section 3',
        ),
    );
    const pasted = parseMeasure(
      HEAD +
        body(
          'Section 1 of Article III of the California Constitution is hereby amended to read as follows:',
          'SEC. 3. Article I, Section 7.5 is added to the California Constitution to read:',
          'Section 4 of Article X of the California Constitution is amended and renumbered to read:',
        ),
    );
    const shape = (parts: typeof canonical.parts): unknown[] =>
      parts.map((part) =>
        part.type === 'amendment' ? [part.op, part.target, part.to, part.base, part.proposed] : part.heading,
      );
    expect(pasted.messages).toEqual([]);
    expect(shape(pasted.parts)).toEqual(shape(canonical.parts));
  });

  it('keeps an unreadable clause heading as an uncodified section, with a warning naming the line', () => {
    const measure = parseMeasure(
      `${HEAD}## Section 1 of Article LXXXXX of the California Constitution is amended to read:\n\nThe text.\n`,
      { path: 'pasted.measure.md' },
    );
    expect(measure.parts).toMatchObject([{ type: 'uncodified', body: 'The text.' }]);
    expect(measure.messages).toMatchObject([
      {
        severity: 'warning',
        ruleId: 'unreadable-clause-heading',
        line: 8,
        file: 'pasted.measure.md',
      },
    ]);
    expect(measure.messages[0]!.message).toContain('LXXXXX');
  });
});

describe('misspelled operations', () => {
  it('names a near-miss verb and the operation it probably means', () => {
    const parse = parsePartHeading('Ammend Article III, Section 1');
    expect(parse).toMatchObject({ kind: 'invalid', problem: 'unknown operation "Ammend" (did you mean "Amend"?)' });
    expect(parsePartHeading('Repael Article III, Section 2')).toMatchObject({
      problem: 'unknown operation "Repael" (did you mean "Repeal"?)',
    });
  });

  it('refuses any other verb before a provision when the part carries a proposed text', () => {
    expect(parsePartHeading('Rewrite Article III, Section 1', { proposed: 'SEC. 1. New.' })).toMatchObject({
      kind: 'invalid',
      problem: 'unknown operation "Rewrite"',
    });
  });

  it('leaves ordinary uncodified headings alone', () => {
    expect(parsePartHeading('Concerning Article III')).toEqual({ kind: 'uncodified', role: 'other' });
    expect(parsePartHeading('Findings and Declarations')).toEqual({ kind: 'uncodified', role: 'findings' });
  });

  it('makes the measure file an error at the heading, so the texts are never printed unmarked', () => {
    const measure = parseMeasure(
      `${HEAD}## Ammend Article III, Section 1\n\n~~~base\nSECTION 1. Old.\n~~~\n\n~~~proposed\nSECTION 1. New.\n~~~\n`,
      { path: 'bad.measure.md' },
    );
    expect(measure.messages).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        ruleId: 'invalid-amendment-heading',
        file: 'bad.measure.md',
        line: 8,
        message: 'unknown operation "Ammend" (did you mean "Amend"?)',
      }),
    );
  });
});
