import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssString } from '../../../src/render/css-string';

/** Decode a CSS string literal the way a CSS tokenizer does (hex escapes with one optional space). */
function decodeCssString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  return literal
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) ?/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

describe('cssString', () => {
  it('round-trips any text through CSS escaping', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(decodeCssString(cssString(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a quote, backslash-free break, angle bracket or newline through unescaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const inner = cssString(value).slice(1, -1);
        expect(inner).not.toMatch(/["'<>\n\r{};]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps ordinary labels readable', () => {
    expect(cssString('Rev. 2')).toBe('"Rev. 2"');
    expect(cssString('</style>')).toBe('"\\3c \\2f style\\3e "');
  });
});
