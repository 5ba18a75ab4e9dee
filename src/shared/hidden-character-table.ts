/**
 * Which characters a reader of a legal text cannot see, or that change the order it is displayed in,
 * with their Unicode names (control characters by their standard aliases, NUL as "NULL"). Each kind
 * carries a severity and the reason a drafter should care.
 *
 * Decisions (reliability-anchors.md §3.4, Trojan Source CVE-2021-42574):
 * - errors: controls, bidi controls, tag characters, interlinear annotations and lone surrogates can
 *   change what a filing says without any visible trace, or break the file;
 * - warnings: invisible characters that change how words compare, search and break (zero-width
 *   characters, soft hyphen, variation selectors: legal English never needs one), and characters that
 *   are evidence of an earlier lossy copy (U+FFFC, U+FFFD, private use, noncharacters); Cyrillic and
 *   Greek letters that look Latin are warnings too, but only inside a Latin word (the scanner decides
 *   that from the context: confusable-letters.ts);
 * - info: spaces that look like an ordinary space (the no-break space is common in text pasted from
 *   web pages and word processors, so it is a note, not a warning).
 * A byte order mark (U+FEFF) as the very first character is the file's BOM and is not reported.
 */

export type HiddenCharacterKind =
  | 'control'
  | 'bidi'
  | 'tag'
  | 'annotation'
  | 'lone-surrogate'
  | 'zero-width'
  | 'soft-hyphen'
  | 'line-separator'
  | 'variation-selector'
  | 'invisible-letter'
  | 'invisible-operator'
  | 'deprecated-format'
  | 'object-replacement'
  | 'replacement'
  | 'private-use'
  | 'noncharacter'
  | 'unusual-space'
  | 'confusable';

/** The same three levels as a parse or lint message's severity. */
export type HiddenSeverity = 'error' | 'warning' | 'info';

export interface HiddenKindInfo {
  readonly severity: HiddenSeverity;
  /** Why it matters, completing "NAME (U+XXXX): …". */
  readonly reason: string;
}

export const HIDDEN_KINDS: Readonly<Record<HiddenCharacterKind, HiddenKindInfo>> = {
  control: {
    severity: 'error',
    reason: 'a control character is invisible or acts on the display in most programs and has no place in a legal text',
  },
  bidi: {
    severity: 'error',
    reason: 'a bidi control can make the text display in a different order than it reads',
  },
  tag: { severity: 'error', reason: 'tag characters are invisible and can carry hidden text' },
  annotation: { severity: 'error', reason: 'interlinear annotation characters can hide text from the printed page' },
  'lone-surrogate': {
    severity: 'error',
    reason: 'half of a broken character (a lone UTF-16 surrogate); it cannot be saved as UTF-8',
  },
  'zero-width': {
    severity: 'warning',
    reason: 'an invisible character: words that look the same compare, search and count differently',
  },
  'soft-hyphen': {
    severity: 'warning',
    reason: 'invisible unless the word breaks at the end of a line, where a hyphen then appears',
  },
  'line-separator': {
    severity: 'warning',
    reason: 'breaks the line in some programs and not in others, so line numbers disagree',
  },
  'variation-selector': {
    severity: 'warning',
    reason: 'an invisible variation selector; legal text never needs one, and it can carry hidden data',
  },
  'invisible-letter': {
    severity: 'warning',
    reason: 'a letter that prints as nothing: words that look the same compare differently',
  },
  'invisible-operator': {
    severity: 'warning',
    reason: 'an invisible mathematical operator: words that look the same compare differently',
  },
  'deprecated-format': {
    severity: 'warning',
    reason: 'an invisible, deprecated formatting character that can change how digits and letters are shown',
  },
  'object-replacement': {
    severity: 'warning',
    reason: 'stands for an embedded object (an image, a field) that was lost in a copy',
  },
  replacement: {
    severity: 'warning',
    reason: 'marks a character that was lost in an earlier conversion (text decoded with the wrong encoding)',
  },
  'private-use': {
    severity: 'warning',
    reason: 'a private-use character has no standard meaning; each font prints it differently or not at all',
  },
  noncharacter: { severity: 'warning', reason: 'a noncharacter is never meant to appear in text' },
  confusable: {
    severity: 'warning',
    reason:
      'a letter from another alphabet inside a Latin word makes it look right but match no search, citation or comparison',
  },
  'unusual-space': {
    severity: 'info',
    reason: 'looks like an ordinary space, but searches and comparisons treat it as a different character',
  },
};

export interface HiddenCharacterClass {
  readonly kind: HiddenCharacterKind;
  readonly name: string;
}

/** Standard aliases of the C0 controls (U+0000–U+001F); TAB, LF and CR are never reported. */
const C0_NAMES = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE',
  'ALERT', 'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN',
  'SHIFT OUT', 'SHIFT IN', 'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR', 'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL',
  'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE', 'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE',
] as const; // prettier-ignore

/** Standard aliases of the C1 controls (U+0080–U+009F). */
const C1_NAMES = [
  'PADDING CHARACTER', 'HIGH OCTET PRESET', 'BREAK PERMITTED HERE', 'NO BREAK HERE', 'INDEX', 'NEXT LINE',
  'START OF SELECTED AREA', 'END OF SELECTED AREA', 'CHARACTER TABULATION SET',
  'CHARACTER TABULATION WITH JUSTIFICATION', 'LINE TABULATION SET', 'PARTIAL LINE FORWARD', 'PARTIAL LINE BACKWARD',
  'REVERSE LINE FEED', 'SINGLE SHIFT TWO', 'SINGLE SHIFT THREE', 'DEVICE CONTROL STRING', 'PRIVATE USE ONE',
  'PRIVATE USE TWO', 'SET TRANSMIT STATE', 'CANCEL CHARACTER', 'MESSAGE WAITING', 'START OF GUARDED AREA',
  'END OF GUARDED AREA', 'START OF STRING', 'SINGLE GRAPHIC CHARACTER INTRODUCER', 'SINGLE CHARACTER INTRODUCER',
  'CONTROL SEQUENCE INTRODUCER', 'STRING TERMINATOR', 'OPERATING SYSTEM COMMAND', 'PRIVACY MESSAGE',
  'APPLICATION PROGRAM COMMAND',
] as const; // prettier-ignore

/** The classes of the C0 and C1 controls, built once (the scanner asks per character). */
const C0_CLASSES: readonly HiddenCharacterClass[] = C0_NAMES.map((name) => ({ kind: 'control', name }));
const C1_CLASSES: readonly HiddenCharacterClass[] = C1_NAMES.map((name) => ({ kind: 'control', name }));

/** Single code points outside the C0/C1 blocks and the ranges handled in `classifyCodePoint`. */
const NAMED: ReadonlyMap<number, HiddenCharacterClass> = new Map(
  (
    [
      [0x7f, 'control', 'DELETE'],
      [0xa0, 'unusual-space', 'NO-BREAK SPACE'],
      [0xad, 'soft-hyphen', 'SOFT HYPHEN'],
      [0x34f, 'zero-width', 'COMBINING GRAPHEME JOINER'],
      [0x61c, 'bidi', 'ARABIC LETTER MARK'],
      [0x115f, 'invisible-letter', 'HANGUL CHOSEONG FILLER'],
      [0x1160, 'invisible-letter', 'HANGUL JUNGSEONG FILLER'],
      [0x1680, 'unusual-space', 'OGHAM SPACE MARK'],
      [0x17b4, 'invisible-letter', 'KHMER VOWEL INHERENT AQ'],
      [0x17b5, 'invisible-letter', 'KHMER VOWEL INHERENT AA'],
      [0x180b, 'variation-selector', 'MONGOLIAN FREE VARIATION SELECTOR ONE'],
      [0x180c, 'variation-selector', 'MONGOLIAN FREE VARIATION SELECTOR TWO'],
      [0x180d, 'variation-selector', 'MONGOLIAN FREE VARIATION SELECTOR THREE'],
      [0x180e, 'zero-width', 'MONGOLIAN VOWEL SEPARATOR'],
      [0x180f, 'variation-selector', 'MONGOLIAN FREE VARIATION SELECTOR FOUR'],
      [0x2000, 'unusual-space', 'EN QUAD'],
      [0x2001, 'unusual-space', 'EM QUAD'],
      [0x2002, 'unusual-space', 'EN SPACE'],
      [0x2003, 'unusual-space', 'EM SPACE'],
      [0x2004, 'unusual-space', 'THREE-PER-EM SPACE'],
      [0x2005, 'unusual-space', 'FOUR-PER-EM SPACE'],
      [0x2006, 'unusual-space', 'SIX-PER-EM SPACE'],
      [0x2007, 'unusual-space', 'FIGURE SPACE'],
      [0x2008, 'unusual-space', 'PUNCTUATION SPACE'],
      [0x2009, 'unusual-space', 'THIN SPACE'],
      [0x200a, 'unusual-space', 'HAIR SPACE'],
      [0x200b, 'zero-width', 'ZERO WIDTH SPACE'],
      [0x200c, 'zero-width', 'ZERO WIDTH NON-JOINER'],
      [0x200d, 'zero-width', 'ZERO WIDTH JOINER'],
      [0x200e, 'bidi', 'LEFT-TO-RIGHT MARK'],
      [0x200f, 'bidi', 'RIGHT-TO-LEFT MARK'],
      [0x2028, 'line-separator', 'LINE SEPARATOR'],
      [0x2029, 'line-separator', 'PARAGRAPH SEPARATOR'],
      [0x202a, 'bidi', 'LEFT-TO-RIGHT EMBEDDING'],
      [0x202b, 'bidi', 'RIGHT-TO-LEFT EMBEDDING'],
      [0x202c, 'bidi', 'POP DIRECTIONAL FORMATTING'],
      [0x202d, 'bidi', 'LEFT-TO-RIGHT OVERRIDE'],
      [0x202e, 'bidi', 'RIGHT-TO-LEFT OVERRIDE'],
      [0x202f, 'unusual-space', 'NARROW NO-BREAK SPACE'],
      [0x205f, 'unusual-space', 'MEDIUM MATHEMATICAL SPACE'],
      [0x2060, 'zero-width', 'WORD JOINER'],
      [0x2061, 'invisible-operator', 'FUNCTION APPLICATION'],
      [0x2062, 'invisible-operator', 'INVISIBLE TIMES'],
      [0x2063, 'invisible-operator', 'INVISIBLE SEPARATOR'],
      [0x2064, 'invisible-operator', 'INVISIBLE PLUS'],
      [0x2066, 'bidi', 'LEFT-TO-RIGHT ISOLATE'],
      [0x2067, 'bidi', 'RIGHT-TO-LEFT ISOLATE'],
      [0x2068, 'bidi', 'FIRST STRONG ISOLATE'],
      [0x2069, 'bidi', 'POP DIRECTIONAL ISOLATE'],
      [0x206a, 'deprecated-format', 'INHIBIT SYMMETRIC SWAPPING'],
      [0x206b, 'deprecated-format', 'ACTIVATE SYMMETRIC SWAPPING'],
      [0x206c, 'deprecated-format', 'INHIBIT ARABIC FORM SHAPING'],
      [0x206d, 'deprecated-format', 'ACTIVATE ARABIC FORM SHAPING'],
      [0x206e, 'deprecated-format', 'NATIONAL DIGIT SHAPES'],
      [0x206f, 'deprecated-format', 'NOMINAL DIGIT SHAPES'],
      [0x3000, 'unusual-space', 'IDEOGRAPHIC SPACE'],
      [0x3164, 'invisible-letter', 'HANGUL FILLER'],
      [0xfeff, 'zero-width', 'ZERO WIDTH NO-BREAK SPACE'],
      [0xffa0, 'invisible-letter', 'HALFWIDTH HANGUL FILLER'],
      [0xfff9, 'annotation', 'INTERLINEAR ANNOTATION ANCHOR'],
      [0xfffa, 'annotation', 'INTERLINEAR ANNOTATION SEPARATOR'],
      [0xfffb, 'annotation', 'INTERLINEAR ANNOTATION TERMINATOR'],
      [0xfffc, 'object-replacement', 'OBJECT REPLACEMENT CHARACTER'],
      [0xfffd, 'replacement', 'REPLACEMENT CHARACTER'],
      [0x1bca0, 'zero-width', 'SHORTHAND FORMAT LETTER OVERLAP'],
      [0x1bca1, 'zero-width', 'SHORTHAND FORMAT CONTINUING OVERLAP'],
      [0x1bca2, 'zero-width', 'SHORTHAND FORMAT DOWN STEP'],
      [0x1bca3, 'zero-width', 'SHORTHAND FORMAT UP STEP'],
      [0xe0001, 'tag', 'LANGUAGE TAG'],
      [0xe0020, 'tag', 'TAG SPACE'],
      [0xe007f, 'tag', 'CANCEL TAG'],
    ] as const
  ).map(([codePoint, kind, name]) => [codePoint, { kind, name }]),
);

/** Names of ASCII punctuation U+0021–U+002F, U+003A–U+0040, U+005B–U+0060, U+007B–U+007E (for tag characters). */
const ASCII_PUNCTUATION: Readonly<Record<string, string>> = {
  '!': 'EXCLAMATION MARK', '"': 'QUOTATION MARK', '#': 'NUMBER SIGN', $: 'DOLLAR SIGN', '%': 'PERCENT SIGN',
  '&': 'AMPERSAND', "'": 'APOSTROPHE', '(': 'LEFT PARENTHESIS', ')': 'RIGHT PARENTHESIS', '*': 'ASTERISK',
  '+': 'PLUS SIGN', ',': 'COMMA', '-': 'HYPHEN-MINUS', '.': 'FULL STOP', '/': 'SOLIDUS', ':': 'COLON',
  ';': 'SEMICOLON', '<': 'LESS-THAN SIGN', '=': 'EQUALS SIGN', '>': 'GREATER-THAN SIGN', '?': 'QUESTION MARK',
  '@': 'COMMERCIAL AT', '[': 'LEFT SQUARE BRACKET', '\\': 'REVERSE SOLIDUS', ']': 'RIGHT SQUARE BRACKET',
  '^': 'CIRCUMFLEX ACCENT', _: 'LOW LINE', '`': 'GRAVE ACCENT', '{': 'LEFT CURLY BRACKET', '|': 'VERTICAL LINE',
  '}': 'RIGHT CURLY BRACKET', '~': 'TILDE',
}; // prettier-ignore

const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'] as const;

/** The Unicode name of the ASCII character a tag character U+E0021–U+E007E mirrors. */
function asciiName(char: string): string {
  if (char >= 'A' && char <= 'Z') return `LATIN CAPITAL LETTER ${char}`;
  if (char >= 'a' && char <= 'z') return `LATIN SMALL LETTER ${char.toUpperCase()}`;
  if (char >= '0' && char <= '9') return `DIGIT ${DIGIT_NAMES[char.charCodeAt(0) - 0x30]!}`;
  return ASCII_PUNCTUATION[char] ?? 'CHARACTER';
}

/** Noncharacters: U+FDD0–U+FDEF and the last two code points of every plane. */
function isNoncharacter(codePoint: number): boolean {
  return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe;
}

function isPrivateUse(codePoint: number): boolean {
  return (
    (codePoint >= 0xe000 && codePoint <= 0xf8ff) ||
    (codePoint >= 0xf0000 && codePoint <= 0xffffd) ||
    (codePoint >= 0x100000 && codePoint <= 0x10fffd)
  );
}

/**
 * The class and name of a code point a reader cannot see (or that reorders the display), or
 * undefined for an ordinary character. A surrogate code unit passed here is a lone one (the scanner
 * combines valid pairs first). TAB, LF and CR are ordinary.
 */
export function classifyCodePoint(codePoint: number): HiddenCharacterClass | undefined {
  if (codePoint < 0x20) {
    return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d ? undefined : C0_CLASSES[codePoint];
  }
  if (codePoint < 0x7f) return undefined;
  if (codePoint >= 0x80 && codePoint <= 0x9f) return C1_CLASSES[codePoint - 0x80];
  const named = NAMED.get(codePoint);
  if (named !== undefined) return named;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
    return { kind: 'lone-surrogate', name: codePoint < 0xdc00 ? 'LONE HIGH SURROGATE' : 'LONE LOW SURROGATE' };
  }
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) {
    return { kind: 'variation-selector', name: `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}` };
  }
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) {
    return { kind: 'variation-selector', name: `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}` };
  }
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) {
    const mirrored = codePoint - 0xe0000;
    return mirrored > 0x20 && mirrored < 0x7f
      ? { kind: 'tag', name: `TAG ${asciiName(String.fromCharCode(mirrored))}` }
      : { kind: 'tag', name: 'TAG CHARACTER (UNASSIGNED)' };
  }
  if (isNoncharacter(codePoint)) return { kind: 'noncharacter', name: 'NONCHARACTER' };
  if (isPrivateUse(codePoint)) return { kind: 'private-use', name: 'PRIVATE USE CHARACTER' };
  return undefined;
}

/** `U+202E` (at least four hex digits). */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
