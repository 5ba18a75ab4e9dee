import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../../src/constitution/parse';
import { importMeasure } from '../../../../src/measure/import/import-measure';
import { parseMeasure } from '../../../../src/measure/parse-measure';
import { EXAMPLE_BASE, readExample } from '../fixtures';

/** Pieces of filed measures, markers and Markdown, shuffled into texts no filing has. */
const PIECES = [
  'SECTION 1. ',
  'SEC. 2. ',
  'Section 3. ',
  'SEC. 1. ',
  'Sec. 7.5. ',
  'Section 1 of Article III of the California Constitution is amended to read:',
  'Section 7.5 is added to Article I of the California Constitution, to read:',
  'Article XXXVI is added to the California Constitution, to read:',
  'Section 4 of Article X of the California Constitution is amended and renumbered to read:',
  'Section 4 of Article X of the California Constitution is renumbered Section 3.',
  'Section 1 of Article III of the California Constitution is repealed.',
  'The heading of Article III of the California Constitution is amended to read:',
  'Section 1 of Article LXXXXX of the California Constitution is amended to read:',
  'Section 9001 of the Elections Code is amended to read:',
  'ARTICLE XXXVI. TITLE',
  'Title.',
  'Severability',
  'The State of California is an inseparable part of the United States',
  '[begin deletion]',
  '[end deletion]',
  '[begin insertion]',
  '[end insertion]',
  'begin delete ',
  ' end delete',
  'begin insert ',
  ' end insert',
  '~~',
  '*',
  '_',
  '<u>',
  '</u>',
  '# ',
  '## ',
  '### ',
  '```',
  '~~~',
  '---',
  '1. ',
  '- ',
  '> ',
  'word ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '“',
  '\\',
];

describe('importMeasure robustness (property)', () => {
  const base = parseConstitution(readExample(EXAMPLE_BASE));

  it('never throws, names a line for every message, and always writes a file that reads back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
        fc.boolean(),
        (input, withBase) => {
          const imported = importMeasure(input, withBase ? { base, path: 'f.txt' } : { path: 'f.txt' });
          for (const message of imported.messages) {
            expect(message.line).toBeGreaterThanOrEqual(1);
            expect(message.file).toBe('f.txt');
          }
          expect(imported.messages.filter((message) => message.ruleId === 'invalid-output')).toEqual([]);
          const measure = parseMeasure(imported.source);
          expect(measure.messages.filter((message) => message.severity === 'error')).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps every word of the input somewhere in the file (nothing is lost)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('SECTION 1. ', 'SEC. 2. ', 'Title. ', 'alpha ', 'beta. ', 'Gamma ', '\n', '\n\n'), {
          minLength: 1,
          maxLength: 30,
        }),
        (pieces) => {
          const input = pieces.join('');
          const imported = importMeasure(input);
          for (const word of ['alpha', 'beta', 'Gamma']) {
            if (input.includes(word)) expect(imported.source).toContain(word);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
