/**
 * Article numbers as written (`3`, `13A`, `III`, `XIII A`, `XIIIA`) and their normal forms: Roman
 * with a spaced suffix for output (`XIII A`), Roman without spaces for ids (`XIIIA`).
 */
import type { ArticleNumber } from './types';

/** Canonical Roman numerals 1-3999, upper case. */
const CANONICAL_ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS: readonly (readonly [string, number])[] = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
/**
 * Letters that cannot be article suffixes: I, V and X would run into the Roman numeral of the id
 * key (`III` + `I` = `IIII`), so `Article III I` or `Article 3I` is refused rather than misread.
 */
const NUMERAL_LETTERS = /^[IVX]$/i;
/** The largest value Roman numerals can write without overlines. */
const MAX_ROMAN = 3999;
/**
 * The California Constitution has 35 articles (I-XXXV). When a Roman key such as `XC` could be read
 * either as one numeral (90) or as a numeral plus a letter suffix (X + C, Article 10C), readings
 * above this bound are treated as impossible, so the suffix reading wins.
 */
export const LARGEST_PLAUSIBLE_ARTICLE = 50;

/** Upper-case Roman numeral for 1..3999; other values are written in Arabic digits. */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ROMAN) return String(value);
  let rest = value;
  let roman = '';
  for (const [digits, amount] of ROMAN_DIGITS) {
    while (rest >= amount) {
      roman += digits;
      rest -= amount;
    }
  }
  return roman;
}

/** Value of a canonical Roman numeral (either case), or undefined (`IIII`, `VX`, empty, other text). */
export function fromRoman(roman: string): number | undefined {
  const upper = roman.toUpperCase();
  if (upper.length === 0 || !CANONICAL_ROMAN.test(upper)) return undefined;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_VALUES[upper[i]!]!;
    const next = i + 1 < upper.length ? ROMAN_VALUES[upper[i + 1]!]! : 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Build the normalised number from its parts. */
export function articleNumber(written: string, value: number, suffix: string): ArticleNumber {
  const roman = toRoman(value);
  return {
    written,
    value,
    suffix,
    roman: suffix === '' ? roman : `${roman} ${suffix}`,
    key: `${roman}${suffix}`,
  };
}

/**
 * Split a Roman article number with an optional letter suffix (`XIII A`, `XIIIA`, `XIIID`, `XC`)
 * into value and suffix; see LARGEST_PLAUSIBLE_ARTICLE for the `XC` case.
 */
function readRoman(text: string): { value: number; suffix: string } | undefined {
  const spaced = /^([IVXLCDM]+)\s+([A-Za-z])$/.exec(text);
  if (spaced !== null) {
    const value = fromRoman(spaced[1]!);
    if (value === undefined || NUMERAL_LETTERS.test(spaced[2]!)) return undefined;
    return { value, suffix: spaced[2]!.toUpperCase() };
  }
  if (!/^[IVXLCDM]+[A-Za-z]?$/.test(text)) return undefined;
  const whole = /^[IVXLCDM]+$/.test(text) ? fromRoman(text) : undefined;
  const last = text[text.length - 1]!;
  // An attached I, V or X continues the numeral (`IIII`, `XIIIV` are malformed, not suffixed).
  const prefix = text.length > 1 && !/[IVX]/i.test(last) ? fromRoman(text.slice(0, -1)) : undefined;
  const split = prefix === undefined ? undefined : { value: prefix, suffix: last.toUpperCase() };
  if (whole !== undefined && (whole <= LARGEST_PLAUSIBLE_ARTICLE || split === undefined))
    return { value: whole, suffix: '' };
  return split;
}

/**
 * Parse an article number as written: Arabic (`3`, `13A`, `13 a`) or upper-case Roman (`III`,
 * `XIII A`, `XIIIA`). Returns undefined for anything else (`0`, `IIII`, `III I`, `3AB`).
 */
export function parseArticleNumber(written: string): ArticleNumber | undefined {
  const text = written.trim();
  const arabic = /^(\d{1,4})\s*([A-Za-z])?$/.exec(text);
  if (arabic !== null) {
    const value = Number(arabic[1]);
    if (value < 1 || value > MAX_ROMAN || NUMERAL_LETTERS.test(arabic[2] ?? '')) return undefined;
    return articleNumber(text, value, (arabic[2] ?? '').toUpperCase());
  }
  const roman = readRoman(text);
  return roman === undefined ? undefined : articleNumber(text, roman.value, roman.suffix);
}

/** Order of two article numbers: by value, then suffix (`XIII` < `XIII A` < `XIII B` < `XIV`). */
export function compareArticleNumbers(a: ArticleNumber, b: ArticleNumber): number {
  return a.value !== b.value ? a.value - b.value : a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0;
}
