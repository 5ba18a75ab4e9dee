import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeStretch,
  isSafeBoundary,
  lastScannedKind,
  scanToken,
  type TokenKind,
} from '../../../src/diff/tokenize';
import { anyString, legalText } from './arbitraries';

function tokens(text: string, start = 0): string[] {
  const result: string[] = [];
  for (let index = start; index < text.length;) {
    const end = scanToken(text, index, text.length);
    result.push(text.slice(index, end));
    index = end;
  }
  return result;
}

function kindOf(token: string): TokenKind {
  scanToken(token, 0, token.length);
  return lastScannedKind();
}

describe('scanToken', () => {
  it('keeps amounts, numbers, section numbers and joined words whole', () => {
    expect(tokens('pay $35,000,000, or 1,000 under Section 7.5.')).toEqual([
      'pay',
      ' ',
      '$35,000,000',
      ',',
      ' ',
      'or',
      ' ',
      '1,000',
      ' ',
      'under',
      ' ',
      'Section',
      ' ',
      '7.5',
      '.',
    ]);
    expect(tokens("the people's two-thirds vote of 10%")).toEqual([
      'the',
      ' ',
      "people's",
      ' ',
      'two-thirds',
      ' ',
      'vote',
      ' ',
      'of',
      ' ',
      '10%',
    ]);
  });

  it('keeps subdivision label runs whole and leaves ordinary parentheses alone', () => {
    expect(tokens('(a)(1)(A)(iv) text (see below) (xl)')).toEqual([
      '(a)(1)(A)(iv)',
      ' ',
      'text',
      ' ',
      '(',
      'see',
      ' ',
      'below',
      ')',
      ' ',
      '(xl)',
    ]);
    expect(kindOf('(a)(1)')).toBe(2);
    expect(tokens('(ab)')).toEqual(['(', 'ab', ')']);
  });

  it('makes each line break and each whitespace run its own token', () => {
    expect(tokens('a \r\n\n\rb\t\u00a0c')).toEqual(['a', ' ', '\r\n', '\n', '\r', 'b', '\t\u00a0', 'c']);
  });

  it('keeps surrogate pairs and combining marks inside one token', () => {
    expect(tokens('😀😀 é x\ud800y')).toEqual(['😀', '😀', ' ', 'é', ' ', 'x', '\ud800', 'y']);
  });

  it('concatenates back to the text and tokenizes the same from any safe boundary (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, legalText(40)), fc.nat(), (text, cut) => {
        const all = tokens(text);
        expect(all.join('')).toBe(text);
        const offset = text.length === 0 ? 0 : cut % (text.length + 1);
        if (!isSafeBoundary(text, offset)) return;
        const starts: number[] = [];
        let at = 0;
        for (const token of all) {
          starts.push(at);
          at += token.length;
        }
        const index = starts.indexOf(offset);
        expect(index >= 0 || offset === text.length).toBe(true);
        if (index >= 0) expect(tokens(text, offset)).toEqual(all.slice(index));
        // A slice that ends at a safe boundary tokenizes like the whole text up to there.
        const prefix = text.slice(0, offset);
        expect(tokens(prefix)).toEqual(index >= 0 ? all.slice(0, index) : all);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('describeStretch', () => {
  it('counts words, recognises stop-word-only stretches and paragraph breaks', () => {
    expect(describeStretch(' of the ', 0, 8)).toEqual({ words: 2, onlyStopWords: true, paragraphBreak: false });
    expect(describeStretch('the (a) law', 0, 11)).toEqual({ words: 3, onlyStopWords: false, paragraphBreak: false });
    expect(describeStretch('.\n \n', 0, 4)).toEqual({ words: 0, onlyStopWords: true, paragraphBreak: true });
  });
});
