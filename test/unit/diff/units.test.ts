import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { bodyText, docUnits, headingBreak, headingLine, separatorText, unitText } from '../../../src/diff/units';
import { docAndEdit } from './legal-docs';

const TEXT =
  '# Title\n\nWe, the People.\n\n## Article 3 (STATE)\n\n### Section 1\n\nOne.\r\n\n\n### Section 2\n\nTwo.\n';

describe('docUnits', () => {
  it('cuts prefix, preamble, article heads and sections, blank lines going with the heading after them', () => {
    const units = docUnits(parseConstitution(TEXT), true);
    expect(units.units.map((unit) => [unit.key, unitText(units, unit)])).toEqual([
      ['prefix', '# Title\n\n'],
      ['preamble', 'We, the People.\n'],
      ['art-III', '\n## Article 3 (STATE)\n'],
      ['art-III/sec-1', '\n### Section 1\n\nOne.\r\n'],
      ['art-III/sec-2', '\n\n### Section 2\n\nTwo.\n'],
    ]);
    const second = units.byKey.get('art-III/sec-2')!;
    expect([
      separatorText(units, second),
      headingLine(units, second),
      headingBreak(units, second),
      bodyText(units, second),
    ]).toEqual(['\n\n', '### Section 2', '\n', '\nTwo.\n']);
  });

  it('gives a document without a preamble an empty one when the base has one', () => {
    const units = docUnits(parseConstitution('## Article 1 (X)\n\n### Section 1\n\nText.\n'), true);
    expect(units.units.slice(0, 2).map((unit) => [unit.key, unitText(units, unit)])).toEqual([
      ['prefix', ''],
      ['preamble', ''],
    ]);
  });

  it('tiles every generated document exactly (fast-check)', () => {
    fc.assert(
      fc.property(docAndEdit, fc.boolean(), ({ edited }, split) => {
        const units = docUnits(parseConstitution(edited), split);
        expect(units.units.map((unit) => unitText(units, unit)).join('')).toBe(edited);
        for (const unit of units.units) {
          expect(unit.start <= unit.headingStart && unit.headingStart <= unit.headingEnd).toBe(true);
          expect(unit.headingEnd <= unit.bodyStart && unit.bodyStart <= unit.end).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
