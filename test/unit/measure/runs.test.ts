import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run, RunMark } from '../../../src/measure/document';
import { redlineWords } from '../../../src/diff/redline';
import { blocksFromSegments, runsView, tidyRuns } from '../../../src/measure/runs';

const segment = fc.record({
  type: fc.constantFrom<'equal' | 'delete' | 'insert'>('equal', 'delete', 'insert'),
  text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '(', '.'), minLength: 1, maxLength: 10 }),
});

/** Words of a reading: spacing ignored, and a space before closing punctuation (a display artifact). */
function words(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ (?=[.,;:!?)\]’”"'])/g, '')
    .trim();
}

describe('blocksFromSegments', () => {
  it('splits at a blank line even when it straddles two segments', () => {
    const blocks = blocksFromSegments([
      { type: 'equal', text: 'First paragraph.\n' },
      { type: 'insert', text: '\nNew paragraph.' },
    ]);
    expect(blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'First paragraph.', mark: 'none' }] },
      { type: 'paragraph', runs: [{ text: 'New paragraph.', mark: 'insert' }] },
    ]);
  });

  it('prints a wholly struck text (a repealed section) as struck paragraphs, not one run-on paragraph', () => {
    const blocks = blocksFromSegments([{ type: 'delete', text: '(a) First.\n\n(b) Second.\n\nThird.' }]);
    expect(blocks.map((block) => block.runs)).toEqual([
      [{ text: '(a) First.', mark: 'delete' }],
      [{ text: '(b) Second.', mark: 'delete' }],
      [{ text: 'Third.', mark: 'delete' }],
    ]);
  });

  it('keeps a struck subdivision as its own paragraph between the ones that stay', () => {
    for (const segments of [
      [
        { type: 'equal', text: '(b) Stays.\n\n' },
        { type: 'delete', text: '(c) Goes.\n\n' },
        { type: 'equal', text: '(d) Stays too.' },
      ],
      [
        { type: 'equal', text: '(b) Stays.' },
        { type: 'delete', text: '\n\n(c) Goes.' },
        { type: 'equal', text: '\n\n(d) Stays too.' },
      ],
    ] as const) {
      expect(blocksFromSegments(segments).map((block) => block.runs)).toEqual([
        [{ text: '(b) Stays.', mark: 'none' }],
        [{ text: '(c) Goes.', mark: 'delete' }],
        [{ text: '(d) Stays too.', mark: 'none' }],
      ]);
    }
  });

  // Regression: a change holding a paragraph break used to take in the next paragraph's first word,
  // printing an added subdivision (b) as "~~(c)~~ *(b) …*" then "*(c)* Three.".
  it.each([
    [
      'an added subdivision',
      '(a) One.\n\n(c) Three.',
      '(a) One.\n\n(b) Two new.\n\n(c) Three.',
      ['(a) One.', '*(b) Two new.*', '(c) Three.'],
    ],
    [
      'a struck subdivision',
      '(a) One.\n\n(b) Two.\n\n(c) Three.',
      '(a) One.\n\n(c) Three.',
      ['(a) One.', '~(b) Two.~', '(c) Three.'],
    ],
    ['a subdivision added at the end', '(a) One.', '(a) One.\n\n(b) Two new.', ['(a) One.', '*(b) Two new.*']],
  ])('prints %s as its own marked paragraph, neighbours untouched', (_name, base, proposed, expected) => {
    const blocks = blocksFromSegments(redlineWords(base, proposed).segments);
    const shown = blocks.map((block) =>
      block.runs
        .map((run) => (run.mark === 'insert' ? `*${run.text}*` : run.mark === 'delete' ? `~${run.text}~` : run.text))
        .join(''),
    );
    expect(shown).toEqual(expected);
  });

  it('joins two paragraphs when only the blank line between them is struck', () => {
    const blocks = blocksFromSegments([
      { type: 'equal', text: 'First.' },
      { type: 'delete', text: '\n\n' },
      { type: 'insert', text: ' ' },
      { type: 'equal', text: 'Second.' },
    ]);
    expect(blocks).toHaveLength(1);
  });

  it('keeps the layout of hand-laid-out text (tables) and unwraps ordinary paragraphs', () => {
    const blocks = blocksFromSegments([
      { type: 'equal', text: 'The schedule:\n\n       Year      Fee\n       1991      ' },
      { type: 'delete', text: '$250' },
      { type: 'insert', text: '$300' },
    ]);
    expect(blocks[0]).toEqual({ type: 'paragraph', runs: [{ text: 'The schedule:', mark: 'none' }] });
    expect(blocks[1]).toEqual({
      type: 'preformatted',
      runs: [
        { text: '       Year      Fee\n       1991      ', mark: 'none' },
        { text: '$250', mark: 'delete' },
        { text: '$300', mark: 'insert' },
      ],
    });
  });

  it('keeps every word of both readings, in order (property)', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), (segments) => {
        const blocks = blocksFromSegments(segments);
        for (const side of ['old', 'new'] as const) {
          const skip = side === 'old' ? 'insert' : 'delete';
          const expected = words(
            segments
              .filter((piece) => piece.type !== skip)
              .map((piece) => piece.text)
              .join(''),
          );
          const actual = words(blocks.map((block) => runsView(block.runs, side)).join(' '));
          expect(actual).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tidyRuns', () => {
  it('reads a split replacement as one: ~~an inseparable~~ *a*', () => {
    const runs: Run[] = [
      { text: 'is ', mark: 'none' },
      { text: 'an', mark: 'delete' },
      { text: 'a', mark: 'insert' },
      { text: ' ', mark: 'none' },
      { text: 'inseparable', mark: 'delete' },
      { text: ' part', mark: 'none' },
    ];
    expect(tidyRuns(runs)).toEqual([
      { text: 'is ', mark: 'none' },
      { text: 'an inseparable', mark: 'delete' },
      { text: ' ', mark: 'none' },
      { text: 'a', mark: 'insert' },
      { text: ' part', mark: 'none' },
    ]);
  });

  it('never lets a mark start or end with a space, and keeps both readings (property)', () => {
    const run = fc.record({
      text: fc.string({ unit: fc.constantFrom('w', 'x', ' ', '\n', '.'), minLength: 1, maxLength: 6 }),
      mark: fc.constantFrom<RunMark>('none', 'delete', 'insert'),
    });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 10 }), (runs) => {
        const tidy = tidyRuns(runs);
        for (const piece of tidy) {
          if (piece.mark !== 'none') expect(piece.text).toBe(piece.text.trim());
          expect(piece.text).not.toContain('\n');
        }
        for (const side of ['old', 'new'] as const)
          expect(words(runsView(tidy, side))).toBe(words(runsView(runs, side)));
      }),
      { numRuns: 3000 },
    );
  });
});
