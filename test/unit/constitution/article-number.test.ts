import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareArticleNumbers,
  fromRoman,
  parseArticleNumber,
  toRoman,
} from '../../../src/constitution/article-number';

describe('Roman numerals', () => {
  it('round-trips 1..3999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (value) => {
        expect(fromRoman(toRoman(value))).toBe(value);
        expect(fromRoman(toRoman(value).toLowerCase())).toBe(value);
      }),
      { numRuns: 4000 },
    );
  });

  it('writes and reads known values', () => {
    expect([1, 4, 9, 13, 14, 19, 35, 40, 90, 1994].map(toRoman)).toEqual([
      'I',
      'IV',
      'IX',
      'XIII',
      'XIV',
      'XIX',
      'XXXV',
      'XL',
      'XC',
      'MCMXCIV',
    ]);
    expect(toRoman(0)).toBe('0');
    expect(toRoman(4000)).toBe('4000');
  });

  it('rejects non-canonical numerals', () => {
    for (const bad of ['', 'IIII', 'VX', 'IC', 'XXXX', 'ABC', 'MMMM']) expect(fromRoman(bad)).toBeUndefined();
  });
});

describe('parseArticleNumber', () => {
  it.each([
    ['3', 'III', 'III', 3, ''],
    ['13A', 'XIII A', 'XIIIA', 13, 'A'],
    ['13 a', 'XIII A', 'XIIIA', 13, 'A'],
    ['III', 'III', 'III', 3, ''],
    ['XIII A', 'XIII A', 'XIIIA', 13, 'A'],
    ['XIIIA', 'XIII A', 'XIIIA', 13, 'A'],
    ['XIIID', 'XIII D', 'XIIID', 13, 'D'],
    ['XIIIC', 'XIII C', 'XIIIC', 13, 'C'],
    ['XC', 'X C', 'XC', 10, 'C'],
    ['XXXV', 'XXXV', 'XXXV', 35, ''],
    ['10B', 'X B', 'XB', 10, 'B'],
  ])('%s → %s', (written, roman, key, value, suffix) => {
    expect(parseArticleNumber(written)).toEqual({ written, value, suffix, roman, key });
  });

  it('rejects what is not an article number', () => {
    for (const bad of ['', '0', 'IIII', 'III I', '3I', 'XIII V', '3AB', 'abc', 'Article 3', '13-A', '99999'])
      expect(parseArticleNumber(bad)).toBeUndefined();
  });

  it('orders by value, then suffix', () => {
    const order = ['III', 'XIII', 'XIII A', 'XIII B', 'XIV'].map((text) => parseArticleNumber(text)!);
    for (let i = 1; i < order.length; i++) expect(compareArticleNumbers(order[i - 1]!, order[i]!)).toBeLessThan(0);
    expect(compareArticleNumbers(parseArticleNumber('13A')!, parseArticleNumber('XIII A')!)).toBe(0);
  });
});
