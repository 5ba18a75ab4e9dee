import { describe, expect, it } from 'vitest';
import { summarizeOp } from '../../../src/diff/summary';
import type { AmendOp, RelocateOp } from '../../../src/diff/types';

const amend: AmendOp = {
  op: 'amend',
  target: 'art-III/sec-1',
  kind: 'section',
  citation: 'Article III, Section 1',
  baseHash: '0000000000000000',
  redline: [
    { type: 'equal', text: 'is ' },
    { type: 'delete', text: 'an inseparable' },
    { type: 'insert', text: 'a' },
  ],
  stats: { deletedWords: 2, insertedWords: 1 },
  subdivisions: { added: [], removed: [], changed: [] },
};

const renumber: RelocateOp = {
  op: 'renumber',
  kind: 'section',
  from: 'art-X/sec-4',
  to: 'art-X/sec-3',
  target: 'art-X/sec-4',
  citation: 'Article X, Section 4',
  toCitation: 'Article X, Section 3',
  after: 'art-X/sec-2',
  baseHash: '0000000000000000',
  heading: { from: '### Section 4', to: '### Section 3' },
  redline: [{ type: 'equal', text: 'text' }],
  stats: { deletedWords: 0, insertedWords: 0 },
  similarity: 1,
};

describe('summarizeOp', () => {
  it('summarizes an amendment with word counts, singular and plural', () => {
    expect(summarizeOp(amend)).toBe('amend  Article III, Section 1  \u22122 words +1 word');
  });

  it('says when only punctuation, whitespace, the heading or blank lines changed', () => {
    const punctuation = { ...amend, stats: { deletedWords: 0, insertedWords: 0 } };
    expect(summarizeOp(punctuation)).toBe('amend  Article III, Section 1  punctuation or whitespace only');
    const heading = {
      ...punctuation,
      redline: [{ type: 'equal' as const, text: 'x' }],
      heading: { from: 'a', to: 'b' },
    };
    expect(summarizeOp(heading)).toBe('amend  Article III, Section 1  heading only');
    const blank = {
      ...punctuation,
      redline: [{ type: 'equal' as const, text: 'x' }],
      separator: { from: '\n', to: '\n\n' },
    };
    expect(summarizeOp(blank)).toBe('amend  Article III, Section 1  blank lines only');
  });

  it('names only the new section number within one article, the whole citation across articles', () => {
    expect(summarizeOp(renumber)).toBe('renumber  Article X, Section 4 \u2192 Section 3');
    const move: RelocateOp = {
      ...renumber,
      op: 'move',
      citation: 'Article X B, Section 2',
      toCitation: 'Article X, Section 8',
    };
    expect(summarizeOp(move)).toBe('move  Article X B, Section 2 \u2192 Article X, Section 8');
    const amended: RelocateOp = {
      ...renumber,
      redline: [{ type: 'insert', text: 'new' }],
      stats: { deletedWords: 0, insertedWords: 1 },
    };
    expect(summarizeOp(amended)).toBe('renumber  Article X, Section 4 \u2192 Section 3  \u22120 words +1 word');
  });

  it('summarizes additions, repeals, retitles and reorders', () => {
    expect(
      summarizeOp({
        op: 'add',
        kind: 'section',
        target: 'art-III/sec-1.5',
        citation: 'Article III, Section 1.5',
        after: 'art-III/sec-1',
        text: '',
      }),
    ).toBe('add  Article III, Section 1.5');
    expect(
      summarizeOp({ op: 'repeal', kind: 'article', target: 'art-XB', citation: 'Article X B', baseHash: '', text: '' }),
    ).toBe('repeal  Article X B');
    expect(
      summarizeOp({
        op: 'retitle',
        kind: 'article',
        target: 'art-X',
        citation: 'Article X',
        baseHash: '',
        from: 'WATER',
        to: 'WATER AND HARBORS',
        heading: { from: '## Article 10 (WATER)', to: '## Article 10 (WATER AND HARBORS)' },
      }),
    ).toBe('retitle  Article X  "WATER" \u2192 "WATER AND HARBORS"');
    expect(
      summarizeOp({
        op: 'reorder',
        kind: 'section',
        target: 'art-X/sec-2',
        citation: 'Article X, Section 2',
        after: 'art-X/sec-3',
        baseHash: '',
      }),
    ).toBe('reorder  Article X, Section 2  (placed after art-X/sec-3)');
  });
});
