import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../src/measure/merge-text';

const WORDS = [
  'the',
  'State',
  'shall',
  'may',
  'not',
  'law',
  'people',
  'of',
  'California',
  '(a)',
  '$35,000,000',
  'Section',
  '1.5',
];
const word = fc.constantFrom(...WORDS);

describe('mergeText', () => {
  it('combines changes to different words', () => {
    const parent = 'The State of California is an inseparable part of the United States of America.';
    const ours = 'The State of California is a part of the United States of America.';
    const theirs = 'The State of California is an inseparable part of the United States.';
    expect(mergeText(parent, ours, theirs)).toEqual({
      text: 'The State of California is a part of the United States.',
      both: 'The State of California is a part of the United States.',
      theirs: 'The State of California is a part of the United States.',
      conflicts: 0,
      clashes: [],
    });
  });

  it('keeps ours where both changed the same words, and offers theirs and both', () => {
    const result = mergeText(
      'known as the “Independence Act”.',
      'known as the “Freedom Act”.',
      'known as the “Nationhood Act”.',
    );
    expect(result).toEqual({
      text: 'known as the “Freedom Act”.',
      both: 'known as the “Freedom Nationhood Act”.',
      theirs: 'known as the “Nationhood Act”.',
      conflicts: 1,
      clashes: [{ start: 14, end: 26, ours: 'Freedom', theirs: 'Nationhood' }],
    });
  });

  it('takes a side that is the only one to change, and identical changes once', () => {
    expect(mergeText('a b c', 'a x c', 'a b c').text).toBe('a x c');
    expect(mergeText('a b c', 'a b c', 'a y c').text).toBe('a y c');
    expect(mergeText('a b c', 'a x c', 'a x c')).toMatchObject({ text: 'a x c', conflicts: 0 });
  });

  it('merges edits to disjoint words exactly like applying both (property)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 4, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), word), { maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), word), { maxLength: 5 }),
        (words, oursEdits, theirsEdits) => {
          // Ours edits even positions, theirs odd positions three apart, so edits never touch.
          const oursAt = new Map(
            oursEdits.map(([at, replacement]) => [(at % Math.ceil(words.length / 4)) * 4, replacement]),
          );
          const theirsAt = new Map(
            theirsEdits.map(([at, replacement]) => [(at % Math.ceil((words.length - 2) / 4)) * 4 + 2, replacement]),
          );
          const apply = (edits: Map<number, string>): string =>
            words.map((current, index) => (edits.has(index) ? `${edits.get(index)!}X` : current)).join(' ');
          const parent = words.join(' ');
          const both = new Map([...oursAt, ...theirsAt]);
          const result = mergeText(parent, apply(oursAt), apply(theirsAt));
          expect(result.conflicts).toBe(0);
          expect(result.text).toBe(apply(both));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is ours when nothing conflicts on theirs, whatever the texts (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (parent, ours) => {
        expect(mergeText(parent, ours, parent).text).toBe(ours);
        expect(mergeText(parent, parent, ours).text).toBe(ours);
      }),
    );
  });
});
