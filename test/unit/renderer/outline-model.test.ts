import { describe, expect, it } from 'vitest';
import { currentEntryId, groupOutline } from '../../../renderer/editor/outline-model';
import type { OutlineEntry } from '../../../renderer/workers/diff-protocol';

const outline: OutlineEntry[] = [
  { id: 'art-I', kind: 'article', label: 'Article I', line: 7 },
  { id: 'art-I/sec-1', kind: 'section', label: 'Section 1', line: 9 },
  { id: 'art-I/sec-2', kind: 'section', label: 'Section 2', line: 16 },
  { id: 'art-III', kind: 'article', label: 'Article III', line: 1075 },
  { id: 'art-III/sec-1', kind: 'section', label: 'Section 1', line: 1077 },
];

describe('groupOutline', () => {
  it('nests each section under the article before it', () => {
    const articles = groupOutline(outline);
    expect(articles.map((article) => [article.id, article.sections.map((section) => section.id)])).toEqual([
      ['art-I', ['art-I/sec-1', 'art-I/sec-2']],
      ['art-III', ['art-III/sec-1']],
    ]);
  });
});

describe('currentEntryId', () => {
  it('is the last heading at or above the line', () => {
    expect(currentEntryId(outline, 1)).toBeUndefined();
    expect(currentEntryId(outline, 9)).toBe('art-I/sec-1');
    expect(currentEntryId(outline, 500)).toBe('art-I/sec-2');
    expect(currentEntryId(outline, 1076)).toBe('art-III');
    expect(currentEntryId(outline, 9000)).toBe('art-III/sec-1');
  });
});
