/**
 * Homoglyphs (reliability-anchors.md §5 T10): Cyrillic and Greek letters that look exactly like Latin
 * ones. "Sеction" with a Cyrillic е reads as "Section" but matches no search, citation or comparison.
 * They are flagged only inside a word that also has Latin letters (a mixed-script word), so a quoted
 * Greek or Russian word is not reported. The list is the common lowercase and capital lookalikes of
 * Unicode's confusables data (UTS #39) for the Latin alphabet.
 */

/** Code point → [Unicode name, the Latin letter it looks like]. */
const CONFUSABLE_LETTERS: ReadonlyMap<number, readonly [string, string]> = new Map([
  [0x410, ['CYRILLIC CAPITAL LETTER A', 'A']],
  [0x412, ['CYRILLIC CAPITAL LETTER VE', 'B']],
  [0x415, ['CYRILLIC CAPITAL LETTER IE', 'E']],
  [0x41a, ['CYRILLIC CAPITAL LETTER KA', 'K']],
  [0x41c, ['CYRILLIC CAPITAL LETTER EM', 'M']],
  [0x41d, ['CYRILLIC CAPITAL LETTER EN', 'H']],
  [0x41e, ['CYRILLIC CAPITAL LETTER O', 'O']],
  [0x420, ['CYRILLIC CAPITAL LETTER ER', 'P']],
  [0x421, ['CYRILLIC CAPITAL LETTER ES', 'C']],
  [0x422, ['CYRILLIC CAPITAL LETTER TE', 'T']],
  [0x423, ['CYRILLIC CAPITAL LETTER U', 'Y']],
  [0x425, ['CYRILLIC CAPITAL LETTER HA', 'X']],
  [0x405, ['CYRILLIC CAPITAL LETTER DZE', 'S']],
  [0x406, ['CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I', 'I']],
  [0x408, ['CYRILLIC CAPITAL LETTER JE', 'J']],
  [0x430, ['CYRILLIC SMALL LETTER A', 'a']],
  [0x435, ['CYRILLIC SMALL LETTER IE', 'e']],
  [0x43e, ['CYRILLIC SMALL LETTER O', 'o']],
  [0x440, ['CYRILLIC SMALL LETTER ER', 'p']],
  [0x441, ['CYRILLIC SMALL LETTER ES', 'c']],
  [0x443, ['CYRILLIC SMALL LETTER U', 'y']],
  [0x445, ['CYRILLIC SMALL LETTER HA', 'x']],
  [0x455, ['CYRILLIC SMALL LETTER DZE', 's']],
  [0x456, ['CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I', 'i']],
  [0x458, ['CYRILLIC SMALL LETTER JE', 'j']],
  [0x4bb, ['CYRILLIC SMALL LETTER SHHA', 'h']],
  [0x4cf, ['CYRILLIC SMALL LETTER PALOCHKA', 'l']],
  [0x501, ['CYRILLIC SMALL LETTER KOMI DE', 'd']],
  [0x51b, ['CYRILLIC SMALL LETTER QA', 'q']],
  [0x51d, ['CYRILLIC SMALL LETTER WE', 'w']],
  [0x391, ['GREEK CAPITAL LETTER ALPHA', 'A']],
  [0x392, ['GREEK CAPITAL LETTER BETA', 'B']],
  [0x395, ['GREEK CAPITAL LETTER EPSILON', 'E']],
  [0x396, ['GREEK CAPITAL LETTER ZETA', 'Z']],
  [0x397, ['GREEK CAPITAL LETTER ETA', 'H']],
  [0x399, ['GREEK CAPITAL LETTER IOTA', 'I']],
  [0x39a, ['GREEK CAPITAL LETTER KAPPA', 'K']],
  [0x39c, ['GREEK CAPITAL LETTER MU', 'M']],
  [0x39d, ['GREEK CAPITAL LETTER NU', 'N']],
  [0x39f, ['GREEK CAPITAL LETTER OMICRON', 'O']],
  [0x3a1, ['GREEK CAPITAL LETTER RHO', 'P']],
  [0x3a4, ['GREEK CAPITAL LETTER TAU', 'T']],
  [0x3a5, ['GREEK CAPITAL LETTER UPSILON', 'Y']],
  [0x3a7, ['GREEK CAPITAL LETTER CHI', 'X']],
  [0x3b9, ['GREEK SMALL LETTER IOTA', 'i']],
  [0x3bd, ['GREEK SMALL LETTER NU', 'v']],
  [0x3bf, ['GREEK SMALL LETTER OMICRON', 'o']],
]);

/** The name of a lookalike letter and the Latin letter it imitates, or undefined. */
export function confusableLetter(codePoint: number): { name: string; looksLike: string } | undefined {
  const found = CONFUSABLE_LETTERS.get(codePoint);
  return found === undefined ? undefined : { name: found[0], looksLike: found[1] };
}

const LETTER = /^\p{L}$/u;

function isAsciiLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

/** A word (a run of letters) of a text, and whether it holds an ASCII Latin letter. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
  readonly latin: boolean;
}

/**
 * The word around `text[index]`. Each letter is looked at once per word: the scanner keeps the
 * span and asks again only past its end (a long Cyrillic text costs one pass, not one per letter).
 */
export function wordAround(text: string, index: number): WordSpan {
  let latin = false;
  let start = index;
  while (start > 0 && isLetter(text, start - 1)) {
    start--;
    if (isAsciiLetter(text.charCodeAt(start))) latin = true;
  }
  let end = index + 1;
  while (end < text.length && isLetter(text, end)) {
    if (isAsciiLetter(text.charCodeAt(end))) latin = true;
    end++;
  }
  return { start, end, latin };
}

function isLetter(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit < 0x80) return isAsciiLetter(unit);
  return LETTER.test(text[at]!);
}
