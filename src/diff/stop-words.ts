/**
 * Function words that carry no meaning alone. Only used to decide whether an unchanged island
 * between two changes is worth showing (readability.ts) and which words count for similarity
 * (detect-moves.ts); `shall`, `may`, `not` and numbers are deliberately absent because they
 * change legal meaning.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'and',
  'or',
  'as',
  'that',
  'which',
  'this',
  'these',
  'those',
  'it',
  'its',
  'is',
  'be',
  'are',
  'was',
  'were',
]);

/** Length of the longest stop word: longer tokens are content words without a lookup. */
export const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((word) => word.length));

/** True when `word` (any case) is a stop word. */
export function isStopWordText(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}
