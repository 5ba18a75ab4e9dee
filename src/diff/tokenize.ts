/**
 * Legal-aware tokens for word-level redlines.
 *
 * A token is one of: a word (letters, digits and marks, with the joiners legal text keeps inside a
 * word), a subdivision label run such as `(a)(1)(A)`, a run of horizontal whitespace, one line break
 * (`\r\n`, `\n` or `\r`), or a punctuation mark (a run of one repeated ASCII mark, or one code point).
 * Whitespace is its own token so that a whitespace-only change is a visible delete/insert, never
 * folded into a neighbouring word (jsdiff's `diffWords` hides it, see perf-baselines.md).
 *
 * Tokens never cross a line start, and a change between whitespace and non-whitespace is always a
 * token boundary; `isSafeBoundary` relies on both so that any slice cut at such a boundary tokenizes
 * exactly as it does inside the whole text.
 */

import { isStopWordText, LONGEST_STOP_WORD } from './stop-words';

/** Token kinds; words, labels and numbers count as words in redline statistics. */
export const WORD = 1;
export const LABEL = 2;
export const SPACE = 3;
export const NEWLINE = 4;
export const PUNCT = 5;
export type TokenKind = typeof WORD | typeof LABEL | typeof SPACE | typeof NEWLINE | typeof PUNCT;

// Character classes, looked up through a lazily filled table for the Basic Multilingual Plane.
const UNKNOWN = 0;
const LETTER = 1; // letters, non-ASCII digits, combining marks
const DIGIT = 2; // ASCII digits (only they join number separators: 1,000 and 7.5)
const HSPACE = 3;
const BREAK = 4; // \n and \r
const OTHER = 5;
const HIGH_SURROGATE = 6;

const charClass = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const WHITESPACE_CHAR = /^\s$/u;

function classify(code: number): number {
  const known = charClass[code]!;
  if (known !== UNKNOWN) return known;
  let computed: number;
  if (code === 10 || code === 13) computed = BREAK;
  else if (code >= 48 && code <= 57) computed = DIGIT;
  else if (code >= 0xd800 && code <= 0xdbff) computed = HIGH_SURROGATE;
  else if (code >= 0xdc00 && code <= 0xdfff)
    computed = OTHER; // a lone low surrogate
  else {
    const char = String.fromCharCode(code);
    computed = WORD_CHAR.test(char) ? LETTER : WHITESPACE_CHAR.test(char) ? HSPACE : OTHER;
  }
  charClass[code] = computed;
  return computed;
}

/** Classes of ASCII characters, filled once: the hot path of every scan. */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_CLASS[code] = classify(code);

/** Class of the code point at `index`: a valid surrogate pair is classified as one character. */
function classAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_CLASS[code]!;
  const cls = classify(code);
  if (cls !== HIGH_SURROGATE) return cls;
  const low = index + 1 < end ? text.charCodeAt(index + 1) : 0;
  if (low < 0xdc00 || low > 0xdfff) return OTHER;
  return WORD_CHAR.test(text.slice(index, index + 2)) ? LETTER : OTHER;
}

/** Width in UTF-16 units of the code point at `index` (2 for a valid surrogate pair). */
function widthAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= end) return 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function isWordClass(cls: number): boolean {
  return cls === LETTER || cls === DIGIT;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const COMMA = 44;
const PERIOD = 46;
const PERCENT = 37;
const DOLLAR = 36;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/** The kind of the token most recently scanned by `scanToken`. */
let scannedKind: TokenKind = WORD;

/** End of a word starting at `start` (which holds a word character or `$` before a digit). */
function scanWord(text: string, start: number, end: number): number {
  let index = start;
  if (text.charCodeAt(index) === DOLLAR) index++;
  let previous = OTHER;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      const ascii = ASCII_CLASS[code]!;
      if (ascii === LETTER || ascii === DIGIT) {
        previous = ascii;
        index++;
        continue;
      }
    } else {
      const cls = classAt(text, index, end);
      if (isWordClass(cls)) {
        previous = cls;
        index += widthAt(text, index, end);
        continue;
      }
    }
    const nextClass = index + 1 < end ? classAt(text, index + 1, end) : OTHER;
    // Joiners stay inside a word: people's, two-thirds, 1,000, $35,000,000, 7.5 (a section number).
    const joinsWord = (code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN) && isWordClass(nextClass);
    const joinsNumber = (code === COMMA || code === PERIOD) && previous === DIGIT && nextClass === DIGIT;
    if (joinsWord || joinsNumber) {
      index++;
      continue;
    }
    if (code === PERCENT && previous === DIGIT) index++;
    break;
  }
  return index;
}

// Subdivision keys as California writes them: (a), (aa), (1), (12), (A), (iv), (XII).
const LABEL_KEY = /^(?:[a-z]{1,2}|[A-Z]{1,2}|[0-9]{1,3}|[ivxlc]{1,7}|[IVXLC]{1,7})$/;
const ROMAN = /^(?:c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))$/;
const MAX_LABEL_KEY_LENGTH = 7;

/** End of one `(key)` label starting at `start`, or -1 when the parenthesis does not open a label. */
function scanOneLabel(text: string, start: number, end: number): number {
  const limit = Math.min(end, start + MAX_LABEL_KEY_LENGTH + 2);
  for (let index = start + 1; index < limit; index++) {
    if (text.charCodeAt(index) !== CLOSE_PAREN) continue;
    const key = text.slice(start + 1, index);
    if (!LABEL_KEY.test(key)) return -1;
    // Two same letters (aa) or one letter are keys; longer letter runs only when a Roman numeral.
    const isLetters = /^[a-zA-Z]+$/.test(key);
    if (isLetters && key.length > 1 && !(key.length === 2 && key[0] === key[1]) && !ROMAN.test(key)) return -1;
    return index + 1;
  }
  return -1;
}

/**
 * Scan one token starting at `start` (< `end`) and return its end; the kind is left in
 * `lastScannedKind()`. Never reads at or past `end`.
 */
export function scanToken(text: string, start: number, end: number): number {
  const cls = classAt(text, start, end);
  if (isWordClass(cls)) {
    scannedKind = WORD;
    return scanWord(text, start, end);
  }
  if (cls === HSPACE) {
    let index = start + 1;
    for (; index < end; index++) {
      const code = text.charCodeAt(index);
      if ((code < 128 ? ASCII_CLASS[code] : classify(code)) !== HSPACE) break;
    }
    scannedKind = SPACE;
    return index;
  }
  if (cls === BREAK) {
    scannedKind = NEWLINE;
    return text.charCodeAt(start) === 13 && start + 1 < end && text.charCodeAt(start + 1) === 10
      ? start + 2
      : start + 1;
  }
  const code = text.charCodeAt(start);
  if (code === DOLLAR && start + 1 < end && classify(text.charCodeAt(start + 1)) === DIGIT) {
    scannedKind = WORD;
    return scanWord(text, start, end);
  }
  if (code === OPEN_PAREN) {
    let labelEnd = scanOneLabel(text, start, end);
    if (labelEnd > 0) {
      // (a)(1)(A) reads as one citation: keep a run of adjacent labels whole.
      for (let next = labelEnd; next < end && text.charCodeAt(next) === OPEN_PAREN; next = labelEnd) {
        const following = scanOneLabel(text, next, end);
        if (following < 0) break;
        labelEnd = following;
      }
      scannedKind = LABEL;
      return labelEnd;
    }
  }
  scannedKind = PUNCT;
  if (code < 128) {
    let index = start + 1;
    while (index < end && text.charCodeAt(index) === code) index++;
    return index;
  }
  return start + widthAt(text, start, end);
}

/** Kind of the token most recently returned by `scanToken`. */
export function lastScannedKind(): TokenKind {
  return scannedKind;
}

/** True for tokens counted as words (words, numbers, labels). */
export function isWordKind(kind: TokenKind): boolean {
  return kind === WORD || kind === LABEL;
}

function isSpaceCode(code: number): boolean {
  const cls = classify(code);
  return cls === HSPACE || cls === BREAK;
}

/**
 * True when `offset` is certainly a token boundary of `text`, judged from the two characters
 * around it: the ends, right after a line break (not inside `\r\n`), or a change between
 * whitespace and non-whitespace. Tokenizing from such a boundary gives the same tokens as
 * tokenizing the whole text.
 */
export function isSafeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 10) return true;
  if (before === 13) return after !== 10;
  return isSpaceCode(before) !== isSpaceCode(after);
}
/** Facts about a stretch of text, for readability decisions and statistics. */
export interface StretchFacts {
  /** Words, numbers and labels. */
  readonly words: number;
  /** True when every word is a stop word (vacuously true with no words). */
  readonly onlyStopWords: boolean;
  /** True when the stretch contains a blank line (a paragraph break). */
  readonly paragraphBreak: boolean;
}

/**
 * Count the words of `text[start, end)` (cut at token boundaries), stopping early once `maxWords`
 * is exceeded (the counts are then only known to be above it).
 */
export function describeStretch(text: string, start: number, end: number, maxWords = Infinity): StretchFacts {
  let words = 0;
  let onlyStopWords = true;
  let paragraphBreak = false;
  let lineBreaksInRow = 0;
  for (let index = start; index < end && words <= maxWords;) {
    const tokenEnd = scanToken(text, index, end);
    const kind = scannedKind;
    if (kind === WORD || kind === LABEL) {
      words++;
      if (
        onlyStopWords &&
        (kind === LABEL || tokenEnd - index > LONGEST_STOP_WORD || !isStopWordText(text.slice(index, tokenEnd)))
      ) {
        onlyStopWords = false;
      }
      lineBreaksInRow = 0;
    } else if (kind === NEWLINE) {
      lineBreaksInRow++;
      if (lineBreaksInRow >= 2) paragraphBreak = true;
    } else if (kind !== SPACE) {
      lineBreaksInRow = 0;
    }
    index = tokenEnd;
  }
  return { words, onlyStopWords, paragraphBreak };
}
