import { describe, expect, it } from 'vitest';
import {
  buildRedlineDecorations,
  changedSectionRanges,
  injectedText,
  MAX_INJECTED_CHARS,
  MAX_INLINE_MARKS,
  type OffsetMapper,
} from '../../../renderer/editor/redline-decorations';
import type { OutlineEntry } from '../../../renderer/workers/diff-protocol';

/** Offset → position over a real string, as Monaco's model does (1-based lines and columns). */
function mapperOf(text: string): OffsetMapper {
  return {
    getPositionAt(offset) {
      const before = text.slice(0, offset).split('\n');
      return { lineNumber: before.length, column: before[before.length - 1]!.length + 1 };
    },
    getLineCount: () => text.split('\n').length,
  };
}

const outline: OutlineEntry[] = [
  { id: 'art-III', kind: 'article', label: 'Article III', title: 'STATE OF CALIFORNIA', line: 1 },
  { id: 'art-III/sec-1', kind: 'section', label: 'Section 1', line: 3 },
  { id: 'art-III/sec-2', kind: 'section', label: 'Section 2', line: 8 },
  { id: 'art-IV', kind: 'article', label: 'Article IV', line: 12 },
  { id: 'art-IV/sec-1', kind: 'section', label: 'Section 1', line: 14 },
];

describe('changedSectionRanges', () => {
  it('runs from each changed section heading to the line before the next heading', () => {
    expect(changedSectionRanges(outline, new Set(['art-III/sec-2', 'art-IV/sec-1']), 20)).toEqual([
      { id: 'art-III/sec-2', startLine: 8, endLine: 11 },
      { id: 'art-IV/sec-1', startLine: 14, endLine: 20 },
    ]);
  });
  it('ignores article ids (their sections carry the gutter mark)', () => {
    expect(changedSectionRanges(outline, new Set(['art-III']), 20)).toEqual([]);
  });
});

describe('buildRedlineDecorations', () => {
  const text = '### Section 1\n\nThe State of California is a part of the United States.';
  const model = mapperOf(text);

  it('highlights inserted words over their exact range', () => {
    const offset = text.indexOf('a part');
    const [decoration] = buildRedlineDecorations(model, [{ kind: 'insert', offset, length: 1 }], []);
    expect(decoration!.range).toEqual({ startLineNumber: 3, startColumn: 28, endLineNumber: 3, endColumn: 29 });
    expect(decoration!.options.inlineClassName).toBe('redline-insert');
  });

  it('shows deleted words as struck injected text at the place they were removed', () => {
    const offset = text.indexOf('a part');
    const [decoration] = buildRedlineDecorations(model, [{ kind: 'delete', offset, text: 'an inseparable' }], []);
    expect(decoration!.range).toEqual({ startLineNumber: 3, startColumn: 28, endLineNumber: 3, endColumn: 28 });
    expect(decoration!.options.before).toMatchObject({ content: 'an inseparable', inlineClassName: 'redline-delete' });
    // Monaco drops empty-range decorations, injected text included, unless told to show them.
    expect(decoration!.options.showIfCollapsed).toBe(true);
  });

  it('marks changed sections in the gutter and keeps only gutter marks past the inline cap', () => {
    const marks = Array.from({ length: MAX_INLINE_MARKS + 1 }, () => ({
      kind: 'insert' as const,
      offset: 0,
      length: 1,
    }));
    const decorations = buildRedlineDecorations(model, marks, [{ id: 'art-III/sec-1', startLine: 1, endLine: 3 }]);
    expect(decorations).toHaveLength(1);
    expect(decorations[0]!.options.linesDecorationsClassName).toBe('gutter-changed');
  });
});

describe('injectedText', () => {
  it('flattens line breaks into a pilcrow and shortens long deletions', () => {
    expect(injectedText('first line\nsecond')).toBe('first line ¶ second');
    const long = injectedText('word '.repeat(200));
    expect(long).toHaveLength(MAX_INJECTED_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});
