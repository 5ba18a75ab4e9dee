/**
 * LineIndex against a naive reading of the text: every offset's line and column, for LF, CRLF and
 * lone-CR endings, including texts of many short lines (the typed array must grow while it fills).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/constitution/build/line-index';

/** Line and column of every offset 0..length, counting line breaks one character at a time. */
function naivePoints(source: string): { line: number; column: number }[] {
  const points: { line: number; column: number }[] = [];
  let line = 1;
  let column = 1;
  for (let offset = 0; offset <= source.length; offset++) {
    points.push({ line, column });
    const char = source[offset];
    const breaks = char === '\n' || (char === '\r' && source[offset + 1] !== '\n');
    if (breaks) {
      line++;
      column = 1;
    } else column++;
  }
  return points;
}

function indexedPoints(source: string): { line: number; column: number }[] {
  const index = new LineIndex(source);
  return Array.from({ length: source.length + 1 }, (_, offset) => {
    const { line, column } = index.point(offset);
    return { line, column };
  });
}

const pieces = fc.constantFrom('a', 'word ', '\n', '\n\n', '\r\n', '\r');

describe('LineIndex', () => {
  it('agrees with a naive count on any text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 200 }), (parts) => {
        const source = parts.join('');
        expect(indexedPoints(source)).toEqual(naivePoints(source));
      }),
      { numRuns: 500 },
    );
  });

  it('holds more lines than its first guess (one line break per character)', () => {
    const source = '\n'.repeat(5_000);
    const index = new LineIndex(source);
    expect(index.point(source.length)).toEqual({ line: 5_001, column: 1, offset: 5_000 });
    expect(index.lineStart(2_500)).toBe(2_500);
    expect(index.nextLineStart(4_999, source.length)).toBe(5_000);
  });

  it('answers lookups in any order (the walk-forward hint never misleads a backward lookup)', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { minLength: 1, maxLength: 120 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (parts, picks) => {
          const source = parts.join('');
          const expected = naivePoints(source);
          const index = new LineIndex(source);
          for (const pick of picks) {
            const offset = pick % (source.length + 1);
            const { line, column } = index.point(offset);
            expect({ line, column }).toEqual(expected[offset]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
