import { describe, expect, it } from 'vitest';
import { lintMeasure } from '../../../src/measure/lint';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { characterAt, nthOccurrence, occurrencesBefore, offsetOfPoint } from '../../../renderer/model/hidden-issue';
import { issuesOf } from '../../../renderer/model/measure-preview';
import { readFixture } from '../measure/fixtures';

describe('hidden-character issues in the checks panel', () => {
  const source = readFixture('hidden-characters', 'input.measure.md');
  const issues = issuesOf(source, lintMeasure(parseMeasure(source))).filter(
    (issue) => issue.ruleId === 'hidden-character',
  );

  it('name the part, line and column, and carry the character for "go to"', () => {
    const nul = issues.find((issue) => issue.message.startsWith('NULL (U+0000) × 500'));
    expect(nul).toMatchObject({ where: 'Findings and Declarations (line 42, column 4)', line: 42, column: 4 });
    expect(nul?.character).toBe('\u0000');
    const override = issues.find((issue) => issue.message.startsWith('RIGHT-TO-LEFT OVERRIDE'));
    expect(override).toMatchObject({ where: 'line 3, column 26', severity: 'error', character: '\u202e' });
    const tags = issues.find((issue) => issue.message.startsWith('TAG CHARACTERS'));
    expect(tags?.character).toBe('\u{e0076}');
  });

  it('every issue’s character is the one at its line and column', () => {
    expect(issues.length).toBe(15);
    for (const issue of issues) {
      const offset = offsetOfPoint(source, issue.line, issue.column);
      expect(source.slice(offset).startsWith(issue.character!)).toBe(true);
    }
  });

  it('keeps the messages free of the characters themselves', () => {
    for (const issue of issues) expect(issue.message).not.toContain(issue.character);
  });
});

describe('hidden-issue helpers', () => {
  it('map lines and columns to offsets (CRLF lines, astral characters before)', () => {
    const text = 'ab\r\n😀x\u200By\nz';
    expect(offsetOfPoint(text, 2, 4)).toBe(7);
    expect(characterAt(text, 2, 4)).toBe('\u200b');
    expect(characterAt(text, 2, 1)).toBe('😀');
    expect(characterAt('a\ud800', 1, 2)).toBe('\ud800');
    expect(offsetOfPoint(text, 9, 1)).toBe(text.length);
  });

  it('count and find occurrences, so a field can select the same one', () => {
    const text = 'a\u00a0b\u00a0c\u00a0d';
    expect(occurrencesBefore(text, '\u00a0', 0, 5)).toBe(2);
    expect(occurrencesBefore(text, '\u00a0', 2, 5)).toBe(1);
    expect(nthOccurrence(text, '\u00a0', 2)).toBe(5);
    expect(nthOccurrence(text, '\u00a0', 3)).toBe(-1);
  });
});
