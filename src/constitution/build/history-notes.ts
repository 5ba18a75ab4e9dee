/**
 * Editorial history notes: a paragraph wholly in parentheses that records how a provision came to
 * be, e.g. `(Sec. 1 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100, 1974.)`,
 * `(Amended Nov. 8, 1994, by Prop. 184.)`, `( Article 3 adopted 1879. )`.
 */

/** Verbs every history note carries. */
const HISTORY_VERB = /\b(?:added|amended|adopted|repealed|renumbered|operative|former)\b/i;
/** And something that dates or sources it: a year, a proposition, a resolution chapter, statutes. */
const HISTORY_SOURCE = /\b(?:1[89]\d\d|20\d\d)\b|\bProp\.|\bRes\.\s?Ch\.|\bStats\./i;

/** True when the paragraph text opens with `(` whose matching `)` is its last character. */
function isWhollyParenthesised(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') {
      depth--;
      if (depth === 0) return i === text.length - 1;
    }
  }
  return false;
}

/** True when the paragraph `text` is a history note. */
export function isHistoryNote(text: string): boolean {
  return isWhollyParenthesised(text) && HISTORY_VERB.test(text) && HISTORY_SOURCE.test(text);
}
