/**
 * Planted hidden characters (reliability-anchors.md §5 T10): every class of hidden character is
 * inserted at seeded random places of the real 2011 constitution (through the detector and the
 * edition parser, LF and CRLF) and of a shipped measure (through `amend lint`'s rules); each one must
 * be flagged at its line and column, and nothing else may be (the unmodified texts have none).
 * Lookalike Cyrillic and Greek letters (homoglyphs) are planted by replacing Latin letters inside words.
 */
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { lintMeasure } from '../../../src/measure/lint';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { confusableLetter } from '../../../src/shared/confusable-letters';
import { findHiddenCharacters } from '../../../src/shared/hidden-characters';
import { readConstitution2011 } from '../../support/constitution-2011';
import { reportFigure } from '../../support/figures';
import { EXAMPLE_2017, readExample } from '../measure/fixtures';
import { HIDDEN_SAMPLES } from './hidden-samples';

interface Planted {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** mulberry32: a small seeded generator, so a failure names places that can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What is planted: every sample class, a lone surrogate of each kind, and a run of tag characters. */
const PLANTS: readonly string[] = [
  ...HIDDEN_SAMPLES.map(([codePoint]) => String.fromCodePoint(codePoint)),
  '\ud800',
  '\udc00',
  '\u0000'.repeat(7),
  [...'hidden'].map((char) => String.fromCodePoint(0xe0000 + char.charCodeAt(0))).join(''),
];

/**
 * Insert each plant at a distinct random place of `text` (never at offset 0, where U+FEFF is a BOM,
 * and never inside a CRLF): between two plants there is always an original character, so no two merge.
 */
function plant(text: string, plants: readonly string[], seed: number): { text: string; planted: Planted[] } {
  const random = seeded(seed);
  const places = new Map<number, string>();
  for (const item of plants) {
    const pick = (): number => 1 + Math.floor(random() * (text.length - 1));
    let at = pick();
    while (places.has(at) || (text[at - 1] === '\r' && text[at] === '\n')) at = pick();
    places.set(at, item);
  }
  let out = '';
  let from = 0;
  const planted: Planted[] = [];
  for (const at of [...places.keys()].sort((a, b) => a - b)) {
    out += text.slice(from, at);
    const before = out.split('\n');
    planted.push({
      offset: out.length,
      line: before.length,
      column: before[before.length - 1]!.length + 1,
      text: places.get(at)!,
    });
    out += places.get(at)!;
    from = at;
  }
  return { text: out + text.slice(from), planted };
}

/** Latin letter → the Cyrillic and Greek letters that look like it. */
const LOOKALIKES = new Map<string, string[]>();
for (let codePoint = 0x370; codePoint < 0x530; codePoint++) {
  const letter = confusableLetter(codePoint);
  if (letter !== undefined)
    LOOKALIKES.set(letter.looksLike, [...(LOOKALIKES.get(letter.looksLike) ?? []), String.fromCodePoint(codePoint)]);
}

const isLatin = (char: string | undefined): boolean => char !== undefined && /^[A-Za-z]$/.test(char);

/**
 * Homoglyphs are planted by substitution: `count` Latin letters inside words (a Latin letter on at
 * least one side, no two substitutions side by side) are replaced by a lookalike.
 */
function plantLookalikes(text: string, count: number, seed: number): { text: string; planted: Planted[] } {
  const random = seeded(seed);
  const chars = [...text];
  if (chars.length !== text.length) throw new Error('the text must be BMP-only for substitution');
  const chosen = new Set<number>();
  while (chosen.size < count) {
    const at = 1 + Math.floor(random() * (chars.length - 2));
    const options = LOOKALIKES.get(chars[at]!);
    const inWord = isLatin(chars[at - 1]) || isLatin(chars[at + 1]);
    if (options === undefined || !inWord || chosen.has(at - 1) || chosen.has(at) || chosen.has(at + 1)) continue;
    // Keep a Latin neighbour: the other substitutions never touch this one.
    chosen.add(at);
    chars[at] = options[Math.floor(random() * options.length)]!;
  }
  const planted = [...chosen]
    .sort((a, b) => a - b)
    .map((offset) => {
      const before = text.slice(0, offset).split('\n');
      return { offset, line: before.length, column: before[before.length - 1]!.length + 1, text: chars[offset]! };
    });
  return { text: chars.join(''), planted };
}

interface Tally {
  planted: number;
  flagged: number;
  missed: string[];
  falsePositives: string[];
}

/** Match reported places (`line:column`) against the planted ones. */
function tally(planted: readonly Planted[], reported: readonly string[], label: string): Tally {
  const expected = new Set(planted.map((item) => `${item.line}:${item.column}`));
  const seen = new Set(reported);
  return {
    planted: planted.length,
    flagged: planted.filter((item) => seen.has(`${item.line}:${item.column}`)).length,
    missed: planted
      .filter((item) => !seen.has(`${item.line}:${item.column}`))
      .map((item) => `${label} ${item.line}:${item.column} ${JSON.stringify(item.text)}`),
    falsePositives: reported.filter((place) => !expected.has(place)).map((place) => `${label} ${place}`),
  };
}

function sum(tallies: readonly Tally[]): Tally {
  return {
    planted: tallies.reduce((total, item) => total + item.planted, 0),
    flagged: tallies.reduce((total, item) => total + item.flagged, 0),
    missed: tallies.flatMap((item) => item.missed),
    falsePositives: tallies.flatMap((item) => item.falsePositives),
  };
}

const SEEDS = [7, 2011, 424242];

describe('planted hidden characters', () => {
  it('flags every planted character at its line and column, and nothing in the unmodified texts', () => {
    const constitution = readConstitution2011();
    const crlf = constitution.replace(/\n/g, '\r\n');
    const measure = readExample(EXAMPLE_2017);
    const places = (report: ReturnType<typeof findHiddenCharacters>): string[] =>
      report.findings.map((finding) => `${finding.line}:${finding.column}`);
    const tallies: Tally[] = [
      // The unmodified texts: anything found is a false positive.
      tally([], places(findHiddenCharacters(constitution)), '2011'),
      tally([], places(findHiddenCharacters(measure)), EXAMPLE_2017),
    ];
    for (const seed of SEEDS) {
      const detector = plant(constitution, [...PLANTS, ...PLANTS, ...PLANTS], seed);
      tallies.push(tally(detector.planted, places(findHiddenCharacters(detector.text)), `2011 seed ${seed}`));

      const edition = plant(crlf, PLANTS, seed + 1);
      const parsed = parseConstitution(edition.text, { path: 'planted.md' });
      const parseHidden = parsed.messages.filter((message) => message.ruleId === 'hidden-character');
      expect(parsed.messages.filter((message) => message.severity === 'error')).toEqual([]);
      tallies.push(
        tally(
          edition.planted,
          parseHidden.map((message) => `${message.line}:${message.column}`),
          `parse seed ${seed}`,
        ),
      );

      const homoglyphs = plantLookalikes(constitution, 150, seed + 3);
      tallies.push(tally(homoglyphs.planted, places(findHiddenCharacters(homoglyphs.text)), `homoglyphs seed ${seed}`));

      const drafted = plant(measure, PLANTS, seed + 2);
      const linted = lintMeasure(parseMeasure(drafted.text, { path: EXAMPLE_2017 }));
      const lintHidden = linted.filter((message) => message.ruleId === 'hidden-character');
      tallies.push(
        tally(
          drafted.planted,
          lintHidden.map((message) => `${message.line}:${message.column}`),
          `lint seed ${seed}`,
        ),
      );
    }
    const total = sum(tallies);
    reportFigure(
      'hidden-characters',
      `hidden characters: ${total.planted} planted, ${total.flagged} flagged, ${total.missed.length} missed, ${total.falsePositives.length} false positives`,
      total.missed.length === 0 && total.falsePositives.length === 0 && total.flagged === total.planted,
    );
    expect(total.missed).toEqual([]);
    expect(total.falsePositives).toEqual([]);
    expect(total.flagged).toBe(total.planted);
  });

  it('names each planted character correctly (not only its place)', () => {
    const { text, planted } = plant(readConstitution2011(), PLANTS, 99);
    const findings = findHiddenCharacters(text).findings;
    expect(findings).toHaveLength(planted.length);
    for (const [index, item] of planted.entries()) {
      const finding = findings[index]!;
      expect(finding.offset).toBe(item.offset);
      expect(finding.length).toBe(item.text.length);
      expect(finding.codePoint).toBe(item.text.codePointAt(0));
    }
  });
});
