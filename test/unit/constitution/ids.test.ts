import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleNumber } from '../../../src/constitution/article-number';
import {
  IdAllocator,
  articleId,
  compareSectionNumbers,
  formatNodeId,
  normaliseSectionNumber,
  parseNodeId,
  sectionId,
} from '../../../src/constitution/ids';
import { nodeId } from './helpers/id-arbitrary';

describe('node ids', () => {
  it('builds article and section ids', () => {
    expect(articleId(parseArticleNumber('3')!)).toBe('art-III');
    expect(articleId(parseArticleNumber('XIII A')!)).toBe('art-XIIIA');
    expect(sectionId('III', '1')).toBe('art-III/sec-1');
    expect(sectionId('art-III', '7.5')).toBe('art-III/sec-7.5');
  });

  it('splits ids into parts', () => {
    expect(parseNodeId('art-I/sec-19/e/item-2')).toEqual({
      articleKey: 'I',
      section: '19',
      subdivisions: ['e', 'item-2'],
    });
    expect(parseNodeId('art-III/sec-1~2')).toEqual({ articleKey: 'III', section: '1~2', subdivisions: [] });
    expect(parseNodeId('art-I/sec-7.5/a/p2')).toEqual({
      articleKey: 'I',
      section: '7.5',
      subdivisions: ['a'],
      leaf: 'p2',
    });
    expect(parseNodeId('art-XIIIA')).toEqual({ articleKey: 'XIIIA', subdivisions: [] });
    for (const bad of ['doc', 'preamble', 'art-', 'art-III/sec-x', 'art-III/sec-1/(a)', 'art-III//a'])
      expect(parseNodeId(bad)).toBeUndefined();
  });

  it('round-trips parse and format', () => {
    fc.assert(
      fc.property(nodeId, (id) => {
        expect(formatNodeId(parseNodeId(id)!)).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises and orders section numbers', () => {
    expect(normaliseSectionNumber('07.5.')).toBe('7.5');
    expect(normaliseSectionNumber('14.1')).toBe('14.1');
    expect(normaliseSectionNumber('one')).toBeUndefined();
    const sorted = ['20', '7.5', '1', '14.1', '7', '8', '2.5'].sort(compareSectionNumbers);
    expect(sorted).toEqual(['1', '2.5', '7', '7.5', '8', '14.1', '20']);
  });

  it('allocates unique ids with ~n for duplicates', () => {
    const ids = new IdAllocator();
    expect(ids.allocate('art-III/sec-1')).toEqual({ id: 'art-III/sec-1', isDuplicate: false });
    expect(ids.allocate('art-III/sec-1')).toEqual({ id: 'art-III/sec-1~2', isDuplicate: true });
    expect(ids.allocate('art-III/sec-1')).toEqual({ id: 'art-III/sec-1~3', isDuplicate: true });
  });
});
