import { describe, expect, it, vi } from 'vitest';

// The controller module loads Monaco; only its pure helper is under test here.
vi.mock('../../../renderer/editor/monaco-setup', () => ({ monaco: {} }));
const { longestLine, noWrapReason, MAX_WRAPPED_LINE_CHARS, MAX_WRAPPED_LINES } =
  await import('../../../renderer/editor/editor-controller');

describe('longestLine and noWrapReason (word wrap is off past the caps)', () => {
  it('finds the longest line and its number', () => {
    expect(longestLine('ab\nabcd\nabc')).toEqual({ line: 2, chars: 4, lines: 3 });
    expect(longestLine('')).toEqual({ line: 1, chars: 0, lines: 1 });
    expect(longestLine('x\n')).toEqual({ line: 1, chars: 1, lines: 2 });
    expect(noWrapReason('short\ntext')).toBeUndefined();
  });

  it('measures a 10 MB line past the wrap cap', () => {
    const text = `# T\n\n${'word '.repeat(2 * 1024 * 1024)}\nend`;
    const longest = longestLine(text);
    expect(longest.line).toBe(3);
    expect(longest.chars).toBeGreaterThan(MAX_WRAPPED_LINE_CHARS);
    expect(noWrapReason(text)).toBe(
      'Line 3 is 10,485,760 characters long: word wrap is off for this text (it wraps lines up to 20,000 characters).',
    );
  });

  it('turns wrap off for 100,000 paragraphs (too many lines to re-wrap on every resize)', () => {
    const text = 'a\n\n'.repeat(100_000);
    expect(longestLine(text).lines).toBeGreaterThan(MAX_WRAPPED_LINES);
    expect(noWrapReason(text)).toBe(
      'The text has 200,001 lines: word wrap is off for it (it wraps texts up to 30,000 lines).',
    );
  });
});
