import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256OfText, textHash } from '../../../src/shared/sha256';

describe('sha256OfText', () => {
  it('matches the known digest of the empty string and "abc"', () => {
    expect(sha256OfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256OfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with node:crypto on arbitrary Unicode text, including the 55/56/64-byte padding edges', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(sha256OfText(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 2000 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120]) {
      const text = 'x'.repeat(length);
      expect(sha256OfText(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it('textHash is the first 16 hex digits', () => {
    expect(textHash('abc')).toBe('ba7816bf8f01cfea');
  });
});
