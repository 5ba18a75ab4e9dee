/**
 * The allocation-free line readers agree with `readLine` on any text (fast-check prints the seed
 * on failure).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterBlankLine, readLine, readLineInto, scratchLine } from '../../../src/constitution/scan/lines';

/** Short texts over the characters that matter to line reading. */
const lineText = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', 'a', '#'), maxLength: 12 });

describe('line readers', () => {
  it('afterBlankLine is the next line start exactly when readLine finds the line blank', () => {
    fc.assert(
      fc.property(lineText, fc.nat(12), (text, cut) => {
        const limit = Math.min(cut, text.length);
        const line = readLine(text, 0, limit);
        expect(afterBlankLine(text, 0, limit)).toBe(line.blank ? line.next : -1);
      }),
      { numRuns: 3000 },
    );
  });

  it('readLineInto overwrites a reused line with what readLine returns', () => {
    const reused = scratchLine();
    fc.assert(
      fc.property(lineText, fc.nat(12), (text, at) => {
        const start = text.lastIndexOf('\n', Math.min(at, text.length) - 1) + 1;
        expect({ ...readLineInto(reused, text, start, text.length) }).toEqual(readLine(text, start, text.length));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a blank CRLF line and a line of text', () => {
    expect(afterBlankLine(' \t\r\nx', 0, 5)).toBe(4);
    expect(afterBlankLine('  x\n', 0, 4)).toBe(-1);
    expect(afterBlankLine('   ', 0, 3)).toBe(3);
  });
});
