import { describe, expect, it } from 'vitest';
import {
  compareTargets,
  parseCitationText,
  parseTargetId,
  targetId,
  type TargetRef,
} from '../../../src/measure/target';

describe('targets', () => {
  it('reads article numbers as people write them', () => {
    for (const [text, id] of [
      ['Article III, Section 1', 'art-III/sec-1'],
      ['Article 3, Section 1', 'art-III/sec-1'],
      ['Article XIII A, Section 1', 'art-XIIIA/sec-1'],
      ['Article 13A', 'art-XIIIA'],
      ['Article XIII C', 'art-XIIIC'],
      ['Art. 10b, Sec. 2', 'art-XB/sec-2'],
      ['Article I Section 7.5', 'art-I/sec-7.5'],
      ['Article XXXVI', 'art-XXXVI'],
    ] as const) {
      const target = parseCitationText(text);
      expect(target === undefined ? undefined : targetId(target), text).toBe(id);
    }
    expect(parseCitationText('Chapter 3')).toBeUndefined();
  });

  it('reads ids back, spacing the suffix for output', () => {
    expect(parseTargetId('art-XIIIC/sec-2')?.article.roman).toBe('XIII C');
    expect(parseTargetId('art-III/sec-1/a')).toBeUndefined();
    expect(parseTargetId('preamble')).toBeUndefined();
  });

  it('orders targets like the constitution', () => {
    const ids = [
      'art-XB/sec-2',
      'art-III/sec-1.5',
      'art-III',
      'art-XIIIA/sec-1',
      'art-III/sec-14.2',
      'art-III/sec-14.11',
      'art-III/sec-14.1',
      'art-X/sec-8',
      'art-I/sec-31',
    ];
    const sorted = ids
      .map((id) => parseTargetId(id)!)
      .sort(compareTargets)
      .map((target: TargetRef) => targetId(target));
    expect(sorted).toEqual([
      'art-I/sec-31',
      'art-III',
      'art-III/sec-1.5',
      'art-III/sec-14.1',
      'art-III/sec-14.2',
      'art-III/sec-14.11',
      'art-X/sec-8',
      'art-XB/sec-2',
      'art-XIIIA/sec-1',
    ]);
  });
});
