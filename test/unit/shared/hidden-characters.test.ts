import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  describeHiddenCharacter,
  findHiddenCharacters,
  hiddenCharacterMessage,
  type HiddenCharacterFinding,
} from '../../../src/shared/hidden-characters';
import { classifyCodePoint } from '../../../src/shared/hidden-character-table';
import { HIDDEN_SAMPLES as CLASSES } from './hidden-samples';

/** One finding's essentials: `line:column name ×count severity`. */
function brief(finding: HiddenCharacterFinding): string {
  return `${finding.line}:${finding.column} ${finding.name} x${finding.count} ${finding.severity}`;
}

function only(text: string): HiddenCharacterFinding {
  const { findings } = findHiddenCharacters(text);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('findHiddenCharacters', () => {
  it.each(CLASSES)('flags %s as %s (%s)', (codePoint, name, severity) => {
    const finding = only(`Section 1. The ${String.fromCodePoint(codePoint)}people`);
    expect(finding).toMatchObject({ name, severity, codePoint, line: 1, column: 16, offset: 15, count: 1 });
  });

  it('flags lone surrogates (high and low) but not a valid pair', () => {
    expect(brief(only('a\ud800b'))).toBe('1:2 LONE HIGH SURROGATE x1 error');
    expect(brief(only('a\udc00b'))).toBe('1:2 LONE LOW SURROGATE x1 error');
    expect(brief(only('a\ud83d'))).toBe('1:2 LONE HIGH SURROGATE x1 error');
    expect(brief(only('\udfff\ud83d\ude00'))).toBe('1:1 LONE LOW SURROGATE x1 error');
    expect(findHiddenCharacters('a\ud83d\ude00b').findings).toEqual([]);
  });

  it('keeps tab, line feed, carriage return, a leading BOM and ordinary non-ASCII text out', () => {
    const text = '\uFEFF# Constitution\r\n\tSection 1. “Quoted” — café, naïve, § 2, 😀, ½, Ω, 中文, עברית, العربية.\n';
    expect(findHiddenCharacters(text)).toEqual({ findings: [], omitted: 0, characters: 0 });
  });

  it('flags a BOM that is not the first character, as ZERO WIDTH NO-BREAK SPACE', () => {
    expect(brief(only('ab\uFEFFc'))).toBe('1:3 ZERO WIDTH NO-BREAK SPACE x1 warning');
    expect(brief(only('\uFEFF\uFEFFc'))).toBe('1:2 ZERO WIDTH NO-BREAK SPACE x1 warning');
  });

  it('counts lines at LF (CRLF included) and columns in UTF-16 units after astral characters', () => {
    const text = 'line one\r\nline two\r\n😀😀\u202Ex\n\r\n𝔸b\u200Bc';
    expect(findHiddenCharacters(text).findings.map(brief)).toEqual([
      '3:5 RIGHT-TO-LEFT OVERRIDE x1 error',
      '5:4 ZERO WIDTH SPACE x1 warning',
    ]);
    for (const finding of findHiddenCharacters(text).findings) {
      const lineText = text.split('\n')[finding.line - 1]!;
      expect(lineText.codePointAt(finding.column - 1)).toBe(finding.codePoint);
    }
  });

  it('groups a run of the same character into one finding with a count', () => {
    const finding = only(`a${'\u0000'.repeat(500)}b`);
    expect(finding).toMatchObject({ name: 'NULL', count: 500, length: 500, offset: 1 });
    expect(describeHiddenCharacter(finding)).toBe('NULL (U+0000) × 500');
    const astral = only(`a${'\u{E0100}'.repeat(3)}`);
    expect(astral).toMatchObject({ count: 3, length: 6 });
  });

  it('splits runs of different characters and runs broken by a line feed', () => {
    expect(findHiddenCharacters('\u200B\u200C\u200B\n\u200B').findings.map(brief)).toEqual([
      '1:1 ZERO WIDTH SPACE x1 warning',
      '1:2 ZERO WIDTH NON-JOINER x1 warning',
      '1:3 ZERO WIDTH SPACE x1 warning',
      '2:1 ZERO WIDTH SPACE x1 warning',
    ]);
  });

  it('reports a run of tag characters once, with the text it spells', () => {
    const hidden = [...'Ignore me'].map((char) => String.fromCodePoint(0xe0000 + char.charCodeAt(0))).join('');
    const finding = only(`Section 1.${hidden} The people`);
    expect(finding).toMatchObject({ name: 'TAG CHARACTERS', count: 9, length: 18, spells: 'Ignore me' });
    expect(hiddenCharacterMessage(finding)).toBe(
      'TAG CHARACTERS (U+E0049…) × 9: tag characters are invisible and can carry hidden text; they spell "Ignore me"',
    );
  });

  it('caps the findings and counts the rest, so a hostile text cannot flood the messages', () => {
    const hostile = 'a\u200B'.repeat(100_000);
    const report = findHiddenCharacters(hostile, { maxFindings: 50 });
    expect(report.findings).toHaveLength(50);
    expect(report.omitted).toBe(100_000 - 50);
    expect(report.characters).toBe(100_000);
    expect(findHiddenCharacters(hostile).findings).toHaveLength(200);
  });

  it('filters by severity before the cap, so notes cannot push an error out', () => {
    const text = `${'a\u00A0'.repeat(1000)}\u202E`;
    const errors = findHiddenCharacters(text, { severities: ['error'], maxFindings: 1 });
    expect(errors.findings.map(brief)).toEqual(['1:2001 RIGHT-TO-LEFT OVERRIDE x1 error']);
    expect(errors.characters).toBe(1);
  });

  it('lists a note-level character once with the number of other places when asked', () => {
    const text = 'a\u00A0b\u00A0c\u00A0\u00A0d\u2009e';
    const report = findHiddenCharacters(text, { notesOncePerCharacter: true });
    expect(report.findings.map((finding) => describeHiddenCharacter(finding))).toEqual([
      'NO-BREAK SPACE (U+00A0) (and 2 more places after this one)',
      'THIN SPACE (U+2009)',
    ]);
    expect(findHiddenCharacters(text).findings).toHaveLength(4);
  });

  it('names the character in every message and never contains it', () => {
    for (const [codePoint] of CLASSES) {
      const message = hiddenCharacterMessage(only(`x${String.fromCodePoint(codePoint)}y`));
      expect(message).toContain(codePointLabel(codePoint));
      expect(message).not.toContain(String.fromCodePoint(codePoint));
    }
  });

  it('flags a Cyrillic or Greek lookalike inside a Latin word, naming the letter it imitates', () => {
    const finding = only('Article III, S\u0435ction 1');
    expect(finding).toMatchObject({ kind: 'confusable', severity: 'warning', name: 'CYRILLIC SMALL LETTER IE' });
    expect(finding).toMatchObject({ codePoint: 0x435, column: 15, looksLike: 'e' });
    expect(hiddenCharacterMessage(finding)).toMatch(
      /^CYRILLIC SMALL LETTER IE \(U\+0435\) looks like the Latin letter "e": /,
    );
    expect(brief(only('\u0391rticle'))).toBe('1:1 GREEK CAPITAL LETTER ALPHA x1 warning');
    expect(brief(only('Californi\u0430'))).toBe('1:10 CYRILLIC SMALL LETTER A x1 warning');
  });

  it('leaves whole Cyrillic or Greek words and lone lookalike letters alone', () => {
    for (const text of ['Москва and Αθήνα', 'the \u0430 b', '\u0430', '(\u03bf)', 'Σωκράτης said']) {
      expect(findHiddenCharacters(text).findings, text).toEqual([]);
    }
  });

  it('classifies ordinary printable characters as nothing', () => {
    for (const codePoint of [0x20, 0x41, 0x7e, 0xa1, 0xe9, 0x2014, 0x201c, 0x20ac, 0x1f600, 0x10000]) {
      expect(classifyCodePoint(codePoint)).toBeUndefined();
    }
  });
});

/** Text drawn from ordinary characters and every class the detector knows, astral and lone surrogates included. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', ' ', '\n', '\r\n', '\t', '😀', '\uFEFF', '\ud800', '\udc00'),
    fc.constantFrom(...CLASSES.map(([codePoint]) => String.fromCodePoint(codePoint))),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  ),
  maxLength: 60,
});

describe('findHiddenCharacters (property)', () => {
  it('never throws, keeps the text, sorts its findings and points each at the character it names', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 0, max: 30 }), (text, maxFindings) => {
        const copy = `${text}`;
        const report = findHiddenCharacters(text, { maxFindings });
        expect(text).toBe(copy);
        expect(report.findings.length).toBeLessThanOrEqual(maxFindings);
        let previousEnd = 0;
        let counted = 0;
        for (const finding of report.findings) {
          expect(finding.offset).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = finding.offset + finding.length;
          counted += finding.count;
          const unit = text.charCodeAt(finding.offset);
          const at =
            unit >= 0xd800 && unit <= 0xdfff && finding.kind === 'lone-surrogate'
              ? unit
              : text.codePointAt(finding.offset);
          if (finding.kind === 'tag') expect(classifyCodePoint(at!)?.kind).toBe('tag');
          else expect(at).toBe(finding.codePoint);
          const before = text.slice(0, finding.offset).split('\n');
          expect([finding.line, finding.column]).toEqual([before.length, before[before.length - 1]!.length + 1]);
        }
        expect(counted).toBeLessThanOrEqual(report.characters);
        if (report.omitted === 0) expect(counted).toBe(report.characters);
      }),
      { numRuns: 10_000 },
    );
  });
});
