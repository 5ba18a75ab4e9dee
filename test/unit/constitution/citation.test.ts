import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCitation, parseCitation, type CitationStyle } from '../../../src/constitution/citation';
import { nodeId } from './helpers/id-arbitrary';

const STYLES: readonly CitationStyle[] = ['long', 'of', 'short', 'cal'];

describe('formatCitation', () => {
  it.each([
    ['art-III/sec-1', 'long', 'Article III, Section 1'],
    ['art-XIIIA', 'long', 'Article XIII A'],
    ['art-III/sec-1', 'of', 'Section 1 of Article III'],
    ['art-III/sec-1', 'short', 'art. III, § 1'],
    ['art-I/sec-7.5/a/2', 'cal', 'Cal. Const., art. I, § 7.5, subd. (a)(2)'],
    ['art-I/sec-7.5/a/2', 'long', 'Article I, Section 7.5, subdivision (a)(2)'],
    ['art-I/sec-7.5/a/2', 'of', 'subdivision (a)(2) of Section 7.5 of Article I'],
    ['art-I/sec-19/e/item-1', 'long', 'Article I, Section 19, subdivision (e), item 1'],
    ['art-III/sec-1~2', 'long', 'Article III, Section 1'],
    ['art-I/sec-7.5/a/p2', 'short', 'art. I, § 7.5, subd. (a)'],
  ] as const)('%s (%s) → %s', (id, style, citation) => {
    expect(formatCitation(id, style)).toBe(citation);
  });

  it('defaults to the long style and leaves other ids alone', () => {
    expect(formatCitation('art-XIIIB/sec-2')).toBe('Article XIII B, Section 2');
    expect(formatCitation('preamble')).toBe('preamble');
  });
});

describe('parseCitation', () => {
  it.each([
    ['Article III, Section 1', 'art-III/sec-1'],
    ['Art. 3, Sec. 1', 'art-III/sec-1'],
    ['Article 13A', 'art-XIIIA'],
    ['article 13 a', 'art-XIIIA'],
    ['Sec 7.5 of Art. I', 'art-I/sec-7.5'],
    ['art. XIII A', 'art-XIIIA'],
    ['ARTICLE XIIID, SECTION 4', 'art-XIIID/sec-4'],
    ['Cal. Const., art. I, § 7.5, subd. (a)(2)', 'art-I/sec-7.5/a/2'],
    ['Cal. Const. art. I, § 7.5(a)(2).', 'art-I/sec-7.5/a/2'],
    ['Section 7.5(a) (2) of Article I', 'art-I/sec-7.5/a/2'],
    ['paragraph (2) of subdivision (a) of Section 7.5 of Article I', 'art-I/sec-7.5/a/2'],
    ['Section 1 of Article III of the California Constitution', 'art-III/sec-1'],
    ['Article I, Section 19, subdivision (e), item 1', 'art-I/sec-19/e/item-1'],
    ['art. IV, § 12, subd. (A)', 'art-IV/sec-12/A'],
  ])('%s → %s', (text, id) => {
    expect(parseCitation(text)).toBe(id);
  });

  it('returns undefined for what is not a citation', () => {
    for (const text of [
      '',
      'Section 1',
      'hello',
      'Article',
      'Article III and Article IV',
      'Article III, Section 1, Section 2',
      'Article 0',
      'Article III (a) #',
    ]) {
      expect(parseCitation(text)).toBeUndefined();
    }
  });

  it('round-trips every generated id in every style (10,000 runs)', () => {
    fc.assert(
      fc.property(nodeId, fc.constantFrom(...STYLES), (id, style) => {
        expect(parseCitation(formatCitation(id, style))).toBe(id);
      }),
      { numRuns: 10_000 },
    );
  });

  it('round-trips each style 10,000 times', () => {
    for (const style of STYLES) {
      fc.assert(
        fc.property(nodeId, (id) => parseCitation(formatCitation(id, style)) === id),
        { numRuns: 10_000 },
      );
    }
  });
});
