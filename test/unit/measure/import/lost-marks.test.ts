import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../../src/constitution/parse';
import { buildMeasureDocument } from '../../../../src/measure/build-document';
import { importMeasure } from '../../../../src/measure/import/import-measure';
import { readLostMarks } from '../../../../src/measure/import/lost-marks';
import { parseMeasure } from '../../../../src/measure/parse-measure';
import { renderMeasureText } from '../../../../src/measure/render-text';
import type { AmendmentPart } from '../../../../src/measure/types';
import { generatedMeasure } from './arbitraries';

/** The text export with its markers removed: what copying a printed redline as plain text gives. */
function withoutMarks(text: string): string {
  return text.replace(/\[(?:begin|end) (?:deletion|insertion)\]/g, '');
}

describe('readLostMarks', () => {
  const official = 'The State of California is an inseparable part of the United States.';

  it('cannot tell struck from kept words when every word of the edition is still there', () => {
    expect(
      readLostMarks(official, 'The State of California is an inseparable a part of the United States.'),
    ).toMatchObject({
      ambiguous: true,
    });
    expect(readLostMarks(official, official).ambiguous).toBe(true);
  });

  it('reads a text that leaves out words of the edition as the new text', () => {
    const read = readLostMarks(official, 'The State of California is a part of the United States.');
    expect(read.ambiguous).toBe(false);
    expect(read.explanation).toContain('“an inseparable”');
  });

  it('does not count an editorial history note as a word the restatement leaves out', () => {
    const noted = `${official}\n\n(Sec. 1 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100, 1974.)`;
    expect(readLostMarks(noted, `${official} And more.`).ambiguous).toBe(true);
  });
});

describe('importMeasure on plain text that lost its marks (property)', () => {
  it('never guesses: every restated change gets a lost-strikeout warning and a conflict', () => {
    fc.assert(
      fc.property(generatedMeasure({ markdownSpecials: false }), (generated) => {
        const original = parseMeasure(generated.source);
        const plain = withoutMarks(renderMeasureText(buildMeasureDocument(original)));
        const imported = importMeasure(plain, { base: parseConstitution(generated.edition) });
        expect(imported.notation === 'plain' || !/\[begin/.test(plain)).toBe(true);
        expect(imported.messages.filter((message) => message.severity === 'error')).toEqual([]);
        const measure = parseMeasure(imported.source);
        const changed = original.parts.filter(
          (part): part is AmendmentPart =>
            part.type === 'amendment' && part.proposed !== undefined && part.base !== undefined,
        );
        const subjects = measure.conflicts.map((conflict) => conflict.subject);
        expect(subjects).toHaveLength(changed.length);
        expect(imported.messages.filter((message) => message.ruleId === 'lost-strikeout')).toHaveLength(changed.length);
        expect(measure.conflicts.every((conflict) => conflict.kind === 'lost-marks')).toBe(true);
        // The blocks themselves are all there, for the same provisions.
        const targets = (parts: readonly unknown[]): string[] =>
          (parts as AmendmentPart[])
            .filter((part) => part.type === 'amendment')
            .map((part) => `${part.op} ${part.target}`)
            .sort();
        expect(targets(measure.parts)).toEqual(targets(original.parts));
      }),
      { numRuns: 1000 },
    );
  });
});
